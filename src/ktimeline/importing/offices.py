"""The offices a text may name by their common noun alone ("“…,” the president said"), and the
title of the knowledge base's roles each noun means: one table, so that the noun a quotation's
reader matches and the title its holder is looked up by cannot drift apart (a noun missing here
is no office: nobody is given its words by default)."""

from __future__ import annotations

# noun of the text (lower case, words one space apart) → the role's title in the knowledge base
OFFICE_NOUN_TITLES: dict[str, str] = {
    "president": "President",
    "prime minister": "Prime Minister",
    "premier": "Premier",
}


def names_office(written: str, office: str) -> bool:
    """Whether a title a text writes before a surname (lower case, words one space apart:
    "vice foreign minister") names an office of the knowledge base by its title: the same
    words, or the office's title with a rank's word before them ("First Vice Foreign
    Minister", which texts write "Vice Foreign Minister" too). A title of one word
    ("minister", "governor") names none: too many offices end in it."""
    if " " not in written:
        return False
    title = " ".join(office.lower().split())
    return title == written or title.endswith(f" {written}")
