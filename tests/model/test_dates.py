"""PartialDate: precision, counting attribution, parsing what monitors write, formatting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kkdesk.errors import InvalidInput
from kkdesk.model import months
from kkdesk.model.dates import PartialDate, parse

ACCEPTED = [
    # text, iso, precision
    ("2019-06-09", "2019-06-09", "day"),
    ("09.06.2019", "2019-06-09", "day"),
    ("9.6.2019", "2019-06-09", "day"),
    ("09/06/2019", "2019-06-09", "day"),
    ("  2019-06-09  ", "2019-06-09", "day"),
    ("2019-06", "2019-06", "month"),
    ("06.2019", "2019-06", "month"),
    ("June 2019", "2019-06", "month"),
    ("JUNE 2019", "2019-06", "month"),
    ("Jun 2019", "2019-06", "month"),
    ("июнь 2019", "2019-06", "month"),
    ("июня 2019", "2019-06", "month"),
    ("Июнь 2019 г.", "2019-06", "month"),
    ("май 2021", "2021-05", "month"),
    ("мая 2021", "2021-05", "month"),
    ("маусым 2019", "2019-06", "month"),
    ("2019", "2019", "year"),
    ("2019 г.", "2019", "year"),
    ("2019г.", "2019", "year"),
    ("2019 ж.", "2019", "year"),
    ("9 June 2019", "2019-06-09", "day"),
    ("9 июня 2019 г.", "2019-06-09", "day"),
    ("June 9, 2019", "2019-06-09", "day"),
    ("2019 ж. 9 маусым", "2019-06-09", "day"),
    ("May–June 2021", "2021-05/2021-06", "range"),
    ("May—June 2021", "2021-05/2021-06", "range"),
    ("May-June 2021", "2021-05/2021-06", "range"),
    ("May to June 2021", "2021-05/2021-06", "range"),
    ("май–июнь 2021", "2021-05/2021-06", "range"),
    ("с мая по июнь 2021 г.", "2021-05/2021-06", "range"),
    ("с мая до июня 2021", "2021-05/2021-06", "range"),
    ("2019–2020", "2019/2020", "range"),
    ("2019-2020", "2019/2020", "range"),
    ("2019 - 2020", "2019/2020", "range"),
    ("01.05.2021 - 15.06.2021", "2021-05-01/2021-06-15", "range"),
    ("01.05.2021-15.06.2021", "2021-05-01/2021-06-15", "range"),
    ("March 2019 – February 2020", "2019-03/2020-02", "range"),
    ("1–15 June 2021", "2021-06-01/2021-06-15", "range"),
    ("2021 ж. мамыр–маусым", "2021-05/2021-06", "range"),
    ("2021-05/2021-06", "2021-05/2021-06", "range"),
    ("в мае 2021 года", "2021-05", "month"),
]

KAZAKH_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан"]


@pytest.mark.parametrize("text,iso,precision", ACCEPTED)
def test_accepted_forms(text, iso, precision):
    d = parse(text)
    assert d.iso() == iso
    assert d.precision == precision
    assert PartialDate.parse(text) == d


@pytest.mark.parametrize("number,name", list(enumerate(KAZAKH_MONTHS, start=1)))
def test_every_kazakh_month(number, name):
    assert parse(f"{name} 2020").iso() == f"2020-{number:02d}"
    assert parse(f"{name.upper()} 2020").iso() == f"2020-{number:02d}"


def test_every_month_name_the_documents_print_reads_back():
    # one table (kkdesk.model.months) serves the parser, the documents and the charts
    for number in range(1, 13):
        for lang in ("en", "ru", "kk"):
            assert parse(f"{months.name(number, lang)} 2020").iso() == f"2020-{number:02d}"
        for written in (f"9 {months.RU_GENITIVE[number - 1]} 2020", f"в {months.RU_PREPOSITIONAL[number - 1]} 2020",
                        f"{months.short(number, 'en')} 2020", f"{months.short(number, 'ru')} 2020"):
            assert parse(written).month == number, written


def test_kazakh_typed_with_russian_letters():
    # Kazakh letters are often replaced by the nearest Russian ones on a Russian keyboard.
    assert parse("кантар 2020").iso() == "2020-01"
    assert parse("желтоксан 2020").iso() == "2020-12"


UNREADABLE = ["", "   ", "foo", "June", "9 June", "13 2019", "2019!!", "19", "2019 2020",
              "June July 2019", "09.06.19", "06.09", "2019-06-09 10:00", "yesterday", "12345"]


@pytest.mark.parametrize("text", UNREADABLE)
def test_unreadable_text_is_rejected_with_a_hint(text):
    with pytest.raises(InvalidInput) as exc:
        parse(text)
    message = str(exc.value)
    assert f"'{text.strip()}'" in message
    assert "2019-06-09, June 2019, 2019 or May–June 2021" in message


@pytest.mark.parametrize("text,reason", [
    ("31.02.2019", "not a real calendar date"),
    ("32 June 2019", "not a real calendar date"),
    ("29.02.2019", "not a real calendar date"),
    ("2019-13", "no such month"),
    ("1850", "outside the years 1900–2100"),
    ("June 2021 – May 2021", "ends before it starts"),
    ("2020–2019", "ends before it starts"),
])
def test_impossible_dates_say_why(text, reason):
    with pytest.raises(InvalidInput) as exc:
        parse(text)
    assert f"'{text}'" in str(exc.value)
    assert reason in str(exc.value)


def test_leap_day_is_a_real_date():
    assert parse("29.02.2020").iso() == "2020-02-29"


@pytest.mark.parametrize("args", [
    ("2019-6",), ("19",), ("2019-06-9",), ("2019-02-30",), ("1899",), ("2101-01",),
    ("2021-06", "2021-05"), ("2021-05-10", "2021-05"), ("2021", "2021-05"), (2019,), ("",),
])
def test_constructor_validates(args):
    with pytest.raises(InvalidInput) as exc:
        PartialDate(*args)
    assert str(args[0]) in str(exc.value)


def test_equal_ends_collapse_to_a_single_date():
    assert PartialDate("2021-05", "2021-05") == PartialDate("2021-05")
    assert PartialDate("2021-05", "2021-05").date_to is None


def test_precision_start_end():
    assert PartialDate("2019").precision == "year"
    assert PartialDate("2019").start == dt.date(2019, 1, 1)
    assert PartialDate("2019").end == dt.date(2019, 12, 31)
    assert PartialDate("2020-02").end == dt.date(2020, 2, 29)
    assert PartialDate("2019-02").end == dt.date(2019, 2, 28)
    assert PartialDate("2019-06-09").start == PartialDate("2019-06-09").end == dt.date(2019, 6, 9)
    span = PartialDate("2021-05", "2021-06")
    assert span.precision == "range"
    assert (span.start, span.end) == (dt.date(2021, 5, 1), dt.date(2021, 6, 30))


def test_counting_attribution():
    year_only = PartialDate("2019")
    assert (year_only.year, year_only.month) == (2019, None)
    span = parse("May–June 2021")
    assert (span.year, span.month) == (2021, 5)  # counted once, in May
    across_years = parse("December 2020 – January 2021")
    assert (across_years.year, across_years.month) == (2020, 12)
    assert (parse("2019–2020").year, parse("2019–2020").month) == (2019, None)
    assert (parse("9 June 2019").year, parse("9 June 2019").month) == (2019, 6)


def test_contains_and_overlaps():
    span = parse("May–June 2021")
    assert span.contains(dt.date(2021, 5, 1))
    assert span.contains(dt.date(2021, 6, 30))
    assert not span.contains(dt.date(2021, 7, 1))
    assert not span.contains(dt.date(2021, 4, 30))
    assert span.overlaps(dt.date(2021, 6, 15), dt.date(2021, 12, 31))
    assert span.overlaps(dt.date(2020, 1, 1), dt.date(2021, 5, 1))
    assert not span.overlaps(dt.date(2021, 7, 1), dt.date(2021, 12, 31))
    assert span.overlaps(None, dt.date(2021, 5, 1))
    assert span.overlaps(dt.date(2021, 6, 30), None)
    assert not span.overlaps(dt.date(2021, 7, 1), None)
    assert PartialDate("2019").overlaps(dt.date(2019, 12, 31), dt.date(2020, 1, 1))


def test_ordering_by_start_then_end():
    dates = [PartialDate("2021"), PartialDate("2021-05", "2021-06"), PartialDate("2019-06-09"),
             PartialDate("2021-05"), PartialDate("2020", "2022"), PartialDate("2021-01")]
    ordered = sorted(dates)
    assert [d.iso() for d in ordered] == [
        "2019-06-09", "2020/2022", "2021-01", "2021", "2021-05", "2021-05/2021-06"]
    assert PartialDate("2021-05") < PartialDate("2021-05", "2021-06")
    assert PartialDate("2021") <= PartialDate("2021")


FORMATS = [
    # iso, en, ru, kk
    ("2019-06-09", "9 June 2019", "9 июня 2019 г.", "2019 ж. 9 маусым"),
    ("2019-06", "June 2019", "июнь 2019 г.", "2019 ж. маусым"),
    ("2019", "2019", "2019 г.", "2019 ж."),
    ("2021-05/2021-06", "May–June 2021", "май–июнь 2021 г.", "2021 ж. мамыр–маусым"),
    ("2019/2020", "2019–2020", "2019–2020 гг.", "2019–2020 жж."),
    ("2021-06-01/2021-06-15", "1–15 June 2021", "1–15 июня 2021 г.", "2021 ж. 1–15 маусым"),
    ("2021-05-01/2021-06-15", "1 May – 15 June 2021", "1 мая – 15 июня 2021 г.",
     "2021 ж. 1 мамыр – 15 маусым"),
    ("2019-03/2020-02", "March 2019 – February 2020", "март 2019 г. – февраль 2020 г.",
     "2019 ж. наурыз – 2020 ж. ақпан"),
]


@pytest.mark.parametrize("iso,en,ru,kk", FORMATS)
def test_format(iso, en, ru, kk):
    d = PartialDate.from_iso(iso)
    assert d.format() == en
    assert d.format("en") == en
    assert d.format("ru") == ru
    assert d.format("kk") == kk
    for text in (en, ru, kk):
        assert parse(text) == d


def test_format_rejects_unknown_language():
    with pytest.raises(InvalidInput):
        PartialDate("2019").format("de")


def test_from_iso_rejects_bad_text():
    for text in ["2019/2020/2021", "June 2019", "2019-06-09T10:00", ""]:
        with pytest.raises(InvalidInput):
            PartialDate.from_iso(text)


# --- properties ---------------------------------------------------------------------------------

@st.composite
def partial_iso(draw, min_day=dt.date(1900, 1, 1), max_day=dt.date(2100, 12, 31)):
    day = draw(st.dates(min_value=min_day, max_value=max_day))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@st.composite
def partial_dates(draw):
    date_from = draw(partial_iso())
    if draw(st.booleans()):
        return PartialDate(date_from)
    first = PartialDate(date_from)
    assume(first.end < dt.date(2100, 12, 31))
    date_to = draw(partial_iso(min_day=first.end + dt.timedelta(days=1)))
    assume(PartialDate(date_to).start > first.end)  # a year drawn late in a year can start earlier
    return PartialDate(date_from, date_to)


@settings(max_examples=300, deadline=None)
@given(partial_dates())
def test_iso_round_trip(d):
    assert PartialDate.from_iso(d.iso()) == d


@settings(max_examples=300, deadline=None)
@given(partial_dates(), st.sampled_from(["en", "ru", "kk"]))
def test_format_parse_round_trip(d, lang):
    assert parse(d.format(lang)) == d


@settings(max_examples=200, deadline=None)
@given(partial_dates())
def test_attribution_is_the_first_date(d):
    assert d.year == d.start.year
    assert d.month == (d.start.month if len(d.date_from) >= 7 else None)
    assert d.contains(d.start) and d.contains(d.end)
    assert d.start <= d.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.-/–, гжmayJunеиюняпоto", max_size=25) | st.text(max_size=25))
def test_parse_never_fails_with_anything_but_invalid_input(text):
    try:
        d = parse(text)
    except InvalidInput as exc:
        assert str(exc)  # a message for the user, never an empty one
    else:
        assert isinstance(d, PartialDate)
        assert PartialDate.from_iso(d.iso()) == d
