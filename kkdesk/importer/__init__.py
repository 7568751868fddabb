"""Import of legacy spreadsheets (CSV, XLSX) and of kkdesk's own JSON export.

The steps, each usable alone (the GUI wizard shows one per page):

    table = read_table(path)                  # RawTable; ImportFileError for unreadable files
    mapping = suggest_mapping(cdb, table)     # Mapping; editable, Mapping.save/load(path)
    plan = validate(cdb, table, mapping)      # ImportPlan: problems by row and column, records
    result = apply(cdb, plan, progress=None)  # ImportResult; one transaction, all or nothing
"""

from kkdesk.importer.apply import ImportResult, apply
from kkdesk.importer.mapping import Mapping, suggest_mapping
from kkdesk.importer.plan import ImportPlan, Problem, validate
from kkdesk.importer.reader import ImportFileError, RawTable, read_table

__all__ = ["ImportFileError", "ImportPlan", "ImportResult", "Mapping", "Problem", "RawTable", "apply",
           "read_table", "suggest_mapping", "validate"]
