"""Persons' names written in Cyrillic, as a Russian sentence declines them.

A Russian text writes a name in the case its sentence asks for: "Лавров заявил" (nominative),
"интервью Лаврова" (genitive), "Путину" (dative), "со Сергеем Лавровым" (instrumental), "о
Путине" (prepositional). The knowledge base holds each person's name in the nominative, as its
sources give it; the other cases follow the declension of Russian grammar, one rule for every
name, so they are made here rather than written (and sourced) form by form in the base:

- a masculine surname in -ов, -ев, -ёв, -ин, -ын: -а, -у, -ым, -е (Лавров, Лаврова, Лаврову,
  Лавровым, Лаврове);
- any other word ending in a hard consonant (Трамп, Владимир): -а, -у, -ом, -е;
- -ий, -ей, -ай and -ь (Дмитрий, Сергей, Игорь): the soft declension (-ия, -ию, -ием, -ии;
  -ея, -ею, -еем, -ее; -я, -ю, -ем, -е);
- a word in -а (Никита): -ы (-и after г, к, х, ж, ш, ч, щ), -е, -у, -ой;
- a word in another vowel (Шойгу, Абэ) does not decline.

Every word of a name takes the same case ("Сергеем Лавровым"). Names written surname first
(Korean, Chinese and Japanese names in Cyrillic: "Ким Чен Ын") decline otherwise and are not
made here. A text writing "е" for "ё" (Горбачев for Горбачёв, as Russian print mostly does) is
read too: each form is also given with "е".
"""

from __future__ import annotations

import re

CYRILLIC = re.compile("[\u0400-\u04ff]")

# the cases made, in this order: genitive, dative, accusative, instrumental, prepositional (the
# accusative of a man's name in a consonant is its genitive: "встретил Лаврова")
_RUSSIAN_SURNAME = re.compile("(?:ов|ев|ёв|ин|ын)$")
_HARD_CONSONANT = re.compile("[бвгджзклмнпрстфхцчшщ]$")
_AFTER_VELAR_OR_HUSHING = "гкхжшчщ"
_INDECLINABLE_VOWELS = "еёиоуыэюя"


def writes_cyrillic(form: str) -> bool:
    """Whether a name form is written in Cyrillic letters."""
    return CYRILLIC.search(form) is not None


def _word_cases(word: str) -> tuple[str, str, str, str, str] | None:
    """A word's genitive, dative, accusative, instrumental and prepositional, or None when it
    does not decline (a vowel ending, a word of no Cyrillic)."""
    lower = word.lower()
    if not writes_cyrillic(word) or len(word) < 2:
        return None
    if _RUSSIAN_SURNAME.search(lower) and word[0].isupper() and len(word) > 3:
        return (word + "а", word + "у", word + "а", word + "ым", word + "е")
    if lower.endswith("ий"):
        stem = word[:-2]
        return (stem + "ия", stem + "ию", stem + "ия", stem + "ием", stem + "ии")
    if lower.endswith(("ей", "ай")):
        stem = word[:-1]
        return (stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е")
    if lower.endswith("ь"):
        stem = word[:-1]
        return (stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е")
    if lower.endswith("а"):
        stem = word[:-1]
        genitive = "и" if stem[-1:].lower() in _AFTER_VELAR_OR_HUSHING else "ы"
        return (stem + genitive, stem + "е", stem + "у", stem + "ой", stem + "е")
    if _HARD_CONSONANT.search(lower):
        return (word + "а", word + "у", word + "а", word + "ом", word + "е")
    return None


def declined_forms(name: str) -> list[str]:
    """The other cases of a name written in Cyrillic in Western order ("Сергей Лавров":
    "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"; "Никиту
    Хрущёва", the accusative of a name in -а and a surname in a consonant), each case
    declining every word that declines; then every form written with "е" for "ё", the name's
    own too. None for a name of no Cyrillic."""
    if not writes_cyrillic(name):
        return []
    words = name.split()
    cases = [_word_cases(word) for word in words]
    forms: list[str] = []
    for case in range(5):
        declined = " ".join(
            found[case] if found is not None else word
            for word, found in zip(words, cases, strict=True)
        )
        if declined != name and declined not in forms:
            forms.append(declined)
    with_e = [form.replace("ё", "е").replace("Ё", "Е") for form in (name, *forms)]
    return forms + [form for form in with_e if form != name and form not in forms]
