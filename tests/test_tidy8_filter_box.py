"""The -f html page's filter box shows the events `ktimeline search` finds, in a real browser.

The box runs a copy of search's matcher in JavaScript (render/html_assets/timeline.js) over
what search knows of the page's events (``search.matcher_knowledge``). Before, it read each
list entry's words as a substring (tags, names and dates too) and its own guess of the
aliases: on the library page `missile` showed 32 events and `search missile` 26 (hostile
review 8, finding 10). Each query here is typed into the box and the events it leaves shown
are compared with `search QUERY -f jsonl` over the same events.
"""

from __future__ import annotations

import json
import unicodedata
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import event, write_jsonl
from .test_html import ALL_BUNDLED, FIRST_YEAR, LAST_YEAR, wait_until
from .test_html import browser as browser  # the browser fixtures, shared
from .test_html import open_page as open_page

if TYPE_CHECKING:
    from pathlib import Path

    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

BUNDLED_QUERIES = [
    "missile", "DPRK", "Sohae", "Sohea", "Beigun", "Kim Jong-un", "kim jong un", "Choe Son-hui",
    "OBrien", "O’Brien", "ICBM", "intercontinental ballistic missile", "Rocket Man",
    '"new path"', "“new path”", "GSOMIA", "burden sharing", "Pyongyang", "Esper", "sanction",
    "missile tests", "UN", "the", "talks in Stockholm", "Chairman Kim", "extremly", "Moon",
    "North Korea", "nuclear", "Trump Kim", "zzzz",
]  # fmt: skip

NFD_CAFE = unicodedata.normalize("NFD", "Café")
# accents written composed and decomposed, Hangul, apostrophes, a name by its alias
OWN_EVENTS = [
    event(id="2019-11-01-cafe", date="2019-11-01", text=f"Talks at the {NFD_CAFE} Résumé in Seoul.",
          actors=["Mark Esper"], tags=["talks"], places=["Seoul"]),
    event(id="2019-11-02-hangul", date="2019-11-02", text="북한 핵실험 규탄 — statement on the test.",
          actors=["North Korea"], tags=["statement"], places=[]),
    event(id="2019-11-03-hangul-two", date="2019-11-03", text="한국 정부는 북한과 대화를 원한다.",
          actors=["South Korea"], tags=[], places=[]),
    event(id="2019-11-04-obrien", date="2019-11-04", text="O’Brien says the DPRK's missile was "
          "a short-range one.", actors=["Robert O’Brien", "North Korea"], tags=["missile-test"],
          places=[]),
    event(id="2019-11-05-kim", date="2019-11-05", text="Kim Jong-un visits Sinpo; Pyongyang "
          "praises the résumé of the test.", actors=["Kim Jong Un"], tags=["weapons-test"],
          places=[]),
]  # fmt: skip
OWN_QUERIES = [
    "cafe", "Café", NFD_CAFE, "CAFÉ", "resume", "résumé", unicodedata.normalize("NFD", "résumé"),
    "북한", "핵실험", "북한 핵실험", "한국", "대화", "obrien", "O'Brien", "O’Brien's", "DPRK",
    "North Korea", "missile", "test", "Kim Jong Un", "Kim", "Pyongyang", "Seoul", "Esper",
]  # fmt: skip


def shown_ids(page: Page, query: str) -> set[str]:
    """The events the page lists after typing ``query`` in the filter box."""
    page.fill("#q", query)
    wait_until(page, f"document.getElementById('chart').dataset.filtered === {json.dumps(query)}")
    ids = page.eval_on_selector_all("#events > li:not([hidden])", "items => items.map(i => i.id)")
    return set(ids)


def searched_ids(run: Any, query: str, *args: str) -> set[str]:
    result = run("search", query, *args, "-f", "jsonl")
    assert result.exit_code in (0, 1), result.stderr
    return {json.loads(line)["id"] for line in result.stdout.splitlines()}


def test_the_box_shows_what_search_finds_on_the_bundled_data(run: Any, open_page: Any) -> None:
    opened = open_page(run(*ALL_BUNDLED, "-f", "html").stdout)
    differ = {}
    for query in BUNDLED_QUERIES:
        box = shown_ids(opened.page, query)
        searched = searched_ids(run, query, "--from", FIRST_YEAR, "--to", LAST_YEAR)
        if box != searched:
            differ[query] = (sorted(box - searched), sorted(searched - box))
    assert differ == {}
    assert len(shown_ids(opened.page, "missile")) == len(searched_ids(run, "missile")) > 0
    assert opened.problems == [] and opened.requests == []


def test_the_box_shows_what_search_finds_with_accents_and_hangul(
    run: Any, open_page: Any, tmp_path: Path
) -> None:
    data = str(write_jsonl(tmp_path / "own.jsonl", OWN_EVENTS))
    opened = open_page(run("range", "--data", data, "-f", "html").stdout)
    differ, found = {}, {}
    for query in OWN_QUERIES:
        box = shown_ids(opened.page, query)
        found[query] = box
        searched = searched_ids(run, query, "--data", data)
        if box != searched:
            differ[query] = (sorted(box - searched), sorted(searched - box))
    assert differ == {}
    # and they find something: accents folded either way, Hangul words as words
    assert found["cafe"] == found[NFD_CAFE] == found["CAFÉ"] == {"2019-11-01-cafe"}
    assert found["résumé"] == found["resume"] == {"2019-11-01-cafe", "2019-11-05-kim"}
    assert found["북한 핵실험"] == {"2019-11-02-hangul"}
    assert found["북한"] == {"2019-11-02-hangul", "2019-11-03-hangul-two"}
    assert found["obrien"] == found["O’Brien's"] == {"2019-11-04-obrien"}
    assert opened.problems == [] and opened.requests == []
