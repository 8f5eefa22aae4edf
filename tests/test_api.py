"""The Python API: every question gives the CLI's answer; names resolve or fail as documented.

The CLI stands on the facade, so these tests compare the two through what a user sees —
``-f jsonl`` on the command line against ``Results.records()`` in Python — on the bundled
data and on a generated file large enough (over 2 MB) to be answered from its index.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import ktimeline
from ktimeline import (
    AmbiguousNameError,
    DataError,
    Event,
    EventRow,
    InvalidArgumentError,
    KtimelineError,
    Results,
    Timeline,
    UnknownNameError,
)
from ktimeline.index.store import MIN_BYTES

from .conftest import event, jsonl_records, write_jsonl

BENCH = Path(__file__).resolve().parents[1] / "bench"

# (facade call, the same question on the command line)
QUESTIONS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("between", {"start": "2019-11"}, ["range", "2019-11"]),
    ("between", {"start": "2019-09-01", "end": "2019-10-15"}, ["range", "2019-09-01", "2019-10-15"]),
    ("between", {"start": "2019", "actors": "Esper", "tags": "gsomia"},
     ["range", "2019", "--actor", "Esper", "--tag", "gsomia"]),
    ("between", {"start": "2019", "tags": "missile-test,weapons-test", "places": ["Seoul,Sohae"]},
     ["range", "2019", "-t", "missile-test,weapons-test", "-p", "Seoul,Sohae"]),
    ("between", {"start": "2005", "actors": ["Trump", "Kim Jong Un"]},
     ["range", "2005", "-a", "Trump", "-a", "Kim Jong Un"]),
    ("search", {"query": "Sohae"}, ["search", "Sohae"]),
    ("search", {"query": "Sohea"}, ["search", "Sohea"]),
    ("search", {"query": "Kim Jong-un", "sort": "relevance"},
     ["search", "Kim Jong-un", "--sort", "relevance"]),
    ("search", {"query": "burden sharing", "since": "2019-11"},
     ["search", "burden sharing", "--from", "2019-11"]),
    ("search", {"query": "ROCKET", "mode": "exact"}, ["search", "ROCKET", "--exact"]),
    ("search", {"query": r"\b(ICBM|Sohae)\b", "mode": "regex"}, ["search", "-E", r"\b(ICBM|Sohae)\b"]),
    ("search", {"query": "moratorium", "threshold": 60, "actors": "DPRK"},
     ["search", "moratorium", "--threshold", "60", "-a", "DPRK"]),
    ("quotes", {}, ["quotes"]),
    ("quotes", {"query": "extremly disapointed"}, ["quotes", "extremly disapointed"]),
    ("quotes", {"speaker": "DPRK", "until": "2019-11"}, ["quotes", "-S", "DPRK", "--to", "2019-11"]),
    ("actors", {}, ["actors"]),
    ("actors", {"name": "Kim"}, ["actors", "Kim"]),
    ("actors", {"tags": "gsomia"}, ["actors", "--tag", "gsomia"]),
    ("tags", {}, ["tags"]),
    ("tags", {"actors": "Esper"}, ["tags", "-a", "Esper"]),
    ("stats", {}, ["stats"]),
    ("stats", {"by": "week"}, ["stats", "--by", "week"]),
    ("stats", {"by": "speaker", "section": "chronology"},
     ["stats", "--by", "speaker", "--section", "chronology"]),
    ("stats", {"by": "month", "tags": "talks"}, ["stats", "--by", "month", "-t", "talks"]),
]  # fmt: skip

SHOW = [
    ({"ids": ["2019-12-14-nk-crucial-test-at-sohae"]}, ["show", "2019-12-14-nk-crucial-test-at-sohae"]),
    ({"ids": ["2019-12-31-kim-ends-testing-moratorium", "2019-09-01-nk-says-dialogue-hopes-disappearing"],
      "context": 2},
     ["show", "-C", "2", "2019-12-31-kim-ends-testing-moratorium",
      "2019-09-01-nk-says-dialogue-hopes-disappearing"]),
]  # fmt: skip


def ask(timeline: Timeline, method: str, arguments: dict[str, Any]) -> Results[Any]:
    arguments = dict(arguments)
    if method == "between":
        return timeline.between(arguments.pop("start"), arguments.pop("end", None), **arguments)
    if method == "search":
        return timeline.search(arguments.pop("query"), **arguments)
    if method == "show":
        return timeline.show(*arguments.pop("ids"), **arguments)
    result: Results[Any] = getattr(timeline, method)(**arguments)
    return result


def cli_records(run: Any, args: list[str], *extra: str) -> list[dict[str, Any]]:
    result = run(*args, *extra, "-f", "jsonl")
    assert result.exit_code in (0, 1), result
    return jsonl_records(result.stdout)


@pytest.mark.parametrize(("method", "arguments", "args"), QUESTIONS)
def test_every_question_gives_the_cli_answer_on_the_bundled_data(
    run: Any, method: str, arguments: dict[str, Any], args: list[str]
) -> None:
    answer = ask(ktimeline.open(), method, arguments)
    expected = cli_records(run, args)
    assert list(answer.records()) == expected
    if method != "between" or "2005" not in args:  # (2005 is for the generated file)
        assert expected, "a question that finds nothing compares nothing"


@pytest.mark.parametrize(("arguments", "args"), SHOW)
def test_show_gives_the_cli_answer(run: Any, arguments: dict[str, Any], args: list[str]) -> None:
    answer = ask(ktimeline.open(), "show", arguments)
    assert list(answer.records()) == cli_records(run, args)
    context = [row.event.id for row in answer if row.context]
    asked = [row.event.id for row in answer if not row.context]
    assert sorted(asked) == sorted(arguments["ids"])
    every = [e.id for e in ktimeline.open().events()]
    n = arguments.get("context", 0)
    near = {
        every[i]
        for asked_id in asked
        for i in range(max(0, every.index(asked_id) - n), every.index(asked_id) + n + 1)
        if i < len(every)
    }
    assert set(context) == near - set(asked) and (len(context) > 0) == (n > 0)


# --- a large file, answered from its index ---------------------------------------------------


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated chronology just over the size from which files are indexed."""
    sys.path.insert(0, str(BENCH))
    try:
        import generate  # type: ignore[import-not-found]  # bench/generate.py
    finally:
        sys.path.remove(str(BENCH))
    path = tmp_path_factory.mktemp("large") / "large.jsonl"
    generate.write(5200, path, seed=18)  # a seed for which every question has an answer
    assert path.stat().st_size > MIN_BYTES
    return path


@pytest.fixture
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path_factory.getbasetemp() / "api-cache"
    monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(directory))
    monkeypatch.delenv("KTIMELINE_CACHE_MIN_BYTES", raising=False)
    monkeypatch.delenv("KTIMELINE_CACHE", raising=False)
    return directory


# every question; those the index cannot answer (quotes, actors, tags, stats by names or
# with filters) read the large file whole, and must give the CLI's answer all the same
INDEXED = QUESTIONS


def answered_by_the_index(
    timeline: Timeline, method: str, arguments: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> Results[Any]:
    """The answer, checking that the file's index gave it when the question allows."""
    from ktimeline.index import store as index

    answers: list[object] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        answers.append(original(*args, **kwargs))
        return answers[-1]

    original = index.through_index
    monkeypatch.setattr(index, "through_index", spy)
    result = ask(timeline, method, arguments)
    monkeypatch.setattr(index, "through_index", original)
    filtered = any(arguments.get(name) for name in ("actors", "tags", "places", "section"))
    uses_index = method in ("between", "search", "show") or (
        method == "stats" and arguments.get("by", "month") in ("month", "week") and not filtered
    )
    assert (answers != [] and None not in answers) == uses_index, answers
    return result


@pytest.mark.parametrize(("method", "arguments", "args"), INDEXED)
def test_every_question_gives_the_cli_answer_on_a_large_indexed_file(
    run: Any, large_file: Path, cache_dir: Path, method: str, arguments: dict[str, Any],
    args: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    arguments = {**arguments, "start": "2005"} if method == "between" else arguments
    args = ["range", "2005", *args[2:]] if method == "between" else args
    ktimeline.open(large_file).between("2005-01")  # indexed, whichever question this worker
    # asked first (a question the index cannot answer, such as quotes, builds none)
    answer = answered_by_the_index(ktimeline.open(large_file), method, arguments, monkeypatch)
    assert list(cache_dir.glob("index-*.sqlite"))
    assert list(answer.records()) == cli_records(run, args, "--data", str(large_file))
    whole = ask(ktimeline.open(large_file, cache=False), method, arguments)
    assert list(whole.records()) == list(answer.records())  # the index changes no answer
    assert answer or arguments.get("query") == "extremly disapointed"  # a quote of the article


def test_show_on_a_large_indexed_file(
    run: Any, large_file: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline = ktimeline.open(large_file)
    some = timeline.between("2005-06")
    ids = [some[0].id, some[-1].id]
    answer = answered_by_the_index(timeline, "show", {"ids": ids, "context": 1}, monkeypatch)
    assert list(answer.records()) == cli_records(
        run, ["show", "-C", "1", *ids], "--data", str(large_file)
    )
    assert [row.event.id for row in answer if not row.context] == ids
    with pytest.raises(UnknownNameError) as unknown:
        timeline.show("2005-06-01-no-such-event")
    assert (unknown.value.kind, unknown.value.value) == ("event id", "2005-06-01-no-such-event")


# --- names ----------------------------------------------------------------------------------


def ids_of(results: Results[Any]) -> list[str]:
    return [e.id for e in results.events]


def test_aliases_and_case_resolve_silently() -> None:
    timeline = ktimeline.open()
    canonical = timeline.between("2019", actors="Donald Trump")
    for name in ("Trump", "President Trump", "donald trump", "DONALD J. TRUMP"):
        answer = timeline.between("2019", actors=name)
        assert ids_of(answer) == ids_of(canonical) and answer.notes == ()
    assert canonical


def test_a_typo_resolves_with_a_note() -> None:
    answer = ktimeline.open().between("2019", actors="Beigun")
    assert answer.notes == (
        ktimeline.NameNote("actor", "actors", "Beigun", "Stephen Biegun", "spelling"),
    )
    assert ids_of(answer) == ids_of(ktimeline.open().between("2019", actors="Stephen Biegun"))
    assert str(answer.notes[0]) == "actor 'Beigun' read as Stephen Biegun"


def test_an_ambiguous_name_raises_with_every_candidate() -> None:
    with pytest.raises(AmbiguousNameError) as error:
        ktimeline.open().between("2019", actors="Kim")
    assert error.value.candidates == ("Kim Jong Un", "Kim Yong Chol", "Kim Song")
    assert (error.value.kind, error.value.argument, error.value.value) == ("actor", "actors", "Kim")
    assert str(error.value) == (
        "actor 'Kim' is ambiguous (could be: Kim Jong Un, Kim Yong Chol, Kim Song)"
    )
    with pytest.raises(AmbiguousNameError) as prefix:
        ktimeline.open().tags(tags="test")
    assert prefix.value.candidates == ("missile-test", "weapons-test")


def test_an_unknown_name_raises_with_suggestions_never_an_empty_answer() -> None:
    with pytest.raises(UnknownNameError) as error:
        ktimeline.open().search("talks", tags="gsomiaaa")
    assert error.value.candidates == ("gsomia",)
    assert (error.value.kind, error.value.argument) == ("tag", "tags")
    assert str(error.value) == "unknown tag 'gsomiaaa' (did you mean 'gsomia'?)"
    assert "--" not in str(error.value)  # no flag names in the core's words
    with pytest.raises(UnknownNameError) as nothing_near:
        ktimeline.open().quotes(speaker="Nobody")
    assert nothing_near.value.candidates == () and nothing_near.value.argument == "speaker"
    assert isinstance(nothing_near.value, KtimelineError)


def test_name_conditions_in_python() -> None:
    timeline = ktimeline.open()

    def tagged(tags: Any) -> set[str]:
        return set(ids_of(timeline.between("2019", tags=tags)))

    missile, weapons = tagged("missile-test"), tagged("weapons-test")
    assert tagged("missile-test,weapons-test") == missile | weapons
    assert tagged([("missile-test", "weapons-test")]) == missile | weapons
    assert tagged(["missile-test", "weapons-test"]) == missile & weapons
    assert tagged(["missile-test", "weapons-test"]) != missile | weapons
    with pytest.raises(InvalidArgumentError) as empty:
        timeline.between("2019", tags=",")
    assert (empty.value.argument, str(empty.value)) == ("tags", "tags is empty")


def test_a_name_with_a_comma_in_the_users_data_is_one_name(tmp_path: Path) -> None:
    actors = tmp_path / "actors.jsonl"
    write_jsonl(actors, [{"name": "Smith, John", "kind": "person", "aliases": ["J. Smith"]}])
    data = write_jsonl(tmp_path / "mine.jsonl", [event(actors=["Smith, John"])])
    timeline = ktimeline.open(data, actor_files=[actors])
    assert ids_of(timeline.between("2019", actors="Smith, John")) == ["2019-11-05-test-event"]
    assert ids_of(timeline.between("2019", actors="smith, john")) == ["2019-11-05-test-event"]


def test_no_canonical_name_of_the_bundled_data_holds_a_comma() -> None:
    """The comma separates alternatives (``-t a,b``): the convention needs this."""
    vocabulary = ktimeline.open().vocabulary()
    names = [*vocabulary.actors, *vocabulary.places, *vocabulary.tags]
    names += [n for e in ktimeline.open().events() for n in (*e.tags, *e.places)]
    assert names and not [name for name in names if "," in name]


def test_actors_name_forgives_typos_and_lists_all_it_may_mean() -> None:
    timeline = ktimeline.open()
    typo = timeline.actors("Beigun")
    assert [row.actor.name for row in typo] == ["Stephen Biegun"] and typo.notes
    assert [row.actor.name for row in timeline.actors("kim")] == [
        "Kim Jong Un", "Kim Yong Chol", "Kim Song",
    ]  # fmt: skip
    with pytest.raises(UnknownNameError):
        timeline.actors("Zorro")


# --- values and errors ------------------------------------------------------------------------


def test_events_are_immutable_and_to_dict_is_the_data_files_record() -> None:
    lines = (Path(__file__).resolve().parents[1] / "data" / "chronology.jsonl").read_text("utf-8")
    on_disk = {r["id"]: r for r in map(json.loads, filter(str.strip, lines.splitlines()))}
    events = ktimeline.open().events()
    assert len(events) == len(on_disk)
    for one in events:
        assert isinstance(one, Event)
        assert one.to_dict() == on_disk[one.id]
        assert list(one.to_dict()) == [k for k in on_disk[one.id] if k in one.to_dict()]
        assert all(isinstance(s, dict) for s in one.to_dict()["statements"])
    with pytest.raises(AttributeError):
        events[0].text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        events[0] = events[1]  # type: ignore[index]


def test_records_and_rows() -> None:
    hits = ktimeline.open().search("Rocket Man", section="chronology")
    assert isinstance(hits[0], EventRow) and hits[0].score == 100.0
    assert list(hits.records()) == [hits[0].to_dict()]
    assert hits[0].to_dict()["score"] == 100.0
    assert hits[0].to_dict()["id"] == "2019-12-03-trump-calls-kim-rocket-man"
    stats = ktimeline.open().stats("tag")
    assert next(stats.records()) == {"by": "tag", **stats[0].to_dict()}
    assert repr(stats).startswith("<Results: ") and len(stats[:2]) == 2


def test_a_slice_of_results_is_results() -> None:
    """A plain tuple lost the repr and to_pandas (found by a hostile review)."""
    december = ktimeline.open().between("2019-12", overlap=True)
    first = december[0:2]
    assert isinstance(first, Results) and repr(first) == "<Results: 2 events>"
    assert list(first) == list(december)[0:2] and len(first.to_pandas()) == 2
    assert december.possible and not first.possible  # month-only events are listed last
    assert december[-1:].possible == december.possible[-1:]
    hits = ktimeline.open().search("Rocket Man")
    assert hits[:1].scored and list(hits[:1].records()) == list(hits.records())[:1]


def test_to_pandas() -> None:
    frame = ktimeline.open().between("2019-12", tags="weapons-test").to_pandas()
    assert list(frame.columns[:6]) == ["id", "date", "end_date", "start", "end", "text"]
    assert "2019-12-14-nk-crucial-test-at-sohae" in list(frame["id"])
    assert len(frame) == len(ktimeline.open().between("2019-12", tags="weapons-test"))
    empty = ktimeline.open().search("Rocket Man", places="Stockholm").to_pandas()
    assert len(empty) == 0 and "id" in empty.columns
    quotes = ktimeline.open().quotes(speaker="O'Brien").to_pandas()
    assert set(quotes["speaker"]) == {"Robert O’Brien"}


def test_to_pandas_of_a_search_has_the_score_and_why_each_event_matched() -> None:
    """The json output says why each event matched; the DataFrame of the same answer did
    not (no ``matched`` column)."""
    answer = ktimeline.open().search("Esper")
    frame = answer.to_pandas()
    assert list(frame.columns[-2:]) == ["score", "matched"]
    records = list(answer.records())
    assert len(frame) == len(records) > 0
    assert list(frame["matched"]) == [record.get("matched") for record in records]
    assert frame["matched"].iloc[0] == [{"kind": "word", "text": "esper", "name": ""}]
    assert list(frame["score"]) == [record["score"] for record in records]
    exact = ktimeline.open().search("Esper", mode="exact").to_pandas()
    assert exact["matched"].iloc[0] == [{"kind": "exact", "text": "Esper", "name": ""}]
    assert "matched" not in ktimeline.open().between("2019-12").to_pandas().columns


def test_search_suggests_when_nothing_matches() -> None:
    answer = ktimeline.open().search("Bidan")
    assert len(answer) == 0 and answer.suggestions == ("bind", "Busan", "abide")


def test_dates_as_dates_or_text() -> None:
    timeline = ktimeline.open()
    assert timeline.between(date(2019, 11, 1), date(2019, 11, 30)) == timeline.between("2019-11")
    assert timeline.events(since=date(2019, 12, 20), until="2019-12") == timeline.events(
        since="2019-12-20", until=date(2019, 12, 31)
    )


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda t: t.show("2019-12-14-nk-crucial-test-at-sohae", context=-1), "context"),
        (lambda t: t.show(), "ids"),
        (lambda t: t.search("Sohae", threshold=101), "threshold"),
        (lambda t: t.search("Sohae", mode="glob"), "mode"),
        (lambda t: t.search("Sohae", sort="size"), "sort"),
        (lambda t: t.stats("year"), "by"),
        (lambda t: t.events(section="appendix"), "section"),
        (lambda t: t.events(since="2019-12", until="2019-11"), "since"),
        (lambda t: t.between(date(2019, 12, 1), date(2019, 11, 1)), "end"),
        # wrong types and unknown keywords: typed errors too, not TypeError/AttributeError
        (lambda t: t.search(None), "query"),
        (lambda t: t.search(["Sohae"]), "query"),
        (lambda t: t.quotes(speaker=5), "speaker"),
        (lambda t: t.show(None), "ids"),
        (lambda t: t.between("2019-11", tags=5), "tags"),
        (lambda t: t.events(actors=[5]), "actors"),
        (lambda t: t.between("2019-11", limit=3), "limit"),
        (lambda t: t.tags(bogus=1), "bogus"),
        (lambda t: t.actors(5), "name"),
    ],
)
def test_bad_arguments_raise_typed_errors_with_data(call: Any, argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as error:
        call(ktimeline.open())
    assert error.value.argument == argument
    assert "--" not in str(error.value)


def test_unknown_id_carries_the_nearest() -> None:
    with pytest.raises(UnknownNameError) as error:
        ktimeline.open().show("2019-12-14-crucial-test-sohae")
    assert error.value.candidates == ("2019-12-14-nk-crucial-test-at-sohae",)


def test_bad_data_raises_data_error_with_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{oops\n{"id": "x"}\n', "utf-8")
    timeline = ktimeline.open(path)  # nothing is read yet
    with pytest.raises(DataError) as error:
        timeline.tags()
    assert [problem.line for problem in error.value.problems] == [1, 2]


def test_open_ignores_ktimeline_data_but_the_cli_honours_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Any
) -> None:
    path = write_jsonl(tmp_path / "mine.jsonl", [event()])
    monkeypatch.setenv("KTIMELINE_DATA", str(path))
    assert len(ktimeline.open().events()) > 1  # the bundled data, as asked
    assert ids_of(Timeline().events()) == ["2019-11-05-test-event"]
    assert run("range", "2019-11-05", "-f", "plain").stdout.split("\t")[1] == (
        "2019-11-05-test-event"
    )


# --- the package ------------------------------------------------------------------------------


def test_help_documents_every_public_name() -> None:
    import pydoc

    text = pydoc.render_doc(ktimeline, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    for name in ktimeline.__all__:
        if name != "__version__":
            assert name in text, name
    for method in ("between", "search", "show", "quotes", "actors", "tags", "stats", "records"):
        assert f"{method}(" in text
    assert "__getattr__" not in text.split("FUNCTIONS")[0]
    assert all(getattr(ktimeline, name).__doc__ for name in ktimeline.__all__ if name[0] != "_")


def test_importing_ktimeline_stays_cheap() -> None:
    probe = (
        "import sys, ktimeline; print(sorted(m for m in sys.modules if m.startswith('ktimeline')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "['ktimeline']"


def test_the_package_is_typed() -> None:
    assert (Path(ktimeline.__file__).parent / "py.typed").is_file()


# --- memory ----------------------------------------------------------------------------------

NOTEBOOK = """
import gc, json, sys
from pathlib import Path
import ktimeline

def rss_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

seen = []
for number, path in enumerate(sorted(Path(sys.argv[1]).glob("*.jsonl"), key=lambda p: int(p.stem))):
    timeline = ktimeline.open(path)
    assert len(timeline.between("2019-11", tags=f"tag-{number}-10")) == 1
    assert len(timeline.search("Event file", places=f"Place {number} 7")) == 1
    del timeline
    gc.collect()
    seen.append(rss_kb())
print(json.dumps(seen))
"""


def test_a_notebook_loading_50_files_keeps_memory_flat(tmp_path: Path) -> None:
    """Each file has its own names and sources (as real files do): nothing read from one
    may stay in memory once its Timeline is gone."""
    for number in range(50):
        records = [
            event(
                id=f"2019-11-05-file-{number}-event-{i}", date=f"2019-{1 + i % 12:02d}-05",
                text=f"Event {i} of file {number}.", tags=[f"tag-{number}-{i}"],
                places=[f"Place {number} {i}"], actors=["Donald Trump"],
                statements=[{"speaker": "Donald Trump", "quote": f"Quote {i}."}],
                source={"section": "chronology", "title": f"Source {number} {i}"},
            )
            for i in range(1500)
        ]  # fmt: skip
        write_jsonl(tmp_path / f"{number}.jsonl", records)
    probe = subprocess.run(
        [sys.executable, "-c", NOTEBOOK, str(tmp_path)], capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    rss = json.loads(probe.stdout)
    assert len(rss) == 50
    grown_mb = (rss[-1] - rss[9]) / 1024  # after the first ten files, nothing more to warm up
    assert grown_mb < 4, rss


def test_the_library_attribute_is_a_path_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timeline.library stayed a Path (1b3798b) when the loader's paths became strings: a
    caller's ``timeline.library / "x.jsonl"`` keeps working."""
    monkeypatch.setenv("KTIMELINE_LIBRARY", str(tmp_path / "lib"))
    assert ktimeline.open(library=True).library == tmp_path / "lib"
    assert ktimeline.open(library="./lib/").library == Path("lib")
    library = ktimeline.open(library=tmp_path).library
    assert library is not None and library / "x.jsonl" == tmp_path / "x.jsonl"
    assert ktimeline.open().library is None
