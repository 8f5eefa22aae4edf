"""Issue 22, explore31: layouts met trying the importer on chronologies in other languages
(Portuguese, Czech, Polish, Dutch, Swedish, German pages), each rule tested on short
chronologies written for the test in other subjects and wordings, and on the text each rule
must not read: "Dia 7:" under a month's heading, a page's publication line, "5 a 21 de
agosto", "28.03. Title" among days written alone, a line of punctuation alone, years run into
their text as a flattened table's cells ("07680814Regeerperiode", "19 jun 1259Sint"), eras
and centuries of Central Europe ("623 n. l.", "IX-X w.", "1.-4.stol.", "200-talet"), "około
1155", and three-digit years with their full stop ("623. Samo porazil …")."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date, parse_date_argument
from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


def _span(text: str) -> tuple[str, str]:
    span = parse_date_argument(text, "START")
    return span.start.isoformat(), span.end.isoformat()


# --- "Dia 7:" / "Día 7:" / "Tanggal 7:" under a month's heading: that day of the month -------


def test_portuguese_day_items_under_a_month_heading() -> None:
    text = (  # a football season's review (Portuguese)
        "A temporada de 2023 do clube\n"
        "MARÇO\n"
        "Dia 4: O clube vence o dérbi por 2-0 diante de um estádio cheio e volta à liderança.\n"
        "Dia 11: O treinador renova o contrato.\n"
        "O capitão falha o jogo seguinte por lesão.\n"
        "Dia 25: Eliminação na taça.\n"
        "ABRIL\n"
        "Dia 2: Novo estádio inaugurado.\n"
    )
    assert _read(text) == [
        (
            "2023-03-04",
            None,
            "O clube vence o dérbi por 2-0 diante de um estádio cheio e volta à liderança.",
        ),
        ("2023-03-11", None, "O treinador renova o contrato."),
        ("2023-03-11", None, "O capitão falha o jogo seguinte por lesão."),
        ("2023-03-25", None, "Eliminação na taça."),
        ("2023-04-02", None, "Novo estádio inaugurado."),
    ]


def test_spanish_and_indonesian_day_words() -> None:
    spanish = "Resumen de 2019\nOCTUBRE\nDía 3: Se abre el museo.\nDía 9: Llega la exposición.\nDía 20: Cierra la feria.\n"
    assert [entry[0] for entry in _read(spanish)] == ["2019-10-03", "2019-10-09", "2019-10-20"]
    indonesian = (
        "Kilas balik 2021\nMARET\nTanggal 5: Jembatan baru dibuka.\n"
        "Tanggal 12: Banjir melanda kota.\nTanggal 30: Pasar direnovasi.\n"
    )
    assert [entry[0] for entry in _read(indonesian)] == ["2021-03-05", "2021-03-12", "2021-03-30"]


def test_an_english_day_count_is_no_day_of_the_month() -> None:
    text = (  # an expedition's days are counted, not dated: "Day 3" is no 3 June
        "June 2020\nDay 1: We leave base camp.\nDay 2: Storm at the col.\nDay 3: Summit reached.\n"
    )
    assert all(date != "2020-06-03" for date, _, _ in _read(text))


# --- a page's publication line: the page's own date, never an entry --------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Este conteúdo foi publicado em 26 de Outubro de 2018 10:48",
        "Publié le 3 mars 2021 à 10h12",
        "Veröffentlicht am 12. Mai 2020, 14:03",
        "Pubblicato il 9 aprile 2022 alle 08:15",
    ],
)
def test_a_publication_line_at_the_top_is_the_pages_date(stamp: str) -> None:
    text = (  # a museum's history in any language, under the page's publication line
        f"{stamp}\n\n"
        "Caption of a photo of the old building\n\n"
        "1901: The museum opens.\n1950: A new wing is built.\n1999: The collection moves.\n"
    )
    entries = _read(text)
    assert [entry[0] for entry in entries] == ["1901", "1950", "1999"]
    assert _reasons(text)[stamp] == "page metadata (a label and its value)"


def test_published_in_a_sentence_stays_text() -> None:
    text = "Published in 1851, the novel sold slowly.\n1901: Reprint.\n1950: Film.\n1999: Opera.\n"
    assert "page metadata" not in " ".join(_reasons(text).values())


# --- two days joined by "to" in other languages: the span ------------------------------------


@pytest.mark.parametrize(
    ("written", "span"),
    [
        ("5 a 21 de agosto de 2016", ("2016-08-05", "2016-08-21")),
        ("5 al 21 agosto 2016", ("2016-08-05", "2016-08-21")),
        ("5 au 21 août 2016", ("2016-08-05", "2016-08-21")),
        ("5. bis 21. August 2016", ("2016-08-05", "2016-08-21")),
        ("3 tot 9 mei 1940", ("1940-05-03", "1940-05-09")),
        ("1 do 3 maja 1791", ("1791-05-01", "1791-05-03")),
    ],
)
def test_two_days_joined_by_to_are_a_span(written: str, span: tuple[str, str]) -> None:
    assert _span(written) == span


def test_a_day_span_with_a_to_word_dates_its_entry() -> None:
    text = "- 2016 -\n\n- 5 a 21 de agosto: Jogos Olímpicos.\n\n- 31 de agosto: Votação final.\n"
    assert ("2016-08-05", "2016-08-21", "Jogos Olímpicos.") in _read(text)


# --- "28.03. Title" among days written alone over their text ----------------------------------


def test_a_dotted_day_with_its_title_among_days_alone() -> None:
    text = (  # a choir's yearly chronicle (German): some days alone, some with a title
        "Chronik 2019\n\n2019\n\n12.01.\n\nDas Neujahrskonzert war ausverkauft.\n\n"
        "02.02. Jahreshauptversammlung\n\nDer Vorstand wurde bestätigt.\n\n"
        "16.03. Frühjahrskonzert in der Kirche\n\nMit Gästen aus Basel.\n"
    )
    dates = [(date, end) for date, end, _ in _read(text)]
    assert dates == [("2019-01-12", None), ("2019-02-02", None), ("2019-03-16", None)]


def test_a_dotted_day_and_title_in_a_document_of_years_is_no_entry() -> None:
    text = (
        "1990: Club founded.\n1995: First title.\n2001: New ground.\n10.03. Ausflug\n2005: Cup.\n"
    )
    assert all(not date.endswith("-03-10") for date, _, _ in _read(text))


# --- a line of punctuation alone says nothing --------------------------------------------------


def test_a_punctuation_line_between_a_date_and_its_text() -> None:
    text = "14 June 2019\n\n.\n\nThe bridge reopens.\n\n20 June 2019\n\nThe ferry stops.\n"
    assert _read(text) == [
        ("2019-06-14", None, "The bridge reopens."),
        ("2019-06-20", None, "The ferry stops."),
    ]
    assert _reasons(text)["."] == "punctuation alone"


# --- a flattened table's cells run together: years, spans, days, leading zeros ----------------


def test_a_flattened_tables_glued_spans_days_and_leading_zeros() -> None:
    text = (  # a French town's table "De | À | Événement", its cells run together
        "DeÀÉvénement\n"
        "0987Hugues Capet est sacré roi\n"
        "09871328Les Capétiens directs règnent\n"
        "1137Louis VII épouse Aliénor\n"
        "1180Philippe Auguste devient roi\n"
        "12141215Conflit avec Jean sans Terre\n"
        "27 jul 1214Bataille de Bouvines contre l'empereur Otton\n"
        "1226Saint Louis devient roi\n"
    )
    assert _read(text) == [
        ("0987", None, "Hugues Capet est sacré roi"),
        ("0987", "1328", "Les Capétiens directs règnent"),
        ("1137", None, "Louis VII épouse Aliénor"),
        ("1180", None, "Philippe Auguste devient roi"),
        ("1214", "1215", "Conflit avec Jean sans Terre"),
        ("1214-07-27", None, "Bataille de Bouvines contre l'empereur Otton"),
        ("1226", None, "Saint Louis devient roi"),
    ]


def test_a_glued_pair_of_years_that_goes_back_is_no_span() -> None:
    text = "1801Act of Union\n1829Catholic relief\n1845Famine begins\n19141870Odd number\n1922Free State\n"
    assert all(end is None or end > date for date, end, _ in _read(text))
    assert ("1914", "1870", "Odd number") not in _read(text)


def test_one_year_with_a_leading_zero_in_running_text_is_no_entry() -> None:
    text = "1901: The mill opens.\n1950: A fire.\nOrder 0987Widget shipped\n1999: Closure.\n"
    assert [date for date, _, _ in _read(text)] == ["1901", "1950", "1999"]


# --- eras and centuries of Central and Northern Europe ----------------------------------------


@pytest.mark.parametrize(
    ("written", "span"),
    [
        ("965 n. l.", ("0965-01-01", "0965-12-31")),
        ("1054-1055 n.l.", ("1054-01-01", "1055-12-31")),
        ("966 n.e.", ("0966-01-01", "0966-12-31")),
        ("500 po Kr.", ("0500-01-01", "0500-12-31")),
        ("XV w.", ("1401-01-01", "1500-12-31")),
        ("XIII-XIV w.", ("1201-01-01", "1400-12-31")),
        ("2.-3. stol.", ("0101-01-01", "0300-12-31")),
        ("300-talet", ("0300-01-01", "0399-12-31")),
        ("700-tallet", ("0700-01-01", "0799-12-31")),
    ],
)
def test_eras_and_centuries(written: str, span: tuple[str, str]) -> None:
    assert _span(written) == span


def test_an_address_in_capitals_is_no_era() -> None:
    found = find_date("300 N.E. 2nd Avenue")
    assert found is None or found["yera"] is None


def test_a_bulleted_list_of_years_with_their_era() -> None:
    text = (  # Slovak: a castle's history, each year with "n. l."
        "Dejiny hradu\n"
        " • 300 př. n. l. - Keltské hradisko\n"
        " • 864-865 n.l. - prvá zmienka o hrade\n"
        " • 907. n.l. - bitka pri hrade\n"
        " • 1001 - nový kostol\n"
        " • 1241 - vpád Tatárov\n"
    )
    assert _read(text) == [
        ("0864", "0865", "prvá zmienka o hrade"),
        ("0907", None, "bitka pri hrade"),
        ("1001", None, "nový kostol"),
        ("1241", None, "vpád Tatárov"),
    ]
    assert "Common Era" in _reasons(text)["• 300 př. n. l. - Keltské hradisko"]


def test_centuries_as_entries_under_bullets() -> None:
    text = (  # Polish: a town's calendar, centuries then years
        "Najważniejsze daty\n"
        " • XI-XII w. - powstaje osada targowa\n"
        " • 1253 - lokacja miasta\n"
        " • 1331 - najazd krzyżacki\n"
        " • 1655 - potop szwedzki\n"
    )
    assert _read(text)[0] == ("1001", "1200", "powstaje osada targowa")


# --- "około 1155": an approximate year, as "c. 1155" -------------------------------------------


@pytest.mark.parametrize("about", ["około", "ok.", "kolem", "omkring", "ongeveer", "vers", "etwa"])
def test_about_in_other_languages_is_read_as_circa(about: str) -> None:
    text = f" • 1106 - first mention\n • 1136 - a bull\n • {about} 1155 - a church built\n • 1233 - conquest\n"
    assert ("1155", None, "a church built") in _read(text)


def test_about_a_year_in_a_history_with_years_before_the_era_is_refused() -> None:
    # right below the era before Christ, no plain year between: refused
    text = "500 f.Kr. - kelter\nomkring 1155 - church\n1106 - first mention\n1136 - a bull\n1233 - war\n"
    assert all(date != "1155" for date, _, _ in _read(text))


def test_about_a_year_between_plain_years_below_the_era_before_christ_is_read() -> None:
    # (refused until layouts35: "omkring 1155" lies between the plain years 1136 and 1233, all
    # below the only year before the era)
    text = "500 f.Kr. - kelter\n1106 - first mention\n1136 - a bull\nomkring 1155 - church\n1233 - war\n"
    assert ("1155", None, "church") in _read(text)


# --- "623. Samo porazil …": three-digit years with their full stop -----------------------------


def test_three_digit_years_with_a_full_stop() -> None:
    text = (  # a history of the Franks (German), its years each with a full stop
        "Zeittafel der Franken\n"
        "481. Chlodwig wird König.\n"
        "486. Sieg über Syagrius.\n"
        "496. Schlacht bei Zülpich.\n"
        "507. Sieg über die Westgoten.\n"
        "511. Tod Chlodwigs.\n"
        "511-561. Chlothar I.\n"
    )
    assert _read(text) == [
        ("0481", None, "Chlodwig wird König."),
        ("0486", None, "Sieg über Syagrius."),
        ("0496", None, "Schlacht bei Zülpich."),
        ("0507", None, "Sieg über die Westgoten."),
        ("0511", None, "Tod Chlodwigs."),
        ("0511", "0561", "Chlothar I."),
    ]


def test_the_same_years_without_their_full_stop_follow_on() -> None:
    text = (
        "732. Battle of Tours.\n751. Pepin crowned.\n768. Charlemagne king.\n"
        "774 Lombardy conquered.\n800. Charlemagne crowned emperor.\n"
        "300 soldiers stay in Rome.\n814. Death of Charlemagne.\n"
    )
    entries = _read(text)
    assert ("0774", None, "Lombardy conquered.") in entries
    assert all(date != "0300" for date, _, _ in entries)


def test_a_numbered_list_counting_up_is_no_list_of_years() -> None:
    text = (  # a list of recipes numbered past one hundred
        "101. Apple pie\n102. Banana bread\n103. Cherry tart\n104. Date loaf\n105. Egg custard\n"
    )
    assert _read(text) == []
    assert len(left_out(text)) == 5


def test_a_bare_year_with_its_leading_zero_among_bare_years() -> None:
    text = "0476 Fall of Rome in the West\n0800 Charlemagne crowned\n1054 Schism\n1204 Sack of Constantinople\n1453 Fall of Constantinople\n"
    assert [date for date, _, _ in _read(text)] == ["0476", "0800", "1054", "1204", "1453"]


def test_a_month_in_capitals_that_is_also_a_name_heads_its_days() -> None:
    text = (  # Spanish: "MAYO" in capitals over its days is May, never April's days going on
        "Resumen del año 2018\nABRIL\nDía 3: Se abre el puerto.\nDía 9: Llega el ferry.\n"
        "MAYO\nDía 2: Cierra la lonja.\nDía 15: Fiesta del puerto.\n"
    )
    assert [date for date, _, _ in _read(text)] == [
        "2018-04-03", "2018-04-09", "2018-05-02", "2018-05-15",
    ]  # fmt: skip


def test_a_planets_name_in_capitals_over_years_changes_no_date() -> None:
    text = "Planets\nMARS\n1965: Mariner 4 flies by.\n1976: Viking lands.\nVENUS\n1970: Venera 7.\n"
    assert [date for date, _, _ in _read(text)] == ["1965", "1976", "1970"]


# --- a century over years inside it, a caption between: a heading, never an entry ------------


def test_a_century_heading_with_a_caption_below_is_no_entry() -> None:
    text = (  # a Danish parish's list of years, a picture's caption under the century
        "1700-tallet\n\n1721\n • Kirken får nyt tårn.\n\n"
        "1800-tallet\n\nKirken set fra syd omkring 1850. Foto: Sognearkivet.\n"
        "1814\n • Skolen bygges.\n\n1862\n • Præstegården brænder.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1721", "1814", "1862"]


def test_a_decade_with_its_sentence_stays_an_entry() -> None:
    text = (  # a decade's own event, then a year inside it: the decade is an entry
        "1950s\nRock and roll spreads across the country.\n1955\nThe first theme park opens.\n"
        "1962\nThe first satellite broadcast.\n1969\nThe moon landing.\n"
    )
    assert ("1950", "1959", "Rock and roll spreads across the country.") in _read(text)


# --- Finnish decades and centuries: "1690-luku", "1690-luvulla", "1800-luku" -------------------


@pytest.mark.parametrize(
    ("written", "span"),
    [
        ("1690-luku", ("1690-01-01", "1699-12-31")),
        ("1690-luvulla", ("1690-01-01", "1699-12-31")),
        ("1800-luku", ("1800-01-01", "1899-12-31")),
        ("900-luvulla", ("0900-01-01", "0999-12-31")),
    ],
)
def test_finnish_decades_and_centuries(written: str, span: tuple[str, str]) -> None:
    assert _span(written) == span


def test_finnish_century_headings_over_years() -> None:
    text = (  # a Finnish town's history, its centuries as headings
        "1700-luku\n\n1713 Kaupunki vallattiin.\n1721 Rauha solmittiin.\n\n"
        "1800-luku\n\n1809 Haminan rauha.\n1812 Uusi pääkaupunki.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1713", "1721", "1809", "1812"]
