"""Who says the words quoted in German, French, Italian, Spanish, Portuguese, Polish and
Arabic: each language's verbs of saying (one table, ``SAYING``), and the two places its
writers put the speaker.

- The subject, then its verb, then the words in the same sentence: "Nordkorea bezeichnete die
  Mitglieder als «Heuchler»", "il leader Kim Jong-un ha definito la Corea del Sud il «nemico
  principale»", "Kim Dzong Un podkreślił, że … "…"", "وقالت وزيرة الخارجية X: "…"" (Arabic
  puts the verb first, its subject after it, then a colon or أن/إن and the words).
- The words, then the verb, then its subject: "„…“, sagte Merkel", "«…», dijo Pérez", "« … »,
  a déclaré le porte-parole, Ned Price", "- … - powiedział Kim" (Polish dialogue between
  dashes); with no subject after the verb ("…», añadió.", "- … - dodał."), the one who spoke
  just before in the entry or the entries before (``in_mind``).

The speaker is an actor the entry names (``mentions``), or the holder on the entry's day of an
office named with its state ("przywódca Korei Północnej" in 2018: Kim Jong Un; ``holder``
answers, None when the knowledge base does not know one). One named only by a noun the base
cannot resolve ("un responsable du ministère", "przywódca reżimu") leaves the words
unattributed, to report. Words with no verb of saying beside them (a title, a scare quote)
are nobody's. Pure: text in, statements out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.cjk_cyrillic_speech import SpeechRead
from ktimeline.importing.quotations import SOURCE_BEFORE, find_quotations, owner_of_speaker

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ktimeline.importing.quotations import Mention

# The verbs of saying, per language: the forms news writes in its past and present ("sagte",
# "ha dichiarato": the participle after its auxiliary, "powiedział"/"powiedziała"), and the
# verbs of naming that put words in their subject's mouth ("bezeichnete … als", "ha definito",
# "określił mianem", "calificó de").
SAYING = {
    "de": """sagte sagt sagten erklärte erklärt erklärten betonte betont warnte warnt meinte
        antwortete schrieb forderte kritisierte bezeichnete bezeichnet nannte drohte""",
    "fr": """déclaré dit affirmé ajouté souligné expliqué répondu précisé indiqué assuré
        annoncé averti estimé qualifié déclare affirme ajoute souligne explique""",
    "it": """detto dichiarato affermato aggiunto sottolineato spiegato definito avvertito
        annunciato risposto dichiara afferma aggiunge sottolinea definisce""",
    "es": """dijo declaró afirmó añadió aseguró explicó advirtió señaló respondió contestó
        calificó anunció agregó subrayó afirma asegura""",
    "pt": """disse afirmou declarou acrescentou ressaltou explicou anunciou respondeu
        classificou advertiu diz afirma""",
    "pl": """powiedział powiedziała stwierdził stwierdziła oświadczył oświadczyła podkreślił
        podkreśliła dodał dodała zadeklarował zadeklarowała wyraził wyraziła
        określił określiła ostrzegł ostrzegła napisał napisała zapowiedział zapowiedziała
        oznajmił oznajmiła krzyknął krzyknęła wrzasnął zaznaczył zaznaczyła mówi""",
    "ar": """قال قالت أكد أكدت صرح صرحت أعلن أعلنت اعلن اعلنت أضاف أضافت ذكر ذكرت أوضح أوضحت
        أشار أشارت ألمح المح""",
}
_LATIN_VERBS = "|".join(
    sorted({v for lang, verbs in SAYING.items() if lang != "ar" for v in verbs.split()}, key=len)[
        ::-1
    ]
)
_ARABIC_VERBS = "|".join(sorted(SAYING["ar"].split(), key=len)[::-1])
LATIN_VERB = re.compile(rf"(?<![\w-])(?:{_LATIN_VERBS})(?![\w-])")
# (Arabic joins "and" and "then" to the verb: "وقالت", "فأعلن")
ARABIC_VERB = re.compile(rf"(?<![\w])[وف]?(?:{_ARABIC_VERBS})(?![\w])")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

# Offices named before their state ("przywódca Korei Północnej", "le président de la
# Corée du Sud", "رئيس كوريا الجنوبية"), as the knowledge base's titles
OFFICES = {
    "przywódca": "Leader", "prezydent": "President", "premier": "Prime Minister",
    "machthaber": "Leader", "staatschef": "Leader", "präsident": "President",
    "leader": "Leader", "presidente": "President", "líder": "Leader",
    "dirigeant": "Leader", "président": "President",
    "زعيم": "Leader", "الزعيم": "Leader", "رئيس": "President", "الرئيس": "President",
}  # fmt: skip
OFFICE_BEFORE = re.compile(
    r"([^\W\d_]+)\s+(?:(?:de|of|von|des|der|di|del|do|da)\s+(?:la\s+|l['’])?)?$"
)
# What may stand between a subject and its verb: a few words, no stop, no other clause
# ("Kim Dzong Un w orędziu noworocznym podkreślił", "Kim Jong-un ha nuovamente definito")
SUBJECT_GAP = re.compile(r"[^.!?;:,()\"«»„“”]{0,60}")
# A verb joined to an earlier one ("… i stwierdził", "… und sagte", "… e ha detto"): its
# subject is the sentence's, not the name just before it (an object of the first verb)
AND_VERB = re.compile(r"(?<!\w)(?:i|und|e|y|et|oraz|a)\s+(?:\w+\s+)?$")
# What may open a sentence before its subject: a few words ("Podczas przemówienia", "Mimo to")
OPENING_WORDS = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}")
# The one spoken to, named after the verb ("… a PBS", "… zu Reportern")
SPOKEN_TO_NAMED = re.compile(
    r"\s+(?:a|à|al|au|aux|zu|zum|do|ao|alla|ai|agli|to)\s+(?:(?:la|el|der|den|die|le|the)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]*)*"
)
# A relative clause after the speaker: a name in it is not the speaker ("…», a précisé une
# présentatrice, qui confirme les constatations de la Corée du Sud")
RELATIVE = re.compile(
    r"(?<!\w)(?:qui|que|che|cui|quien|quienes|cual|który|która|które|którzy|der|die|das|welche"
    r"|welcher|dont|donde|onde|quem)(?!\w)"
)
# A verb joined after the verb of saying, naming nobody ("– wrzasnął i strzelił mu w pierś")
AND_THEN_TAIL = re.compile(r"\s+(?:i|und|e|y|et|oraz)\s+[^A-ZÀ-ÖØ-Þ.!?\"«»„“”]*(?=[.!?]|$)")
# Between two quotations of one speaker after one verb: "and", "that", a comma ("…", e que
# "…"; "…" i że "…"; "…", "…")
JOINED_WORDS = re.compile(
    r"[\s,»“”\"'’]*(?:(?:i|e|y|und|et|oraz|and)\s+)?(?:(?:że|que|che|dass|qu['’])\s*)?[\s«„“\"]*"
)
# A verb after the words: a comma or a dash between ("…», dijo", "…“, sagte", "- … - dodał")
# (an auxiliary or the pronoun of the one spoken to before it: "…», a déclaré", "…», le dijo")
VERB_AFTER = re.compile(
    r"[\s,»“”\"'’]*(?:[-–—]\s*)?(?:(?:le|les|me|nos|lui|leur|mi|gli|ci|mu|jej|im)\s+)?"
    r"(?:a\s+|ha\s+)?"
)
# Nothing but an adverb or the one spoken to after the verb, then the sentence's end: the
# speaker is the one in mind ("…», añadió.", "- … - dodał.", "…, le dijo a PBS.")
NO_SUBJECT_AFTER = re.compile(
    r"(?:-t-(?:il|elle)|(?:\s+(?:er|sie|il|elle|lui|lei|él|ella|on|ona|też|także|również"
    r"|[^\W\d_A-ZÀ-ÖØ-Þ]\w*(?:mente|o)))*)\s*(?:[.!?]|$)"
)
# A name after the verb: a few words of title or adverb first ("a déclaré le porte-parole du
# Conseil de sécurité nationale, Ned Price", "stwierdził Kim Dzong Un")
NAME_AFTER_GAP = re.compile(r"[^.!?;\"«»„“”]{0,80}")
# The one spoken to after the verb, no speaker ("…, le dijo a PBS", "…, sagte er zu Reportern")
SPOKEN_TO = re.compile(r"(?<!\w)(?:a|à|al|au|aux|zu|zum|do|ao|alla|ai|agli|to)\s+(?:[\w’']+\s+)?$")
# Arabic: the words open after a colon or "that" (أن، إن، أنه) at the end of the verb's clause
ARABIC_OPENS = re.compile(r"(?::|\s(?:أن|إن|أنه|انه|بأن))\s*$")
# … and a verb with no subject: a preposition or two, then "that" ("والمح إلى أن "…"")
ARABIC_VERB_ALONE = re.compile(r"(?:\s+[^\s:\"«“]+){0,2}?\s+(?:أن|إن|أنه|انه|بأن)\s*")
# Polish dialogue: a dash, the words, a dash, the verb ("- To nie groźby - dodał.")
DASHED = re.compile(r"(?:^|(?<=[.!?]\s))\s*[-–—]\s+(?P<words>[^-–—]{3,600}?)\s+[-–—]\s+(?=\w)")
SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _sentence_start(text: str, at: int, floor: int = 0) -> int:
    """Where the sentence holding ``at`` opens (after the last stop before it, not before
    ``floor``)."""
    start = floor
    for stop in SENTENCE_STOP.finditer(text, floor, at):
        start = stop.end()
    return start


class _Reader:
    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        holder: Callable[[str, str], str | None] | None,
    ) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.holder = holder

    def _office_holder(self, mention: Mention) -> str | bool | None:
        """The holder of an office named before a state ("przywódca Korei Północnej"), None when
        the base knows none, False when no office stands there."""
        if mention.kind != "state":
            return False
        before = OFFICE_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        if before is None or before.group(1).lower() not in OFFICES:
            return False
        if self.holder is None:
            return None
        return self.holder(OFFICES[before.group(1).lower()], mention.actor)

    def _not_speaker(self, floor: int, mention: Mention) -> bool:
        """Whether ``mention`` is named as the report's source ("Laut X", "Según X") or as the
        owner of the one who speaks ("l'avocat de X"; a person: "le président de X" is X's
        office, read by ``_office_holder``): an unnamed one speaks, not X. (A name
        read in parts, "Jean" and "Dupont" of one person, is read where its first part opens.)"""
        for before in reversed(self.mentions[: bisect_left(self.starts, mention.start)]):
            if before.actor != mention.actor or self.text[before.end : mention.start].strip():
                break
            mention = before
        return SOURCE_BEFORE.search(
            self.text, max(floor, mention.start - 40), mention.start
        ) is not None or (mention.kind == "person" and owner_of_speaker(self.text, floor, mention))

    def _speaker(self, mention: Mention) -> str | None:
        office = self._office_holder(mention)
        if office is False:
            return mention.actor
        return office if isinstance(office, str) else None

    def subject_before(self, verb_start: int, floor: int) -> tuple[bool, str | None]:
        """(found, speaker) of a verb whose subject stands before it in its sentence: the
        nearest name before it, a few words between at most."""
        index = bisect_left(self.starts, verb_start) - 1
        while index >= 0 and self.mentions[index].end > verb_start:
            index -= 1
        if index < 0 or self.mentions[index].start < floor:
            return False, None
        mention = self.mentions[index]
        if SUBJECT_GAP.fullmatch(self.text, mention.end, verb_start) is None:
            return False, None
        if self._not_speaker(floor, mention):  # ("Laut X sagte die Richterin: …")
            return True, None
        if AND_VERB.search(self.text, mention.end, verb_start):  # "X krytykował Korei … i
            opener = self._sentence_subject(floor, verb_start)  # stwierdził": X's
            return (True, self._speaker(opener)) if opener is not None else (False, None)
        return True, self._speaker(mention)

    def _sentence_subject(self, floor: int, before: int) -> Mention | None:
        """The name that opens the sentence (a few words before it at most: "Podczas
        przemówienia Kim Dzong Un …"), when nothing but words stands between it and
        ``before``."""
        index = bisect_left(self.starts, floor)
        if index >= len(self.mentions) or self.mentions[index].start >= before:
            return None
        first = self.mentions[index]
        if OPENING_WORDS.fullmatch(self.text, floor, first.start) is None:
            return None
        if re.search(r"[,;:()\"«»„“”]", self.text[first.end : before]):
            return None
        return first

    def subject_after(self, verb_end: int, limit: int) -> tuple[bool, str | None]:
        """(found, speaker) of a verb whose subject follows it: the first name after it in
        its clause (a person before a body)."""
        index = bisect_left(self.starts, verb_end)
        found = [
            m
            for m in self.mentions[index:]
            if m.start < limit
            and NAME_AFTER_GAP.fullmatch(self.text, verb_end, m.start)
            and not SPOKEN_TO.search(self.text, verb_end, m.start)
            and not RELATIVE.search(self.text, verb_end, m.start)
        ]
        if not found:
            return False, None
        found = [m for m in found if not self._not_speaker(verb_end, m)]
        if not found:  # ("dijo el abogado de Juan Pérez": the lawyer, unnamed)
            return True, None
        persons = [m for m in found if m.kind == "person"]
        return True, self._speaker(persons[0] if persons else found[0])


def read_european_arabic_speech(
    text: str,
    mentions: Sequence[Mention],
    in_mind: str | None = None,
    holder: Callable[[str, str], str | None] | None = None,
) -> SpeechRead:
    """The statements the entry's quotations in the languages of ``SAYING`` make, with the
    words whose speaker is not clear, where they stand and who is left in mind (as
    ``cjk_cyrillic_speech.read_speech``)."""
    read = SpeechRead(last_speaker=in_mind)
    arabic = ARABIC_LETTER.search(text) is not None
    verbs = ARABIC_VERB if arabic else LATIN_VERB
    if verbs.search(text) is None and not _whole_quotation(text):
        return read
    reader = _Reader(text, mentions, holder)
    quotes = [(q.start, q.end, q.text) for q in find_quotations(text)]
    quotes += [
        (m.start("words"), m.end("words"), m["words"])
        for m in DASHED.finditer(text)
        if not arabic and LATIN_VERB.match(text, m.end())
    ]
    quotes.sort()
    if len(quotes) == 1 and _whole_quotation(text):
        if in_mind is not None:
            read.said.append((in_mind, quotes[0][2]))
            read.spans.append(quotes[0][:2])
        return read
    # the verbs of saying with their subject before them, in order: who speaks from there on
    said_at: list[tuple[int, int, str | None]] = []  # (verb start, verb end, speaker)
    for verb in verbs.finditer(text):
        floor = _sentence_start(text, verb.start())
        if arabic:
            found, speaker = reader.subject_after(verb.end(), verb.end() + 80)
            if not found:
                continue
        else:
            found, speaker = reader.subject_before(verb.start(), floor)
            if not found:
                continue
        said_at.append((verb.start(), verb.end(), speaker))
    speaker_now = in_mind
    done = 0
    for start, end, words in quotes:
        if any(start < e and s < end for s, e in read.spans):
            continue
        for verb_start, _verb_end, speaker in said_at:  # (the ones said before these words)
            if done <= verb_start < start:
                speaker_now = speaker
        done = start
        status, speaker = _quote_speaker(
            text, reader, (start, end), said_at, arabic, [(s, e) for s, e, _ in quotes]
        )
        if status == "not said":
            continue
        if status == "in mind":  # (none in mind: the one person the entry named before
            speaker = speaker_now  # the words, as "he" means the one person named:
            if speaker is None:  # "Kim siedział w milczeniu. … „…” – krzyknął.")
                persons = {m.actor for m in mentions if m.kind == "person" and m.end <= start}
                speaker = persons.pop() if len(persons) == 1 else None
        read.spans.append((start, end))
        if speaker is None:
            read.unclear.append(words)
            speaker_now = None
            continue
        read.said.append((speaker, words))
        speaker_now = speaker
    for verb_start, _verb_end, speaker in said_at:  # (one who says something after the last
        if verb_start >= done:  # words, or in an entry with none: "Kim ha dichiarato di …")
            speaker_now = speaker
    read.last_speaker = speaker_now
    read.spoke = bool(said_at)
    return read


def _quote_speaker(
    text: str,
    reader: _Reader,
    span: tuple[int, int],
    said_at: list[tuple[int, int, str | None]],
    arabic: bool,
    spans: list[tuple[int, int]],
) -> tuple[str, str | None]:
    """(status, speaker) of the words at ``span``: "named" (speaker, or None when not
    clear), "in mind", or "not said"."""
    start, end = span
    floor = _sentence_start(text, start)
    # a verb after the words: "…», dijo Pérez", "- … - dodał."
    after = (ARABIC_VERB if arabic else LATIN_VERB).search(text, end, min(len(text), end + 40))
    closing = text[end : after.start()] if after is not None else ""
    if after is not None and VERB_AFTER.fullmatch(closing):
        if NO_SUBJECT_AFTER.match(text, after.end()):
            return "in mind", None
        stop = SENTENCE_STOP.search(text, after.end())
        found, speaker = reader.subject_after(after.end(), stop.start() if stop else len(text))
        if found:
            return "named", speaker
        rest = SPOKEN_TO_NAMED.sub("", text[after.end() : stop.end() if stop else len(text)])
        rest = AND_THEN_TAIL.sub("", rest)  # ("…” – wrzasnął i strzelił mu w pierś.")
        if NO_SUBJECT_AFTER.fullmatch(rest):  # ("…», le dijo a PBS.": to PBS, no one new)
            return "in mind", None
        return "named", None
    # a verb before the words in their sentence, its subject before it (after it in Arabic)
    before = [s for s in said_at if floor <= s[0] and s[1] <= start]
    if before:
        _verb_start, verb_end, speaker = before[-1]
        between = text[verb_end:start]
        if re.search(r"[.!?;]", between):
            return "not said", None
        earlier = [e for s, e in spans if verb_end <= s and e <= start]
        if earlier and JOINED_WORDS.fullmatch(text, earlier[-1], start) is None:
            return "not said", None  # ("… "jako ludzie …" w celu zapewnienia "pokoju"": the
            # writer's words after the speaker's, not joined to them by "and that")
        if arabic and not ARABIC_OPENS.search(text, verb_end, start):
            return "not said", None
        return "named", speaker
    if arabic:  # "وأعلن أنه "…"": the verb alone, then "that": the one in mind
        verbs = list(ARABIC_VERB.finditer(text, floor, start))
        verb = verbs[-1] if verbs else None
        if verb is not None and ARABIC_VERB_ALONE.fullmatch(text, verb.end(), start) is not None:
            return "in mind", None
    return "not said", None


WHOLE = re.compile(r"\s*[«„“\"](?P<words>[^«»„“”\"]{20,})[»“”\"]\s*[.]?\s*")


def _whole_quotation(text: str) -> bool:
    """Whether the entry is one quotation and nothing else."""
    return WHOLE.fullmatch(text) is not None
