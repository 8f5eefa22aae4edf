"""Quotations in German, French, Italian, Spanish, Portuguese, Polish, Arabic and Macedonian,
a body's spokesman in Korean, Japanese and Chinese, and a speaker named by office only ("the
Russian top diplomat"): issue 23, enrich53.

The shapes are those of the enrichment corpus's seen parts (held-out-34 and held-out-35: the
Polish of rp-2018-01-01-kim-dzong-un-oredzie-noworoczne and interia-2023-12-…, the Italian of
notizie-2024-01-kim-nemico-principale, the German of nachrichtench-2009-05-zweiter-atomtest, the
Arabic of sarabic-2018-01-09-comfort-women-agreement), each with variants by another writer
(another speaker, verb, mark, the speaker before or after the words) and the readings that must
not happen (a title, a scare quote, words whose speaker is not clear).
"""

from __future__ import annotations

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.enrichment.cjk_cyrillic_speech import read_speech
from ktimeline.importing.enrichment.european_arabic_speech import (
    SAYING,
    read_european_arabic_speech,
)
from ktimeline.importing.quotations import Mention
from ktimeline.loader import load_vocabulary


def _at(text: str, written: str, actor: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return Mention(start, start + len(written), actor, kind)


def _said(text: str, mentions: list[Mention], in_mind: str | None = None, holder=None):  # type: ignore[no-untyped-def]
    read = read_european_arabic_speech(text, mentions, in_mind, holder)
    return [(speaker, words) for speaker, words in read.said], read


# --- the subject, its verb of saying, then the words ----------------------------------------


def test_polish_subject_then_verb_then_that_then_words() -> None:
    text = (
        "Podczas przemówienia Kim Dzong Un ostro skrytykował także nastawienie Korei "
        'Południowej i stwierdził, że jego kraj musi "dokonać zasadniczej zmiany podejścia".'
    )
    mentions = [
        _at(text, "Kim Dzong Un", "Kim Jong Un", "person"),
        _at(text, "Korei Południowej", "South Korea", "state"),
    ]
    said, _ = _said(text, mentions)
    # the subject of "i stwierdził" is the sentence's (Kim), not the object just before it
    assert said == [("Kim Jong Un", "dokonać zasadniczej zmiany podejścia")]


def test_polish_another_speaker_verb_and_mark() -> None:
    text = "Prezydent Moon Jae-in oświadczyła, że „rozmowy są jedyną drogą”."
    said, _ = _said(text, [_at(text, "Moon Jae-in", "Moon Jae-in", "person")])
    assert said == [("Moon Jae-in", "rozmowy są jedyną drogą")]


def test_office_before_its_state_is_its_holder_that_day() -> None:
    text = (
        "Przywódca Korei Północnej stwierdził również, że Północ i Południe muszą pracować "
        'razem "jako ludzie o tym samym dziedzictwie" w celu zapewnienia obu krajom "pokoju".'
    )
    mentions = [_at(text, "Korei Północnej", "North Korea", "state")]
    asked: list[tuple[str, str]] = []

    def holder(title: str, state: str) -> str | None:
        asked.append((title, state))
        return "Kim Jong Un"

    said, _ = _said(text, mentions, holder=holder)
    assert asked and asked[0] == ("Leader", "North Korea")
    # (the second quotation, after words of the writer's, is not joined to the first)
    assert said == [("Kim Jong Un", "jako ludzie o tym samym dziedzictwie")]
    # no holder known that day: the words stay unattributed, never the state's
    said, read = _said(text, mentions, holder=lambda title, state: None)
    assert said == []
    assert read.unclear == ["jako ludzie o tym samym dziedzictwie"]


def test_two_quotations_joined_by_and_that_are_both_said() -> None:
    text = (
        'A mídia informou que Kim Yo Jong disse que o departamento "realizasse a próxima ação",'
        ' e que "em pouco tempo, seria vista uma cena trágica".'
    )
    said, _ = _said(text, [_at(text, "Kim Yo Jong", "Kim Yo Jong", "person")])
    assert said == [
        ("Kim Yo Jong", "realizasse a próxima ação"),
        ("Kim Yo Jong", "em pouco tempo, seria vista uma cena trágica"),
    ]


def test_italian_and_german_verbs_of_naming() -> None:
    text = (
        "I media riportano che il leader nordcoreano Kim Jong-un ha nuovamente definito la "
        "Corea del Sud il «nemico principale»."
    )
    mentions = [
        _at(text, "Kim Jong-un", "Kim Jong Un", "person"),
        _at(text, "Corea del Sud", "South Korea", "state"),
    ]
    assert _said(text, mentions)[0] == [("Kim Jong Un", "nemico principale")]
    text = "Nordkorea bezeichnete die fünf ständigen Mitglieder des Rats als «Heuchler»."
    mentions = [_at(text, "Nordkorea", "North Korea", "state")]
    assert _said(text, mentions)[0] == [("North Korea", "Heuchler")]


def test_whole_quotation_goes_on_with_the_one_who_spoke_before() -> None:
    text = "«Definire i burattini sudcoreani come il nemico principale è una misura ragionevole»."
    said, _ = _said(text, [], in_mind="Kim Jong Un")
    assert said == [("Kim Jong Un", text[1:-2])]
    assert _said(text, [])[0] == []  # (nobody spoke before: nobody's)


def test_a_subject_that_speaks_without_words_is_kept_in_mind() -> None:
    text = "Kim Jong-un ha espressamente dichiarato di voler proteggere il suo Paese."
    _, read = _said(text, [_at(text, "Kim Jong-un", "Kim Jong Un", "person")])
    assert read.spoke and read.last_speaker == "Kim Jong Un"
    text = "Kim Jong-un ha visitato una fabbrica."
    _, read = _said(text, [_at(text, "Kim Jong-un", "Kim Jong Un", "person")])
    assert not read.spoke


# --- the words, then the verb, then its subject ---------------------------------------------


def test_polish_dialogue_between_dashes() -> None:
    text = "- Wierzę, że to błąd, którego nie możemy już popełniać - stwierdził Kim Dzong Un."
    said, _ = _said(text, [_at(text, "Kim Dzong Un", "Kim Jong Un", "person")])
    assert said == [("Kim Jong Un", "Wierzę, że to błąd, którego nie możemy już popełniać")]
    # the speaker named before, in the same entry: "… - dodał." is his
    text = (
        "Kim Dzong Un w orędziu noworocznym podkreślił, że całe terytorium USA jest w zasięgu. "
        "- To nie groźby, to rzeczywistość - dodał."
    )
    mentions = [
        _at(text, "Kim Dzong Un", "Kim Jong Un", "person"),
        _at(text, "USA", "United States", "state"),
    ]
    assert _said(text, mentions)[0] == [("Kim Jong Un", "To nie groźby, to rzeczywistość")]
    # one named only by a noun nobody resolves: not clear
    text = "- Korea Północna nie będzie już dążyć do pojednania - powiedział rzecznik ministerstwa."
    said, read = _said(text, [_at(text, "Korea Północna", "North Korea", "state")], "Kim Jong Un")
    assert said == []
    assert read.unclear == ["Korea Północna nie będzie już dążyć do pojednania"]


def test_german_spanish_french_speaker_after_the_verb() -> None:
    text = "„Wir sind bereit zu Gesprächen“, sagte Merkel in Berlin."
    assert _said(text, [_at(text, "Merkel", "Angela Merkel", "person")])[0] == [
        ("Angela Merkel", "Wir sind bereit zu Gesprächen")
    ]
    text = "“Nous avons connaissance d’une activité sismique”, a déclaré le porte-parole du Conseil, Ned Price."
    assert _said(text, [_at(text, "Ned Price", "Ned Price", "person")])[0] == [
        ("Ned Price", "Nous avons connaissance d’une activité sismique")
    ]
    # the one spoken to after the verb is no speaker; with nobody before, nobody's
    text = "«Desprecié a Kim durante 50 años», le dijo a PBS."
    said, _ = _said(text, [_at(text, "PBS", "PBS", "media")])
    assert said == []
    said, _ = _said(text, [_at(text, "PBS", "PBS", "media")], in_mind="Jimmy Carter")
    assert said == [("Jimmy Carter", "Desprecié a Kim durante 50 años")]


def test_words_with_no_verb_of_saying_are_nobodys() -> None:
    # a film's title, a scare quote, a report's words a name only stands near
    for text, name, actor in (
        (
            "Bong Joon-ho presentó en Cannes la película «Parásitos» con gran éxito.",
            "Bong Joon-ho",
            "Bong Joon-ho",
        ),
        ("Kim Jong-un hat die «Kraftprobe» in Pjöngjang besucht.", "Kim Jong-un", "Kim Jong Un"),
        (
            "Il libro «La guerra di Corea» di Bruce Cumings è uscito nel 2010.",
            "Bruce Cumings",
            "Bruce Cumings",
        ),
    ):
        said, read = _said(text, [_at(text, name, actor, "person")])
        assert said == [] and read.unclear == [], text


def test_a_clause_between_name_and_verb_is_no_subject() -> None:
    text = "El secretario de Defensa, Ash Carter, dijo que la capacidad constituye una “seria amenaza”."
    said, _ = _said(text, [_at(text, "Ash Carter", "Ash Carter", "person")])
    assert said == []  # (a comma between: the subject is not the name's alone)


def test_arabic_verb_then_subject_then_colon_or_that() -> None:
    text = 'وقالت وزيرة خارجية كوريا الجنوبية كانج كيونج-وا: "لا ريب أن الحكومتين توصلتا رسميا لاتفاق 2015".'
    mentions = [
        _at(text, "كوريا الجنوبية", "South Korea", "state"),
        _at(text, "كانج كيونج-وا", "Kang Kyung-wha", "person"),
    ]
    assert _said(text, mentions)[0] == [
        ("Kang Kyung-wha", "لا ريب أن الحكومتين توصلتا رسميا لاتفاق 2015")
    ]
    text = 'وأعلن بوتين أنه "سيناقش مع كيم كافة المواضيع خلال لقائهما".'
    mentions = [
        _at(text, "بوتين", "Vladimir Putin", "person"),
        _at(text, "كيم", "Kim Jong Un", "person"),
    ]
    assert _said(text, mentions)[0] == [
        ("Vladimir Putin", "سيناقش مع كيم كافة المواضيع خلال لقائهما")
    ]
    # the verb alone, then "that": the one in mind
    text = 'والمح إلى أن "روسيا يمكن أن تساعد كوريا الشمالية".'
    assert _said(text, [], in_mind="Vladimir Putin")[0] == [
        ("Vladimir Putin", "روسيا يمكن أن تساعد كوريا الشمالية")
    ]
    # a name in quotation marks with no verb of saying ("comfort women"): nobody's
    text = 'أبرم اتفاق بين كوريا الجنوبية واليابان لحل قضية "نساء المتعة".'
    assert _said(text, [_at(text, "كوريا الجنوبية", "South Korea", "state")])[0] == []


def test_one_table_of_verbs_per_language() -> None:
    assert set(SAYING) == {"de", "fr", "it", "es", "pt", "pl", "ar"}
    assert "powiedział" in SAYING["pl"].split() and "قال" in SAYING["ar"].split()


# --- Macedonian (with the Russian rules) ----------------------------------------------------


def test_macedonian_verbs_of_saying() -> None:
    text = "„Северна Кореја мора да ги почитува резолуциите“, изјави Пендаровски."
    read = read_speech(text, [_at(text, "Пендаровски", "Stevo Pendarovski", "person")])
    assert read.said == [("Stevo Pendarovski", "Северна Кореја мора да ги почитува резолуциите")]
    text = "„Ова е закана за мирот“, рече Пендаровски. Потоа додаде: „Треба дијалог.“"
    read = read_speech(text, [_at(text, "Пендаровски", "Stevo Pendarovski", "person")])
    assert read.said[-1] == ("Stevo Pendarovski", "Треба дијалог.")
    # a noun nobody resolves opens the sentence: not the one before
    text = "„Ова е закана за мирот“, рече Пендаровски. Министерството соопшти: „Ова е закана.“"
    read = read_speech(text, [_at(text, "Пендаровски", "Stevo Pendarovski", "person")])
    assert read.unclear == ["Ова е закана."]


# --- a body's spokesman (Korean, Japanese, Chinese) -----------------------------------------


def test_a_bodys_spokesman_speaks_for_the_body() -> None:
    ministry = "North Korean Foreign Ministry"
    for text, body in (
        ('북한 외무성 대변인은 "미국은 대가를 치를 것"이라고 말했다.', "외무성"),
        ('외무성의 대변인이 "미국은 대가를 치를 것"이라고 밝혔다.', "외무성"),
        ("北朝鮮外務省の報道官は「米国は代価を払う」と述べた。", "外務省"),
        ("外務省報道官が「米国は代価を払う」と強調した。", "外務省"),
        ("朝鲜外务省发言人表示，“美国将付出代价”。", "外务省"),
    ):
        mentions = [_at(text, body, ministry, "organization")]
        read = read_speech(text, mentions)
        assert [s for s, _ in read.said] == [ministry], text
    # a state's spokesman: whose (which body's) the words do not say
    for text, state in (
        ('북한 대변인은 "미국은 대가를 치를 것"이라고 말했다.', "북한"),
        ("北朝鮮の報道官は「米国は代価を払う」と述べた。", "北朝鮮"),
        ("朝鲜发言人表示，“美国将付出代价”。", "朝鲜"),
    ):
        read = read_speech(text, [_at(text, state, "North Korea", "state")])
        assert read.said == [] and len(read.unclear) == 1, text


# --- through the enricher: the office held that day -----------------------------------------


def _statements(text: str, date: str) -> list[tuple[str, str]]:
    found = Enricher(load_vocabulary()).enrich(text, date)
    return [(s.speaker, s.quote) for s in found.statements]


def test_top_diplomat_is_the_foreign_minister_that_day() -> None:
    said = _statements("“Sanctions are a dead end,” the Russian top diplomat said.", "2017-09-21")
    assert said == [("Sergei Lavrov", "Sanctions are a dead end,")]
    said = _statements(
        "“We will never allow chaos,” China’s top diplomat told reporters.", "2017-09-21"
    )
    assert said == [("Wang Yi", "We will never allow chaos,")]


def test_polish_leader_of_a_state_through_the_enricher() -> None:
    text = (
        "Jednocześnie przywódca Korei Północnej zadeklarował, że jego kraj jest "
        '"odpowiedzialnym mocarstwem atomowym, które kocha pokój".'
    )
    said = _statements(text, "2018-01-01")
    assert said == [("Kim Jong Un", "odpowiedzialnym mocarstwem atomowym, które kocha pokój")]


def test_a_name_in_a_relative_clause_after_the_verb_is_no_speaker() -> None:
    text = (
        '"Nos scientifiques ont mené un essai nucléaire", a précisé une présentatrice, qui '
        "confirme les constatations de la Corée du Sud."
    )
    said, read = _said(text, [_at(text, "Corée du Sud", "South Korea", "state")])
    assert said == [] and read.unclear == ["Nos scientifiques ont mené un essai nucléaire"]


def test_japanese_bare_prime_minister_is_japans_that_day() -> None:
    text = "会談で首相が「強く抗議する」と述べた。"
    asked: list[tuple[str, str]] = []

    def holder(title: str, state: str) -> str | None:
        asked.append((title, state))
        return "Junichiro Koizumi"

    read = read_speech(text, [], holder=holder)
    assert read.said == [("Junichiro Koizumi", "強く抗議する")]
    assert asked == [("Prime Minister", "Japan")]
    # another state's prime minister (after its name, or の): not Japan's; not clear
    for text in ("韓国首相は「強く抗議する」と述べた。", "中国の首相は「強く抗議する」と述べた。"):
        read = read_speech(text, [], holder=holder)
        assert read.said == [] and read.unclear == ["強く抗議する"], text
    # none known that day: not clear
    read = read_speech("会談で首相が「強く抗議する」と述べた。", [], holder=lambda t, s: None)
    assert read.said == [] and read.unclear == ["強く抗議する"]


def test_japanese_surname_and_general_secretary_through_the_enricher() -> None:
    enricher = Enricher(load_vocabulary())
    enricher.enrich("小泉首相と北朝鮮の金正日総書記は17日、平壌で会談した。", "2002-09-17")
    found = enricher.enrich("金総書記は「誠に忌まわしい」と語った。", "2002-09-17")
    assert [(s.speaker, s.quote) for s in found.statements] == [("Kim Jong Il", "誠に忌まわしい")]
    found = enricher.enrich(
        "金総書記は事実を認めたうえで「率直におわびしたい」と謝罪した。", "2002-09-17"
    )
    assert [(s.speaker, s.quote) for s in found.statements] == [
        ("Kim Jong Il", "率直におわびしたい")
    ]


def test_no_subject_after_the_verb_is_the_one_person_named_before() -> None:
    text = (
        "Kim Jae-gyu siedział w milczeniu. W ręce trzymał pistolet. „Idź do piekła!” – krzyknął. "
        "Strzelił najpierw do Cha. „Ty też możesz iść do piekła!” – wrzasnął i strzelił."
    )
    mentions = [
        _at(text, "Kim Jae-gyu", "Kim Jae-kyu", "person"),
        _at(text, "Cha", "Cha Ji-cheol", "person"),
    ]
    # the first: the one person named before; the second: the one who spoke just before
    assert _said(text, mentions)[0] == [
        ("Kim Jae-kyu", "Idź do piekła!"),
        ("Kim Jae-kyu", "Ty też możesz iść do piekła!"),
    ]
    # two persons named before, nobody speaking yet: not clear
    text = "Kim Jae-gyu i Cha Ji-cheol siedzieli w milczeniu. „Idź do piekła!” – krzyknął."
    mentions = [
        _at(text, "Kim Jae-gyu", "Kim Jae-kyu", "person"),
        _at(text, "Cha Ji-cheol", "Cha Ji-cheol", "person"),
    ]
    said, read = _said(text, mentions)
    assert said == [] and read.unclear == ["Idź do piekła!"]


def test_a_signature_after_a_tilde() -> None:
    found = Enricher(load_vocabulary()).enrich(
        "“We are not at war.” ~ Harry Truman, press conference", "1950-06-29"
    )
    assert [(s.speaker, s.quote) for s in found.statements] == [
        ("Harry Truman", "We are not at war.")
    ]


def test_an_auxiliary_and_earlier_before_the_verb() -> None:
    said = _statements(
        "The UN chief had earlier called on North Korea “to immediately desist from taking any "
        "further provocative actions,” soon after the US issued a similar statement.",
        "2022-11-18",
    )
    assert said == [
        ("António Guterres", "to immediately desist from taking any further provocative actions,")
    ]
    said = _statements(
        "Kim Yo Jong had already warned that Seoul would see “a tragic scene.”", "2020-06-16"
    )
    assert said == [("Kim Yo Jong", "a tragic scene.")]


def test_a_straight_closing_mark_after_a_space() -> None:
    from ktimeline.importing.quotations import find_quotations

    text = 'Kim stosunki między krajami określił mianem "relacji dwóch wrogich państw ".'
    assert [q.text for q in find_quotations(text)] == ["relacji dwóch wrogich państw"]
    said, _ = _said(text, [_at(text, "Kim", "Kim Jong Un", "person")])
    assert said == [("Kim Jong Un", "relacji dwóch wrogich państw")]
    # a mark after a space before a word still opens: "a "b" c "d", e."
    text = 'He called it "a farce" and "a lie ", said Kim.'
    assert [q.text for q in find_quotations(text)] == ["a farce", "a lie"]
    # nor an ellipsis that opens the words (latimes-1990: "… Roh said. ". . . North Korea …")
    text = '"We do not want it," Roh said. ". . . North Korea is no longer our rival."'
    assert [q.text for q in find_quotations(text)][
        -1
    ] == ". . . North Korea is no longer our rival."


def test_the_source_and_the_owner_of_the_speaker_are_not_the_speaker() -> None:
    # (enrich53b: the shapes test_enrich28 and test_import_hostile13 guard, German, French and
    # Spanish, and the same in Italian, Polish and Portuguese; each language's one speaks)
    for text, name in [
        ("Laut Anna Becker sagte die Richterin: „Das Urteil ist endgültig.“", "Anna Becker"),
        (
            "Secondo Marco Rossi la giudice ha dichiarato: «La sentenza è definitiva».",
            "Marco Rossi",
        ),
        ("Według Jana Nowaka sędzia powiedziała: „Wyrok jest ostateczny”.", "Jana Nowaka"),
        ("«Nous ferons appel», a déclaré l'avocat de Jean Dupont.", "Jean Dupont"),
        ("«Apelaremos», dijo el abogado de Juan Pérez.", "Juan Pérez"),
        ("L'avvocato di Marco Rossi ha dichiarato: «Faremo ricorso».", "Marco Rossi"),
        ("«Vamos recorrer», disse o advogado de João Silva.", "João Silva"),
    ]:
        said, read = _said(text, [_at(text, name, name, "person")], in_mind=name)
        assert said == [], text
        assert len(read.unclear) == 1, text  # (an unnamed one speaks: to report)
    # a spokesman speaks for the one he is the spokesman of, and a name alone speaks
    text = "«Faremo ricorso», ha dichiarato il portavoce di Marco Rossi."
    assert _said(text, [_at(text, "Marco Rossi", "Marco Rossi", "person")])[0] == [
        ("Marco Rossi", "Faremo ricorso")
    ]
    text = "Marco Rossi ha dichiarato: «Faremo ricorso»."
    assert _said(text, [_at(text, "Marco Rossi", "Marco Rossi", "person")])[0] == [
        ("Marco Rossi", "Faremo ricorso")
    ]
