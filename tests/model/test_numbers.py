"""Numbers as each language writes them (CLDR): digit groups, decimal sign, percent."""

from __future__ import annotations

import pytest

from kkdesk.util.numbers import number, percent

NBSP = "\u00a0"


@pytest.mark.parametrize("lang, thousands, big, share, pct", [
    ("en", "3,001", "1,234,567", "47.3", "47.3%"),
    ("ru", f"3{NBSP}001", f"1{NBSP}234{NBSP}567", "47,3", f"47,3{NBSP}%"),
    ("kk", f"3{NBSP}001", f"1{NBSP}234{NBSP}567", "47,3", "47,3%"),
])
def test_groups_decimals_and_percent_follow_the_language(lang, thousands, big, share, pct):
    assert number(3001, lang) == thousands
    assert number(1234567, lang) == big
    assert number(47.25, lang, 1) == share
    assert percent(47.25, lang) == pct
    assert number(999, lang) == "999"          # no group below a thousand
    assert number(0, lang) == "0"


def test_a_whole_number_rounds_and_a_negative_keeps_its_sign():
    assert number(2.6, "ru") == "3"
    assert number(-12345, "en") == "-12,345"


def test_an_unknown_language_is_a_programming_error():
    with pytest.raises(ValueError):
        number(1, "de")
