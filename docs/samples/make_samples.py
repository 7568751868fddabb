"""Regenerate the sample documents from fictional demo data:

    .venv/bin/python docs/samples/make_samples.py

Creates a throw-away demo database in a temporary folder, writes one PDF of each kind (brief,
dossier, overview) and UN submission drafts (.docx) in docs/samples/ and renders their pages with
`pdftoppm -png -r 80` (a .docx through LibreOffice, `soffice --headless --convert-to pdf`, when it is
installed: a check only, kkdesk does not need it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kkdesk import demo  # noqa: E402
from kkdesk.reports import build_brief, build_dossier, build_overview, build_submission, write_atomically  # noqa: E402
from kkdesk.search import SearchQuery  # noqa: E402
from kkdesk.records import CaseDatabase  # noqa: E402


def _pick_incident(cdb: CaseDatabase, confidentiality: str | None = None) -> int:
    """A rich incident: several targets and threats, sources and responses."""
    where = "WHERE i.confidentiality = ?" if confidentiality else ""
    params = (confidentiality,) if confidentiality else ()
    return cdb.scalar(
        "SELECT i.id FROM incident i " + where +
        " ORDER BY (SELECT count(*) FROM threat t WHERE t.incident_id = i.id)"
        " + (SELECT count(*) FROM info_source s WHERE s.incident_id = i.id)"
        " + (SELECT count(*) FROM response r WHERE r.incident_id = i.id)"
        " + (SELECT count(*) FROM target g WHERE g.incident_id = i.id) DESC, i.id LIMIT 1", params)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cdb = CaseDatabase.create(str(Path(tmp) / "demo.kkdb"), "demo", actor="monitor-demo")
        demo.generate(cdb, incidents=400, seed=11)
        rich = _pick_incident(cdb)
        cdb.incidents.add_attachment(rich, "protocol.pdf", b"%PDF-1.4 demo evidence (fictional)", "application/pdf",
                                     "Протокол (демо)")
        person = cdb.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL GROUP BY person_id"
                            " ORDER BY count(*) DESC LIMIT 1")
        docs = {
            "brief_ru_full.pdf": build_brief(cdb, rich, "ru", "full"),
            "brief_kk_pseudonymised.pdf": build_brief(cdb, rich, "kk", "pseudonymised"),
            "brief_en_public.pdf": build_brief(cdb, _pick_incident(cdb, "public"), "en", "public"),
            "dossier_ru_full.pdf": build_dossier(cdb, person_id=person, lang="ru", profile="full"),
            "dossier_en_pseudonymised.pdf": build_dossier(cdb, person_id=person, lang="en", profile="pseudonymised"),
            "overview_kk_2019.pdf": build_overview(cdb, SearchQuery(date_from="2019-01-01", date_to="2019-12-31"),
                                                   "kk", "full", pdfa=True),
            "overview_en_all_public.pdf": build_overview(cdb, None, "en", "public"),
            "submission_en_pseudonymised.docx": build_submission(cdb, SearchQuery(date_from="2020", date_to="2023"),
                                                                 "en", "pseudonymised"),
            "submission_ru_coalition_public.docx": build_submission(
                cdb, SearchQuery(date_from="2020", date_to="2023"), "ru", "public", coalition=True),
        }
        cdb.close()
    for old in HERE.glob("*.png"):
        old.unlink()
    for name, data in docs.items():
        write_atomically(HERE / name, data)
        stem = name.rsplit(".", 1)[0]
        pdf = HERE / name
        if name.endswith(".docx"):
            if not shutil.which("soffice"):
                print(f"{name}: no LibreOffice (soffice) to render its pages; the .docx is written")
                continue
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                                "--convert-to", "pdf", "--outdir", tmp, str(pdf)], check=True, capture_output=True)
                pdf = Path(tmp) / f"{stem}.pdf"
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-l", "12", str(pdf), str(HERE / stem)], check=True)
            continue
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-l", "12", str(pdf), str(HERE / stem)], check=True)


if __name__ == "__main__":
    main()
