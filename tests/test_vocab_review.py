"""Uncertain Russian and Kazakh labels: marked "review" in the shipped vocabularies, listed for the
coordinator until someone corrects or confirms them (settled through the term's history, no column)."""

from __future__ import annotations

from kkdesk.records import CaseDatabase
from kkdesk.vocab import shipped_review_flags


def _listed(cdb) -> set[tuple[str, str, str]]:
    return {(i.term.vocab, i.term.code, i.lang) for i in cdb.vocab.labels_to_review()}


def test_flagged_labels_are_listed_until_corrected_or_confirmed(tmp_path, passphrase):
    path = tmp_path / "review.kkdb"
    flags = shipped_review_flags()
    assert ("criterion", "scale.singular") in flags and flags[("criterion", "scale.singular")] == ["ru", "kk"]
    expected = {(v, c, lang) for (v, c), langs in flags.items() for lang in langs}
    with CaseDatabase.create(path, passphrase) as cdb:
        assert _listed(cdb) == expected
        item = next(i for i in cdb.vocab.labels_to_review() if i.term.code == "scale.singular" and i.lang == "kk")
        assert item.term.label("kk") == "Жеке (бір нысанға қатысты)"
        # correcting the Kazakh label settles the Kazakh one only
        cdb.vocab.update_term("criterion", "scale.singular", label_kk="Жеке (бір нысан)")
        assert ("criterion", "scale.singular", "kk") not in _listed(cdb)
        assert ("criterion", "scale.singular", "ru") in _listed(cdb)
        # a native speaker keeps a label as it is
        cdb.vocab.confirm_label("aim", "deterrence", "kk")
        assert ("aim", "deterrence", "kk") not in _listed(cdb)
        # a newer version's labels arriving do not bring settled labels back
        cdb.vocab.load_defaults()
        left = _listed(cdb)
    assert left == expected - {("criterion", "scale.singular", "kk"), ("aim", "deterrence", "kk")}
    with CaseDatabase.open(path, passphrase) as cdb:      # it is all in the file
        assert _listed(cdb) == left
        assert cdb.vocab.label("criterion", "scale.singular", "kk") == "Жеке (бір нысан)"
