"""The casework block of a dossier or brief, from a CaseworkSection only."""

from __future__ import annotations

from kkdesk.reports.i18n import tr
from kkdesk.reports.pdf.blocks import para, wrapped_table
from kkdesk.reports.snapshots.casework import CaseworkSection


def flowables(s: CaseworkSection, lang: str, with_assessments: bool) -> list:
    """Actions, open follow-ups and (for a person) the risk history; nothing in the public version."""
    if not s.included:
        return []
    story = [para(tr("cw.actions", lang), "h1")]
    story.append(wrapped_table(list(s.actions_header), s.actions, [0.17, 0.15, 0.16, 0.12, 0.14, 0.26])
                 if s.actions else para(tr("none", lang)))
    story.append(para(tr("cw.follow_ups", lang), "h1"))
    story.append(wrapped_table(list(s.follow_ups_header), s.follow_ups, [0.16, 0.22, 0.42, 0.20])
                 if s.follow_ups else para(tr("none", lang)))
    if with_assessments:
        story.append(para(tr("cw.risk_history", lang), "h1"))
        story.append(wrapped_table(list(s.assessments_header), s.assessments, [0.14, 0.12, 0.26, 0.48])
                     if s.assessments else para(tr("none", lang)))
    return story
