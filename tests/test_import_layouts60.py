"""Issue 22, layouts60: leftovers named by the notes of layouts58, layouts59 and explore48, as
general rules tested on chronologies of other subjects and wordings: a headline list's
footer after a blank line; with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries

# --- a headline list: a paragraph after a blank line is never the last headline's rest -----------


# (a list whose lines end no sentence, a page's footer after a blank line below the last)
HARBOUR = """\
Harbour news 1880 - 1882

1880
March 3: First steamer enters the new basin
June 12: Lighthouse lit for the first time
Oct. 9: Storm wrecks the north pier
1881
Jan. 20: Harbour board elected
May 2: Customs house opened on the quay
Aug. 30: Fishing fleet doubles in size
1882
April 4: Railway reaches the harbour
1883
Dredging of the outer basin begins
Winter: Ice closes the basin for six weeks

Harbour Flags of the Region
Visitors Today:
 The harbour museum is open … every day but Monday
"""


def test_headline_list_footer_after_blank_is_no_text() -> None:
    got = read_entries(HARBOUR)
    assert got[-1] == ("1883", None, "Ice closes the basin for six weeks")
    assert len(got) == 9
    pieces = left_out(HARBOUR)
    for footer in ("Harbour Flags of the Region", "Visitors Today:"):
        assert footer in pieces


def test_headline_list_footer_under_a_year_paragraph_is_no_item() -> None:
    # (the year alone over its undated line, the footer after a blank line: no item of it)
    text = HARBOUR.replace("Winter: Ice closes the basin for six weeks\n", "")
    got = read_entries(text)
    assert got[-1] == ("1883", None, "Dredging of the outer basin begins")
    assert "Harbour Flags of the Region" in left_out(text)


def test_headline_list_words_carried_on_over_blank_in_lower_case() -> None:
    # ("Winter: Ice closes the basin" / (blank) / "for six weeks": the headline goes on after
    # the blank in lower case: still its text; the footer after the next blank is not)
    text = HARBOUR.replace(
        "Winter: Ice closes the basin for six weeks\n",
        "Winter: Ice closes the basin\n\nfor six weeks\n",
    )
    got = read_entries(text)
    assert got[-1] == ("1883", None, "Ice closes the basin for six weeks")
    assert "Harbour Flags of the Region" in left_out(text)
