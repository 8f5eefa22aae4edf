"""The words of ``--help``: the overview, and two or three real examples per command.

Kept apart from cli.py so that the help stays readable as prose, and so that tests and the
reference generator (scripts/make_cli_docs.py) can check that every command has examples.
"""

from __future__ import annotations

QUERY_PANEL = "Query: what happened, who said what"
SUMMARY_PANEL = "Output: summaries and charts"
DATA_PANEL = "Data: check it, grow it"

OVERVIEW = (
    "Ask questions of a chronology of US-Korea relations, September–December 2019: what "
    "happened when, around which place, who said what.\n\n"
    "Reads the bundled chronology (Stephen Noerper, Comparative Connections 21:3, January "
    "2020: its 67-entry chronology and the dated events of its narrative) or your own JSON "
    "Lines files (--data). Output is a table on a terminal and tab-separated lines in a pipe; "
    "-f chooses json, jsonl, csv, tsv, markdown, ics, timelinejs, html or xlsx."
)

EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "": [
        ("ktimeline range 2019-11", "what happened in November 2019"),
        ("ktimeline search Sohae", "everything around the Sohae launch site"),
        ("ktimeline quotes --speaker 'Kim Yong Chol'", "what he said, and when"),
    ],
    "search": [
        ("ktimeline search Sohae", "everything around the Sohae launch site"),
        ("ktimeline search 'Kim Yong Chol' --sort relevance", "an official's events, best first"),
        ("ktimeline search GSOMIA --from 2019-11 -f jsonl", "the intelligence pact, as JSON Lines"),
    ],
    "range": [
        ("ktimeline range 2019-11-01 2019-11-30", "what happened in November 2019"),
        (
            "ktimeline range 'Dec 2-8, 2019' --overlap",
            "a week, and what is dated only to its month or year",
        ),
        ("ktimeline range 2019-W49 -f ics > week.ics", "ISO week 49 into a calendar"),
    ],
    "show": [
        ("ktimeline show 2019-12-05-sohae-movement-choe-dotard-warning", "one event in full"),
        ("ktimeline show 2019-12-14-nk-crucial-test-at-sohae --context 2", "with two either side"),
    ],
    "quotes": [
        ("ktimeline quotes --speaker 'Kim Yong Chol'", "what he said, and when"),
        ("ktimeline quotes 'rocket man'", "who said it"),
        ("ktimeline quotes --speaker Trump -f markdown", "for a report"),
    ],
    "actors": [
        ("ktimeline actors", "everyone, with counts of events and statements"),
        ("ktimeline actors 'Kim Jong-un'", "any alias leads to the actor"),
        ("ktimeline actors Kim", "every Kim, when a name is ambiguous"),
    ],
    "tags": [
        ("ktimeline tags", "every topic with its number of events"),
        ("ktimeline tags --from 2019-12 -f csv", "December's topics as CSV"),
    ],
    "stats": [
        ("ktimeline stats", "events per month, as a bar chart"),
        ("ktimeline stats --by actor -n 10", "the ten most involved actors"),
        ("ktimeline stats --by week -f csv", "weekly counts for a spreadsheet"),
    ],
    "import": [
        ("ktimeline import chronology.txt > mine.jsonl", "a journal's chronology as events"),
        ("ktimeline import article.txt --out all.jsonl --append", "add only what is new"),
        (
            "ktimeline import page.html --add --address https://example.org/chronology",
            "into the library: every query reads it from now on",
        ),
    ],
    "sources": [
        ("ktimeline sources", "every source read: title, publisher, period, counts, file"),
        ("ktimeline sources -f csv", "the same as CSV"),
    ],
    "validate": [
        ("ktimeline validate", "check the bundled chronology"),
        ("ktimeline validate mine.jsonl --actors my-actors.jsonl", "check your own file"),
    ],
}

EXIT_CODES = (
    "Exit codes: 0 results, 1 no results, 2 usage or data error, 70 internal error, "
    "130 interrupted."
)


def _markup(text: str) -> str:
    return text.replace("[", "\\[")


def epilog(command: str) -> str:
    """The "Examples" section ending a command's --help (rich markup)."""
    lines = ["[bold]Examples[/bold]"]
    for example, meaning in EXAMPLES[command]:
        lines.append(f"[cyan]$ {_markup(example)}[/cyan]  [dim]# {_markup(meaning)}[/dim]")
    if not command:
        lines.append(EXIT_CODES)
    return "\n\n".join(lines)
