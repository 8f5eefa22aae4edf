"""Names in the scripts that write no space between a name and what follows it: Hangul, whose
names take their particles joined ("북한은", "김정은이"), and Chinese and Japanese characters,
which join words without spaces ("金日成来到中国", "北朝鮮に抗議した"). The word matcher reads
names by their words; these are found by their forms in the text, the longest first, and kept
only where they stand as a name of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

# Hangul syllables and jamo, kana, CJK ideographs (and their compatibility forms)
UNSPACED_LETTER = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
KATAKANA = re.compile("[\u30a0-\u30fa\u30fc-\u30ff]")  # (not "・", the dot between names)
# what parts a name in these scripts into given name and surname ("ドナルド・トランプ",
# "도널드 트럼프", "阿卜杜拉·阿卜杜勒"): a form holding one is no name written whole
NAME_JOINERS = frozenset(" ·・")

# What a Korean name takes joined to it and still stands as a name: the case and topic
# particles and the copula's endings (the Standard Korean grammar's 조사), longest first…
KOREAN_PARTICLES = (
    "에서는", "에게서", "으로서", "으로써", "이라고", "이라는", "이라며", "으로부터",
    "에서", "에게", "께서", "으로", "부터", "까지", "처럼", "보다", "과의", "와의", "에는",
    "에도", "이나", "이며", "이고", "이다", "이었", "에선", "과는", "와는", "로서", "로써",
    "라고", "라는", "라며",  # (the copula's quoting endings after a vowel: "본명은 김현희라고")
    "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만", "께", "측",
)  # fmt: skip
# …and the nouns a state's name is written joined to, as its adjective ("북한주석": North
# Korea's President; "한국인": Koreans), the state still named
KOREAN_JOINED_NOUNS = (
    "국무위원장", "국가주석", "총서기", "위원장", "대통령", "주석", "총리", "정부", "당국",
    "외무성", "외교부", "국방부", "대사관", "대사", "인들", "인",
)  # fmt: skip
# Named events and documents that hold a state's or a city's name ("朝鲜战争": the Korean War;
# "日朝平壌宣言": the Japan-DPRK Pyongyang Declaration): read as names of their own, naming no
# actor nor place, as "the Korean War" and "the Potsdam Declaration" name none in English
NAMED_EVENTS = (
    "朝鲜战争", "朝鮮戦争", "朝鮮戰爭", "韩战", "韓戰", "한국전쟁", "조선전쟁", "抗美援朝",
    "日朝平壌宣言", "日朝平壤宣言",
)  # fmt: skip
# A site named after its city, in Chinese or Japanese: the city's form, a few characters, then
# the site's noun ("北京西郊机场": Beijing's western airport; "東京駅"): a name of its own,
# not the city (as "北京西郊机场" is annotated as written)
SITE_AFTER_CITY = re.compile(
    "[\u4e00-\u9fff]{0,4}?(?:火车站|机场|機場|空港|车站|車站|駅|大学|大學|饭店|飯店|宾馆|賓館|广场|廣場)"
)
# A firm or a paper named after its place, in Chinese or Japanese: the place's form joined to
# the word of its trade ("東京電力", TEPCO; "東京銀行"; "北京新闻", a paper; "上海电视台"): a
# longer name, not the place (a joined word only: "东京举行新闻发布会" is a press conference held
# in Tokyo)
# The words of a paper or a broadcaster: joined to a state's name too, they make the paper's
# name ("中国新聞", the Chugoku Shimbun of Hiroshima; "韓国日報", the Hankook Ilbo), not
# the state acting
PRESS_AFTER_NAME = "新聞|新闻|日報|日报|晚报|晩報|放送|電視台|电视台"
FIRM_AFTER_PLACE = re.compile(
    PRESS_AFTER_NAME + "|電力|电力|銀行|银行|電鉄|鉄道|铁路|航空|"
    "証券|证券|商事|重工|製鉄|钢铁|鋼鐵|汽车|汽車|自動車|電気|電機|电器|瓦斯|ガス"
)
PRESS_AFTER_ACTOR = re.compile(PRESS_AFTER_NAME)
# "朝鲜" is Korea before the Democratic People's Republic was proclaimed (9 September 1948):
# North Korea only from then on, as "Korea" alone is South Korea only after 1948. "한국" and
# "韩国"/"韓国" likewise name Korea before the Republic of Korea was proclaimed (15 August
# 1948): the Korean independence movement of 1919 ("한국 독립운동"), Japan's annexation of
# 1910 ("韓国併合"); South Korea only from then on
DPRK_PROCLAIMED = "1948-09-09"
SOUTH_KOREA_FOUNDED = "1948-08-15"
KOREA_BEFORE_DIVISION = {
    "朝鲜": DPRK_PROCLAIMED,
    "한국": SOUTH_KOREA_FOUNDED,
    "韩国": SOUTH_KOREA_FOUNDED,
    "韓国": SOUTH_KOREA_FOUNDED,
    "韓國": SOUTH_KOREA_FOUNDED,
}
# What joins a sea's last character "海" to the next into a word of its own: 海軍/海军 (navy),
# 海兵 (marines): "日本海軍" is Japan's navy, not the Sea of Japan's (the shorter form). Not
# 上 nor 洋: "日本海上空" is the air over the Sea of Japan (海上 or 上空), "日本海洋上" likewise
SEA_JOINED_AFTER = re.compile("[軍军兵]")
# A site named after its state or city in Korean, the site's noun after a space ("바레인 공항",
# the airport of Bahrain; "바그다드 국제공항"): the site's name, neither the state nor the city
# (as "アブダビ空港" is not Abu Dhabi: SITE_AFTER_CITY)
KOREAN_SITE_AFTER = re.compile(" ?(?:국제공항|공항|국제항|기차역|항구)")
# A document named after its city, in Chinese or Japanese: the city's form joined to the word
# for a declaration, an agreement or a treaty ("板門店宣言", "《板门店宣言》": the Panmunjom
# Declaration; "北京协定"): a document's name, cited for years from anywhere, no place (as "the
# Panmunjom Declaration" gives none in English: the README's rule 10)
DOCUMENT_AFTER_PLACE = re.compile("共同宣言|宣言|協定|协定|條約|条約|条约|議定書|议定书|憲章|宪章")
# A Chinese form whose first character also ends a common word before it: "法国" (France) in
# "合法国家" (a lawful state: 合法 + 国家), "非法国", "宪法国"; read only where no such word
# takes its first character
SHARED_FIRST_CHARACTER = {"法国": frozenset("合非违違宪憲立司方办辦际際说說做看想执執守依")}
# A capital's Chinese form as the subject acting for its government: right before the words
# for "(for) the first time", "earlier", "side", "authorities", "regime" or a verb of saying
# or rejecting ("这是平壤首次回应", "平壤此前做出的", "平壤方面表示"): the state, no place (as
# "Pyongyang rejects" is North Korea in English)
CAPITAL_ACTING_AFTER = re.compile(
    "首次|此前|方面|当局|當局|政权|政權|认为|認為|表示|声称|聲稱|拒绝|拒絕|回应|回應|宣布|谴责|譴責|"
    "强调|強調|指责|指責|警告|威胁|威脅"
)
# A state's or a city's form before the word for "time" names a clock, not the state nor the
# city: "北京时间3日上午" (at Beijing time, on the 3rd, in the morning), "日本時間の午前6時"
CLOCK_AFTER = ("时间", "時間")


# Titles written after a surname alone, for one named in full before ("김 위원장은", "毛主席",
# "周总理", "菅官房長官", "菅氏", "金総書記"): Korean ones after a space or joined, Chinese and
# Japanese joined
KOREAN_TITLES = (
    "국무위원장", "국가주석", "국무장관", "위원장", "대통령", "주석", "총리", "총비서", "총서기",
    "장관", "외무상", "원수", "동지",
)  # fmt: skip
CJK_TITLES = (
    "国家主席", "官房長官", "国務長官", "总书记", "總書記", "総書記", "委员长", "委員長",
    "总司令", "国务卿", "大統領", "大统领", "主席", "总理", "總理", "総理", "首相", "总统",
    "總統", "外相", "外长", "元帅", "元帥", "同志", "氏",
)  # fmt: skip
SURNAME_TITLE = re.compile(
    "(?P<korean>[\uac00-\ud7af]) ?(?P<korean_title>" + "|".join(KOREAN_TITLES) + ")"
    "|(?P<cjk>[\u4e00-\u9fff]{1,2}?)(?P<cjk_title>" + "|".join(CJK_TITLES) + ")"
)


# Direct speech by the marks and the words these languages close it with: Japanese 「…」 before
# its quoting particle と ("「…」と述べた"), Korean "…" before its quoting endings ("…"라고 말했다,
# "…"라며, "…"며, "…"고 강조했다, "…"면서), Russian «…» before a comma and a dash («…», —
# сказал он). Names only inside them are the speaker's words, not the entry's (the README's rule).
SPOKEN = re.compile(
    "「[^「」]*」(?=と|って)"
    '|["“][^"“”]*["”](?=(?:이)?라(?:고|며|는|면서)|며|면서|고\\s)'
    "|«[^«»]*»(?=,?\\s*[—–])"
)


# Korean in single marks (‘…’, a broadcaster's and many papers' marks of direct speech), with
# the same quoting endings, a space before them kept as a slip ("…변함없다’ 면서") and a closing
# mark written as the opening one ("…때문‘이라고"), as a reader still reads them: direct speech.
# Not a term in single marks before another particle ("‘비핵화’를", "‘북한의 … 비핵화’가")
KOREAN_SINGLE_QUOTE = re.compile(
    "‘(?P<single>[^‘’\\n]{1,600})[’‘](?=\\s?(?:(?:이)?라(?:고|며|면서)|며|면서)|고(?=[\\s,]))"
)


def spoken_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone's words in these languages' forms of direct speech (Korean
    in single marks too: KOREAN_SINGLE_QUOTE)."""
    spans: list[tuple[int, int]] = []
    if "‘" in text and HANGUL.search(text):
        spans = [match.span() for match in KOREAN_SINGLE_QUOTE.finditer(text)]
    if "」" not in text and "»" not in text and '"' not in text and "”" not in text:
        return spans
    return sorted([*spans, *(match.span() for match in SPOKEN.finditer(text))])


def unspaced(form: str) -> bool:
    """Whether a name form is written in one of these scripts."""
    return UNSPACED_LETTER.search(form) is not None


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str  # "actor" or "place"
    name: str
    form: str  # as written


class UnspacedNames:
    """The actors' and places' forms in these scripts, and the finding of them in a text."""

    def __init__(
        self,
        actors: Iterable[tuple[str, Iterable[str]]],
        places: Iterable[tuple[str, Iterable[str]]],
        surnames_read_from: Mapping[str, str] | None = None,
    ) -> None:
        """``surnames_read_from``: a person → the first year his surname alone may name him
        (none: any year); it holds for his forms in these scripts that are the last part of
        another ("トランプ" of "ドナルド・トランプ", "트럼프" of "도널드 트럼프"): before that
        year the word is no name of his ("トランプ" in 1975: playing cards)."""
        self.forms: dict[str, tuple[str, str] | None] = dict.fromkeys(NAMED_EVENTS)
        self.read_from: dict[str, str] = {}
        for kind, records in (("place", places), ("actor", actors)):  # (an actor's form wins)
            for name, forms in records:
                written = [form for form in forms if unspaced(form)]
                for form in written:
                    self.forms[form] = (kind, name)
                since = (surnames_read_from or {}).get(name) if kind == "actor" else None
                if since is None:
                    continue
                for form in written:
                    if any(
                        other.endswith((f" {form}", f"・{form}", f"·{form}")) for other in written
                    ):
                        self.read_from[form] = since
        alternatives = sorted(self.forms, key=lambda form: (-len(form), form))
        self.pattern = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None

    def __eq__(self, other: object) -> bool:
        """The same forms, found by the same pattern (a copy of an Enricher holds an equal one:
        tests/fresh_enricher.py)."""
        if not isinstance(other, UnspacedNames):
            return NotImplemented
        return (self.forms, self.pattern, self.read_from) == (
            other.forms,
            other.pattern,
            other.read_from,
        )

    __hash__ = None  # type: ignore[assignment]  # (mutable: never a key)

    def find(self, text: str, date: str) -> list[Found]:
        """Every form the text holds where it stands as a name of its own: the longest at
        each place (the Sea of Japan "日本海", not Japan in it; but Japan in "日本海軍", its
        navy, see SEA_JOINED_AFTER); a Hangul form neither joined
        to Hangul before it nor followed by Hangul other than a particle or a noun it is the
        adjective of ("북한은", "북한주석", not "남북한", "북한군"); a form in katakana not
        inside a longer katakana word; a city's form not opening a site's name ("北京西郊机场")
        nor a firm's ("東京電力") nor a document's ("板門店宣言"), an actor's not a paper's
        ("中国新聞"); no form whose first character the word before takes ("合法国家"); a Hangul
        form not before a site's noun ("바레인 공항"); a person's surname alone not before his
        time ("トランプ"); no form before the word for "time" ("北京时间": a clock); "朝鲜" not
        before 1948-09-09,
        "한국", "韩国" not before 1948-08-15."""
        if self.pattern is None or UNSPACED_LETTER.search(text) is None:
            return []
        found: list[Found] = []
        for match in self.pattern.finditer(text):
            form, start, end = match.group(), match.start(), match.end()
            if form.endswith("海") and SEA_JOINED_AFTER.match(text, end):
                shorter = self.pattern.match(text, start, end - 1)  # ("日本海軍": "日本")
                if shorter is None:
                    continue
                form, end = shorter.group(), shorter.end()
            target = self.forms[form]
            if target is None:
                continue  # a named event
            if HANGUL.match(form) and (start > 0 and HANGUL.match(text, start - 1)):
                continue
            if HANGUL.match(form[-1]) and not _korean_name_ends(text, end, target[0]):
                continue
            if KATAKANA.match(form) and start > 0 and KATAKANA.match(text, start - 1):
                continue
            if KATAKANA.match(form[-1]) and KATAKANA.match(text, end):
                continue
            if target[0] == "place" and (
                SITE_AFTER_CITY.match(text, end)
                or FIRM_AFTER_PLACE.match(text, end)
                or DOCUMENT_AFTER_PLACE.match(text, end)
            ):
                continue
            if target[0] == "actor" and PRESS_AFTER_ACTOR.match(text, end):
                continue  # ("中国新聞": a paper's name, not China)
            if _first_character_taken(text, start, form):
                continue
            if HANGUL.match(form[-1]) and KOREAN_SITE_AFTER.match(text, end):
                continue
            if date[:4].isdigit() and date[:4] < self.read_from.get(form, ""):
                continue  # (a surname alone before its bearer's time: see __init__)
            if date < KOREA_BEFORE_DIVISION.get(form, ""):
                continue
            if text.startswith(CLOCK_AFTER, end):
                continue
            found.append(Found(start, end, *target, form))
        return found


def _first_character_taken(text: str, start: int, form: str) -> bool:
    """Whether the word before a Chinese form takes its first character ("合法国家": 合法,
    not 法国): SHARED_FIRST_CHARACTER."""
    before = SHARED_FIRST_CHARACTER.get(form)
    return before is not None and start > 0 and text[start - 1] in before


def surnames_of(person: str, forms: Iterable[str]) -> dict[str, str]:
    """The surnames a person's full forms in these scripts give (their first letter; of a
    Japanese name in kanji of four letters, its first two: "安倍晋三"), each to the person."""
    found: dict[str, str] = {}
    for form in forms:
        if NAME_JOINERS & set(form) or not 3 <= len(form) <= 4:
            continue
        if UNSPACED_LETTER.match(form) and not KATAKANA.match(form):
            found[form[:2] if len(form) == 4 and not HANGUL.match(form) else form[0]] = person
    return found


# (surname, title) → the persons of that surname who held the title's office on the entry's
# date, and those of that surname who held it only on other days
Holders: TypeAlias = "Callable[[str, str], tuple[tuple[str, ...], frozenset[str]]]"


def by_surname_and_title(
    text: str, named: Mapping[str, str], holders: Holders | None = None
) -> tuple[list[Found], list[tuple[str, str]]]:
    """A surname and a title after it ("김 위원장은", "毛主席", "小泉首相"): the person of that
    surname who held the title's office on the entry's date (``holders``; a Japanese surname
    is the first letters of the person's written name, 小泉 of 小泉純一郎), the one the document
    named in full before among them, or (``named``: surname → the last person named with it)
    the one the document named when nobody of that surname held such an office that day and
    his own offices do not contradict it; a Korean surname not joined to Hangul before it.
    Also what is left unresolved, as (the words, the reason): two holders of that surname, or
    only holders on other days ("小泉首相" in 1990). Nothing else is guessed."""
    found: list[Found] = []
    unresolved: list[tuple[str, str]] = []
    if not named and holders is None:
        return found, unresolved
    for match in SURNAME_TITLE.finditer(text):
        surname = match["korean"] or match["cjk"]
        title = match["korean_title"] or match["cjk_title"]
        choices = [surname, surname[1]] if match["cjk"] and len(surname) == 2 else [surname]
        person, doubt = None, None  # (the title's one-letter surname: "与毛主席")
        for choice in choices:
            person, doubt = _meant(choice, title, named, holders)
            if person is not None or doubt is not None:
                surname = choice
                break
        start = match.start() + match.group().index(surname)
        if match["korean"] and start > 0 and HANGUL.match(text, start - 1):
            continue
        if match["korean"] and not _korean_name_ends(text, match.end(), "actor"):
            continue
        if person is not None:
            found.append(Found(start, match.end(), "actor", person, text[start : match.end()]))
        elif doubt is not None:
            unresolved.append((text[start : match.end()], doubt))
    return found, unresolved


def _meant(
    surname: str, title: str, named: Mapping[str, str], holders: Holders | None
) -> tuple[str | None, str | None]:
    """The person a surname and a title mean, or why none is (by_surname_and_title)."""
    document = named.get(surname)
    holding, other_days = holders(surname, title) if holders is not None else ((), frozenset())
    if document is not None and document in holding:
        return document, None
    if len(holding) == 1:
        return holding[0], None
    if holding:
        return None, "ambiguous: " + " or ".join(sorted(holding)) + " held that office"
    if document is not None and document not in other_days:
        return document, None
    if other_days:
        return None, "nobody of that surname held that office that day"
    return None, None


def _korean_name_ends(text: str, end: int, kind: str) -> bool:
    """Whether a Hangul name ending at ``end`` ends there: no Hangul follows, or a particle
    does, or (an actor's) a noun it qualifies."""
    if not HANGUL.match(text, end):
        return True
    following = text[end : end + 6]
    if following.startswith(KOREAN_PARTICLES):
        return True
    return kind == "actor" and following.startswith(KOREAN_JOINED_NOUNS)
