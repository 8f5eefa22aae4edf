"""The annotated corpus of issue 23 (tests/data/enrichment/corpus.jsonl, every part) read by
the importer's enrichment, as `python scripts/measure_enrichment.py --part all` reads it: a
round of rules may not take the whole below the figures reached, nor take a name inside
another name ("Sea of Japan") for an actor. The floors are the figures of the last merged
round, to two places, less one hundredth; a round that raises them raises these too, and a
new blind part, harder than the parts that taught the rules, may lower them (held-out-16 took
statements' recall from 0.856 to 0.849; held-out-21 took it from 0.86 to 0.853 on main's code,
0.855 after round enrich21; held-out-23 took statements' precision from 0.973 to 0.964 on
merge12's code, 0.968 after round enrich25, and 0.974 once its surnames were written as the
persons they mean, as the other parts write them: the floor stays 0.97; held-out-26 took
statements' recall from 0.85 to 0.843 on merge15's code, 0.8500 after round enrich33 (1116 of
1313): the floor 0.84; held-out-33 took actors' recall below 0.94, to 0.937 (9931 of 10603) on
725f3312's code, 0.938 (9945 of 10605) after round enrich48: the floor 0.93; held-out-34,
most of its texts in languages and scripts read then for nothing, took places' recall from
0.91 to 0.904 (1727 of 1910), statements' from 0.85 to 0.833 (1369 of 1644) and their
precision from 0.971 to 0.969 on 786b2a63's code; after round enrich50 places 0.909 (1737 of
1910), statements unchanged: the floors places 0.90, statements 0.96/0.83; held-out-35, eight of
its twenty texts in French, Polish, German, Russian, Japanese, Chinese and Korean, took actors'
recall from 0.93 to 0.927 (10403 of 11226) and statements' to 0.825 (1389 of 1684) on 2f6bcd7b's
code; after round enrich52 0.929 (10428 of 11226) and 0.826 (1391 of 1684): the floors actors
0.92, statements 0.82; held-out-36, 27 of its 32 texts in nine languages other than English,
took actors from 0.970/0.929 (10430 right, 321 wrong, 796 missed without it) to 0.966/0.917
(10629/368/959), places' recall from 0.905 to 0.892 (1821/84/220) and statements' from 0.836 to
0.809 (1424/43/337) on e0787841's code; after round enrich54 actors 0.969/0.920 (10659/342/929),
places 0.960/0.897 (1830/77/211), statements 0.973/0.810 (1427/40/334);
round enrich53, quotations in German, French, Italian, Spanish,
Portuguese, Polish, Japanese and Macedonian and "the Russian top diplomat", took statements
from 0.975/0.835 (1418/37/280) to 0.975/0.846 (1436/37/262), without held-out-36; at the merge of
session 25, with held-out-36 (four of its statements brought to the rule on a quotation after a
plain verb of saying), actors 0.969/0.921 (10668/340/920), places 0.960/0.897 (1830/76/211),
statements 0.973/0.821 (1451/40/316): the floors actors 0.96/0.91, places 0.95/0.89,
statements 0.96/0.82). A blind part's
own figures after its round have floors of their own (PART_FLOORS), so that a later round may
not undo what its round reached."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "enrichment" / "corpus.jsonl"
COUNTS = re.compile(r"(actors|places|statements) (\d+)/(\d+)/(\d+)")
# kind: (precision at least, recall at least)
FLOORS = {"actors": (0.96, 0.91), "places": (0.95, 0.89), "statements": (0.96, 0.82)}
# part: kind: (precision at least, recall at least), after the part's round (held-out-26: round
# enrich33 reached actors 0.955/0.906, places 0.941/0.889, statements 0.917/0.710; held-out-27:
# round enrich36 reached actors 0.979/0.917, places 1.000/0.885, statements 1.000/0.971, the
# precision of places and statements floored at 0.97 so that one wrong of a small part may pass;
# held-out-28: round enrich38 reached actors 0.967/0.881, places 0.956/0.878, statements
# 1.000/0.946, from 0.92/0.82, 0.96/0.88, 0.79/0.51 blind; statements' recall of the whole
# 0.859 after it, from 0.846; held-out-29: round enrich40 reached actors 0.948/0.895, places
# 0.953/0.953, statements 0.971/0.919, from 0.92/0.84, 0.94/0.95, 0.97/0.86 blind (two of its
# annotations then brought to the canonical names of the knowledge base); the whole's actors
# 0.974/0.944 after it, from 0.973/0.942; held-out-30: round enrich42 reached actors
# 0.912/0.906, places 0.842/0.842, statements 0.897/0.761, from 0.90/0.90, 0.84/0.84, 0.88/0.50
# blind; the whole's statements' recall 0.860 after it, from 0.852, and no name inside another
# name an actor again: "Tokyo time" of held-out-30's "Sea of Japan" entry is a clock's zone;
# held-out-31: round enrich44 reached actors 0.954/0.888, places 0.823/0.895, statements
# 0.944/0.850, from 0.93/0.82, 0.82/0.88, 0.94/0.75 blind (its French text, Universalis, left
# unread: the knowledge base holds no French names); the whole's actors 0.972/0.942 after it,
# from 0.971/0.939, statements' recall 0.860 from 0.857; held-out-32: round enrich46 reached
# actors 0.945/0.863, places 0.917/0.800, statements 0.875/0.636, from 0.94/0.85, 0.92/0.80,
# 0.72/0.41 blind (its Spanish and Portuguese texts, Crónica and G1, read only by their names:
# the knowledge base holds no Spanish or Portuguese names of states); the whole's statements
# 0.970/0.856 after it, from 0.968/0.849; held-out-33: round enrich48 reached actors
# 0.973/0.826, places 0.878/0.692, statements 0.889/0.653, from 0.93/0.79, 0.83/0.58, 0.88/0.57
# blind (0.94/0.80, 0.86/0.60, 0.88/0.57 on its annotations as enrich48 brought five of them to
# the written rules; its Polish and Indonesian texts are read only for the names the knowledge
# base holds, its French ones for those and for French verbs of report); the whole's statements
# 0.970/0.853 after it, from 0.970/0.850 once held-out-33 was added, actors 0.972/0.938 from
# 0.971/0.937); held-out-34: round enrich50 reached actors 0.898/0.639, places 0.829/0.557,
# statements 0.400/0.047, from 0.83/0.35, 0.77/0.39, 0.40/0.05 blind (ten of its 22 texts in
# Korean, Chinese, Japanese, Russian, Macedonian and Arabic, which read nothing then; the names
# the knowledge base holds in Hangul, Chinese and Japanese characters and Cyrillic are read since,
# no statement of those languages, nothing Macedonian or Arabic; three of its annotations brought
# to the canonical-name rule, the blind figures the same on them; then check23 removed the 106 of
# enrich50's 282 forms in those scripts that neither the CLDR nor a stored page was found to give:
# at the merge of session 23, with kb23's and enrich49's rounds, 0.902/0.674, 0.833/0.574,
# 0.400/0.047, above these floors; round enrich51 attributed direct speech in Korean, Japanese,
# Chinese and Russian: statements 0.857/0.419 (18/3/25), actors and places unchanged; the whole's
# statements 0.969/0.845 (1390/44/254), from 0.969/0.836); held-out-35: round enrich52 reached actors 0.956/0.789,
# places 0.933/0.677, statements 0.810/0.425, from 0.95/0.72, 0.85/0.56, 0.58/0.38 blind (its
# statements' eleven wrong: four a government named by its leader or words quoted as words, one
# a surname read as the bearer named after it, one a body's name cut; the four left are short
# characterisations after "called", "calling it", "denounced … as", which other parts annotate as
# statements; its Chinese text read since for the states of the UN forces of 1950 and the two
# sides' forces; two of its place annotations brought to the canonical-name rule, Kilju County;
# round kb25 read a surname and a title in Japanese by the office held that day ("小泉首相") and
# Russian officials in Cyrillic in any case: held-out-34 actors 0.904/0.688 (198/21/90, from
# 196/21/92), held-out-35 actors 0.953/0.798 (264/13/67, from 261/12/70: the one wrong "박대통령"
# in a newsreel's words, Park Chung-hee indeed, annotated as no actor there) and statements
# 1.000/0.523 (23/0/21, from 21/0/23);
# held-out-36: round enrich54 reached actors 0.916/0.633 (229/21/133), places 0.978/0.652
# (45/1/24), statements 0.833/0.154 (10/2/55), from 0.81/0.55 (199/47/163), 0.82/0.52
# (36/8/33), 0.58/0.11 (7/5/58) blind at e0787841 + the part (27 of its 32 texts in nine other
# languages; the states and organisations wrongly read were names inside a UN organ's, a sea's
# or a Korean site's name, Korean words in single marks, 合法国家, a document after its city; of
# the 21 wrong left, most are names inside Italian and Polish quotations whose verbs of saying
# the enrichment does not read yet, and the JCS's state, which most parts annotate;
# round enrich53 took statements of held-out-33 from 0.950/0.745 to 0.953/0.804 (41/2/10), of
# held-out-34 from 0.857/0.419 to 0.875/0.488 (21/3/22), of held-out-35 from 1.000/0.467 to
# 1.000/0.711 (32/0/13): its Polish, Italian, German, French and Japanese quotations)
PART_FLOORS = {
    "held-out-26": {"actors": (0.94, 0.89), "places": (0.93, 0.87), "statements": (0.90, 0.70)},
    "held-out-27": {"actors": (0.96, 0.90), "places": (0.97, 0.87), "statements": (0.97, 0.96)},
    "held-out-28": {"actors": (0.96, 0.87), "places": (0.95, 0.87), "statements": (0.97, 0.94)},
    "held-out-29": {"actors": (0.94, 0.89), "places": (0.95, 0.95), "statements": (0.97, 0.91)},
    "held-out-30": {"actors": (0.91, 0.90), "places": (0.84, 0.84), "statements": (0.89, 0.76)},
    "held-out-31": {"actors": (0.95, 0.88), "places": (0.82, 0.89), "statements": (0.94, 0.85)},
    "held-out-32": {"actors": (0.94, 0.86), "places": (0.91, 0.80), "statements": (0.87, 0.63)},
    "held-out-33": {"actors": (0.97, 0.82), "places": (0.87, 0.69), "statements": (0.94, 0.79)},
    "held-out-34": {"actors": (0.89, 0.68), "places": (0.82, 0.55), "statements": (0.86, 0.47)},
    "held-out-35": {"actors": (0.95, 0.79), "places": (0.93, 0.67), "statements": (0.97, 0.70)},
    "held-out-36": {"actors": (0.91, 0.63), "places": (0.97, 0.65), "statements": (0.83, 0.15)},
}


def _counts(report: str, label: str) -> dict[str, tuple[int, int, int]]:
    """The counts of the report's line opening with ``label``."""
    line = next(line for line in report.splitlines() if line.startswith(label))
    return {name: (int(r), int(w), int(m)) for name, r, w, m in COUNTS.findall(line)}


def _breaches(
    what: str, counts: dict[str, tuple[int, int, int]], floors: dict[str, tuple[float, float]]
) -> list[str]:
    breaches = []
    for kind, (least_precision, least_recall) in floors.items():
        right, wrong, missed = counts[kind]
        precision, recall = right / (right + wrong), right / (right + missed)
        if recall < least_recall or precision < least_precision:
            breaches.append(f"{what} {kind}: {precision:.4f}/{recall:.4f} < {floors[kind]}")
    return breaches


def test_each_floored_part_is_read_alone_within_the_whole() -> None:
    """A floored part's texts hold no entry of another part, so that its counts within one
    run of the whole corpus are those of ``--part PART`` (each text through an Enricher of
    its own; see the script's ``--part-counts``)."""
    parts_of_text: dict[str, set[str]] = {}
    for line in CORPUS.read_text("utf-8").splitlines():
        if line:
            record = json.loads(line)
            parts_of_text.setdefault(record["text"], set()).add(record["part"])
    shared = [parts for parts in parts_of_text.values() if len(parts) > 1]
    assert not [parts for parts in shared if parts & PART_FLOORS.keys()], shared


def test_the_corpus_and_each_part_stay_above_their_floors() -> None:
    """One run of the whole corpus (a quarter of an hour of CPU on a loaded machine, so run
    once: one test, never one per figure, which pytest-xdist would deal to both workers,
    each measuring the corpus again), every floor checked, every breach said."""
    report = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "measure_enrichment.py"), "--part", "all",
         "--part-counts", *sorted(PART_FLOORS)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    breaches = _breaches("all", _counts(report, "counts ("), FLOORS)
    for part, floors in sorted(PART_FLOORS.items()):
        breaches += _breaches(part, _counts(report, f"counts of {part} ("), floors)
    assert breaches == []
    assert "names inside other names taken as actors: 0\n" in report
