"""Passphrase strength by zxcvbn taught Russian and Kazakh words, and diceware-style suggestions."""

from __future__ import annotations

import pytest

from kkdesk.passphrase import GENERATED_WORDS, MIN_SCORE, _diceware_words, generate, strength


@pytest.mark.parametrize("weak", [
    "Password123!", "password12", "qwertyuiop", "1234567890",
    "lyubov2020", "gfhjkm123",          # любовь; "пароль" typed with the Latin layout left on
    "Almaty2023!", "qazaqstan2024!", "mahabbat777", "zhanym1990", "Нурсултан2024",
])
def test_common_passwords_and_local_words_rate_below_the_minimum(weak):
    verdict = strength(weak)
    assert verdict.score < MIN_SCORE and not verdict.acceptable, (weak, verdict)


def test_local_words_count_as_dictionary_words():
    # the same shape with random letters passes where a Kazakh word does not
    assert strength("mahabbat2024!x").score < strength("vqzhebrt2024!x").score


@pytest.mark.parametrize("strong", ["correct horse battery staple", "қызыл алма жасыл бақ тау өзен"])
def test_several_unrelated_words_pass(strong):
    assert strength(strong).acceptable


def test_empty_passphrase_scores_nothing():
    assert strength("") == strength("")
    assert strength("").score == 0 and not strength("").acceptable


def test_generated_passphrases_are_six_random_words_and_strong():
    pool = set(_diceware_words())
    assert len(pool) == 7776
    seen = set()
    for _ in range(5):
        words = generate()
        parts = words.split(" ")
        assert len(parts) == GENERATED_WORDS and set(parts) <= pool
        assert strength(words).score == 4
        seen.add(words)
    assert len(seen) == 5
