"""Issue 22, explore45: layouts met by trying chronologies of a band, a trial, a gig diary, a
sports calendar, railway disasters, a court case, a pandemic, an earthquake and a parliament in
Catalan, Polish, French, Spanish, Portuguese, Swedish and English as a new user would ("6
setembre" / "- text", "PHOTO 1.jpg" over a caption that opens with a date, a blog's "Newer
posts … Older posts" and its readers' comments stamped "20 September, 2014 - posted by …"),
each rule on short chronologies written for the test in other subjects and wordings (never the
pages' own words), and what each must not read."""

from __future__ import annotations

from datetime import date

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- Catalan month names: "6 setembre", "1 d'octubre de 2017" ----------------------------------


def test_catalan_month_names_are_read_as_range_reads_them() -> None:
    for written, day in (
        ("6 setembre 2017", date(2017, 9, 6)),
        ("12 de febrer de 2019", date(2019, 2, 12)),
        ("20 de maig de 2010", date(2010, 5, 20)),
        ("1 d'octubre de 2017", date(2017, 10, 1)),
        ("11 d’agost de 1714", date(1714, 8, 11)),
    ):
        assert dates.parse_range(written) == (day, day), written
    assert dates.parse_range("juliol 1936") == (date(1936, 7, 1), date(1936, 7, 31))
    assert dates.parse_range("desembre 1999") == (date(1999, 12, 1), date(1999, 12, 31))


def test_catalan_days_alone_under_a_year_date_their_dash_items() -> None:
    text = (  # a football club's season, in Catalan
        "1899\n"
        "\n"
        "29 novembre\n"
        "\n"
        "- Es funda el club en una reunió al gimnàs.\n"
        "\n"
        "8 desembre\n"
        "\n"
        "- Primer partit, contra una colònia anglesa.\n"
        "\n"
        "- El club juga amb samarreta blava i grana.\n"
    )
    assert _read(text) == [
        ("1899-11-29", None, "Es funda el club en una reunió al gimnàs."),
        ("1899-12-08", None, "Primer partit, contra una colònia anglesa."),
        ("1899-12-08", None, "El club juga amb samarreta blava i grana."),
    ]


def test_a_catalan_day_with_its_elided_de_opens_an_entry() -> None:
    text = (  # a city's year, in Catalan
        "11 d'abril de 1931: Es proclama la República des del balcó.\n"
        "2 d'agost de 1931: Referèndum de l'Estatut.\n"
    )
    assert _read(text) == [
        ("1931-04-11", None, "Es proclama la República des del balcó."),
        ("1931-08-02", None, "Referèndum de l'Estatut."),
    ]
