"""A new user's journey, round 13: a saved page whose title holds a dash of its own, German
"ß" searched as "ss", and the library's commands after several adds (user13, session 13).

Each test fails on the code before its fix unless marked a guard (see /work/notes/user13.md)."""

from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.folding import fold_text, index_words

from .conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

# --- a page title holding a separator of its own ------------------------------------------------
# A saved page "Timeline: 2008 – the year it all went wrong | Example Site" over an <h1>
# "Timeline: 2008 – the year it all went wrong" was titled with the site's name: the <title>
# was cut at every separator, the en dash inside the heading too, so no part was a line of the
# page. A run of parts, as the <title> writes it, is the heading.

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
    '<body><nav><a href="/">Home</a></nav><article><h1>{heading}</h1>\n'
    "<p>September 15, 2008: The bank files for bankruptcy protection.</p>\n"
    "<p>September 16, 2008: The government lends the insurer $85bn.</p>\n</article>"
    "<footer>© Example Site</footer></body></html>\n"
)


@pytest.mark.parametrize(
    ("title", "heading", "named"),
    [
        (
            "Timeline: 2008 – the year it all went wrong | Example Site",
            "Timeline: 2008 – the year it all went wrong",
            "Timeline: 2008 – the year it all went wrong",
        ),
        (
            "Sport » Der Verein - eine Chronik - 1900 bis 2000 | Zeitung",
            "Der Verein - eine Chronik - 1900 bis 2000",
            "Der Verein - eine Chronik - 1900 bis 2000",
        ),
        (
            "La Liga | Real Madrid — cronología: 1902–2002 | Diario",
            "Real Madrid — cronología: 1902–2002",
            "Real Madrid — cronología: 1902–2002",
        ),
        # guards, as before: no run of parts is a line, or one word
        (
            "Timeline: 2008 – the year | Example Site",
            "Timeline",
            "Timeline: 2008 – the year | Example Site",
        ),
        ("Timeline - BBC News", "Timeline", "Timeline - BBC News"),
    ],
)
def test_a_pages_heading_with_a_dash_of_its_own_is_its_title(
    run: Any, tmp_path: Path, title: str, heading: str, named: str
) -> None:
    assert added_title(run, tmp_path / "page.html", PAGE.format(title=title, heading=heading)) == (
        named
    )


def added_title(run: Any, file: Path, content: str) -> str:
    """The title `import FILE --add` records for a file of this content."""
    file.write_text(content, encoding="utf-8")
    library = file.parent / "library"
    added = run("import", str(file), "--add", "--library", str(library))
    assert added.exit_code == 0, added.stderr
    [written] = library.glob("*.jsonl")
    return str(json.loads(written.read_text(encoding="utf-8").splitlines()[0])["source"]["title"])


# --- "ß" is "ss" ---------------------------------------------------------------------------------
# A German chronology of football ("Fußball-Verband", "Berliner Fußballclub"): `search fussball`
# said "no events match 'fussball'; did you mean 'fußball' …" (exit 1), and so did
# "Fussballclub"; a Swiss text writes "Fussball", a keyboard without "ß" types "ss".

SHARP_S = [
    event(id="1863-verband", date="1863", text="In London gründet sich der erste "
          "Fußball-Verband der Welt."),
    event(id="1888-germania", date="1888", text="Der Berliner Fussballclub Germania wird "
          "gegründet."),
    event(id="1900-strasse", date="1900", text="Die GROẞE Straße wird umbenannt."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Fußball", "fussball"),
        ("FUẞBALL-Verband", "fussball verband"),
        ("Straße", "strasse"),
        ("Fussball", "fussball"),  # guard: as before
    ],
)
def test_a_sharp_s_is_folded_as_ss(text: str, folded: str) -> None:
    assert fold_text(text) == folded
    assert index_words([text, "x"])[0].split() == folded.split()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("fussball", {"1863-verband", "1888-germania"}),
        ("Fußball", {"1863-verband", "1888-germania"}),
        ("Fußballclub", {"1888-germania"}),
        ("Fussball-Verband", {"1863-verband"}),
        ("strasse", {"1900-strasse"}),
        ("grosse", {"1900-strasse"}),
    ],
)
def test_search_finds_ss_for_a_sharp_s_and_back(
    run: Any, tmp_path: Path, query: str, found: set[str]
) -> None:
    from .test_user12 import found_as_words

    assert found_as_words(run, query, write_jsonl(tmp_path / "de.jsonl", SHARP_S)) == found


def test_a_librarys_index_finds_ss_for_a_sharp_s(run: Any, tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    write_jsonl(library / "fussball.jsonl", SHARP_S)
    env = {"KTIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the index built, then read
        result = run("search", "fussball", "--library", str(library), "-f", "jsonl", env=env)
        assert result.exit_code == 0, result.stderr
        ids = {json.loads(line)["id"] for line in result.stdout.splitlines()}
        assert ids == {"1863-verband", "1888-germania"}


def test_an_ids_words_keep_a_sharp_s_as_ids_always_had_it(run: Any, tmp_path: Path) -> None:
    # guard: ids already written in libraries stay what they were
    record = imported(run, tmp_path, "May 3, 1885: Berliner Fußballclub founded in Berlin.")
    assert record["id"] == "1885-05-03-berliner-fu-ballclub-founded-in-berlin"


def imported(run: Any, tmp_path: Path, line: str) -> dict[str, Any]:
    """The event `import` makes of one line of text."""
    source = tmp_path / "entry.txt"
    source.write_text(line + "\n", encoding="utf-8")
    result = run("import", str(source))
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout.splitlines()[0]))


# --- a plain text's first line names the chronology in any language -------------------------
# `import fussball.txt --add` (a German chronology whose first line is "Meilensteine des
# Fußballs") named the source "fussball", the file's name: only English words ("timeline",
# "history", "milestones") said that a first line names a chronology.


@pytest.mark.parametrize(
    ("first", "titled"),
    [
        ("Meilensteine des Fußballs", "Meilensteine des Fußballs"),
        ("Chronik des 1. FC Köln", "Chronik des 1. FC Köln"),
        ("Chronologie de l’affaire Dreyfus", "Chronologie de l’affaire Dreyfus"),
        ("Cronología del Real Madrid", "Cronología del Real Madrid"),
        ("Cronologia della crisi finanziaria", "Cronologia della crisi finanziaria"),
        ("Linha do tempo da Petrobras", "Linha do tempo da Petrobras"),
        # guards: no subject, or no word saying it is a chronology (a masthead)
        ("Chronik", None),
        ("Cronología de la", None),
        ("Le Monde", None),
        ("History", None),
    ],
)
def test_a_first_line_in_another_language_titles_the_source(
    run: Any, tmp_path: Path, first: str, titled: str | None
) -> None:
    text = f"{first}\n\n1863: The first entry.\n1888: The second entry.\n"
    assert added_title(run, tmp_path / "chronik.txt", text) == (titled or "chronik")


# --- the name `sources` prints first names a source ---------------------------------------------
# A library where a source was re-imported under a new title ("Timeline: 2008 – … | Example
# Site" became "Timeline: 2008 – …") keeps its file's name, and the same text saved as .txt
# added beside it is named by the plain title: `sources` lists "crisis-2008-site" and
# "crisis-2008". `--source crisis-2008-site` said "unknown source", `--source crisis-2008`
# chose the other source (its title folds alike), `--source bundled` said "unknown source",
# and `sources remove crisis-2008` said it was ambiguous.

FIRST = "March 16, 2008: JPMorgan buys Bear Stearns.\nSeptember 15, 2008: Lehman files for bankruptcy.\n"
SECOND = (
    "September 15, 2008: Lehman Brothers files for bankruptcy protection.\n"
    "September 16, 2008: AIG gets a loan.\n"
)


@pytest.fixture
def retitled(run: Any, tmp_path: Path) -> Path:
    library = tmp_path / "library"
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    for file, title in [("a.txt", "Crisis: 2008 | Site"), ("a.txt", "Crisis: 2008"),
                        ("b.txt", "Crisis: 2008")]:  # fmt: skip
        added = run("import", str(tmp_path / file), "--add", "--library", str(library),
                    "--source-title", title)  # fmt: skip
        assert added.exit_code == 0, added.stderr
    listed = run("sources", "--library", str(library), "-f", "tsv").stdout.splitlines()
    assert [line.split("\t")[0] for line in listed[1:]] == [
        "bundled", "crisis-2008-site", "crisis-2008"
    ]  # fmt: skip
    return library


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("crisis-2008", "2008-09-15-lehman-brothers-files-for-bankruptcy-protection"),
        ("crisis-2008-site", "2008-09-15-lehman-files-for-bankruptcy"),
        ("CRISIS-2008-SITE", "2008-09-15-lehman-files-for-bankruptcy"),
        # guards: the `source` column's names, as before
        (
            "Crisis: 2008 (crisis-2008)",
            "2008-09-15-lehman-brothers-files-for-bankruptcy-protection",
        ),
        ("Crisis: 2008", "2008-09-15-lehman-files-for-bankruptcy"),
    ],
)
def test_the_name_sources_prints_first_selects_that_source(
    run: Any, retitled: Path, name: str, found: str
) -> None:
    result = run("search", "Lehman", "--library", str(retitled), "--source", name, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [found]


def test_source_bundled_is_the_bundled_chronology(run: Any, retitled: Path) -> None:
    result = run("search", "Pyongyang", "--library", str(retitled), "--source", "bundled",
                 "-f", "jsonl")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) >= 4


@pytest.mark.parametrize("name", ["crisis-2008", "Crisis: 2008 (crisis-2008)"])
def test_removing_a_source_by_a_name_another_title_folds_to(
    run: Any, retitled: Path, name: str
) -> None:
    removed = run("sources", "remove", name, "--library", str(retitled), "--yes")
    assert removed.exit_code == 0, removed.stderr
    assert "removed 'crisis-2008' from the library" in removed.stderr + removed.stdout
    # (the source left keeps its own actor file, if its import met new names: enrich31 makes
    # "Lehman files for bankruptcy" a new company)
    left = sorted(path.name for path in retitled.glob("*.jsonl"))
    assert [name for name in left if not name.endswith(".actors.jsonl")] == [
        "crisis-2008-site.jsonl"
    ]
    assert all(name.startswith("crisis-2008-site.") for name in left)


# --- a mark's label spells a word an id cut ------------------------------------------------------
# The library's -f html page (seen at 1280 px) labelled "Der Berliner Fußballclub Germania …"
# "1888 · Der Berliner FU ballclub Germania von 1888": the id writes "fu-ballclub" (an id keeps
# ASCII letters only), the label spelt the id's words back from the text, found no "fu", and
# took a short word it could not spell for an abbreviation. So did "København" ("K benhavn")
# and "Łódź" ("odz").


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("May 3, 1885: Berliner Fußballclub founded in Berlin.",
         "Berliner Fußballclub founded in Berlin"),
        ("May 4, 1886: København harbour opens a new pier.", "København harbour opens new pier"),
        ("May 5, 1887: Łódź weavers strike for higher pay.", "Łódź weavers strike for higher pay"),
        ("1900: Die große Straße wird gepflastert.", "Die große Straße wird gepflastert"),
        # guards: as before
        ("May 6, 1888: Kim Jong-un and NK officials meet.", "Kim Jong un and NK officials"),
        ("May 7, 1889: Esper meets Jeong Kyeong-doo.", "Esper meets Jeong Kyeong doo"),
    ],
)  # fmt: skip
def test_a_marks_label_spells_a_word_its_id_cut(
    run: Any, tmp_path: Path, line: str, label: str
) -> None:
    from ktimeline.model import Event
    from ktimeline.render.html import short_title

    record = imported(run, tmp_path, line)
    event = Event(id=record["id"], date=record["date"], text=record["text"])
    assert short_title(event) == label


# --- help paragraphs reflow -----------------------------------------------------------------------
# `sources --help` read "One line per source: title, …, file, and the" / "name --source knows
# it by.": the docstring's line break was kept inside the paragraph the help reflows, so a
# line of one word stood alone. Every command's description is checked at 80 columns.

COMMANDS = ["search", "range", "show", "quotes", "actors", "tags", "stats", "validate",
            "import", "sources"]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_a_commands_description_has_no_broken_lines(run: Any, command: str) -> None:
    shown = run(command, "--help", env={"COLUMNS": "80"}).stdout.splitlines()
    description = shown[: next(i for i, line in enumerate(shown) if "╭" in line)]
    lines = [line.strip() for line in description]
    for line, after in itertools.pairwise(lines):
        # a line far shorter than the width, inside a paragraph, was cut by a docstring
        assert not (line and after and len(line) + len(after.split()[0]) < 70), (line, after)
