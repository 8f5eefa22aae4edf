"""The bundled chronology is complete, faithful to its source and consistently annotated.

The source article is read through the package (``ktimeline/data/sources``), never from
../shared, and parsed here with an independent, deliberately simple reading of its lines.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from ktimeline.loader import Chronology, bundled_path
from ktimeline.model import DatePrecision
from ktimeline.schema import ID_PATTERN, event_to_record

SOURCE = "sources/noerper-2020-us-korea-gaps-widen.txt"
MONTHS = {"Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
ENTRY = re.compile(r"^(Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}), 2019: (.+)$")
QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"")


def clean(text: str) -> str:
    """The documented reductions: link markup to its words, no italics markers, no \\$."""
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)
    text = re.sub(r"\*([^*]+)\*", r"\1", text)
    return text.replace("\\$", "$")


@pytest.fixture(scope="module")
def article() -> str:
    return bundled_path(SOURCE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def source_entries(article: str) -> list[tuple[str, str]]:
    entries = []
    for line in article.splitlines():
        match = ENTRY.match(line)
        if match:
            month, day, text = match.groups()
            entries.append((f"2019-{MONTHS[month]:02d}-{int(day):02d}", clean(text)))
    return entries


def test_source_copy_has_67_entries(source_entries: list[tuple[str, str]]) -> None:
    assert len(source_entries) == 67


def test_every_chronology_entry_verbatim_in_source_order(
    chronology: Chronology, source_entries: list[tuple[str, str]]
) -> None:
    ours = [(e.date, e.text) for e in chronology.events if e.section == "chronology"]
    assert len(ours) == 67
    assert ours == source_entries  # same dates, same texts, same order (within a day too)


def test_narrative_events_are_sentences_of_the_article(
    chronology: Chronology, article: str
) -> None:
    flat = " ".join(clean(article).split())
    narrative = [e for e in chronology.events if e.section == "narrative"]
    assert len(narrative) >= 15
    for event in narrative:
        assert event.text in flat, event.id
        assert event.text.endswith("."), event.id  # whole sentences, not fragments


@pytest.mark.parametrize(
    ("event_id", "date", "end_date"),
    [
        ("2019-02-10-sma-signed", "2019-02-10", None),
        ("2019-02-hanoi-summit-fails", "2019-02", None),
        ("2017-11-nk-last-long-range-missile-test", "2017-11", None),
        ("2019-10-03-pukguksong-3-launch", "2019-10-03", None),
        ("2019-11-22-seoul-postpones-gsomia-cancellation", "2019-11-22", "2019-11-23"),
        ("2019-12-kim-plenum-strategic-shift", "2019-12", None),
        ("2019-kinu-poll-opposes-paying-more", "2019", None),
        ("2019-11-esper-travels-to-seoul", "2019-11", None),
        ("2019-12-nk-rejects-biegun-overture", "2019-12", None),
        ("2019-05-nk-tests-27-short-range-missiles", "2019-05", "2019-12"),
    ],
)
def test_narrative_events_dated_as_precisely_as_the_article(
    chronology: Chronology, event_id: str, date: str, end_date: str | None
) -> None:
    event = chronology.by_id[event_id]
    assert event.section == "narrative"
    assert (event.date, event.end_date) == (date, end_date)


def test_file_is_in_date_order_and_round_trips_byte_for_byte() -> None:
    lines = bundled_path("chronology.jsonl").read_text(encoding="utf-8").splitlines()
    from ktimeline.schema import event_from_record

    events = [event_from_record(json.loads(line)) for line in lines]
    starts = [e.start for e in events]
    assert starts == sorted(starts)
    for line, event in zip(lines, events, strict=False):
        assert json.dumps(event_to_record(event), ensure_ascii=False) == line


def test_ids_are_unique_lowercase_slugs_that_start_with_the_date(chronology: Chronology) -> None:
    ids = [e.id for e in chronology.events]
    assert len(set(ids)) == len(ids)
    for event in chronology.events:
        assert ID_PATTERN.fullmatch(event.id)
        assert event.id.startswith(event.date + "-")


def test_every_actor_speaker_place_and_tag_is_in_the_tables(chronology: Chronology) -> None:
    vocabulary = chronology.vocabulary
    for event in chronology.events:
        assert event.actors, event.id
        assert event.tags, event.id
        for name in event.actors:
            assert name in vocabulary.actors, (event.id, name)
        for statement in event.statements:
            assert statement.speaker in vocabulary.actors, (event.id, statement.speaker)
            assert statement.about is None or statement.about in vocabulary.actors
            assert statement.speaker in event.actors, (event.id, statement.speaker)
        for place in event.places:
            assert place in vocabulary.places, (event.id, place)
        for tag in event.tags:
            assert tag in vocabulary.tags, (event.id, tag)
        for related in event.related:
            assert related in chronology.by_id, (event.id, related)


def test_every_quotation_is_a_statement_verbatim(chronology: Chronology) -> None:
    for event in chronology.events:
        quoted = [a or b for a, b in QUOTED.findall(event.text)]
        stated = list(dict.fromkeys(s.quote for s in event.statements))
        assert stated == quoted, event.id


@pytest.mark.parametrize(
    ("speaker", "quote"),
    [
        ("Kim Yong Chol", "heedless and erratic old man."),
        ("Choe Son Hui", "relapse of the dotage of a dotard"),
        ("Donald Trump", "Rocket Man."),
        ("Donald Trump", "too smart and has far too much to lose."),
        ("James DeHart", "not responsive to our request for fair and equitable burden-sharing."),
        ("Ri Thae Song", "entirely up to the US what Christmas gift it will select to get."),
        ("Robert O’Brien", "extremely disappointed"),
        ("John Bolton", "never give up their nuclear weapons. Period."),
        ("Kelly Craft", "simultaneously take concrete steps"),
        ("Kim Jong Un", "new strategic weapon"),
        ("Mark Milley", "high levels of readiness."),
        ("Mark Esper", "high levels of readiness."),
        ("North Korea", "very important test"),
        ("Korean Central News Agency", "super-large"),
    ],
)
def test_quotes_are_attributed_to_the_right_speaker(
    chronology: Chronology, speaker: str, quote: str
) -> None:
    said = {(s.speaker, s.quote) for e in chronology.events for s in e.statements}
    assert (speaker, quote) in said


def test_no_quote_is_attributed_twice_to_different_speakers_except_joint_ones(
    chronology: Chronology,
) -> None:
    for event in chronology.events:
        speakers_by_quote = Counter(s.quote for s in event.statements)
        joint = {q for q, n in speakers_by_quote.items() if n > 1}
        assert joint <= {"high levels of readiness."}, event.id


def test_a_bare_kim_is_kim_jong_un(chronology: Chronology) -> None:
    bare_kim = re.compile(r"\bKim\b(?! (Yong Chol|Song|Jong Un|Il Sung|Jong Il))")
    checked = 0
    for event in chronology.events:
        if event.section == "chronology" and bare_kim.search(event.text):
            assert "Kim Jong Un" in event.actors, event.id
            checked += 1
    assert checked >= 10


def test_names_the_text_uses_resolve_to_actors_on_the_event(chronology: Chronology) -> None:
    index = chronology.actor_index
    for event in chronology.events:
        for word in ("Esper", "Biegun", "Bolton", "Pompeo", "Trump", "Moon", "KCNA", "Craft"):
            if re.search(rf"\b{word}\b", event.text):
                (actor,) = index.lookup(word)
                assert event.involves(actor), (event.id, word)


def test_precision_is_the_written_form(chronology: Chronology) -> None:
    seen = {e.precision for e in chronology.events}
    assert seen == {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR}
    for event in chronology.events:
        assert len(event.date) == {1: 4, 2: 7, 3: 10}[event.precision]


def test_sources_cite_the_article(chronology: Chronology) -> None:
    for event in chronology.events:
        assert event.source is not None
        assert event.source.author == "Stephen Noerper"
        assert event.source.title == "US-Korea Relations: Gaps Widen, Tensions Rise"
        assert (event.source.volume, event.source.issue, event.source.pages) == (21, 3, "41-48")
