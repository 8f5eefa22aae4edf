"""Quotations in an entry and who says them. Pure, and linear in the length of the text.

Every quotation style a chronology uses is found: “…”, "…", ‘…’, '…', ``…'' and «…». The
marks are listed in one pass and paired left to right (an opening mark with the next closing
mark of its style), so an entry with a hundred thousand stray marks costs a hundred thousand
steps, not their square (issue 25: 128,000 marks once took 92 s). Who speaks is read from a
bounded window around each quotation, never from the whole text before it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ktimeline.importing.offices import OFFICE_NOUN_TITLES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# The marks, in one alternation: an opening mark, a closing mark, or a straight one that may be
# either (decided by what is on each side of it).
# (European copy: „…“ in German, „…” in Polish or Romanian, »…« in German books.)
MARKS = re.compile(r"``|''|’’|[“”‘’«»„\"']")
MARK_START = re.compile(r"[`'’“”‘«»„\"]")  # the characters MARKS's marks open with
OPENERS = {"“": "”", "‘": "’", "«": "»", "``": "''", "„": "“"}
STRAIGHT = {'"', "'"}
# A quotation opened with one style and closed with the other of the same kind ("…”, “…"):
# pages mix straight and curly marks, so either closes (when it stands as a closing mark).
MIXED = {'"': "”", "”": '"', "'": "’", "’": "'", "“": "”"}
# The double prime the AP's archive types for both quotation marks ("″At the moment it is
# quiet,″ said Karl Moeglich"): read as the straight double mark it stands for.
DOUBLE_PRIME = "\u2033"
LONGEST_QUOTE = 2000  # characters: a "quotation" longer than this is a stray mark's pairing
WINDOW = 160  # characters read before and after a quotation for its speaker
# A full stop that ends no sentence: an initial's or a title's ("U.S. President Joe Biden",
# "Democratic Sen. Tim Kaine", "Lt. Gen. X").
_TITLE_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Sen Rep Gen Gov Lt Col Sgt Adm Capt Amb Sec Asst St Jr Maj Cmdr Prof Rev Brig"
)
ABBREVIATION_STOP = (
    r"\.(?:(?<=\b[A-Z]\.)|"
    + "|".join(
        rf"(?<=\b{word}\.)" for word in (_TITLE_ABBREVIATIONS + " Cmdr Prof Rev Brig").split()
    )
    + r")(?=\s*[A-Z])"
)
# Such stops masked by a one-dot leader of the same length, so that the plain (fast) patterns
# of an attribution read through them and every position stays where it was.
# (and the last stop of a run of initials before a lower-case word: "“…,” the U.S. president
# said", where no sentence ends)
ABBREVIATION_DOT = re.compile(ABBREVIATION_STOP + r"|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])")


@dataclass(frozen=True)
class Quotation:
    start: int  # the opening mark
    end: int  # after the closing mark
    text: str  # the words between the marks


def _opens(text: str, at: int, mark: str) -> bool:
    """A straight mark opens a quotation when it follows a space or an opening bracket and a
    word follows it; an apostrophe inside or after a word ("Kim's", "Koreas'") never does."""
    before = text[at - 1] if at else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    return (
        (before.isspace() or before in "([{—–-:,")
        and not after.isspace()
        and not _spaced_close(text, at, mark)
    )


def _spaced_close(text: str, at: int, mark: str) -> bool:
    """Whether a straight double mark after a space closes its quotation: a stop or a comma
    and the end or a space follow it, as no opening mark is ("… w stanie wojny ".", the
    page's space before its closing mark)."""
    end = at + len(mark)
    return (
        mark == '"'
        and end < len(text)
        and text[end] in ".,;:!?"
        and (end + 1 == len(text) or text[end + 1].isspace())
        and not text.startswith(". .", end)  # (an ellipsis opening the words: "". . . It is")
    )


def _closes(text: str, at: int, mark: str) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if before.isspace():
        return _spaced_close(text, at, mark)
    if mark in {"'", "’"} and after.isalpha():
        return False  # "don't", "Kim's": an apostrophe
    return not after.isalnum()


def _wrong_way_before_stop(text: str, at: int) -> bool:
    """Whether the opening curly mark at ``at`` stands after a space and right before a
    sentence's stop or comma (then a space or the end): no word follows it to open, so it
    closes ("shall become free and independent “. This declaration …")."""
    return (
        at > 0
        and text[at - 1] == " "
        and text[at + 1 : at + 2] in {".", ",", ";", "!", "?"}
        and (at + 2 >= len(text) or text[at + 2].isspace())
    )


# What may follow a quoted passage that is the whole entry: its source or date in brackets.
BRACKETED_TAIL = re.compile(r"\s*(?:\([^()]{0,80}\)\s*|\[[^\[\]]{0,80}\]\s*)*\.?\s*")


def _quoted_passage_opened(text: str, quotes: list[Quotation]) -> str | None:
    """The entry with the double marks of the one quotation it consists of blanked, when
    that quotation (with only its source or date in brackets after it) quotes other words in
    single marks inside: “North Korea's leader met … ‘That's why we came here,’ said Putin.”
    (09/13/23) is a page's passage copied whole, and ‘…,’ said Putin is Putin's statement in
    it. None for any other entry (most)."""
    if len(quotes) != 1 or ("‘" not in text and "'" not in text):
        return None
    quote = quotes[0]
    if (
        quote.start != len(text) - len(text.lstrip())
        or text[quote.start] not in {"“", '"'}
        or text[quote.end - 1] not in {"”", '"'}
        or not BRACKETED_TAIL.fullmatch(text, quote.end)
    ):
        return None
    blanked = text[: quote.start] + " " + text[quote.start + 1 : quote.end - 1] + " "
    blanked += text[quote.end :]
    return blanked if find_quotations(blanked) else None


def _apostrophe_in_word(text: str, at: int, mark: str) -> bool:
    """Whether a curly closing single mark stands between two letters: the apostrophe of
    "That’s" or "don’t" inside ‘…’, which goes on with the quotation rather than closing it
    (‘That’s why we came,’ said Ann)."""
    return (
        mark == "’" and 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
    )


# After a plural's apostrophe inside ‘…’ ("‘The players’ union will strike,’ said …"): the
# quotation's clear closing mark further on, after a sentence's sign or before one, a capital
# or the text's end, with no other single or double mark before it
_CLEAR_SINGLE_CLOSE = re.compile(
    r"[^‘’“”\"'\n]{1,200}?(?:(?<=[,.!?;:…])’|(?<=[^\W_])’(?=[,.;:!?)\]]|\s*$|\s+[A-Z(]))"
)


def _plural_possessive(text: str, at: int, mark: str) -> bool:
    """Whether a curly closing single mark after a plural's "s", before a space and a word in
    lower case, is the plural's apostrophe inside ‘…’ ("‘The players’ union will strike on
    Monday,’ said Ann"): the quotation goes on when it closes clearly further on, no other
    mark between (never ‘Lions’ and the ‘Tigers’, nor ‘madness’ and Jones’ answer)."""
    return (
        mark == "’"
        and text[at - 1 : at] == "s"
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
        and _CLEAR_SINGLE_CLOSE.match(text, at + 1) is not None
    )


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in text order; marks that pair with nothing are left alone. One pass over
    the marks: each mark is looked at once, as a possible opener or closer."""
    found: list[Quotation] = []
    open_mark: str | None = None  # the closing mark awaited
    open_at = 0
    first = MARK_START.search(text)  # (one scan for a character, not MARKS's alternatives)
    if first is None:
        return found  # (many entries: no mark at all)
    for match in MARKS.finditer(text, first.start()):
        mark, at = match.group(), match.start()
        if mark == "’’" and open_mark != "”":
            mark = "’"  # (two closing single marks close a double one, “…’’; else one of them)
        if mark == "”" and (
            _opens_after_colon(text, at) or (open_mark is None and _opens_after_dash(text, at))
        ):
            open_mark, open_at = "”", at  # "PARK GEUN-HYE, South Korean president:”It’s …"
            continue
        if open_mark is not None:
            closes = (
                (
                    mark == open_mark
                    and not _apostrophe_in_word(text, at, mark)
                    and not _plural_possessive(text, at, mark)
                    and (
                        mark not in STRAIGHT
                        or _closes(text, at, mark)
                        or _closes_spaced(text, at, mark)
                    )
                    and (mark != "''" or text[open_at] == "`" or _closes(text, at, mark))
                )
                or (mark in MIXED.get(open_mark, "") and _closes(text, at, mark))
                # two closing single marks typed for a double one: “… to free men everywhere.’’
                or (open_mark == "”" and mark in {"’’", "''"} and _closes(text, at, mark))
                # a curly mark typed the wrong way round: “an important step forward“ and
                or (open_mark == "”" and mark == "“" and _closes(text, at, mark))
                # … spaced off the words and before their stop: “… free And independent “. It
                or (open_mark == "”" and mark == "“" and _wrong_way_before_stop(text, at))
            )
            if closes:
                inner = text[open_at + (2 if open_mark == "''" else 1) : at].strip()
                if inner and at - open_at <= LONGEST_QUOTE:
                    paragraph = (
                        _last(PARAGRAPH_OPENS.finditer(text, open_at, at))
                        if open_mark == "”" and text[at - 1 : at] == ","
                        else None
                    )  # "“We feared … a meeting. “We were taken …,” she said": two paragraphs,
                    if paragraph is not None:  # the last one signed by its own attribution
                        stop = paragraph.start() + 1
                        found.append(Quotation(open_at, stop, text[open_at + 1 : stop].strip()))
                        open_at, inner = paragraph.end() - 1, text[paragraph.end() : at].strip()
                    found.append(Quotation(open_at, match.end(), inner))
                open_mark = None
                continue
            if at - open_at > LONGEST_QUOTE:
                open_mark = None  # an opener never closed: give it up, look again from here
            else:
                continue
        if mark in OPENERS:
            open_mark, open_at = OPENERS[mark], at
        elif mark == "»" and text[at + 1 : at + 2].isalpha():
            open_mark, open_at = "«", at  # »Wir schaffen das«: the German order
        elif mark == "”" and _opens(text, at, mark) and text[at + 1 : at + 2].isalpha():
            open_mark, open_at = "”", at  # "willingness to ”make … contributions”": reversed
        elif mark in STRAIGHT and (_opens(text, at, mark) or _opens_spaced(text, at, mark)):
            open_mark, open_at = mark, at
        elif mark == "''" and _opens(text, at, mark):
            open_mark, open_at = mark, at  # two apostrophes for each mark: ''We cannot ...,''
    if open_mark is not None and _runs_to_the_end(text, open_at, open_mark):
        begin = open_at + (2 if open_mark == "''" else 1)
        end = len(text)
        marks = {open_mark, *MIXED.get(open_mark, "")}
        for match in MARKS.finditer(text, begin):  # "“It's done.”Carter relayed …": a mark
            if match.group() in marks and text[match.start() - 1] in ".!?,":  # that closes
                end = match.end()  # before a word without the space
                break
        found.append(Quotation(open_at, end, text[begin : end - (end < len(text))].strip()))
    return found


OPENING_MARKS = ("“", '"', "‘", "'", "«", "„", "``", "»")


def quotation_runs_on(text: str) -> Quotation | None:
    """The entry's last quotation when it was opened and never closed, running to the
    entry's end: a quotation that goes on in the next paragraph, as news copy continues one
    ("“Every city will resist." ¶ "“Every village too,”"); else None."""
    if not text or text.rstrip()[-1:] in {*CLOSING_MARKS, "“", "«"}:
        return None
    quotes = find_quotations(text)
    return quotes[-1] if quotes and quotes[-1].end == len(text) else None


# between the halves of one quoted sentence: ", he later lamented, " / ", said the coach, "
# (a short attribution with a speech verb, no sentence stop, no other mark)
SPLIT_ATTRIBUTION = re.compile(r",?\s*[^“”\"«».!?;:]{2,60}?,\s*")


def quotation_halves(text: str) -> dict[str, str]:
    """The second halves of quoted sentences split by their attribution, each with the half
    before it: "“I couldn’t find anyone,” he later lamented, “who had heard of it.”" is one
    quoted sentence (the first half ends with a comma, the attribution between has a verb of
    saying, the second half goes on in lower case); a new quoted sentence after the attribution
    ("…,” she said. “Nobody …”) is not a half, nor words after a clause of the writer's own
    between them ("…,” he said, adding that it gave, “among other things, …”")."""
    quotes = find_quotations(text)
    halves: dict[str, str] = {}
    for first, second in itertools.pairwise(quotes):
        between = text[first.end : second.start]
        words = re.findall(r"[a-z]+", between)
        if (
            (first.text.endswith(",") or between.startswith(","))
            and second.text[:1].islower()
            and SPLIT_ATTRIBUTION.fullmatch(between)
            and sum(w in SPEECH_VERBS for w in words) == 1
            and "that" not in words  # ("Putin said in Pyongyang, adding that it provided,
        ):  # “among other things …”": words of his own between, two quotations)
            halves[second.text] = first.text
    return halves


def opening_quotation(text: str) -> Quotation | None:
    """The quotation the entry opens with (after a list's marks), if it opens with one."""
    begin = len(text) - len(text.lstrip(LIST_MARKS))
    if not text.startswith(OPENING_MARKS, begin):
        return None
    quotes = find_quotations(text)
    return quotes[0] if quotes and quotes[0].start == begin else None


def _name_end(heading: str) -> int:
    """Where the name of a heading "Name, title:" or "NAME - title:" ends (-1: no title)."""
    comma = heading.find(",")
    dash = re.search(r"\s[-–—]\s", heading)
    if dash is not None and (comma < 0 or dash.start() < comma):
        return dash.start()
    return comma


def _opens_spaced(text: str, at: int, mark: str) -> bool:
    """A straight double mark typed with a space after it, opening a sentence: "… on August
    15. " From now on, Japan …" (after a sentence's stop, before a capital)."""
    return (
        mark == '"'
        and text[at - 2 : at - 1] in {".", "!", "?"}
        and text[at - 1 : at].isspace()
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].isupper()
    )


def _closes_spaced(text: str, at: int, mark: str) -> bool:
    """A straight double mark typed with a space before it, closing the quotation open
    before a lower-case word that goes on with the sentence ('"… or die there " retired
    Cmdr. Ames said', '"… we left " he said'): the mirror of ``_opens_spaced``."""
    return (
        mark == '"'
        and text[at - 2 : at - 1].isalnum()
        and text[at - 1 : at] == " "
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
    )


def _opens_after_colon(text: str, at: int) -> bool:
    """A closing mark that opens: right after a heading's colon and before a word, as
    pages that lose the opening mark's shape write it ("Park, president:”It’s …")."""
    return at > 0 and text[at - 1] == ":" and at + 1 < len(text) and text[at + 1].isalpha()


def _opens_after_dash(text: str, at: int) -> bool:
    """A closing mark that opens, where no quotation is open: after a dateline's dash or at
    the entry's start, before a capital ("Singapore- ” Many people in the world …")."""
    before = text[max(0, at - 8) : at].rstrip()  # (a bounded look back: linear in the marks)
    return (before[-1:] in {"-", "–", "—"} if before else at <= 8) and text[
        at + 1 : at + 3
    ].strip()[:1].isupper()


def _runs_to_the_end(text: str, open_at: int, open_mark: str) -> bool:
    """Whether a quotation opened and never closed is the rest of the entry: a paragraph of
    a list of reactions whose quotation goes on in the next paragraph ("Barack Obama, U.S.
    president: "This is a highly provocative act …"). Whole sentences only (a capital, six
    words or more, five after a curly mark), or a curly mark's words ending the entry with a
    stop, and no more than a quotation may be long."""
    rest = text[open_at + (2 if open_mark == "''" else 1) :].strip()
    if len(text) - open_at > LONGEST_QUOTE:
        return False
    if rest[:1].isupper() and len(rest.split()) >= (5 if open_mark == "”" else 6):
        return True  # (five after a curly mark: "“If it’s under the, again," cut off)
    # "KCNA reported that the missiles flew to “clearly hit the target from 2,000 kilometers
    # away.": a curly opening mark whose closing one the page lost after the entry's last stop;
    # however short ("would have been “disrespectful.": a reader sees the cut quotation)
    if open_mark == "”" and rest[-1:] in {".", "!", "?"}:
        return True
    # "Kim and Peng accused the U.S. of "con": the entry itself cut in a word (no stop, no
    # mark after the opener), the quotation with it
    return open_mark in STRAIGHT and bool(rest) and rest[-1:].isalpha() and not MARKS.search(rest)


# --- who speaks -----------------------------------------------------------------------------

SPEECH_VERBS = frozenset(
    """says said saying say states stated stating tells told telling warns warned warning
    describes described calls called decries decried praises praised writes wrote reports
    reported announces announced suggests suggested urges urged urging asks asked denies denied
    cautions cautioned notes noted noting confirms confirmed contends laments lamented presses
    criticizes criticized criticises criticised threatens threatened insists insisted dismissed
    dismisses declares declared declaring claims claimed accuses accused tweets tweeted tweeting
    adds added adding vows vowed pledges pledged promises promised stresses stressed stressing
    emphasizes emphasized explains explained remarks remarked replies replied responds
    responded quoted quotes quoting citing cited cites according argues argued calling
    condemns condemned condemning labels labeled labelled proclaims proclaimed
    acknowledges acknowledged admits admitted complains complained demands demanded blames
    blamed blaming rejects rejected rejecting voices voiced expresses expressed nicknames
    brands branded retorts retorted quips quipped boasts boasted touts touted mocks mocked
    terms termed say tell warn vow threaten dubs dubbed dubbing vowing threatening pledging
    promising insisting announcing suggesting claiming denying dismissing accusing describing
    emphasised emphasising emphasizing characterized characterised derided derides slammed
    slams blasted blasts lambasted ridiculed hailed hails joked jokes recalled recalls
    predicted predicts predicting asserted asserts asserting posts posted speaks spoke comments
    commented commenting fumed fumes fuming denounced denounces denouncing answered answers
    answering reiterated reiterates reiterating underlined alluding alluded alludes
    underscored reaffirmed reaffirms clarified signalled signaled signals informed informs
    indicated indicates admitting acknowledging conceding conceded concedes explaining arguing
    testifies testified testifying testify shouted shouts shouting yelled yells exclaimed
    exclaims whispered whispers pleaded pleads intoned intones intoning remembers
    recounts recounted writing
    sagte sagt sagten erklärte erklärt betonte betont warnte meinte antwortete
    déclaré déclare dit affirmé affirme ajouté ajoute souligné expliqué répondu
    précisé précise précisent indiqué indique assuré assure assurent confirmé confirme
    déclarent affirment ajoutent souligne explique
    dijo declaró afirmó añadió aseguró explicó advirtió señaló respondió contestó
    """.split()  # noqa: SIM905
)  # (the last three lines: German, French after "a", Spanish; "Merkel sagte: „…“")
# Speech acts with no "say" in them, read only as the verb that leads into a quotation ("Lee
# outlined plans to foster “…”", "Kim toasted Putin …, to “great Russia” victory", "Nixon
# would chastise …’s weakness with the refrain, “…”"), not as the verb that makes a new name's
# subject a speaker ("Sato and the Foreign Ministers toasted one another": no one new).
_IRREGULAR_FORMS = {"hit": ("hits", "hit", "hitting"), "lay": ("lays", "laid", "laying"),
                    "spell": ("spells", "spelled", "spelling", "spelt"),
                    "counter": ("countered",)}  # fmt: skip  # ("for countering the …": a noun)


def verb_forms(lemmas: str) -> frozenset[str]:
    """The third person, past and -ing forms of each verb of ``lemmas`` (the base form is left
    out: "state", "report", "claim" are nouns as often); a lemma written "question-" has no -s
    form either ("questions", "thanks to", "counters" are rather nouns or prepositions)."""
    forms: set[str] = set()
    for lemma in lemmas.split():
        bare = lemma.rstrip("-")
        if bare in _IRREGULAR_FORMS:
            forms.update(_IRREGULAR_FORMS[bare])
            continue
        elif bare.endswith("e"):
            made = (bare + "s", bare + "d", bare[:-1] + "ing")
        elif re.search(r"[^aeiou]y$", bare):
            made = (bare[:-1] + "ies", bare[:-1] + "ied", bare + "ing")
        elif re.search(r"(?:ss|sh|ch|x|z)$", bare):
            made = (bare + "es", bare + "ed", bare + "ing")
        elif re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", bare) and len(bare) <= 5:
            made = (bare + "s", bare + bare[-1] + "ed", bare + bare[-1] + "ing")  # "begged"
        else:
            made = (bare + "s", bare + "ed", bare + "ing")
        forms.update(made[1:] if lemma.endswith("-") else made)
    return frozenset(forms)


# Speech acts with no "say" in them, read only as the verb that leads into a quotation ("Lee
# outlined plans to foster “…”", "Kim toasted Putin …, to “great Russia” victory", "Nixon
# would chastise …’s weakness with the refrain, “…”", "the coach thanked the fans for their
# “incredible support”", "the lawyer contended the contract was “void”"), not as the verb that
# makes a new name's subject a speaker ("Sato and the Foreign Ministers toasted one another":
# no one new). The -ing forms of speech verbs that lead into words ("praising the deal as …")
# are here too, with every form of the verb.
SPEECH_ACTS = frozenset({"chastise"}) | verb_forms(
    """outline toast chastise rebuke scold contend allege counter object- question- wonder
    beg implore beseech appeal- attribute- thank- apologize apologise congratulate lobby echo
    mention
    ask blast boast brand caution characterize characterise clarify complain confirm
    criticize criticise decry demand deride emphasize emphasise exclaim express hail joke
    label lambast lament mock plead praise predict proclaim reaffirm recall remark reply
    respond retort ridicule slam term tout underline underscore voice whisper yell"""
)
# Verbs with a particle that speak ("Merkel pointed out that …", "cried out for “…”", "ruled
# out “any …”", "played down the report as “noise”"): the verb, when its particle follows.
SPEECH_WITH_PARTICLE = verb_forms("point cry lash hit rule shrug brush play single spell lay")
PARTICLE_NEXT = re.compile(r"\s+(?:out|off|down|aside)\b")
# Verbs that speak when their object is told something ("assured investors that the bank was
# “safe”", "reminded the court that …"), not when they are done ("assured a “safe” exit").
SPEECH_IF_TOLD = verb_forms("assure reassure remind")
# Verbs that pronounce a judgement when their object is followed by "as" and the quoted words
# ("assessed the vote as “critical”", "defamed the rebels as “savage”", "portrayed the deal as
# a “sellout”"): the subject's words; not seeing or holding ("regarded it as “…”").
SPEECH_IF_AS = verb_forms("assess defame portray depict vilify denigrate disparage")
AS_THEN_WORDS = re.compile(
    r"\s+(?:[^\s.;:!?“”\"]+\s+){1,6}?as\s+(?:being\s+)?(?:(?:a|an|the|merely|nothing\s+but)\s+)?"
    r"[“\"‘'«]?"
)
# Verbs that speak only when what follows says so ("Truman observed to his staff", "Kim
# observed: “…”"), not when they see ("Kim observed the test of a “new-type” weapon").
SPEECH_IF_SAYING = frozenset(
    {"observed", "observes", "remarked", "remarks", "mused", "considered", "considers",
     "assessed", "assesses", "assured", "assures",  # ("X assured him that he would “…”")
     "maintained", "maintains"}  # ("maintained that it was “…”", not "maintained “contact”")
)  # fmt: skip  # ("Biden considered that China was “playing with fire”": his judgement, said; "The
# Japanese government has assessed that the launch was a “complete failure”": its finding)
# Verbs that speak only when "that" and what was said follow, maybe after the document that
# said it ("charged in a statement that …", not "charged with murder", "charged the enemy").
# And those that agree on words ("Britain, the United States and China agreed that “in due
# course …”": the words of a declaration its parties agreed), not an agreement on a thing
# ("agreed to “phased” talks").
SPEECH_IF_THAT = frozenset({"charged", "charges", "charging", "agreed", "agrees", "agreeing"})
THAT_NEXT = re.compile(
    r"(?:\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|message|report|editorial|commentary|communique|declaration|"
    r"speech|interview))?\s+that\b"
)
# Verbs that give the subject's own words when the quotation follows them with his, her or its:
# "Xi, who offered his “full support”", "Moon extended his “deepest condolences”".
# After a speech verb: its object and time, then "that" ("told Russian President Vladimir
# Putin on Wednesday that").
TELLS_THAT = re.compile(r"(?:\s+[\w’'-]+){0,8}?\s+that\b")
SPEECH_IF_OWN = frozenset({"offered", "offers", "extended", "extends", "conveyed", "conveys"})
OWN_WORDS_NEXT = re.compile(r"\s+(?:his|her|its|their)\s+(?:[a-z]+\s+)?")
SAYING_NEXT = re.compile(
    r"\s*(?:(?:him|her|them|us|me)\s+that\b|[:,]|that\b|"
    r"to\s+(?:his|her|their|the|reporters|journalists)\b)"
)
# "made a remark that “…”", "made an improper remark that": a verb of making whose object is a
# noun of speech leading into the words speaks (its subject's words).
SPEECH_IF_NOUN = frozenset({"made", "makes", "making", "gave", "gives", "giving"})
SPEECH_NOUN_NEXT = re.compile(
    r"\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:remarks?|statements?|"
    r"comments?|claims?|assertions?|declarations?|pledges?|promises?|vows?|speech)"
    r"\s*(?:that\b|[:,])"
)
# A speech verb whose subject opens an "if" (or "unless", "whether") clause: words someone might
# say, nobody's yet ("If Japan admits that the “…” targets us, we will …").
HYPOTHETICAL_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\bthat\s+)(?:[Ii]f|[Uu]nless|[Ww]hether)\s+[^,;:“”\"]{1,60}$"
)
# Inside a sentence another speaker ends ("…,” KCNA added), one who urges, asks or orders
# someone "to" do the quoted words: "Kim urged the scientists to “…,” KCNA added" is Kim's.
URGED_TO = re.compile(
    r"\b(?P<verb>urged|urges|asked|asks|ordered|orders|instructed|instructs|called\s+on|"
    r"calls\s+on|encouraged|encourages|exhorted|exhorts|told|tells)\s+"
    r"[^,.;:!?“”\"]{1,60}?\s+to\s*$"
)
# "“… the DPRK.” (Guo Yi, president of the …, China)": a name and its description in
# brackets after the words, at the entry's end: the one who said them.
# (A description that says who he is, with a word in lower case: "(Reuters, March 2019)" is
# a source's credit, not a speaker.)
BRACKET_CAPTION = re.compile(
    r"\s*\((?P<who>[A-Z][^,()“”\"]{1,40}?),\s*[^()“”\"]{0,80}\b[a-z]{2,}\b[^()“”\"]{0,80}\)\s*$"
)
# A paragraph that opens with a curly mark inside an open quotation ("… meeting. “We were …"):
# the paragraph before went on without a closing mark (the printed style), so it ends there.
PARAGRAPH_OPENS = re.compile(r"[.!?]\s+“")
# Verbs that give a quotation as a name for someone or something: the speaker is their own
# subject ("Trump dubbed Kim “Rocket Man”"), never the subject of another verb.
NAMING_VERB = re.compile(
    r"\b(?P<verb>calls|called|calling|dubs|dubbed|dubbing|nicknames|nicknamed|labels|labell?ed|"
    r"names|named|naming|"
    r"brands|branded|terms|termed|referred\s+to|refers\s+to|referring\s+to|"
    r"describes|described|describing|"
    r"(?:gives|gave|giving)(?:\s+[\w’'.-]+){1,4}?\s+(?:a|the|his|her)\s+(?:new\s+)?nickname)"
    r"(?P<object>(?:\s+[\w’'.…-]+){0,5}?)\s*(?:\s(?:as|a|an|the))?\s*[:,]?\s*$"
)
# Verbs that judge something "as" the quoted words: "welcomed the summit as “an important step
# forward”", "hailed the deal as “historic”", "condemned the launch as “a provocation”".
AS_NAMING_VERB = re.compile(
    r"\b(?P<verb>welcomed|welcomes|welcoming|hailed|hails|hailing|praised|praises|praising|"
    r"condemned|condemns|condemning|denounced|denounces|denouncing|slammed|slams|slamming|"
    r"blasted|blasts|criticized|criticised|criticizes|criticises|criticizing|criticising|"
    r"dismissed|dismisses|dismissing|characterized|characterised|characterizes|portrayed|"
    r"portrays|portraying|decried|decries|derided|derides|lauded|lauds|touted|touts|"
    r"describing|describes|described|"  # (an object too long for NAMING_VERB: "describing
    # the ships' intrusion into Japanese waters as “unacceptable”")
    # ("defended the ruling as “the only option”", "played down the report as “noise”")
    + "|".join(sorted(verb_forms("defend reject downplay")))
    + "|"
    + r"(?:played|plays|playing)\s+down|(?:brushed|brushes|brushing)\s+(?:aside|off)|"
    r"(?:shrugged|shrugs|shrugging)\s+off|"
    # the infinitive after "to": "appeared before the cameras to hail the deal as “…”"
    r"(?<=\bto\s)(?:hail|welcome|praise|condemn|denounce|criticize|criticise|laud|decry|"
    r"deride|dismiss|describe|defend|reject))"
    r"(?P<object>(?:\s+[\w’'.…-]+){1,6}?)\s+as\s*$"
)
# A naming verb in the passive with its agent: "the reclusive communist state, branded by U.S.
# President George W. Bush as part of an “axis of evil”" (the agent names it).
PASSIVE_NAMING = re.compile(
    r"\b(?:called|dubbed|labell?ed|branded|termed|described|nicknamed|denounced|condemned|"
    r"derided|characteri[sz]ed|hailed|praised|dismissed|critici[sz]ed)\s+by\s+"
    r"(?P<who>[^,.;:“”\"‘’«»()]{2,70}?)\s+as\s+(?:(?:part|one|some|an\s+example)\s+of\s+)?"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?$"
)
# A naming verb in the passive with no agent, after a comma (a participle clause) or a form of
# "be": "Kim, referred to as the “Great Leader,” was …", "he was widely known as the “…”" — a
# name the subject goes by, no one's words (unless "by X" follows the quotation).
UNAGENTED_NAMING = re.compile(
    r"(?:,|\b(?:is|was|are|were|been|being))\s+(?:also\s+|often\s+|widely\s+|commonly\s+)?"
    r"(?:referred\s+to|known|described|termed|labell?ed|branded|dubbed|nicknamed)\s+"
    r"(?:as\s+)?(?:(?:the|a|an)\s+)?$"
)
# A verb that makes someone say or name something, then the infinitive of his words:
# "Trump referred to Kim’s weight, prompting the North Korean leader to call Trump a “dotard”
# and warn of the “…”" — the one prompted speaks (not the sentence's subject), in each
# quotation of the clause (no comma nor stop before the quotation).
CAUSED_TO_SAY = re.compile(
    r"\b(?:prompting|prompted|leading|led|causing|caused|provoking|provoked|spurring|spurred)"
    r"\s+(?P<who>[^,.;:“”\"]{2,60}?)\s+to\s+(?:call|warn|say|declare|describe|brand|label|dub|"
    r"threaten|vow|denounce|condemn|dismiss|slam|blast|term)\b[^,.;:!?]*$"
)
# A naming verb whose subject is "they": a plural pronoun means no one actor.
THEY_NAMING = re.compile(
    r"\b[Tt]hey\s+(?:had\s+|have\s+)?(?:call|called|dub|dubbed|label|labell?ed|brand|branded|"
    r"term|termed|described)\b[^.!?;:]*$"
)
NAMING_STEM = re.compile(r"call|dub|nam|label|brand|term|refer|describ")
# Nouns of speech that may introduce a quotation after a colon ("Trump in an interview with
# Reuters: “…”").
SPEECH_NOUNS = frozenset(
    """interview interviews tweet tweets twitter statement statements speech address response
    message remarks letter post posted nickname broadcast editorial commentary""".split()  # noqa: SIM905
)
# Before a word, these make it a noun, not a verb: "Trump's remarks", "the warning", "his
# claims" (a speech word after them says nobody speaks).
NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|his|her|its|their|our|these|those))\s+$", re.IGNORECASE
)
# After "X's “…”": nouns that make the quotation X's words.
SPEECH_NOUN_AFTER = re.compile(
    r"\s*(?:remarks?|comments?|threats?|warnings?|pledges?|vows?|jibes?|insults?|claims?|"
    r"promises?|rhetoric|nickname|label|tweets?|statements?|speech|description|taunts?|"
    r"boasts?|jokes?|quips?|slogan|line|phrase|words)\b"
)
_KIN = (
    "sister", "brother", "wife", "husband", "son", "daughter", "father", "mother", "uncle",
    "aunt", "nephew", "niece", "cousin", "widow", "sibling",
)  # fmt: skip


# "“…,” says her father": a relative as the speaker, after the verb of an inverted attribution,
# and the relation the text before must give the one meant ("Mr Yokota … his daughter").
KIN_SPEAKER = re.compile(
    r"\b(?:says|said|adds|added|recalls|recalled)\s+(?:his|her)\s+(father|mother|husband|wife)\b"
)
KIN_OF_THE_NAMED = re.compile(r"\b(?:his|her)\s+(daughter|son|child|wife|husband)\b")
KIN_INVERSE = {
    "father": {"daughter", "son", "child"},
    "mother": {"daughter", "son", "child"},
    "husband": {"wife"},
    "wife": {"husband"},
}


def _kin_after(kin: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive then one of ``kin`` ("’s younger sister", "'s parents")."""
    return re.compile(
        r"(?:(?<=['’]s)|['’]s?)\s+(?:(?:younger|older|elder|little|big|late)\s+)?"
        rf"(?P<kin>{'|'.join(kin)})s?\b"
    )


# "Kim Jong Un’s sister", "Moon's wife": a name that says whose relative someone else is.
KIN_AFTER = _kin_after(_KIN)
# "Warmbier’s parents wrote": the relatives speak, not the one they are relatives of.
RELATIVES_AFTER = _kin_after((*_KIN, "parent", "relative", "family"))
# A knowledge base role that says whose relative a person is ("Sister of Kim Jong Un; …").
KIN_ROLE = re.compile(
    r"(?P<kin>Sister|Brother|Wife|Husband|Son|Daughter|Father|Mother|Uncle|Aunt|Widow)\s+of\s+"
    r"(?P<of>[^;,(]+)"
)
# Between a pronoun and a name: a new clause, whose subject the name may be ("he said — and
# Kim laughed"), not an object of the pronoun's own ("he said at a conference with Yun").
# A pronoun's verb of saying going on with what he added: "he said, adding the …".
SAID_ADDING = re.compile(r"\s+(?:said|says|told\s+\w+)\s*,\s*(?:adding|saying)\b")
NEW_CLAUSE = re.compile(r"[;—–]|\s-\s|\b(?:and|but|while|as|when|after|before)\b")
# After a speech verb, a clause of another subject and verb before the quotation ("…
# denounces the North’s “…” as Kim’s regime issues “…”"): the verb's words end before it.
# An apposition between commas right after a name: "Cohen, the former Trump attorney, called".
# Or one opened by a state's possessive: "S. Kipgen, India’s ambassador to North Korea, said".
APPOSITION_ASIDE = re.compile(
    # ("Principi, himself a U.S. naval officer when …, told": a reflexive, an initial's stops)
    r",\s*(?:(?:himself|herself)\s+)?(?:(?:the|a|an|his|her|its|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s+"
    # or a bare title: "Crump Garvin, chief of staff of the 24th Corps, said"
    r"|(?:[a-z][\w-]*\s+){1,3}(?=(?:of|at|for|to)\s))(?:[^,.;:“”\"]|(?<=\b[A-Z])\.){1,80},"
)
# A verb of telling someone of or about something: "told Kim of his backing of “…”".
TELLER = re.compile(
    r"\b(?P<verb>told|tells|assured|assures|informed|informs)\s+[^.;:!?“”\"]{1,60}?\s+"
    r"(?:of|about|that)\b[^.;:!?“”\"]*$"
)
# A subordinate clause whose subject is a pronoun, right before its verb ("… as he recalled").
PRONOUN_SUBORDINATE = re.compile(
    r"\b(?:as|when|while|after|before)\s+(?:he|she)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
SUBORDINATOR = re.compile(r"\b(?:when|because|after|since|until|unless|if|while|as)\s")
SUBORDINATE_WITH_VERB = re.compile(
    r"\s(?:as|while|whereas|after|when|because)\s+(?:[\w’'.-]+\s+){1,5}?"
    r"(?:issues|issued|makes|made|gives|gave|releases|released)\s+[^\s]*$"
)
# Pronouns that may stand for a speaker, resolved only when one actor can be meant.
# An unknown capitalised word that names no one ("Western countries").
COMPASS_ADJECTIVE = re.compile(r"(?:North|South|East|West)ern")
# The party before an American legislator's state ("R-Tenn.", "(D-Ill.)").
PARTY_BEFORE_STATE = re.compile(r"\b[RDI]\.?-$")
PARTY_AND_STATE = re.compile(r"[RDI]\.?-[A-Z][a-z]{1,12}\.?")  # ("Rep. Mark Kirk (R.-Ill)")
PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
THING_PRONOUN = re.compile(r"\b[Ii]t\b")
# "Saying he has spoken to Xi about Taiwan, the president said": after a comma, an article
# opens the subject (a description the importer may not resolve); the name before it belongs
# to the clause before.
DESCRIBED_SUBJECT = re.compile(r",\s*(?:the|a|an)\s", re.IGNORECASE)
# A time that opens a sentence without a comma before its subject: "On Tuesday he touted",
# "In 2017 Trump called", "Last week Kim said".
TIME_LEAD = re.compile(
    r"(?:On|In|By|Last|Early|Late|Earlier|Later|This|That)\s+(?:(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|week|month|"
    r"year|night|morning|spring|summer|autumn|fall|winter)(?:\s+(?:night|morning|afternoon|"
    r"evening))?\s+(?=[A-Za-z])"
)
# A conjunction that opens a sentence with a subordinate clause ("Although the ministry issued
# a statement, stating “…”, doubts remained"): its subject follows it.
SUBORDINATE_OPENER = re.compile(r"(?:Although|Though|Even\s+though|While|Whereas|When|As|Once)\s+")
# A phrase fronted before a sentence's subject, whose names are not it: "Unlike Clinton, Obama
# said", "After Kim's visit, Trump said", "Despite Moscow's warning, Kyiv …".
FRONTED_PHRASE = re.compile(
    r"(?:Unlike|Like|After|Before|Despite|Besides|Following|During|Since|Without|Apart\s+from|"
    r"Along\s+with|Unlike|Contrary\s+to|Compared\s+with|In\s+response\s+to)\s"
)
# A dateline that opens an entry: a city (one word, or in capitals), its date and wire in a
# bracket, then a colon or a dash before a capital ("Seoul: Pyongyang on Friday …", "BERLIN —",
# "Pyongyang, June 4 (KCNA) -- …").
DATELINE = re.compile(
    r"(?:[A-Z][a-z]+|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})"
    r"(?:,\s*[^:—–()\n]{0,30}?(?:\s*\([^()\n]{1,30}\))?)?\s*(?::|—|–|--?)\s*(?=[A-Z])"
)
# A name that ends in a possessive, or one followed by it: what comes next is its noun.
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")
POSSESSIVE_NEXT = re.compile(r"['’]s?\b")
# A manner adverb or an auxiliary between a subject and its verb, as English news writes them
# ("President Lee apparently told", "He did not disclose …, but said", "Kim would later
# say"): a lower-case word in -ly that no noun is ("family", "rally"), "did", "would not"…
NOUNS_IN_LY = "family|ally|rally|assembly|supply|reply|anomaly|monopoly|italy"
ADVERB = rf"(?-i:(?!(?:{NOUNS_IN_LY})\b)[a-z]{{2,}}ly)"
AUXILIARY = (
    r"(?:did|does|do|would|will|could|can|should|may|might|must|had|has|have)"
    r"(?:n[’']t|\s+not|\s+never)?"
)
# Words that may stand between a sentence's subject and its verb ("Trump on January 2
# dismissed", "Kim, meanwhile, has called").
BEFORE_VERB = re.compile(
    r"(?:\s*,?\s*(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}|[A-Z][a-z]+)|"
    r"\s+(?:at|in|during|after)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:conference|"
    r"meeting|speech|summit|forum|interview|briefing|hearing|rally|session|visit)|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
    r"(?=\s)|"  # "Trump Saturday invited Kim", as agencies write a day without "on"
    r"\s*,?\s*(?:then|later|also|again|has|have|had|first|once|now|meanwhile|reportedly|"
    r"publicly|repeatedly|variously|previously|even|still|further|separately|quickly|"
    r"earlier|already)\b|"  # ("The UN chief had earlier called on …")
    r"\s+(?:official|spokesman|spokeswoman|spokesperson)(?=\s)|"  # "A Pentagon official says"
    rf"\s*,?\s*{ADVERB}\b|"  # "President Lee apparently told"
    rf"\s+(?P<aux>{AUXILIARY})(?=\s)|"  # "He did not disclose …"
    r"\s+a(?=\s+(?:déclaré|dit|affirmé|ajouté|souligné|expliqué)\b)|"  # French: "X a déclaré"
    r"\s*,)*\s+"
)
# A title of capitalised words before a name ("Chief Cabinet Secretary ", "Minister of State
# for Foreign Affairs "): the name still opens the sentence.
# (Not a participle or a past verb that opens the sentence: "Describing the Blue House as".)
TITLE_WORDS = re.compile(r"(?:(?![A-Z][a-z]+(?:ing|ed)\b)[A-Z][a-z]+\.?\s+(?:(?:of|for)\s+)?){1,6}")
# "with" (and a title) right before the name that does an -ing verb ("with Mr Trump saying").
WITH_BEFORE_NAME = re.compile(rf"\bwith\s+(?:the\s+)?(?:{TITLE_WORDS.pattern})?$")
COPULA_NEXT = re.compile(r"\s+(?:was|is|were|are|(?:had|has|have)\s+been|remained|remains)\b")
PAST_VERBS = frozenset(
    """took made gave went came told said wrote spoke sent held met left got put set ran saw
    threw struck sought brought thought won lost led paid kept fell rose began broke chose
    drew flew knew let meant read showed stood swore built found felt heard sold spent bought
    fought caught taught understood became grew drove wore sat shot hid dealt""".split()  # noqa: SIM905
)


# Between a name and a verb, "and" alone (an adverb or two allowed): the verb is the second of
# a subject's two verbs ("Lee warned that he would retaliate against any provocation from
# Pyongyang and condemned the shelling as “…”"), and the name before "and" is an object of the
# first clause, never the subject ("X and condemned" is no subject and verb).
# A news medium's verb that opens the clause it reports ("KCNA said Xi …", "reported that").
REPORTED_BY_MEDIUM = re.compile(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?")
AND_VERB = re.compile(  # (an auxiliary may stand before the verb: "… and has vowed")
    r"(?:^|[\s,])and\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|then|later|again|instead|further|even)\s+)?$",
    re.IGNORECASE,
)


# Between a person and the adjective of an aside on who he is: "Park Yong Su, a North Korean
# negotiator".
APPOSITION_OPENS = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}")
# "Donald Trump, a veteran negotiator warned": the same aside, all of it before the verb.
APPOSITION_BEFORE_VERB = re.compile(
    # ("Bob Chicca, one of the crew members told me": one of a group)
    r"\s*,\s*(?:a|an|the|one\s+of\s+(?:the|his|her|its|their))\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:members?|crew(?:m[ae]n)?|sailors?|soldiers?|survivors?|witnesses|hostages|"
    r"negotiator|official|diplomat|envoy|"
    r"spokes(?:man|woman|person)|leader|veteran|lawmaker|analyst|expert|professor|defector|"
    r"minister|general|commander|officer|adviser|advisor|aide|ambassador|chairman|secretary|"
    r"reporter|journalist|correspondent|scholar|activist)\s*"
)


AND_ONLY = re.compile(
    r"\s*,?\s*and\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|then|later|again|instead|further|even)\s+)?",
    re.IGNORECASE,
)


class Mention(NamedTuple):  # (not a frozen dataclass: made for every name found, 5x faster)
    """An actor named in the entry, where: what the speaker finder looks at."""

    start: int
    end: int
    actor: str
    kind: str
    international: bool = False  # a body of no state (the UN)


KIND_PRIORITY = {"person": 0, "media": 1, "organization": 2, "military": 2, "party": 2,
                 "company": 2, "forum": 3, "state": 4}  # fmt: skip
PRONOUN = re.compile(r"\b(?:he|she|they|it|i|we|who|which|officials?|sources?)\b", re.IGNORECASE)
QUOTED_AS = re.compile(
    r"\b(?:quoted|quoting|citing|cited)\s+(?!by\b)(?P<who>[^.;“”\"]{1,80}?)\s+"
    r"(?:as\s+[a-z]+ing|saying)\b[^.;!?“”\"]{0,100}$"
)
# "Kim was quoted (by KCNA) as saying “…”": the one quoted, before the verb.
QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:quoted|cited)"
    r"(?:\s+by\s+[^.;“”\"]{1,60}?)?\s+(?:as\s+[a-z]+ing|saying)\b[^.;!?“”\"]{0,100}$"
)
# "“…,” Kim was quoted as telling Koizumi": the one quoted, before the verb, after the quote.
QUOTED_PASSIVE_AFTER = re.compile(
    r"\s*,?\s*(?P<who>[^.;!?“”\"]{1,60}?)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:quoted|cited)"
    r"\s+(?:by\s+[^.;“”\"]{1,60}?\s+)?as\s+[a-z]+ing\b"
)
# "citing X," / "citing X:" apart from the quotation, and ", citing X" (or ", quoting X") after
# "…,” M said".
CITING_BEFORE = re.compile(r"\b[Cc]iting\s+(?P<who>[^,.;:“”\"]{1,80}?)\s*(?P<mark>[,:])")
# (The one cited may hold an abbreviation's stops: "the Department of U.S. Affairs … Kwon".)
CITING_AFTER = re.compile(
    r"\s*,?\s*(?:citing|quoting)\s+(?P<who>(?:[^,.;:“”\"]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[A-Z])){1,140})"
)
# "citing Kim’s ability to …": a possessive and a noun neither of speech nor of a body's voice
# ("citing Kim's statement", "citing North Korea's foreign ministry" are cited speakers): the
# reason the speaker gives, not a speaker cited.
CITED_DEED = re.compile(
    r"[^’']{1,60}['’]s?\s+(?:[a-z]+\s+)?(?!(?:remarks?|comments?|statements?|words|speech|"
    r"address|message|letter|report|tweets?|state|official|news|foreign|defen[cs]e|"
    r"government|spokes(?:man|woman|person)|ministry|office|agency|media|press|military|"
    r"army|party|leader|president|delegation|embassy|mission|council|committee|department)\b)"
    r"[a-z]+\b"
)
# One cited whom the text does not name: "…,” KCNA reported, citing a senior official" are the
# official's words, not the agency's; a reader cannot tell whose.
# (Not "citing a correspondent": the agency's own reporter, its words.)
UNNAMED_CITED = re.compile(
    r"(?:(?:an?|one|two|three|several|some|unnamed|anonymous)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:officials?|sources?|diplomats?|officers?|aides?|insiders?|people|person)\b",
    re.IGNORECASE,
)
# "In Trump's words, “…”", "Trump's words: “…”"
WORDS_OF = re.compile(
    r"(?:[Ii]n\s+)?(?P<owner>[^.;“”\"]{1,60}?)['’]s?\s+(?:own\s+)?(?:words|remarks)\s*[:,]?\s*$"
)
# "“…” — Donald Trump": a name alone after a dash, as lists of quotations sign them; the
# signature may give a title and the body before the name ("— South Korea President Lee
# Myung-bak", "— The North’s official KCNA news agency"), and it ends at a clause that only
# says where or how ("… Robert Gibbs in a statement issued …", "… official who spoke …").
SIGNED = re.compile(
    r"\s*(?:[—–-]{1,2}|~)\s*(?P<who>(?:[^.;,“”\"()]|(?<![A-Za-z][A-Z])(?<=[A-Z])\.){2,90}?)"
    r"(?:\s+(?:who|which|in|on|at|during|after|before|speaking|via)\b[^“”\"]*)?\s*(?:(?<![A-Z])\.|[;,(]|$)"
)
# "…,” read a statement from a spokesman for the Foreign Ministry": the statement's author.
READ_AFTER = re.compile(
    r"\s*,?\s*read\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:statement|message|letter|editorial|"
    r"commentary)\s+(?:from|by|of|issued\s+by)\s+(?P<who>[^,.;“”\"]{1,100})"
)
# "a statement from the Committee … that read: “…”", "Kim's statement read: “…”"
READ_BEFORE = re.compile(
    r"(?:(?:statement|message|letter|editorial|commentary)\s+(?:from|by|of|issued\s+by)\s+"
    r"(?P<who>[^.;“”\"]{1,100}?)\s+(?:that|which)\s+read|"
    r"(?P<owner>[^.;“”\"]{1,60}?)['’]s?\s+(?:\w+\s+)?(?:statement|message|letter)\s+read)"
    r"\s*[:,]?\s*$"
)
# "“…,” state-run KCNA news agency quoted Kim as saying": the one quoted, after the quote.
# (Not "“…,” Putin was quoted by Tass as saying": the agent after "by" only reports him.)
OBJECT_PRONOUN = re.compile(r"him|her")
QUOTED_AFTER = re.compile(
    r"\s*,?\s*[^.;!?“”\"]{0,60}?\b(?:quoted|quotes|cited|cites)\s+(?!by\b)(?P<who>[^.;“”\"]{1,60}?)\s+"
    r"as\s+(?:saying|[a-z]+ing)\b"
)
# "X issues a statement." ending the sentence before a quotation that stands alone.
ISSUES_STATEMENT = re.compile(
    r"\b(?:issues|issued|releases|released|delivers|delivered|makes|made|gives|gave)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:statement|speech|address|message|remarks|"
    r"press\s+release)\s*[.:]$"
)
# A resolution its body passes, and what it says: "the Security Council passes American-drafted
# Resolution 83 that recommends “…”" (the words are the body's). ("¬†": a no-break space
# that a page's wrong encoding turned into two characters, as stored pages have it.)
RESOLUTION_SAYS = re.compile(
    r"(?P<verb>\b(?:passe[sd]|pass|adopt(?:s|ed)?|approve[sd]?))\s+(?:[\w-]+\s+){0,3}?"
    r"[Rr]esolution(?:\s+(?:No\.\s*)?[\d/]+)?,?\s+(?:that|which)(?:\s|¬†)+(?:also\s+)?"
    r"(?:recommends|recommended|calls\s+(?:on|for)|called\s+(?:on|for)|demands|demanded|urges|"
    r"urged|states|stated|says|said|declares|declared|condemns|condemned|decides|decided|"
    r"requests|requested|reads|read)(?:\s+that)?[\s,:]*$"
)
# A body's resolution that speaks itself: "a second UN resolution called on the Members to
# “…”", "the Security Council resolution demanded that …": the body's words.
RESOLUTION_SPEAKS = re.compile(
    r"\b(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+[Rr]esolution(?:\s+(?:No\.\s*)?[\d/]+)?"
    r"\s+(?:also\s+)?(?:recommends|recommended|calls\s+(?:on|for|upon)|called\s+(?:on|for|upon)|"
    r"demands|demanded|urges|urged|states|stated|says|said|declares|declared|condemns|condemned|"
    r"requests|requested)\b[^.;:!?“”\"]{0,80}$"
)
# "“…,” the statement said": a document the entry said someone issued.
_DOCUMENT_NOUNS = r"statement|letter|message|report|editorial|commentary|communique|declaration"
DOCUMENT_WORDS = _DOCUMENT_NOUNS.split("|")
# A document opening a sentence, and the words before its author's name: "A letter from the
# ruling …", "The statement by the …".
DOCUMENT_FROM = re.compile(
    rf"[\s{re.escape('-•·*')}]*(?:A|An|The)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS})\s+"
    r"(?:from|by|of)\s+"
)
# A person's own document right after his name: "LaPorte's statement", "Ruiz’s letter".
OWN_DOCUMENT = re.compile(rf"['’]s\s+(?:{_DOCUMENT_NOUNS})\b")
AUTHOR_OPENS = re.compile(  # ("the ruling …", not "the ministry to …": another addressed)
    r"(?:the\s+)?(?:(?!(?:to|for|of|on|in|at|about|with)\b)[a-z-]+\s+){0,2}"
)
THE_DOCUMENT = re.compile(rf"(?:the|The)\s+(?P<noun>{_DOCUMENT_NOUNS})")
DOCUMENT_ISSUED = re.compile(
    rf"(?P<verb>\b(?:issued|issues|released|releases|published|publishes|sent|sends|"
    rf"put\s+out|puts\s+out|delivered|delivers|read\s+out)\s+(?:a|an|the|its|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?P<noun>{_DOCUMENT_NOUNS}))\b|"
    rf"\b(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun2>{_DOCUMENT_NOUNS})\s+(?:from|by|of|issued\s+by)"
    rf"\s+(?P<who>[^.;,“”\"]{{1,80}})|"
    rf"(?P<owner>[A-Z][^.;,“”\"]{{0,60}}?)['’]s?\s+(?:[\w-]+\s+){{0,2}}(?P<noun3>{_DOCUMENT_NOUNS})\b"
)
# The sentence after a quotation that ends with a full stop, when it only says who said it:
# "“We are ready.” Kim said on Monday.", "“…!” Trump wrote on Twitter." (a verb, then only
# where, when or to whom, then the sentence's end).
NEXT_SENTENCE_SAID = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<who>(?:The|A|An)\s+[\w’'. -]{1,60}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}"
    # (a spokesman's title before his name: "Foreign Ministry spokeswoman Jiang Yu said.")
    r"(?:\s+(?:spokesman|spokeswoman|spokesperson)(?:\s+[A-Z][\w’'.-]*){1,4})?)\s+"
    r"(?:said|says|added|adds|wrote|writes|tweeted|told\s+(?:reporters|journalists|the\s+\w+)|"
    r"stated|declared|insisted|stressed|explained|warned|noted|"
    r"(?:was|were|is)\s+(?:reported|quoted|heard)\s+as\s+saying)"
    r"(?:\s+(?:on|in|at|during|to|after|before|from|via|through|later|earlier|yesterday|today|"
    r"then)\b[^.!?;:“”\"]{0,80})?[.!?](?:\s|$)"
)
# A headline's source after a colon at its end: "…: KCNA", "…: Yonhap", "…: Trump".
HEADLINE_SOURCE = re.compile(r":\s*(?:(?:the|a)\s+)?(?P<who>[A-Z][^:.!?;“”\"‘’«»]{1,40}?)\s*$")
# "X wrote a poem in 1973 lamenting a change in his friend." ending the sentence before the
# words it wrote, standing alone.
WRITES_BEFORE = re.compile(
    r"\b(?:wrote|writes|penned|pens|composed|composes|sent|sends|posted|posts)\s+"
    r"(?:a|an|the|his|her|this|these)\s+(?:[\w-]+\s+){0,2}(?:poem|poems|letter|letters|note|"
    r"message|verse|verses|tweet|tweets|post|lines|song|essay|editorial|column)\b"
    r"[^.!?“”\"]{0,120}[.:]$"
)
# A name heading a quotation after a dash, with no verb before it: capitalised words, digits
# of a date, and "of", "the", "for", "and" only ("November 9 The Ministry of National
# Defense- “…”").
DASHED_HEADING = re.compile(
    r"(?:^|[.!?・•]\s*)(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?(?P<who>(?:(?:[A-Z][\w’'.-]*|of|the|for|and)\s+)*"
    r"[A-Z][\w’'.]*)\s*[-–—]\s*$"
)
# "“…” President Kim Dae-jung’s message upon his arrival (June 13, 2000)": a caption that
# says whose words they were, after a quotation that ends its sentence.
CAPTION = re.compile(
    r"\s*(?P<who>[^.;“”\"]{1,60}?)['’]s?\s+(?:[a-z]+\s+){0,2}(?:message|speech|address|"
    r"statement|remarks|greeting|letter|words|reply|answer|toast|tweet)\b"
)
# An entry that opens with one person's address, speech or statement ("Kim Jong-un’s 2018 New
# Year’s address -").
OWNER_HEADING = re.compile(
    r"(?P<owner>[^.;:“”\"]{1,60}?)['’]s\s+(?:[\w’'-]+\s+){0,4}?(?:address|speech|statement|"
    r"message|remarks|letter)\s*[-–—:]"
)
# "…,” said a statement read to reporters by UN spokesman Farhan Haq": the one who read it.
STATEMENT_BY = re.compile(
    r"\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|message|letter)\b[^.;“”\"]*?\bby\s+"
)
# Words of a signature or a heading that only say who the named one is ("official", "news
# agency", "press office"): a verb among them makes it a sentence, no signature.
_SIGNATURE = (
    "a an the of for and to official officials spokesman spokeswoman spokesperson press "
    "office news agency senior top deputy minister ministry foreign secretary president "
    "prime state state-run government general chief leader chairman envoy ambassador "
    "representative adviser advisor director head defense defence military correspondent "
    "’s 's s"
)
SIGNATURE_WORDS = frozenset(_SIGNATURE.split())
ACCORDING_AFTER = re.compile(
    rf"\s*[,—–-]?\s*according\s+to\s+(?P<who>(?:[^,.;“”\"]|{ABBREVIATION_STOP}){{1,80}})"
)
ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?P<who>(?:[^,.;“”\"]|{ABBREVIATION_STOP}){{1,80}})")


# (a cheap test first: the verb and the sentence's end)
_CLOSING_VERBS = (
    r"said|says|added|adds|stressed|stresses|noted|notes|pointed\s+out|"
    # (whom he told: "told reporters", "told a news conference", "told the parliament")
    r"told\s+(?:reporters|journalists|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|"
    r"briefing|meeting|rally|audience|forum|session|hearing|parliament|committee|crowd))|"
    r"stated|states|declared|declares|warned|warns|wrote|writes|insisted|insists"
)
# (what may follow the verb before the sentence's end: where, when, how, to whom)
_CLOSING_TRAIL = (
    r"(?:\s+(?:on|in|at|during|to|via|through|after|before|late|early|earlier|later|"
    r"yesterday|today)\b[^.!?;:“”\"‘’«»()]{0,80})?"
)
CLOSING_VERB = re.compile(rf"\b(?:{_CLOSING_VERBS}|reporters|out|saying)\b{_CLOSING_TRAIL}\s*[.!?]")
# A sentence that goes on after a quotation and ends with who said it: ", Putin said."
CLOSING_ATTRIBUTION = re.compile(
    r"[^.!?;:“”\"‘’«»()]{0,200}?,\s*(?P<who>[^,.!?;:“”\"‘’«»()]{1,60}?)\s+"
    rf"(?:{_CLOSING_VERBS}){_CLOSING_TRAIL}\s*[.!?](?:\s|$)"
)
# "…the actions of ‘hostile forces,’ which …, KCNA reported on Thursday citing Kim as
# saying.": the one cited as saying, at the end of the sentence the words are in.
CLOSING_CITED = re.compile(
    r"[^.!?;:“”\"‘’«»()]{0,200}?\b(?:citing|quoting)\s+(?P<who>[^,.!?;:“”\"‘’«»()]{1,80}?)"
    r"\s+as\s+(?:saying|telling\s+[^.!?;:“”\"]{1,40}?)\s*[.!?](?:\s|$)"
)


# A sentence's fronted phrase ending in a preposition before names: "In a letter to ",
# "After talks with " (the names it takes are no subject).
FRONTED_OBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|At|After|Before|During|Following|On)\s[^,.;:!?“”\"]{0,60}?\s"
    r"(?:to|with|from|by|for|of)\s+$"
)


# A verb that declares a thing, and the article of its object right before the marks:
# "declared an “emergency martial law”", "proclaimed a “state of siege”" (a term, no words).
DECLARES_A_THING = frozenset(  # (and reported: "TASS reports an “accident”", the thing)
    """declared declares declare proclaimed proclaims imposed imposes announced announces
    reported reports""".split()  # noqa: SIM905
)
THING_ARTICLE = re.compile(r"\s+(?:a|an|the)\s+")


# After words that end a clause, the entry cut inside the attribution: "…,” the".
CUT_ATTRIBUTION = re.compile(r"\s+(?:the|a|an)\s*")


class SpeakerFinder:
    """Finds a quotation's speaker among the actors named around it."""

    def __init__(self, text: str, mentions: list[Mention], unknown: list[tuple[int, int]]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.unknown = sorted(unknown)  # spans of capitalised names nobody knows: they block
        self.unknown_starts = [s for s, _ in self.unknown]  # a guess

    def _in(self, start: int, end: int) -> list[Mention]:
        low = bisect_right(self.starts, start - 1)
        high = bisect_right(self.starts, end)
        return [m for m in self.mentions[low:high] if m.end <= end]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self._in(start, end)

    def _blocked(self, start: int, end: int) -> bool:
        """Whether a capitalised name nobody knows stands between; a title is no name ("Mark
        Toner, the US State Department Deputy Spokesman, said")."""
        return any(
            e <= end
            and not SUBJECT_GAP.fullmatch(self.text[s:e])
            and _could_be_person(self.text, s, e)  # ("Sen. Tim Kaine of Virginia said")
            for s, e in self._unknown_between(start, end)
        )

    def _unknown_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of names nobody knows that open from ``start`` to ``end`` (found by their
        starts: looking through all of them for each question made a long entry quadratic)."""
        first = bisect_left(self.unknown_starts, start)
        return self.unknown[first : bisect_right(self.unknown_starts, end)]

    def best(self, mentions: list[Mention]) -> str | None:
        """The speaker among the names of one subject (a person before a body, a body before
        its state)."""
        return self._best(mentions, prefer_last=True)

    def _best(self, mentions: list[Mention], prefer_last: bool) -> str | None:
        if not mentions:
            return None
        # "North Korea's UN ambassador": the state's envoy, not the UN's.
        mentions = [
            m
            for i, m in enumerate(mentions)
            if not (
                m.international
                and i
                and mentions[i - 1].kind == "state"
                and re.fullmatch(r"['’]s?\s+", self.text[mentions[i - 1].end - 2 : m.start])
            )
        ] or mentions
        # "said Clinton spokesman Matt McKenna": the spokesman named, not whom he speaks for
        # (README: a named spokesman or official is the speaker)
        mentions = [
            m
            for i, m in enumerate(mentions)
            if not (
                i + 1 < len(mentions)
                and mentions[i + 1].kind == "person"
                and NAMED_SPOKESMAN_BETWEEN.fullmatch(self.text, m.end, mentions[i + 1].start)
            )
        ] or mentions
        order = list(enumerate(mentions))
        return min(
            order,
            key=lambda im: (KIND_PRIORITY.get(im[1].kind, 5), -im[0] if prefer_last else im[0]),
        )[1].actor

    def _sentence_subject(self, start: int, at: int) -> str | None:
        """The known name a sentence (from ``start``) opens with, followed by its verb:
        "Trump calls Kim “Rocket Man” and says …" is Trump's."""
        begin = start + len(self.text[start:at]) - len(self.text[start:at].lstrip(LIST_MARKS))
        dateline = DATELINE.match(self.text, begin, at) if not self.text[:begin].strip() else None
        if dateline is not None:  # "SEOUL, Aug. 20 (UPI) — Kim on Friday accused …": the city
            begin = dateline.end()  # and the wire the entry opens with, no subject
        time_lead = TIME_LEAD.match(self.text, begin, at)
        if time_lead is not None:  # "On Tuesday he touted …, saying"
            begin = time_lead.end()
        for _ in range(3):  # ("Earlier on Monday, during a press conference with …, Biden …")
            lead = re.match(r"[^,]{0,80},\s*", self.text[begin:at])
            opening = self._in(begin, begin + (lead.end() if lead else 0))
            if not lead or (
                opening
                and not FRONTED_PHRASE.match(self.text, begin)
                and (
                    opening[0].start <= begin + 12
                    or SUBJECT_GAP.fullmatch(self.text[begin : opening[0].start])
                    or TITLE_WORDS.fullmatch(self.text, begin, opening[0].start)
                    or THE_AND_AN_ADJECTIVE.fullmatch(self.text, begin, opening[0].start)
                )  # ("Secretary of the Navy John Chafee rejected …, stating": he opens it;
                # "Chief Cabinet Secretary Yoshimasa Hayashi said …, describing": a title)
            ):
                break
            begin += lead.end()  # "Just before assuming office, Trump …": no name opens it
            # ("Unlike Clinton, however, Obama …": a name in a fronted phrase opens nothing)
        group = self._group_at(begin, at)
        if not group:
            return None
        return self._best(group, prefer_last=True) if self._verb_follows(group[-1].end) else None

    @staticmethod
    def _teller_before(before: str, sentence_at: int, until: int) -> re.Match[str] | None:
        """The sentence's first speech verb whose object leads into a "that" clause holding
        the words ("Kim told Putin on Wednesday that …"), relative to the sentence."""
        region = before[sentence_at:until]
        for verb in re.finditer(r"[A-Za-z]+", region):
            if verb.group().lower() in SPEECH_VERBS and TELLS_THAT.match(region, verb.end()):
                return verb
        return None

    def _verb_follows(self, at: int, *, speech_only: bool = False) -> bool:
        """Whether a verb follows a subject ending at ``at``, after adverbs, a date and an
        aside ("Trump on January 2 dismissed", "Kim Jong-un – who … – said")."""
        own_document = OWN_DOCUMENT.match(self.text, at) or OWN_DOCUMENT.match(
            self.text, max(0, at - 2)
        )  # (the name's span may hold its "'s")
        if own_document is not None:  # "LaPorte's statement did not elaborate …, but said":
            at = own_document.end()  # his document speaks for him
        elif POSSESSIVE_END.search(self.text, max(0, at - 2), at) or POSSESSIVE_NEXT.match(
            self.text, at
        ):
            return False  # "Herminio Coloma’s remarks came": a possessive, its noun no verb
        rest = _without_asides(self.text[at : at + 160])
        collective = STATE_COLLECTIVE.match(rest)
        if collective is not None:  # "The North Korean media condemns": the state's voice
            rest = rest[collective.end() :]
        gap = BEFORE_VERB.match(rest)
        # (accented letters too: "Macron a déclaré")
        following = re.match(r"([a-zà-ÿ]+)\b", rest[gap.end() :] if gap else rest.lstrip())
        if not following:
            return False
        word = following.group(1)
        if speech_only:
            return word in SPEECH_VERBS
        if gap is not None and gap.group("aux") and word not in {"not", "never"}:
            return True  # "He did not disclose …": any verb after an auxiliary
        return (
            word.endswith(("s", "ed")) or word in SPEECH_VERBS or word in PAST_VERBS
        ) and word not in {"is", "was", "has", "as", "its", "this", "his", "us"}

    def kind_of(self, actor: str) -> str:
        return next((m.kind for m in self.mentions if m.actor == actor), "")

    def participle_subject(self, start: int, verb_at: int) -> str | None:
        """Who does an -ing verb: the name just before it after "with" ("with Trump later
        calling Kim …"), else the subject of its sentence ("Obama telephones Lee, telling …")."""
        found = self._in(start, verb_at)
        if found:
            last = found[-1]
            gap = self.text[last.end : verb_at]
            if re.fullmatch(
                r"\s*(?:later|also|then|again|publicly|repeatedly)?\s*", gap
            ) and WITH_BEFORE_NAME.search(self.text, max(0, last.start - 40), last.start):
                return last.actor  # (a title may stand between: "with Mr Trump predicting")
        subject = self._sentence_subject(start, verb_at)
        if subject is None:
            subject = self._after_fronted_clause(start, verb_at)
        if subject is None:  # "Trump had been hopeful …, admitting that …": a copula's subject
            subject = self._copula_subject(start, verb_at)
        if subject is None:  # "Although the ministry issued a statement, stating “…”"
            subject = self._subordinate_clause_subject(start, verb_at)
        return subject

    def _subordinate_clause_subject(self, start: int, verb_at: int) -> str | None:
        """The subject of a subordinate clause that opens the sentence, when the -ing verb
        hangs on that clause's own verb ("Although the Japanese Foreign Ministry issued a
        statement on Friday, stating “…,” doubts remained": the ministry's words): the names
        right after the conjunction, followed by their verb, and no comma between them and the
        participle but the one before it (not "While Kim spoke, Moon nodded, saying …")."""
        opening = self.text[start:verb_at]
        begin = start + len(opening) - len(opening.lstrip(LIST_MARKS + " "))
        opener = SUBORDINATE_OPENER.match(self.text, begin, verb_at)
        if opener is None:
            return None
        clause = self.text[opener.end() : verb_at].rstrip()
        if not clause.endswith(",") or clause.count(",") != 1:
            return None
        group = self._group_at(opener.end(), verb_at)
        if not group or not self._verb_follows(group[-1].end):
            return None
        return self._best(group, prefer_last=True)

    def _copula_subject(self, start: int, verb_at: int) -> str | None:
        """The names a sentence opens with when a copula follows them ("Trump had been
        hopeful …, admitting that a deal was “…”"): who the participle's clause is about."""
        opening = self.text[start:verb_at]
        group = self._group_at(start + len(opening) - len(opening.lstrip(LIST_MARKS)), verb_at)
        if group and COPULA_NEXT.match(self.text, group[-1].end):
            return self._best(group, prefer_last=True)
        return None

    def _after_fronted_clause(self, start: int, verb_at: int) -> str | None:
        """ "After dubbing Kim “Rocket Man” in a tweet, Trump rolled out …": a participle
        in a clause that opens the sentence has the subject of the clause after it."""
        opening = self.text[start:verb_at]
        if not re.fullmatch(
            r"\s*(?:After|Before|While|Since|Upon|On|When|Besides)\s+", opening
        ) and (
            opening.strip(LIST_MARKS) or not self.text[verb_at : verb_at + 1].isupper()
        ):  # (or the participle opens the sentence: "Describing X as “…,” she went on")
            return None
        comma = re.compile(r",[”\"’]?\s+").search(self.text, verb_at, verb_at + 2 * WINDOW)
        if comma is None:
            return None
        begin = comma.end()
        group = self._group_at(begin, begin + WINDOW)
        if not group or not self._verb_follows(group[-1].end):
            return None
        return self._best(group, prefer_last=True)

    def _group_at(self, begin: int, limit: int) -> list[Mention]:
        """The names (and role words between them) that start at ``begin``."""
        group: list[Mention] = []
        position = begin
        for mention in self._in(begin, limit):
            gap = self.text[position : mention.start]
            if group and not SUBJECT_GAP.fullmatch(gap):
                break
            if not group and not (
                re.fullmatch(r"\s*(?:(?:the|an?)\s+)?", gap, re.IGNORECASE)
                or THE_AND_AN_ADJECTIVE.fullmatch(gap)
                or re.fullmatch(r"\s*(?:Mr|Mrs|Ms|Dr)\.?\s+", gap)
                or SUBJECT_GAP.fullmatch(gap)
                or TITLE_WORDS.fullmatch(gap.lstrip(LIST_MARKS))
            ):
                break
            group.append(mention)
            position = mention.end
        return group

    def _subject(self, start: int, verb_at: int) -> str | None:
        """The speaker of a verb at ``verb_at``, in the clause from ``start``: the names just
        before the verb (an aside between commas skipped, and the names inside it: "Boris
        Johnson, having spoken to Donald Trump, posts …" is Johnson's), else the clause's own
        subject."""
        found = self._in(start, verb_at)
        relative = RELATIVE_ASIDE.match(self.text, start, verb_at)
        if relative is not None:  # "Kim, who is a director of the Workers' Party, said": the
            found = [m for m in found if m.start >= relative.end()]  # party is not who said
        if (
            (len(found) > 1 and "," in self.text[found[0].end : verb_at])
            or (  # ("Marcus Noland, a fellow at PIIE, told": a name nobody knows, its aside)
                found and self.unknown and "," in self.text[start : found[0].start]
            )
        ):
            found = self._outside_appositions(found, verb_at)
        if found and "," in self.text[start : found[-1].start]:
            found = self._outside_participle_asides(found, start, verb_at)
        if found:
            gap = _without_asides(self.text[found[-1].end : verb_at])
            if (
                found[-1].kind == "person"
                and APPOSITION_BEFORE_VERB.fullmatch(self.text, found[-1].end, verb_at)
                and SUBJECT_GAP.fullmatch(  # (it opens the clause: "President Trump, a …")
                    self.text[start : self._group_ending(found[-1], start)[0].start].lstrip(
                        LIST_MARKS
                    )
                )
            ):  # "Donald Trump, a veteran negotiator warned …" (the aside's comma lost)
                return found[-1].actor
            if gap.startswith(")") and self.text[found[-1].start - 1 : found[-1].start] == "(":
                gap = gap[1:]  # "the Korean Central News Agency (KCNA) said": the name's own
            if AND_VERB.search(gap):
                earlier = self._shared_subject(start, found[-1], gap, verb_at)
                if earlier is not None or AND_ONLY.fullmatch(gap):
                    return earlier
            if (
                VERB_GAP.fullmatch(gap)
                and not self._blocked(found[-1].end, verb_at)
                and not DESCRIBED_SUBJECT.search(gap)
                and not self._object_then_when(found[-1], gap)
            ):
                group = [found[-1]]
                for mention in reversed(found[:-1]):
                    if not SUBJECT_GAP.fullmatch(self.text[mention.end : group[0].start]):
                        break
                    group.insert(0, mention)
                named = self._apposed_person(found, group[0])
                if named is not None:  # "Park Yong Su, a North Korean negotiator threatened"
                    return named
                return self._best(group, prefer_last=True)
        if re.match(r"\s*(?:and|but|then|also|while|,)\b", self.text[start:verb_at]) or found:
            sentence = max(0, start - 2 * WINDOW)
            for stop in SENTENCE_STOP.finditer(self.text, sentence, start):
                sentence = stop.end()
            if re.match(r"\s*(?:and|but|then|also)\b", self.text[start:verb_at]):
                # "…, but MacArthur ignored the reports, said …": the clause's own subject
                # first, else the one it shares ("Trump then said … and called …").
                earlier = self._earlier_subject(start, verb_at) if found else None
                earlier = earlier or self._earlier_subject(sentence, start)
                if earlier is not None:  # "Trump then said … and called Kim a “…”"
                    return earlier
            return self._sentence_subject(sentence, verb_at)
        return None

    def _object_then_when(self, mention: Mention, gap: str) -> bool:
        """A name after a preposition, then a time before the verb: "A letter from the ministry
        to Merkel on Monday dubbed him …" — the time goes with the sentence's own subject."""
        return WHEN_GAP.search(gap) is not None and (
            OBJECT_OF.search(self.text, max(0, mention.start - 12), mention.start) is not None
        )

    def _media_reports_a_teller(self, quote: Quotation, before: str, tail: re.Match[str]) -> bool:
        """Whether the news medium a quotation's tail names ("…”, Xinhua added") only reports
        what a person of the same sentence told someone before the words: a person right before
        a verb of telling ("Xi hosted a banquet and told Kim of his backing of “…”")."""
        if tail.group("b").strip():
            return False
        reporter = self._in(quote.end + tail.start("a"), quote.end + tail.end("a"))
        if not reporter or any(m.kind != "media" for m in reporter):
            return False
        sentence_at = quote.start - len(re.split(SENTENCE_STOP, before)[-1])
        teller = TELLER.search(self.text, sentence_at, quote.start)
        if teller is None:
            return False
        subject = self._subject(sentence_at, teller.start("verb"))
        return subject is not None and self.kind_of(subject) == "person"

    def _inverted_speaker(self, start: int, verb_at: int, verb_end: int, at: int) -> str | None:
        """The names after a speech verb that opens its sentence and before the colon or comma
        that leads into the words ("Said U.S. Secretary of State Edmund Muskie: “…”", "Added
        the coach, Ana Ruiz: “…”"): the inverted order of "X said", the names alone there."""
        if not (
            INVERTED_VERB.fullmatch(self.text, verb_at, verb_end)
            and not self.text[start:verb_at].strip(LIST_MARKS + " \t\n")
        ):
            return None
        colon = INVERTED_LEAD.search(self.text, verb_end, at)
        found = self._in(verb_end, at)
        if (
            colon is None
            or not found
            or self.text[found[-1].end : colon.start()].strip()
            or self._blocked(verb_end, found[-1].end)
        ):
            return None
        group = self._group_ending(found[-1], verb_end)
        if group[0] is not found[0] or not INVERTED_TITLE.fullmatch(
            self.text, verb_end, found[0].start
        ):  # ("Said Martin Okonkwo, who met Tony Blair: “…”": a stranger's)
            return None
        return self._best(group, prefer_last=True)

    def _stranger_subject(self, start: int, verb_at: int) -> bool:
        """Whether a name nobody knows stands right before the verb at ``verb_at`` (adverbs
        between allowed), inside the clause from ``start``: the verb's subject."""
        return any(
            end <= verb_at and VERB_GAP.fullmatch(self.text, end, verb_at)
            for _, end in self._unknown_between(start, verb_at)
        )

    def _cut_subject(self, subject: str, window: int, verb_at: int) -> str | None:
        """``subject``, read in a window that opens inside its sentence, or the subject of the
        whole sentence when the window opens right at ``subject``'s name: the window may have
        cut the aside it stands in ("…, Crump Garvin, chief of staff of t|he 24th Corps, at a
        press conference, said": Garvin, not the corps)."""
        first = next(iter(self._in(window, verb_at)), None)
        if (
            first is None
            or first.actor != subject
            or not re.fullmatch(r"\S*\s*(?:the\s+)?", self.text[window : first.start])
        ):
            return subject
        opening = self._sentence_start(window)
        return subject if opening >= window else self._subject(opening, verb_at)

    def _apposed_person(self, found: list[Mention], first: Mention) -> str | None:
        """The person an apposition that lost its closing comma describes: "Park Yong Su, a
        North Korean negotiator threatened …" is Park's, not North Korea's (the names before
        the verb, from ``first``, are the aside's adjectives, none a person)."""
        index = found.index(first)
        if (
            index == 0
            or found[index - 1].kind != "person"
            or any(m.kind == "person" for m in found[index:])
            or not APPOSITION_OPENS.fullmatch(self.text, found[index - 1].end, first.start)
        ):
            return None
        return found[index - 1].actor

    def _shared_subject(self, start: int, last: Mention, gap: str, verb_at: int) -> str | None:
        """The subject a verb after "and" shares with the verb before it: "Lee warned that …
        any provocation from Pyongyang and condemned …" is Lee's (a name right before "and" is
        an object there, never the subject); "Moon called both “brave” …, and said" is Moon's."""
        adjacent = AND_ONLY.fullmatch(gap) is not None
        end = last.start if adjacent else verb_at
        # (further from the verb, only a subject of speech: "he test-fired a missile and
        # claimed the same “successes”" is left alone, as a reader may take it as a sneer)
        speech_only = not adjacent
        earlier = self._earlier_subject(start, end, speech_only=speech_only) or (
            self._earlier_subject(self._sentence_start(start), end, speech_only=speech_only)
        )
        if earlier is not None and speech_only and self.kind_of(earlier) == "media":
            return self._reported_doer(self._sentence_start(start), end) or earlier
        return earlier

    def _reported_doer(self, start: int, end: int) -> str | None:
        """The person whose acts a news medium reports right after its verb, when he does
        them in a clause of his own: "KCNA said Xi showed support for … and promised to play a
        “…”" (Xi promised, KCNA reported it); one person named right after "said (that)", a
        verb in small letters after him, no stop before ``end``."""
        reported = _last(REPORTED_BY_MEDIUM.finditer(self.text, start, end))
        if reported is None:
            return None
        after = [m for m in self._in(reported.end(), end) if m.start == reported.end()]
        if len(after) != 1 or after[0].kind != "person":
            return None
        doing = re.match(r"\s+[a-z]{3,}\b", self.text[after[0].end : end])
        return after[0].actor if doing is not None else None

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` opens."""
        sentence = max(0, at - 2 * WINDOW)
        for stop in SENTENCE_STOP.finditer(self.text, sentence, at):
            sentence = stop.end()
        return sentence

    def _earlier_subject(self, start: int, end: int, *, speech_only: bool = False) -> str | None:
        """The subject of the last verb before ``end`` in the sentence from ``start``: what
        a verb after "and" shares ("While Trump then said … and called …"). A subject of a
        speech verb first: "Choe says the US offered “…”, and warns …" is Choe's."""
        mentions = self._in(start, end)
        for speech in (True,) if speech_only else (True, False):
            for mention in reversed(mentions):
                if self._verb_follows(mention.end, speech_only=speech):
                    group = self._group_ending(mention, start)
                    return self._best(group, prefer_last=True)
        return None

    def _group_ending(self, last: Mention, start: int) -> list[Mention]:
        group = [last]
        for mention in reversed(self._in(start, last.start)):
            if not SUBJECT_GAP.fullmatch(self.text[mention.end : group[0].start]):
                break
            group.insert(0, mention)
        return group

    def _outside_appositions(self, found: list[Mention], verb_at: int) -> list[Mention]:
        """``found`` less the names inside an apposition that describes the name before it:
        "Cohen, the former Trump attorney, called …" is not Trump's (nor anyone's when
        "Cohen" is no name the importer knows)."""
        if "," not in self.text[found[0].start : verb_at]:
            return found
        anchors = [m.end for m in found if m.kind == "person"] + [e for _, e in self.unknown]
        if found[0].kind != "person":  # "South Korea, technically still at war with the North,
            anchors.append(found[0].end)  # said": the first name only (a state, a body)
        for end in anchors:
            aside = APPOSITION_ASIDE.match(self.text, end)
            if aside is not None and aside.end() <= verb_at:
                found = [m for m in found if not end <= m.start < aside.end()]
        return found

    def _outside_participle_asides(
        self, found: list[Mention], start: int, verb_at: int
    ) -> list[Mention]:
        """The names outside the asides between commas before the verb ("The coach, who is
        a friend of Olaf Scholz, said", "Kim, who is a director of the party's committee,
        called them …": whoever said or called, not Scholz nor the committee)."""
        asides = [
            (a.start(), a.end()) for a in PARTICIPLE_ASIDE.finditer(self.text, start, verb_at)
        ]
        return [m for m in found if not any(a <= m.start < b for a, b in asides)]

    def direct_subject(self, start: int, verb_at: int) -> str | None:
        """The names right before a verb (an aside and adverbs between allowed), and only
        those: "Trump dubbed Kim “…”" is Trump's, "a missile dubbed “…”" nobody's."""
        found = self._in(start, verb_at)
        if found:
            found = self._outside_appositions(found, verb_at)
        if found and "," in self.text[start : found[-1].start]:
            found = self._outside_participle_asides(found, start, verb_at)
        if not found:
            return None
        gap = _without_asides(self.text[found[-1].end : verb_at])
        if AND_VERB.search(gap):
            earlier = self._shared_subject(start, found[-1], gap, verb_at)
            if earlier is not None or AND_ONLY.fullmatch(gap):
                return earlier
        if (
            not VERB_GAP.fullmatch(gap)
            or self._blocked(found[-1].end, verb_at)
            or DESCRIBED_SUBJECT.search(gap)
            or self._object_then_when(found[-1], gap)
        ):
            return None
        return self._best(self._group_ending(found[-1], start), prefer_last=True)

    def document_subject(self, start: int, verb_at: int) -> str | None:
        """The author of a document that opens the sentence as the verb's subject: "A letter
        from the ruling Workers' Party on Monday dubbed him “…”" is the party's word (the
        document speaks for who issued it), only when its author's names end right before
        the verb (a date or adverb between allowed)."""
        document = DOCUMENT_FROM.match(self.text, start, verb_at)
        if document is None:
            return None
        found = self._in(document.end(), verb_at)
        if (
            not found
            or not AUTHOR_OPENS.fullmatch(self.text, document.end(), found[0].start)
            or not (
                VERB_GAP.fullmatch(self.text, found[-1].end, verb_at)
                or BEFORE_VERB.fullmatch(self.text, found[-1].end, verb_at)
            )
            or self._blocked(document.end(), verb_at)
        ):
            return None
        return self._best(self._group_ending(found[-1], document.end()), prefer_last=True)

    def _named_right_before(self, quote: Quotation) -> str | None:
        """The person whose name opens the quotation's sentence and stands right before its
        opening mark ("Park “hoped …”", "Chancellor Angela Merkel "…""), else None."""
        start = self._sentence_start(quote.start)
        found = self._in(start, quote.start)
        if (
            not found
            or found[-1].kind != "person"
            or self.text[found[-1].end : quote.start].strip()
        ):
            return None
        group = self._group_ending(found[-1], start)
        opening = self.text[start : group[0].start].lstrip(LIST_MARKS)
        if not (SUBJECT_GAP.fullmatch(opening) or TITLE_WORDS.fullmatch(opening)):
            return None
        return self._best(group, prefer_last=True)

    def _urger(self, before: str, before_start: int) -> str | None:
        """The person who, in the quotation's sentence, urges, asks or orders someone "to" do
        the quoted words ("Kim urged military scientists to “…”"): they are his words, whoever
        reports them after the quotation. A person's only (a body's order is its report's)."""
        urged = URGED_TO.search(before)
        if urged is None:
            return None
        sentence_at = 0
        for stop in SENTENCE_STOP.finditer(before, 0, urged.start()):
            sentence_at = stop.end()
        subject = self._subject(before_start + sentence_at, before_start + urged.start())
        return subject if subject is not None and self.kind_of(subject) == "person" else None

    def speaker(self, quote: Quotation) -> tuple[bool, str | None]:
        """(the text says someone said it, who). A speaker is named only when a speech verb
        ties the quotation to a subject made of names the importer knows."""
        text = self.text
        before_start = max(0, quote.start - WINDOW)
        before = text[before_start : quote.start]
        after = text[quote.end : quote.end + WINDOW]
        # "KCNA quoted Kim as saying “…”" / "citing Kim as saying": the one quoted speaks.
        # (Each pattern below is tried only when its key word is there: they are anchored at
        # the quotation, and searching a window for them at every position costs.)
        cited = "quot" in before or "cit" in before
        passive = QUOTED_PASSIVE.search(_masked(before)) if cited else None
        if passive is not None:  # "Kim was quoted by KCNA as saying “…”": Kim
            passive_at = before_start + passive.start()
            found = self._in(before_start, passive_at + 1)
            asides = [
                (a.start(), a.end())
                for a in PARTICIPLE_ASIDE.finditer(text, before_start, passive_at + 1)
            ]  # ("Putin, following his talks with Kim, was quoted": Putin, not Kim)
            found = [m for m in found if not any(a <= m.start < b for a, b in asides)]
            if found and SUBJECT_GAP.fullmatch(_without_asides(text[found[-1].end : passive_at])):
                return True, found[-1].actor
            return True, None
        quoted = QUOTED_AS.search(_masked(before)) if cited else None
        if quoted is not None:
            who = self._in(before_start + quoted.start("who"), before_start + quoted.end("who"))
            return True, self._best(who, prefer_last=False)
        # "the Security Council passes Resolution 83 that recommends “…”": the body's words.
        passed = RESOLUTION_SAYS.search(before) if "esolution" in before else None
        spoke = (
            RESOLUTION_SPEAKS.search(before) if passed is None and "esolution" in before else None
        )
        if spoke is not None:  # "a second UN resolution called on the Members to “…”"
            body = self._in(before_start + spoke.start("body"), before_start + spoke.end("body"))
            if body and body[-1].kind not in {"person", "state"}:
                return True, body[-1].actor
        if passed is not None:
            verb_at = before_start + passed.start("verb")
            sentence = before_start
            for stop in SENTENCE_STOP.finditer(text, before_start, verb_at):
                sentence = stop.end()
            return True, self.direct_subject(sentence, verb_at) or self._sentence_subject(
                sentence, verb_at
            )
        # "a statement from X that read: “…”", "X's statement read: “…”": X's words.
        near = before[-40:]
        read = (READ_BEFORE.search(before) if " read" in near else None) or (
            WORDS_OF.search(before) if "words" in near or "remarks" in near else None
        )
        if read is not None:
            group = "who" if read.groupdict().get("who") else "owner"
            end = read.end(group) + (2 if group == "owner" else 0)  # "Kim's": the name's end
            who = self._in(before_start + read.start(group), before_start + end)
            return True, self._best(who[-1:] if group == "owner" else who, prefer_last=False)
        # "Trump's “fire and fury” threat": words of the one whose remark, threat… it is.
        # (Not after a speech verb of the clause: "Kim Yo Jong slams the South's “impudent”
        # remarks" is Kim Yo Jong's word.)
        if (
            re.match(r"['’]s?\s*$", before[-3:])
            and SPEECH_NOUN_AFTER.match(after)
            and not any(
                w.lower() in SPEECH_VERBS
                for w in re.findall(r"[A-Za-z]+", re.split(r"[.;!?]", before)[-1])
            )
        ):
            found = self._in(before_start, quote.start)
            if found and found[-1].end >= quote.start - 3:
                return True, found[-1].actor
        # After the quotation, when it ends a clause: "…,” Trump said / "…," said Trump.
        # (a quotation inside it may close with it: "… as ‘comfort women,’” Kishida said")
        ends_clause = (
            quote.text.rstrip("’'")[-1:] in {",", "!", "?", "—"}
            or re.match(r"\s*[,—–]", after)
            or (quote.text.endswith(".") and STOP_FOR_A_COMMA.match(after))
            or (
                text[quote.end - 2 : quote.end] == ' "'
                and (_first_mark_at(text) == quote.start or _opens_a_sentence(text, quote.start))
            )
        )  # ('"… or die there " retired Cmdr. Ames said': a sentence's mark typed spaced)
        if ends_clause and CUT_ATTRIBUTION.fullmatch(after):
            return True, None  # "“… We cannot keep silent,” the" (the entry cut): someone's
        # ("“…,” Xinhua cited Kim as saying": "cited" holds no "quot")
        cites_after = ends_clause and ("quot" in after or "cite" in after)
        quoted_after = QUOTED_AFTER.match(after) if cites_after else None
        if quoted_after is not None:  # "“…,” KCNA quoted Kim as saying"
            who = self._in(
                quote.end + quoted_after.start("who"), quote.end + quoted_after.end("who")
            )
            if not who and OBJECT_PRONOUN.fullmatch(quoted_after.group("who")):
                # "Park “hoped …,” her office quoted her as saying": the one the sentence
                # opens with, right before the words
                return True, self._named_right_before(quote)
            # ("“…,” TASS cited a senior official as saying": someone's, whose not clear)
            return True, self._best(who, prefer_last=False) if who else None
        passive_after = QUOTED_PASSIVE_AFTER.match(_masked(after)) if cites_after else None
        if passive_after is not None:  # "“…,” Kim was quoted as telling Koizumi by an official"
            who_start, who_end = (
                quote.end + passive_after.start("who"),
                quote.end + passive_after.end("who"),
            )
            found = self._in(who_start, who_end)
            if (
                found
                and _only_signature(text[found[-1].end : who_end])
                and _a_title_and_name(text[who_start : found[-1].start])
            ):  # (not "an aide of Kim was quoted": the aide's words)
                return True, found[-1].actor
            return True, None
        read = READ_AFTER.match(after) if ends_clause else None
        if read is not None:  # "…,” read a statement from a spokesman for the Ministry"
            who = self._in(quote.end + read.start("who"), quote.end + read.end("who"))
            return True, self._best(who, prefer_last=False)
        # ("“…,” U.S. President Joe Biden said": the title's stops end no attribution)
        tail = TAIL.match(_masked(after)) if ends_clause else None
        if tail is None and ends_clause and "," in after and CAPITAL_NEXT.match(after):
            named = self._appositive_speaker(quote)
            if named is not None:  # "“…,” Yang Moo Jin, a professor at …, said by phone"
                return True, named
        if (
            tail is not None
            and re.match(CONJUNCTION, tail.group("a"))
            and not AS_SAID.match(tail.group("a"))
        ):  # ("“…,” as Chou put it" / "as Trump said": the words are his)
            tail = None  # "into “combat posture,” and threatened …": the sentence goes on
        elif tail is not None and RELATIVE_OPENS.match(tail.group("a")):
            tail = None  # "‘hostile forces,’ which threaten it, KCNA reported citing Kim as …"
        elif tail is not None and tail.group("a").strip().lower() == "according to":
            tail = None  # "“…,” according to reports": a noun, no verb; nobody named there
        if (
            tail is not None
            and tail.group("verb") in {"reports", "reported"}
            and (not tail.group("a").strip() or "citing" not in tail.group("b"))
            and _speech_verb_in(re.split(SENTENCE_STOP, before)[-1])
        ):  # "he says that's OK, “because …,” reports the BBC": the BBC reports what he says
            tail = None  # (and "Putin said …, adding that it provided, “…,” agencies reported")
        elif (
            tail is not None
            and tail.group("verb") in {"added", "adds", "said", "says"}
            and self._media_reports_a_teller(quote, before, tail)
        ):  # "Xi … told Kim of his backing of “…”, Xinhua added": the agency reports Xi's words
            tail = None
        if tail is not None and (
            len(_without_asides(tail.group("a")).split()) <= 8 or _a_title_and_name(tail.group("a"))
        ):
            at = quote.end + tail.start("b")
            cited_after = (
                CITING_AFTER.match(text, at)
                if "citing" in tail.group("b") or "quoting" in tail.group("b")
                else None
            )  # ("…,” the BBC reported, quoting Macron": his words, as cited)
            if cited_after is not None and CITED_DEED.match(cited_after.group("who")):
                cited_after = None  # "…,” Trump said, citing Kim’s ability to …": his reason
            if cited_after is not None:  # "…,” Yonhap said, citing the Joint Chiefs of Staff"
                who = self._in(cited_after.start("who"), cited_after.end("who"))
                if who:
                    return True, self._best(who, prefer_last=False)
                if UNNAMED_CITED.match(cited_after.group("who")):
                    return True, None  # "…,” KCNA reported, citing a senior official": his
            subject_start = quote.end + tail.start("a")
            subject_end = quote.end + tail.end("a")
            urger = self._urger(before, before_start) if " to" in before[-5:] else None
            if urger is not None:  # "Kim urged the scientists to “…,” KCNA added": Kim's
                return True, urger
            if tail.group("a").strip():  # "…,” Trump said / “…,” the KCNA report said
                found = self._in(subject_start, subject_end)
                if (
                    found and found[-1].kind == "person" and OFFICE_OF.match(text, found[-1].end)
                ):  # "“…,” the South Korean president’s office told me": his state's office
                    states = [m for m in found if m.kind == "state"]
                    return True, states[-1].actor if states else None
                if (
                    found
                    and found[-1].kind == "person"
                    and RELATIVES_AFTER.match(text, found[-1].end)
                ):
                    return True, None  # "“…,” Warmbier’s parents wrote": theirs, not his
                if (
                    found
                    and found[-1].kind == "state"
                    and NEWS_REPORT_NEXT.match(text, found[-1].end)
                ):
                    return True, None  # "“…,” the North Korean news report said": its agency's
                if found and (
                    not self._blocked(found[-1].end, subject_end)
                    or not _without_asides(text[found[-1].end : subject_end]).strip(" ,")
                ):  # ("…,” John Delury, of Yonsei University, told": an aside blocks nothing)
                    return True, self._best(found, prefer_last=True)
                document = THE_DOCUMENT.fullmatch(tail.group("a").strip())
                if not found and document is not None:  # "“…,” the statement said"
                    return True, self._document_owner(document.group("noun"), quote.start)
                return True, None
            object_start = quote.end + tail.start("b")  # "…," said Trump
            first_words = re.match(r"\s*((?:[\w.\u2024’'-]+\s*){1,6})", tail.group("b"))
            span_end = object_start + (first_words.end() if first_words else 0)
            found = [  # (a name begun in them: "said a spokesman for the DPRK foreign ministry")
                m for m in self._in(object_start, quote.end + tail.end("b")) if m.start < span_end
            ]
            if (
                found
                and found[0].kind == "person"
                and owner_of_speaker(text, object_start, found[0])
            ):
                # "…,” said the lawyer of John Smith, Peter Black", "…», a déclaré l'avocat de
                # Jean Dupont": the one who speaks is named after him, or not at all
                persons = [
                    m
                    for m in self._in(found[0].end, quote.end + tail.end("b"))
                    if m.kind == "person" and m.actor != found[0].actor
                ]
                return True, persons[0].actor if persons else None
            if found and all(m.kind != "person" for m in found):
                # "…," said US chief negotiator … Christopher Hill: the person after the title
                persons = [
                    m for m in self._in(span_end, quote.end + tail.end("b")) if m.kind == "person"
                ]
                if persons and not self._blocked(found[-1].end, persons[0].start):
                    return True, persons[0].actor
            if found and not self._blocked(object_start, found[0].start):
                return True, self._best(found, prefer_last=False)
            read_by = STATEMENT_BY.match(tail.group("b"))
            if read_by is not None:  # "…,” said a statement read to reporters by Farhan Haq"
                found = self._in(object_start + read_by.end(), quote.end + tail.end("b"))
                if found:
                    return True, self._best(found, prefer_last=False)
            return True, None
        written = _written_before(before)
        if written is not None:  # "The poet Ku Sang, …, wrote a poem in 1973 …. “…”": his
            writer = self._writer(before_start, before_start + written)
            if writer is not None:
                return True, writer
        # Before the quotation: the subject of the nearest speech verb, in the clause, else in
        # the sentence ("Bolton writes … that North Korea “…” and that they will “…”").
        sentence_at = 0
        for stop in SENTENCE_STOP.finditer(before):
            sentence_at = stop.end()
        source = self._cited_source(before, before_start, sentence_at)
        if source is not None:  # "Yonhap, citing the Joint Chiefs of Staff, said …"
            return True, source
        clause_at = sentence_at
        for stop in CLAUSE_STOP.finditer(before, sentence_at):
            clause_at = stop.end()
        for start_at in dict.fromkeys((clause_at, sentence_at)):
            region = before[start_at:]
            according = _last(ACCORDING.finditer(region))
            if (
                according is not None
                and not _speech_verb_in(region[according.end() :])
                and not _opens_a_sentence(text, quote.start)
            ):  # ("…, according to the AP. “It is a great day”": not the AP's, a new sentence)
                found = self._in(before_start + start_at + according.start("who"),
                                 before_start + start_at + according.end("who"))  # fmt: skip
                return True, self._best(found, prefer_last=False) if found else None
            verbs = [
                v
                for v in re.finditer(r"[A-Za-z]+", region)
                if (
                    (word := v.group().lower()) in SPEECH_VERBS
                    or word in SPEECH_ACTS
                    or _leads_in(word, region, v.end())
                    or (word in SPEECH_IF_SAYING and SAYING_NEXT.match(region, v.end()))
                    # "Iran charged in a statement that “…”", not "charged with …"
                    or (word in SPEECH_IF_THAT and THAT_NEXT.match(region, v.end()))
                    or (  # "Xi, who offered his “full support”": his own words
                        word in SPEECH_IF_OWN and OWN_WORDS_NEXT.fullmatch(region, v.end())
                    )
                    or (  # "Moon made an improper remark that “…”"
                        word in SPEECH_IF_NOUN and SPEECH_NOUN_NEXT.match(region, v.end())
                    )
                )
                and not NOUN_BEFORE.search(region[: v.start()])
            ]
            own_at = start_at + verbs[-1].start() if verbs else 0
            if (
                verbs
                and (
                    verbs[-1].group().lower() in SPEECH_IF_OWN
                    # "Moon said Sunday that Kim had reaffirmed his commitment to “…”": told
                    # at second hand, in the teller's words
                    or re.search(r"\bhad\s+(?:[a-z]+ly\s+)?$", region[: verbs[-1].start()])
                )
                and (teller := self._teller_before(before, sentence_at, own_at))
                and teller.start() < own_at - sentence_at
            ):  # "Kim told Putin that Pyongyang offers its “full … support”": Kim's words
                region, start_at, verbs = before[sentence_at:], sentence_at, [teller]
            if (
                verbs
                and verbs[-1].group().lower() in DECLARES_A_THING
                and THING_ARTICLE.fullmatch(region, verbs[-1].end())
                and len(quote.text.split()) <= 5
                and quote.text[-1:].isalnum()
            ):  # "Yoon declared an “emergency martial law”": the thing declared, no words
                return False, None
            if verbs and SUBORDINATE_WITH_VERB.search(region, verbs[-1].end()):
                return True, None  # "X denounces …'s “…” as Kim’s regime issues “…”": whose?
            if verbs and HYPOTHETICAL_SUBJECT.search(region, 0, verbs[-1].start()):
                return False, None  # "If Japan admits that the “…” targets us": unsaid
            if len(verbs) > 1 and (
                (
                    start_at != clause_at
                    and SUBORDINATOR.search(region, verbs[0].end(), verbs[-1].start())
                )  # "Trump said … the talks failed when North Korea demanded … — “and we
                # couldn't do that”": the words after the dash go on with the main clause's
                # speaker, not the subordinate clause's
                # ("As Kirk told me as he recalled a trip …, “…”": the one who told, whom the
                # pronoun of the subordinate clause goes back to)
                or PRONOUN_SUBORDINATE.search(region, verbs[0].end(), verbs[-1].start())
            ):
                verbs = verbs[:1]
            if verbs:
                verb_at = before_start + start_at + verbs[-1].start()
                if verbs[-1].group().endswith("ing"):  # "Obama telephones Lee, telling him …"
                    subject = self.participle_subject(before_start + start_at, verb_at)
                    if (
                        len(verbs) > 1
                        and not verbs[-2].group().endswith("ing")
                        and not WORDS_MARK.search(before, sentence_at, start_at + verbs[-2].start())
                    ):  # "Interfax said Russia condemned the shelling, pointing out that “…”":
                        # the doer of the clause the -ing verb hangs on (not after words the
                        # sentence opened with: "“…,” the office tweeted, adding …" is theirs)
                        doer = self._subject(
                            before_start + start_at, before_start + start_at + verbs[-2].start()
                        )
                        subject = doer if doer is not None else subject
                    if subject is None and start_at != sentence_at:
                        # "Trump refers to Kim as “Rocket Man” in his address, saying …"
                        subject = self.participle_subject(before_start + sentence_at, verb_at)
                    if subject is None and sentence_at == 0 and before_start > 0:
                        # a sentence longer than the window: from where it opens ("China
                        # Central Television reported … for Taiwan, saying in a headline on
                        # its website, “…”"), when that subject's own verb is one of speech
                        # (not "Jang has been executed …, state media announced, calling him
                        # “a traitor”": the nearer speaker's participle)
                        opens_at = self._sentence_start(before_start + 1)
                        subject = self.participle_subject(opens_at, verb_at)
                        opener = next(
                            (m for m in self._in(opens_at, verb_at) if m.actor == subject), None
                        )
                        if opener is None or not self._verb_follows(opener.end, speech_only=True):
                            subject = None
                    return True, subject
                inverted = self._inverted_speaker(
                    before_start + start_at, verb_at, verb_at + len(verbs[-1].group()), quote.start
                )
                if inverted is not None:  # "Said Secretary of State Edmund Muskie: “…”"
                    return True, inverted
                if SOURCE_OPENS_ABROAD.match(self.text, before_start + start_at, verb_at):
                    # "Laut Hans Müller sagte der Richter, „…“": the clause opens with its
                    # source, so the verb's subject follows it (a name there, else nobody named)
                    after_verb = self._in(verb_at + len(verbs[-1].group()), quote.start)
                    return True, self._best(after_verb, prefer_last=True) if after_verb else None
                subject = self._subject(before_start + start_at, verb_at)
                if subject is None and self._stranger_subject(before_start + start_at, verb_at):
                    return True, None  # "…, Chou assured him that he would “…”": a name
                    # nobody knows says it, not one the sentence named before (quotes17)
                if subject is not None and sentence_at == 0 and before_start > 0:
                    subject = self._cut_subject(subject, before_start, verb_at)
                if (
                    subject is None
                    and start_at != sentence_at
                    and (
                        not region[: verbs[-1].start()].strip(" ,")
                        or AND_VERB.search(region, 0, verbs[-1].start())
                    )
                ):  # ("Moon called both “brave” for …, and said, “…”": the sentence's subject)
                    # "Kim, after being called “…,” says …" / "Kim – who … – said …": the
                    # clause's verb has the sentence's subject.
                    subject = self._subject(before_start + sentence_at, verb_at)
                if (
                    subject is None
                    and sentence_at == 0
                    and before_start > 0
                    and verb_at - before_start < 40
                    and (opening := self._sentence_start(before_start)) < before_start
                ):  # "Secretary of State Antony Blinken told reporters Tuesday that the summit
                    # between A, B and C will mark “…”": the window began after the subject
                    # (a person's only: "North Korean state media reported that the building,
                    # which …, was “completely destroyed by a” …" quotes the report, not a
                    # statement, as held-out-6 annotates it)
                    subject = self._subject(opening, verb_at)
                    if subject is not None and self.kind_of(subject) != "person":
                        subject = None
                return True, subject
        # "Mr Trump in an interview with Reuters: “…”": a clause of speech ending in a colon.
        if before.rstrip().endswith(":"):
            region = before[sentence_at:]
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", region)}
            if words & SPEECH_NOUNS:
                return True, self._opening_subject(before_start + sentence_at, quote.start)
        signed = SIGNED.match(after) if after.lstrip(" ,")[:1] in {"—", "–", "-", "~"} else None
        if signed is not None and quote.text[-1:] in {".", "!", "?", ",", "…"}:  # "“…” — Trump"
            who = self._in(quote.end + signed.start("who"), quote.end + signed.end("who"))
            lowered = re.findall(
                r"(?<![\w’'-])[a-z][\w’'-]*", after[signed.start("who") : signed.end("who")]
            )
            if who and who[-1].end >= quote.end + signed.end("who") - 2:
                return True, self._best(who, prefer_last=True)
            if who and set(lowered) <= SIGNATURE_WORDS:  # "— A senior … Ministry official"
                return True, self._best(who, prefer_last=True)
        bracketed = (
            BRACKET_CAPTION.match(text, quote.end)
            if quote.text[-1:] in {".", "!", "?"} and text.endswith(")")
            else None
        )
        if bracketed is not None:  # "“…” (Guo Yi, president of the …, China)"
            who = self._in(bracketed.start("who"), bracketed.end("who"))
            if who and (who[0].start, who[-1].end) == bracketed.span("who"):  # the name alone
                return True, who[-1].actor
        caption = CAPTION.match(after) if quote.text[-1:] in {".", "!", "?"} else None
        if caption is not None:  # "“…” President Kim Dae-jung’s message upon his arrival"
            who = self._in(quote.end + caption.start("who"), quote.end + caption.end("who") + 2)
            if who and who[-1].end >= quote.end + caption.end("who") - 1:
                return True, who[-1].actor
        # "Kim Jong Un: “…”": a name alone before a colon.
        alone = (
            re.search(r"(?:^|[.!?]\s+)([^.!?:]{1,60}):\s*$", before)
            if before.rstrip().endswith(":")
            else None
        )
        if alone is not None:
            names = self._group_at(before_start + alone.start(1), quote.start)
            if names and not text[names[-1].end : quote.start].strip(" :"):
                return True, self._best(names, prefer_last=True)
        if before.rstrip().endswith(":") and quote.text[:1].isupper():
            # "Stalin invited Ho Chi Minh to Moscow: “Let's add …”": a person's clause that
            # leads into the words with a colon (no speech verb: those are read above).
            subject = self._sentence_subject(before_start + clause_at, quote.start)
            if subject is not None and self.kind_of(subject) == "person":
                return True, subject
        # "Trump ‘would be honoured to meet Kim’": a headline, a person and his words alone.
        heading = before[sentence_at:].lstrip(LIST_MARKS + '“"')  # (a stray mark before it)
        if heading and len(heading) <= 40:
            at = quote.start - len(heading)
            names = self._group_at(at, quote.start)
            if (
                len(names) == 1
                and names[0].kind == "person"
                and names[0].start == at
                and not text[names[0].end : quote.start].strip()
                and not POSSESSIVE_END.search(text, max(0, names[0].end - 2), names[0].end)
            ):  # (not "Roh’s “northern politics” shifted …": his policy's name, no words of
                return True, names[0].actor  # his: a name in quotation marks, README)
        heading_of = self._heading_speaker(heading, quote) if heading else None
        if heading_of is not None:  # "Korean Central News Agency (KCNA) “…”"
            return True, heading_of
        # "The Ministry of National Defense- “…”": a heading of names, a dash, the words.
        dashed = DASHED_HEADING.search(before) if before.rstrip()[-1:] in "-–—" else None
        if dashed is not None:
            found = self._in(before_start + dashed.start("who"), before_start + dashed.end("who"))
            if found and found[-1].end >= before_start + dashed.end("who") - 1:
                return True, found[-1].actor
        according = ACCORDING_AFTER.match(after) if ends_clause else None
        if according is not None:  # "“…”, according to KCNA"
            found = self._in(quote.end + according.start("who"), quote.end + according.end("who"))
            return True, self._best(found, prefer_last=False) if found else None
        lead = before.rstrip(" \t\n・•·-–—")
        if lead.endswith((".", ":")) and GOING_ON.fullmatch(before[len(lead) - 1 :]):
            issued = ISSUES_STATEMENT.search(lead)
            if issued is not None:  # "Kim Yo Jong issues a statement. ・ “…”": hers
                opening = 0
                for stop in SENTENCE_STOP.finditer(lead, 0, issued.start()):
                    opening = stop.end()
                opening += len(GOING_ON.match(lead, opening).group())  # type: ignore[union-attr]
                at, verb_at = before_start + opening, before_start + issued.start()
                return True, (  # (after an aside too: "Kim Yo Jong, first vice …, issues")
                    self._sentence_subject(at, verb_at) or self._opening_subject(at, verb_at)
                )
        # "The sides made “significant progress” in …, the Russian president said.": words
        # inside a sentence whose closing clause says who said them.
        masked_after = _masked(after)
        closing_verb = CLOSING_VERB.search(masked_after)
        closing = CLOSING_ATTRIBUTION.match(masked_after) if closing_verb else None
        if closing is None and closing_verb and closing_verb.group().startswith("saying"):
            closing_cited = CLOSING_CITED.match(masked_after)
            if closing_cited is not None:  # "…, KCNA reported citing Kim as saying."
                who_start = quote.end + closing_cited.start("who")
                who_end = quote.end + closing_cited.end("who")
                found = self._in(who_start, who_end)
                if found and not self._blocked(found[-1].end, who_end):
                    return True, self._best(found, prefer_last=True)
                return True, None
        if closing is not None:
            who_start, who_end = quote.end + closing.start("who"), quote.end + closing.end("who")
            found = self._in(who_start, who_end)
            if found and not self._blocked(found[-1].end, who_end):
                return True, self._best(found, prefer_last=True)
            if THE_BODY.fullmatch(closing.group("who").strip()):
                return True, None  # "…, the ministry stated.": someone's (the body's, maybe)
        source = self._headline_source(quote)
        if source is not None:  # "N. Korea's Kim 'soon' to visit Russia: KCNA"
            return True, source
        next_said = NEXT_SENTENCE_SAID.match(after) if quote.text[-1:] in {".", "!", "?"} else None
        if next_said is not None:  # "“We are ready.” Kim said on Monday." (a full stop for a comma)
            who = self._in(quote.end + next_said.start("who"), quote.end + next_said.end("who"))
            if (
                who
                and (
                    who[0].start <= quote.end + next_said.start("who") + 4
                    or _a_title_and_name(text[quote.end + next_said.start("who") : who[0].start])
                )  # ("President Trump was reported as saying.": a title before the name)
                and _only_signature(text[who[-1].end : quote.end + next_said.end("who")])
            ):
                return True, self._best(who, prefer_last=True)
            return True, None  # (someone said them: whom, the finder cannot tell)
        # "“…,” Mr. Koizumi" and the entry ends: the abridging cut the verb after the name.
        if (
            quote.text[-1:] == ","
            and quote.end + len(after) == len(text)
            and (found := self._in(quote.end, len(text)))
            and len(found) == 1
            and found[0].kind == "person"
            and re.fullmatch(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", text[quote.end : found[0].start])
            and not text[found[0].end :].strip()
        ):
            return True, found[0].actor
        return False, None

    def spokesmans_principal(self, quote: Quotation) -> str | None:
        """The person whose spokesman the quotation's sentence says spoke: "… an “absolutely
        necessary” dialogue, Moon's spokesman said" and "he avoided a direct response, said
        his spokesman Kim Eui-kyeom, and called for “…”" are Moon's words, as a body's
        spokesman's are the body's. "His" must have one person named before it in the
        sentence; a body's spokesman is left to the rules for bodies."""
        text = self.text
        start = 0
        for stop in SENTENCE_STOP.finditer(text, max(0, quote.start - WINDOW), quote.start):
            start = stop.end()
        follows = SENTENCE_STOP.search(text, quote.end)
        end = follows.start() + 1 if follows is not None else len(text)
        said = PERSONS_SPOKESMAN_SAID.search(text, start, end)
        if said is None:
            return None
        if said.group("owner") is not None:
            owners = self._in(said.start("owner"), said.end("owner"))  # (a name's "'s" in it)
            if owners and owners[-1].end >= said.end("owner") - 2 and owners[-1].kind == "person":
                return owners[-1].actor
            return None
        persons = {m.actor for m in self._in(start, said.start()) if m.kind == "person"}
        return persons.pop() if len(persons) == 1 else None

    def _appositive_speaker(self, quote: Quotation) -> str | None:
        """ "“…,” NAME, WHO HE IS, said": the name right after the quotation, when an aside
        between commas says who he is and a speech verb follows it (an aside too long for the
        short attribution; it holds no quotation and no sentence's end)."""
        tail = APPOSITIVE_TAIL.match(self.text, quote.end, quote.end + 3 * WINDOW)
        if tail is None:
            return None
        found = self._in(tail.start("who"), tail.end("who"))
        if (
            not found
            or found[0].start > tail.start("who") + 4
            or found[-1].end < tail.end("who") - 1
            or self._blocked(tail.start("who"), tail.end("who"))
        ):
            return None
        return self._best(found, prefer_last=True)

    def _writer(self, start: int, verb_at: int) -> str | None:
        """The subject of a sentence that says someone wrote or sent the words standing after
        it: its first name, after a role or two ("The poet Ku Sang"), with the verb after it
        (an aside between allowed: "Ku Sang, a close friend of president Park, wrote")."""
        sentence = start
        for stop in SENTENCE_STOP.finditer(self.text, start, verb_at):
            sentence = stop.end()
        found = self._in(sentence, verb_at)
        if not found or not re.fullmatch(
            r"[\s\-–—•・·*]*(?:(?:The|A|An|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}",
            self.text[sentence : found[0].start],
        ):
            return None
        rest = _without_asides(self.text[found[0].end : verb_at + 1])
        if not VERB_GAP.fullmatch(rest[:-1]) or self._blocked(found[0].end, found[0].end + 1):
            return None
        return found[0].actor if found[0].kind == "person" else None

    def _headline_source(self, quote: Quotation) -> str | None:
        """A headline that names its source after a colon at its end, as wires write them
        ("N. Korea's Kim 'soon' to visit Russia for talks with Putin: KCNA"): the source's
        words, when the headline is one short line and the colon comes after the quotation."""
        text = self.text
        if len(text) > 200 or ":" not in text[quote.end :]:
            return None
        source = HEADLINE_SOURCE.search(text, quote.end)
        if source is None or SENTENCE_STOP.search(text, 0, source.start()):
            return None
        found = self._in(source.start("who"), source.end("who"))
        if (
            len(found) != 1
            or found[0].start > source.start("who") + 4
            or found[0].end < source.end("who") - 1
        ):
            return None
        return found[0].actor

    def _document_owner(self, noun: str, before: int) -> str | None:
        """Whose statement (letter, report …) "the statement said" means: the one the entry
        said issued it before the quotation ("North Korea's foreign ministry issued a
        statement on Monday. “…,” the statement said"), the last one named so, if any."""
        start = max(0, before - 3 * WINDOW)
        region = self.text[start:before]
        if noun not in region:
            return None
        owner = None
        for issued in DOCUMENT_ISSUED.finditer(region):
            if (issued.group("noun") or issued.group("noun2") or issued.group("noun3")) != noun:
                continue
            if issued.group("who") is not None:  # "a statement from X"
                who = self._in(start + issued.start("who"), start + issued.end("who"))
                owner = self._best(who, prefer_last=False) if who else None
            elif issued.group("owner") is not None:  # "X's statement"
                who = self._in(start + issued.start("owner"), start + issued.end("owner") + 2)
                owner = who[-1].actor if who else None
            else:  # "X issued a statement": the subject of "issued"
                verb_at = start + issued.start("verb")
                sentence = start
                for stop in SENTENCE_STOP.finditer(self.text, start, verb_at):
                    sentence = stop.end()
                owner = self.direct_subject(sentence, verb_at) or self._sentence_subject(
                    sentence, verb_at
                )
        return owner

    def heading_owner(self, quote: Quotation) -> str | None:
        """Whose address, speech or statement an entry opens with, for a quotation the
        entry's list of points gives with a verb and no subject ("Kim Jong-un’s 2018 New
        Year’s address - △ … asserted, “…”"), when nobody else is named before it."""
        heading = OWNER_HEADING.match(self.text.lstrip(LIST_MARKS))
        if heading is None:
            return None
        at = len(self.text) - len(self.text.lstrip(LIST_MARKS))
        owner_end = at + heading.end("owner")
        owners = self._in(at, owner_end + 2)
        if not owners or owners[-1].end < owner_end - 1 or owners[-1].kind != "person":
            return None
        if any(m.kind == "person" and m.actor != owners[-1].actor
               for m in self._in(owner_end, quote.start)):  # fmt: skip
            return None
        return owners[-1].actor

    def _heading_speaker(self, heading: str, quote: Quotation) -> str | None:
        """The speaker a heading names when a list of reactions gives each its heading and
        then the words, with no verb: "Korean Central News Agency (KCNA) “…”", "White House
        press office “…”", "Spokesman for South Korean President Lee “…”" (the body he speaks
        for), "John Swenson-Wright, associate fellow of … Chatham House: “…”" (a person and
        an aside that has no verb). Only for a heading that opens the entry."""
        at = quote.start - len(heading)
        if (
            self.text[:at].strip(LIST_MARKS + '“"')
            or len(heading) > 130
            or len(quote.text.split()) < 4  # "North Korea's “Hwasong-15” missile": a name
            or re.search(r"['’]s?\s*$", heading)
        ):
            return None
        name_end = _name_end(heading)
        lowered = re.findall(
            r"(?<![\w’'-])[a-z][\w’'-]*", heading if name_end < 0 else heading[:name_end]
        )
        if not set(lowered) <= SIGNATURE_WORDS or heading.rstrip()[-1:] in {",", ";"}:
            return None
        voice = re.match(r"(?:(?:an?|the)\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+", heading,
                         re.IGNORECASE)  # fmt: skip
        named = self._in(at, quote.start)
        if (
            voice is None
            and name_end < 0
            and heading.rstrip().endswith(":")
            and named
            and named[-1].kind == "person"
            and not self.text[named[-1].end : quote.start].strip(" :")
        ):  # "U.S. Ambassador to the United Nations Samantha Power: “…”": the name ending it
            return named[-1].actor
        group = self._group_at(at + (voice.end() if voice else 0), quote.start)
        if not group or group[0].start > at + (voice.end() if voice else 0) + 4:
            return None
        if voice is not None:
            return group[0].actor
        if name_end >= 0:  # "Name, title …:": a person, and an aside without a verb
            aside = heading[name_end + 1 :]
            group = [m for m in group if m.end <= at + name_end]  # (the title's state: no)
            if (
                not group
                or group[0].kind != "person"
                or not aside.rstrip().endswith(":")
                or any(
                    w.endswith("ed")
                    or w in SPEECH_VERBS
                    or w in PAST_VERBS
                    or (w.endswith("s") and w not in SIGNATURE_WORDS)
                    for w in re.findall(r"(?<![\w’'-])[a-z][\w-]*", aside)
                )
            ):
                return None
        return self._best(group, prefer_last=True)

    def entry_heading_speaker(self, quote: Quotation) -> str | None:
        """The one an entry's heading names, for a quotation under it that no verb gives
        to anyone: "Office of Ban Ki-moon: The U.N. secretary-general is “gravely
        concerned”", "Statement from the office of Ban Ki-moon, U.N. secretary-general:
        “…”". The heading has no verb (only a name, its title and the words of a voice),
        and no other person is named between it and the quotation."""
        begin = len(self.text) - len(self.text.lstrip(LIST_MARKS + '“"'))
        heading = ENTRY_HEADING.match(self.text, begin, quote.start + 1)
        if heading is not None:
            end, after = heading.end() - 2, heading.end()  # the colon
        elif NAME_AND_TITLE.fullmatch(self.text, begin, quote.start):
            # "Shinzo Abe, Japanese prime minister. “…”": a name, its title and a full stop
            end = after = len(self.text[: quote.start].rstrip()) - 1
        else:
            return None
        name_end = _name_end(self.text[begin:end])
        lowered = re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", self.text[begin:end])
        if not set(lowered) <= HEADING_WORDS:
            return None
        voice = SPOKESPERSON_FOR.match(self.text, begin, end)
        at = voice.end() if voice else begin
        group = self._group_at(at, begin + name_end if name_end >= 0 else end)
        if not group or group[0].start > at + 4:
            return None
        if voice is None and group[0].kind != "person":
            return None
        speaker = group[0].actor
        if any(m.kind == "person" and m.actor != speaker
               for m in self._in(after, quote.start)):  # fmt: skip
            return None
        return speaker

    def _cited_source(self, before: str, before_start: int, sentence_at: int) -> str | None:
        """The source a report cites, when the citation stands apart from the quotation:
        "Yonhap, citing the military, said it was “…”", "citing Kim Jong Un: “…”". Not
        "cancelled the talks, citing US “hostility”": a reason, the quotation inside it."""
        if "iting" not in before:  # (citing, Citing)
            return None
        region = before[sentence_at:]
        cited = _last(CITING_BEFORE.finditer(region))
        if cited is None:
            return None
        rest = region[cited.end() :]
        if cited.group("mark") == ":" and rest.strip():
            return None
        if cited.group("mark") == "," and not any(
            w.lower() in SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", rest)
        ):
            return None
        at = before_start + sentence_at
        who = self._in(at + cited.start("who"), at + cited.end("who"))
        return self._best(who, prefer_last=False) if who else None

    def joint_speakers(self, speaker: str, quote: Quotation) -> list[str]:
        """The people who say a quotation with ``speaker``, when the subject joins persons
        by "and" and opens its clause ("Moon Jae-in and Kim Jong Un announced their “common
        goal”"): each of them. Only the speaker otherwise ("Trump met Moon and Kim said")."""
        near = [
            m
            for m in self._in(max(0, quote.start - WINDOW), quote.end + WINDOW)
            if m.actor == speaker and not quote.start <= m.start < quote.end
        ]
        if not near:
            return [speaker]
        mention = min(near, key=lambda m: abs(m.start - quote.start))
        couple = [
            m
            for m in self._in(max(0, mention.start - WINDOW), mention.start)
            if m.kind == "person" and SPOUSE_GAP.fullmatch(self.text, m.end, mention.start)
        ]
        if mention.kind == "person" and couple:  # "Fred and his wife Cindy added, “…”": a
            return [couple[-1].actor, speaker]  # joint statement, each of the two
        spouse = [
            m
            for m in self._in(mention.end, mention.end + WINDOW)
            if m.kind == "person" and SPOUSE_GAP.fullmatch(self.text, mention.end, m.start)
        ]
        if mention.kind == "person" and spouse:  # "“…,” said Tom Hale and his wife Ruth"
            return [speaker, spouse[0].actor]
        group = self._group_ending(mention, max(0, mention.start - WINDOW))
        text = self.text
        # "In a letter to Mark Clark, Kim and Peng accused …": the names before the last
        # comma are the object of a fronted phrase's preposition, not of the subject
        commas = [i for i in range(1, len(group)) if "," in text[group[i - 1].end : group[i].start]]
        cut = commas[-1] if commas else 0
        if cut and FRONTED_OBJECT.search(text, max(0, group[0].start - 80), group[0].start):
            group = group[cut:]
        people = list(dict.fromkeys(m.actor for m in group if m.kind == "person"))
        states = list(dict.fromkeys(m.actor for m in group if m.kind == "state"))
        if (
            len(people) < 2
            and len(states) > 1
            and len(states) == len(group)
            and " and " in text[group[0].start : group[-1].end]
            and GOVERNMENTS_NEXT.match(text, group[-1].end)
        ):  # "“…,” the South Korean and Chinese governments announced": both states
            if AFTER_THE_WORDS.fullmatch(text, quote.end, group[0].start):
                return states
            people = states
        if (
            len(people) < 2
            and len(states) > 1
            and len(states) == len(group)
            and " and " in text[group[0].start : group[-1].end]
            and not AFTER_THE_WORDS.fullmatch(text, quote.end, group[0].start)
        ):  # "Britain, the United States and China agreed that “…”": a subject of states
            people = states  # joined by "and" that opens its clause says the words, each
        if len(people) < 2 or " and " not in text[group[0].start : group[-1].end]:
            return [speaker]
        sentence = max(0, group[0].start - WINDOW)
        for stop in SENTENCE_STOP.finditer(text, sentence, group[0].start):
            sentence = stop.end()
        opening = text[sentence : group[0].start]
        if SUBJECT_GAP.fullmatch(opening) or opening.rstrip().endswith(","):
            return people
        if AFTER_THE_WORDS.fullmatch(text, quote.end, group[0].start):
            return people  # "“…,” Jane Roe and John Doe wrote": the subject after the words
        return [speaker]

    def _opening_subject(self, start: int, at: int) -> str | None:
        """The names a sentence opens with, whatever follows them; after "A spokesperson
        for", the body named first ("… for the United Front Department of the WPK")."""
        begin = start + len(self.text[start:at]) - len(self.text[start:at].lstrip(LIST_MARKS))
        voice = SPOKESPERSON_FOR.match(self.text, begin, at)
        if voice is not None:
            group = self._group_at(voice.end(), at)
            return self._best(group[:1], prefer_last=False)
        group = self._group_at(begin, at)
        if not group or self._blocked(begin, group[0].start):
            return None
        return self._best(group, prefer_last=True)


# A sentence ends at . ! ? but not after an initial or a title's abbreviation ("George W.
# Bush", "U.S. officials", "Gen. MacArthur", "Asst. Sec. Hill").
ABBREVIATIONS = "[A-Z] Mr Mrs Ms Dr Gen Sen Rep St Jr Lt Col No Gov Sec Asst Amb Adm Corp Co Inc"
ABBREVIATION = "".join(rf"(?<!\b{word})" for word in ABBREVIATIONS.split())
# (The lookahead first: the lookbehinds are then tried at marks only, not at every character.)
# "Moon's spokesman said", "said his spokesman Kim Eui-kyeom": a person's spokesman speaks.
# Between one named and his spokesman's name: "Clinton spokesman Matt McKenna".
NAMED_SPOKESMAN_BETWEEN = re.compile(r"(?:['’]s)?\s+spokes(?:man|woman|person)\s+")
PERSONS_SPOKESMAN_SAID = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s)\s+spokes(?:man|woman|person)"
    r",?\s+(?:said|says|told)\b|"  # (not "Putin's spokesperson Dmitry Peskov said": his own)
    r"\b(?:said|says|told\s+\w+)\s+(?:his|her)\s+spokes(?:man|woman|person)\b)"
)
SENTENCE_STOP = re.compile(r"(?=[.!?])" + ABBREVIATION + r"[.!?][”\"’»']*\s+(?=[A-Z“\"‘'«(])")
CLAUSE_STOP = re.compile(
    r";\s+|\s[-–—]{1,2}\s|,\s+(?=(?:although|but|while|whereas)\s)|[”\"’»]\s*[,;]?\s+"
)
_TAIL = (
    r"\s*[,—–-]?\s*(?P<a>[^.!?;“”\"]{0,70}?)\s*\b"
    r"(?P<verb>said|says|added|adds|tweeted|"
    r"wrote|writes|told|tells|stated|states|declared|declares|warned|warns|insisted|insists|"
    r"noted|notes|explained|explains|stressed|stresses|remarked|replied|responded|argued|argues|"
    r"asserted|asserts|emphasized|emphasised|emphasizes|vowed|vows|announced|announces|"
    r"claimed|claims|continued|concluded|quipped|boasted|countered|retorted|recalled|"
    r"predicted|cautioned|complained|acknowledged|admitted|conceded|urged|asked|joked|"
    r"threatened|charged|alleged|observed|reported|reports|read|pointed\s+out|points\s+out|"
    r"answered|answers|responds|asks|reiterated|reiterates|maintained|maintains|lamented|"
    r"assured|underlined|underscored|reaffirmed|affirmed|clarified|protested|wondered|"
    r"mused|shot\s+back|went\s+on|goes\s+on|posted|posts|commented|comments|pleaded|"
    r"reasoned|recounted|summed\s+up|greeted|greets|testified|testifies|shouted|shouts|"
    r"yelled|yells|exclaimed|exclaims|whispered|whispers|pleads|mentioned|mentions|"
    r"intoned|intones|tweets|recalls|recounts|remembered|remembers|"
    r"(?:put|puts)\s+it|"
    r"(?<=would\s)(?:later\s+)?(?:say|acknowledge|recall|admit|write|tell|explain)|"
    r"sagte|sagt|erklärte|betonte|warnte|meinte|antwortete|"  # (German, French, Spanish:
    r"(?:a\s+)?(?:déclaré|dit|affirmé|ajouté|souligné|expliqué|répondu|"
    r"précisé|indiqué|assuré|confirmé)|"  # "…», a déclaré X", "…», a précisé X")
    r"(?:précise|indique|assure|affirme|ajoute|souligne|explique|déclare|confirme)(?:nt)?|"
    # ("…», précise Pyongyang": the French present, its subject after it)
    r"dijo|declaró|afirmó|añadió|aseguró|explicó|advirtió|señaló|respondió|contestó)\b"
    r"(?P<b>[^.!?;“”\"]{0,70})"
)
TAIL = re.compile(_TAIL)
# The same attribution with a longer stretch before its verb, read only to give the earlier
# quoted words of a sentence to the speaker its last words were found for ("… had revealed
# “…” and a “…” with his recent remarks, Pyongyang's official news agency said").
TAIL_WIDE = re.compile(_TAIL.replace("{0,70}?", "{0,100}?", 1))
# A quotation closed with a stop where its sentence goes on, a comma's place: "“… were
# just.” admitted Song", "“… of trouble.” he insisted, “…”" (a speech verb, or a subject and
# one, in lower case right after the mark).
STOP_FOR_A_COMMA = re.compile(
    r"\s(?:(?:he|she|they|it|we|I)\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
CAPITAL_NEXT = re.compile(r"\s*[,—–]?\s*[A-Z]")  # (a name may follow: cheaply, first)
# "“…,” Yang Moo Jin, a professor at the University of North Korean Studies in Seoul, said":
# a name, an aside between commas (no quotation, no sentence's end but an abbreviation's stop)
# and a speech verb.
APPOSITIVE_TAIL = re.compile(
    r"\s*[,—–]?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<who>[A-Z][^,.!?;:“”\"]{1,60}?)\s*,\s*"
    r"(?:[^.!?;“”\"]|(?<=\b[A-Z])\.){3,220}?,\s*"
    r"(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|stated|states|noted|notes|"
    r"explained|explains|argued|argues|insisted|insists|stressed|stresses)\b"
)
# A speech verb opening its sentence before its subject ("Said Hu Rak Lee: “…”"), and the
# colon or comma that ends the subject, right before the words.
# A clause of German, Spanish, French, Italian, Portuguese or Polish that opens with its source
# ("Laut X", "Según X", "Selon X", "Secondo X", "Segundo X", "Według X"): the verb comes second
# and its subject after it ("Laut X sagte der Richter": the judge's).
_SOURCE_WORDS = (
    r"(?:Laut|Nach\s+Angaben\s+(?:von|des|der)|Gemäß|Según|De\s+acuerdo\s+con|Selon|D['’]après"
    r"|Secondo|Stando\s+a|Segundo|De\s+acordo\s+com|Według)"
)
SOURCE_OPENS_ABROAD = re.compile(rf"\s*{_SOURCE_WORDS}\s")
# The same words right before a name, anywhere in the sentence: the name is the report's
# source, not the speaker ("Laut Anna Becker sagte die Richterin", "… wie es laut X hieß")
SOURCE_BEFORE = re.compile(rf"(?<![\w-]){_SOURCE_WORDS}\s+$", re.IGNORECASE)
# A couple as one subject: "Fred and his wife Cindy", "Ana Ruiz and her husband, Luis".
SPOUSE_GAP = re.compile(r"\s+and\s+(?:his\s+wife|her\s+husband),?\s+")
INVERTED_VERB = re.compile(
    r"Said|Says|Added|Adds|Wrote|Writes|Replied|Replies|Declared|Declares|Explained|Explains|"
    r"Warned|Warns|Recalled|Recalls"
)
INVERTED_LEAD = re.compile(r"\s*[:,]\s*(?:(?:a|an|the)\s+)?$")  # ("Said Clark: a “…”")
# (the title's words only: "Said Secretary of State …")
INVERTED_TITLE = re.compile(rf"\s+(?:the\s+)?(?:{TITLE_WORDS.pattern})?")
# After a quotation, a clause opened by these goes on with the sentence, it attributes nothing
# ("…,” while Kim says …", "…,” and threatened …").
# "“…,” as Chou put it", "as the minister said": the words the one named said (not "as if",
# "as well as", "as part of", "as a …": the sentence goes on).
AS_SAID = re.compile(r"\s*as\s+(?!(?:if|though|well|part|a|an|soon|long|much|many)\b)[^,]{1,60}$")
CONJUNCTION = re.compile(
    r"\s*(?:and|but|or|then|while|whereas|although|though|as|when|because|after|before|if|"
    r"since|until|unless|so)\b",
    re.IGNORECASE,
)
# "the South Korean president’s office": an office that speaks for its state, not the person.
# (the possessive may be the name's own: "president’s" is how the title is found)
OFFICE_OF = re.compile(r"(?:(?<=['’]s)|['’]s?)\s+(?:press\s+)?office\b")
# A person named as the owner of the one who speaks, after the speech verb: "said the lawyer of
# John Smith", "dijo el abogado de Juan Pérez", "said John Smith's lawyer" (his spokesman speaks
# for him, and his office: "said Moon's spokesman" stays Moon's words, as
# PERSONS_SPOKESMAN_SAID).
_SPOKES = (
    r"(?:spokes(?:man|woman|person)|porte-parole|portavo[zc]e?|porta-voz|sprecher(?:in)?|office)\b"
)
_OWNER_BEFORE = re.compile(
    rf"(?<![\w-])(?!{_SPOKES})[a-zàâçéèêëîïôûùüÿñ][\w-]*\s+(?:of|for|de|del|du|des|von|der"
    r"|di|della|dello|do|da|dos|das)\s+$"
)
_NOUN_AFTER = re.compile(rf"\s+(?!{_SPOKES})[a-z]")


def owner_of_speaker(text: str, start: int, mention: Mention) -> bool:
    """Whether the person ``mention``, named after a speech verb that ends at ``start``, is
    the owner of the one who speaks ("the lawyer of …", "…'s lawyer"), not the speaker."""
    if _OWNER_BEFORE.search(text[start : mention.start]):
        return True
    end = mention.end + 2 if text.startswith(("'s", "’s"), mention.end) else mention.end
    possessive = text[end - 2 : end] in {"'s", "’s"}  # (the mention may hold its "'s")
    return possessive and _NOUN_AFTER.match(text, end) is not None


# After a quotation, a relative clause about its words: the attribution, if any, comes after
# it ("…‘hostile forces,’ which threaten it, KCNA reported citing Kim as saying").
RELATIVE_OPENS = re.compile(r"\s*(?:which|that)\s+(?!said|says|say)[a-z]+\b[^,]*,")
# What may stand between the names of a subject and its verb: roles, titles, adverbs.
_SUBJECT_GAP_PART = (
    # a legislator's party and state in brackets: "Rep. Mark Kirk (R.-Ill) told", "(D-Calif.)"
    r"\([RDI]\.?-[A-Z][a-z]{1,12}\.?\)|"
    r"[\s,.’'”\"-]|\b(?:and|of|the|also|then|later|again|reportedly|publicly|repeatedly|"
    r"has|have|had|variously|once|even|previously|meanwhile|now|presidential|office|press|"
    r"assistant|under|senior|top|acting|prime|supreme|head|premier|"
    r"which|who|merely|only|just|simply|quickly|formally|"
    r"separately|further|first|already|officially|spokesman|spokeswoman|spokesperson|"
    r"minister|ministry|official|officials|envoy|leader|president|secretary|chairman|director|chief|"
    r"ambassador|adviser|advisor|representative|negotiator|general|state|foreign|defense|"
    r"defence|deputy|vice|special|national|security|news|agency|media|state-run|government|"
    r"official|report|statement|newspaper|daily|s|article|dispatch|editorial|"
    r"navy|army|air|force|captain|capt|cmdr|commander|lt|lieutenant|major|colonel|col|"
    r"sergeant|sgt|seaman|admiral|"
    # what a paper or a legislator is called before the name: "State broadcaster CCTV",
    # "Republican lawmaker Joe Wilson" (not "the editor of the Korea Herald": one of its staff)
    r"broadcaster|broadcasting|television|tv|radio|network|channel|outlet|mouthpiece|tabloid|"
    r"lawmaker|legislator|senator|sen|rep|congressman|congresswoman|governor|mayor)\b"
)
# "the" and one adjective before a subject's title ("the triumphant South Korean President
# lavished praise …, terming him “…”"): the words open the subject as "the" alone does.
THE_AND_AN_ADJECTIVE = re.compile(r"\s*[Tt]he\s+[a-z]{4,}\s+")
SUBJECT_GAP = re.compile(rf"(?:{_SUBJECT_GAP_PART})*", re.IGNORECASE)
# When, between a speaker and his verb: "A New York Times editorial on Monday said", "The
# article from June 27, 1950 reported".
_WHEN_GAP = (
    r"\b(?:on|from|in|of|last|early|late|earlier|later|this)\s+(?:(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|week|month|year|"
    r"morning|afternoon|evening|night)\b"
)
WHEN_GAP = re.compile(_WHEN_GAP, re.IGNORECASE)
OBJECT_OF = re.compile(r"\b(?:to|from|with|for|by|of|at|against|about)\s+(?:the\s+)?$")
VERB_GAP = re.compile(  # ("Acheson, some months later, was to say": his later words)
    rf"(?:{_SUBJECT_GAP_PART}|{_WHEN_GAP}|\b(?:{ADVERB}|{AUXILIARY}|not|never|was\s+to)\b)*",
    re.IGNORECASE,
)


# A clause that opens with a relative word and ends with a comma (the clause after a name):
# ", who is director of the party, said" — its names are not the one who speaks.
RELATIVE_ASIDE = re.compile(r"\s*(?:who|which|whose)\b[^,;:“”\"]*,")
# An aside opened by a participle or a relative word between commas, before the verb.
PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:having|after|who|which|while|when|before|speaking|following|in\s+a|at\s+a)\b[^,]*,"
)


def titles_a_person(text: str, state: Mention, mentions: list[Mention]) -> bool:
    """Whether a state's name or adjective opens a person's title: "North Korean leader Kim
    Jong Un", "South Korean President Moon Jae-in" (one or two title words to the name)."""
    at = bisect_left(mentions, state.end, key=lambda m: m.start)  # (in order of their starts:
    following = mentions[at] if at < len(mentions) else None  # not every mention read again)
    if following is None or following.kind != "person":
        return False
    between = text[state.end : following.start]
    return TITLE_BETWEEN.fullmatch(between) is not None and all(
        word[:1].isupper() or word.lower() in SIGNATURE_WORDS for word in between.split()
    )  # (not "North Korea said to Moon Jae-in": a verb, no title)


# Between a state's adjective and the person it titles: a title of one to three words.
TITLE_BETWEEN = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,3}")


def _a_title_and_name(subject: str) -> bool:
    """A long subject of "…,” X said" that is still one title and name ("chief of the State
    Security Office of South Korea Kim Kwan Jin"): capitalised words and title words only."""
    words = subject.split()
    lowered = [w for w in words if not w[:1].isupper()]
    return len(words) <= 14 and {w.lower() for w in lowered} <= SIGNATURE_WORDS


def _only_signature(words: str) -> bool:
    """Whether ``words`` (after a name) only say who he is: "spokesman", "official" or none
    ("a North Korean foreign ministry spokesman was quoted as saying": the ministry's)."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", words)} <= SIGNATURE_WORDS


def _masked(text: str) -> str:
    """``text`` with the full stops of titles and initials masked (same length)."""
    return ABBREVIATION_DOT.sub("\u2024", text) if "." in text else text


def _without_asides(text: str) -> str:
    """ "Trump, in a speech at the UN, calls" → "Trump calls", "Kim – who … – said" → "Kim
    said": asides between commas or dashes out."""
    return re.sub(
        RELATIVE_CONTINUED.pattern + "|"
        r",(?!\s*(?:and|but|or|while|whereas|although|though)\b)[^,]*,|\s[–—]\s[^–—]*\s[–—]\s|"
        r"\s--\s.*?\s--\s",
        " ",
        text,
    )  # (", but MacArthur ignored …," is a clause of its own, no aside)


# A relative aside that goes on with a second verb of the same "who" after "and" ("Bradley,
# who … had just returned from Japan, and was feeling so ill …, said"): one aside, the
# "and was" no clause of the speaker's own.
RELATIVE_CONTINUED = re.compile(
    r",\s*(?:who|which)\b[^,]*,(?:\s*and\s+(?:was|were|is|are|had|has|did|then)\b[^,]*,)+"
)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 (the last one is wanted)
        pass
    return found


# A body named by its common noun, the speaker of a quotation nobody else is: "“…,” the ministry
# said", "The foreign ministry spokesman said: “…”" (whom the entries named before decides).
_BODY_NOUN = (
    r"(?P<noun>(?:(?P<office>foreign|defen[cs]e|unification)\s+)?"
    r"(?:(?:state|state-run|state-owned|official|news)\s+){0,3}"  # "the state news agency"
    r"(?P<head>ministry|agency|department|council|committee|office|command|country|"
    r"government))"
    r"(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|official))?"
)
# "The decision …, the agency declared, was taken because of the “…”": a body's aside in the
# sentence that leads into the quotation.
_ASIDE_VERB = r"(?:said|says|declared|declares|stated|states|added|noted|announced|reported)"
# A company by its common noun ("“…,” said the company"): the one body the entries before
# described with that noun (``company_described``).
_COMPANY_NOUN = r"(?P<noun>(?P<head>company|firm))"
# An office by its common noun with no name ("The President replied: “…”", "“…,” the prime
# minister said"): the holder on the entry's date, when the entries name no one with it.
# (the nouns and their titles: importing/offices.py)
_OFFICE_NOUN = (
    r"(?P<noun>(?P<head>" + "|".join(n.replace(" ", r"\s+") for n in OFFICE_NOUN_TITLES) + r"))"
)


class _NounForms(NamedTuple):
    """The forms in which a common noun says a quotation (``noun_said``)."""

    alone: re.Pattern[str]  # "the ministry" (the whole subject)
    next: re.Pattern[str]  # "said the ministry"
    quoted_after: re.Pattern[str]  # "the ministry was quoted as saying"
    opens: re.Pattern[str]  # "The ministry, …, said: “…”"
    aside: re.Pattern[str]  # "The decision, the ministry said, was …"


# Not "the president of Renault", "the committee of experts": the noun names another's head.
_NOT_OF = r"(?!\s+of\b)"


def _noun_forms(noun: str) -> _NounForms:
    """The five forms of ``noun`` (case read as written: "The Ministry", "the ministry")."""
    noun += _NOT_OF
    return _NounForms(
        re.compile(r"the\s+" + noun + r"\s*$", re.IGNORECASE),
        re.compile(r"\s*the\s+" + noun + r"\b", re.IGNORECASE),
        re.compile(
            r"[”\"’»']*\s*(?:,|[.!?][”\"’»']*)?\s*the\s+"
            + noun
            + r"\s+(?:was|is|were)\s+(?:quoted|reported|cited)\s+as\s+saying\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:^|(?<=[.!?])[”\"’»']*\s+)(?:According\s+to\s+the|The)\s+"
            + noun
            + r"\b(?P<rest>[^.!?“”\"]*)$",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:^|(?<=[.!?])[”\"’»']*\s+)[^.!?“”\"]*?,\s*the\s+"
            + noun
            + rf"\s+{_ASIDE_VERB},[^.!?“”\"]*$",
            re.IGNORECASE,
        ),
    )


BODY_FORMS = _noun_forms(_BODY_NOUN)
THE_BODY = BODY_FORMS.alone
COMPANY_FORMS = _noun_forms(_COMPANY_NOUN)
OFFICE_FORMS = _noun_forms(_OFFICE_NOUN)


# Between a body's quotation and the next: its attribution and the sentence's end only.
GOES_ON_ALONE = re.compile(r"[”\"’»']*\s*,?\s*(?:the\s+)?[^.!?;“”\"]{0,60}[.!?]\s*[“\"‘'«`]*")


def body_goes_on(between: str) -> bool:
    """Whether the next quotation goes on with the body that said the one before, from what
    stands between them: "“…,” the ministry said. “…”", "“…,” the ministry said in a
    statement, calling the case “…”"."""
    if GOES_ON_ALONE.fullmatch(between) or ADDING.fullmatch(
        between.lstrip("”\"’»'`").rstrip("“\"‘'«`")
    ):
        return True  # ("“…” Adding that, “…”")
    adding = ATTRIBUTION_THEN_ADDING.fullmatch(_masked(between.lstrip("”\"’»'").rstrip("“\"‘'«`")))
    return adding is not None and not _speech_verb_in(adding.group("clause"))


# A body a text describes as a company: "Young Pioneer Tours, the travel agency that …", "a
# China-based company, Young Pioneer Tours".
COMPANY_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|operator|(?:travel|tour)\s+agency)\b(?!['’])"
)
COMPANY_BEFORE = re.compile(r"\b(?:company|firm|operator)\s*,\s*$")


def described_companies(text: str, mentions: list[Mention]) -> set[str]:
    """The bodies ``text`` describes as a company ("said the company" is one of them)."""
    if (
        "company" not in text
        and "firm" not in text
        and "operator" not in text
        and ("agency" not in text)
    ):
        return set()
    return {
        m.actor
        for m in mentions
        if m.kind != "state"  # (a name nobody knows may be taken for a person's)
        and (
            COMPANY_AFTER.match(text, m.end)
            or COMPANY_BEFORE.search(text, max(0, m.start - 30), m.start)
        )
    }


# A state's news agency by description ("North Korea’s state run news agency said …").
_STATE_AGENCY = (
    r"(?:(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+"
    r"(?:(?:state|official|national)(?:[\s-]+(?:run|owned|controlled))?\s+)+news\s+agency\b"
    # "the North Korean news report": the report of the state's agency (named before)
    r"|(?<![\w-])the\s+(?P<adjective>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+"
    r"(?:(?:state|official)(?:[\s-]+(?:run|owned|controlled))?\s+)?news\s+(?P<report>report))"
)
STATE_AGENCY_ALONE = re.compile(_STATE_AGENCY + r"\s*$")
STATE_AGENCY_OPENS = re.compile(
    r"(?:^|(?<=[.!?])[”\"’»']*\s+)" + _STATE_AGENCY + r"(?P<rest>[^.!?“”\"]*)$"
)


def state_agency_said(text: str, quote: str) -> re.Match[str] | None:
    """ "North Korea’s state-run news agency said … “…”", "“…,” China's official news agency
    said": where the state's name is (group ``state``), when that agency says ``quote``."""
    at = text.find(quote)
    if at < 1:
        return None
    after = text[at + len(quote) : at + len(quote) + WINDOW].lstrip("”\"’»'")
    tail = TAIL.match(_masked(after))
    if tail is not None and tail.group("a").strip(" ,"):
        rest = text[at + len(quote) :]
        start = at + len(quote) + len(rest) - len(rest.lstrip("”\"’»'"))
        return STATE_AGENCY_ALONE.search(text, start + tail.start("a"), start + tail.end("a"))
    begin = max(0, at - 1 - WINDOW)
    opening = STATE_AGENCY_OPENS.search(text, begin, at - 1)
    if opening is not None and _speech_verb_in(opening.group("rest")):
        return opening
    return None


class DescriptionCues(NamedTuple):
    """Which descriptions ``text`` may hold, read once per entry: each quotation's look-up
    then costs nothing where none is."""

    state_agency: bool  # "North Korea’s state-run news agency"
    company: bool  # "said the company"
    office: bool  # "the president said"


def description_cues(text: str) -> DescriptionCues:
    """Whether ``text`` may hold a state's news agency, a company or an office by its noun."""
    return DescriptionCues(
        "news agency" in text or "news report" in text,
        "company" in text or "firm" in text,
        "resident" in text or "inister" in text or "remier" in text,
    )


# The words that put a head other than a state's in the entry ("South Korea's largest
# chipmaker posts record profits. “…,” the president said").
_OTHER_HEADS = re.compile(
    r"(?i:company|companies|firm|corporation|conglomerate|\w*maker|bank|university|college|"
    r"club|federation|association|union|institute|foundation|charity|league|party|\w+ group)\b"
)
# Kinds of actor with a president or chairman of their own.
_HEADED_KINDS = frozenset({"company", "organization", "media", "party"})


def office_may_be_the_states(text: str, kinds: set[str]) -> bool:
    """Whether "the president" of ``text`` may be a state's head: not where the entry names a
    company, body or medium (an actor of ``kinds``) or a word for one; a head of state's name
    put on a chairman's words is worse than a quotation left reported."""
    return not (kinds & _HEADED_KINDS or _OTHER_HEADS.search(text))


def company_noun_said(text: str, quote: str) -> re.Match[str] | None:
    """ "“…,” said the company": the noun (group ``head``), as ``body_noun_said``."""
    return _noun_said(text, quote, COMPANY_FORMS)


def office_noun_said(text: str, quote: str) -> re.Match[str] | None:
    """ "The President replied: “…”", "“…,” the prime minister said": the office's noun
    (group ``head``), as ``body_noun_said``."""
    return _noun_said(text, quote, OFFICE_FORMS)


def body_noun_said(text: str, quote: str) -> re.Match[str] | None:
    """ "“…,” the ministry said": the body's noun (groups ``head`` and ``office``)."""
    return _noun_said(text, quote, BODY_FORMS)


def _speaks_alone(text: str, earlier: Quotation, quote: Quotation) -> bool:
    """Whether an earlier quotation is not in the sentence whose later quotation's attribution
    says who speaks: a sentence ends, or a speech verb stands, between them."""
    between = text[earlier.end : quote.start]
    return bool(
        earlier.text.rstrip()[-1:] in {".", "!", "?"}
        or SENTENCE_STOP.search(between)
        or _speech_verb_in(between)
    )


def _later_in_sentence(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the words of the quotation that ends the sentence a quotation ending at ``end``
    stands in begin, and those words, with an attribution after it ("…,” according to the
    agency.", "…,” the ministry said."), when no speech verb and no other sentence stands
    between the two: the one who says the last words of the sentence says the earlier ones
    (the unclear earlier words of ``statements_in``). The words begin after ``end``."""
    low, high = max(0, start - 2 * WINDOW), min(len(text), end + 2 * WINDOW)
    window = _masked(text[low:high])  # (a window only: linear in the entry's quotations)
    opening = _last(SENTENCE_STOP.finditer(window, 0, start - low))
    if _speech_verb_in(text[low + (opening.end() if opening else 0) : start]):
        return None  # ("The pilot called it “a long night,” …": the words of his own verb)
    stop = SENTENCE_STOP.search(window, end - low)
    sentence_end = low + stop.start() + 1 if stop is not None else high
    quotes = [q for q in find_quotations(text[end:sentence_end]) if q.text]
    if not quotes:
        return None
    last = quotes[-1]
    between = re.sub(r"[“”\"].*?[“”\"]", " ", text[end : end + last.start])
    after = text[end + last.end : sentence_end]
    if _speech_verb_in(between) or not (ACCORDING_AFTER.match(after) or TAIL.match(_masked(after))):
        return None
    return text.find(last.text, end + last.start), last.text


# "a ministry official", "an agency spokesman": one of a body named by its noun, unnamed.
A_MEMBER_OF = re.compile(
    r"an?\s+(?=[\w-]+(?:\s+[\w-]+)?\s+(?:official|spokes(?:man|woman|person))$)", re.IGNORECASE
)


def _noun_said(text: str, quote: str, forms: _NounForms) -> re.Match[str] | None:
    """The common noun of a body that says ``quote`` (a quotation no speaker was found for):
    "“…,” the ministry said", "“…,” said the ministry", "“…,” the ministry was quoted as
    saying", "According to the ministry, …", or a sentence that opens with "The ministry" and
    leads into the quotation with a speech verb ("The ministry, …, said: “…”")."""
    at = text.find(quote)
    if at < 1:
        return None
    while True:  # (a loop, not a call per later quotation: a long sentence of them is no depth)
        after = text[at + len(quote) : at + len(quote) + WINDOW].lstrip("”\"’»'")
        quoted = forms.quoted_after.match(after)
        if quoted is not None:
            return quoted
        according = ACCORDING_AFTER.match(after) if "according" in after[:20] else None
        if according is not None:  # "“…,” according to the agency."
            return forms.alone.fullmatch(according.group("who").strip())
        later = _later_in_sentence(text, at, at + len(quote))
        if later is None:
            break
        # "Kim, treated for “…,” died despite “…,” according to the agency.": the later words,
        # read where they stand (the same words quoted twice are not found again before them)
        at, quote = later
    closing = CLOSING_ATTRIBUTION.match(_masked(after)) if CLOSING_VERB.search(after) else None
    if closing is not None:  # "The talks were “…” for the South, the ministry stated."
        who = closing.group("who").strip()
        return forms.alone.fullmatch(who) if who[:4].lower() == "the " else None
    before = text[max(0, at - 1 - WINDOW) : at - 1]
    if quote.rstrip()[-1:] in {".", "!", "?"} and ", the " in before:
        aside = forms.aside.search(before)  # (what follows is the next sentence's)
        if aside is not None:
            return aside
    tail = TAIL.match(_masked(after))
    if tail is not None:
        subject = tail.group("a").strip(" ,")
        member = A_MEMBER_OF.match(subject)
        if member is not None:  # "“…,” a ministry official said": one of the ministry's
            return forms.alone.fullmatch("the " + subject[member.end() :])
        if subject:
            return forms.alone.fullmatch(subject) if subject[:4].lower() == "the " else None
        return forms.next.match(tail.group("b"))  # "“…,” said the ministry"
    opening = forms.opens.search(before)
    if opening is not None and (
        opening.group().startswith("According")
        or _speech_verb_in(opening.group("rest"))
        or re.search(r"\b(?:observed|observes)\s*[:,]\s*$", opening.group("rest"))
    ):
        return opening
    if ", the " in before:  # ("The decision …, the agency declared, was taken because of “…”")
        return forms.aside.search(before)
    return None


# A name's short form in brackets right after it: "the Korean Central News Agency (KCNA)",
# "the World Health Organization (WHO)".
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,9}\)")


def _acronyms_blanked(text: str, mentions: list[Mention]) -> tuple[str, list[Mention]]:
    """The text with each name's short form in brackets after it blanked (its length kept)
    and the mentions inside them dropped: "…,” the Korean Central News Agency (KCNA) said"
    reads as "…,” the Korean Central News Agency said", the name next to its verb."""
    blanked: list[tuple[int, int]] = []
    for mention in mentions:
        after = ACRONYM_AFTER.match(text, mention.end)
        if after is not None:
            blanked.append(after.span())
    if not blanked:
        return text, list(mentions)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(blanked):  # the same short form after two mentions once
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    blanked = merged
    pieces: list[str] = []
    position = 0
    for start, end in blanked:  # one pass: blanking span by span copied the text each time
        pieces.append(text[position:start] + " " * (end - start))
        position = end
    pieces.append(text[position:])
    starts = [start for start, _ in blanked]
    kept = []
    for mention in mentions:
        inside = bisect_right(starts, mention.start) - 1
        if inside < 0 or mention.start >= blanked[inside][1]:
            kept.append(mention)
    return "".join(pieces), kept


def statements_in(
    text: str, mentions: list[Mention], unknown: list[tuple[int, int]],
    carried: str | None = None, carried_title: str = "",
    carried_body: tuple[str, str] | None = None,
) -> tuple[list[tuple[str, str]], list[str], list[tuple[int, int]]]:  # fmt: skip
    """(speaker, quote) for each quotation whose speaker the text makes clear, the words of
    the quotations someone says whom the text does not make clear (to report), and where the
    spoken quotations are (names inside them are what the speaker said, not actors).
    ``carried``: the one person the entries before left in mind, whom "he said" means in an
    entry that names no person before it, ``carried_title`` the words before his name there
    ("Russian foreign minister": "“…,” said the minister" is he). ``carried_body``: the one
    body (and its kind) the entry before named as its speaker, whom "“…,” it said" means in
    an entry that names no body before it."""
    if DOUBLE_PRIME in text:  # the AP's ″…″: a straight double mark, one character for one
        text = text.replace(DOUBLE_PRIME, '"')  # (every position stays where it was)
    quotes = find_quotations(text)
    if not quotes:
        return [], [], []  # (most entries: no pronoun, no speaker to look for)
    passage = _quoted_passage_opened(text, quotes)
    if passage is not None:  # "“The two leaders met … ‘…,’ said Putin. …” (09/13/23)": the
        # words quoted inside the passage are read as the entry's own quotations
        return statements_in(passage, mentions, unknown, carried, carried_title, carried_body)
    if "(" in text:
        text, mentions = _acronyms_blanked(text, mentions)
    starts = [q.start for q in quotes]

    def quoted(at: int) -> bool:
        index = bisect_right(starts, at) - 1
        return index >= 0 and at < quotes[index].end

    outside = [
        m
        for m in mentions
        if not quoted(m.start)  # "…dotard,” Kim said": not U.S.
        # "the ambassador to the UN": a body one goes to, not one who speaks
        and not (m.international and re.search(r"\b(?:to|at)\s+(?:the\s+)?$", text[: m.start][-8:]))
    ]
    if " administration" in text or " regime" in text or " government" in text:
        # "A Bush administration spokesman says …": a government named by its leader is the
        # person and the state at once (the corpus README's rule 11); as a speaker it is two
        # candidates, neither of whom the text makes clear: someone, no one's words
        leaders = _governments_by_leader(outside)
        if leaders:
            outside = [m for m in outside if m.start not in leaders]
            unknown = [*unknown, *((start, end) for start, end in leaders.items())]
    unknown = [
        span
        for span in unknown
        if not quoted(span[0])  # “Rocket Man” blocks nothing
        and not OPENING_PARTICIPLE.fullmatch(text, *span)  # "Describing X as …, she said"
        # "Sen. Bob Corker, R-Tenn., who …": a legislator's party and state, no one
        and not PARTY_BEFORE_STATE.search(text, max(0, span[0] - 3), span[0])
        and not PARTY_AND_STATE.fullmatch(text, *span)
        # "referencing the US and Western countries. He stated": a compass adjective, no one
        and not COMPASS_ADJECTIVE.fullmatch(text, *span)
    ]
    pronouns = _pronouns(text, outside, unknown, quoted, carried)
    if carried_body is not None:
        pronouns += _carried_it(text, outside, unknown, quoted, carried_body, pronouns)
    if any(noun in text for noun in OFFICE_NOUNS):
        pronouns += _described(text, outside, quoted, carried, carried_title)
    if " his " in text or " her " in text:
        pronouns += _kin_speakers(text, outside, quoted)
    finder = SpeakerFinder(text, outside + pronouns, unknown)
    said: list[tuple[str, str]] = []
    unclear: list[str] = []
    spoken_spans: list[tuple[int, int]] = []
    previous: tuple[Quotation, list[str]] | None = None  # the last quotation someone said
    waiting: Quotation | None = None  # "“…,” he says." before anyone is named
    unsaid: list[Quotation] = []  # quotations since the last one someone said, nobody's yet
    # (words looked for once an entry, not once a quotation: an entry of thousands of
    # quotations stays linear)
    spokesman_named = "spokes" in text
    citing_named = "citing" in text or "quoting" in text
    mentioned_end = -1  # (where the last word quoted as a word ends)
    for quote in quotes:
        spoken_for = finder.spokesmans_principal(quote) if spokesman_named else None
        if spoken_for is not None:  # "…, Moon's spokesman said": Moon's words
            said.append((spoken_for, quote.text))
            spoken_spans.append((quote.start, quote.end))
            previous = (quote, [spoken_for])
            continue
        if UNAGENTED_NAMING.search(text, max(0, quote.start - 60), quote.start) and not (
            text.startswith(" by ", quote.end)
        ):  # "Kim, referred to as the ``Great Leader,''": a name he goes by, nobody's words
            continue
        if NAMED_BY_OTHERS.search(text, max(0, quote.start - 90), quote.start):
            continue  # "… while critics called it “overdue”": no one the text names
        if MENTIONED_WORD.search(text, max(0, quote.start - 30), quote.start) or (
            mentioned_end >= 0 and TERM_GLOSSED.fullmatch(text, mentioned_end, quote.start)
        ):  # "the Korean word for “hello” is “annyeong”": words mentioned, nobody's said
            mentioned_end = quote.end
            continue
        named_by = _naming_speaker(text, quote, finder)
        if named_by is not None:  # "Trump dubbed Kim “Rocket Man”"
            said.append((named_by, quote.text))
            spoken_spans.append((quote.start, quote.end))
            previous = (quote, [named_by])  # "… “radical changes” and said …": goes on
            continue
        if THEY_NAMING.search(text, max(0, quote.start - 60), quote.start):
            continue  # "…, whom they called “traitors”": "they" is no one actor
        if _is_title(quote.text) or NAMING.search(text[max(0, quote.start - 40) : quote.start]):
            if _names_a_document(quote.text) or TITLED.search(
                text, max(0, quote.start - 20), quote.start
            ):  # "the “Japan-DPRK Pyongyang Declaration”", "a report headlined “Traitor Jang
                spoken_spans.append((quote.start, quote.end))  # … Executed”": names in a name
            continue
        if _names_a_thing_done_to(text, quote):
            continue  # "the four-page “agreed framework” that was made public": a name
        if _describes(text, quote) and not (unsaid and TAIL_WIDE.match(text, quote.end)):
            continue  # “… and creates a “police” force”: a word or two that describe
            # (not the last of a sentence's quoted words its speaker ends: "… had revealed
            # “his true colours” and a “hypocrite” with his remarks, the agency said": his)
        reporter = _reporter_of_subjects_words(text, quote, finder)
        speaker: str | None  # (declared: mypyc inferred None from the two tuples below)
        spoken, speaker = (True, reporter) if reporter is not None else finder.speaker(quote)
        spoken = spoken or _stands_alone(text, quote)
        if speaker is not None:
            speaker = _relayed_speaker(text, quote, finder, speaker)
        if speaker is None and citing_named:
            # "South Korea will face “…” for …, KCNA said, citing Kim Yo-jong": hers
            cited = _cited_at_sentence_end(text, quote, finder)
            spoken, speaker = (True, cited) if cited is not None else (spoken, speaker)
        if speaker is None:  # "… the “key differences” between them, says Ann Lee." /
            # "…, argues analyst Ann Lee. “Even without …”": the sentence's attribution;
            # "Tom Hale, described by Lee in less glowing terms, “was a liar”": Lee's
            speaker = _said_inverted_around(text, quote, finder) or _described_by(
                text, quote, finder
            )
            spoken = spoken or speaker is not None
        if speaker is None and quote.start == len(text) - len(text.lstrip()):
            speaker = _pull_quote_speaker(text, quote, finder)  # "“…” Ann Lee, coach"
            spoken = spoken or speaker is not None
        if speaker is None:  # "Office of Ban Ki-moon: The secretary-general is “…”"
            speaker = finder.entry_heading_speaker(quote)
            spoken = spoken or speaker is not None
        if spoken and speaker is None:  # "Kim Jong-un’s New Year’s address - △ Stated, “…”"
            speaker = finder.heading_owner(quote)
        speakers = finder.joint_speakers(speaker, quote) if speaker is not None else []
        if not speakers and previous is not None:
            speakers = _going_on(text, previous[0], quote, previous[1], finder)
            spoken = spoken or bool(speakers)
        if not speakers and _an_excerpt(text, quote):
            continue  # "– “On this day in 1979, …" to the end: the page's words, nobody's
        if speakers and waiting is not None:
            if _said_first_by(text, waiting, quote, speakers, finder):
                said.append((speakers[0], waiting.text))  # "“…,” he says. “…,” Trump adds."
                unclear.remove(waiting.text)
            waiting = None
        if speakers and unsaid and TAIL_WIDE.match(text, quote.end):
            # "The test was intended to “increase …” of missiles sent to the army “for …,”
            # KCNA said": the words quoted earlier in the sentence the speaker ends are his
            for earlier in unsaid:
                if _speaks_alone(text, earlier, quote):
                    continue
                said.extend((each, earlier.text) for each in speakers)
                spoken_spans.append((earlier.start, earlier.end))
                if earlier.text in unclear:
                    unclear.remove(earlier.text)
        unsaid = [] if speakers else [*unsaid, quote]
        if speakers:
            said.extend((each, quote.text) for each in speakers)
            previous = (quote, speakers)
        elif spoken:
            if unsaid and (ACCORDING_AFTER.match(text, quote.end) or TAIL.match(text, quote.end)):
                # "Kim, treated for “…,” died despite “…,” according to the agency": the earlier
                # words of the sentence are whoever's the attribution means (reported with it)
                # (back to the nearest one apart only: linear in the entry's quotations)
                same_sentence: list[str] = []
                for earlier in reversed(unsaid[:-1]):
                    if _speaks_alone(text, earlier, quote):
                        break
                    if earlier.text not in unclear:
                        same_sentence.insert(0, earlier.text)
                unclear.extend(same_sentence)
            unclear.append(quote.text)
            if previous is None and PRONOUN_AFTER.match(text, quote.end):
                waiting = quote
        if spoken:
            spoken_spans.append((quote.start, quote.end))
    if unclear and said and any(noun in text for noun in DOCUMENT_WORDS):
        said, unclear = _document_goes_on(text, quotes, said, unclear)
    return said, unclear, spoken_spans


def _governments_by_leader(mentions: list[Mention]) -> dict[int, int]:
    """Where a state is named by its leader's government ("the Bush administration", "the
    Park regime"): a person's name and a state's longer one opening at the same place
    (start → the state's end)."""
    persons = {m.start for m in mentions if m.kind == "person"}
    return {
        m.start: m.end
        for m in mentions
        if m.kind == "state"
        and m.start in persons
        and all(m.end > p.end for p in mentions if p.start == m.start and p.kind == "person")
    }


# A sentence that opens with a document someone issued going on before a quotation: "The
# statement also said that India was “monitoring the situation”" (the document's author's).
THE_DOCUMENT_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))\s*(?:The|That|This|Its)\s+"
    rf"(?P<noun>{_DOCUMENT_NOUNS})\s+"
    r"(?:also\s+|further\s+|then\s+|later\s+)?(?:said|says|added|adds|stated|states|noted|notes|"
    r"warned|warns|claimed|claims|read|reads|continued|continues)\b(?:\s+that\b)?"
    r"[^.!?;“”\"«»]{0,160}$"
)


# "The Kremlin issued a statement on Monday.": a document one issues, whose words "“…,” the
# statement said" goes on with.
# So is one a speaker said something in, with no quotation: "The ministry said in a
# statement that …", "External Affairs Ministry in a statement said …".
ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|put\s+out|puts\s+out|"
    r"sent|sends|read\s+out|reads\s+out|(?:said|says|stated|states)\s+in|"
    # (a body's own statement it votes: "the Security Council adopted a presidential statement")
    r"adopted|adopts|approved|approves)\s+"
    r"(?:a|an|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_DOCUMENT_NOUNS})\b|"
    rf"\bin\s+(?:a|an|its)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun_first>{_DOCUMENT_NOUNS})\s+"
    r"(?:said|says|stated|states)\b"
)
# ISSUED_DOCUMENT's verbs of saying ("said in a statement"), whose subject is the name right
# before them; and a name joined to the one before it ("A and the B", "A & B").
SAID_IN = re.compile(r"(?:said|says|stated|states)\s+in\b")
JOINED_BEFORE = re.compile(r"(?:\band|&)\s+(?:the\s+)?$")
# One of these is in each verb ISSUED_DOCUMENT reads: a text with none has no match.
ISSUING_STEMS = ("issue", "release", "publish", "put", "sen", "read", "said", "says", "state",
                 "adopt", "approv")  # fmt: skip


def document_issued(
    text: str, mentions: list[Mention], spoken: list[tuple[int, int]]
) -> tuple[str, str] | None:
    """(the one who issued it, its noun) when the entry's one document issued is a known
    actor's, the only one named before the verb in its sentence ("The Kremlin issued a
    statement"); None for two documents, two actors or none."""
    if not any(map(text.__contains__, ISSUING_STEMS)):  # (map: no generator's frame)
        return None  # (most entries: no verb of issuing, no search)
    issued = list(ISSUED_DOCUMENT.finditer(text))
    if len(issued) != 1 or any(s <= issued[0].start() < e for s, e in spoken):
        return None
    verb_at = issued[0].start()
    begin = 0
    for stop in SENTENCE_STOP.finditer(_masked(text), 0, verb_at):
        begin = stop.end()
    issuers = {
        m.actor
        for m in mentions
        if begin <= m.start < verb_at and not any(s <= m.start < e for s, e in spoken)
    }
    noun = issued[0].group("noun") or issued[0].group("noun_first")
    if len(issuers) > 1 and SAID_IN.match(text, verb_at):
        # "Iran is opposed to it, the Japanese Foreign Ministry said in a statement": the name
        # right before the verb is its subject, the others its words'; not a name joined to
        # another by "and" ("Samsung and the European Union said in a statement": two issuers)
        last = max((m for m in mentions if begin <= m.start < verb_at), key=lambda m: m.end)
        if not text[last.end : verb_at].strip() and not JOINED_BEFORE.search(
            text, max(begin, last.start - 12), last.start
        ):
            return last.actor, noun
    return (issuers.pop(), noun) if len(issuers) == 1 else None


def document_said_before(text: str, quote_start: int) -> tuple[str, int] | None:
    """The document noun ("statement") a sentence opens with when it goes on in a quotation
    at ``quote_start`` ("The statement also said that India was “…”"), and where the
    sentence begins; None if it opens otherwise."""
    begin = 0
    for stop in SENTENCE_STOP.finditer(_masked(text), 0, quote_start):
        begin = stop.end()
    # (read through the stops of titles and initials: "The report said Clinton conveyed a
    # message from U.S. President Barack Obama “…”" is one sentence)
    found = THE_DOCUMENT_BEFORE.search(_masked(text), begin, quote_start - 1)
    if found is None or found.start() > begin + 2:
        return None
    return found.group("noun"), begin


def _document_goes_on(
    text: str, quotes: list[Quotation], said: list[tuple[str, str]], unclear: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The quotations a sentence opening "The statement (also) said" leads into, when one
    speaker said words before it in this entry and the entry named that document before (the
    one who "said in a statement"): that speaker's. Two speakers before, or no such document,
    leave them unattributed."""
    at = {q.text: q.start for q in reversed(quotes)}
    still: list[str] = []
    for quote in unclear:
        start = at.get(quote, -1)
        document = document_said_before(text, start) if start > 0 else None
        if document is None:
            still.append(quote)
            continue
        noun, begin = document
        before = {s for s, q in said if at.get(q, begin) < begin}
        if len(before) == 1 and noun in text[:begin].lower():
            said = [*said, (before.pop(), quote)]
        else:
            still.append(quote)
    return said, still


# The end of a quotation's sentence that names a reporter and the one it cites: "South Korea
# will face “…” for dropping leaflets, state media KCNA said on Tuesday, citing Kim Yo-jong."
CITED_AT_END = re.compile(
    r"[”\"’»']?[^.!?;:“”\"«»]{0,160}?,\s+(?P<reporter>[^,.!?;:“”\"«»]{1,60}?)\s+"
    r"(?:said|says|reported|reports|added|adds|announced|announces)\b[^,.!?;:“”\"«»]{0,40},\s+"
    r"(?:citing|quoting)\s+(?P<who>(?:[^,.;:“”\"«»]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[A-Z])){1,100})"
)


# What follows a pull quote's person: his title or description, a few words with no verb of
# its own and no sentence ("North Korean president", ", British prime minister").
SPEAKER_LINE_REST = re.compile(r"(?:\s*,)?(?:\s+[\w’'()-]+){0,8}\s*")


# "John Smith said his wife Mary added: “…”", "“…,” Ann Lee says her coach told her": the
# words are the one a speaker reports, after a possessive pronoun, not the speaker's own.
_RELAY_VERBS = (
    r"(?:added|adds|said|says|told|tells|wrote|writes|replied|replies|explained|explains|"
    r"declared|declares|recalled|recalls|insisted|insists|warned|warns)"
)
RELAYED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|recalled|recalls|wrote|writes)\s+(?:that\s+)?"
    r"(?P<who>(?:his|her|their)\s+(?:[\w’'-]+\s+){1,3}?)"
    rf"{_RELAY_VERBS}\b[^.!?“”\"]{{0,40}}$"
)
RELAYED_AFTER = re.compile(
    r"[,.!?]?[”\"’']?\s+[^.!?“”\"]{0,60}?\b(?:said|says|told|tells|recalled|recalls|wrote|writes)"
    r"\s+(?:that\s+)?(?P<who>(?:his|her|their)\s+(?:[\w’'-]+\s+){1,3}?)"
    rf"{_RELAY_VERBS}\b"
)


def _relayed_speaker(
    text: str, quote: Quotation, finder: SpeakerFinder, speaker: str
) -> str | None:
    """The speaker, unless the attribution relays another's words: "John Smith said his wife
    Mary added: “…”" is the wife's (a known person named there, or no one the text makes
    clear), never John Smith's."""
    sentence_at = max(text.rfind(mark, 0, quote.start) for mark in ".!?") + 1
    relayed = RELAYED_BEFORE.search(text, sentence_at, quote.start)
    if relayed is None:
        relayed = RELAYED_AFTER.match(text, quote.end)
    if relayed is None:
        return speaker
    persons = [m for m in finder.mentions_in(*relayed.span("who")) if m.kind == "person"]
    return persons[0].actor if len(persons) == 1 else None


def _pull_quote_speaker(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """The person a pull quote that is the whole entry's first sentence is signed by: his name
    right after it and his title to the end ("“I hope it will be a turning point.” Ann Lee,
    head coach"); a sentence going on after the quotation signs nothing."""
    if not re.search(r"[.!?]$", quote.text):
        return None
    rest = text[quote.end :]
    name_at = quote.end + len(rest) - len(rest.lstrip())
    first = next(iter(finder.mentions_in(name_at, len(text))), None)
    if first is None or first.start != name_at or first.kind != "person":
        return None
    tail = text[first.end :]
    if (
        not SPEAKER_LINE_REST.fullmatch(tail)
        or re.search(r"\band\b|&", tail)  # ("… Ann Lee and Tom Hale": two, whose?)
        or any(
            m.kind == "person" and m.actor != first.actor  # (his title may name him again)
            for m in finder.mentions_in(first.end, len(text))
        )
    ) or any(
        word in SPEECH_VERBS or word in PAST_VERBS or word.endswith("ed")
        for word in re.findall(r"[a-z]+", tail)
    ):
        return None
    return first.actor


def _cited_at_sentence_end(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """The one the reporter ending the quotation's sentence cites, when the words between
    name no one else and no other words are quoted: his words (not "citing Kim's ability":
    a reason; not "citing an official": nobody named)."""
    cited = CITED_AT_END.match(text, quote.end)
    if cited is None:
        return None
    who = cited.group("who")
    if CITED_DEED.match(who) or UNNAMED_CITED.match(who):
        return None
    if any(m.kind == "person" for m in finder.mentions_in(quote.end, cited.start("who"))):
        return None  # ("“…” for Trump, Yonhap said, citing …": whose words?)
    found = finder.mentions_in(cited.start("who"), cited.end("who"))
    return finder.best(found[:1]) if found else None


# An attribution with its verb first that ends a sentence: ", says Ann Lee.", ", argues former
# CIA analyst Ann Lee." (read on the text with the stops of titles and initials masked).
_INVERTED_VERBS = r"(?:says|said|argues|argued|writes|wrote|notes|noted|adds|added|contends)"
INVERTED_ENDING = re.compile(
    rf"[^“”\"«».!?;]{{0,120}},\s*{_INVERTED_VERBS}\s+(?P<who>[^,;:“”\"«».!?]{{2,80}}?)\s*[.!?]\s*$"
)
INVERTED_BEFORE = re.compile(rf",\s*{_INVERTED_VERBS}\s+(?P<who>[^,;:“”\"«».!?]{{2,80}}?)\.\s*$")


# A passive of describing with its agent before a quotation of its sentence: "Tom Hale,
# described by Lee in less glowing terms, “…”", "the plan, called by critics “…”".
DESCRIBED_BY = re.compile(
    r"\b(?:described|called|dubbed|labell?ed|branded|characteri[sz]ed|termed|remembered)\s+by\s+"
    r"(?P<who>[^,;:“”\"«».!?]{2,60}?)(?:\s+(?:in|with|as)\b[^,;:“”\"«».!?]{0,60})?\s*,?\s*(?:as\s+)?$"
)


def _described_by(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """The person a passive of describing names as its agent right before the quotation, in
    its sentence ("Tom Hale, described by Lee in less glowing terms, “was a liar”"): the
    describer's words. Nobody for an agent that is no person found ("by critics")."""
    lead = max(0, quote.start - WINDOW)
    before = _masked(text[lead : quote.start])
    if "by " not in before:
        return None
    described = DESCRIBED_BY.search(before)
    if described is None:
        return None
    start, end = lead + described.start("who"), lead + described.end("who")
    found = finder.mentions_in(start, end)
    if len(found) != 1 or found[0].kind != "person" or found[0].end < end - 1:
        return None
    return found[0].actor


def _said_inverted_around(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """The person an attribution with its verb first names, when it ends the quotation's own
    sentence ("It is unlikely given the “key differences” between them, says Ann Lee.") or
    the sentence right before a quotation that is a sentence of its own ("…, argues analyst
    Ann Lee. “Even without …”"): the name is the attribution's last words, a person the
    importer found. Only a window around the quotation is read."""
    masked_after = _masked(text[quote.end : quote.end + WINDOW])
    stop = SENTENCE_STOP.search(masked_after)
    ending = INVERTED_ENDING.match(masked_after[: stop.start() + 1] if stop else masked_after)
    if ending is not None:
        start, end = quote.end + ending.start("who"), quote.end + ending.end("who")
    else:
        lead = max(0, quote.start - WINDOW)
        before = _masked(text[lead : quote.start])
        after = text[quote.end : quote.end + 3].strip(" ”\"’»'")
        if (
            not _opens_a_sentence(text, quote.start)
            or quote.text.rstrip("”\"’»'")[-1:] not in {".", "!", "?"}
            or after[:1] not in {"", "“", '"'}
        ):
            return None  # (not a sentence of its own, or one its own attribution follows)
        leading = INVERTED_BEFORE.search(before)
        if leading is None:
            return None
        start, end = lead + leading.start("who"), lead + leading.end("who")
    found = finder.mentions_in(start, end)
    if not found or found[-1].kind != "person" or found[-1].end < end - 1:
        return None
    return found[-1].actor


def _an_excerpt(text: str, quote: Quotation) -> bool:
    """Whether a quotation is the whole entry, an item of a list opened by its dash or bullet
    and then a mark never closed ("– “On this day in 1979, …"): the words of a page quoted as
    the entry, no one's statement; the names in it are the entry's actors. (A paragraph that
    opens with the mark alone goes on with a quotation of the paragraph before, the printed
    style: it stays; so does a quotation closed, or with words before it.)"""
    if quote.end != len(text):
        return False  # (most: the text before not copied for each quotation)
    before = text[: quote.start]
    return (
        bool(before.strip())
        and not before.strip(" -–—•*·")
        and text.rstrip()[-1:] not in CLOSING_MARKS
    )


CLOSING_MARKS = frozenset({"”", '"', "’", "'", "»"})


# The attribution ending a sentence: ", state-run Korean Central News Agency said."
REPORTER_ENDING = re.compile(
    r",\s*(?P<who>[^,.;:“”\"]{2,80}?)\s+(?:said|says|reported|reports|stated|announced|"
    # "…, Yu told a regular news briefing."
    r"told\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:briefing|conference|reporters|journalists))"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?"
    r"(?:\s+in\s+a\s+(?:statement|briefing|speech))?\s*[.!?]?\s*$"
)
# "sharply criticized", "will face": a verb, its subject the name before the words
FIRST_WORD_A_VERB = re.compile(
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|will|would|could|should|must|might|shall)\b"
)


def _reporter_of_subjects_words(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """A quotation that goes on from its subject's name with a verb ("Kim Yo Jong “sharply
    criticized the essence …” by …, state-run Korean Central News Agency said") is the
    report's wording of what the subject did: the words are the reporter's, the one the
    sentence ends with. Only when a name the importer knows ends that sentence."""
    if not FIRST_WORD_A_VERB.match(quote.text) or text[quote.start - 1 : quote.start] != " ":
        return None
    subject = finder.mentions_in(max(0, quote.start - 60), quote.start)
    if not subject or subject[-1].end < quote.start - 2:
        return None
    if _speech_verb_in(
        re.split(SENTENCE_STOP, text[max(0, quote.start - WINDOW) : quote.start])[-1]
    ):
        return None  # ("Kim said the South “denounced …”, KCNA reported": his words, reported)
    stop = SENTENCE_STOP.search(text, quote.end)
    end = stop.start() if stop is not None else len(text)
    ending = REPORTER_ENDING.search(text, quote.end, end)
    if ending is None:
        return None
    who = finder.mentions_in(ending.start("who"), ending.end("who"))
    if not who or who[-1].actor == subject[-1].actor:
        return None
    return finder.best(who[-1:])


# A heading of a reaction before its words, whoever it names ("A North Korean television
# anchor:"): the words under it are someone's.
HEADING_ALONE = re.compile(r"[^“”\"‘’«».!?]{1,100}:\s*")


LEADING_SPACE = re.compile(r"\s*")  # (its match ends where the entry's first word or mark is)


def _first_mark_at(text: str) -> int:
    """Where the entry's first word or mark is (after its leading white space only)."""
    leading = LEADING_SPACE.match(text)
    return leading.end() if leading is not None else 0


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether the quotation at ``at`` begins a sentence of its own (a stop right before)."""
    stop = SENTENCE_STOP.search(text, max(0, at - 12), at + 1)
    return stop is not None and stop.end() == at


def _written_before(before: str) -> int | None:
    """Where the verb is, when the sentence just before a quotation that opens a sentence
    says someone wrote or sent it ("… wrote a poem in 1973 lamenting a change in his
    friend. “…”")."""
    lead = before.rstrip(" \t\n・•·-–—")
    if not lead.endswith((".", ":")) or not GOING_ON.fullmatch(before[len(lead) - 1 :]):
        return None
    if not any(w in lead[-WINDOW:] for w in ("wro", "pen", "compos", "sen", "post")):
        return None
    written = WRITES_BEFORE.search(lead, max(0, len(lead) - WINDOW))
    return written.start() if written is not None else None


def _stands_alone(text: str, quote: Quotation) -> bool:
    """Whether a quotation of whole sentences is the entry, alone or under a heading (a
    reaction listed under its speaker's heading): someone says it, so the names inside are
    the speaker's words."""
    before = text[: quote.start]
    return (
        (not before.strip(LIST_MARKS + "“\"‘'«") or bool(HEADING_ALONE.fullmatch(before)))
        and not text[quote.end :].strip(" \t\n”\"’'».")
        and quote.text[:1].isupper()
        and len(quote.text.split()) >= 6
    )


def _said_first_by(
    text: str, first: Quotation, quote: Quotation, speakers: list[str], finder: SpeakerFinder
) -> bool:
    """Whether "“…,” he says." before any name is the person who says the next quotation,
    named right after it ("“I know …,” he says. “I think …,” Trump adds."): one person, the
    next sentence, nobody else named between."""
    return (
        len(speakers) == 1
        and finder.kind_of(speakers[0]) == "person"
        and quote.start - first.end <= 40
        and not finder.mentions_in(0, quote.start)
        and bool(re.fullmatch(r"\s*,?\s*(?:he|she)\s+\w+\.?\s*", text[first.end : quote.start]))
    )


# After a state's name, the words that make it the state speaking: "the North Korean media
# condemns", "the Chinese government says", "the Seoul authorities said".
STATE_COLLECTIVE = re.compile(
    r"\s+(?:state\s+|official\s+|state-run\s+)?(?:media|government|"
    r"authorities|regime)(?=\s)"
)
# "A spokesperson for the United Front Department …": the body speaks.
SPOKESPERSON_FOR = re.compile(
    r"(?:(?:an?|the)\s+)?(?:(?:spokes(?:man|woman|person)|official)\s+(?:for|of|from)|"
    r"statement\s+(?:from|by|of)(?:\s+the\s+office\s+of)?|office\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A heading that opens an entry and names who speaks in it, with no verb: "Office of Ban
# Ki-moon:", "Statement from the office of Ban Ki-moon, U.N. secretary-general:".
ENTRY_HEADING = re.compile(r"[^:“”\"]{3,100}?:\s")
NAME_AND_TITLE = re.compile(r"[^“”\"‘’«».:;!?]{3,60},[^“”\"‘’«»:;!?]{3,60}\.\s*")
HEADING_WORDS = SIGNATURE_WORDS | {"statement", "from", "by", "u", "n", "s"}
# Marks a list item opens with ("- Kim Yo Jong issues …", "・ …"): no part of its subject.
LIST_MARKS = " \t\n-–—•・·*"
# Between two quotations, what makes the second go on with the first one's speaker: nothing
# but marks of a list ("…” ・ “…”), or a pronoun and a verb of going on ("…” He adds: “…”).
GOING_ON = re.compile(r"[\s・•·\-–—,.:;]*")
# A capitalised word in -ing that opens a sentence is a participle, no name nobody knows
# ("Describing the Blue House as “…,” she went on").
OPENING_PARTICIPLE = re.compile(r"(?<![\w,;:-] )(?<!\w[’'] )(?<![\w’'-])[A-Z][a-z]{2,}ing")
# A clause opened by a participle before the subject it shares, ending right before it:
# "Snubbing Lee’s repeated gestures toward Pyongyang, she …", "After meeting Moon, he …".
FRONTED_PARTICIPLE = re.compile(
    r"[\s\-–—•・·*“\"]*(?:(?:After|Before|While|Since|Upon|On|When|Besides)\s+[a-z]+|"
    r"[A-Z][a-z]+)ing\b[^.!?;]*,[”\"’]?\s+$"
)
# An entry that opens with a speaker it does not name ("A spokesman for the Chinese Foreign
# Ministry denounced …", "Senior officials said …"): the "he" of the entries after is that
# speaker, not a person the entry names in passing.
UNNAMED_SPEAKER_OPENS = re.compile(
    r"[\s\-–—•・·*]*(?:(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]everal)\s+)?(?:[\w’'.-]+\s+){0,5}?"
    r"(?:[Ss]pokes(?:man|woman|person)|[Oo]fficials?|[Dd]iplomats?|[Aa]ides?|[Ss]ources?)"
    r"(?:\s+(?:for|of|from|at|in)\s+[^,.;“”\"]{1,80}?)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b|"
    # "The president on Monday signaled …" (when the importer did not resolve the title)
    r"The\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:president|prime\s+minister|minister|senator|secretary|"
    r"leader|chairman|premier|ambassador|envoy|chancellor|king|governor)\b)"
)


# A sentence whose subject is a person it does not name ("A tearful state TV broadcaster
# reported", "The anchorwoman said"): a "he" or "she" after it may be that one.
UNNAMED_PERSON_OPENS = re.compile(
    r"[\s\-–—•・·*]*(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,4}?(?:spokes(?:man|woman|person)|"
    r"official|broadcaster|announcer|anchor(?:man|woman)?|newsreader|presenter|reporter|"
    r"correspondent|witness|diplomat|aide|source|soldier|man|woman)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b"
)


def unnamed_speaker_opening(text: str) -> re.Match[str] | None:
    """The opening of an entry that is a speaker it does not name (``UNNAMED_SPEAKER_OPENS``),
    looked for only where its words are (plain substring tests first: most entries have none)."""
    head = text[:120]
    if not (
        "pokes" in head
        or "fficial" in head
        or "iplomat" in head
        or " aide" in head
        or "Aide" in head
        or "ource" in head
        or head.lstrip(LIST_MARKS).startswith("The ")
    ):
        return None
    return UNNAMED_SPEAKER_OPENS.match(text)


# Between two quotations of one clause, only a conjunction or an article: the second is the
# first one's speaker's ("called him both “madman” and “smart cookie”", "saying it “strongly
# condemns” the “belligerent action” by North Korea").
JOINED = re.compile(
    r"\s*,?\s*(?:(?:and|or|as\s+well\s+as)\s+)?"
    r"(?:(?:for|to|of|with|against|toward|towards)\s+)?"  # ("“…” for Russia's “…”")
    r"(?:(?:the|a|an|its|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+)?"
)
# After a pronoun, the verbs that go on with words said before ("“…,” she added."): the one
# who spoke in the entries before, whoever a later sentence names.
GOES_ON_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:added|adds|continued|continues|went\s+on|goes\s+on)\b"
)
PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:he|she)\s+(?:said|says|added|adds|continued|went\s+on)\b")
# A pronoun's attribution alone between two quotations: "…,” he added. “…".
PRONOUN_CLOSES = re.compile(
    r"[”\"]?\s*(?P<pronoun>he|she)\s+(?:also\s+)?(?:said|says|added|adds|continued|went\s+on)\.\s*[“\"]?"
)
PRONOUN_GOES_ON = re.compile(
    r"[\s.,;]*(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?(?:says|said|adds|added|"
    r"continues|continued|goes\s+on|went\s+on|tells\s+\w+|told\s+\w+)\s*[:,]?\s*"
)


WORDS_GO_ON = re.compile(r"\s*(?:with|about|toward|towards|against|for)\s[^,.;:“”\"]{1,40},\s")
PREPOSITION_BEFORE = re.compile(r"\b(?:with|about|toward|towards|against)\s+$")
OBJECT_BEFORE_PRONOUN = re.compile(r"\s*,\s*(?:he|she)\s+(?:said|says|added|adds)\b")
PRONOUN_SAID_STOP = re.compile(r"(?:he|she)\s+(?:said|says|added|adds)\.\s*")


# The attribution that ends the sentence of one quotation, before the next one: "…,” said
# Sergei Lavrov. “…”" (one clause, no other quotation between).
# (Up to a long aside on who speaks, "U.S." stops in it: "…,” said Christopher Hill, the U.S.
# assistant secretary of state who leads …, on Monday. “…”".)
# Between two quotations of one sentence: the attribution, a comma, a few words of no stop.
SAME_SENTENCE = re.compile(r"\s*[^.!?;:“”\"]{3,120},\s[^.!?;:,“”\"]{1,40}")
# Between two quotations of one speaker: "“…,” adding that “…”", "“…” and added: “…”".
# (Or a sentence of its own that opens with the participle: "“…” Adding that, “…”".)
ADDING = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:adding|added|continuing|continued|Adding|Continuing)(?:\s+that)?"
    r"(?:\s+the)?[\s,:]*"
)
# "…“radical changes” and said Trump “has not …”": a speech verb whose subject is left out
# goes on with the subject of the verb before, whoever the reported clause then names.
AND_SAID = re.compile(
    r"\s*,?\s*and\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)(?:\s+that)?"
    r"(?P<clause>\s+[^.!?;:,“”\"]{1,60}?)?\s*"
)
# "“…,” concluded Kellogg, adding that Trump is “…”": the participle's subject is the one the
# attribution before it names.
ATTRIBUTION_THEN_ADDING = re.compile(
    r"(?P<attribution>[^.!?;:“”\"]{3,120}),\s+(?:and\s+)?(?:(?:adding|saying|noting|stressing|"
    r"insisting|warning)(?:\s+that\b|(?=[\s,:]*$))|"
    # ("…,” the spokesman said in a statement, calling the case “…”": a participle of judging)
    r"(?:calling|describing|dubbing|branding|labell?ing|terming|denouncing|condemning|"
    r"hailing|slamming)\b)\s+(?P<clause>[^.!?;:“”\"]{0,80})"
)
# (the longest text ATTRIBUTION_THEN_ADDING reads but for its runs of white space, with room
# for those: a quotation before far back, thousands of characters before, is none such, and
# is not masked and read for every quotation after it)
ADDING_LONGEST = 600
ATTRIBUTION_ENDS = re.compile(
    r"\s*[,—–]?\s*(?:[^.!?;:“”\"]|(?<=\b[A-Z])\.(?=\S|\s+[a-z])){1,250}[.!?]\s*"
)


# After states' adjectives joined by "and": their governments ("the South Korean and Chinese
# governments announced").
# A state's adjective before a news report: the report's, not the state's words.
NEWS_REPORT_NEXT = re.compile(r"\s+(?:(?:state|official)(?:[\s-]+run)?\s+)?news\s+report\b")
GOVERNMENTS_NEXT = re.compile(r"\s+governments\b")
AFTER_THE_WORDS = re.compile(r"[”\"’»']*\s*,?\s*(?:the\s+)?")


# Between two quotations of one clause: words of no stop, no other speaker, no new speech
# ("… described it as “a milestone” that would resolve the dispute with the United States “once
# and for all”": the second is the first one's speaker's). Words that turn to another voice
# ("but critics saw …", "while others …") or a pronoun of several end it.
CLAUSE_GOES_ON = re.compile(r"[^.!?;:“”\"«»()\[\]]{1,160}")
CLAUSE_GOES_ON_LONGEST = 160
OTHER_VOICE = re.compile(
    r"\b(?:but|while|whereas|although|though|yet|unlike|critics?|others?|opponents?|they|"
    r"their|them|we|you|i|quoted|quoting|citing|cited|according|reported|reports|so-called)\b",
    re.IGNORECASE,
)
# An article or "of" right before a word or two quoted: a scare-quoted noun ("under the
# pretext of coping with a “provocation”"), the writer's, not more of the speaker's words.
ARTICLE_END = re.compile(r"\b(?:a|an|the|of|its|their|his|her)\s*$", re.IGNORECASE)
# A state or place named after a preposition, as an object: no voice of its own.
AS_OBJECT = re.compile(
    r"\b(?:with|to|on|over|for|from|against|in|into|toward|towards|of)\s+(?:the\s+)?$"
)

# A state right after a verb in lower case or a quoted verb, as its object ("to “sink” Japan
# and reduce the United States to “…”"), not after a word that opens a clause.
VERB_OBJECT = re.compile(
    r"(?:[”\"’»]|\b(?!(?:and|or|but|nor|while|as|when|if|then|so|because|since|after|before|"
    r"that|who|which|where|whom|once|until|unless|although|though|the|an|its|his|her|their)"
    r"\b)[a-z]{2,})\s+(?:the\s+)?$"
)


def _clause_goes_on(
    text: str, earlier: Quotation, quote: Quotation, speaker: str, finder: SpeakerFinder
) -> bool:
    """Whether ``quote`` is more of the clause whose earlier quotation ``speaker`` said, with
    nothing between that could give it another speaker: no stop, no speech or naming verb, no
    name but the speaker's and states or places after a preposition, no name nobody knows."""
    between = text[earlier.end : quote.start]
    if (
        earlier.text.rstrip()[-1:] in {".", "!", "?", ","}
        or len(between) > CLAUSE_GOES_ON_LONGEST  # (read first: the quotation before may be
        or not CLAUSE_GOES_ON.fullmatch(_masked(between))  # far back, masked at every one)
        or OTHER_VOICE.search(between)
        or NAMING_STEM.search(between)
        or (len(quote.text.split()) <= 2 and ARTICLE_END.search(between))
        or any(word in SPEECH_VERBS for word in re.findall(r"\b[a-z]+\b", between))
        or any(s < quote.start and e > earlier.end for s, e in finder.unknown)
    ):
        return False
    return all(
        m.actor == speaker
        or (
            m.kind == "state"
            and (
                AS_OBJECT.search(text, max(0, m.start - 20), m.start)
                or VERB_OBJECT.search(text, max(0, m.start - 20), m.start)
            )
        )
        for m in finder.mentions_in(earlier.end, quote.start)
    )


def _outside_his_apposition(text: str, mentions: list[Mention], speaker: str) -> list[Mention]:
    """``mentions`` less those after ``speaker``'s name when an apposition follows it ("…,”
    said Lee Chung-min, a former advisor to Mr. Lee who …. “…”": Mr. Lee only says who he is)."""
    his = next((m for m in mentions if m.actor == speaker), None)
    if his is None or not APPOSITION_OPENS.match(text, his.end):
        return mentions
    return [m for m in mentions if m.start <= his.start]


def _going_on(
    text: str, earlier: Quotation, quote: Quotation, speakers: list[str], finder: SpeakerFinder
) -> list[str]:
    """The speakers of the quotation before, when this one goes on with it: "Kim Yo Jong
    issues a statement: “…” ・ “…”", "Trump says: “…” He adds: “…”" (a pronoun right after
    one person's quotation is that person, whoever else the sentence names)."""
    between = text[earlier.end : quote.start]
    if (
        len(speakers) == 1
        and PRONOUN_AFTER.match(text, quote.end)
        and finder.kind_of(speakers[0]) == "person"
        and len(between) <= WINDOW
        and not any(
            m.kind == "person" and m.actor != speakers[0]
            for m in finder.mentions_in(earlier.end, quote.start)
        )
    ):  # "“…,” according to the BBC. “…,” he said": the one person who spoke just before
        return speakers
    if (
        len(speakers) == 1
        and finder.kind_of(speakers[0]) == "person"
        and (words_go_on := WORDS_GO_ON.match(between)) is not None
        and PRONOUN_SAID_STOP.fullmatch(between, words_go_on.end())
        and quote.text[:1].isupper()
    ):  # "“There's a warmth that we have” with Kim, he said. “It was …”": the words went on
        # past the mark with their object; "he" is the one who said them, and says the next
        return speakers
    if (
        len(speakers) == 1
        and len(between) <= 260
        and ATTRIBUTION_ENDS.fullmatch(_masked(between))
        and (earlier.text[-1:] in {",", "!", "?"} or between.lstrip()[:1] in {",", "—", "–"})
        and quote.text[:1].isupper()
        and all(
            m.actor == speakers[0] or m.kind != "person"
            for m in _outside_his_apposition(
                text, finder.mentions_in(earlier.end, quote.start), speakers[0]
            )
        )
        and any(m.actor == speakers[0] for m in finder.mentions_in(earlier.end, quote.start))
        and body_noun_said(text, quote.text) is None  # (not "“…,” the council said": its own)
    ):  # "“…,” said the Russian foreign minister Sergei Lavrov. “This could …”": his too
        return speakers
    if (
        len(speakers) == 1
        and earlier.text[-1:] == ","
        and quote.text[:1].isupper()
        and (closing := PRONOUN_CLOSES.fullmatch(between)) is not None
        and finder.kind_of(speakers[0]) == "person"
        and not finder.mentions_in(earlier.end, quote.start)
        and _genders(text, finder.mentions).get(speakers[0], closing["pronoun"])
        == closing["pronoun"]
    ):  # "“…,” Lopez told reporters. “…,” she added. “…”": the "she" who closed her own
        # words, however far her name is, goes on speaking in the next sentence (not when
        # the entry says she is of the other sex: "Ms. Ruiz … “…,” he added")
        return speakers
    if (
        len(speakers) == 1
        and earlier.text[-1:] == ","
        and quote.text[:1].islower()
        and len(between) <= 160
        and SAME_SENTENCE.fullmatch(_masked(between))
        and any(m.actor == speakers[0] for m in finder.mentions_in(earlier.end, quote.start))
        and all(m.actor == speakers[0] for m in finder.mentions_in(earlier.end, quote.start))
        and not _speech_verb_in(between[between.rfind(",") :])
    ):  # "“If we don't put up a fight now,” Truman observed to his staff, there was “no
        # telling what they'll do”": the sentence his words began goes on in his words
        return speakers
    if (
        len(speakers) == 1
        and len(between) <= ADDING_LONGEST
        and (adding := ATTRIBUTION_THEN_ADDING.fullmatch(_masked(between)))
    ):
        named = finder.mentions_in(earlier.end, earlier.end + adding.end("attribution"))
        if (
            any(m.actor == speakers[0] for m in named)
            and all(m.actor == speakers[0] for m in named if m.kind == "person")
            and not _speech_verb_in(adding.group("clause"))
        ):
            return speakers
    if len(speakers) == 1 and _clause_goes_on(text, earlier, quote, speakers[0], finder):
        return speakers  # ("… as “a milestone” that would end the dispute “once and for all”")
    if len(between) > 40:
        return []
    if (
        (coordinated := AND_SAID.fullmatch(between))
        and coordinated.group("verb") in SPEECH_VERBS
        and not _speech_verb_in(coordinated.group("clause") or "")
    ):  # "called for … “radical changes” and said Trump “…”": the same subject speaks
        return speakers
    if ADDING.fullmatch(between):  # "…stating that “…,” adding that “…”": the same speaker
        return speakers
    if GOING_ON.fullmatch(between):
        return speakers
    if JOINED.fullmatch(between) and earlier.text.rstrip()[-1:] not in {".", "!", "?"}:
        return speakers  # "saying it “strongly condemns” the “belligerent action”": one clause
    if (
        PRONOUN_GOES_ON.fullmatch(between)
        and len(speakers) == 1
        and finder.kind_of(speakers[0]) == "person"
    ):
        return speakers
    return []


def _leads_in(word: str, text: str, end: int) -> bool:
    """A verb that leads into words only with what follows it: "pointed out", "assured the
    court that"."""
    if word in SPEECH_WITH_PARTICLE and PARTICLE_NEXT.match(text, end):
        # (not in the passive: "the striker was ruled out of the “…”" is no one's words)
        return PASSIVE_BEFORE.search(text, 0, end - len(word)) is None
    if word in SPEECH_IF_AS:  # (not in the passive: "the vote was assessed as “…”")
        return (
            AS_THEN_WORDS.fullmatch(text, end) is not None
            and PASSIVE_BEFORE.search(text, 0, end - len(word)) is None
        )
    return word in SPEECH_IF_TOLD and TELLS_THAT.match(text, end) is not None


WORDS_MARK = re.compile(r"[“”\"«»‘]|(?<![A-Za-z])['’]")  # (a quotation mark, no apostrophe)
PASSIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|being|be|get|got)\s+(?:[a-z]+ly\s+)?$")


def _speech_verb_in(sentence: str) -> bool:
    """Whether a speech verb (not a noun: "the remarks") is in ``sentence``."""
    return any(
        v.group().lower() in SPEECH_VERBS and not NOUN_BEFORE.search(sentence[: v.start()])
        for v in re.finditer(r"[A-Za-z]+", sentence)
    )


# A clause of its own inside a sentence whose subject names no one ("… “a travesty” while
# critics called it “overdue”"): the words it gives are nobody's the text names.
NAMED_BY_OTHERS = re.compile(
    r"\b(?:while|whereas|although|though|but)\s+(?!(?:he|she|it|we|i)\b)"
    r"(?:(?:the|some|many|other|most)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:(?:have|has|had)\s+)?"
    r"(?:called|call|calls|dubbed|dub|termed|term|labell?ed|branded|brand|described|describe|"
    r"saw|see|sees|deemed|deem|considered|consider)\b[^.;:!?“”\"]{0,40}$"
)


# A word quoted as a word: "the word “provocation”", "marked with the words “peace”", "the
# Korean word for “hello”"; and its gloss right after it ("… for “hello” is “annyeong”").
MENTIONED_WORD = re.compile(r"\b(?:word|words|term|terms)\s+(?:for\s+)?$", re.IGNORECASE)
TERM_GLOSSED = re.compile(r"\s+(?:is|was|means|meant)\s+")


# A passive of naming right before a quotation, a few small words between ("It was branded
# an act of “…” by Seoul", "Termed the “…” by Park and his allies"): its agent comes after.
NAMING_BEFORE_AGENT = re.compile(
    r"\b(?:[Tt]ermed|[Bb]randed|[Dd]ubbed|[Ll]abell?ed|[Cc]alled|[Dd]escribed\s+as|"
    r"[Cc]haracteri[sz]ed\s+as|[Dd]enounced\s+as|[Cc]ondemned\s+as|[Hh]ailed\s+as)\s+"
    r"(?:(?:as|the|a|an|act|acts|of)\s+){0,3}$"
)
# The agent right after the quotation's closing mark: "“…” by South Korea".
AGENT_AFTER = re.compile(r"\s*,?\s+by\s+(?:the\s+)?")
# A second quotation set beside the first after its agent: "Termed the “…” by Park and his
# allies, “…”, the coup …" (the agent's second name for it).
BESIDE_AGENT = re.compile(r"(?P<mark>[”\"’])\s*,?\s+by\s+[^,;:.“”\"]{1,60},\s*$")


def _agent_after(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """The agent a passive of naming gives after the quotation it names something with
    ("It was branded an act of “fanatic recklessness” by South Korea": South Korea's words),
    and for a second quotation set beside the first after that agent ("Termed the “May
    Revolution” by Park and his allies, “a new dawn”, the coup …": Park's both). The agent
    is a name found right after "by"; nobody else ("by critics" names no one)."""
    window_start = max(0, quote.start - 40)
    first = quote
    beside = BESIDE_AGENT.search(text, max(0, quote.start - 90), quote.start)
    if beside is not None:  # (the quotation before the agent, when it is one)
        closing = beside.end("mark")
        earlier = [q for q in find_quotations(text[:closing]) if q.end == closing]
        if not earlier:
            return None
        first = earlier[-1]
        window_start = max(0, first.start - 40)
    if not NAMING_BEFORE_AGENT.search(text, window_start, first.start):
        return None
    agent = AGENT_AFTER.match(text, first.end)
    if agent is None:
        return None
    found = [m for m in finder.mentions_in(agent.end(), agent.end() + 80) if m.start == agent.end()]
    return found[0].actor if found else None


def _naming_speaker(text: str, quote: Quotation, finder: SpeakerFinder) -> str | None:
    """Who gives the quotation as a name, when a naming verb's own subject is a known name
    (or a pronoun that can mean one actor only): "Trump dubbed Kim “Rocket Man”", "Kim has
    called Trump a “dotard”", "Trump gives Kim a nickname: “Rocket Man”". A passive or
    participle without its subject ("a missile dubbed “…”", "after being called “…”")
    names nobody; one with its agent after the quotation names the agent (_agent_after)."""
    if " by " in text[quote.end : quote.end + 8] or "by " in text[quote.start - 90 : quote.start]:
        agent = _agent_after(text, quote, finder)
        if agent is not None:
            return agent
    window_start = max(0, quote.start - 90)
    window = text[window_start : quote.start]
    caused = CAUSED_TO_SAY.search(window) if " to " in window else None
    if caused is not None:  # "…, prompting the North Korean leader to call Trump a “dotard”"
        who = finder.mentions_in(
            window_start + caused.start("who"), window_start + caused.end("who")
        )
        return finder.best(who) if who else None
    passive = PASSIVE_NAMING.search(_masked(window)) if " by " in window else None
    if passive is not None:  # "branded by U.S. President George W. Bush as an “…”"
        who_start, who_end = window_start + passive.start("who"), window_start + passive.end("who")
        found = finder.mentions_in(who_start, who_end)
        if (
            found
            and _only_signature(text[found[-1].end : who_end])
            and _a_title_and_name(text[who_start:who_end])
        ):  # ("by a North Korean foreign ministry spokesman as": the ministry's)
            return finder.best(found)
        return None
    naming = None
    # (the naming verb nearest the quotation: "…, referring to what it terms an “…”" is what
    # "it" terms, not what the sentence's subject refers to; "gave Kim a nickname" is found
    # by its noun, after its verb)
    stems = [stem.start() for stem in NAMING_STEM.finditer(window)]
    for at in reversed(stems):
        naming = NAMING_VERB.match(window, at)
        if naming is not None:
            break
    if naming is None and stems and "nickname" in window:
        naming = NAMING_VERB.search(window)
    if naming is None and " as" in window[-5:]:
        naming = AS_NAMING_VERB.search(window)  # "Ryabkov welcomed the summit as “…”"
    if naming is None:
        return None
    verb_at = window_start + naming.start("verb")
    sentence = max(0, verb_at - 2 * WINDOW)
    for stop in SENTENCE_STOP.finditer(text, sentence, verb_at):
        sentence = stop.end()
    if text.endswith("to ", 0, verb_at):  # "… appeared before the cameras to hail the deal
        # as “…”": the sentence's subject (not in a relative clause: "Macron, who went on to
        # hail …" is not the subject's)
        if RELATIVE_WHO.search(text, sentence, verb_at):
            return None
        return finder.participle_subject(sentence, verb_at)
    if naming.group("verb").endswith("ing"):  # "…, calling Kim a “…”"
        return finder.participle_subject(sentence, verb_at)
    return finder.direct_subject(sentence, verb_at) or finder.document_subject(sentence, verb_at)


RELATIVE_WHO = re.compile(r"\b(?:who|which|whom|whose)\b")


# A source cited at a sentence's end for the words before it ("…, per CNN.", "…, according to
# the BBC."): it passes the words on, it is not the "it" that goes on saying them.
CITED_SOURCE_BEFORE = re.compile(r",\s*(?:per|according\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
SENTENCE_END_NEXT = re.compile(r"\s*[.!?]")
# A relative "whom" right before a pronoun ("… Kim -- whom he has called"), and right after
# the person it stands for (a dash, a comma or nothing between).
WHOM_BEFORE = re.compile(r"\bwhom\s+$")
WHOM_AFTER = re.compile(r"\s*(?:,|--|[—–])?\s*whom\b")


def _pronouns(
    text: str, mentions: list[Mention], unknown: list[tuple[int, int]],
    quoted: Callable[[int], bool], carried: str | None = None,
) -> list[Mention]:  # fmt: skip
    """He, she or it, outside quotations, as the one actor they can mean: "he" the one
    person named in the sentence before or earlier in its own, "it" the one state or body.
    With two candidates (or none) the pronoun means nobody: its quotation stays unattributed.
    A name nobody knows, or a surname not resolved, is a candidate too ("Trump met Kim; he
    said" is nobody's when "Kim" is not resolved). Each pronoun looks back at most two
    windows, so an entry stays linear."""
    pronouns = [
        (match, wants_person)
        for pattern, wants_person in ((PERSON_PRONOUN, True), (THING_PRONOUN, False))
        for match in pattern.finditer(text)
        if not quoted(match.start())
    ]
    if not pronouns:
        return []
    stops = [0] + [stop.end() for stop in SENTENCE_STOP.finditer(text)]
    if ", he" in text or ", she" in text:
        # "“…” with Moon Jae-in, he said": one the words are with, about or against is their
        # object, never the "he" who says them (nor a person the entry names for it)
        mentions = [
            m
            for m in mentions
            if not (
                OBJECT_BEFORE_PRONOUN.match(text, m.end)
                and PREPOSITION_BEFORE.search(text, max(0, m.start - 10), m.start)
            )
        ]
    # "Kim Jong-un’s sister, Yo-jong, … she said": a name that only says whose kin the one
    # meant is stands for nobody a pronoun can mean.
    ordered = sorted(
        (m for m in mentions if not KIN_AFTER.match(text, m.end)), key=lambda m: m.start
    )
    starts = [m.start for m in ordered]
    # (a stranger that can be no person is no "he": "Cardiff University", "in Wales", "IOC")
    unknown_starts = sorted(start for start, end in unknown if _could_be_person(text, start, end))
    # (those that are no one word opening a sentence, "Speeches followed the ceremony.": the
    # strangers that may be a second person where the entry names one)
    unknown_not_openers = [
        start
        for start, end in unknown
        if start in unknown_starts and not sentence_opener(text, start, end)
    ]
    # Where the entry first and last names a person: a "he" before them all may still be the
    # one the entries before left in mind, when the names are its own sentence's objects
    # ("“…,” he said at a news conference with Yun"), not new persons of later sentences.
    named = [m.start for m in mentions if m.kind == "person"]
    first_named, last_named = min(named, default=len(text)), max(named, default=-1)
    # The entry's first person and where a second one is first named: "he" far after the
    # one person the entry names is still he.
    first_person: Mention | None = None
    second_at = len(text)
    for m in ordered:
        if m.kind != "person":
            continue
        if first_person is None:
            first_person = m
        elif m.actor != first_person.actor:
            second_at = m.start
            break
    found = []
    genders: dict[str, str] | None = None  # (read once, when a "he" or "she" has candidates)
    for match, wants_person in pronouns:
        at = match.start()
        sentence = bisect_right(stops, at) - 1
        begin = max(stops[max(0, sentence - 1)], at - 2 * WINDOW)
        # A second "it" in a sentence is the first one's: "And it demanded the South Korean
        # government to punish the dissidents, whom it described as “…”" is not South Korea,
        # named after the first "it" as its object.
        first_it = None if wants_person else THING_PRONOUN.search(text, stops[sentence], at)
        until = first_it.start() if first_it is not None and not quoted(first_it.start()) else at
        candidates = {
            (m.actor, m.kind)
            for m in ordered[bisect_right(starts, begin - 1) : bisect_right(starts, at)]
            if m.end <= until
            and (m.kind == "person") == wants_person
            # "Beijing's hostility makes “…” of its claim, it said": a possessor is no "it"
            and (
                wants_person
                or not (
                    POSSESSIVE_END.search(text, max(0, m.end - 2), m.end)
                    or POSSESSIVE_NEXT.match(text, m.end)
                    # nor a state's adjective in a person's title: "the visit of North Korean
                    # leader Kim Jong Un, …, referring to what it terms" is Xinhua's "it"
                    or (m.kind == "state" and titles_a_person(text, m, ordered))
                )
            )
        }
        if not wants_person and len(candidates) > 1:
            # "X proclaimed the office “destroyed”, per CNN. “…,” it continued": the source
            # the sentence before cites for X's words only passes them on; "it" is X
            cited = {
                (m.actor, m.kind)
                for m in ordered[bisect_right(starts, begin - 1) : bisect_right(starts, at)]
                if m.end <= until
                and CITED_SOURCE_BEFORE.search(text, max(0, m.start - 24), m.start)
                and SENTENCE_END_NEXT.match(text, m.end)
            }
            if cited and candidates - cited:
                candidates -= cited
        if wants_person and len(candidates) > 1 and WHOM_BEFORE.search(text, max(0, at - 12), at):
            # "Trump said he would meet Kim -- whom he has called “…”": the one "whom" stands
            # for is not the "he" of its own clause (the person named right before it)
            antecedent = next(
                (m for m in reversed(ordered) if m.end <= at and m.kind == "person"), None
            )
            if antecedent is not None and WHOM_AFTER.match(text, antecedent.end):
                candidates = {c for c in candidates if c[0] != antecedent.actor}
        if wants_person and candidates:
            # "Mike Pompeo met Ms. Kang. “…,” she said": a person the entry says is of the
            # other sex is no "she" (with two of hers, or none known, still nobody)
            if genders is None:
                genders = _genders(text, ordered)
            if genders:
                candidates = _of_the_pronouns_sex(candidates, genders, match.group().lower())
                if not candidates:  # ("Ms. Kang arrived. “…,” he said": not hers; whose?)
                    continue
        if wants_person and any(
            UNNAMED_PERSON_OPENS.match(text, stops[s]) is not None
            for s in {max(0, sentence - 1), sentence}
            if stops[s] >= begin or s == sentence
        ):  # "A tearful state TV broadcaster reported Kim's death. She said …": the one
            continue  # unnamed may be "she" as well as any named: nobody
        strangers = bisect_right(unknown_starts, at) - bisect_right(unknown_starts, begin - 1)
        fronted = FRONTED_PARTICIPLE.match(text, stops[sentence], at)
        if (
            len(candidates) > 1
            and wants_person
            and QUOTE_OPENS_SENTENCE.fullmatch(text, stops[sentence], at) is not None
        ):  # "X thanked President Carter. “President Carter played a key role,” he said": one
            # named in the words he says is not the one who says them (X is)
            said_words = text[stops[sentence] : at]  # (names inside it are no mentions)
            named_inside = {
                m.actor
                for m in ordered[bisect_right(starts, begin - 1) : bisect_right(starts, at)]
                if text[m.start : m.end] in said_words
            }
            candidates = {c for c in candidates if c[0] not in named_inside}
        if fronted is not None and wants_person:
            # "Snubbing Lee’s gestures, she fumed": the names in the participle's clause are
            # its objects; "she" is its subject, the one the entries before left in mind.
            if (
                carried is not None
                and not strangers
                and not any(
                    m.kind == "person" and m.start < fronted.start()
                    for m in ordered[
                        bisect_right(starts, stops[sentence] - 1) : bisect_right(starts, at)
                    ]
                )
            ):
                found.append(Mention(at, match.end(), carried, "person"))
        elif len(candidates) == 1 and not (wants_person and strangers):
            actor, kind = candidates.pop()
            found.append(Mention(at, match.end(), actor, kind))
        elif (
            wants_person
            and not candidates
            and first_person is not None
            and first_person.end <= at < second_at
            and not any(u > first_person.start for u in unknown_starts)
            and not unknown_not_openers
        ):  # "President Bush spoke … “…,” he said.": the one person the entry names (a word
            # opening a sentence before him is no stranger: "Speeches followed. Bush spoke …")
            found.append(Mention(at, match.end(), first_person.actor, "person"))
        elif (
            wants_person
            and carried is not None
            and not candidates
            and not unknown_starts
            and at < first_named
            and GOES_ON_AFTER.match(text, match.end())
        ):  # "“…,” she added. Moon called a meeting.": going on with the one who spoke before
            found.append(Mention(at, match.end(), carried, "person"))
        elif (
            wants_person
            and not candidates
            and first_person is not None
            and at < first_person.start
            and second_at == len(text)
            and not unknown_starts
            and carried in {None, first_person.actor}
            and sentence + 1 < len(stops)
            and not text[stops[sentence + 1] : first_person.start].strip(LIST_MARKS)
            and _subject_of(text, [first_person], first_person.end) is not None
        ):  # "“…,” he said. Bush said the U.S. …": the one person the entry names, subject of
            # the next sentence (whom the entries before left in mind, if any)
            found.append(Mention(at, match.end(), first_person.actor, "person"))
        elif (
            wants_person
            and carried is not None
            and not candidates
            and all(  # (a stranger after it, an object of its own clause, is no new "he":
                at < u  # "“…,” he said after meeting his counterpart Jeppe Kofod")
                and (sentence + 1 >= len(stops) or u < stops[sentence + 1])
                and (
                    not NEW_CLAUSE.search(text, match.end(), u)
                    # (or in what he goes on to say: "he said, adding the league will pay
                    # for 300 Red Cross posts and …")
                    or SAID_ADDING.match(text, match.end()) is not None
                )
                for u in unknown_starts
            )
            and at < first_named
            and (sentence + 1 >= len(stops) or last_named < stops[sentence + 1])
            and not (named and NEW_CLAUSE.search(text, match.end(), first_named))
        ):  # "“…,” he said." in an entry that names nobody: the one the entries before named
            found.append(Mention(at, match.end(), carried, "person"))
        elif (
            wants_person
            and len(candidates) > 1
            and sentence > 0
            and QUOTE_OPENS_SENTENCE.fullmatch(text, stops[sentence], at) is not None
            and (
                closing := _last_clause_subject(
                    text,
                    ordered[
                        bisect_right(starts, stops[sentence - 1] - 1) : bisect_right(
                            starts, stops[sentence] - 1
                        )
                    ],
                    stops[sentence - 1],
                    stops[sentence],
                )
            )
            is not None
            and (closing, "person") in candidates
        ):  # "…, but Trump didn't bite. “I don't want to say …,” he said": the subject of the
            # clause that ends the sentence before, the last person it names
            found.append(Mention(at, match.end(), closing, "person"))
        elif (
            wants_person
            and len(candidates) > 1
            and sentence > 0
            and not text[stops[sentence] : at].strip(LIST_MARKS)
        ):  # "Trump nicknames Kim “Rocket Man”. He warns …": the sentence before's subject
            # (of its last clause, when a person opens it: "…, but Trump didn't answer. He")
            before = ordered[bisect_right(starts, stops[sentence - 1] - 1) :]
            subject = _last_clause_subject(
                text, before, stops[sentence - 1], stops[sentence]
            ) or _subject_of(text, before, stops[sentence])
            pronoun = match.group().lower()
            if subject is not None and (
                pronoun == "he"  # (a man the text names "his father" in an aside is no reason)
                or not genders
                or genders.get(subject) == pronoun
                or not any(genders.get(actor) == pronoun for actor, _ in candidates)
            ):  # ("Pompeo met Ms. Kang. She said": not Pompeo, when she is the woman named)
                found.append(Mention(at, match.end(), subject, "person"))
        elif (
            wants_person
            and not candidates
            and not strangers
            and found
            and text[found[-1].start : found[-1].end].lower() == match.group().lower()
            and bisect_right(stops, found[-1].start) - 1 >= sentence - 1
        ):  # "Kim Yo Jong is the sister of Kim Jong Un. She had been cautioning Seoul. She
            # had warned on Saturday - “…”": a "she" opening the next sentence, with no one
            # named between, is still the one the "she" before it meant
            found.append(Mention(at, match.end(), found[-1].actor, "person"))
    return found


# "it" as the subject of a speech verb: "“…,” it said", "It added, “…”".
IT_SAID = re.compile(
    r"\b[Ii]t\s+(?:also\s+)?(?:said|says|added|adds|stated|states|continued|reported|reports)\b"
)


def sentence_opener(text: str, start: int, end: int) -> bool:
    """Whether the name nobody knows at ``start``-``end`` is one word opening a sentence, a
    capital any sentence has ("Shares rose …", "Markets were calm"), no stranger to count."""
    if " " in text[start:end]:
        return False
    return start == 0 or _opens_a_sentence(text, start)


def _carried_it(
    text: str, mentions: list[Mention], unknown: list[tuple[int, int]],
    quoted: Callable[[int], bool], body: tuple[str, str], found: list[Mention],
) -> list[Mention]:  # fmt: skip
    """ "“…,” it said" in an entry that names no state or body before the "it" (nor anyone
    nobody knows) as the one body the entry before gave words to: "“…,” North Korean state
    television announced." then "“…,” it said, adding …" is the television's. A possessor is
    no candidate ("Beijing's hostility makes “…” of its claim, it said"), as in _pronouns."""
    taken = {m.start for m in found}
    said = []
    strangers = [start for start, end in unknown if not sentence_opener(text, start, end)]
    for match in IT_SAID.finditer(text):
        at = match.start()
        if quoted(at) or at in taken:
            continue
        if any(start < at for start in strangers):
            break
        if any(
            m.start < at
            and m.kind != "person"
            and not (
                POSSESSIVE_END.search(text, max(0, m.end - 2), m.end)
                or POSSESSIVE_NEXT.match(text, m.end)
            )
            for m in mentions
        ):
            break
        said.append(Mention(at, at + 2, *body))
    return said


FROM_STATE = re.compile(r"\s+from\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=[\s,])")
OFFICE_NOUNS = (
    "minister", "secretary", "envoy", "senator", "ambassador", "negotiator", "resident",
    "mperor", "mpress", "hancellor",  # ("the Emperor", "the President": either case)
    "general", "admiral", "colonel",
)  # fmt: skip
# A person meant by his office after the entry named him with it ("Russian Foreign Minister
# Sergei Lavrov … “…,” the minister said", "Emperor Hirohito … “…,” said the 83-year-old
# Emperor": a monarch's title, a chancellor's and a president's, is written with a capital as
# often as not).
_OFFICES = r"minister|secretary|envoy|senator|ambassador|negotiator|general|admiral|colonel"
_OFFICES_EITHER_CASE = r"president|emperor|empress|chancellor"
THE_OFFICE = re.compile(
    r"\b[Tt]he\s+(?:\d{1,3}-year-old\s+)?(?:(?!said|says)(?P<qualifier>[A-Za-z-]+)\s+)?"
    rf"(?P<noun>{_OFFICES}|(?i:{_OFFICES_EITHER_CASE}))\b"
    r"(?!\s+(?:of|for|to)\b)(?!\s+[A-Z])"
)
# One of those offices as the title right before a name ("President Trump", "Foreign Minister
# Sergei Lavrov"): the document's persons by title, for "the President" entries later.
TITLE_BEFORE_NAME = re.compile(
    rf"\b(?P<noun>{_OFFICES}|{_OFFICES_EITHER_CASE})\s+(?:of\s+state\s+)?$", re.IGNORECASE
)
# The title each noun stands for before a name ("Sen. Wayne Allard" is "the senator").
OFFICE_TITLES = {
    "senator": r"senator|sen\.", "ambassador": r"ambassador|amb\.", "general": r"general|gen\.",
    "admiral": r"admiral|adm\.", "colonel": r"colonel|col\.",
}  # fmt: skip
# A military rank is a noun of other things too ("the general public", "the general
# election"): "the general" is a person only where he acts or ends the clause ("The general
# ended with …", "the general said", "“…,” said the general.").
MILITARY_RANKS = frozenset({"general", "admiral", "colonel"})
RANK_ACTS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)\b")


def _kin_speakers(
    text: str, mentions: list[Mention], quoted: Callable[[int], bool]
) -> list[Mention]:
    """ "“…,” says her father" as the one person the text before names as the parent of "his
    daughter" (or son, child; the husband of "his wife"), whom the pronoun goes back to ("Mr
    Yokota has been like this since his daughter, Megumi, disappeared. She was 13, “…,” says
    her father"); two such persons, or none: nobody."""
    found = []
    for said in KIN_SPEAKER.finditer(text):
        kin_at = said.start(1) - len("her ")
        if quoted(said.start()):
            continue
        persons = set()
        for named in KIN_OF_THE_NAMED.finditer(
            text, max(0, said.start() - 2 * WINDOW), said.start()
        ):
            if named.group(1).lower() not in KIN_INVERSE[said.group(1).lower()]:
                continue
            before = [m for m in mentions if m.kind == "person" and m.end <= named.start()]
            if before and named.start() - before[-1].end <= 80:
                persons.add(before[-1].actor)
        if len(persons) == 1:
            found.append(Mention(kin_at, said.end(1), persons.pop(), "person"))
    return found


def _described(
    text: str, mentions: list[Mention], quoted: Callable[[int], bool],
    carried: str | None, carried_title: str,
) -> list[Mention]:  # fmt: skip
    """ "The minister" as the one person the entry named earlier with that title ("Foreign
    Minister Sergei Lavrov"), or, in an entry naming no person before it, the one the entries
    before left in mind when they named him with it; with two such persons, or none, nobody
    (the words stay reported)."""
    found = []
    for match in THE_OFFICE.finditer(text):
        if quoted(match.start()):
            continue
        noun = match.group("noun").lower()
        if noun in MILITARY_RANKS:
            acts = RANK_ACTS.match(text, match.end())
            verb = acts.group("verb") if acts is not None else None
            if acts is None or (
                verb is not None
                and not verb.endswith("ed")
                and verb not in SPEECH_VERBS
                and verb not in {"told", "wrote", "spoke", "gave", "made", "went", "took"}
            ):
                continue
        title = OFFICE_TITLES.get(noun, noun)
        qualifier = match.group("qualifier") or ""
        if noun == "president" and qualifier[:1].isupper():
            # ("the Russian president" is the one named "Russian President Vladimir Putin",
            # not "President Trump": the state's adjective is part of the title)
            title = rf"{qualifier}\s+{title}"
        titled = re.compile(rf"\b(?:{title})\s+(?:of\s+state\s+)?$", re.IGNORECASE)
        candidates = {
            m.actor
            for m in mentions
            if m.kind == "person"
            and m.end <= match.start()
            and titled.search(text, max(0, m.start - 30), m.start)
            # (not one named in the same sentence: "Saying he has spoken to Chinese President
            # Xi Jinping about Taiwan, the president said": the president is someone else)
            and SENTENCE_STOP.search(_masked(text), m.end, match.start() + 1)
        }
        if (
            not candidates
            and carried is not None
            and any(titled.search(words) for words in carried_title.split(" | "))
            and not any(m.kind == "person" and m.start < match.start() for m in mentions)
        ):  # ("Russian foreign minister Sergei Lavrov considers …" two entries before)
            candidates = {carried}
        if len(candidates) == 1:  # ("the senator from Colorado": his state is his name's)
            end = match.end()
            if (whence := FROM_STATE.match(text, end)) is not None:
                end = whence.end()
            found.append(Mention(match.start(), end, candidates.pop(), "person"))
    return found


# What an entry says of a person's sex: an honorific or a noun of one sex before the name, with
# only capitalised words between ("Ms. Kang", "spokeswoman Morgan Ortagus", "his sister Kim Yo
# Jong"), or in an apposition after it ("Kim Yo Jong, the sister of …").
_FEMALE = (
    r"spokeswoman|chairwoman|congresswoman|businesswoman|sister|wife|daughter|mother|widow|"
    r"first\s+lady|queen|princess|empress|actress|grandmother|niece|aunt"
)
_MALE = (
    r"spokesman|chairman|congressman|businessman|brother|husband|son|father|widower|king|"
    r"prince|emperor|grandfather|nephew|uncle"
)
_BETWEEN = r"\s*,?\s*(?:[A-Z][\w.’'-]*\s+)*$"
SEX_BEFORE = {
    "she": re.compile(rf"(?:\b(?:Ms|Mrs|Miss|Madam|Madame|Mme)\.?\s+|\b(?:{_FEMALE}){_BETWEEN})"),
    "he": re.compile(rf"(?:\b(?:Mr|Sir)\.?\s+|\b(?:{_MALE}){_BETWEEN})"),
}
# (or after a copula: "Kim Yo Jong is the sister of Kim Jong Un. She said …": hers)
_APPOSED = (
    r"(?:\s*,|\s+(?:is|was))\s*(?:the|a|an|his|her|its|[A-Z][\w’'-]*(?:['’]s)?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?"
)
SEX_AFTER = {
    "she": re.compile(rf"{_APPOSED}(?:{_FEMALE})\b"),
    "he": re.compile(rf"{_APPOSED}(?:{_MALE})\b"),
}


def _genders(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The persons the entry says are a woman ("she") or a man ("he"); one said to be both
    (a misreading) is neither."""
    said: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind != "person":
            continue
        before = text[max(0, m.start - 45) : m.start]
        for pronoun in ("she", "he"):
            if SEX_BEFORE[pronoun].search(before) or SEX_AFTER[pronoun].match(text, m.end):
                said.setdefault(m.actor, set()).add(pronoun)
    return {actor: sexes.pop() for actor, sexes in said.items() if len(sexes) == 1}


def _of_the_pronouns_sex(
    candidates: set[tuple[str, str]], genders: dict[str, str], pronoun: str
) -> set[tuple[str, str]]:
    """The candidates a "he" or "she" can mean: those the entry does not say are of the other
    sex; for "she", the one woman the entry says is one ("Mike Pompeo met Ms. Kang. “…,” she
    said"). (Not so for "he": "Kim Jong-un – who replaced his father, Kim Jong-il … – said ….
    He said" is no more Kim Jong-il's; news names men as fathers and spokesmen in asides.)"""
    if pronoun == "she":
        women = {c for c in candidates if genders.get(c[0]) == "she"}
        if len(women) == 1:
            return women
    return {c for c in candidates if genders.get(c[0]) in (None, pronoun)}


# The clause that ends a sentence: after ", but", ", and", ", while", "; " ("…, but Trump
# didn't bite.").
LAST_CLAUSE = re.compile(r",[”\"’]?\s+(?:but|and|while|yet)\s+|;\s+")
CLAUSE_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:did|didn[’']t|does|doesn[’']t|would|wouldn[’']t|could|will|had|has|"
    r"was|[a-z]+ed|[a-z]+s)\b"
)


def _last_clause_subject(text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """The person who opens the clause that ends a sentence of two clauses or more, when no
    person is named after him there ("Hannity asked Trump if …, but Trump didn't bite")."""
    clause = _last(LAST_CLAUSE.finditer(text, start, end))
    if clause is None:
        return None
    after = [m for m in mentions if clause.end() <= m.start < end]
    if (
        not after
        or after[0].kind != "person"
        or any(m.kind == "person" and m.actor != after[0].actor for m in after)
        or not SUBJECT_GAP.fullmatch(text, clause.end(), after[0].start)
        or not CLAUSE_VERB.match(text, after[0].end)
    ):
        return None
    return after[0].actor


# A sentence that opens with a quotation, its pronoun speaker right after it ("“…,” he").
QUOTE_OPENS_SENTENCE = re.compile(r"[\s“\"‘][^“”\"]{1,400}[”\"’]\s*,?\s*")

# Words that make a name nobody knows a body, a place or an event ("World War II"), never a
# person "he" can mean.
NOT_PERSON_WORDS = frozenset(
    """university college institute institution center centre agency ministry department
    party council committee commission office bureau association foundation school academy
    company corporation group bank court assembly parliament congress senate army navy force
    forces command olympics games sea ocean island islands river mountain mountains street
    square airport port city province county state states republic kingdom union club times
    post news network television radio daily herald journal tribune press war wars
    revolution treaty summit conference
    both all each many some most several few every either neither none another such these
    those""".split()  # noqa: SIM905
)  # (the determiners: "Both teams are …, he added" opens with no one nobody knows)

# Words of an office alone ("Deputy Director", "Vice Chairman", "Secretary General"): a name
# nobody knows made only of them is the office of one named beside it.
OFFICE_ONLY_WORDS = frozenset(
    """deputy vice first acting director chairman chairwoman chair secretary general minister
    chief executive president premier governor ambassador spokesman spokeswoman commander
    head""".split()  # noqa: SIM905
)


# After a run of capitalised words that opens an entry, a space and an opening quotation mark
# with no colon or dash between: a subheading the page joined to the paragraph under it.
SUBHEADING_NEXT = re.compile(r"\s+[“\"‘«]")


def _could_be_person(text: str, start: int, end: int) -> bool:
    """Whether a capitalised name nobody knows may be a person: not an acronym ("IOC"), not
    a body or place by its last word ("Cardiff University"), not after "in", "at", "to",
    "from", "of", "near" or "the" (a place or a body: "in Wales", "the Olympics")."""
    name = text[start:end]
    words = name.replace("-", " ").split()
    if not words or (len(name) >= 2 and name.isupper()):
        return False
    if any(w.lower().strip(".,’'") in NOT_PERSON_WORDS for w in words):
        return False
    if all(w.lower() in OFFICE_ONLY_WORDS for w in words):
        return False  # "…, Deputy Director of the party": an office in apposition, no one
    if not text[:start].strip(LIST_MARKS) and SUBHEADING_NEXT.match(text, end):
        return False  # "Campaign Issue “Here,” he said": a subheading joined to its paragraph
    return not re.search(
        r"\b(?:in|at|to|from|of|near|the|The)\s+$", text[max(0, start - 6) : start]
    )


def _subject_of(text: str, mentions: list[Mention], end: int) -> str | None:
    """The person a sentence (its mentions from its start, up to ``end``) has for subject:
    the first person named, with a verb right after him ("Trump nicknames Kim …")."""
    person = next((m for m in mentions if m.start < end and m.kind == "person"), None)
    if person is None:
        return None
    after = text[person.end : person.end + 200]
    if after.startswith(",") and text[max(0, person.start - 2) : person.start] == ", ":
        after = after[1:]  # "The foreign minister, Ana Diaz, did not …": the name in apposition
    rest = _without_asides(after)  # "Kim – who … – said"
    verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", rest)
    if verb is None:
        return None
    word = verb.group(1)
    if word in {"is", "was", "has", "as", "its", "this", "his", "us"} or not (
        word.endswith(("s", "ed")) or word in SPEECH_VERBS or word in PAST_VERBS or word == "did"
    ):
        return None
    return person.actor


# A verb (or an auxiliary) right after a person who opens a sentence: he is its subject
# (an irregular past of speech too: "Chung said he also hoped to meet Kim Jong-il": "he"
# next is Chung; not "met": "Putin met Kim Jong Un." leaves either in mind, tests/
# test_enrichment.py).
SUBJECT_VERB_NEXT = re.compile(
    r"\s+(?:(?:[a-z]+ly|later|also|then|again|once|never|still)\s+)?"
    r"(?:is|was|has|had|did|does|will|would|could|can|[a-z]+ed|[a-z]+s|"
    + "|".join(sorted(PAST_VERBS & SPEECH_VERBS))
    + r")\b"
)


def subject_left_in_mind(text: str, mentions: list[Mention]) -> str | None:
    """The person the one sentence naming persons is about, when it opens with him and a
    verb ("Kim Yo-jong did not mention by name South Korean President Moon Jae-in.",
    "President Kim Dae-jung was inaugurated on …"): whom a reader takes "she said" in the next
    entry to mean, though the entry names two persons. A sentence naming persons that opens
    otherwise leaves no one in mind (None). ``mentions``: those outside quotations."""
    persons = [m for m in mentions if m.kind == "person"]
    if not persons:
        return None
    masked = _masked(text[: persons[-1].start + 1])  # (only up to the last person: cheap)
    if SENTENCE_STOP.search(masked, persons[0].end):
        return None  # (persons in two sentences: "Rhee was elected president … Lee Si-young
        # was elected vice president." — whom the next "he" means is not told)
    begin = 0
    for stop in SENTENCE_STOP.finditer(masked, 0, persons[0].start + 1):
        begin = stop.end()
    first = next(m for m in mentions if m.start >= begin)
    opening = text[begin : first.start].lstrip(LIST_MARKS)
    if (
        first.kind != "person"
        or not (
            not opening
            or re.fullmatch(r"(?:[Tt]he\s+)?", opening)
            or SUBJECT_GAP.fullmatch(opening)
            or TITLE_WORDS.fullmatch(opening)
        )
        or POSSESSIVE_NEXT.match(text, first.end)
        or not SUBJECT_VERB_NEXT.match(_without_asides(text[first.end : first.end + 200]))
    ):
        return None
    return first.actor


# A verb of reported speech (or a speech given) right after a person: he spoke, though the
# entry quotes nothing ("Kim delivered a speech at the Assembly, saying …", "Lee said that …").
REPORTED_SPEECH_NEXT = re.compile(
    r"\s+(?:(?:also|later|then|again|further)\s+)?(?:said|says|told|tells|stated|states|"
    r"explained|explains|added|adds|announced|announces|declared|declares|insisted|insists|"
    r"warned|warns|stressed|stresses|argued|argues|replied|replies|responded|responds|"
    r"(?:delivered|delivers|gave|gives|made|makes)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|address|statement|remarks))\b"
)
# A deed of his whose clause goes on with what he said, read before asides are taken out
# (", saying …" is one): "the leader opened the meeting by stressing …, saying …".
DEED_THEN_SAYING = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s[^.;!?“”\"]{1,150}?,\s+saying\b")


def reported_speaker(text: str, mentions: list[Mention]) -> str | None:
    """The one person the entry says spoke, when its sentences name others only as what
    they spoke of ("Kim delivered a speech …, saying he has fond memories of President Trump.
    During Trump's first term, …"): whom "He said: “…”" in the next entry means. Two who
    spoke, or none: None. ``mentions``: those outside quotations."""
    spoke = {
        m.actor
        for m in mentions
        if m.kind == "person"
        and not POSSESSIVE_NEXT.match(text, m.end)
        and (
            REPORTED_SPEECH_NEXT.match(_without_asides(text[m.end : m.end + 200]))
            or DEED_THEN_SAYING.match(text, m.end, m.end + 220)
        )
    }
    return spoke.pop() if len(spoke) == 1 else None


# A verb of talking and its preposition before a person ("has spoken to", "talked with").
SPOKEN_TO = re.compile(
    r"\b(?:spoken|spoke|speaks|speak|talked|talks|talk|met|meets|telephoned|called)\s+"
    r"(?:to|with)\s+(?:[A-Z][\w.’'-]*\s+){0,4}$"
)


def spoken_to_only(text: str, mentions: list[Mention], person: str) -> bool:
    """Whether ``person`` is named only as the one someone talked to ("Saying he has spoken
    to Chinese President Xi Jinping about Taiwan, the president said …"): not whom the next
    entry's "he said" means."""
    if " to " not in text and " with " not in text:
        return False  # (most entries: no one talked to)
    named = [m for m in mentions if m.actor == person]
    return bool(named) and all(SPOKEN_TO.search(text, max(0, m.start - 60), m.start) for m in named)


DESCRIPTOR = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
NAMING = re.compile(
    r"(?:titled|entitled|headlined|captioned|called|dubbed|named|billed as|known as|so-called|"
    r"code-?named|nicknamed|labell?ed|themed|slogan|motto|operation|exercise)[,:]?\s*$",
    re.IGNORECASE,
)
TITLED = re.compile(r"\b(?:titled|entitled|headlined|captioned)[,:]?\s*$", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and the of for in on at to with by de".split())  # noqa: SIM905


def _describes(text: str, quote: Quotation) -> bool:
    """A word or two after "a"/"an", in a clause of its own ("… and creates a “police”
    force"), describe; after a speech verb of the same clause they are quoted ("says it
    undertook a “crucial” test")."""
    if not (
        (
            DESCRIPTOR.search(text[max(0, quote.start - 6) : quote.start])
            # "one of his “field guidance” tours": a word or two between his and a noun
            or (
                OWNER_BEFORE.search(text, max(0, quote.start - 7), quote.start)
                and QUOTED_MODIFIES_NOUN.match(text, quote.end)
            )
        )
        and re.fullmatch(r"[\w-]+(?: [\w-]+)?", quote.text)
    ):
        return False
    before = text[max(0, quote.start - WINDOW) : quote.start]
    stop = _last(SENTENCE_STOP.finditer(_masked(before)))
    if stop is not None:  # (a verb of the sentence before says nothing of these words:
        before = before[stop.end() :]  # "…, writes Ann Lee. No one knows his “real” aims")
    verbs = [
        v
        for v in re.finditer(r"[A-Za-z]+", before)
        if (word := v.group().lower()) in SPEECH_VERBS
        or word in SPEECH_ACTS
        or _leads_in(word, before, v.end())
        or (word in SPEECH_IF_SAYING and SAYING_NEXT.match(before, v.end()))
    ]  # ("has assessed that the launch was a “complete failure”": a verb that says, here)
    # (a clause of its own after "and": a verb, not a second object — "accusing the U.S. and
    # Japan of making a “fuss”" is still the accuser's word)
    return not verbs or AND_CLAUSE.search(before, verbs[-1].end()) is not None


# A word or three quoted after "the" (and a modifier: "the four-page “…”"), then a relative
# clause of what was done to it ("that was made public", "which was signed in 1994"): the
# thing's name the writer quotes, no one's words.
THE_BEFORE_NAME = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
DONE_TO_NEXT = re.compile(
    r"[”\"’»']*,?\s+(?:that|which)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?:made|[a-z]+ed|[a-z]+en)\b"
)


def _names_a_thing_done_to(text: str, quote: Quotation) -> bool:
    """Whether the quoted words are a thing's name: a word or three in lower case after "the",
    a relative clause in the passive right after them ("the “agreed framework” that was made
    public", "the “road map” which was adopted"), not "the deal was “historic”"."""
    return (
        re.fullmatch(r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}", quote.text) is not None
        and THE_BEFORE_NAME.search(text, max(0, quote.start - 30), quote.start) is not None
        and DONE_TO_NEXT.match(text, quote.end) is not None
    )


OWNER_BEFORE = re.compile(r"\b(?:his|her|its|their)\s+$", re.IGNORECASE)
# After the closing mark, a lower-case word that is no verb nor a small word: the noun the quoted
# words stand before ("“field guidance” tours", not "“betrayal” and", "“deal” was").
QUOTED_MODIFIES_NOUN = re.compile(
    r"\s+(?!(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as|that|which|who|is|was|"
    r"are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|not|"
    r"than|then|when|while|if|so|ever|yet|again|too|now|here|there|today|still|also|even|"
    r"only|once|since|ago)\b)[a-z]+s?\b(?![’'-])"
)
AND_CLAUSE = re.compile(r"\band\s+(?!(?:the|a|an|its|his|her|their|other)\b)[a-z]")


# The last word of a quoted title that names a document or a meeting: the names inside it
# are inside another name ("Japan-DPRK Pyongyang Declaration"), no actors or places.
DOCUMENT_NOUNS = frozenset(
    """declaration agreement treaty accord accords communique communiqué statement framework
    resolution act law plan initiative forum summit conference charter pact protocol
    memorandum""".split()  # noqa: SIM905
)


def _names_a_document(quote: str) -> bool:
    words = re.findall(r"[\w’'-]+", quote)
    return _document_title(quote) or (
        bool(words) and words[-1].lower() in DOCUMENT_NOUNS and _is_title(quote)
    )


# The small words a long document's name may hold besides those of a title.
_DOCUMENT_SMALL_WORDS = _SMALL_WORDS | {"towards", "toward", "between", "against", "concerning"}


def _document_title(quote: str) -> bool:
    """“Joint Declaration on a New Partnership towards the 21st Century (so-called …)”: the name
    of a document that opens with its kind, however long, an aside in brackets after it."""
    head = re.sub(r"\s*\([^()]*\)\s*$", "", quote.strip())
    words = re.findall(r"[\w’'-]+", head)
    if not 2 <= len(words) <= 20 or re.search(r"[.!?,;:]", head):
        return False
    return any(w[0].isupper() and w.lower() in DOCUMENT_NOUNS for w in words[:4]) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _DOCUMENT_SMALL_WORDS for w in words
    )


def _is_title(quote: str) -> bool:
    """“The Year of Change”, “Friendship Ping Pong Rematch”: a title, not words said."""
    if _document_title(quote):
        return True
    words = re.findall(r"[\w’'-]+", quote)
    if len(words) < 2 or len(words) > 8 or re.search(r"[.!?,;]\s*$", quote.strip()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)
