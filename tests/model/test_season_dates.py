"""Seasons as monitors write them in legacy sheets ("весна 2023", "2021 ж. күзі", "summer 2020") read as
the season's three months; winter spans two years and stays unreadable (write the months)."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import parse


@pytest.mark.parametrize("text,iso", [
    ("весна 2023", "2023-03/2023-05"),
    ("Весной 2023 г.", "2023-03/2023-05"),
    ("лето 2020", "2020-06/2020-08"),
    ("осень 2019 года", "2019-09/2019-11"),
    ("осенью 2019", "2019-09/2019-11"),
    ("көктем 2022", "2022-03/2022-05"),
    ("2021 ж. күзі", "2021-09/2021-11"),
    ("2021 жылдың жазы", "2021-06/2021-08"),
    ("Spring 2023", "2023-03/2023-05"),
    ("autumn 2018", "2018-09/2018-11"),
])
def test_a_season_reads_as_its_three_months(text, iso):
    assert parse(text).iso() == iso


@pytest.mark.parametrize("text", ["зима 2023", "winter 2023", "весна", "весна 2023 2024", "весна лето 2023",
                                  "весна 1850"])
def test_winter_and_seasons_without_one_year_stay_unreadable(text):
    with pytest.raises(InvalidInput):
        parse(text)
