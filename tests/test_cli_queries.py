"""Every query command and shared filter through the CLI: exit code, stdout, stderr apart.

Plain output (the default in a pipe) is parsed as tab-separated columns: date, id, text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.dates import order_key

from .conftest import event, jsonl_records, run_process, write_jsonl


def ids(stdout: str) -> list[str]:
    return [line.split("\t")[1] for line in stdout.splitlines()]


# --- search ---------------------------------------------------------------------------------


def test_search_finds_sohae_in_date_order(run: Any) -> None:
    result = run("search", "Sohae")
    assert result.exit_code == 0 and result.stderr == ""
    assert ids(result.stdout) == [  # events known only to the month after its days
        "2019-12-05-sohae-movement-choe-dotard-warning",
        "2019-12-07-trump-moon-call-nk-sohae-test",
        "2019-12-14-nk-crucial-test-at-sohae",
        "2019-12-activity-at-sohae",
        "2019-12-sohae-engine-tests",
    ]


@pytest.mark.parametrize("query", ["Beigun", "Kim Jong-un", "Choe Son-hui", "OBrien", "O’Brien"])
def test_search_forgives_typos_romanisation_and_punctuation(run: Any, query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 0
    assert result.stdout


def test_search_by_alias_finds_events_that_say_only_the_surname(run: Any) -> None:
    found = ids(run("search", "Mark Esper").stdout)
    assert "2019-12-16-esper-expects-test-if-nk-not-satisfied" in found  # text says "Esper"


def test_search_kim_jong_un_finds_bare_kim(run: Any) -> None:
    found = ids(run("search", "Kim Jong Un").stdout)
    assert "2019-10-16-kim-rides-white-horse-on-paektu" in found  # text says "Kim rides"
    assert "2019-12-08-kim-song-denuclearization-off-table" not in found


def test_search_rocket_man_is_precise(run: Any) -> None:
    assert ids(run("search", "Rocket Man").stdout) == [
        "2019-09-trump-calls-kim-rocket-man-again",  # the narrative's "Rocket Man"
        "2019-12-03-trump-calls-kim-rocket-man",
    ]


def test_search_exact_is_a_case_insensitive_substring(run: Any) -> None:
    result = run("search", "--exact", "ROCKET")
    found = ids(result.stdout)
    assert "2019-09-10-kcna-reports-super-large-rocket-launcher-test" in found
    assert "2019-12-03-trump-calls-kim-rocket-man" in found
    assert run("search", "--exact", "Sohea").exit_code == 1  # no fuzziness


def test_search_regex(run: Any) -> None:
    result = run("search", "--regex", r"\b(ICBM|SLBM)\b")
    assert result.exit_code == 0
    assert set(ids(result.stdout)) == {
        "2019-10-03-pukguksong-3-launch",
        "2019-12-24-trump-will-deal-with-icbm-test",
    }


def test_search_invalid_regex_is_a_clear_error(run: Any) -> None:
    result = run("search", "--regex", "(unclosed")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("ktimeline: error: invalid regex '(unclosed': missing ), ")
    assert len(result.stderr.splitlines()) == 1


def test_search_posix_class_regex_is_refused_not_misread() -> None:
    # Python reads [[:alpha:]] as a set of characters and only warns on stderr (FutureWarning).
    result = run_process(["search", "--regex", "[[:alpha:]]"])
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert stderr.startswith("ktimeline: error: invalid regex '[[:alpha:]]': possible nested set")
    assert len(stderr.splitlines()) == 1 and "Warning" not in stderr


def test_search_exact_and_regex_together_is_a_usage_error(run: Any) -> None:
    result = run("search", "--exact", "--regex", "x")
    assert result.exit_code == 2
    assert "cannot be used together" in result.stderr


def test_search_threshold_tunes_fuzziness(run: Any) -> None:
    assert run("search", "Sohea").exit_code == 0
    assert run("search", "Sohea", "--threshold", "95").exit_code == 1
    assert run("search", "Sohea", "--threshold", "101").exit_code == 2


def test_search_sort_relevance_puts_best_first(run: Any) -> None:
    rows = [
        json.loads(line)
        for line in run(
            "search", "Sohae Choe", "-f", "jsonl", "--sort", "relevance"
        ).stdout.splitlines()
    ]
    assert rows and rows == sorted(rows, key=lambda r: -r["score"])
    by_date = jsonl_records(run("search", "missile", "-f", "jsonl").stdout)
    dates = [r["date"] for r in by_date]  # a partial date after the days of its period
    assert dates == sorted(dates, key=order_key)


def test_search_structured_output_carries_scores(run: Any) -> None:
    rows = jsonl_records(run("search", "Sohea", "-f", "jsonl").stdout)
    assert all(0 < row["score"] <= 100 for row in rows)
    assert any(row["score"] < 100 for row in rows)  # a fuzzy match says so


def test_search_no_result_exits_1_with_did_you_mean_on_stderr(run: Any) -> None:
    result = run("search", "Bidan")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "no events match 'Bidan'; did you mean 'bind', 'Busan', 'abide'?\n"


def test_search_for_a_date_points_to_range(run: Any) -> None:
    result = run("search", "Dec 2019")
    assert result.exit_code == 1
    assert "ktimeline range 'Dec 2019'" in result.stderr


def test_search_empty_query_is_a_usage_error(run: Any) -> None:
    assert run("search", "   ").exit_code == 2


# --- range ----------------------------------------------------------------------------------


def test_range_whole_month(run: Any) -> None:
    result = run("range", "2019-11", "--section", "chronology")
    found = ids(result.stdout)
    assert len(found) == 18
    assert found[0] == "2019-11-01-nk-tests-rocket-launcher-and-missiles"
    assert found[-1] == "2019-11-29-fbi-arrests-blockchain-expert"


def test_range_one_day_and_written_dates(run: Any) -> None:
    one_day = ids(run("range", "2019-12-23").stdout)
    assert one_day == ids(run("range", "Dec. 23, 2019").stdout)
    assert "2019-12-23-bolton-laments-trump-failure" in one_day
    assert all(i.startswith("2019-12-23") or not i[8:10].isdigit() for i in one_day)


def test_range_lists_partial_dates_that_overlap_only_with_overlap(run: Any) -> None:
    found = ids(run("range", "2019-11-20", "2019-11-21").stdout)
    assert "2019-11-esper-travels-to-seoul" not in found  # known only to the month
    found = ids(run("range", "2019-11-20", "2019-11-21", "--overlap").stdout)
    assert "2019-11-esper-travels-to-seoul" in found
    assert "2019-kinu-poll-opposes-paying-more" in found  # known only to the year
    assert "2019-11-22-seoul-postpones-gsomia-cancellation" not in found


def test_range_span_overlap(run: Any) -> None:
    span = "2019-11-nk-flurry-of-hostile-policy-statements"  # November to December
    assert span not in ids(run("range", "2019-12-02").stdout)
    assert span in ids(run("range", "2019-12-02", "--overlap").stdout)
    assert span in ids(run("range", "2019-11", "2019-12").stdout)


def test_range_written_forms_agree(run: Any) -> None:
    assert run("range", "November 2019").stdout == run("range", "2019-11-01", "2019-11-30").stdout
    assert (
        run("range", "Sept. 1, 2019", "Sep 9 2019").stdout
        == run("range", "2019-09-01", "2019-09-09").stdout
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2019-02-30"], "ktimeline: error: START '2019-02-30' is not a real date (accepted: "),
        (
            ["2019-12-01", "2019-11-01"],
            "ktimeline: error: START '2019-12-01' is after END '2019-11-01'",
        ),
        (["2019", "soon"], "ktimeline: error: END 'soon' is not a date: 'soon' not understood"),
    ],
)
def test_range_errors(run: Any, args: list[str], message: str) -> None:
    result = run("range", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)


def test_range_nothing_exits_1(run: Any) -> None:
    result = run("range", "2017-06")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "no events between 2017-06-01 and 2017-06-30\n"


# --- show -----------------------------------------------------------------------------------


def test_show_one_event_in_full(run: Any) -> None:
    result = run("show", "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts", "-f", "json")
    (record,) = json.loads(result.stdout)
    assert record["statements"][1] == {
        "speaker": "Kim Yong Chol",
        "quote": "heedless and erratic old man.",
        "about": "Donald Trump",
    }
    assert record["source"]["section"] == "chronology"


def test_show_table_has_every_field(run: Any) -> None:
    out = run(
        "show", "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts", "-f", "table"
    ).stdout
    for expected in (
        "Actors",
        "Tags",
        "Said",
        "Kim Yong Chol (about Donald Trump)",
        "Source",
        "Noerper",
    ):
        assert expected in out


def test_show_context_like_grep(run: Any) -> None:
    result = run("show", "2019-12-14-nk-crucial-test-at-sohae", "--context", "1", "-f", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "2019-12-12-stilwell-cautions-nk",
        "2019-12-14-nk-crucial-test-at-sohae",
        "2019-12-15-biegun-arrives-in-south-korea",
    ]


def test_show_several_ids_in_date_order(run: Any) -> None:
    result = run(
        "show",
        "2019-12-31-kim-ends-testing-moratorium",
        "2019-09-01-nk-says-dialogue-hopes-disappearing",
    )
    assert [line[3:] for line in result.stdout.splitlines() if line.startswith("id\t")] == [
        "2019-09-01-nk-says-dialogue-hopes-disappearing",
        "2019-12-31-kim-ends-testing-moratorium",
    ]


def test_show_unknown_id_suggests_the_nearest(run: Any) -> None:
    result = run("show", "2019-12-14-crucial-test-sohae")
    assert result.exit_code == 2
    assert result.stderr == (
        "ktimeline: error: unknown event id '2019-12-14-crucial-test-sohae' "
        "(did you mean 2019-12-14-nk-crucial-test-at-sohae?)\n"
    )


# --- quotes ---------------------------------------------------------------------------------


def test_quotes_by_speaker_alias(run: Any) -> None:
    result = run("quotes", "--speaker", "Kim Yong-chol")
    assert result.exit_code == 0
    assert result.stdout == (
        "2019-09/2019-12\tKim Yong Chol\theedless and erratic\t"
        "2019-09-nk-officials-call-trump-dotard-heedless-and-erratic\n"
        "2019-12-09\tKim Yong Chol\theedless and erratic old man.\t"
        "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts\n"
    )


def test_quotes_query_is_fuzzy(run: Any) -> None:
    lines = run("quotes", "extremly disapointed").stdout.splitlines()
    assert lines == [
        "2019-12-29\tRobert O’Brien\textremely disappointed\t2019-12-29-obrien-extremely-disappointed"
    ]


def test_quotes_all_and_by_country(run: Any) -> None:
    all_quotes = run("quotes").stdout.splitlines()
    assert len(all_quotes) == 44
    north_korea = run("quotes", "-S", "DPRK").stdout.splitlines()
    assert all(line.split("\t")[1] == "North Korea" for line in north_korea)
    assert len(north_korea) == 11


def test_quotes_unknown_and_ambiguous_speakers(run: Any) -> None:
    unknown = run("quotes", "--speaker", "Trumpet")
    assert unknown.exit_code == 2
    assert (
        unknown.stderr
        == "ktimeline: error: unknown actor 'Trumpet' (did you mean 'Donald Trump'?)\n"
    )
    nothing_near = run("quotes", "--speaker", "Nobody")
    assert nothing_near.stderr == (
        "ktimeline: error: unknown actor 'Nobody' (run 'ktimeline actors' to list them)\n"
    )
    ambiguous = run("quotes", "--speaker", "Kim")
    assert ambiguous.exit_code == 2
    assert (
        "actor 'Kim' is ambiguous (could be: Kim Jong Un, Kim Yong Chol, Kim Song)"
        in ambiguous.stderr
    )


# --- actors and tags ------------------------------------------------------------------------


def test_actors_lists_counts(run: Any) -> None:
    rows = [line.split("\t") for line in run("actors").stdout.splitlines()]
    by_name = {row[0]: row for row in rows}
    assert by_name["Kim Yong Chol"][4:6] == ["3", "2"]  # 3 events, 2 statements
    assert by_name["North Korea"][1] == "state"
    assert rows[0][0] == "North Korea"  # most events first


def test_actors_name_resolves_any_alias(run: Any) -> None:
    result = run("actors", "Blue House", "-f", "json")
    (actor,) = json.loads(result.stdout)
    assert actor["name"] == "South Korea"
    kims = [a["name"] for a in json.loads(run("actors", "Kim", "-f", "json").stdout)]
    assert kims == ["Kim Jong Un", "Kim Yong Chol", "Kim Song"]
    assert run("actors", "Nobody Atall").exit_code == 2


def test_tags_with_counts(run: Any, chronology: Any) -> None:
    rows = [line.split("\t") for line in run("tags").stdout.splitlines()]
    statement_events = sum("statement" in e.tags for e in chronology.events)
    assert rows[0][:2] == ["statement", str(statement_events)]  # the most frequent first
    assert ["gsomia", "6"] in [row[:2] for row in rows]
    assert len(rows) == len(chronology.vocabulary.tags)


# --- shared filters -------------------------------------------------------------------------


def test_filter_from_to(run: Any) -> None:
    found = ids(run("search", "Esper", "--from", "2019-12", "--to", "Dec 31 2019").stdout)
    assert found == [
        "2019-12-16-esper-expects-test-if-nk-not-satisfied",
        "2019-12-20-esper-milley-high-readiness",
        "2019-12-esper-milley-remind-nk-of-high-state-of-readiness",
    ]


def test_filter_actor_repeatable_means_all(run: Any) -> None:
    both = ids(run("range", "2019", "--actor", "Trump", "--actor", "Kim Yong Chol").stdout)
    assert both == [
        "2019-09-nk-officials-call-trump-dotard-heedless-and-erratic",
        "2019-10-28-kim-yong-chol-warns-of-exchange-of-fire",
        "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts",
    ]


def test_filter_tag_by_synonym_and_place_by_alias(run: Any) -> None:
    assert len(ids(run("range", "2019", "--tag", "GSOMIA").stdout)) == 6
    assert ids(run("range", "2019", "--place", "Mt. Paektu").stdout) == [
        "2019-10-16-kim-rides-white-horse-on-paektu",
        "2019-10-kim-appears-alone-on-paektu",
        "2019-12-04-kim-rides-white-horse-with-cadre",
        "2019-12-kim-appears-on-paektu-with-cadre",
    ]


def test_filter_unknown_names_suggest(run: Any) -> None:
    result = run("range", "2019", "--tag", "gsomiaaa")
    assert (result.exit_code, result.stderr) == (
        2,
        "ktimeline: error: unknown tag 'gsomiaaa' (did you mean 'gsomia'?)\n",
    )
    nowhere = run("range", "2019", "--place", "Nowhere")
    assert (nowhere.exit_code, nowhere.stdout) == (2, "")
    assert nowhere.stderr == (
        "ktimeline: error: unknown place 'Nowhere' (run 'ktimeline stats --by place' to list "
        "them)\n"
    )


@pytest.mark.parametrize(
    ("flag", "typed", "canonical", "how"),
    [
        ("--actor", "Beigun", "Stephen Biegun", "as a likely typo"),
        ("--actor", "beigun", "Stephen Biegun", "as a likely typo"),
        ("--tag", "gsomai", "gsomia", "as a likely typo"),
        ("--place", "Sohea", "Sohae Launch Facility", "as a likely typo"),
        ("--tag", "denuc", "denuclearization", "as a prefix"),
    ],
)
def test_filter_values_forgive_what_search_forgives(
    run: Any, flag: str, typed: str, canonical: str, how: str
) -> None:
    forgiven = run("range", flag, typed)  # every date: no note of events that may fall in it
    exact = run("range", flag, canonical)
    assert forgiven.exit_code == 0 and forgiven.stdout == exact.stdout != ""
    assert forgiven.stderr == f"ktimeline: note: {flag} {typed!r} read as {canonical} ({how})\n"
    assert exact.stderr == ""


def test_filter_names_are_case_insensitive_without_a_note(run: Any) -> None:
    lower = run("range", "2019", "--actor", "stephen biegun", "--tag", "TALKS")
    assert lower.exit_code == 0 and lower.stderr == ""
    assert lower.stdout == run("range", "2019", "-a", "Stephen Biegun", "-t", "talks").stdout


@pytest.mark.parametrize(
    ("flag", "typed", "candidates"),
    [
        ("--tag", "deter", None),  # one tag begins so: read as it (see above)
        ("--tag", "de", "denuclearization, deterrence, deadline"),
        ("--tag", "test", "missile-test, weapons-test"),
        ("--actor", "Kim", "Kim Jong Un, Kim Yong Chol, Kim Song"),
    ],
)
def test_ambiguous_names_and_prefixes_list_the_candidates(
    run: Any, flag: str, typed: str, candidates: str | None
) -> None:
    result = run("range", "2019", flag, typed)
    if candidates is None:
        assert result.exit_code == 0
        return
    assert (result.exit_code, result.stdout) == (2, "")
    kind = flag.removeprefix("--")
    start = f"ktimeline: error: {kind} {typed!r} is ambiguous (could be: "
    assert result.stderr.startswith(start) and result.stderr.endswith(")\n")
    listed = result.stderr[len(start) : -2].split(", ")
    assert set(candidates.split(", ")) <= set(listed)  # also tags whose synonyms begin so


def test_comma_separated_values_are_alternatives_and_repeats_all(run: Any) -> None:
    missiles = set(ids(run("range", "2019", "-t", "missile-test").stdout))
    weapons = set(ids(run("range", "2019", "-t", "weapons-test").stdout))
    either = ids(run("range", "2019", "-t", "missile-test,weapons-test").stdout)
    both = ids(run("range", "2019", "-t", "missile-test", "-t", "weapons-test").stdout)
    assert missiles and weapons and missiles != weapons
    assert set(either) == missiles | weapons and len(either) == len(set(either))
    assert set(both) == missiles & weapons
    # the same convention for actors and places, with aliases and spaces after commas
    trump_or_moon = set(ids(run("range", "2019", "-a", "Trump, Moon Jae-in").stdout))
    trump = set(ids(run("range", "2019", "-a", "Donald Trump").stdout))
    moon = set(ids(run("range", "2019", "-a", "Moon Jae-in").stdout))
    assert trump_or_moon == trump | moon and trump - moon and moon - trump
    places = set(ids(run("range", "2019", "-p", "Seoul,Pyongyang").stdout))
    seoul = set(ids(run("range", "2019", "-p", "Seoul").stdout))
    pyongyang = set(ids(run("range", "2019", "-p", "Pyongyang").stdout))
    assert places == seoul | pyongyang and seoul and pyongyang


def test_an_unknown_alternative_is_an_error_not_ignored(run: Any) -> None:
    result = run("range", "2019", "-t", "missile-test,zzz")
    assert result.exit_code == 2
    assert (
        result.stderr == "ktimeline: error: unknown tag 'zzz' (run 'ktimeline tags' to list them)\n"
    )
    empty = run("range", "2019", "-t", " , ")
    assert (empty.exit_code, empty.stderr) == (2, "ktimeline: error: --tag is empty\n")


@pytest.mark.parametrize(
    ("args", "flag"),
    [(["quotes", "--speaker", ""], "--speaker"), (["quotes", "--speaker", " "], "--speaker"),
     (["range", "2019", "-a", ""], "--actor"), (["range", "2019", "--data", ""], "--data"),
     (["range", "2019", "--actors", ""], "--actors")],
)  # fmt: skip
def test_an_empty_name_or_path_says_it_is_empty(run: Any, args: list[str], flag: str) -> None:
    """Not "unknown actor ''" nor "cannot write .: it is a directory" (a hostile review)."""
    result = run(*args)
    assert (result.exit_code, result.stderr) == (2, f"ktimeline: error: {flag} is empty\n")


def test_actors_name_forgives_typos_and_lists_ambiguous_names(run: Any) -> None:
    typo = run("actors", "Beigun")
    assert typo.exit_code == 0
    assert typo.stdout.split("\t")[0] == "Stephen Biegun"
    assert typo.stderr == "ktimeline: note: 'Beigun' read as Stephen Biegun (as a likely typo)\n"
    kims = [line.split("\t")[0] for line in run("actors", "kim").stdout.splitlines()]
    assert kims == ["Kim Jong Un", "Kim Yong Chol", "Kim Song"]
    unknown = run("actors", "Zorro")
    assert unknown.exit_code == 2 and unknown.stdout == ""


def test_filter_section(run: Any) -> None:
    narrative = ids(run("range", "2017", "2019", "--section", "narrative").stdout)
    assert len(narrative) == 48
    assert run("range", "2019", "--section", "appendix").exit_code == 2


def test_limit_and_reverse(run: Any) -> None:
    newest = ids(run("range", "2019-12-02", "2019-12-31", "--reverse", "-n", "2").stdout)
    assert newest == [
        "2019-12-31-kim-ends-testing-moratorium",
        "2019-12-30-microsoft-seizes-thallium-domains",
    ]


def test_limit_zero_is_refused_rather_than_listing_nothing(run: Any) -> None:
    result = run("range", "2019-12", "--limit", "0")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--limit must be 1 or more, not 0" in result.stderr


def test_negative_limit_is_a_usage_error(run: Any) -> None:
    result = run("range", "2019-12", "--limit", "-1")
    assert result.exit_code == 2
    assert "--limit must be 1 or more" in result.stderr


# --- data choice ----------------------------------------------------------------------------


def test_data_file_replaces_the_bundled_data(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mine.jsonl", [event()])
    result = run("search", "Esper", "--data", str(path))
    assert ids(result.stdout) == ["2019-11-05-test-event"]


def test_data_from_stdin(run: Any) -> None:
    result = run("range", "2019", "--data", "-", input=json.dumps(event()) + "\n")
    assert ids(result.stdout) == ["2019-11-05-test-event"]


def test_data_from_environment_and_bundled(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mine.jsonl", [event()])
    alone = run("range", "2019-11-05", env={"KTIMELINE_DATA": str(path)})
    assert ids(alone.stdout) == ["2019-11-05-test-event"]
    merged = run("range", "2019-11", "--bundled", env={"KTIMELINE_DATA": str(path)})
    assert "2019-11-05-test-event" in ids(merged.stdout)
    assert len(ids(merged.stdout)) > 1


def test_bad_data_is_reported_like_validate(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", "utf-8")
    result = run("range", "2019", "--data", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ktimeline: error: {path}:1: invalid JSON")
