"""Silent wrong answers a hostile review found in this session's import rules
(/work/notes/hostile-s6.md, inputs written for it): each is now read right or reported."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries


def dated(text: str) -> list[tuple[str, str]]:
    return [(entry.date, entry.text) for entry in split_entries(text).entries]


def unplaced(text: str) -> list[str]:
    return [skipped.text for skipped in split_entries(text).unplaced]


ONE_DAY = (
    "NOAA's timeline of events for the Dec. 25, 2004, Indian Ocean Tsunami, a preliminary "
    "timeline posted Dec. 29, 2004.\n\n"
    "2:59 p.m. The rupture begins off Sumatra.\n"
    "3:07 p.m. Initial seismic signals reach Hawaii.\n"
    "3:14 p.m. A first message is issued.\n"
)


def test_times_take_the_one_day_the_introduction_names_the_page_s_own_day_aside() -> None:
    assert [day for day, _ in dated(ONE_DAY)] == ["2004-12-25"] * 3


def test_times_under_an_introduction_naming_two_days_are_reported_not_dated() -> None:
    text = (
        "Forecasters warned on Aug. 27, 2005, that the levees might fail. Here is how "
        "Monday, Aug. 29, 2005, unfolded in New Orleans.\n\n"
        "6:10 a.m. The storm makes landfall near the state line.\n"
        "8:00 a.m. The first levee is breached.\n"
        "11:00 a.m. The mayor orders rescues by boat.\n"
    )
    assert dated(text) == []
    assert "8:00 a.m. The first levee is breached." in unplaced(text)


def test_times_that_run_past_midnight_are_reported_not_put_on_the_first_day() -> None:
    text = (
        "Election night in Ruritania, as it happened on Sunday, June 4, 2023.\n\n"
        "8:00 p.m. Polls close across the country.\n"
        "11:40 p.m. The prime minister concedes.\n"
        "12:30 a.m. The opposition leader speaks.\n"
    )
    assert dated(text) == []
    assert "12:30 a.m. The opposition leader speaks." in unplaced(text)


def test_days_of_one_month_show_the_order_of_on_paragraphs() -> None:
    # "June 12, 1994", "June 17": forward; before, two steps back made it newest first and
    # dated the last paragraph 1993
    text = (
        "The 1995 trial of O.J. Simpson: a timeline\n\n"
        "On June 12, 1994, Nicole Brown Simpson and Ron Goldman were killed.\n\n"
        "On June 17, Simpson fled in a white Bronco.\n\n"
        "On Jan. 24, opening statements began.\n\n"
        "On Oct. 3, the jury found Simpson not guilty.\n"
    )
    days = [day for day, _ in dated(text)]
    assert days[:2] == ["1994-06-12", "1994-06-17"]
    assert all(day >= "1994" for day in days)
    pattern = split_entries(text).pattern
    assert pattern is not None and not pattern.newest_first


def test_a_decade_whose_century_is_not_settled_is_reported_never_joined() -> None:
    text = (
        "Historia del club\n\n"
        "1955: Fundación del club.\n"
        "años 60: Primeros títulos regionales.\n"
        "1982: Ascenso a primera.\n"
        "años 20: El fundador nace en Sevilla.\n"
    )
    entries = dated(text)
    assert ("1982", "Ascenso a primera.") in entries
    assert ("1960", "Primeros títulos regionales.") in entries
    assert "años 20: El fundador nace en Sevilla." in unplaced(text)
    assert not any("Sevilla" in body for _, body in entries)
