"""Unit tests of round enrich51 (issue 23: statements in Korean, Japanese, Chinese and Russian):
direct speech in each language's own forms ("…"라고 말했다, 「…」と述べた, X表示，“…”, «…», —
сказал X) attributed to the actor the sentence names as its subject, or, with no subject, to the
one who spoke just before; an unnamed speaker or two names leave the words unattributed. Each on
invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _said(vocabulary: Vocabulary, *entries: str, date: str = "2019-06-01") -> list[tuple[str, str]]:
    return said(enrich_in_order(vocabulary, *entries, date=date))


def _unattributed(vocabulary: Vocabulary, *entries: str, date: str = "2019-06-01") -> list[str]:
    return list(enrich_in_order(vocabulary, *entries, date=date).unattributed)


# --- Korean -----------------------------------------------------------------------------------


def test_korean_subject_with_its_title_before_the_words(vocabulary: Vocabulary) -> None:
    entry = '문재인 대통령은 기자회견에서 "평화가 우리의 목표"라고 말했다.'
    assert _said(vocabulary, entry) == [("Moon Jae-in", "평화가 우리의 목표")]


def test_korean_words_joined_by_ramyeo_share_the_subject(vocabulary: Vocabulary) -> None:
    first = "김정은 위원장이 도착했다."
    entry = '김 위원장은 "길이 멀었다"라며 "다시 만나자"고 강조했다.'
    assert _said(vocabulary, first, entry) == [
        ("Kim Jong Un", "길이 멀었다"),
        ("Kim Jong Un", "다시 만나자"),
    ]


def test_korean_stop_inside_the_words_keeps_the_sentence(vocabulary: Vocabulary) -> None:
    first = "김정은 위원장이 도착했다."
    entry = '김 위원장은 "먼 길이었다. 고맙다"라며 "다시 보자"고 말했다.'
    assert _said(vocabulary, first, entry) == [
        ("Kim Jong Un", "먼 길이었다. 고맙다"),
        ("Kim Jong Un", "다시 보자"),
    ]


def test_korean_subject_after_the_words(vocabulary: Vocabulary) -> None:
    entry = '"대화는 계속된다"라고 문재인 대통령은 밝혔다.'
    assert _said(vocabulary, entry) == [("Moon Jae-in", "대화는 계속된다")]


def test_korean_sentence_without_a_subject_goes_on_with_the_speaker(
    vocabulary: Vocabulary,
) -> None:
    first = '문재인 대통령은 "회담은 성공적"이라고 말했다.'
    then = '이어 "합의를 지키겠다"고 덧붙였다.'
    found = enrich_in_order(vocabulary, first, then, date="2019-06-01")
    assert said(found) == [("Moon Jae-in", "합의를 지키겠다")]
    assert "Moon Jae-in" not in found.actors  # (no name in the entry: no actor)


def test_korean_unnamed_official_is_nobody_the_entry_names(vocabulary: Vocabulary) -> None:
    first = '문재인 대통령은 "회담은 성공적"이라고 말했다.'
    then = '한 정부 관계자는 "아직 이르다"고 말했다.'
    assert _said(vocabulary, first, then) == []
    assert _unattributed(vocabulary, first, then) == ["아직 이르다"]


def test_korean_two_subjects_together_are_neither_alone(vocabulary: Vocabulary) -> None:
    entry = '문재인 대통령과 김정은 위원장은 "새 시대가 열렸다"고 말했다.'
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == ["새 시대가 열렸다"]


def test_korean_named_phrase_is_no_statement(vocabulary: Vocabulary) -> None:
    entry = '문재인 대통령은 "한반도 신경제"라는 구상을 내놓았다.'
    assert _said(vocabulary, entry) == []


def test_korean_clause_subject_is_not_the_speaker(vocabulary: Vocabulary) -> None:
    first = '문재인 대통령은 "회담은 성공적"이라고 말했다.'
    then = '북한이 미사일을 발사한 것에 대해서는 "유감"이라고 말했다.'
    assert _said(vocabulary, first, then) == [("Moon Jae-in", "유감")]


# --- Japanese ---------------------------------------------------------------------------------


def test_japanese_subject_with_its_title(vocabulary: Vocabulary) -> None:
    entry = "安倍晋三首相は記者団に「断じて容認できない」と述べた。"
    assert _said(vocabulary, entry, date="2017-09-01") == [("Shinzo Abe", "断じて容認できない")]


def test_japanese_next_sentence_without_a_subject(vocabulary: Vocabulary) -> None:
    entry = "菅義偉官房長官は「強く抗議した」と語った。また「情報を収集中だ」とした。"
    assert _said(vocabulary, entry, date="2017-09-01") == [
        ("Yoshihide Suga", "強く抗議した"),
        ("Yoshihide Suga", "情報を収集中だ"),
    ]


def test_japanese_name_and_so_called_are_no_statements(vocabulary: Vocabulary) -> None:
    entry = "安倍晋三首相は「積極的平和主義」と呼ばれる方針を掲げた。"
    assert _said(vocabulary, entry, date="2015-09-01") == []
    listed = "安倍晋三首相は「平和」と「繁栄」を訴えた。"
    assert _said(vocabulary, listed, date="2015-09-01") == []


def test_japanese_unnamed_official_leaves_the_words_unattributed(vocabulary: Vocabulary) -> None:
    first = "菅義偉官房長官は「強く抗議した」と語った。"
    then = "政府高官は「想定内だ」と語った。"
    assert _said(vocabulary, first, then, date="2017-09-01") == []
    assert _unattributed(vocabulary, first, then, date="2017-09-01") == ["想定内だ"]


def test_japanese_words_after_another_person_named_are_not_carried(
    vocabulary: Vocabulary,
) -> None:
    first = "菅義偉官房長官は「強く抗議した」と語った。"
    then = "安倍晋三首相が帰国した。「成果があった」と述べた。"
    assert _said(vocabulary, first, then, date="2017-09-01") == []
    assert _unattributed(vocabulary, first, then, date="2017-09-01") == ["成果があった"]


# --- Chinese ----------------------------------------------------------------------------------


def test_chinese_speaker_before_biaoshi(vocabulary: Vocabulary) -> None:
    entry = "习近平在会谈中表示，“中方愿意同各方合作。”"
    assert _said(vocabulary, entry) == [("Xi Jinping", "中方愿意同各方合作。")]


def test_chinese_speaker_after_the_words(vocabulary: Vocabulary) -> None:
    entry = "“对话是唯一出路。”习近平说。"
    assert _said(vocabulary, entry) == [("Xi Jinping", "对话是唯一出路。")]


def test_chinese_scare_quote_is_no_statement(vocabulary: Vocabulary) -> None:
    entry = "中国批评所谓的“萨德”部署。"
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == []


def test_chinese_spokesman_of_a_state_is_not_the_state(vocabulary: Vocabulary) -> None:
    entry = "中国外交部发言人表示，“希望各方保持克制。”"
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == ["希望各方保持克制。"]  # (to report)


def test_chinese_two_names_before_the_verb(vocabulary: Vocabulary) -> None:
    entry = "习近平和普京表示，“两国关系处于历史最好时期。”"
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == ["两国关系处于历史最好时期。"]


def test_chinese_object_before_the_verb_is_not_the_speaker(vocabulary: Vocabulary) -> None:
    entry = "普京会见习近平时表示，“合作没有禁区。”"
    assert _said(vocabulary, entry) == []


# --- Russian ----------------------------------------------------------------------------------


def test_russian_dash_then_verb_then_speaker(vocabulary: Vocabulary) -> None:
    entry = "«Мы готовы к диалогу», — заявил Владимир Путин."
    assert _said(vocabulary, entry) == [("Vladimir Putin", "Мы готовы к диалогу")]


def test_russian_speaker_then_verb_then_colon(vocabulary: Vocabulary) -> None:
    entry = "Владимир Путин заявил: «Переговоры будут продолжены»."
    assert _said(vocabulary, entry) == [("Vladimir Putin", "Переговоры будут продолжены")]


def test_russian_name_beside_the_verb_not_one_named_earlier(vocabulary: Vocabulary) -> None:
    entry = "После встречи с Ким Чен Ыном Владимир Путин заявил: «Переговоры были полезными»."
    assert _said(vocabulary, entry) == [("Vladimir Putin", "Переговоры были полезными")]


def test_russian_pronoun_means_the_speaker_before(vocabulary: Vocabulary) -> None:
    first = "«Мы готовы к диалогу», — заявил Владимир Путин."
    then = "«Решение за ними», — сказал он."
    found = enrich_in_order(vocabulary, first, then, date="2019-06-01")
    assert said(found) == [("Vladimir Putin", "Решение за ними")]
    assert "Vladimir Putin" not in found.actors


def test_russian_pronoun_with_no_speaker_before_is_unattributed(vocabulary: Vocabulary) -> None:
    entry = "«Решение за ними», — сказал он."
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == ["Решение за ними"]


def test_russian_unnamed_source_is_nobody_named(vocabulary: Vocabulary) -> None:
    entry = "«Визит возможен», — сообщил Синьхуа источник."
    assert _said(vocabulary, entry) == []
    assert _unattributed(vocabulary, entry) == ["Визит возможен"]


def test_french_guillemets_stay_with_the_french_rules(vocabulary: Vocabulary) -> None:
    entry = "« Nous sommes prêts », a déclaré Jean Dumas."
    assert _said(vocabulary, entry) == [("Jean Dumas", "Nous sommes prêts")]
