"""Search ranks what the user typed first and says why each result matched (issue 13).

Tiers of evidence, each with its own band of scores: the query's words in the text (literal,
or a near spelling), another name of the same thing (alias, synonym), knowledge only (the
event's actors, places, tags), and broad expansions (a state, a topic) — which are left out,
with a note on stderr, when they would outnumber the others.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.errors import UsageError
from ktimeline.loader import Chronology
from ktimeline.search import (
    ALIAS_SCORE,
    BROAD_SCORE,
    LITERAL_SCORE,
    PREFIX_SCORE,
    RELATED_SCORE,
    Hit,
    Match,
    SearchMode,
    by_relevance,
    search_events,
)

from .conftest import event, run_process, write_jsonl
from .test_index import big_file  # noqa: F401  (a fixture)


def hits(chronology: Chronology, query: str, **options: Any) -> dict[str, Hit]:
    return {
        hit.event.id: hit for hit in search_events(chronology, chronology.events, query, **options)
    }


def kinds(hit: Hit) -> list[str]:
    return [match.kind for match in hit.matched]


def test_the_tiers_score_apart(chronology: Chronology) -> None:
    found = hits(chronology, "Kim Jong Un")
    literal = found["2019-12-09-trump-downplays-tests-kim-yong-chol-retorts"]  # "Kim Jong Un"
    surname = found["2019-12-03-trump-calls-kim-rocket-man"]  # "Kim" — and involves him
    knowledge = found["2019-02-hanoi-summit-fails"]  # the text does not name him
    assert (literal.score, kinds(literal)) == (LITERAL_SCORE, ["word"])
    assert (surname.score, kinds(surname)) == (ALIAS_SCORE, ["alias"])
    assert (knowledge.score, kinds(knowledge)) == (RELATED_SCORE, ["actor"])
    near = hits(chronology, "Sohea")["2019-12-14-nk-crucial-test-at-sohae"]
    assert kinds(near) == ["near"] and ALIAS_SCORE < near.score < PREFIX_SCORE
    assert LITERAL_SCORE > PREFIX_SCORE > ALIAS_SCORE > RELATED_SCORE > BROAD_SCORE


def test_relevance_order_puts_literal_mentions_first(chronology: Chronology) -> None:
    ordered = by_relevance(search_events(chronology, chronology.events, "Kim Jong Un"))
    scores = [hit.score for hit in ordered]
    assert scores == sorted(scores, reverse=True)
    assert {hit.event.id for hit in ordered[:5]} == {  # the texts that name him in full
        "2019-09-15-kim-invites-trump-to-pyongyang",
        "2019-11-kim-surveys-air-exercises",
        "2019-12-kim-declares-end-of-testing-moratorium",
        "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts",
        "2019-12-21-nk-human-rights-pay-dearly-cmc-meeting",
    }


@pytest.mark.parametrize(
    ("query", "literal", "left_out", "via"),
    [
        ("ransomware", 1, 2, "tag cyber"),
        ("Christmas gift", 1, 3, "tag deadline"),
        ("Pyongyang", 4, 80, "actor North Korea"),
        ("Seoul", 8, 37, "actor South Korea"),
    ],
)
def test_a_broad_expansion_does_not_drown_the_literal_matches(
    chronology: Chronology, query: str, literal: int, left_out: int, via: str
) -> None:
    found = search_events(chronology, chronology.events, query)
    assert len(found) == literal
    assert all(hit.score >= ALIAS_SCORE for hit in found)
    assert len(found.left_out) == left_out
    assert found.left_out_via()[0] == via
    everything = search_events(chronology, chronology.events, query, related=True)
    assert len(everything) == literal + left_out and everything.left_out == []
    ranked = by_relevance(everything)
    assert all(not hit.broad for hit in ranked[:literal])
    assert all(hit.broad and hit.score < ALIAS_SCORE for hit in ranked[literal:])


def test_a_concept_named_in_other_words_is_kept(chronology: Chronology) -> None:
    """GSOMIA -> "intelligence-sharing pact": the same thing, not a broad expansion."""
    found = hits(chronology, "GSOMIA")
    assert len(found) == 6
    assert kinds(found["2019-11-22-south-korea-keeps-gsomia"]) == ["synonym"]
    assert kinds(found["2019-11-22-seoul-postpones-gsomia-cancellation"]) == ["tag"]


def test_a_state_named_by_its_name_keeps_its_events(chronology: Chronology) -> None:
    """Only a metonym (Pyongyang, Washington) reads a state broadly; North Korea does not."""
    found = search_events(chronology, chronology.events, "North Korea")
    assert len(found) == 84 and found.left_out == []


@pytest.mark.parametrize(
    ("query", "event_id", "form"),
    [
        ("missile", "2019-12-24-trump-will-deal-with-icbm-test", "icbm"),
        ("ICBM", "2019-11-28-nk-fires-two-ballistic-missiles", "long range missile"),
        ("SMA", "2019-11-18-host-nation-support-talks-resume", "host nation support"),
        ("burden sharing", "2019-02-10-sma-signed", "special measures agreement"),
        ("host-nation support", "2019-11-19-us-walks-out-of-cost-sharing-talks", "burden sharing"),
    ],
)
def test_acronyms_and_synonyms_work_both_ways(
    chronology: Chronology, query: str, event_id: str, form: str
) -> None:
    hit = hits(chronology, query)[event_id]
    assert [(m.kind, m.text) for m in hit.matched] == [("synonym", form)]
    assert hit.score == ALIAS_SCORE


def test_highlights_follow_the_evidence(chronology: Chronology) -> None:
    text_of = {e.id: e.text for e in chronology.events}
    found = hits(chronology, "missile")
    icbm = "2019-12-24-trump-will-deal-with-icbm-test"
    assert [text_of[icbm][a:b] for a, b in found[icbm].marks] == ["ICBM"]
    assert hits(chronology, "Kim Jong Un")["2019-02-hanoi-summit-fails"].marks == ()


def test_an_acronym_is_found_only_in_capitals(chronology: Chronology) -> None:
    """ "UN" is the United Nations, not the "Un" of "Kim Jong Un"."""
    found = hits(chronology, "UN")
    assert "2019-09-04-nk-tells-un-to-cut-staff" in found
    assert not [i for i, hit in found.items() if "Kim Jong Un" in hit.event.text]
    assert len(hits(chronology, "ICBM")) == len(hits(chronology, "icbm"))  # the query's case


def test_exact_and_regex_say_so(chronology: Chronology) -> None:
    exact = search_events(chronology, chronology.events, "Rocket", SearchMode.EXACT)
    regex = search_events(chronology, chronology.events, r"\bICBM\b", SearchMode.REGEX)
    assert {str(m) for hit in exact for m in hit.matched} == {"exact Rocket"}
    assert {m.kind for hit in regex for m in hit.matched} == {"regex"}


def test_another_form_of_the_word_is_a_word_match(chronology: Chronology) -> None:
    # The README's tiers: the query's words in the text are "word", a plural or prefix 95.
    fires = hits(chronology, "missile")["2019-09-09-nk-fires-missiles"]
    assert (fires.score, fires.matched) == (PREFIX_SCORE, (Match("word", "missiles", "missile"),))
    plural = hits(chronology, "sanction")["2019-09-13-us-sanctions-nk-hacking-groups"]
    assert (plural.score, kinds(plural)) == (PREFIX_SCORE, ["word"])  # the tag's name, plural
    near = hits(chronology, "moratorim")["2019-12-31-kim-ends-testing-moratorium"]
    assert kinds(near) == ["near"] and near.score < PREFIX_SCORE


def test_matched_is_the_same_from_run_to_run(tmp_path: Path) -> None:
    """What ``matched`` names must not depend on the order of a set, which changes with
    Python's hash seed: equal-length aliases ("chairman kim", "young leader") and equally
    good words ("trainers", "trained": the first in the text) are chosen by a fixed rule."""
    data = write_jsonl(tmp_path / "ties.jsonl", [
        event(id="a", text="The young leader, Chairman Kim, spoke.", actors=["Kim Jong Un"],
              places=[]),
        event(id="b", text="Trainers trained more.", actors=[], places=[]),
        event(id="c", text="More were trained by trainers.", actors=[], places=[]),
    ])  # fmt: skip
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        result = run_process(
            ["search", "--data", str(data), "-f", "jsonl", "Kim Jong-un"],
            env={"PYTHONHASHSEED": seed},
        )
        other = run_process(
            ["search", "--data", str(data), "-f", "jsonl", "train"],
            env={"PYTHONHASHSEED": seed},
        )
        assert result.returncode == other.returncode == 0, (result.stderr, other.stderr)
        outputs.add(result.stdout + other.stdout)
    assert len(outputs) == 1
    matched = [json.loads(line)["matched"][0]["text"] for line in outputs.pop().splitlines()]
    assert matched == ["chairman kim", "trainers", "trained"]


def test_match_reads_back_from_its_record() -> None:
    match = Match("alias", "esper", "Mark Esper")
    assert Match.from_dict(match.to_dict()) == match
    assert str(match) == "alias esper → Mark Esper"
    assert str(Match("tag", "", "cyber")) == "tag cyber" == Match("tag", "", "cyber").via


# --- the command ---------------------------------------------------------------------------


def test_words_without_quotes_are_one_query(run: Any) -> None:
    unquoted = run("search", "Kim", "Yong", "Chol")
    assert unquoted.exit_code == 0, unquoted
    assert unquoted.stdout == run("search", "Kim Yong Chol").stdout
    assert len(unquoted.stdout.splitlines()) == 3


def test_what_was_left_out_is_said_on_stderr(run: Any) -> None:
    result = run("search", "ransomware")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == (
        "2 related events left out (via tag cyber): more than the 1 that matches "
        "'ransomware' itself; --related lists them\n"
    )
    everything = run("search", "ransomware", "--related")
    assert len(everything.stdout.splitlines()) == 3 and everything.stderr == ""
    assert run("search", "ransomware", "-f", "jsonl").stderr == result.stderr  # not in the data


def test_structured_output_says_why(run: Any) -> None:
    records = [
        json.loads(line)
        for line in run("search", "ransomware", "--related", "-f", "jsonl").stdout.splitlines()
    ]
    assert [(r["score"], r["matched"][0]["kind"]) for r in records] == [
        (100.0, "word"), (40.0, "tag"), (40.0, "tag"),
    ]  # fmt: skip
    assert records[0]["matched"] == [{"kind": "word", "text": "ransomware", "name": ""}]
    rows = list(csv.DictReader(io.StringIO(run("search", "Esper Seoul", "-f", "csv").stdout)))
    assert rows and all(row["matched"].startswith("word esper; ") for row in rows)


def test_the_table_notes_knowledge_only_matches(run: Any) -> None:
    table = run("search", "ransomware", "--related", "-f", "table", "--color", "never").stdout
    assert table.count("via tag cyber") == 2
    kim = run("search", "Kim Jong Un", "-f", "table", "--color", "never").stdout
    assert kim.count("via actor Kim Jong Un") == 5  # the five whose text does not name him


def test_markdown_notes_why_as_the_table_does(run: Any) -> None:
    lines = run("search", "ransomware", "--related", "-f", "markdown").stdout.splitlines()
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 3
    assert "*(" not in items[0]  # the literal mention needs no note
    assert all(item.endswith("`) *(score 40 · via tag cyber)*") for item in items[1:])
    near = run("search", "Sohea", "-f", "markdown").stdout
    assert "*(score 92)*" in near and "via" not in near


def test_the_core_words_no_flag_of_the_command_line(chronology: Chronology) -> None:
    # The CLI adds its flags to a message; the core (also a Python API) must not name them.
    for query in ("", "   "):
        with pytest.raises(UsageError) as raised:
            search_events(chronology, chronology.events, query)
        assert "--" not in str(raised.value) and "query is empty" in str(raised.value)


def test_sort_by_relevance_lists_literal_mentions_first(run: Any) -> None:
    out = run("search", "Seoul", "--related", "--sort", "relevance", "-f", "jsonl").stdout
    scores = [json.loads(line)["score"] for line in out.splitlines()]
    assert scores[:8] == [100.0] * 8 and set(scores[8:]) == {BROAD_SCORE}


QUERIES = [
    ["ransomware"], ["Pyongyang"], ["missile"], ["missile", "tests"], ["Kim", "Yong", "Chol"],
    ["GSOMIA"], ["Seoul", "--related"], ["cost", "sharing", "--sort", "relevance"],
]  # fmt: skip


@pytest.mark.parametrize("args", QUERIES, ids=[" ".join(q) for q in QUERIES])
def test_the_index_gives_the_same_answers(
    run: Any,
    big_file: Path,  # noqa: F811
    cache: Path,
    args: list[str],
) -> None:
    whole = run("search", *args, "--data", str(big_file), "-f", "jsonl", "--no-cache")
    first = run("search", *args, "--data", str(big_file), "-f", "jsonl")
    again = run("search", *args, "--data", str(big_file), "-f", "jsonl")
    assert whole.stdout, whole
    for result in (first, again):
        assert (result.exit_code, result.stdout, result.stderr) == (
            whole.exit_code, whole.stdout, whole.stderr,
        )  # fmt: skip


def test_the_index_suggests_what_the_whole_file_suggests(
    run: Any,
    big_file: Path,  # noqa: F811
    cache: Path,
) -> None:
    # Nothing matches: the index path read only the candidates, yet "did you mean" must
    # still draw on every word of the file, as reading it whole does.
    for query in ("Bidan", "abidex"):
        whole = run("search", query, "--data", str(big_file), "--no-cache")
        assert whole.exit_code == 1 and "did you mean" in whole.stderr, whole
        for _ in range(2):  # building the index, then using it
            indexed = run("search", query, "--data", str(big_file))
            assert (indexed.exit_code, indexed.stderr) == (1, whole.stderr)
    assert "'abide'" in whole.stderr  # a word of the texts, not a name
