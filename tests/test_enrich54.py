"""Unit tests of round enrich54 (issue 23, held-out-36's misses after its blind run; the rules
written from those real texts' misses, each tried here on the seen shape and on variants another
writer would write):

- Korean direct speech in single marks (‘…’이라고 밝혔다, ‘…’ 면서, a closing mark written as the
  opening one): a statement of the sentence's subject, the names inside it the speaker's words;
  a term in single marks before another particle (‘비핵화’를) none.
- Chinese and Japanese: a document named after its city (板門店宣言, 《板门店宣言》) gives no place;
  "法国" inside "合法国家" is no France; the name after 向 / 对 before a verb of saying is whom
  the words are said to, not the speaker; a capital's Chinese form acting ("这是平壤首次回应",
  "平壤此前…") is its state, no place.
- Korean: a site named after a state or a city ("바레인 공항") names neither.
- Other languages: an organ or the Charter of the UN named in German, French, Spanish, Polish or
  Russian ("des UN-Sicherheitsrats", "Zgromadzenia Ogólnego ONZ", "Karty ONZ") is no actor of the
  UN's; "mar de(l) Japón" is the Sea of Japan, not Japan; "die Regierung in Pjöngjang", "el
  gobierno en Seúl" the state, no place.
- English: a lower-case body noun shared by two states' adjectives ("Japanese and North Korean
  foreign ministry officials") is the states, no one body; a quotation's first word before a
  known name ('"Ma Pyongyang dovrebbe …"') is no surname alone.
- The knowledge base's forms added, each with the page read (a test per form and source).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import knowledge
from tests.enrich_support import actors_in_order, enrich_in_order, said_in_order

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- Korean direct speech in single marks ------------------------------------------------------

KTV = (
    "북한 외무성은 11일 대변인 담화를 통해 ‘미국이 우리를 계속 못살게 굴면서 압력을 가중시킨다면 "
    "이를 선전포고로 간주하고 연이어 물리적인 대응조치들을 취해나가게 될 것’이라고 밝혔습니다."
)


def test_korean_words_in_single_marks_are_the_subjects_statement(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, KTV, date="2006-10-11")
    assert [(s.speaker, s.quote[:12]) for s in found.statements] == [
        ("North Korean Foreign Ministry", "미국이 우리를 계속 못")
    ]
    assert found.actors == ["North Korean Foreign Ministry"]  # (미국 inside: the ministry's words)


@pytest.mark.parametrize(
    ("entry", "speaker", "words"),
    [
        # a closing mark written as the opening one (the seen slip)
        ("북한 외무성은 이어 ‘우리가 핵시험을 한 것은 미국의 핵위협 때문‘이라고 주장했습니다.",
         "North Korean Foreign Ministry", "우리가 핵시험을 한 것은 미국의 핵위협 때문"),
        # another writer: a person, 라며 and a space before 면서
        ("김정은 국무위원장은 ‘핵무력을 계속 강화할 것’이라며 미국을 비난했다.",
         "Kim Jong Un", "핵무력을 계속 강화할 것"),
        ("문재인 대통령은 ‘대화의 문은 열려 있다’ 면서 북한의 호응을 촉구했다.",
         "Moon Jae-in", "대화의 문은 열려 있다"),
        ("일본은 ‘결코 용납할 수 없다’고 말했다.", "Japan", "결코 용납할 수 없다"),
    ],
)  # fmt: skip
def test_korean_single_marks_with_a_quoting_ending_are_speech(
    vocabulary: Vocabulary, entry: str, speaker: str, words: str
) -> None:
    assert said_in_order(vocabulary, entry, date="2019-01-01") == [(speaker, words)]


@pytest.mark.parametrize(
    "entry",
    [
        "북한이 ‘북한의 완전한 비핵화’가 명시된 공동성명을 비난했다.",
        "대변인은 ‘비핵화’를 미국의 목표라고 했다.",
    ],
)
def test_a_term_in_korean_single_marks_is_no_statement(vocabulary: Vocabulary, entry: str) -> None:
    assert said_in_order(vocabulary, entry, date="2025-02-18") == []


def test_names_only_inside_korean_single_marks_are_not_the_entrys(vocabulary: Vocabulary) -> None:
    entry = "외무성은 또 ‘우리는 미국 때문에 핵시험을 하였다’ 면서 ‘우리는 대화에도 준비돼 있다’고 말했습니다."
    assert "United States" not in actors_in_order(vocabulary, entry, date="2006-10-11")


# --- Chinese and Japanese names ----------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "代弁人は、米国が板門店宣言に明示された朝鮮半島非核化の意志と関連し、世論をミスリードしていると指摘。",
        "发言人强调,因历史性的北南首脑会谈和《板门店宣言》的签署,局势正朝着和平方向发展。",
        "双方重申将履行《北京宣言》和相关协定。",  # another writer, another city
        "両国は東京宣言を再確認した。",
    ],
)
def test_a_document_named_after_its_city_gives_no_place(vocabulary: Vocabulary, entry: str) -> None:
    found = enrich_in_order(vocabulary, entry, date="2018-05-06")
    assert not {"Panmunjom", "Beijing", "Tokyo"} & set(found.places)


def test_a_city_before_other_words_is_still_the_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "两国领导人在板门店举行会谈。", date="2018-04-27")
    assert "Panmunjom" in found.places


@pytest.mark.parametrize(
    ("entry", "france"),
    [
        ("华盛顿仅承认韩国是朝鲜半岛的唯一合法国家。", False),
        ("他们指责这是非法国家行为。", False),
        ("法国总统马克龙谴责朝鲜的核试验。", True),  # (the name itself, kept)
        ("朝鲜与法国建立了外交关系。", True),
    ],
)
def test_france_is_not_read_inside_a_word_before_it(
    vocabulary: Vocabulary, entry: str, france: bool
) -> None:
    assert ("France" in actors_in_order(vocabulary, entry, date="2018-02-04")) is france


@pytest.mark.parametrize(
    "entry",
    [
        "朝鲜外务省人士向朝中社表示:“这只不过是惊恐于朝鲜实力的特朗普的尖叫。”",
        "美国国务院官员向新华社表示：“我们不会改变立场。”",  # another writer: Xinhua addressed
        "一名官员对朝中社说：“我们不会改变立场。”",
    ],
)
def test_the_one_words_are_said_to_is_no_speaker(vocabulary: Vocabulary, entry: str) -> None:
    speakers = [speaker for speaker, _ in said_in_order(vocabulary, entry, date="2018-02-04")]
    assert not {"Korean Central News Agency", "Xinhua"} & set(speakers)


def test_a_name_before_its_verb_of_saying_still_speaks(vocabulary: Vocabulary) -> None:
    entry = "朝中社表示：“美国的制裁注定失败。”"
    assert said_in_order(vocabulary, entry, date="2018-02-04") == [
        ("Korean Central News Agency", "美国的制裁注定失败。")
    ]


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("这是平壤首次回应特朗普在国会发表的讲话。", "North Korea"),
        ("平壤此前做出的与美国签署和平条约的所有努力都被拒绝。", "North Korea"),
        ("首尔方面表示将继续推动对话。", "South Korea"),  # another writer
        ("东京拒绝了这一要求。", "Japan"),
    ],
)
def test_a_chinese_capital_acting_is_its_state(
    vocabulary: Vocabulary, entry: str, state: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2018-02-04")
    assert state in found.actors
    assert not {"Pyongyang", "Seoul", "Tokyo"} & set(found.places)


def test_a_chinese_capital_where_something_is_held_stays_the_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "两国外长在平壤举行会谈。", date="2018-02-04")
    assert "Pyongyang" in found.places


# --- a Korean site named after a state or a city --------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "김현희는 기자회견에서 바레인 공항에서 음독자살한 김승일과 자신은 특수공작원이라고 말했다.",
        "두 사람은 미얀마 국제공항에서 체포됐다.",  # another writer
    ],
)
def test_a_korean_site_named_after_a_state_names_no_state(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert not {"Bahrain", "Myanmar"} & set(actors_in_order(vocabulary, entry, date="1988-01-15"))


def test_a_korean_state_before_its_authorities_is_still_the_state(vocabulary: Vocabulary) -> None:
    entry = "바레인 당국으로부터 신병을 인도받아 수사했다."
    assert "Bahrain" in actors_in_order(vocabulary, entry, date="1988-01-15")


# --- the United Nations inside an organ's name in another language -------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Nordkorea hat mit dem Test gegen das Raketenverbot des UN-Sicherheitsrats verstoßen.",
        "Le Conseil de sécurité des Nations Unies, boycotté par l'Union soviétique, vota l'envoi.",
        "Trump przemawiał na forum Zgromadzenia Ogólnego ONZ w Nowym Jorku.",
        "Встреча прошла на полях Генеральной Ассамблеи (ГА) ООН.",
        "Rada Bezpieczeństwa ONZ uchwaliła na podstawie art. 42 Karty ONZ wysłanie sił.",
        # other writers, other languages and organs
        "El Consejo de Seguridad de la ONU se reunió el lunes.",
        "Il Consiglio di Sicurezza dell'ONU ha condannato il lancio.",
        "Die UN-Generalversammlung verurteilte den Test.",
        "Le texte viole la Charte des Nations unies.",
        "Это нарушение Устава ООН.",
    ],
)
def test_an_organ_of_the_un_named_abroad_is_no_un_actor(vocabulary: Vocabulary, entry: str) -> None:
    assert "United Nations" not in actors_in_order(vocabulary, entry, date="2017-11-29")


@pytest.mark.parametrize(
    "entry",
    [
        "Kim Dzong Ho powiedział w siedzibie ONZ w Nowym Jorku, że był pytany o wybory.",
        "Pjongjang uważa za agresję sankcje nałożone przez ONZ.",
    ],
)
def test_the_un_named_alone_abroad_is_still_the_un(vocabulary: Vocabulary, entry: str) -> None:
    assert "United Nations" in actors_in_order(vocabulary, entry, date="2016-11-15")


# --- the Sea of Japan in Spanish ---------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Hasta el momento se desconoce si el misil logró caer sobre el mar de Japón.",
        "Corea del Norte disparó un misil al mar del Este, también conocido como mar del Japón.",
        "El proyectil cayó en el Mar de Japón, fuera de la zona económica exclusiva.",
    ],
)
def test_the_sea_of_japan_in_spanish_is_the_sea_not_japan(
    vocabulary: Vocabulary, entry: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2023-07-12")
    assert "Sea of Japan" in found.places
    assert "Japan" not in found.actors


# --- a government in its capital, in other languages ---------------------------------------


@pytest.mark.parametrize(
    ("entry", "state", "capital"),
    [
        ("Die Regierung in Pjöngjang habe damit die Spannungen erneut verschärft.",
         "North Korea", "Pyongyang"),
        ("El gobierno en Seúl anunció nuevas sanciones.", "South Korea", "Seoul"),
        ("Il governo a Pyongyang ha respinto le accuse.", "North Korea", "Pyongyang"),
    ],
)  # fmt: skip
def test_a_government_in_its_capital_abroad_is_the_state(
    vocabulary: Vocabulary, entry: str, state: str, capital: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2017-11-29")
    assert state in found.actors
    assert capital not in found.places


def test_a_capital_after_a_preposition_alone_stays_the_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "Die Minister trafen sich in Pjöngjang.", date="2018-09-19")
    assert "Pyongyang" in found.places


# --- a lower-case body noun shared by two states ---------------------------------------------


@pytest.mark.parametrize(
    ("entry", "states", "body"),
    [
        ("In a series of meetings in Ulan Bator arranged by Japanese and North Korean foreign "
         "ministry officials, the couple met their granddaughter.",
         {"Japan", "North Korea"}, "North Korean Foreign Ministry"),
        ("The talks were prepared by Chinese and Japanese foreign ministry officials.",
         {"China", "Japan"}, "Japanese Foreign Ministry"),
    ],
)  # fmt: skip
def test_a_body_noun_shared_by_two_states_is_the_states(
    vocabulary: Vocabulary, entry: str, states: set[str], body: str
) -> None:
    actors = actors_in_order(vocabulary, entry, date="2014-03-01")
    assert states <= set(actors)
    assert body not in actors


def test_one_states_lower_case_body_is_still_the_body(vocabulary: Vocabulary) -> None:
    entry = "The meetings were arranged by North Korean foreign ministry officials."
    assert "North Korean Foreign Ministry" in actors_in_order(vocabulary, entry, date="2014-03-01")


# --- a quotation's first word before a known name --------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'Gli Stati Uniti si dicono aperti. "Ma Pyongyang dovrebbe cessare tutte le sue attività '
        'illegali", ha detto un portavoce.',
        "«Ma Washington non ha ancora risposto», ha aggiunto il portavoce.",
    ],
)
def test_a_quotations_first_word_before_a_name_is_no_surname(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "Ma Ying-jeou" not in actors_in_order(vocabulary, entry, date="2017-05-13")


def test_a_surname_outside_a_quotation_is_still_read(vocabulary: Vocabulary) -> None:
    entry = "Taiwan's President Ma Ying-jeou met envoys. Ma said the talks went well."
    assert "Ma Ying-jeou" in actors_in_order(vocabulary, entry, date="2010-05-13")


# --- the knowledge base's forms, each with its source ----------------------------------------

CLDR_48 = (
    "https://github.com/unicode-org/cldr-json/blob/48.2.0/cldr-json/cldr-localenames-full/main/"
)


@pytest.mark.parametrize(
    ("record", "form", "source"),
    [
        ("North Korean Foreign Ministry", "북한 외무성", "http://news.kbs.co.kr/news/NewsView.do?SEARCH_NEWS_CODE=235603"),
        ("North Korean Foreign Ministry", "北朝鮮外務省", "https://dailynk.jp/archives/56058"),
        ("North Korean Foreign Ministry", "朝鮮外務省", "http://chongryon.com/j/kr_news/k_news/980.html"),
        ("North Korean Foreign Ministry", "朝鲜外务省", "http://life.jiangsulong.com/a/2019/1213/1576173551.html"),
        ("Workers' Party of Korea", "북한 노동당", "https://daily.hankooki.com/lpage/politics/202106/dh20210601215912137590.htm"),
        ("Russian Foreign Ministry", "МИД России", "https://mk.ru/politics/2024/10/23/"),
        ("Kim Hyon Hui", "김현희", "https://100.daum.net/encyclopedia/view/b21k1614a"),
        ("Kim Hyon Hui", "金賢姫", "https://s.japanese.joins.com/JArticle/99522"),
        ("Korean Air", "대한항공", "https://100.daum.net/encyclopedia/view/b21k1614a"),
        ("Korean Air", "大韓航空", "https://s.japanese.joins.com/JArticle/99522"),
        ("Iraq", "이라크", CLDR_48 + "ko/territories.json"),
        ("Iraq", "イラク", CLDR_48 + "ja/territories.json"),
        ("Bahrain", "바레인", CLDR_48 + "ko/territories.json"),
        ("Bahrain", "バーレーン", CLDR_48 + "ja/territories.json"),
        ("United Arab Emirates", "아랍에미리트", CLDR_48 + "ko/territories.json"),
        ("United Arab Emirates", "アラブ首長国連邦", CLDR_48 + "ja/territories.json"),
        ("Laos", "라오스", CLDR_48 + "ko/territories.json"),
        ("Laos", "ラオス", CLDR_48 + "ja/territories.json"),
        ("Indonesia", "인도네시아", CLDR_48 + "ko/territories.json"),
        ("Indonesia", "インドネシア", CLDR_48 + "ja/territories.json"),
        ("Myanmar", "미얀마", CLDR_48 + "ko/territories.json"),
    ],
)  # fmt: skip
def test_a_form_added_is_held_with_its_source(record: str, form: str, source: str) -> None:
    actor = knowledge().actors[record]
    assert form in actor.aliases
    assert any(address.startswith(source) for address in actor.sources)


def test_the_spanish_forms_of_the_sea_of_japan_are_held_with_their_sources() -> None:
    sea = knowledge().places["Sea of Japan"]
    assert {"mar de Japón", "mar del Japón"} <= set(sea.aliases)
    assert any("latercera.com" in address for address in sea.sources)
    assert any("actualidad.rt.com" in address for address in sea.sources)


@pytest.mark.parametrize(
    ("entry", "actor"),
    [
        ("1987년 오늘 승객을 태우고 이라크 바그다드를 떠나 서울로 향하던 대한항공 858 여객기가 "
         "미얀마 상공에서 폭발했다.", "Korean Air"),
        ("바레인 당국으로부터 신병을 인도받아 수사해온 안기부는 폭파범의 본명은 김현희라고 밝혔다.",
         "Kim Hyon Hui"),
        ("一命をとりとめた金賢姫は自分が北朝鮮の工作員であることを自供した。", "Kim Hyon Hui"),
        ("В МИД России отметили безальтернативность возвращения к диалогу.",
         "Russian Foreign Ministry"),
        ("김현희는 자신은 북한 노동당 중앙위원회소속 특수공작원이라고 말했다.", "Workers' Party of Korea"),
    ],
)  # fmt: skip
def test_a_form_added_is_read_in_its_script(vocabulary: Vocabulary, entry: str, actor: str) -> None:
    assert actor in actors_in_order(vocabulary, entry, date="1988-01-15")


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("김현희는 자신은 북한 노동당 중앙위원회소속 특수공작원이라고 말했다.", "North Korea"),
        ("В МИД России отметили безальтернативность возвращения к диалогу.", "Russia"),
    ],
)
def test_a_body_named_after_its_state_is_the_body_only(
    vocabulary: Vocabulary, entry: str, state: str
) -> None:
    assert state not in actors_in_order(vocabulary, entry, date="2025-09-26")


# --- the North's possessive ends a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("An unidentified spokesman for the North's Korean National Peace Committee was quoted "
         "as saying the U.S. must apologise.", "Korean National Peace Committee"),
        ("A spokesman for the North's Korean Committee for Solidarity issued a statement.",
         "Korean Committee for Solidarity"),
        ("An official of the South's Korean National Police Agency said the search went on.",
         "Korean National Police Agency"),
    ],
)  # fmt: skip
def test_the_norths_possessive_before_a_korean_body_is_the_state_and_the_body(
    vocabulary: Vocabulary, entry: str, body: str
) -> None:
    actors = actors_in_order(vocabulary, entry, date="2008-01-22")
    assert ("South Korea" if "South's" in entry else "North Korea") in actors
    assert body in actors
    assert not any(actor.startswith(("North's", "South's")) for actor in actors)


def test_north_korean_written_whole_is_still_the_adjective(vocabulary: Vocabulary) -> None:
    entry = "North Korean officials rejected the proposal."
    assert actors_in_order(vocabulary, entry, date="2008-01-22") == ["North Korea"]


# --- KCNA's own article: "Korea" alone is the North -----------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "It is a judgement recorded in the history of Juche Korea which has won victory.",
        "The spy ship was captured in waters near Wonsan on the east coast of Korea.",
    ],
)
def test_korea_alone_in_kcnas_own_article_is_north_korea(
    vocabulary: Vocabulary, later: str
) -> None:
    opening = (
        "Pyongyang, December 7 (KCNA) — Pak Song Un released an article after visiting the ship."
    )
    actors = actors_in_order(vocabulary, opening, later, date="1999-12-07")
    assert "North Korea" in actors
    assert "South Korea" not in actors


def test_another_writers_kcna_dateline_is_the_norths_words_too(vocabulary: Vocabulary) -> None:
    actors = actors_in_order(
        vocabulary,
        "Pyongyang, Jan. 5 (KCNA) -- The Rodong Sinmun today carries an article.",
        "The article says the whole nation of Korea will never forgive the aggressors.",
        date="2005-01-05",
    )
    assert "North Korea" in actors
    assert "South Korea" not in actors


def test_korea_alone_in_another_agencys_story_stays_south_korea(vocabulary: Vocabulary) -> None:
    actors = actors_in_order(
        vocabulary,
        "SEOUL, Dec. 7 (Yonhap) -- The ministry released a report.",
        "Korea and Japan agreed to resume talks.",
        date="1999-12-07",
    )
    assert "South Korea" in actors
    assert "North Korea" not in actors


# --- the Joint Chiefs of Staff in Spanish ------------------------------------------------------


@pytest.mark.parametrize(
    "entries",
    [
        ("Corea del Norte disparó un misil balístico al mar del Este», también conocido como "
         "mar del Japón, dijo el Estado Mayor Conjunto en Seúl.",),
        ("Corea del Norte lanzó hoy más de 10 misiles, según confirmó una fuente militar en Seúl.",
         "“Se han lanzado varios tipos de misiles”, explicó un portavoz del Estado Mayor Conjunto."),
        ("El Estado Mayor Conjunto de Corea del Sur informó del lanzamiento.",),
    ],
)  # fmt: skip
def test_the_estado_mayor_conjunto_is_the_south_korean_jcs(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    actors = actors_in_order(vocabulary, *entries, date="2023-07-12")
    assert "South Korean Joint Chiefs of Staff" in actors
    assert "Conjunto" not in actors


# --- a Mac surname written apart ----------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Mac Arthur déclare ensuite que les forces américaines fourniront toutes les armes.",
        "General Mac Arthur flew to Suwon to see the front for himself.",
    ],
)
def test_a_mac_surname_written_apart_is_the_known_person(
    vocabulary: Vocabulary, entry: str
) -> None:
    actors = actors_in_order(vocabulary, entry, date="1950-06-29")
    assert "Douglas MacArthur" in actors
    assert "Mac Arthur" not in actors


def test_a_mac_name_of_nobody_known_stays_as_written(vocabulary: Vocabulary) -> None:
    assert "Mac Donaldson" in actors_in_order(
        vocabulary, "Mac Donaldson, a farmer, said the storm was the worst.", date="1950-06-29"
    )


# --- cities in these scripts, CLDR's exemplar cities; a Russian preposition of place ---------

CLDR_DATES_48 = (
    "https://github.com/unicode-org/cldr-json/blob/48.2.0/cldr-json/cldr-dates-full/main/"
)


@pytest.mark.parametrize(
    ("place", "forms"),
    [
        ("Baghdad", ("바그다드", "バグダッド", "巴格达", "Багдад")),
        ("Bangkok", ("방콕", "バンコク", "曼谷", "Бангкок")),
    ],
)
def test_a_citys_exemplar_forms_are_held_with_cldrs_time_zones(
    place: str, forms: tuple[str, ...]
) -> None:
    record = knowledge().places[place]
    assert set(forms) <= set(record.aliases)
    for language in ("ko", "ja", "zh", "ru"):
        assert CLDR_DATES_48 + f"{language}/timeZoneNames.json" in record.sources


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        (
            "1987년 오늘 승객을 태우고 이라크 바그다드를 떠나 서울로 향하던 여객기가 폭발했다.",
            "Baghdad",
        ),
        ("同便はバグダッド発の大韓航空機だった。", "Baghdad"),
        ("KAL858은 인도양 상공에서 방콕과 최후 교신 뒤 실종됐다.", "Bangkok"),
    ],
)
def test_a_city_is_read_in_these_scripts(vocabulary: Vocabulary, entry: str, place: str) -> None:
    assert place in enrich_in_order(vocabulary, entry, date="1987-11-29").places


@pytest.mark.parametrize(
    "entry",
    [
        "Ложный сигнал тревоги был распространен Чрезвычайным штабом в Токио.",
        "Делегация вылетела из Токио во вторник.",
    ],
)
def test_a_capital_after_a_russian_preposition_of_place_is_the_place(
    vocabulary: Vocabulary, entry: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2009-04-04")
    assert "Tokyo" in found.places
    assert "Japan" not in found.actors


def test_a_russian_capital_acting_stays_the_state(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "Токио заявил протест.", date="2009-04-04")
    assert "Japan" in found.actors
    assert "Tokyo" not in found.places
