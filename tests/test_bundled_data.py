"""The bundled chronology is complete, faithful to its source and consistently annotated.

The source article is read through the package (``ktimeline/data/sources``), never from
../shared, and parsed here with an independent, deliberately simple reading of its lines:
the chronology's entries, and the narrative's paragraphs cut into sentences. What the data
leaves out on purpose is listed, each with its reason, in the reading notes beside the
article (``sources/…reading.json``, also tabled in docs/schema.md).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.loader import Chronology, bundled_path
from ktimeline.model import DatePrecision, event_to_record
from ktimeline.schema import ID_PATTERN

from .conftest import events_by_id

if TYPE_CHECKING:
    from ktimeline.model import Event

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "sources/noerper-2020-us-korea-gaps-widen.txt"
READING = "sources/noerper-2020-us-korea-gaps-widen.reading.json"
MONTHS = {"Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
ENTRY = re.compile(r"^(Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2}), 2019: (.+)$")
QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"")
# Words by which the narrative dates something: months, years, and the periods it names.
DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Sept|Oct|Nov|Dec)\.|(?:19|20)\d\d|yearend|year[’']s (?:end|close)"
    r"|Christmas|this (?:reporting )?period|[Pp]ost-Hanoi)"
)
SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s+[A-Z“\"(])")
NOT_AN_END = re.compile(r"(?:^|\s)(?:[A-Z]|Jan|Feb|Sept|Oct|Nov|Dec|Mt|No|Vol)\.$")
FINAL = re.compile(r"[.!?][\"”]?$")


def clean(text: str) -> str:
    """The documented reductions: link markup to its words, no italics markers, no \\$."""
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)
    text = re.sub(r"\*([^*]+)\*", r"\1", text)
    return text.replace("\\$", "$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the narrative (or a chronology entry) with the lines it comes from."""

    line: int  # the article line it starts on
    heading: str | None
    text: str
    quotes: tuple[tuple[int, str], ...]  # (line, quotation without its marks)


def _sentences(pieces: list[tuple[int, str]], heading: str | None) -> list[Sentence]:
    """Cut a paragraph, given as (line number, cleaned text) pieces, into sentences."""
    text, starts = "", []
    for line, piece in pieces:
        text += " " if text else ""
        starts.append((len(text), line))
        text += piece

    def line_at(offset: int) -> int:
        return [line for start, line in starts if start <= offset][-1]

    cuts, begin = [], 0
    for match in SENTENCE_END.finditer(text):
        if not NOT_AN_END.search(text[: match.start() + 1]):
            cuts.append((begin, match.end()))
            begin = match.end() + 1
    cuts.append((begin, len(text)))
    sentences = []
    for begin, end in cuts:
        body = text[begin:end].strip()
        if body.startswith("Photo:"):  # a figure's credit, not a sentence
            continue
        quotes = tuple(
            (line_at(begin + m.start()), m.group(1) or m.group(2))
            for m in QUOTED.finditer(text, begin, end)
        )
        sentences.append(Sentence(line_at(begin), heading, body, quotes))
    return sentences


def read_narrative(article: str) -> list[Sentence]:
    """The narrative's sentences: from after the byline to the chronology's title, without
    the citation paragraph; headings are tracked, figure captions are sentences too."""
    lines = article.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("STEPHEN NOERPER")) + 1
    last = lines.index("CHRONOLOGY OF US-KOREA RELATIONS")
    blocks: list[list[tuple[int, str]]] = []
    for number in range(first, last):
        text = " ".join(clean(lines[number]).split())
        if not text:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append((number + 1, text))
    paragraphs: list[tuple[str | None, list[tuple[int, str]]]] = []
    heading: str | None = None
    for block in filter(None, blocks):
        joined = " ".join(text for _, text in block)
        if joined.startswith("This article is extracted from"):
            continue
        if joined.startswith("Figure "):  # a caption: no "Figure N", no photo credit
            block = [(block[0][0], re.sub(r"^Figure \d+ ", "", block[0][1])), *block[1:]]
            paragraphs.append((heading, block))
            paragraphs.append((heading, []))  # a caption ends where it ends
            continue
        ended = not paragraphs or not paragraphs[-1][1] or FINAL.search(paragraphs[-1][1][-1][1])
        if ended and len(joined.split()) <= 5 and not FINAL.search(joined):
            heading = joined
            continue
        if not ended:  # a paragraph broken by a page or a figure goes on
            paragraphs[-1][1].extend(block)
        else:
            paragraphs.append((heading, block))
    return [s for heading, block in paragraphs if block for s in _sentences(block, heading)]


@pytest.fixture(scope="module")
def article() -> str:
    return bundled_path(SOURCE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reading() -> dict[str, Any]:
    notes: dict[str, Any] = json.loads(bundled_path(READING).read_text(encoding="utf-8"))
    return notes


@pytest.fixture(scope="module")
def narrative(article: str) -> list[Sentence]:
    return read_narrative(article)


@pytest.fixture(scope="module")
def chronology_entries(article: str) -> list[Sentence]:
    entries = []
    for number, line in enumerate(article.splitlines(), start=1):
        if ENTRY.match(line):
            text = clean(ENTRY.match(line).group(3))  # type: ignore[union-attr]
            quotes = tuple((number, a or b) for a, b in QUOTED.findall(text))
            entries.append(Sentence(number, None, text, quotes))
    return entries


@pytest.fixture(scope="module")
def source_entries(article: str) -> list[tuple[str, str]]:
    entries = []
    for line in article.splitlines():
        match = ENTRY.match(line)
        if match:
            month, day, text = match.groups()
            entries.append((f"2019-{MONTHS[month]:02d}-{int(day):02d}", clean(text)))
    return entries


def test_the_narrative_is_read_into_whole_sentences(narrative: list[Sentence]) -> None:
    """The reading itself: page breaks joined, headings apart, captions without credits."""
    by_text = {s.text: s for s in narrative}
    assert len(narrative) >= 90
    assert all(FINAL.search(s.text) and s.text[0].isupper() for s in narrative)
    assert "Mark Esper meets Jeong Kyeong-doo in Seoul on Nov. 15, 2019." in by_text
    joined = by_text[next(t for t in by_text if t.startswith("Trump was bruising"))]
    assert (joined.line, joined.quotes) == (28, ((30, "freeloaders,"),))
    assert by_text[next(t for t in by_text if t.startswith("Secretary Esper"))].heading == (
        "Joint Exercises"
    )
    assert not any(s.text.startswith(("Host Nation Support", "Photo", "Figure")) for s in narrative)


def test_source_copy_has_67_entries(source_entries: list[tuple[str, str]]) -> None:
    assert len(source_entries) == 67


def test_every_chronology_entry_verbatim_in_source_order(
    chronology: Chronology, source_entries: list[tuple[str, str]]
) -> None:
    ours = [(e.date, e.text) for e in chronology.events if e.section == "chronology"]
    assert len(ours) == 67
    assert ours == source_entries  # same dates, same texts, same order (within a day too)


def test_narrative_events_are_sentences_of_the_article(
    chronology: Chronology, narrative: list[Sentence]
) -> None:
    sentences = {s.text: s for s in narrative}
    events = [e for e in chronology.events if e.section == "narrative"]
    assert len(events) >= 40
    for event in events:
        assert event.text in sentences, event.id  # one whole sentence, verbatim
        assert event.source is not None
        assert event.source.heading == sentences[event.text].heading, event.id


def test_reading_notes_are_well_formed(reading: dict[str, Any]) -> None:
    assert set(reading) == {"about", "not_statements", "left_out", "actor_name_exceptions"}
    for key in ("not_statements", "left_out", "actor_name_exceptions"):
        assert reading[key], key
        for entry in reading[key]:
            assert entry["reason"].strip(), entry


def test_every_dated_sentence_is_an_event_or_left_out_with_a_reason(
    chronology: Chronology, narrative: list[Sentence], reading: dict[str, Any]
) -> None:
    """The selection rule of docs/schema.md, checked on every sentence that names a date."""
    texts = {e.text for e in chronology.events if e.section == "narrative"}
    left_out = {(entry["line"], entry["sentence"]) for entry in reading["left_out"]}
    by_text = {s.text: s for s in narrative}
    for line, sentence in left_out:  # each listed sentence is one, and is really left out
        assert sentence in by_text, sentence
        assert by_text[sentence].line == line, sentence
        assert sentence not in texts, sentence
    dated = [s for s in narrative if DATE_WORDS.search(s.text)]
    assert len(dated) >= 40
    for sentence in dated:
        assert (sentence.text in texts) != ((sentence.line, sentence.text) in left_out), (
            sentence.line,
            sentence.text,
        )


def test_every_quotation_is_a_statement_or_listed_as_not_one(
    article: str,
    chronology: Chronology,
    narrative: list[Sentence],
    chronology_entries: list[Sentence],
    reading: dict[str, Any],
) -> None:
    """Each quotation of the article, narrative and chronology, is said by someone on every
    event whose text holds it, or is listed (with its reason) as not something said."""
    listed = {(entry["line"], entry["quote"]) for entry in reading["not_statements"]}
    quotations = {  # every quotation of the article, read line by line
        (number, a or b)
        for number, line in enumerate(article.splitlines(), start=1)
        for a, b in QUOTED.findall(clean(line))
    }
    assert len(quotations) == 50
    assert listed <= quotations  # nothing listed that the article does not quote
    events_by_text: dict[str, list[Event]] = {}
    for event in chronology.events:
        events_by_text.setdefault(event.text, []).append(event)
    holders = {q: s.text for s in [*narrative, *chronology_entries] for q in s.quotes}
    for quotation in sorted(quotations):
        events = events_by_text.get(holders.get(quotation, ""), [])
        if quotation not in listed:  # something said: some event holds it
            assert events, quotation
        for event in events:  # every event of its sentence states it, or none may
            said = {s.quote for s in event.statements}
            assert (quotation[1] in said) != (quotation in listed), (event.id, quotation)
    for event in chronology.events:  # and nothing is stated that the text does not quote
        quoted = [a or b for a, b in QUOTED.findall(event.text)]
        stated = list(dict.fromkeys(s.quote for s in event.statements))
        assert stated == [q for q in quoted if q in stated], event.id
    for entry in reading["not_statements"]:
        assert entry.get("speaker") is None or entry["speaker"] in chronology.vocabulary.actors


def test_non_statements_are_listed_in_the_data_documentation(reading: dict[str, Any]) -> None:
    schema = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    section = schema.split("### Quotations that are not statements", 1)[1].split("\n#", 1)[0]
    rows = [
        [cell.strip() for cell in row.strip().strip("|").split("|")]
        for row in section.splitlines()
        if re.match(r"\| \d+ \|", row)
    ]
    documented = [(int(line), quote.strip("“”"), reason) for line, quote, reason in rows]
    listed = [(e["line"], e["quote"], e["reason"]) for e in reading["not_statements"]]
    assert documented == listed
    for entry in reading["actor_name_exceptions"]:
        assert f'`{entry["event"]}`: "{entry["name"]}" — {entry["reason"]}.' in schema


@pytest.mark.parametrize(
    ("event_id", "date", "end_date"),
    [
        ("2019-02-10-sma-signed", "2019-02-10", None),
        ("2019-02-hanoi-summit-fails", "2019-02", None),
        ("2017-11-nk-last-long-range-missile-test", "2017-11", None),
        ("2019-10-03-pukguksong-3-launch", "2019-10-03", None),
        ("2019-11-22-seoul-postpones-gsomia-cancellation", "2019-11-22", None),  # last hour
        ("2019-11-15-esper-meets-jeong-kyeong-doo", "2019-11-15", None),  # a photo caption
        ("2019-white-house-requests-5-billion-host-nation-support", "2019", None),
        ("2019-nk-steps-up-launches-after-trump-kim-dmz-meeting", "2019", None),
        ("2019-12-24-trump-warns-us-would-deal-with-it", "2019-12-24", None),  # Christmas Eve
        ("2019-12-esper-milley-remind-nk-of-high-state-of-readiness", "2019-12", None),
        ("2019-09-joint-exercises-canceled-and-postponed", "2019-09", "2019-12"),  # this period
        ("2019-10-05-nk-delivers-blunt-communique-in-stockholm", "2019-10-05", None),
        ("2018-trump-moon-kim-diplomatic-successes", "2018", "2019"),
        ("2019-12-kim-plenum-strategic-shift", "2019-12", None),
        ("2019-kinu-poll-opposes-paying-more", "2019", None),
        ("2019-11-esper-travels-to-seoul", "2019-11", None),
        ("2019-12-nk-rejects-biegun-overture", "2019-12", None),
        ("2019-05-nk-tests-27-short-range-missiles", "2019-05", "2019-12"),
        ("2019-12-kim-plenum-returns-to-byeongjin", "2019-12", None),  # the plenum's "it"
        ("2019-nk-keeps-post-hanoi-course-avoiding-us-and-seoul", "2019", None),  # post-Hanoi
        ("2019-02-trump-calls-moon-from-air-force-one", "2019-02", None),  # leaving Hanoi
    ],
)
def test_narrative_events_dated_as_precisely_as_the_article(
    chronology: Chronology, event_id: str, date: str, end_date: str | None
) -> None:
    event = events_by_id(chronology)[event_id]
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
            assert related in events_by_id(chronology), (event.id, related)


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
        ("Mark Esper", "high state"),
        ("Mark Milley", "high state"),
        ("Kim Jong Un", "dignity."),
        ("North Korea", "new path."),
        ("Choe Son Hui", "dotard"),
        ("Kim Yong Chol", "heedless and erratic"),
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
        assert joint <= {"high levels of readiness.", "high state"}, event.id


def test_a_bare_kim_is_kim_jong_un(chronology: Chronology) -> None:
    bare_kim = re.compile(r"\bKim\b(?! (Yong Chol|Song|Jong Un|Il Sung|Jong Il))")
    checked = 0
    for event in chronology.events:
        if bare_kim.search(event.text):
            assert "Kim Jong Un" in event.actors, event.id
            checked += 1
    assert checked >= 10


def _names_in(text: str, chronology: Chronology) -> list[tuple[str, str]]:
    """(name as written, canonical actor) for every actor name or alias the text uses,
    longest first, matched case-sensitively as whole words ("US" but not "us")."""
    names = {
        name: actor.name
        for actor in chronology.vocabulary.actors.values()
        for name in (actor.name, *actor.aliases)
    }
    pattern = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return [
        (m.group(), names[m.group()]) for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text)
    ]


def test_every_actor_the_text_names_is_among_its_actors(
    chronology: Chronology, reading: dict[str, Any]
) -> None:
    """Through the alias table ("Seoul", "the US", "young leader"), with listed exceptions."""
    exceptions = {(e["event"], e["name"]) for e in reading["actor_name_exceptions"]}
    named = {
        (e.id, name): actor
        for e in chronology.events
        for name, actor in _names_in(e.text, chronology)
    }
    assert len(named) >= 250
    for (event_id, name), actor in named.items():
        event = events_by_id(chronology)[event_id]
        if (event_id, name) in exceptions:  # listed: named, and rightly not an actor
            assert actor not in event.actors, (event_id, name)
        else:
            assert actor in event.actors, (event_id, name, actor)
    assert exceptions <= set(named)  # no exception for a name the text does not use


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


# --- a strict editor's reading (issue 25, item 25) -----------------------------------------


@pytest.mark.parametrize(
    ("event_id", "earlier_id"),
    [
        # one sentence, two happenings at two dates: one event for each
        ("2019-12-kim-plenum-returns-to-byeongjin", "2018-04-kim-launches-economy-first-policy"),
        ("2019-nk-keeps-post-hanoi-course-avoiding-us-and-seoul",
         "2018-south-korea-brokers-opening-moon-visits-new-york"),
    ],
)  # fmt: skip
def test_a_sentence_of_two_dates_is_an_event_at_each(
    chronology: Chronology, event_id: str, earlier_id: str
) -> None:
    event, earlier = events_by_id(chronology)[event_id], events_by_id(chronology)[earlier_id]
    assert event.text == earlier.text
    assert event.start > earlier.end
    assert event.source is not None and earlier.source is not None
    assert event.source.heading == earlier.source.heading


def test_the_call_from_air_force_one_is_an_event_of_february_2019(
    chronology: Chronology, reading: dict[str, Any]
) -> None:
    event = events_by_id(chronology)["2019-02-trump-calls-moon-from-air-force-one"]
    assert "despite his call after from Air Force One to Moon" in event.text
    assert {"Donald Trump", "Moon Jae-in"} <= set(event.actors)
    assert not any("Air Force One" in entry["sentence"] for entry in reading["left_out"])


def test_a_role_held_only_before_the_events_is_former(chronology: Chronology) -> None:
    bolton = chronology.vocabulary.actors["John Bolton"]
    assert bolton.role is not None and bolton.role.startswith("former National Security Adviser")
    fired = events_by_id(chronology)["2019-09-20-nk-praises-bolton-firing"]
    his = [e for e in chronology.events if "John Bolton" in e.actors]
    assert his and all(e.start >= fired.start for e in his)  # every event of his is after it


def test_the_court_battle_over_the_cargo_ship_is_law_enforcement(chronology: Chronology) -> None:
    event = events_by_id(chronology)["2019-10-21-nk-asks-for-new-solutions-us-wins-ship-case"]
    assert "court battle" in event.text
    assert "law-enforcement" in event.tags
    assert event.tags[0] == "talks"  # the first sentence's topic stays the main one


@pytest.mark.parametrize(
    ("narrative_id", "entries"),
    [
        ("2019-11-nk-flurry-of-hostile-policy-statements",
         {"2019-12-03-ri-thae-song-christmas-gift-warning"}),  # a vice foreign minister, Dec. 3
        ("2019-05-nk-tests-27-short-range-missiles",
         {"2019-09-09-nk-fires-missiles", "2019-11-01-nk-tests-rocket-launcher-and-missiles",
          "2019-11-28-nk-fires-two-ballistic-missiles"}),
    ],
)  # fmt: skip
def test_narrative_events_name_the_entries_that_report_them(
    chronology: Chronology, narrative_id: str, entries: set[str]
) -> None:
    event = events_by_id(chronology)[narrative_id]
    assert entries <= set(event.related)
    for entry in entries:
        assert event.start <= events_by_id(chronology)[entry].start <= event.end


@pytest.mark.parametrize(
    ("event_id", "descriptor"),
    [
        ("2019-12-kim-declares-end-of-testing-moratorium", "self-reliance,"),
        ("2019-12-30-microsoft-seizes-thallium-domains", "command and control infrastructure"),
        ("2019-09-10-kcna-reports-super-large-rocket-launcher-test", "super-large"),
        ("2018-04-kim-launches-economy-first-policy", "economy-first"),
    ],
)
def test_descriptors_in_quotation_marks_are_not_statements(
    chronology: Chronology, reading: dict[str, Any], event_id: str, descriptor: str
) -> None:
    """docs/schema.md, "Descriptors in quotation marks": a quoted name of a thing is not
    something said, whether or not the sentence reports its owner speaking."""
    event = events_by_id(chronology)[event_id]
    assert f"“{descriptor}”" in event.text or f'"{descriptor}"' in event.text
    assert descriptor not in {s.quote for s in event.statements}
    assert descriptor in {entry["quote"] for entry in reading["not_statements"]}
