"""Every input form `import` reads (issue #11), one synthetic case each, and the rules that
keep anything from being lost silently; plus a property: entries joined with any whitespace,
page footers and line breaks come back exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.importing.entries import split_entries
from ktimeline.importing.events import parse_chronology
from ktimeline.loader import load_vocabulary


def dates(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.text) for e in split_entries(text, year).entries]


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


# --- several entries on one line ------------------------------------------------------------


def test_entries_run_together_on_one_line_are_split() -> None:
    text = (
        "Jan. 1, 2009: In a New Year’s message, Aso addresses the crisis. Jan. 1, 2009: Ozawa "
        "issues a message. Jan. 4, 2009: Aso refuses, citing the Feb. 10, 2019 signing. "
        "Jan. 11, 2009: A poll. U.S.-Japan Relations 18 April 2009 Jan. 12, 2009: Aso and Lee "
        "agree.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2009-01-01", "In a New Year’s message, Aso addresses the crisis."),
        ("2009-01-01", "Ozawa issues a message."),
        ("2009-01-04", "Aso refuses, citing the Feb. 10, 2019 signing."),  # a date in the text
        ("2009-01-11", "A poll."),
        ("2009-01-12", "Aso and Lee agree."),
    ]
    assert [(s.line, s.text, s.reason) for s in split.layout] == [
        (1, "U.S.-Japan Relations 18 April 2009", "page header or footer")
    ]


def test_a_footer_in_the_middle_of_an_entry_is_taken_out_of_its_text() -> None:
    text = "Jan. 11, 2009: Aso meets Lee. U.S.-Japan Relations 18 April 2009 and they agree.\n"
    assert dates(text) == [("2009-01-11", None, "Aso meets Lee. and they agree.")]


# --- separators -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Oct. 5, 2019: Talks in Stockholm.",
        "Oct. 5, 2019; Talks in Stockholm.",
        "Oct. 5, 2019. Talks in Stockholm.",
        "Oct. 5, 2019 – Talks in Stockholm.",
        "Oct. 5, 2019 — Talks in Stockholm.",
        "Oct. 5, 2019 - Talks in Stockholm.",
        "Oct. 5, 2019― Talks in Stockholm.",
        "Oct. 5, 2019:\n\nTalks in Stockholm.",
        "Oct. 5, 2019\n\n\nTalks in Stockholm.",
    ],
)
def test_every_separator(line: str) -> None:
    assert dates(line + "\n") == [("2019-10-05", None, "Talks in Stockholm.")]


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Sept. 1, 2019", "2019-09-01", None),
        ("SEPT. 1, 2019", "2019-09-01", None),
        ("sep 1 2019", "2019-09-01", None),
        ("September 1, 2019", "2019-09-01", None),
        ("JULY 9, 2019", "2019-07-09", None),
        ("July 9th, 2019", "2019-07-09", None),
        ("Aug. 22nd", "2019-08-22", None),  # the year from --year
        ("Dec. 28-31, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28–31, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28—31, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28\u201031, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28\u201131, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28\u201231, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28\u221231, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28 - 31, 2019", "2019-12-28", "2019-12-31"),
        ("Dec. 28 to 31, 2019", "2019-12-28", "2019-12-31"),
        ("Nov. 30–Dec. 2, 2019", "2019-11-30", "2019-12-02"),
        ("Dec. 30–Jan. 2, 2021", "2020-12-30", "2021-01-02"),
        ("Dec. 31, 2020–Jan. 2, 2021", "2020-12-31", "2021-01-02"),
        ("Dec. 31, 2020 to Jan. 2, 2021", "2020-12-31", "2021-01-02"),
        ("1994, July 8", "1994-07-08", None),
        ("March 2020", "2020-03", None),
        ("April/May 2020", "2020-04", "2020-05"),
        ("March–April 2020", "2020-03", "2020-04"),
        ("Dec./Jan. 2020", "2019-12", "2020-01"),
        ("Late 2019", "2019", None),
        ("Spring 2020", "2020", None),
        ("Mid-2019", "2019", None),
        ("Late December 2019", "2019-12", None),
        ("1945", "1945", None),
        ("1950-53", "1950", "1953"),
        ("2013–2014", "2013", "2014"),
        ("1970s", "1970", "1979"),
        ("Late 1970s", "1970", "1979"),
    ],
)
def test_every_date_form(written: str, start: str, end: str | None) -> None:
    assert dates(f"{written}: North Korea fires missiles.\n", 2019) == [
        (start, end, "North Korea fires missiles.")
    ]


def test_a_coarser_date_than_written_is_noted() -> None:
    split = split_entries("Late 2019: Talks stall.\nSpring 2020: Talks resume.\n")
    assert [(n.line, n.reason) for n in split.notes] == []  # notes travel with the entries
    assert [e.note for e in split.entries] == [
        "'Late 2019' is written as 2019: the data format has no finer form",
        "'Spring 2020' is written as 2020: the data format has no finer form",
    ]


def test_years_from_headings_from_entries_and_from_the_option() -> None:
    text = (
        "DECEMBER 2019 – JANUARY 2020\nDec. 30: Calls.\nJan. 3: Talks.\n"
        "2018\nMarch 8― Chung meets Trump.\n"
        "July 4, 2017: A test.\nJuly 28: Another test.\n"
    )
    assert [(d, e) for d, e, _ in dates(text)] == [
        ("2019-12-30", None),
        ("2020-01-03", None),
        ("2018-03-08", None),  # "2018" alone on its line, then entries: a heading
        ("2017-07-04", None),
        ("2017-07-28", None),  # the year of the entry before
    ]
    assert [d for d, _, _ in dates("Oct. 5: Talks.\n", 2019)] == ["2019-10-05"]


def test_a_year_alone_with_text_below_is_an_entry() -> None:
    assert dates("1945\nThe peninsula is divided\n1950\nWar begins\n") == [
        ("1945", None, "The peninsula is divided"),
        ("1950", None, "War begins"),
    ]


# --- decoration -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "• Oct. 5, 2019: Talks in Stockholm.",
        "- Oct. 5, 2019: Talks in Stockholm.",
        "* Oct. 5, 2019: Talks in Stockholm.",
        "1. Oct. 5, 2019: Talks in Stockholm.",
        "12) Oct. 5, 2019: Talks in Stockholm.",
        "**Oct. 5, 2019:** Talks in Stockholm.",
        "**Oct. 5, 2019**: Talks in Stockholm.",
        "*Oct. 5, 2019*: Talks in Stockholm.",
        "__Oct. 5, 2019__: Talks in Stockholm.",
        "### Oct. 5, 2019: Talks in Stockholm.",
        "\u200bOct.\u00a05,\u00a02019:\u200b Talks in Stockholm.",
        "\ufeffOct. 5,\u202f2019: Talks in Stockholm.",
        "   Oct. 5, 2019: Talks in Stockholm.",
    ],
)
def test_decoration_around_the_date(line: str) -> None:
    assert dates(line + "\n") == [("2019-10-05", None, "Talks in Stockholm.")]


def test_a_heading_on_the_same_line_as_the_first_entry() -> None:
    text = "Chronology of Japan-Korea Relations October - December 2009 Oct. 7: Okada calls.\n"
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [("2009-10-07", "Okada calls.")]
    assert split.unplaced == []


# --- layout ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("47", "page number"),
        ("- 12 -", "page number"),
        ("Page 3 of 10", "page number"),
        ("COMPARATIVE CONNECTIONS | JANUARY 2020", "page header or footer"),
        ("US-KOREA RELATIONS | JANUARY 2020", "page header or footer"),
        ("48 US-KOREA RELATIONS", "page header or footer"),
        ("U.S.-Japan Relations 18 April 2009", "page header or footer"),
        ("January 2020 | 47", "page header or footer"),
        ("∗ Chronology by Pacific Forum Research Intern Jane Doe", "footnote"),
        ("* Chronology compiled by the editors", "footnote"),
        ("Figure 1 Esper meets his counterpart in Seoul.", "figure caption or photo credit"),
        ("Photo: Reuters", "figure caption or photo credit"),
        ("REUTERS/Kim Hong-Ji", "figure caption or photo credit"),
        ("(AP Photo/Susan Walsh, File)", "figure caption or photo credit"),
    ],
)
def test_layout_is_recognised_between_wrapped_lines(line: str, kind: str) -> None:
    text = (
        f"Nov. 14, 2019: Esper arrives in Seoul, with an eye to\n\n{line}\n\nalliance management.\n"
    )
    split = split_entries(text)
    assert [e.text for e in split.entries] == [
        "Esper arrives in Seoul, with an eye to alliance management."
    ]
    assert [(s.line, s.reason) for s in split.layout] == [(3, kind)]
    assert split.unplaced == []


def test_a_line_with_a_bar_is_not_layout_for_that_alone() -> None:
    split = split_entries("Oct. 5, 2019: Talks.\nMoon | Trump | Kim meet and talk at length.\n")
    assert [s.line for s in split.unplaced] == [2]


def test_form_feeds_mid_entry_and_mid_line_keep_editor_line_numbers() -> None:
    text = (
        "Nov. 14, 2019: Esper arrives in Seoul, with an eye to\f47\r\n"
        "COMPARATIVE CONNECTIONS | JANUARY 2020\r\n"
        "general talks.\fNov. 15, 2019: Esper meets Jeong.\r\n"
        "A stray sentence that belongs nowhere.\r\n"
    )
    split = split_entries(text)
    assert [(e.line, e.text) for e in split.entries] == [
        (1, "Esper arrives in Seoul, with an eye to general talks."),
        (3, "Esper meets Jeong."),
    ]
    assert [(s.line, s.reason) for s in split.layout] == [
        (1, "page number"),
        (2, "page header or footer"),
    ]
    assert [s.line for s in split.unplaced] == [4]


# --- nothing lost silently ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Feb. 30, 2019: An impossible date.", "not a real date (day is out of range for month)"),
        ("Fbe. 7, 2019: A misspelt month.", "'Fbe' is not a month (did you mean Feb?)"),
        ("Spet. 7, 2019: A misspelt month.", "'Spet' is not a month (did you mean Sept?)"),
        ("Feb. 7, 2019 > An unknown separator.", "'>' is not a separator"),
        ("Feb. 7, 2019 = An unknown separator.", "'=' is not a separator"),
        ("Dec. 31–Dec. 2, 2019: Backwards.", "the span ends before it starts"),
        (": A web page lost this date.", "an entry without its date"),
    ],
)
def test_an_unreadable_entry_is_reported_and_never_appended(line: str, reason: str) -> None:
    text = f"Feb. 1, 2019: An entry that has not ended,\n{line}\nand a line after it.\n"
    split = split_entries(text)
    assert [e.text for e in split.entries] == ["An entry that has not ended,"]
    assert split.unplaced[0].line == 2 and reason in split.unplaced[0].reason
    assert split.unplaced[1].line == 3  # nor is what follows it


def test_continuation_only_where_the_text_continues() -> None:
    text = (
        "Oct. 5, 2019: Talks in Stockholm break\n"
        "off after a day.\n"  # carries on a sentence
        "\n"
        "the delegation leaves.\n"  # lower case: carries on
        "\n"
        "Since then, nothing has moved.\n"  # a new paragraph after a finished entry
    )
    split = split_entries(text)
    assert [e.text for e in split.entries] == [
        "Talks in Stockholm break off after a day. the delegation leaves."
    ]
    assert [(s.line, s.reason) for s in split.unplaced] == [
        (6, "not an entry, and the entry before it is complete")
    ]


def test_abbreviations_do_not_end_an_entry() -> None:
    text = "Oct. 5, 2019: Talks with the U.S.\n\nAmbassador Harris attends.\n"
    assert [e.text for e in split_entries(text).entries] == [
        "Talks with the U.S. Ambassador Harris attends."
    ]


# --- statements -----------------------------------------------------------------------------


def statements(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    result = parse_chronology(f"Aug. 2, 2019: {text}\n", load_vocabulary())
    (event,) = result.events
    return [(s.speaker, s.quote) for s in event.statements], [w.text for w in result.warnings]


def test_an_unknown_speaker_is_not_guessed() -> None:
    said, warned = statements(
        "At the ASEAN Regional Forum, a senior official who asked not to be named says the "
        "launches are “unacceptable.”"
    )
    assert said == [] and warned == ["unacceptable."]


def test_a_titled_speaker_nobody_knew_becomes_an_actor() -> None:
    # (issue 23: a person named with a title is a new actor, and speaks)
    said, warned = statements(
        "At the ASEAN Regional Forum, State Department spokesperson Morgan Ortagus says "
        "the launches are “unacceptable.”"
    )
    assert said == [("Morgan Ortagus", "unacceptable.")] and warned == []


def test_names_titles_and_descriptors_are_not_statements() -> None:
    said, warned = statements(
        "Kim issues a New Year’s message titled, “The Year of Change” and North Korea tests a "
        "“super-large” rocket launcher before the “Friendship Ping Pong Rematch.”"
    )
    assert said == [] and warned == []


def test_a_known_speaker_who_says_it() -> None:
    said, _ = statements("Trump says he “probably” won’t visit, and Biegun calls it “progress.”")
    assert said == [("Donald Trump", "probably"), ("Stephen Biegun", "progress.")]


# --- the property ---------------------------------------------------------------------------

MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
WORDS = ["talks", "missile", "summit", "envoy", "sanctions", "visit", "launch", "delegation"]
FURNITURE = ["47", "COMPARATIVE CONNECTIONS | JANUARY 2020", "US-KOREA RELATIONS | JANUARY 2020"]


@st.composite
def chronologies(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    count = draw(st.integers(1, 8))
    pieces: list[str] = []
    expected: list[tuple[str, str]] = []
    for _ in range(count):
        month = draw(st.integers(0, len(MONTHS) - 1))
        day = draw(st.integers(1, 28))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=12))
        text = "North Korea " + " ".join(words) + "."
        expected.append((f"2019-{month + 1:02d}-{day:02d}", text))
        date = f"{MONTHS[month]} {day}, 2019"
        separator = draw(st.sampled_from([": ", ": ", "; ", " – ", " - "]))
        # break the text over lines (a wrapped entry), maybe with page furniture between
        tokens = text.split(" ")
        cut = draw(st.integers(1, len(tokens) - 1))
        gap = draw(
            st.sampled_from(
                ["\n", "\n\n", " ", "\n\n" + draw(st.sampled_from(FURNITURE)) + "\n\n", "\f"]
            )
        )
        lead = draw(st.sampled_from(["\n", "\n\n", "\n \n", " "])) if pieces else ""
        pieces.append(
            lead + date + separator + " ".join(tokens[:cut]) + gap + " ".join(tokens[cut:])
        )
    tail = draw(st.sampled_from(["", "\n", "\n\n47\n"]))
    return "".join(pieces) + tail, expected


@given(chronologies())
def test_valid_entries_with_any_whitespace_and_footers_come_back_exactly(
    case: tuple[str, list[tuple[str, str]]],
) -> None:
    text, expected = case
    split = split_entries(text)
    assert [(e.date, " ".join(e.text.split())) for e in split.entries] == expected
    assert split.unplaced == []


# --- through the command --------------------------------------------------------------------


def test_check_lists_everything_and_writes_nothing(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("Oct. 5, 2019: Talks.\n47\nFbe. 7, 2019: Misspelt.\n", "utf-8")
    out = tmp_path / "out.jsonl"
    result = run("import", str(path), "--check", "--out", str(out))
    assert result.exit_code == 0 and not out.exists()
    # (the lines under an entry, indented, say what it would get: issue 23)
    lines = [line for line in result.stdout.splitlines() if line.split()[1] != "tags"]
    assert lines[0].split() == ["LINE", "WHAT", "DATE", "END", "TEXT", "/", "REASON"]
    assert lines[1].split()[:4] == ["1", "entry", "2019-10-05", "Talks."]
    assert lines[2].split()[:3] == ["2", "layout", "page"]
    assert lines[3].split()[:2] == ["3", "LEFT"]
    assert result.stderr.splitlines()[-1] == (
        f"would import: 1 entry from {path}; skipped 1 layout line (headings, headers, "
        "captions), 1 line not placed (listed above)"
    )


def test_strict_exits_1_and_writes_nothing_when_a_line_is_left_out(
    run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "s.txt"
    path.write_text("Oct. 5, 2019: Talks.\nFeb. 30, 2019: Impossible.\n", "utf-8")
    out = tmp_path / "out.jsonl"
    result = run("import", str(path), "--strict", "--out", str(out))
    assert result.exit_code == 1 and not out.exists()
    assert "nothing written (--strict)" in result.stderr
    lenient = run("import", str(path), "--out", str(out))
    assert lenient.exit_code == 0 and out.exists()
    clean = tmp_path / "clean.txt"
    clean.write_text("Oct. 5, 2019: Talks.\n", "utf-8")
    assert run("import", str(clean), "--strict").exit_code == 0


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("\ufeffOct. 5, 2019: Talks in Malmö.\n".encode(), None),
        ("Oct. 5, 2019: Talks in Malmö.\n".encode(), "utf-8"),
        ("Oct. 5, 2019: Talks in Malmö.\n".encode("cp1252"), "cp1252"),
        ("Oct. 5, 2019: Talks in Malmö.\n".encode("latin-1"), "latin-1"),
    ],
)
def test_encodings(run: Any, tmp_path: Path, raw: bytes, encoding: str | None) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(raw)
    args = ["import", str(path)] + (["--encoding", encoding] if encoding else [])
    (record,) = records(run(*args).stdout)
    assert record["text"] == "Talks in Malmö."


def test_not_utf8_names_the_byte_and_an_unknown_encoding_is_a_usage_error(
    run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(b"Oct. 5, 2019: Talks.\nOct. 6, 2019: \x93Hope\x94 fades.\n")
    result = run("import", str(path))
    assert (result.exit_code, result.stderr) == (
        2,
        f"ktimeline: error: {path}:2: not UTF-8 (byte 0x93 at byte offset 35); "
        "try --encoding cp1252 (common in older documents)\n",
    )
    assert records(run("import", str(path), "--encoding", "cp1252").stdout)[1]["text"] == (
        "“Hope” fades."
    )
    bad = run("import", str(path), "--encoding", "klingon")
    assert bad.exit_code == 2 and "unknown encoding 'klingon'" in bad.stderr


def test_a_saved_web_page(run: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Timeline</title>\n"
        "<script>var s = 'Jan. 2, 2019: not an entry';</script></head>\n"
        "<body><nav><a href='/'>Home</a> <a href='/x'>Oct. 5, 2019: a menu item</a></nav>\n"
        "<h1>Chronology of US-Korea Relations</h1>\n"
        "<p><b>Jan. 1, 2019:</b> Kim gives his New Year&rsquo;s address.\n"
        "Feb. 27&ndash;28, 2019: The Hanoi summit ends early.</p>\n"
        "<ul><li>June 30, 2019: Trump meets Kim at the DMZ.</li>\n"
        "<li>A list item that is no entry.</li></ul>\n"
        "<table><tr><td>Oct. 5, 2019</td><td>Talks in Stockholm.</td></tr></table>\n"
        "<footer>Copyright 2020</footer></body></html>\n",
        "utf-8",
    )
    result = run("import", str(page))
    assert [(r["date"], r.get("end_date"), r["text"]) for r in records(result.stdout)] == [
        ("2019-01-01", None, "Kim gives his New Year’s address."),
        ("2019-02-27", "2019-02-28", "The Hanoi summit ends early."),
        ("2019-06-30", None, "Trump meets Kim at the DMZ."),
        ("2019-10-05", None, "Talks in Stockholm."),
    ]
    assert f"{page}:9: could not place 'A list item that is no entry.'" in result.stderr
    check = run("import", str(page), "--check").stdout.splitlines()
    assert [row.split()[0] for row in check if row.split()[1] == "entry"] == ["6", "7", "8", "10"]


def test_a_pdf(run: Any, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)

    def write(text: str) -> None:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.cell(0, 8, "CHRONOLOGY OF US-KOREA RELATIONS", new_x="LMARGIN", new_y="NEXT")
    write("Sept. 1, 2019: North Korea says its hopes for more dialogue with "
                   "the White House are gradually disappearing, and threatens to reconsider "
                   "its conciliatory gestures toward the United States.")  # fmt: skip
    write("Sept. 4, 2019: North Korea tells the UN to cut its international")
    pdf.set_y(-20)
    pdf.cell(0, 8, "47", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 8, "US-KOREA RELATIONS | JANUARY 2020", new_x="LMARGIN", new_y="NEXT")
    write("staff given undue US influence.")
    write("Sept. 31, 2019: An impossible date.")
    path = tmp_path / "article.pdf"
    pdf.output(str(path))
    result = run("import", str(path))
    assert [(r["date"], r["text"]) for r in records(result.stdout)] == [
        ("2019-09-01", "North Korea says its hopes for more dialogue with the White House are "
         "gradually disappearing, and threatens to reconsider its conciliatory gestures toward "
         "the United States."),
        ("2019-09-04", "North Korea tells the UN to cut its international staff given undue US "
         "influence."),
    ]  # fmt: skip
    assert f"{path}:page 2, line 3: could not place 'Sept. 31, 2019" in result.stderr
    assert "2 layout lines" in result.stderr


def test_a_broken_pdf_is_a_one_line_error(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    result = run("import", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ktimeline: error: {path}: not a readable PDF")
    assert len(result.stderr.splitlines()) == 1


def test_the_pdf_library_is_imported_only_for_a_pdf(tmp_path: Path) -> None:
    import subprocess
    import sys

    def loads_pypdf(path: Path) -> bool:
        probe = (
            "import sys; from ktimeline.cli.app import main; main(['import', sys.argv[1]]); "
            "sys.stderr.write('PYPDF=%s' % ('pypdf' in sys.modules))"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60
        )
        return "PYPDF=True" in result.stderr

    text = tmp_path / "t.txt"
    text.write_text("Oct. 5, 2019: Talks.\n", "utf-8")
    assert not loads_pypdf(text)
    page = tmp_path / "t.html"
    page.write_text("<p>Oct. 5, 2019: Talks.</p>", "utf-8")
    assert not loads_pypdf(page)
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(b"%PDF-1.4 broken")
    assert loads_pypdf(pdf)


FRAGMENTS = [
    "Oct. 5, 2019: Talks in Stockholm.",
    "Feb. 30, 2019: Impossible.",
    "Fbe. 7, 2019: Misspelt.",
    "47",
    "COMPARATIVE CONNECTIONS | JANUARY 2020",
    "SEPTEMBER – DECEMBER 2019",
    "2018",
    "the talks go on",
    "A new paragraph.",
    ": a lost date.",
    "∗ Chronology by someone",
    "Photo: Reuters",
    "• ",
    "**",
    "June 30, 2019",
    "Late 2019: Stalled.",
    "Dec. 30–Jan. 2:",
    "U.S.-Japan Relations 18 April 2009",
    "\u200b",
    "CHRONOLOGY OF US-KOREA RELATIONS",
]


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), min_size=1, max_size=3),
            st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\f", "\f\n"]),
        ),
        max_size=12,
    )
)
def test_every_line_is_accounted_for(lines: list[tuple[list[str], str]]) -> None:
    """Any text: each line with something on it ends up in an entry, the layout, or the
    report — never silently nowhere — and nothing raises."""
    text = "".join(" ".join(pieces) + end for pieces, end in lines)
    split = split_entries(text, 2019)
    accounted = {n for e in split.entries for n in e.lines}
    accounted |= {s.line for s in (*split.unplaced, *split.layout)}
    numbered = re.split(r"\r\n|\r|\n", text)
    for number, line in enumerate(numbered, 1):
        if number <= split.before_chronology:
            continue
        visible = "".join(c for c in line if c.isprintable() and not c.isspace())
        visible = visible.replace("\u200b", "").replace("\ufeff", "")
        if visible:
            assert number in accounted, (number, line)


@pytest.mark.parametrize(
    ("password", "fails_with"),
    [("", None), ("secret", "protected by a password"), (None, "has no text to read")],
)
def test_encrypted_and_textless_pdfs(
    run: Any, tmp_path: Path, password: str | None, fails_with: str | None
) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if password is not None:
        pdf.set_font("Helvetica", size=11)
        pdf.cell(0, 8, "Oct. 5, 2019: Talks in Stockholm.")
        pdf.set_encryption(owner_password="owner", user_password=password)
    path = tmp_path / "p.pdf"
    pdf.output(str(path))
    result = run("import", str(path))
    if fails_with is None:
        assert [r["text"] for r in records(result.stdout)] == ["Talks in Stockholm."]
    else:
        assert result.exit_code == 2 and fails_with in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_time_grows_linearly_with_entries_run_together_on_one_line() -> None:
    """A library mirror's whole chronology on one line: no per-entry rescans of the line."""
    import time

    def cpu_seconds(entries: int) -> float:
        line = " ".join(
            f"Jan. {d % 28 + 1}, 2009: Aso says the Feb. 10, 2009 budget will pass. "
            "U.S.-Japan Relations 18 April 2009"
            for d in range(entries)
        )
        started = time.process_time()
        assert len(split_entries(line + "\n").entries) == entries
        return time.process_time() - started

    small, large = min(cpu_seconds(400) for _ in range(3)), cpu_seconds(4000)
    assert large < 30 * max(small, 0.001)  # 10 times the entries; quadratic would be ~100 times
