"""The casework part of a dossier or brief: protection actions, open follow-ups and the history of
risk assessments, frozen as rows in the document's language.

Free text goes through the document's de-identification. The public version carries no casework:
who is being relocated, guarded or assessed as at risk is not for publication.
"""

from __future__ import annotations

from dataclasses import dataclass

from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.common import Context


@dataclass(frozen=True)
class CaseworkSection:
    actions_header: tuple[str, ...]
    actions: tuple[tuple[str, ...], ...]        # type, who acted, dates, status, outcome, notes
    follow_ups_header: tuple[str, ...]
    follow_ups: tuple[tuple[str, ...], ...]     # due, kind, title, owner
    assessments_header: tuple[str, ...]
    assessments: tuple[tuple[str, ...], ...]    # date, level, factors, reason and answers
    included: bool = True                       # False in the public version

    @property
    def empty(self) -> bool:
        return not (self.actions or self.follow_ups or self.assessments)


def gather_casework(ctx: Context, *, person_id: int | None = None, organisation_id: int | None = None,
                    incident_id: int | None = None) -> CaseworkSection:
    L, deid, cw = ctx.lang, ctx.deid, ctx.cdb.casework
    headers = dict(
        actions_header=(tr("cw.action", L), tr("cw.who_acted", L), tr("cw.dates", L), tr("status", L),
                        tr("cw.outcome", L), tr("notes", L)),
        follow_ups_header=(tr("cw.due", L), tr("cw.follow_up", L), tr("title", L), tr("cw.owner", L)),
        assessments_header=(tr("date", L), tr("risk_level", L), tr("cw.factors", L), tr("cw.assessment", L)))
    if deid.public:
        return CaseworkSection(actions=(), follow_ups=(), assessments=(), included=False, **headers)
    subject = dict(person_id=person_id, organisation_id=organisation_id, incident_id=incident_id)
    actions = []
    for a in cw.actions(**subject):
        if a.actor and (deid.full or a.actor_kind == "partner"):
            who = deid.text(a.actor)
        else:  # a team member's name stays inside the organisation
            who = tr(f"cw.{a.actor_kind}", L)
        dates = " – ".join(x for x in (ctx.day(a.requested_on or a.started_on), ctx.day(a.ended_on)) if x)
        actions.append((ctx.label("action_type", a.action_type), who, dates, ctx.label("action_status", a.status),
                        ctx.label("action_outcome", a.outcome), deid.text(a.notes)))
    follow_ups = [(ctx.day(f.due_on), ctx.label("followup_kind", f.kind), deid.text(f.title),
                   deid.text(f.owner) if deid.full else "")
                  for f in cw.follow_ups(**subject, open_only=True)]
    assessments = []
    if person_id is not None:
        for r in cw.assessments(person_id):
            answers = [(tr(f"cw.q.{q}", L), getattr(r, q)) for q in ("facts", "pattern", "objective",
                                                                         "perpetrator", "feasibility", "reason")]
            text = "; ".join(f"{k}: {deid.text(v)}" for k, v in answers if v)
            assessments.append((ctx.day(r.assessed_on), ctx.label("risk_level", r.level),
                                ctx.labels("risk_factor", r.factors), text))
    return CaseworkSection(actions=tuple(actions), follow_ups=tuple(follow_ups),
                           assessments=tuple(assessments), **headers)
