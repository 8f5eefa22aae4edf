"""Answers to trust (issue 25, "wrong answers, silently"): the index finds what the file
finds, Python dates mean their day, a tag is chosen by one rule, a quoted query is a
phrase, weeks of any year, and the API's rows say what they hold.

Files here are small: the tests lower the size from which a file is indexed
(KTIMELINE_CACHE_MIN_BYTES=0) and keep the cache in a temporary directory.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy
import pandas
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ktimeline
from ktimeline.api import Timeline
from ktimeline.errors import InvalidArgumentError
from ktimeline.index import store

from .conftest import event, write_jsonl

# --- the index finds what the file finds ----------------------------------------------------

# Words that test every way the scorer reads a text: plurals and inflections of term names
# ("missiles", "ICBMs", "SMAs"), acronyms in capitals, names of actors and places, words
# that stand together only in one order ("new path" / "path ... new"), and near spellings
# of "moratorium" (more of them than the index once expanded a word to).
PLAIN = ("talks", "test", "tests", "new", "path", "peace", "rocket", "launcher", "man",
         "sanctions", "sanction", "hostile", "policy", "deadline", "summit", "Seoul")  # fmt: skip
TERMS = ("missile", "missiles", "ballistic missiles", "short-range missiles", "ICBM", "ICBMs",
         "icbms", "SMA", "SMAs", "burden sharing", "burden-sharing", "SLBM", "GSOMIA",
         "denuclearization", "denuclearisation")  # fmt: skip
NAMES = ("Kim Jong Un", "Kim", "Trump", "Pyongyang", "Sohae", "Sohea", "Beigun", "Esper",
         "Moon Jae-in", "North Korea's", "U.N.", "UN", "Un")  # fmt: skip


def _near_spellings(word: str) -> list[str]:
    """Spellings one edit from ``word`` that do not start with it (no prefix search finds
    them): more than 500 for "moratorium"."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
    found |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return sorted(w for w in found if not w.startswith(word))


NEAR = _near_spellings("moratorium")
WORDS = st.sampled_from(PLAIN + TERMS + NAMES) | st.sampled_from(NEAR)
DATES = st.sampled_from(["2019", "2019-12", "2019-12-14", "2018-11", "0999", "2019-12-01"])
ACTORS = ("Kim Jong Un", "Donald Trump", "North Korea", "Mark Esper")
TAGS = ("missile-test", "weapons-test", "sanctions", "talks", "cyber")
QUERIES = ("ballistic missile", "missile", "missiles", "ICBM", "SMA", "burden sharing",
           "moratorium", "moratorim", '"new path"', "new path", "Kim Jong Un", "Sohae",
           "UN", "rocket man", "sanction", "test", "peace talks")  # fmt: skip
THRESHOLDS = (0.0, 20.0, 45.0, 80.0, 95.0)


@st.composite
def records(draw: Any, number: int) -> dict[str, Any]:
    """An event of any precision of date, whose text (and maybe quotation, with words the
    text lacks) is drawn from the words above."""
    date = draw(DATES)
    record = event(
        id=f"e{number}",
        date=date,
        text=" ".join(draw(st.lists(WORDS, min_size=1, max_size=8))) + ".",
        actors=draw(st.lists(st.sampled_from(ACTORS), max_size=2, unique=True)),
        tags=draw(st.lists(st.sampled_from(TAGS), max_size=2, unique=True)),
        places=[],
    )
    if len(date) == 10 and draw(st.booleans()):
        record["end_date"] = "2019-12-31" if date.startswith("2019-12") else "2019-01-31"
    if draw(st.booleans()):
        quote = " ".join(draw(st.lists(WORDS, min_size=1, max_size=5)))
        record["statements"] = [{"speaker": "Donald Trump", "quote": quote}]
    return record


@st.composite
def chronologies(draw: Any) -> list[dict[str, Any]]:
    size = draw(st.integers(1, 12))
    return [draw(records(number)) for number in range(size)]


def _found(path: Path, query: str, threshold: float, *, cache: bool) -> list[tuple[str, float]]:
    found = Timeline([path], cache=cache).search(query, threshold=threshold, related=True)
    return [(row.event.id, round(row.score or 0.0, 6)) for row in found]


@pytest.fixture
def small_files_indexed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
    return tmp_path


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=chronologies(), query=st.sampled_from(QUERIES), threshold=st.sampled_from(THRESHOLDS))
def test_the_index_finds_exactly_what_the_file_finds(
    small_files_indexed: Path, data: list[dict[str, Any]], query: str, threshold: float
) -> None:
    with tempfile.TemporaryDirectory(dir=small_files_indexed) as directory:
        path = write_jsonl(Path(directory) / "data.jsonl", data)
        assert _found(path, query, threshold, cache=True) == _found(
            path, query, threshold, cache=False
        )


def _indexed_once(path: Path, query: str, threshold: float = 80.0) -> list[str]:
    """The ids a search finds through the index (built by this search)."""
    return [row.event.id for row in Timeline([path]).search(query, threshold=threshold)]


def test_the_index_reads_the_quotations(small_files_indexed: Path) -> None:
    """A word only in a quotation is found through the index as without it: the index's
    words are the search's (one ``searchable_text``)."""
    data = [
        event(id="quoted", text="Trump spoke.", statements=[
            {"speaker": "Donald Trump", "quote": "a wonderful xylophone"}]),
        event(id="other", text="Nothing of the kind."),
    ]  # fmt: skip
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    assert _indexed_once(path, "xylophone") == ["quoted"]
    index = store._index_file(path, small_files_indexed / "cache")
    import sqlite3

    with sqlite3.connect(index) as db:
        words = {row[0] for row in db.execute("SELECT term FROM terms")}
    assert "xylophone" in words


def test_plural_term_names_are_found_through_the_index(small_files_indexed: Path) -> None:
    data = [
        event(id="plural", text="North Korea fires two short-range ballistic missiles."),
        event(id="icbms", text="It tests ICBMs."),
        event(id="smas", text="Two SMAs were signed."),
    ]
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    for query in ("ballistic missile", "ICBM", "SMA"):
        assert _indexed_once(path, query) == [
            row.event.id for row in Timeline([path], cache=False).search(query)
        ], query
    assert "plural" in _indexed_once(path, "ballistic missile")


def test_a_low_threshold_never_finds_less_through_the_index(small_files_indexed: Path) -> None:
    """The never-less rule adds what higher thresholds find: the index's candidates must
    hold those too ("moratorim" at 20 reads as another name, and at 80 as the word)."""
    data = [event(id=f"m{n}", text=f"A moratorium on tests, number {n}.") for n in range(3)]
    data.append(event(id="other", text="Talks in Stockholm."))
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    for threshold in (0.0, 20.0, 50.0):
        whole = [r.event.id for r in Timeline([path], cache=False).search(
            "moratorim", threshold=threshold)]  # fmt: skip
        assert {"m0", "m1", "m2"} <= set(whole)
        assert _indexed_once(path, "moratorim", threshold) == whole


def test_more_near_spellings_than_an_expansion_are_all_found(small_files_indexed: Path) -> None:
    assert len(NEAR) > store.MAX_EXPANSION
    data = [event(id=f"n{n}", text=f"A {word} today.") for n, word in enumerate(NEAR)]
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    whole = [r.event.id for r in Timeline([path], cache=False).search("moratorium")]
    assert len(whole) == len(NEAR)
    assert _indexed_once(path, "moratorium") == whole


def test_more_longer_forms_than_an_expansion_and_near_spellings(small_files_indexed: Path) -> None:
    """Words the query word begins ("moratoriumab"…) beyond ``MAX_EXPANSION`` are one
    prefix query; the near spellings beside them are still found."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    longer = [f"moratorium{a}{b}" for a in letters for b in letters][: store.MAX_EXPANSION + 20]
    words = [*longer, *NEAR[:30]]
    data = [event(id=f"w{n}", text=f"A {word} today.") for n, word in enumerate(words)]
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    whole = [r.event.id for r in Timeline([path], cache=False).search("moratorium")]
    assert len(whole) == len(words)
    assert _indexed_once(path, "moratorium") == whole


def test_the_bundled_data_made_large_answers_the_same(small_files_indexed: Path) -> None:
    """Three copies of the bundled chronology (new ids) through the index and without."""
    records = []
    for copy in range(3):
        for each in ktimeline.open().events():
            record = each.to_dict()
            record["id"] = f"{each.id}-{copy}"
            record.pop("related", None)
            records.append(record)
    path = write_jsonl(small_files_indexed / "big.jsonl", records)
    for query in ("ballistic missile", "missile", "SMA", "burden sharing", '"new path"'):
        assert _found(path, query, 80.0, cache=True) == _found(path, query, 80.0, cache=False)
    assert _found(path, "moratorim", 20.0, cache=True) == _found(
        path, "moratorim", 20.0, cache=False
    )


# --- a quoted query is a phrase ---------------------------------------------------------------


def test_a_quoted_query_matches_its_words_together_in_order(run: Any) -> None:
    apart = "2018-south-korea-brokers-opening-moon-visits-new-york"  # "New York ... a path"
    together = "2019-10-nk-hostile-policy-and-new-path-at-stockholm"  # "a “new path.”"
    loose = {row.event.id for row in ktimeline.open().search("new path")}
    assert {apart, together} <= loose
    for query in ('"new path"', "\u201cnew path\u201d"):
        found = [row.event.id for row in ktimeline.open().search(query)]
        assert found == [together], query
        assert all(row.score == 100 for row in ktimeline.open().search(query))
    assert not ktimeline.open().search('"path new"')
    result = run("search", '"new path"', "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [together]


def test_a_quoted_phrase_keeps_its_stopwords_and_mixes_with_words() -> None:
    quoted = [row.event.id for row in ktimeline.open().search('"path to peace" Moon')]
    # every event whose text has the phrase and names Moon, and only those
    expected = [
        e.id for e in ktimeline.open().events() if "path to peace" in e.text and "Moon" in e.text
    ]
    assert quoted and sorted(quoted) == sorted(expected)
    assert "2018-south-korea-brokers-opening-moon-visits-new-york" in quoted
    assert not ktimeline.open().search('"path peace"')


def test_search_help_says_what_quotes_do(run: Any) -> None:
    result = run("search", "--help")
    assert "double quotes" in result.stdout and "in order" in result.stdout


# --- Python dates mean their day ------------------------------------------------------------

MOMENTS = [
    pytest.param(lambda y, m, d: datetime(y, m, d), id="datetime"),
    pytest.param(lambda y, m, d: datetime(y, m, d, 23, 59, tzinfo=timezone.utc), id="aware"),
    pytest.param(lambda y, m, d: pandas.Timestamp(y, m, d, 12), id="Timestamp"),
    pytest.param(lambda y, m, d: numpy.datetime64(f"{y:04d}-{m:02d}-{d:02d}T08:00"), id="np64"),
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_moment_is_its_day(moment: Any) -> None:
    timeline = ktimeline.open()
    assert timeline.between(moment(2019, 12, 14)) == timeline.between(date(2019, 12, 14))
    assert len(timeline.between(date(2019, 12, 14))) == 1
    assert timeline.events(since=moment(2019, 12, 1)) == timeline.events(since=date(2019, 12, 1))
    assert timeline.events(until=moment(2019, 11, 30)) == timeline.events(until=date(2019, 11, 30))
    assert timeline.between("2019-12", moment(2019, 12, 20)) == timeline.between(
        "2019-12-01", "2019-12-20"
    )
    assert timeline.between(moment(2019, 12, 1), "2019-12") == timeline.between("2019-12")
    assert timeline.search("Sohae", since=moment(2019, 12, 8)) == timeline.search(
        "Sohae", since="2019-12-08"
    )


@pytest.mark.parametrize("text", ["2019-12", "2019"])
def test_a_datetime64_of_month_or_year_unit_is_that_month_or_year(text: str) -> None:
    """Read as its first day it found nothing (found by a hostile review)."""
    timeline = ktimeline.open()
    value = numpy.datetime64(text)
    assert len(timeline.between(text)) > 1
    assert timeline.between(value) == timeline.between(text)
    assert timeline.events(since=value, until=value) == timeline.between(text)


@pytest.mark.parametrize(
    "moment", [pytest.param(lambda: pandas.NaT, id="NaT"),
               pytest.param(lambda: numpy.datetime64("NaT"), id="np64-NaT"),
               pytest.param(lambda: numpy.datetime64("12000-01-01"), id="year-12000")],
)  # fmt: skip
def test_a_moment_that_is_no_day_is_refused(moment: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="start"):
        ktimeline.open().between(moment())
    with pytest.raises(InvalidArgumentError, match="since"):
        ktimeline.open().events(since=moment())


def test_a_moment_on_an_indexed_file(small_files_indexed: Path) -> None:
    data = [event(id="a", date="2019-12-14"), event(id="b", date="2019-12-15")]
    path = write_jsonl(small_files_indexed / "data.jsonl", data)
    found = Timeline([path]).between(datetime(2019, 12, 14, 18))
    assert [e.id for e in found] == ["a"]


# --- a word names the same tags in every form -----------------------------------------------


@pytest.mark.parametrize("value", ["test", "tests", "Tests", "TEST"])
def test_a_word_fitting_several_tags_is_ambiguous_in_every_form(run: Any, value: str) -> None:
    with pytest.raises(ktimeline.AmbiguousNameError) as raised:
        ktimeline.open().between("2019-12", tags=value)
    assert set(raised.value.candidates) == {"missile-test", "weapons-test"}
    result = run("range", "2019-12", "-t", value)
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr and "weapons-test" in result.stderr


@pytest.mark.parametrize(("value", "tag"), [("sanction", "sanctions"), ("summits", "summit"),
                                            ("missile tests", "missile-test"),
                                            ("missile launch", "missile-test")])  # fmt: skip
def test_a_word_fitting_one_tag_in_any_form_reads_as_it(value: str, tag: str) -> None:
    answer = ktimeline.open().between("2019", tags=value)
    assert answer and all(tag in event.tags for event in answer)


def test_singular_forms() -> None:
    from ktimeline.vocabulary import singular

    assert [singular(w) for w in ("tests", "launches", "us", "press", "gsomia", "talks")] == [
        "test", "launch", "us", "press", "gsomia", "talk"
    ]  # fmt: skip


# --- weeks of any year ----------------------------------------------------------------------


def _week_keys(path: Path) -> list[str]:
    return [bucket.key for bucket in Timeline([path]).stats("week")]


def test_weeks_before_year_1000_are_padded_sorted_and_filled(tmp_path: Path) -> None:
    data = [event(id="a", date="0999-12-28"), event(id="b", date="1000-03-01"),
            event(id="c", date="0001-01-01")]  # fmt: skip
    keys = _week_keys(write_jsonl(tmp_path / "old.jsonl", data))
    assert keys == sorted(keys)
    assert all(len(key) == 8 and key[4:6] == "-W" for key in keys)
    assert keys[0] == "0001-W01" and "0999-W52" in keys and keys[-1] == "1000-W09"
    mondays = [date.fromisocalendar(int(k[:4]), int(k[6:]), 1) for k in keys]
    assert all((b - a).days == 7 for a, b in pairwise(mondays))


def test_weeks_at_the_end_of_year_9999(run: Any, tmp_path: Path) -> None:
    data = [event(id="a", date="9999-12-01"), event(id="b", date="9999-12-31")]
    path = write_jsonl(tmp_path / "late.jsonl", data)
    assert _week_keys(path) == ["9999-W48", "9999-W49", "9999-W50", "9999-W51", "9999-W52"]
    result = run("stats", "--by", "week", "--data", str(path), "-f", "plain")
    assert result.exit_code == 0, result
    assert result.stdout.splitlines()[-1].split("\t")[:2] == ["9999-W52", "1"]


# --- rows that say what they hold -----------------------------------------------------------


def test_results_and_buckets_say_what_they_hold() -> None:
    timeline = ktimeline.open()
    assert repr(timeline.between("2019-12-14")) == "<Results: 1 event>"
    assert (
        repr(timeline.between("2019-12")) == f"<Results: {len(timeline.between('2019-12'))} events>"
    )
    stats = timeline.stats("tag")
    assert repr(stats) == f"<Results: {len(stats)} stats buckets>"
    bucket = stats[0]
    assert bucket.count == bucket.to_dict()["count"] and bucket.count > 0
    assert f"count={bucket.count}" in repr(bucket) and "total" not in repr(bucket)


def test_to_pandas_has_typed_start_and_end_beside_the_date_text(tmp_path: Path) -> None:
    frame = ktimeline.open().events().to_pandas()
    columns = list(frame.columns)
    assert columns[columns.index("end_date") + 1 : columns.index("end_date") + 3] == [
        "start", "end"
    ]  # fmt: skip
    assert str(frame["start"].dtype).startswith("datetime64")
    month_only = frame[frame["date"] == "2017-11"].iloc[0]
    assert (month_only["start"], month_only["end"]) == (
        pandas.Timestamp("2017-11-01"), pandas.Timestamp("2017-11-30")
    )  # fmt: skip
    assert frame.sort_values("start")["start"].is_monotonic_increasing
    far = write_jsonl(tmp_path / "far.jsonl", [event(id="a", date="0999"),
                                               event(id="b", date="9999-12-31")])  # fmt: skip
    far_frame = Timeline([far]).events().to_pandas()
    assert [str(day)[:10] for day in far_frame["start"]] == ["0999-01-01", "9999-12-31"]
    assert str(far_frame["end"].iloc[0])[:10] == "0999-12-31"


def test_reverse_with_relevance_is_least_relevant_first_as_help_says(run: Any) -> None:
    forward = run("search", "Kim Jong Un missile", "--sort", "relevance", "-f", "jsonl")
    backward = run("search", "Kim Jong Un missile", "--sort", "relevance", "-r", "-f", "jsonl")
    scores = [json.loads(line)["score"] for line in forward.stdout.splitlines()]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    assert [json.loads(line)["score"] for line in backward.stdout.splitlines()] == scores[::-1]
    assert "least relevant first" in " ".join(run("search", "--help").stdout.split())


# --- limits that mean something -------------------------------------------------------------


def test_limit_zero_is_refused(run: Any) -> None:
    result = run("range", "2019", "--limit", "0")
    assert result.exit_code == 2
    assert "--limit must be 1 or more" in result.stderr
    assert len(run("range", "2019", "--limit", "1").stdout.splitlines()) == 1


def test_a_cache_that_may_hold_nothing_writes_no_index(
    small_files_indexed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_jsonl(small_files_indexed / "data.jsonl", [event(id="a")])
    monkeypatch.setenv("KTIMELINE_CACHE_MAX_BYTES", "0")
    assert [row.event.id for row in Timeline([path]).search("Esper")] == ["a"]
    assert not list((small_files_indexed / "cache").glob("index-*"))
    monkeypatch.setenv("KTIMELINE_CACHE_MAX_BYTES", "100000000")
    assert [row.event.id for row in Timeline([path]).search("Esper")] == ["a"]
    assert list((small_files_indexed / "cache").glob("index-*.sqlite"))


# --- search's rules, by what they do (mutation survivors of issue 27) --------------------------


@pytest.fixture
def tiers(tmp_path: Path) -> Path:
    """One event for each tier of evidence a query part can be matched by."""
    data = [
        event(id="word", text="A xylophone plays.", actors=[], tags=[], places=[]),
        event(id="prefix", text="Two xylophones play.", actors=[], tags=[], places=[]),
        event(id="near", text="A xylophoen plays.", actors=[], tags=[], places=[]),
        event(id="kim-literal", text="Kim Jong Un speaks.", actors=["Kim Jong Un"]),
        event(id="kim-alias", text="The young leader speaks.", actors=["Kim Jong Un"]),
        event(id="kim-knowledge", text="A speech is given.", actors=["Kim Jong Un"]),
        event(id="nk-literal", text="North Korea fires.", actors=["North Korea"]),
        event(id="nk-alias", text="The DPRK fires.", actors=["North Korea"]),
        event(id="nk-broad", text="Rockets fly.", actors=["North Korea"]),
    ]
    return write_jsonl(tmp_path / "tiers.jsonl", data)


def _scores(path: Path, query: str) -> dict[str, float]:
    found = Timeline([path], cache=False).search(query, sort="relevance", related=True)
    return {row.event.id: row.score or 0.0 for row in found}


def test_the_tiers_of_evidence_rank_in_order(tiers: Path) -> None:
    """The query's word > another form of it > a near spelling > another name of the
    thing > the event only involving it > an event only related to a state."""
    words, kim, state = (_scores(tiers, q) for q in ("xylophone", "Kim Jong Un", "North Korea"))
    assert list(words) == ["word", "prefix", "near"]
    assert list(kim) == ["kim-literal", "kim-alias", "kim-knowledge"]
    assert list(state) == ["nk-literal", "nk-alias", "nk-broad"]
    chain = [words["word"], words["prefix"], words["near"], kim["kim-alias"],
             kim["kim-knowledge"], state["nk-broad"]]  # fmt: skip
    assert chain == sorted(chain, reverse=True) and len(set(chain)) == len(chain)
    assert kim["kim-alias"] == state["nk-alias"]  # another name is another name


def test_broad_events_stay_when_they_do_not_outnumber_the_literal_ones() -> None:
    """The tie rule: as many broad events as narrow ones are kept; one more, left out."""
    from ktimeline.search import Hit, limit_broad

    events = list(ktimeline.open().events())
    narrow = [Hit(e, 100.0) for e in events[:3]]
    broad = [Hit(e, 40.0, broad=True) for e in events[3:7]]
    even = limit_broad(narrow + broad[:3])
    assert len(even) == 6 and not even.left_out
    over = limit_broad(narrow + broad)
    assert list(over) == narrow and over.left_out == broad
    assert len(limit_broad(narrow + broad, related=True)) == 7
    assert len(limit_broad(broad)) == 4  # no literal ones: the broad ones are the answer


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [("tests", "One test.", True),  # five letters: its singular is a form of it
     ("paths", "A new path.", True),
     ("news", "A new path.", False),  # four letters: "news" is no plural of "new"
     ("uses", "Its use.", False)],
)  # fmt: skip
def test_a_singular_is_a_form_from_five_letters(
    tmp_path: Path, query: str, text: str, found: bool
) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [event(id="a", text=text, actors=[], tags=[])])
    assert bool(Timeline([path], cache=False).search(query, threshold=100)) is found
