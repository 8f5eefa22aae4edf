"""Who says the words quoted in Korean, Japanese, Chinese and Russian: each language's own
forms of direct speech, and its own way of naming the speaker.

- Korean: "…"라고 말했다, "…"라며, "…"며, "…"면서, "…"고 강조했다: the speaker is the
  sentence's subject, a name with its topic or subject particle (은/는/이/가) before the words
  ("김 위원장은 "…"라고 말했다"), its title between ("김정은 북한 국무위원장은"), or after them
  ("…"라고 김 위원장은 말했다).
- Japanese: 「…」と述べた/語った/強調した/指摘: the subject before, with は/が/も ("菅官房長官は
  「…」と語った", "菅氏は会見で「…」と").
- Chinese: “…” or 「…」 after "X表示，" / "X说：" / "X指出，", or before "，X说。".
- Russian: «…», — сказал/заявил/отметил X (or он, она), X заявил: «…», по словам X, «…»,
  «…», — говорится в заявлении X.

The speaker is an actor the entry names (``mentions``: the names its rules read). A sentence
that names no subject goes on with the speaker of the sentence before ("이어 "…"라고 덧붙였다",
"また「…」とした", "— сказал он"), in the entry or in the entries before (``in_mind``); one that
names a speaker the knowledge base lacks ("한 정부 관계자는", "政府高官は") or two ("A과 B는")
leaves the words unattributed, to report. Pure: text in, statements out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.unspaced import KOREAN_SINGLE_QUOTE

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ktimeline.importing.quotations import Mention

HANGUL_LETTER = re.compile("[\uac00-\ud7af]")
KANA = re.compile("[\u3040-\u30ff]")
IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Whether an entry may quote in these forms at all (cheap: most entries hold none of them)
SCRIPT_AND_MARK = re.compile("[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff]")
QUOTE_MARKS = ("「", "“", '"', "«", "‘")


@dataclass(frozen=True)
class _Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    text: str  # the words between the marks, as written
    language: str  # "ko", "ja", "zh" or "ru"


@dataclass
class SpeechRead:
    """What an entry's quotations in these languages say, and who says them."""

    said: list[tuple[str, str]] = field(default_factory=list)  # (speaker, words)
    carried: set[str] = field(default_factory=set)  # speakers only carried from before
    unclear: list[str] = field(default_factory=list)  # words whose speaker is not clear
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the spoken words are
    last_speaker: str | None = None  # the one whom a next sentence without a subject means
    spoke: bool = False  # whether a named subject says something (with no quotation: "Kim
    # ha dichiarato di …", whom the next entry's words go on with)


# --- the quotations -------------------------------------------------------------------------

# Korean: a double-quoted passage and the quoting ending joined to it ("…"라고, "…"이라고,
# "…"라며, "…"라면서, "…"며, "…"면서, "…"고): direct speech. Not "…"라는 (a name or a
# phrase: ""평화"라는 이름의").
KOREAN_QUOTE = re.compile(
    '(?:"(?P<straight>[^"\\n]{1,600})"|“(?P<curly>[^“”\\n]{1,600})”)'
    "(?=(?:이)?라(?:고|며|면서)|며|면서|고(?=[\\s,]))"
)
# Japanese: 「…」 and its quoting particle と (って) …
JAPANESE_QUOTE = re.compile("「(?P<words>[^「」]{1,600})」(?=と|って)")
# … not a name or a phrase: "「…」と呼ばれる" (called), "「…」という" (so-called), "「…」と
# 題する", passive "「…」とされる", nor "「A」と「B」" (A and B)
JAPANESE_NOT_SAID = re.compile(
    "(?:と|って)(?:「|呼|名付|名づけ|題|いう|いった|言う|言われ|称され|称する|される|された|され|"
    "書かれ|記され|なる|なっ|共に|ともに|並ん|同じ|の間)"
)
# … and a verb of saying in the rest of its sentence ("と述べた", "と厳しく非難した", "と指摘。",
# "とした", "としている")
JAPANESE_SAYING = re.compile(
    "述べ|語っ|語り|語る|強調|話し|話す|発表|指摘|明らかに|非難|批判|説明|表明|訴え|答え|主張|"
    "言っ|言い|警告|反論|求め|要求|呼びかけ|呼び掛け|応じ|伝え|報じ|発言|宣言|明言|断言|書い|"
    "記し|コメント|回答|反発|抗議|評価|懸念|けん制|牽制|述懐|嘆い|漏らし|誓っ|約束|謝罪|わび|"
    "^(?:と|って)(?:し|する|の)"
)
# Chinese: “…” or 「…」 (Chinese in Taiwan and Hong Kong)
CHINESE_QUOTE = re.compile("“(?P<curly>[^“”]{1,600})”|「(?P<corner>[^「」]{1,600})」")
# Russian: «…» (and „…“ or “…”, a quotation inside or a page's other marks)
RUSSIAN_QUOTE = re.compile("«(?P<guillemets>[^«»]{1,800})»|„(?P<low>[^„“”]{1,800})[“”]")

SENTENCE_END = re.compile("[。！？]|[.!?](?=\\s|$)")


def _quotes(text: str) -> list[_Quote]:
    """The quotations in these languages' marks the text holds, in order (a Japanese one
    before its quoting particle と, not yet checked for a verb of saying)."""
    found: list[_Quote] = []
    if "「" in text and KANA.search(text):
        for match in JAPANESE_QUOTE.finditer(text):
            if not JAPANESE_NOT_SAID.match(text, match.end()):
                found.append(_Quote(match.start(), match.end(), match["words"], "ja"))
    elif (
        ("“" in text or "「" in text) and IDEOGRAPH.search(text) and not HANGUL_LETTER.search(text)
    ):
        for match in CHINESE_QUOTE.finditer(text):
            words = match["curly"] if match["curly"] is not None else match["corner"]
            found.append(_Quote(match.start(), match.end(), words, "zh"))
    if ('"' in text or "“" in text) and HANGUL_LETTER.search(text):
        for match in KOREAN_QUOTE.finditer(text):
            words = match["straight"] if match["straight"] is not None else match["curly"]
            found.append(_Quote(match.start(), match.end(), words, "ko"))
    if "‘" in text and HANGUL_LETTER.search(text):
        found += _korean_single_quotes(text)
    if ("«" in text or "„" in text) and CYRILLIC.search(text):
        for match in RUSSIAN_QUOTE.finditer(text):
            words = match["guillemets"] if match["guillemets"] is not None else match["low"]
            if CYRILLIC.search(words) or CYRILLIC.search(text, match.end(), match.end() + 40):
                found.append(_Quote(match.start(), match.end(), words, "ru"))
    return sorted(found, key=lambda quote: quote.start)


def _korean_single_quotes(text: str) -> list[_Quote]:
    """Korean direct speech in single marks before its quoting ending (KOREAN_SINGLE_QUOTE)."""
    return [
        _Quote(match.start(), match.end(), match["single"], "ko")
        for match in KOREAN_SINGLE_QUOTE.finditer(text)
    ]


class _Sentences:
    """Where an entry's sentences open and end: after each stop outside its quotations (found
    once an entry, each place then looked up: a long entry stays linear)."""

    def __init__(self, text: str, quotes: list[_Quote]) -> None:
        self.length = len(text)
        self.stops: list[int] = []  # the place after each stop
        spans = iter(quotes)
        inside = next(spans, None)
        for stop in SENTENCE_END.finditer(text):
            while inside is not None and inside.end <= stop.start():
                inside = next(spans, None)
            if inside is None or stop.start() < inside.start:
                self.stops.append(stop.end())

    def start(self, at: int) -> int:
        """Where the sentence holding ``at`` opens."""
        index = bisect_right(self.stops, at) - 1
        return self.stops[index] if index >= 0 else 0

    def end(self, at: int) -> int:
        """Where the sentence going on at ``at`` ends (after its stop)."""
        index = bisect_right(self.stops, at)
        return self.stops[index] if index < len(self.stops) else self.length


# --- the subjects ---------------------------------------------------------------------------

# Korean: after a person's name, the words of his title ("김정은 북한 국무위원장은"), then the
# topic or subject particle; after a state's or a body's, the particle at once ("북한은")
KOREAN_SUBJECT_AFTER_PERSON = re.compile(
    "(?P<title>[\uac00-\ud7af]{0,8}?(?:\\s+[\uac00-\ud7af]{1,10}?){0,3}?)"
    "(?P<particle>께서|은|는|이|가)(?=[\\s,]|$)"
)
KOREAN_SUBJECT_AFTER_BODY = re.compile("(?P<title>)(?P<particle>은|는|이|가|도)(?=[\\s,]|$)")
# words of a title never end with these particles ("김정은의 여동생인 김여정은": her, not him)
# a body's spokesman speaks for the body (README: "a spokesman or official speaks for the body
# named"): "외무성 대변인은", "통일부 부대변인은", "외무성 대변인이", "조선중앙통신의 대변인은"; not
# a state's (a state's spokesman is some body's, which the words do not say)
KOREAN_SPOKESMAN_OF_BODY = re.compile(
    "(?P<title>(?:의)?\\s*(?:부대변인|대변인|발언인))(?P<particle>은|는|이|가|도)(?=[\\s,]|$)"
)
KOREAN_NOT_TITLE = re.compile("(?:의|을|를|에|에서|과|와|로|으로|도|만|에게|인|던)$")
KOREAN_TOPIC = frozenset({"은", "는", "께서"})
# one who speaks, named by a noun the knowledge base cannot resolve ("한 정부 관계자는",
# "외교부 대변인은"): the words are that one's, no one the entry names
KOREAN_UNNAMED_SPEAKER = re.compile(
    "(?:관계자|당국자|대변인|부대변인|소식통|관리|장관|차관|대통령|위원장|총리|정부|당국|외교부|"
    "국방부|통일부|청와대|대통령실|백악관|국무부|외무성|측|의원|교수|연구원|전문가|매체|통신|"
    "신문|방송|대사|총장|주석|총서기|총비서|국장|실장|단장|대표|사령관|회장|관계자들|당국자들)"
    "(?:은|는|이|가|께서|도)(?=[\\s,]|$)"
)
KOREAN_PRONOUN = re.compile("(?:^|(?<=\\s))(?:그|그녀)(?:는|가|도)(?=[\\s,]|$)")
# a subject of a clause that ends before the quotation ("북한이 미사일을 발사한 것에 대해"):
# not the sentence's
KOREAN_SUBORDINATE = re.compile(
    "것|때\\s|뒤\\s|후\\s|지만|는데|하자|되자|했고|했으며|면서|하며|하고\\s"
)

# Japanese: after a person's name, a title of a few characters ("菅義偉官房長官は", "菅氏は"),
# then は, が or も; after a state's or a body's, the particle at once ("北朝鮮は")
JAPANESE_SUBJECT_AFTER_PERSON = re.compile(
    "(?P<title>[\u4e00-\u9fff\u30a0-\u30ff]{0,10}?)(?P<particle>は|が|も)(?![じず])"
)
JAPANESE_SUBJECT_AFTER_BODY = re.compile("(?P<title>)(?P<particle>は|が|も)(?![じず])")
# a body's spokesman speaks for the body: "外務省報道官は", "外務省の報道官が"
JAPANESE_SPOKESMAN_OF_BODY = re.compile(
    "(?P<title>の?(?:副報道官|報道官|報道担当者|スポークスマン|代弁人))(?P<particle>は|が|も)(?![じず])"
)
JAPANESE_TOPIC = frozenset({"は", "も"})
JAPANESE_UNNAMED_SPEAKER = re.compile(
    "(?:関係者|当局者|報道官|高官|幹部|消息筋|筋|政府|当局|首相|大統領|長官|大臣|外相|氏|"
    "同省|省|庁|委員長|議員|専門家|教授|代表|大使|記者)(?:は|が)(?![じず])"
)
# The offices a Japanese paper names bare for its own state's holder ("首相が「…」と述べた":
# Japan's prime minister that day); not after a name, a state or の ("韓国首相", "北朝鮮の首相")
JAPANESE_OWN_OFFICES = {"首相": "Prime Minister", "官房長官": "Chief Cabinet Secretary"}
TITLED_BEFORE = re.compile("[\u4e00-\u9fff\u30a0-\u30ffのノ]")
JAPANESE_SUBORDINATE = re.compile("こと|ため|ので|のは|際|後、|と、")
JAPANESE_PRONOUN = re.compile("(?:同氏|彼|彼女)(?:は|が|も)")

# Chinese: the verbs of saying; the speaker right before (a title and when or where between:
# "王毅外长在记者会上表示，“…”") or right after the closing mark ("“…”，王毅说。")
_CHINESE_VERBS = (
    "表示|说道|說道|说|說|称|稱|指出|强调|強調|宣布|宣佈|认为|認為|声称|聲稱|回应|回應|警告|重申|"
    "透露|介绍|介紹|写道|寫道|问道|問道|答道|补充|補充|坦言|直言|呼吁|呼籲|宣称|宣稱|表态|表態"
)
_CHINESE_BETWEEN = (
    "(?P<title>(?:副)?(?:主席|总书记|總書記|总理|總理|总统|總統|外长|外長|部长|部長|国务卿|國務卿|"
    "委员长|委員長|首相|大使|议长|議長|书记|書記|元帅|元帥|同志|先生|女士))?"
    "(?P<when>(?:在[^，,。“”：:]{1,20}?(?:上|时|時|中|后|後|前)|也|还|還|则|則|再次|进一步|"
    "進一步|随后|隨後|当天|當天|当日|當日|同日|日前|\\d{1,2}日)*)"
)
CHINESE_BEFORE = re.compile(_CHINESE_BETWEEN + f"(?:{_CHINESE_VERBS})(?:道)?\\s*[：:，,]\\s*$")
CHINESE_AFTER = re.compile(_CHINESE_BETWEEN + f"(?:{_CHINESE_VERBS})(?:道)?\\s*(?:[。，,.！!]|$)")
CHINESE_SPOKESMAN_BEFORE = re.compile(
    "(?:的)?(?:发言人|發言人|新闻发言人|新聞發言人)"
    + _CHINESE_BETWEEN
    + f"(?:{_CHINESE_VERBS})(?:道)?\\s*[：:，,]\\s*$"
)
CHINESE_PRONOUN_BEFORE = re.compile(
    f"(?:^|[，,。])\\s*(?:他|她)(?:也|还|還|则|則|再次)?(?:{_CHINESE_VERBS})\\s*[：:，,]\\s*$"
)
CHINESE_PRONOUN_AFTER = re.compile(
    f"\\s*[，,]?\\s*(?:他|她)(?:也|还|還)?(?:{_CHINESE_VERBS})\\s*(?:[。，,.！!]|$)"
)
CHINESE_SAID_BEFORE = re.compile(f"(?:{_CHINESE_VERBS})(?:道)?\\s*[：:，,]\\s*$")
CHINESE_JOINER_BEFORE = re.compile("(?:和|与|與|及|、|同)$")

# Russian: the verbs of saying, in the past ("сказал", "заявила") and the present ("сообщает")
_RUSSIAN_VERBS = (
    "(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|написал|ответил|заключил|"
    "признал|уточнил|рассказал|указал|констатировал|предупредил|призвал|заверил|напомнил|"
    "резюмировал|высказался|считает|говорит|заявляет|сообщает|отмечает|подчеркивает|пишет|"
    # (Macedonian: "„…“, изјави Мицкоски", "— рече тој", "Пендаровски истакна: „…“")
    "рече|изјави|истакна|додаде|нагласи|порача|соопшти|посочи|рекол|вели)"
    "(?:а|и|ся)?"
)
RUSSIAN_AFTER = re.compile(
    # (a dash, or a comma alone: "„…“, изјави Мицкоски", "«…», сказал он")
    f"(?:[,!?.…]?\\s*[—–-]|,)\\s*(?P<verb>{_RUSSIAN_VERBS}|говорится\\s+в)\\b(?P<rest>[^.!?«»;]*)"
)
RUSSIAN_BEFORE = re.compile(f"\\b{_RUSSIAN_VERBS}\\b[^.!?«»]{{0,60}}?(?:[:,]|,\\s*что)\\s*$")
RUSSIAN_ACCORDING = re.compile(
    f"(?:[Пп]о\\s+словам|[Пп]о\\s+мнению|[Кк]ак\\s+{_RUSSIAN_VERBS}(?:\\s+[а-яё]+){{0,2}})\\s"
)
RUSSIAN_PRONOUN = re.compile("\\s*(?:он|она|тој|таа)\\b")
RUSSIAN_PRONOUN_BEFORE = re.compile(
    "(?:^|[,\\s])(?:[Оо]н|[Оо]на|[Тт]ој|[Тт]аа)\\s+(?:также\\s+|же\\s+|исто\\s+така\\s+)?$"
)
# a source nobody names after the verb ("— сообщил ТАСС источник", "— сказал собеседник")
RUSSIAN_UNNAMED = re.compile(
    "\\b(?:источник|собеседник|представитель|чиновник|дипломат|эксперт|аналитик|официальн)"
)


# --- the reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Subject:
    actor: str | None  # None: one the entry does not name (an unnamed official)
    start: int
    end: int
    topic: bool  # a topic (은/는, は): the sentence's, not a clause's
    pronoun: bool = False


def _korean_subjects(
    text: str, begin: int, end: int, mentions: Sequence[Mention]
) -> list[_Subject]:
    """The subjects named between ``begin`` and ``end``: an actor with its particle, an unnamed
    speaker's noun, a pronoun."""
    subjects: list[_Subject] = []
    for mention in mentions:
        if not begin <= mention.start < end:
            continue
        pattern = (
            KOREAN_SUBJECT_AFTER_PERSON if mention.kind == "person" else KOREAN_SUBJECT_AFTER_BODY
        )
        match = pattern.match(text, mention.end, end)
        if match is None and mention.kind not in ("person", "state"):
            match = KOREAN_SPOKESMAN_OF_BODY.match(text, mention.end, end)  # its spokesman's
        elif match is not None and any(
            KOREAN_NOT_TITLE.search(word) for word in match["title"].split()[:-1]
        ):
            continue
        if match is None:
            continue
        if mention.start > 0 and HANGUL_LETTER.match(text, mention.start - 1):
            continue  # ("남북한": no name of its own)
        subjects.append(
            _Subject(mention.actor, mention.start, match.end(), match["particle"] in KOREAN_TOPIC)
        )
    for match in KOREAN_UNNAMED_SPEAKER.finditer(text, begin, end):
        if not any(s.start <= match.start() < s.end for s in subjects):
            subjects.append(_Subject(None, match.start(), match.end(), match[0][-1] in "은는"))
    for match in KOREAN_PRONOUN.finditer(text, begin, end):
        subjects.append(_Subject(None, match.start(), match.end(), True, pronoun=True))
    return sorted(subjects, key=lambda s: s.start)


def _japanese_subjects(
    text: str,
    begin: int,
    end: int,
    mentions: Sequence[Mention],
    holder: Callable[[str, str], str | None] | None = None,
) -> list[_Subject]:
    """The subjects named between ``begin`` and ``end``, as ``_korean_subjects``; the bare
    "首相" or "官房長官" of a Japanese text, Japan's holder of the office that day (``holder``
    answers: None when the knowledge base knows none)."""
    subjects: list[_Subject] = []
    for mention in mentions:
        if not begin <= mention.start < end:
            continue
        pattern = (
            JAPANESE_SUBJECT_AFTER_PERSON
            if mention.kind == "person"
            else JAPANESE_SUBJECT_AFTER_BODY
        )
        match = pattern.match(text, mention.end, end)
        if match is None and mention.kind not in ("person", "state"):
            match = JAPANESE_SPOKESMAN_OF_BODY.match(text, mention.end, end)  # its spokesman's
        if match is None:
            continue
        subjects.append(
            _Subject(mention.actor, mention.start, match.end(), match["particle"] in JAPANESE_TOPIC)
        )
    for match in JAPANESE_UNNAMED_SPEAKER.finditer(text, begin, end):
        if not any(s.start <= match.start() < s.end for s in subjects):
            office = JAPANESE_OWN_OFFICES.get(match[0][:-1])
            bare = match.start() == 0 or not TITLED_BEFORE.match(text, match.start() - 1)
            actor = holder(office, "Japan") if office and bare and holder else None
            subjects.append(_Subject(actor, match.start(), match.end(), match[0][-1] == "は"))
    for match in JAPANESE_PRONOUN.finditer(text, begin, end):
        if not any(s.start <= match.start() < s.end for s in subjects):
            subjects.append(_Subject(None, match.start(), match.end(), True, pronoun=True))
    return sorted(subjects, key=lambda s: s.start)


JOINED_SUBJECT = re.compile("(?:과|와|및|と|、|,)\\s*$")


def _joined_to_another(
    text: str, subject: _Subject, mentions: Sequence[Mention], begin: int
) -> bool:
    """Whether the subject's name follows another name and "and" ("A과 B는", "AとBは"): the
    two speak together, neither alone."""
    for mention in mentions:
        if begin <= mention.start < subject.start and mention.actor != subject.actor:
            between = text[mention.end : subject.start]
            if len(between) <= 16 and JOINED_SUBJECT.search(between):
                return True
    return False


def _subject_speaking(
    text: str,
    subjects: list[_Subject],
    quote_start: int,
    mentions: Sequence[Mention],
    begin: int,
    subordinate: re.Pattern[str],
) -> _Subject | None:
    """The nearest subject before the quotation that is the sentence's (a topic, or a subject
    no clause's end stands between it and the words)."""
    for subject in reversed(subjects):
        if subject.end > quote_start:
            continue
        if not subject.topic and subordinate.search(text, subject.end, quote_start):
            continue
        if subject.actor is not None and _joined_to_another(text, subject, mentions, begin):
            return _Subject(None, subject.start, subject.end, subject.topic)
        return subject
    return None


# What a quotation's sentence says of its speaker: one the entry names ("named"), none, so the
# one in mind goes on ("in mind": no subject, or a pronoun), one not clear ("unclear": an
# unnamed official, two names), or that the words are nobody's speech ("not said").
NAMED, IN_MIND, UNCLEAR, NOT_SAID = "named", "in mind", "unclear", "not said"


def read_speech(
    text: str,
    mentions: Sequence[Mention],
    in_mind: str | None = None,
    holder: Callable[[str, str], str | None] | None = None,
) -> SpeechRead:
    """The statements the entry's quotations in Korean, Japanese, Chinese and Russian make:
    (speaker, words) for each whose speaker the sentence names or goes on with, the words of
    the others (to report), where they stand, and who is left in mind (``holder``: who held
    an office of a state on the entry's day, for a title named bare)."""
    read = SpeechRead(last_speaker=in_mind)
    if SCRIPT_AND_MARK.search(text) is None or not any(mark in text for mark in QUOTE_MARKS):
        return read
    quotes = _quotes(text)
    if not quotes:
        return read
    sentences = _Sentences(text, quotes)
    quotes = [q for q in quotes if q.language != "ja" or _japanese_said(text, q, sentences)]
    starts = [q.start for q in quotes]
    outside = sorted(
        (m for m in mentions if not _in_quote(m.start, quotes, starts)), key=lambda m: m.start
    )
    at = [m.start for m in outside]
    sentence_speaker: dict[int, str | None] = {}  # sentence start → its speaker so far
    last_end: dict[int, int] = {}  # sentence end → where its last quotation ends
    for quote in quotes:
        last_end[sentences.end(quote.end)] = quote.end
    previous_end = 0
    for quote in quotes:
        sentence = sentences.start(quote.start)
        previous_end = max(previous_end, sentence)
        end = sentences.end(quote.end)
        near = outside[bisect_left(at, sentence) : bisect_left(at, end)]  # (its sentence's)
        if quote.language in ("ko", "ja"):
            status, speaker = _korean_or_japanese_speaker(
                text, quote, near, (sentence, previous_end, last_end[end], end), sentence_speaker,
                holder,
            )  # fmt: skip
        elif quote.language == "zh":
            status, speaker = _chinese_speaker(text, quote, near, sentence, end)
        else:
            status, speaker = _russian_speaker(text, quote, near, sentence)
        previous_end = quote.end
        if status == NOT_SAID:
            continue
        read.spans.append((quote.start, quote.end))
        if status == IN_MIND:  # (not when the entry names another person before the words:
            speaker = read.last_speaker  # "安倍首相が訪米した。「…」と述べた" may be his)
            if any(
                m.kind == "person" and m.actor != speaker
                for m in outside[: bisect_left(at, quote.start)]
            ):
                speaker = None
            if speaker is not None and not any(m.actor == speaker for m in outside):
                read.carried.add(speaker)
        if speaker is None:
            read.unclear.append(quote.text)
            sentence_speaker[sentence] = read.last_speaker = None
            continue
        read.said.append((speaker, quote.text))
        sentence_speaker[sentence] = read.last_speaker = speaker
    return read


def _korean_or_japanese_speaker(
    text: str,
    quote: _Quote,
    mentions: Sequence[Mention],
    bounds: tuple[int, int, int, int],
    sentence_speaker: dict[int, str | None],
    holder: Callable[[str, str], str | None] | None = None,
) -> tuple[str, str | None]:
    """(status, speaker) of a Korean or Japanese quotation: the sentence's subject before the
    words, or after the last of them; with none, the one in mind."""
    # (where its sentence opens, the quotation before it there ends, the last one there ends,
    # and the sentence ends)
    sentence, previous_end, tail, end = bounds
    korean = quote.language == "ko"
    subjects_of = (
        _korean_subjects if korean else lambda t, b, e, m: _japanese_subjects(t, b, e, m, holder)
    )
    subordinate = KOREAN_SUBORDINATE if korean else JAPANESE_SUBORDINATE
    before = subjects_of(text, previous_end, quote.start, mentions)
    subject = _subject_speaking(text, before, quote.start, mentions, previous_end, subordinate)
    if subject is None and sentence in sentence_speaker:  # "…"라며 "…"라고 했다: the same
        known = sentence_speaker[sentence]
        return (NAMED, known) if known is not None else (UNCLEAR, None)
    if subject is None:  # the sentence's topic, before an earlier quotation of it
        topics = [s for s in subjects_of(text, sentence, previous_end, mentions) if s.topic]
        subject = topics[-1] if topics else None
    if subject is None:  # after the words: "…"라고 김 위원장은 말했다
        after = subjects_of(text, tail, end, mentions)
        named = {s.actor for s in after if s.actor is not None}
        if len(named) == 1:
            return NAMED, named.pop()
        if named or any(not s.pronoun for s in after):
            return UNCLEAR, None
        return IN_MIND, None
    if subject.pronoun:
        return IN_MIND, None
    return (NAMED, subject.actor) if subject.actor is not None else (UNCLEAR, None)


def _chinese_speaker(
    text: str, quote: _Quote, mentions: Sequence[Mention], sentence: int, tail_end: int
) -> tuple[str, str | None]:
    """(status, speaker) of a Chinese quotation: the name right before "表示，" / "说："
    opening it, or right after it before "说。"; a pronoun's, the one in mind; with no verb of
    saying beside it, not said (a scare quote, a title)."""
    head_end = quote.start
    if CHINESE_PRONOUN_BEFORE.search(text[sentence:head_end]):
        return IN_MIND, None
    for mention in sorted(mentions, key=lambda m: -m.start):
        if not sentence <= mention.start < quote.start or _chinese_addressee(text, mention):
            continue
        said = CHINESE_BEFORE.match(text, mention.end, quote.start)
        if said is not None:
            return _chinese_subject(text, mention, said, mentions)
        if mention.kind not in ("person", "state") and CHINESE_SPOKESMAN_BEFORE.match(
            text, mention.end, quote.start
        ):  # "外交部发言人表示，“…”": the body's spokesman, the body's words
            return NAMED, mention.actor
    if CHINESE_SAID_BEFORE.search(text, sentence, quote.start):
        return UNCLEAR, None  # ("中国外交部发言人表示，“…”": a speaker the entry does not name)
    if CHINESE_PRONOUN_AFTER.match(text, quote.end, tail_end):
        return IN_MIND, None
    gap = CHINESE_GAP.match(text, quote.end)
    start = gap.end() if gap is not None else quote.end
    for mention in mentions:
        if mention.start != start:
            continue
        said = CHINESE_AFTER.match(text, mention.end, tail_end)
        if said is not None:
            return _chinese_subject(text, mention, said, mentions)
    return NOT_SAID, None


CHINESE_GAP = re.compile("\\s*[，,]?\\s*")
# "X向Y表示" / "对Y说": Y is whom X speaks to ("朝鲜外务省人士向朝中社表示": to KCNA), not
# the speaker
CHINESE_TO_WHOM = ("向", "對", "对", "跟")


def _chinese_addressee(text: str, mention: Mention) -> bool:
    """Whether a name before a Chinese verb of saying is whom the words are said to: right
    after 向 / 对 ("向朝中社表示")."""
    return mention.start > 0 and text[mention.start - 1] in CHINESE_TO_WHOM


def _chinese_subject(
    text: str, mention: Mention, said: re.Match[str], mentions: Sequence[Mention]
) -> tuple[str, str | None]:
    """The speaker a Chinese name before its verb of saying is: a person with or without his
    title; a state or a body only at once before the verb (not "中国外交部发言人表示": the
    spokesman's, whom the base does not name); none after "和" another name (two speak)."""
    if mention.kind != "person" and said["title"]:
        return UNCLEAR, None
    for other in mentions:
        if (
            other.end <= mention.start
            and other.actor != mention.actor
            and mention.start - other.end <= 1
            and CHINESE_JOINER_BEFORE.search(text, other.end, mention.start)
        ):
            return UNCLEAR, None
    return NAMED, mention.actor


def _russian_speaker(
    text: str, quote: _Quote, mentions: Sequence[Mention], sentence: int
) -> tuple[str, str | None]:
    """(status, speaker) of a Russian quotation: the name after "— сказал" following it, or
    before "заявил:" opening it (or after "по словам"); a pronoun's, the one in mind; with no
    verb of saying beside it, not said."""
    after = RUSSIAN_AFTER.match(text, quote.end)
    if after is not None:
        rest_start, rest_end = after.span("rest")
        if after["verb"].startswith("говорится"):  # "— говорится в заявлении МИД"
            found = {m.actor for m in mentions if rest_start <= m.start < rest_end}
            return (NAMED, found.pop()) if len(found) == 1 else (UNCLEAR, None)
        if RUSSIAN_PRONOUN.match(text, rest_start, rest_end):
            return IN_MIND, None
        return _russian_named(text, mentions, rest_start, rest_end)
    head = text[sentence : quote.start]
    according = RUSSIAN_ACCORDING.search(head)
    if according is not None and head.rstrip().endswith(","):  # "По словам Путина, «…»"
        at = sentence + according.end()
        found = {m.actor for m in mentions if m.start == at}
        return (NAMED, found.pop()) if found else (UNCLEAR, None)
    if RUSSIAN_BEFORE.search(head) is None:
        return NOT_SAID, None
    verb = list(RUSSIAN_VERB.finditer(text, sentence, quote.start))[-1]
    if RUSSIAN_PRONOUN_BEFORE.search(text, sentence, verb.start()):
        return IN_MIND, None
    # the name right before the verb ("Путин заявил", "Путин в интервью заявил") or right
    # after it ("Как заявил журналистам Путин,"), a few small words between at most: not one
    # named earlier in the sentence ("После встречи с Ким Чен Ыном Путин заявил")
    beside = {
        m.actor
        for m in mentions
        if sentence <= m.start < quote.start
        and (
            (m.end <= verb.start() and RUSSIAN_SMALL_WORDS.fullmatch(text, m.end, verb.start()))
            or (m.start >= verb.end() and RUSSIAN_SMALL_WORDS.fullmatch(text, verb.end(), m.start))
        )
    }
    if not beside and RUSSIAN_OPENING_ADVERB.fullmatch(text, sentence, verb.start()):
        return IN_MIND, None  # ("Потоа додаде: „…“", "Затем добавил: «…»": no subject, the
        # one who spoke just before goes on)
    return (NAMED, beside.pop()) if len(beside) == 1 else (UNCLEAR, None)


# a sentence that opens with its verb of saying, an adverb or two before it at most
RUSSIAN_OPENING_ADVERB = re.compile(
    "\\s*(?:(?:[Пп]отоа|[Зз]атем|[Пп]отом|[Дд]алее|[Тт]акже|[Тт]огаш|[Пп]онатаму|[Ии]сто\\s+така|"
    "[Кк]роме\\s+того|[Пп]ри\\s+этом|[Тт]ој|[Тт]аа)\\s+){1,2}"
)
RUSSIAN_VERB = re.compile(f"\\b{_RUSSIAN_VERBS}\\b")
RUSSIAN_SMALL_WORDS = re.compile("\\s+(?:[а-яё-]+\\s+){0,3}")


def _russian_named(
    text: str, mentions: Sequence[Mention], begin: int, end: int
) -> tuple[str, str | None]:
    """The one speaker the words from ``begin`` to ``end`` name: the one person, else the one
    actor of another kind than a state, else the one state; not clear when two are, or when
    an unnamed source speaks ("— сообщил ТАСС источник")."""
    found = [m for m in mentions if begin <= m.start < end]
    persons = {m.actor for m in found if m.kind == "person"}
    if len(persons) == 1:
        return NAMED, persons.pop()
    if persons or RUSSIAN_UNNAMED.search(text, begin, end):
        return UNCLEAR, None
    others = {m.actor for m in found if m.kind != "state"} or {m.actor for m in found}
    return (NAMED, others.pop()) if len(others) == 1 else (UNCLEAR, None)


def _japanese_said(text: str, quote: _Quote, sentences: _Sentences) -> bool:
    """Whether a Japanese quotation before と is said: a verb of saying in the rest of its
    sentence ("と述べた", "と厳しく非難した", "と指摘。", "とした")."""
    return JAPANESE_SAYING.search(text[quote.end : sentences.end(quote.end)]) is not None


def _in_quote(at: int, quotes: list[_Quote], starts: list[int]) -> bool:
    """Whether ``at`` is inside one of the quotations (``starts``: theirs, in order)."""
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < quotes[index].end
