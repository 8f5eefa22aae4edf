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


# A title written after a surname alone in Japanese, Chinese or Korean ("小泉首相", "习主席",
# "문 대통령") → the titles of the knowledge base's roles it names: the surname is that of
# the one person who held such an office on the entry's date (enrichment.unspaced). A title
# missing here ("장관", any minister; "氏", "同志") names no office: only a person the
# document named in full before is meant by it.
WRITTEN_AFTER_SURNAME: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("首相", "総理", "总理", "總理", "총리"), ("Prime Minister", "Premier")),
    **dict.fromkeys(("大統領", "大统领", "总统", "總統", "대통령"), ("President",)),
    **dict.fromkeys(("国家主席", "국가주석"), ("President",)),
    **dict.fromkeys(("主席", "주석"), ("President", "Chairman")),
    **dict.fromkeys(("委員長", "委员长", "위원장", "국무위원장"), ("Chairman",)),
    **dict.fromkeys(("总书记", "總書記", "総書記", "총비서", "총서기"), ("General Secretary",)),
    **dict.fromkeys(("外相", "外长", "외무상"), ("Foreign Minister",)),
    "官房長官": ("Chief Cabinet Secretary",),
    **dict.fromkeys(("国務長官", "国务卿", "국무장관"), ("Secretary of State",)),
}
