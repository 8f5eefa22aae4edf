"""user16: a thesis writer's and a data journalist's journey (session 15): pages saved by a
browser, a Word text, a spreadsheet's CSV, the Python API beside the CLI, every export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.importing.sources import html_text

if TYPE_CHECKING:
    from pathlib import Path


# --- a saved page's table: its header row of <th> cells is no entry ---------------------------

COMPANY = """<html><body><h1>Our company's history</h1>
<h2>1998</h2>
<table>
<tr><th>Date</th><th>What happened</th></tr>
<tr><td>4.9.1998</td><td>The company is founded in a garage.</td></tr>
<tr><td>15.09.1998</td><td>The first office opens &amp; ten people are hired.</td></tr>
</table></body></html>"""

SEASON = """<html><body><h2>2004</h2><table>
<thead><tr><th>Datum</th><th>Ereignis</th></tr></thead>
<tbody><tr><td>12. Mai 2004</td><td>Der Verein steigt in die erste Liga auf.</td></tr>
<tr><td>3. Juni 2004</td><td>Ein neuer Trainer wird vorgestellt.</td></tr></tbody>
</table></body></html>"""


@pytest.mark.parametrize("page", [COMPANY, SEASON], ids=["company", "football-de"])
def test_a_saved_tables_header_row_is_layout_not_an_entry(
    run: Any, tmp_path: Path, page: str
) -> None:
    # On main the header row was written "Date – What happened" and, under a year heading,
    # imported as an entry of that year.
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = run("import", str(path), "--check")
    assert result.exit_code == 0, result.stderr
    assert "a table's header row" in result.stdout
    assert "would import: 2 entries" in result.stderr


def test_a_row_of_th_cells_holding_a_date_stays_an_entry() -> None:
    # (a guard: tables that write each row's date in a <th> keep their rows)
    page = "<table><tr><th>1998</th><th>The company is founded.</th></tr></table>"
    assert html_text(page)[0] == "1998 – The company is founded.\n"


def test_a_row_with_a_td_cell_keeps_its_cells_joined_by_a_dash() -> None:
    # (a guard: a row headed by a <th> date and a <td> text is a row as before)
    page = "<table><tr><th scope=row>May 2001</th><td>Shares fall.</td></tr></table>"
    assert html_text(page)[0] == "May 2001 – Shares fall.\n"


# --- import --check of a PDF: the lines an entry joins, named by page --------------------------


def test_the_lines_a_pdf_entry_joins_are_named_by_page(run: Any, tmp_path: Path) -> None:
    # On main: "[joins lines page 1, line 2, page 1, line 3]".
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    text = (
        "March 3, 1921 - The shipyard launches its first steel hull after two years of strikes, "
        "shortages and a fire that destroyed the drawing office and half of the plans."
    )
    for line in ("History of the yard", text, "June 1922 - The yard closes."):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "yard.pdf"
    pdf.output(str(path))
    result = run("import", str(path), "--check")
    assert result.exit_code == 0, result.stderr
    assert "[joins page 1, lines 2, 3]" in result.stdout


def test_joined_lines_of_a_text_and_across_pages() -> None:
    from ktimeline.cli.app import joined_lines

    assert joined_lines(["12", "13"]) == "lines 12, 13"
    assert joined_lines(["page 1, line 40", "page 2, line 1", "page 2, line 2"]) == (
        "page 1, line 40; page 2, lines 1, 2"
    )


# --- a mark's label keeps a number written with separators --------------------------------------
# The Chernobyl lane read "11 10 p.m", "1 23 04 a.m", "Pripyat’s 49 000 residents": an id
# writes "11:10" as "11-10", and each piece was spelt alone.


@pytest.mark.parametrize(
    ("event_id", "text", "label"),
    [
        ("1912-04-15-2-20-am-ship-sinks", "2:20 a.m. The ship sinks.", "2:20 a.m ship sinks"),
        ("2008-09-15-bank-sheds-25-000-jobs", "The bank sheds 25,000 jobs.",
         "Bank sheds 25,000 jobs"),
        ("1950-club-wins-1950-51-league", "The club wins the 1950-51 league.",
         "Club wins 1950-51 league"),
        # guards: as before ("3.5" folds to one word, "35", as ids write it)
        ("1998-04-01-kurs-steigt-auf-35-euro", "Der Kurs steigt auf 3.5 Euro.",
         "Kurs steigt auf 3.5 Euro"),
        ("2019-11-15-esper-meets-jeong-kyeong-doo", "Esper meets Jeong Kyeong-doo.",
         "Esper meets Jeong Kyeong doo"),
        ("1986-04-26-reactor-4-explodes", "Reactor 4 explodes.", "Reactor 4 explodes"),
    ],
)  # fmt: skip
def test_a_marks_label_keeps_a_number_whole(event_id: str, text: str, label: str) -> None:
    from ktimeline.model import Event
    from ktimeline.render.html import short_title

    assert short_title(Event(id=event_id, date=event_id[:10].rstrip("-"), text=text)) == label


# --- a saved page's cookie notice is no part of its text ----------------------------------------
# A consent banner after the list: its paragraph was reported as furniture, but its buttons
# ("Manage preferences", "Accept all") were joined to the page's last entry.

ENTRIES = """<h1>Company history</h1><ul>
<li><b>1998</b> &ndash; The company is founded in a garage</li>
<li><b>2011</b> &ndash; A rival buys the company for $2&nbsp;billion</li></ul>"""


@pytest.mark.parametrize(
    "notice",
    [
        '<div id="onetrust-banner-sdk"><p>We use cookies to personalise content and ads</p>'
        '<a href="#">Manage preferences</a> <a href="#">Accept all</a></div>',
        '<div class="cookie-banner">Diese Website verwendet Cookies. <button>OK</button>'
        ' <a href="/datenschutz">Mehr erfahren</a></div>',
        '<section id="CybotCookiebotDialog"><h2>This website uses cookies</h2>'
        "<span>Allow selection</span></section>",
    ],
    ids=["onetrust", "cookie-banner-de", "cookiebot"],
)
def test_a_cookie_notice_after_the_entries_joins_no_entry(
    run: Any, tmp_path: Path, notice: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{ENTRIES}{notice}</body></html>", encoding="utf-8")
    result = run("import", str(path))
    assert result.exit_code == 0, result.stderr
    assert '"text": "A rival buys the company for $2 billion"' in result.stdout


def test_a_bakerys_cookies_history_is_read() -> None:
    # (a guard: a class naming cookies, not a notice, keeps its text)
    page = '<div class="cookies-history"><p>1921 – The first biscuits are baked.</p></div>'
    assert html_text(page)[0] == "1921 – The first biscuits are baked.\n"
