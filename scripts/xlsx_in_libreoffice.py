"""Open an XLSX export in LibreOffice (headless) and check what an analyst would see:

    apt-get install -y -q libreoffice-calc-nogui     # once; not needed by the test suite
    .venv/bin/python scripts/xlsx_in_libreoffice.py

Makes a throw-away demo database, exports it as XLSX in Russian, lets LibreOffice convert every
sheet to CSV "as shown", and checks that days known to the day come out in the cell's date format
(dd.mm.yyyy, so LibreOffice holds a date, not text), partial dates stay text, and a title that looks like a formula is shown as written instead of being run.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kkdesk import demo  # noqa: E402
from kkdesk.model.dates import PartialDate  # noqa: E402
from kkdesk.model.entities import Incident  # noqa: E402
from kkdesk.reports import export  # noqa: E402
from kkdesk.records import CaseDatabase  # noqa: E402

# field separator ;, quote ", UTF-8, from line 1, no special detection, cells "as shown", every sheet
_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1"


def main() -> int:
    if not shutil.which("soffice"):
        print("soffice not found: apt-get install -y -q libreoffice-calc-nogui")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cdb = CaseDatabase.create(str(tmp / "demo.kkdb"), "demo", actor="check")
        demo.generate(cdb, incidents=120, seed=3)
        evil = cdb.incidents.save(Incident(title="=1+1", date=PartialDate("2020-01-02"), region="almaty"))
        days = {r: d for r, d in cdb.conn.execute("SELECT ref, date_from FROM incident WHERE date_to IS NULL")}
        export(cdb, "xlsx", tmp / "cases.xlsx", "full", lang="ru")
        cdb.close()
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        _FILTER, str(tmp / "cases.xlsx"), "--outdir", str(tmp / "out")], check=True,
                       capture_output=True)
        sheet = tmp / "out" / "cases-Инциденты.csv"
        rows = list(csv.reader(sheet.open(encoding="utf-8"), delimiter=";"))
        head = rows[0]
        date, title = head.index("Дата"), head.index("Название инцидента")
        checked = 0
        for row in rows[1:]:
            stored = days.get(row[0])
            if stored and len(stored) == 10:
                y, m, d = stored.split("-")
                assert row[date] == f"{d}.{m}.{y}", (row[0], row[date])   # a date cell in its format
                checked += 1
            elif stored:
                assert row[date] == stored, (row[0], row[date])            # partial: the text itself
        assert any(r[0] == evil.ref and r[title] == "=1+1" for r in rows[1:]), "formula-like title changed"
        print(f"LibreOffice shows {checked} day-precise dates as dates (dd.mm.yyyy), partial dates as text, "
              f"and '=1+1' as written; sheets: "
              f"{', '.join(sorted(p.stem.split('-', 1)[1] for p in (tmp / 'out').glob('*.csv')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
