"""Defender dossier renderer: profile, time under threat, counts by type and source, timeline —
from a DossierSnapshot only."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Table

from kkdesk.reports.i18n import tr
from kkdesk.reports.pdf import casework, document
from kkdesk.reports.pdf.blocks import data_table, facts, gap, para, wrapped_table
from kkdesk.reports.pdf.charts import chart
from kkdesk.reports.pdf.styles import facts_style
from kkdesk.reports.snapshots.dossier import DossierSnapshot

CHUNK = 200


def _counts(sec, lang: str) -> list:
    head = [para(sec.title, "h1"), para(sec.unit, "note")]
    if not sec.rows:
        return [KeepTogether(head + [para("—")])]
    body = [chart(sec.chart, document.FRAME_W - 2, lang), gap(2),
            data_table(list(sec.header), sec.rows, [0.6, 0.16], cell_styles=["cell", "cell_num"], lang=lang)]
    if sec.note:
        body.append(para(sec.note, "note"))
    return [KeepTogether(head + body[:2])] + body[2:]   # the heading stays with its diagram


def flowables(s: DossierSnapshot) -> list:
    L = s.lang
    left = [para(tr("dossier", L), "title"), para(f"{s.kind}: {s.name}", "subtitle")]
    right = [para(s.marking, "mark"), para(s.code, "mark")]
    head = Table([[left, right]], colWidths=[document.FRAME_W * 0.7, document.FRAME_W * 0.3])
    head.setStyle(facts_style())
    story = [head, para(tr("profile", L), "h1"), facts([(k, v) for k, v in s.profile_facts if v])]
    story.append(para(tr("duration", L), "h1"))
    story.append(facts(s.duration) if s.duration else para(tr("none", L)))
    story += casework.flowables(s.casework, L, with_assessments=s.is_person)
    story += _counts(s.by_type, L)
    story += _counts(s.by_source, L)
    story.append(para(tr("timeline", L), "h1"))
    if not s.timeline:
        story.append(para(tr("none", L)))
    widths = [0.14, 0.16, 0.10, 0.26, 0.18, 0.16]
    for start in range(0, len(s.timeline), CHUNK):
        story.append(wrapped_table(list(s.timeline_header), s.timeline[start:start + CHUNK], widths))
    return story


def render(s: DossierSnapshot, pdfa: bool = False) -> bytes:
    frame = document.PageFrame(
        header=f"{tr('dossier', s.lang)} · {s.code}", marking=s.marking,
        footer_left=f"{s.generated} · {tr('language', s.lang)} · "
                    f"{tr('version', s.lang, profile=tr('profile.' + s.profile, s.lang))}",
        page_pattern=tr("page", s.lang))
    return document.render(flowables(s), frame, pdfa=pdfa)
