"""A database made by an older kkdesk gets the terms, aliases and labels this version ships when it
is opened, without overwriting what its users changed (tested on the released fixtures)."""

from __future__ import annotations

import shutil

import pytest

from kkdesk.records import CaseDatabase
from kkdesk.vocab import SHIPPED_META, shipped_fingerprint, shipped_vocabularies
from tests.reliability.fixtures.make_fixtures import HERE, PASSPHRASE

# Fixtures made by releases whose vocabularies predate the lawyer hierarchy (schema 6 was made after it).
OLDER = (1, 5)


def _shipped(vocab: str, code: str) -> dict:
    return next(t for t in shipped_vocabularies()[vocab] if t["code"] == code)


@pytest.mark.parametrize("version", OLDER)
def test_an_older_database_gets_the_shipped_terms_on_open(tmp_path, version):
    path = tmp_path / "old.kkdb"
    shutil.copy(HERE / f"schema-{version}.kkdb", path)
    with CaseDatabase.open(path, PASSPHRASE, migrate=False) as old:
        assert "адвокат" not in old.vocab.term("category", "lawyer").aliases, "fixture rebuilt: pick an older one"
        assert not old.vocab.exists("category", "advocate")
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        lawyer = cdb.vocab.term("category", "lawyer")
        assert lawyer.aliases == _shipped("category", "lawyer")["aliases"]
        assert cdb.vocab.term("category", "advocate").parent == "lawyer"
        assert cdb.vocab.find("category", "адвокат") == "advocate"
        assert cdb.vocab.find("category", "юрконсультант") == "legal_consultant"
        assert cdb.vocab.term("source_type", "ministry_of_justice").parent == "ministry"
        assert cdb.meta(SHIPPED_META) == shipped_fingerprint()
        # every shipped term now reads as shipped: labels, parent, aliases
        for vocab, terms in shipped_vocabularies().items():
            for t in terms:
                term = cdb.vocab.term(vocab, t["code"])
                assert (term.label_en, term.label_ru, term.label_kk, term.parent, term.aliases) == (
                    t["en"], t.get("ru", ""), t.get("kk", ""), t.get("parent"), t.get("aliases", [])), (vocab, t["code"])


def test_the_users_edits_survive_the_update(tmp_path):
    path = tmp_path / "old.kkdb"
    shutil.copy(HERE / f"schema-{OLDER[-1]}.kkdb", path)
    with CaseDatabase.open(path, PASSPHRASE, migrate=False) as old:   # edited in the older version's editor
        before = old.vocab.term("category", "lawyer")
        old.vocab.update_term("category", "lawyer", label_ru="Юристы (наш термин)",
                              aliases=[a for a in before.aliases if a != "юрист"] + ["правник", "адвокат"])
        old.vocab.update_term("source_type", "police", label_en="Police (MIA)")
        old.vocab.add_term("category", "eco_activist", "Environmental activist", "Экоактивист")
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        lawyer = cdb.vocab.term("category", "lawyer")
        assert lawyer.label_ru == "Юристы (наш термин)"                    # the user's label stays
        assert lawyer.label_en == _shipped("category", "lawyer")["en"]     # the label they did not touch follows
        assert "юрист" not in lawyer.aliases                               # removed by the user: not brought back
        assert "правник" in lawyer.aliases and "адвокат" in lawyer.aliases  # added by the user: kept
        assert "юристка" in lawyer.aliases                                  # new in this version: added
        assert "attorney" not in lawyer.aliases                             # moved to "advocate" by this version
        assert cdb.vocab.term("source_type", "police").label_en == "Police (MIA)"
        assert cdb.vocab.term("source_type", "court").aliases == _shipped("source_type", "court")["aliases"]
        assert cdb.vocab.term("category", "eco_activist").label_ru == "Экоактивист"
        entries = cdb.conn.execute("SELECT changes FROM history WHERE action = 'vocab' AND entity_uuid = 'lawyer'"
                                   " AND changes LIKE '%shipped%'").fetchall()
        assert len(entries) == 1                                            # the update is in the history
    # opened again by the same version: nothing more to do, and the user's edits still stand
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        assert not cdb.vocab.shipped_changed()
        assert cdb.vocab.term("category", "lawyer").label_ru == "Юристы (наш термин)"
        n = cdb.scalar("SELECT count(*) FROM history WHERE changes LIKE '%shipped%'")
        cdb.vocab.load_defaults()
        assert cdb.scalar("SELECT count(*) FROM history WHERE changes LIKE '%shipped%'") == n


def test_a_new_database_records_what_it_was_given(tmp_path):
    with CaseDatabase.create(tmp_path / "n.kkdb", "pass") as cdb:
        assert not cdb.vocab.shipped_changed()
        assert cdb.scalar("SELECT count(*) FROM history WHERE changes LIKE '%shipped%'") == 0
