"""Two versions of the importer, output against output: every byte they write must be equal.

    python scripts/compare_import_output.py BEFORE/src AFTER/src [--bench FILE]

For each version (a directory put first on PYTHONPATH, e.g. ``git archive`` of a commit's
``src`` and ``data`` extracted to /tmp), in a process of its own: ``import FILE --out`` and
``import FILE --check`` of every text of tests/data/import/real/ and of the benchmark's
generated chronology (``--bench``), and the enrichment of every entry of the annotated corpus
(tests/data/enrichment/corpus.jsonl, one Enricher per text, in order: what
scripts/measure_enrichment.py reads); and the bundled chronology and the test history file
written as "date: text" lines and imported. Prints the outputs that differ and exits 1 if any does.
Made to keep a speed-up of the import honest: faster, and the same events.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "import" / "real"
CORPUS = ROOT / "tests" / "data" / "enrichment" / "corpus.jsonl"
# Event files whose dates and texts are imported as a text too (real entries, many names).
EVENT_FILES = [
    ROOT / "data" / "chronology.jsonl",
    ROOT / "tests" / "data" / "history-1945-2019.jsonl",
]


def texts(bench: Path | None) -> list[Path]:
    found = sorted(
        p for p in REAL.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md"
    )
    found += sorted((ROOT / "tests" / "data" / "import").glob("*.txt"))
    return [*found, bench] if bench is not None else found


def worker(out: Path, bench: Path | None) -> None:
    """In the version's own process: write every output to ``out``."""
    from typer.testing import CliRunner

    from ktimeline.cli import app as cli
    from ktimeline.importing.enrichment import Enricher
    from ktimeline.loader import load_vocabulary

    runner = CliRunner()
    for number, events in enumerate(EVENT_FILES):  # events as a text: "date: text" lines
        made = out / f"events-{number}.txt"
        made.write_text(
            "".join(
                f"{record['date']}: {record['text']}\n"
                for record in map(json.loads, events.read_text("utf-8").splitlines())
            ),
            "utf-8",
        )
    made_texts = sorted(out.glob("events-*.txt"))
    for number, text in enumerate([*texts(bench), *made_texts]):
        written = out / f"{number:03d}-{text.stem}.jsonl"
        for mode, args in (
            ("out", ["import", str(text), "--out", str(written), "--force"]),
            ("check", ["import", str(text), "--check"]),
        ):
            with runner.isolation() as (stdout, stderr, *_):
                code = cli.main(args)
                said = (
                    stdout.getvalue() + b"\n--- stderr\n" + (stderr.getvalue() if stderr else b"")
                )
            (out / f"{number:03d}-{text.stem}.{mode}.txt").write_bytes(
                f"exit {code}\n".encode() + said.replace(str(out).encode(), b"DIR")
            )
    vocabulary = load_vocabulary()
    enrichers: dict[str, Enricher] = {}
    lines = []
    for line in CORPUS.read_text("utf-8").splitlines():
        item = json.loads(line)
        enricher = enrichers.get(item["text"])
        if enricher is None:  # (not setdefault: its default, an Enricher, was built per line)
            enricher = enrichers[item["text"]] = Enricher(vocabulary)
        found = enricher.enrich(item["entry"], item["date"])
        lines.append(
            json.dumps(dataclasses.asdict(found), ensure_ascii=False, sort_keys=True, default=repr)
        )
    (out / "corpus-findings.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("trees", nargs="*", type=Path)
    parser.add_argument("--bench", type=Path, help="the benchmark's generated chronology")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.worker, args.bench)
        return
    if len(args.trees) != 2:
        parser.error("give two source trees")
    work = Path(tempfile.mkdtemp(prefix="import-compare-"))
    outputs = []
    for number, tree in enumerate(args.trees):
        out = work / str(number)
        out.mkdir()
        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        command = [sys.executable, __file__, "--worker", str(out)]
        if args.bench is not None:
            command += ["--bench", str(args.bench)]
        subprocess.run(command, env=env, check=True, cwd=work)
        outputs.append(out)
    names = sorted({p.name for o in outputs for p in o.iterdir()})
    differing = [
        n for n in names if not all((o / n).exists() for o in outputs)
        or (outputs[0] / n).read_bytes() != (outputs[1] / n).read_bytes()
    ]  # fmt: skip
    for name in differing:
        print(f"differs: {name} ({outputs[0] / name} vs {outputs[1] / name})")
    print(f"{len(names)} outputs compared, {len(differing)} differ (in {work})")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
