"""Import of legacy spreadsheets (CSV, XLSX) and of kkdesk's own JSON export.

The steps, each usable alone (the GUI wizard shows one per page):

    table = read_table(path)                  # RawTable; ImportFileError for unreadable files
    mapping = suggest_mapping(cdb, table)     # Mapping; editable, Mapping.save/load(path)
    plan = validate(cdb, table, mapping)      # ImportPlan: problems by row and column, records
    result = apply(cdb, plan, progress=None)  # ImportResult; one transaction, all or nothing

FIELDS lists what a column can map to (with plain labels); docs/import-mapping.md documents the
mapping file. kkdesk's JSON export goes through read_json_export / validate_json / apply_json.
"""

from kkdesk.importer.apply import ImportResult, apply
from kkdesk.importer.fields import FIELDS, FieldSpec
from kkdesk.importer.json_import import (
    JsonImportPlan,
    JsonImportResult,
    apply_json,
    import_json,
    is_json_export,
    read_json_export,
    validate_json,
)
from kkdesk.importer.mapping import Mapping, suggest_field, suggest_mapping, suggest_value
from kkdesk.importer.plan import ImportPlan, Problem, validate
from kkdesk.importer.reader import ImportFileError, RawTable, read_table

__all__ = ["FIELDS", "FieldSpec", "ImportFileError", "ImportPlan", "ImportResult", "JsonImportPlan",
           "JsonImportResult", "Mapping", "Problem", "RawTable", "apply", "apply_json", "import_json",
           "is_json_export", "read_json_export", "read_table", "suggest_field", "suggest_mapping", "suggest_value",
           "validate", "validate_json"]
