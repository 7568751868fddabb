"""The closest terms offered for an unmapped value are named in the report's language (the wizard
shows the report in Russian or Kazakh): no English term labels in a ru/kk report."""

from __future__ import annotations

import pytest

from kkdesk.importer import read_table, suggest_mapping, validate
from kkdesk.records import CaseDatabase

from . import legacy


@pytest.fixture
def planned(tmp_path):
    path = legacy.write_csv(tmp_path / "sheet.csv", "utf-8")
    with CaseDatabase.create(tmp_path / "plans.kkdb", "closest terms passphrase", actor="test") as cdb:
        table = read_table(path)
        yield cdb, table


def test_closest_terms_of_an_unmapped_value_are_in_the_report_language(planned):
    cdb, table = planned
    plan = validate(cdb, table, suggest_mapping(cdb, table))
    (u,) = [u for u in plan.unmapped if u.value == "дисциплинарное преследование"]
    codes = [m.key for m in u.closest]
    assert "professional.disciplinary_complaint" in codes
    for lang in ("ru", "kk"):
        line = next(x for x in plan.report(lang).splitlines() if "дисциплинарное преследование" in x)
        for code in codes:
            assert f"{cdb.vocab.label('threat_type', code, lang)} [{code}]" in line
            assert f"{cdb.vocab.label('threat_type', code, 'en')} [" not in line
    line = next(x for x in plan.report("en").splitlines() if "дисциплинарное преследование" in x)
    assert f"{cdb.vocab.label('threat_type', codes[0], 'en')} [{codes[0]}]" in line


def test_closest_terms_of_an_unknown_mapping_target_are_in_the_report_language(planned):
    cdb, table = planned
    mapping = suggest_mapping(cdb, table)
    mapping.values.setdefault("threat_type", {})["дисциплинарное преследование"] = "дисциплинарная жалобаа"
    plan = validate(cdb, table, mapping)
    lines = [x for x in plan.report("ru").splitlines() if "дисциплинарная жалобаа" in x]
    assert lines and "[professional.disciplinary_complaint]" in lines[0]
    assert cdb.vocab.label("threat_type", "professional.disciplinary_complaint", "en") not in lines[0]
