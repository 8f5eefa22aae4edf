"""Names in the scripts that write no space between a name and what follows it: Hangul, whose
names take their particles joined ("북한은", "김정은이"), and Chinese and Japanese characters,
which join words without spaces ("金日成来到中国", "北朝鮮に抗議した"). The word matcher reads
names by their words; these are found by their forms in the text, the longest first, and kept
only where they stand as a name of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# Hangul syllables and jamo, kana, CJK ideographs (and their compatibility forms)
UNSPACED_LETTER = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
KATAKANA = re.compile("[\u30a0-\u30fa\u30fc-\u30ff]")  # (not "・", the dot between names)

# What a Korean name takes joined to it and still stands as a name: the case and topic
# particles and the copula's endings (the Standard Korean grammar's 조사), longest first…
KOREAN_PARTICLES = (
    "에서는", "에게서", "으로서", "으로써", "이라고", "이라는", "이라며", "으로부터",
    "에서", "에게", "께서", "으로", "부터", "까지", "처럼", "보다", "과의", "와의", "에는",
    "에도", "이나", "이며", "이고", "이다", "이었", "에선", "과는", "와는", "로서", "로써",
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
FIRM_AFTER_PLACE = re.compile(
    "電力|电力|銀行|银行|新聞|新闻|日報|日报|晚报|晩報|放送|電視台|电视台|電鉄|鉄道|铁路|航空|"
    "証券|证券|商事|重工|製鉄|钢铁|鋼鐵|汽车|汽車|自動車|電気|電機|电器|瓦斯|ガス"
)
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
# A state's or a city's form before the word for "time" names a clock, not the state nor the
# city: "北京时间3日上午" (at Beijing time, on the 3rd, in the morning), "日本時間の午前6時"
CLOCK_AFTER = ("时间", "時間")


# Titles written after a surname alone, for one named in full before ("김 위원장은", "毛主席",
# "周总理", "菅官房長官", "菅氏", "金総書記"): Korean ones after a space or joined, Chinese and
# Japanese joined
KOREAN_TITLES = (
    "국무위원장", "위원장", "대통령", "주석", "총리", "총비서", "총서기", "장관", "외무상",
    "원수", "동지",
)  # fmt: skip
CJK_TITLES = (
    "国家主席", "官房長官", "总书记", "總書記", "総書記", "委员长", "委員長", "总司令", "主席",
    "总理", "總理", "首相", "总统", "總統", "大統領", "外相", "外长", "元帅", "元帥", "同志", "氏",
)  # fmt: skip
SURNAME_TITLE = re.compile(
    "(?P<korean>[\uac00-\ud7af]) ?(?:" + "|".join(KOREAN_TITLES) + ")"
    "|(?P<cjk>[\u4e00-\u9fff]{1,2}?)(?:" + "|".join(CJK_TITLES) + ")"
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


def spoken_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone's words in these languages' forms of direct speech."""
    if "」" not in text and "»" not in text and '"' not in text and "”" not in text:
        return []
    return [match.span() for match in SPOKEN.finditer(text)]


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
        nor a firm's ("東京電力"); a person's surname alone not before his time ("トランプ");
        no form before the word for "time" ("北京时间": a clock); "朝鲜" not before 1948-09-09,
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
                SITE_AFTER_CITY.match(text, end) or FIRM_AFTER_PLACE.match(text, end)
            ):
                continue
            if date[:4].isdigit() and date[:4] < self.read_from.get(form, ""):
                continue  # (a surname alone before its bearer's time: see __init__)
            if date < KOREA_BEFORE_DIVISION.get(form, ""):
                continue
            if text.startswith(CLOCK_AFTER, end):
                continue
            found.append(Found(start, end, *target, form))
        return found


def surnames_of(person: str, forms: Iterable[str]) -> dict[str, str]:
    """The surnames a person's full forms in these scripts give (their first letter; of a
    Japanese name in kanji of four letters, its first two: "安倍晋三"), each to the person."""
    found: dict[str, str] = {}
    for form in forms:
        if " " in form or "·" in form or "・" in form or not 3 <= len(form) <= 4:
            continue
        if UNSPACED_LETTER.match(form) and not KATAKANA.match(form):
            found[form[:2] if len(form) == 4 and not HANGUL.match(form) else form[0]] = person
    return found


def by_surname_and_title(text: str, named: dict[str, str]) -> list[Found]:
    """A surname and a title after it ("김 위원장은", "毛主席", "菅官房長官") where a person of
    that surname was named in full before in the document (``named``: surname → the last
    person named with it): that person; a Korean surname not joined to Hangul before it."""
    if not named:
        return []
    found: list[Found] = []
    for match in SURNAME_TITLE.finditer(text):
        surname = match["korean"] or match["cjk"]
        person = named.get(surname)
        if person is None and match["cjk"] and len(surname) == 2:
            surname = surname[1]  # ("与毛主席": the title's one-letter surname)
            person = named.get(surname)
        if person is None:
            continue
        start = match.start() + match.group().index(surname)
        if match["korean"] and start > 0 and HANGUL.match(text, start - 1):
            continue
        if match["korean"] and not _korean_name_ends(text, match.end(), "actor"):
            continue
        found.append(Found(start, match.end(), "actor", person, text[start : match.end()]))
    return found


def _korean_name_ends(text: str, end: int, kind: str) -> bool:
    """Whether a Hangul name ending at ``end`` ends there: no Hangul follows, or a particle
    does, or (an actor's) a noun it qualifies."""
    if not HANGUL.match(text, end):
        return True
    following = text[end : end + 6]
    if following.startswith(KOREAN_PARTICLES):
        return True
    return kind == "actor" and following.startswith(KOREAN_JOINED_NOUNS)
