"""Unit tests of round enrich24 (issue 23, statements): a second quotation of the clause an
attributed one opens, the one a reporter cites at the end of a quotation's sentence, "The
statement also said" going on with the one who said in a statement, "X issued a statement." and
"“…,” the statement said" next, the one person an entry says spoke as the next "He said", "she"
as the one woman named by surname or title just before, a quotation left open at an entry's end
going on in the next entry, "whom he called", "while critics called it", and the marks of
European copy („…“, „…”, »…«). All on invented entries of other subjects (a company, a war, a
court case, sport); the guards (another voice, two candidates, no document) leave words
unattributed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.quotations import find_quotations
from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


_enrich = partial(enrich_in_order, date="2022-04-12")


def _speakers_of(vocabulary: Vocabulary, *entries: str) -> dict[str, str]:
    """The last entry's quotations and their speakers."""
    return {quote: speaker for speaker, quote in _said(_enrich(vocabulary, *entries))}


# --- a second quotation of the clause an attributed one opens ------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker", "second"),
    [
        (  # a war, a state named as an object between
            "Volodymyr Zelensky described the deal as “a turning point” that would settle his "
            "country's dispute with the United States “once and for all.”",
            "Volodymyr Zelensky",
            "once and for all.",
        ),
        (  # a company, after a court's ruling
            "Samsung described the ruling as “a setback” that would hurt its trade with the "
            "United States “for years to come.”",
            "Samsung",
            "for years to come.",
        ),
    ],
)
def test_a_second_quotation_of_the_clause_is_the_first_speakers(
    vocabulary: Vocabulary, entry: str, speaker: str, second: str
) -> None:
    assert _speakers_of(vocabulary, entry).get(second) == speaker


@pytest.mark.parametrize(
    ("entry", "second"),
    [
        # another voice between
        ("Joe Biden called the ruling “a travesty” while critics called it “overdue”.", "overdue"),
        # another person between
        (
            "Joe Biden called the ruling “a travesty” that Vladimir Putin had said was “fair”.",
            "fair",
        ),
    ],
)
def test_a_second_quotation_after_another_voice_is_not_the_first_speakers(
    vocabulary: Vocabulary, entry: str, second: str
) -> None:
    assert _speakers_of(vocabulary, entry).get(second) != "Joe Biden"


# --- the one a reporter cites at the end of the quotation's sentence -----------------------------


@pytest.mark.parametrize(
    ("entry", "speaker", "quote"),
    [
        (  # a company's news
            "Car output will fall by “at least a third” this year, Reuters reported on Monday, "
            "citing Olaf Scholz.",
            "Olaf Scholz",
            "at least a third",
        ),
        (  # a war, the date in brackets and an apposition after the one cited
            "Kyiv will face “a long siege” after the spring, TASS said on Tuesday (April 12), "
            "citing Sergei Lavrov, Russia's foreign minister.",
            "Sergei Lavrov",
            "a long siege",
        ),
        (  # "quoting" as well
            "The strike will go on “until the end of the season”, the BBC reported, quoting "
            "Emmanuel Macron.",
            "Emmanuel Macron",
            "until the end of the season",
        ),
    ],
)
def test_the_one_a_reporter_cites_at_the_sentences_end_said_it(
    vocabulary: Vocabulary, entry: str, speaker: str, quote: str
) -> None:
    assert _speakers_of(vocabulary, entry).get(quote) == speaker


@pytest.mark.parametrize(
    "entry",
    [
        # one cited whom the text does not name
        "Car output will fall by “at least a third” this year, Reuters reported, citing officials.",
        # a person named between the words and the reporter
        "Car output will fall by “at least a third” for Joe Biden, Reuters reported, citing "
        "Olaf Scholz.",
    ],
)
def test_a_citation_that_does_not_make_the_speaker_clear_gives_none(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _speakers_of(vocabulary, entry).get("at least a third") != "Olaf Scholz"


# --- "The statement also said": the one who said in a statement ----------------------------------


def test_the_statement_also_said_goes_on_in_the_same_entry(vocabulary: Vocabulary) -> None:
    entry = (
        "The International Olympic Committee said in a statement that it was “deeply "
        "concerned” by the doping results. The statement also said that the committee was "
        "“monitoring the situation” closely."
    )
    assert _speakers_of(vocabulary, entry).get("monitoring the situation") == (
        "International Olympic Committee"
    )


def test_the_statement_also_said_goes_on_in_the_next_entry(vocabulary: Vocabulary) -> None:
    entries = (
        "Samsung said in a statement that demand was “weaker than expected”.",
        "The statement also said that the firm would “cut investment” next year.",
    )
    assert _speakers_of(vocabulary, *entries).get("cut investment") == "Samsung"


@pytest.mark.parametrize(
    "entry",
    [
        # two who spoke before it
        "Samsung said in a statement that demand was “weak”, and the European Union said it was "
        "“strong”. "
        "The statement also said that prices would “fall”.",
        # no statement named before
        "Samsung said demand was “weak”. The statement also said that prices would “fall”.",
    ],
)
def test_the_statement_also_said_without_one_author_gives_none(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "fall" not in _speakers_of(vocabulary, entry)


# --- "X issued a statement." and "“…,” the statement said" next ----------------------------------


def test_a_statement_issued_is_the_issuers_next(vocabulary: Vocabulary) -> None:
    entries = (
        "The International Olympic Committee issued a statement on Monday.",
        "“The Games will go ahead as planned,” the statement said.",
    )
    assert _speakers_of(vocabulary, *entries) == {
        "The Games will go ahead as planned,": "International Olympic Committee"
    }


def test_a_statement_issued_by_one_of_two_is_nobodys(vocabulary: Vocabulary) -> None:
    entries = (
        "Samsung and the European Union issued a statement on Monday.",
        "“The dispute is settled,” the statement said.",
    )
    found = _enrich(vocabulary, *entries)
    assert _said(found) == [] and found.unattributed == ["The dispute is settled,"]


# --- the one person an entry says spoke is the next "He said" ------------------------------------


def test_the_one_who_spoke_in_the_entry_before_is_he(vocabulary: Vocabulary) -> None:
    entries = (
        "Volodymyr Zelensky delivered a speech to parliament, thanking Joe Biden for the aid. "
        "Biden had approved it in March.",
        "He said: “Our gratitude has no limits.”",
    )
    assert _speakers_of(vocabulary, *entries) == {
        "Our gratitude has no limits.": "Volodymyr Zelensky"
    }


def test_two_who_spoke_in_the_entry_before_leave_he_unattributed(vocabulary: Vocabulary) -> None:
    entries = (
        "Volodymyr Zelensky said Joe Biden had been generous. Biden said the aid would go on.",
        "He added: “This is only the beginning.”",
    )
    found = _enrich(vocabulary, *entries)
    assert _said(found) == [] and found.unattributed == ["This is only the beginning."]


# --- "she": the one woman named by surname or title in the two entries before ------------------


def test_she_is_the_woman_named_by_her_title_two_entries_before(vocabulary: Vocabulary) -> None:
    entries = (  # sport: a woman the knowledge base lacks, named in full three entries before
        "The fans gave Maria Lopez, the widow of the club's founder, a standing ovation. "
        "Mrs. Lopez did not take her husband's death quietly.",
        "“She chased the mayor around his desk,” Olaf Scholz said while the crowd gave "
        "Mrs. Lopez her ovation.",
        "The founder died in 2004 but his widow never misses a match.",
        "“He would have loved this day,” she said.",
    )
    found = _enrich(vocabulary, *entries)
    assert _said(found) == [("Maria Lopez", "He would have loved this day,")]
    assert found.actors == []  # (a pronoun speaker is no actor of the entry)


# --- a quotation left open at an entry's end goes on in the next ---------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "“We will not give up our land,” Volodymyr Zelensky said. “Every city will resist.",
        "Volodymyr Zelensky told parliament: “Every city will resist.",
    ],
)
def test_a_quotation_left_open_goes_on_in_the_next_paragraph(
    vocabulary: Vocabulary, first: str
) -> None:
    entries = (first, "“Every village will resist, and we will win.”")
    assert _speakers_of(vocabulary, *entries) == {
        "Every village will resist, and we will win.": "Volodymyr Zelensky"
    }


@pytest.mark.parametrize(
    "first",
    [
        # the quotation before was closed: the next paragraph's words stand alone
        "“We will not give up our land,” Volodymyr Zelensky said.",
        # the one left open was nobody's
        "The parliament's hall was silent when the words came: “Every city will resist.",
    ],
)
def test_a_paragraph_after_a_closed_or_unattributed_quotation_is_nobodys(
    vocabulary: Vocabulary, first: str
) -> None:
    entries = (first, "“Every village will resist, and we will win.”")
    assert _said(_enrich(vocabulary, *entries)) == []


# --- "whom he called" ---------------------------------------------------------------------------


def test_the_one_whom_stands_for_is_not_he(vocabulary: Vocabulary) -> None:
    entry = "Joe Biden met Vladimir Putin, whom he called “a worthy adversary”."
    assert _speakers_of(vocabulary, entry) == {"a worthy adversary": "Joe Biden"}


def test_whom_after_two_persons_leaves_he_unclear(vocabulary: Vocabulary) -> None:
    entry = "Joe Biden met Vladimir Putin. Xi Jinping, whom he called “a rival”, stayed away."
    assert "a rival" not in _speakers_of(vocabulary, entry)


# --- the marks of other copy -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Angela Merkel said: „Wir schaffen das.“", "Wir schaffen das."),  # German
        ("Andrzej Duda said: „Nie oddamy ani kawałka ziemi.”", "Nie oddamy ani kawałka ziemi."),
        ("Angela Merkel sagte: »Wir schaffen das.« Dann ging sie.", "Wir schaffen das."),
    ],
)
def test_european_marks_make_quotations(text: str, words: str) -> None:
    assert [q.text for q in find_quotations(text)] == [words]


def test_a_european_quotation_has_its_speaker(vocabulary: Vocabulary) -> None:
    assert _speakers_of(vocabulary, "Angela Merkel said: „Wir schaffen das.“") == {
        "Wir schaffen das.": "Angela Merkel"
    }
