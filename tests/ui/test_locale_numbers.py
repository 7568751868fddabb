"""The interface writes numbers with QLocale, the documents and the command line with
kkdesk.util.numbers: both must give the same text in every language."""

from __future__ import annotations

import pytest

from kkdesk.util.numbers import number
from kkdesk.ui import i18n


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_interface_and_core_write_numbers_alike(qapp, lang):
    i18n.set_language(lang)
    try:
        for value in (0, 7, 999, 1000, 3001, 20456, 1234567):
            assert i18n.number(value) == number(value, lang)
        assert i18n.number(47.25, 1) == number(47.25, lang, 1)
        assert i18n.number(0.5, 2) == number(0.5, lang, 2)
    finally:
        i18n.set_language("en")
