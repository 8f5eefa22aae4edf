"""Issue 22, thirteenth round: layout families the blind part held-out-9 showed, each as a
general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries


def dates(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.text) for e in split_entries(text, year).entries]


def left_out(text: str) -> list[str]:
    split = split_entries(text)
    return [s.text for s in (*split.unplaced, *split.layout, *split.before)]


# --- dates alone, each with one line of text directly below: a page's box after the last ----

ONE_LINE_EACH = (
    "Chronologie\n"
    "3 mars 1961\n"
    "Le port de la ville est ouvert aux navires de commerce venus du large.\n"
    "9 juin 1970\n"
    "Une nouvelle route relie la capitale aux villes du nord du pays.\n"
    "14 mai 1984\n"
    "Le parlement adopte une loi sur les langues parlées dans les écoles.\n"
    "2 avril 1999\n"
    "Les élections municipales sont organisées pour la première fois.\n"
    "Le Journal.\n"
    "Recevez chaque matin les nouvelles de la région dans votre boîte.\n"
)


def test_the_line_after_the_last_one_line_entry_is_not_its_text() -> None:
    found = dates(ONE_LINE_EACH)
    assert [d for d, _, _ in found] == ["1961-03-03", "1970-06-09", "1984-05-14", "1999-04-02"]
    assert found[-1][2] == "Les élections municipales sont organisées pour la première fois."
    assert "Le Journal." in left_out(ONE_LINE_EACH)


def test_a_wrapped_line_under_one_date_keeps_the_rule_off() -> None:
    # one date whose text goes on over a second line: not the layout, nothing cut
    text = ONE_LINE_EACH.replace("9 juin 1970\n", "9 juin 1970\nUne route, longue de\n")
    found = dates(text)
    assert found[1][2].startswith("Une route, longue de Une nouvelle route")
