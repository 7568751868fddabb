"""The casework part of a dossier or brief: protection actions, open follow-ups and the history of
risk assessments, frozen as rows in the document's language.

Free text goes through the document's de-identification. The public version carries no casework:
who is being relocated, guarded or assessed as at risk is not for publication.
"""

from __future__ import annotations

from dataclasses import dataclass

from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.common import ChartSpec, Context, StatSection, unit_line
from kkdesk.stats import casework as cstats
from kkdesk.util.numbers import number


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


def overview_sections(ctx: Context, date_from: str | None, date_to: str | None) -> list[StatSection]:
    """The overview's casework tables for its period: actions by type and outcome, how fast the first
    action came, and how the follow-ups due went. None when nothing of it was recorded."""
    L, cdb = ctx.lang, ctx.cdb
    actions = cstats.actions_by(cdb, ["action_type", "outcome"], date_from, date_to)
    follow = cstats.follow_ups_on_time(cdb, date_from, date_to)
    if not actions.total and not follow.total:
        return []
    rows = tuple((ctx.label("action_type", r["action_type"]), ctx.label("action_outcome", r["outcome"]), r["count"])
                 for r in actions.rows)
    per_type: dict[str, int] = {}
    for label, _, n in rows:
        per_type[label] = per_type.get(label, 0) + n
    bars = sorted(per_type.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    sections = [StatSection(
        "cw_actions", tr("t.cw_actions", L), unit_line(L, "actions"),
        (tr("cw.action", L), tr("cw.outcome", L), tr("count", L)), rows,
        ChartSpec("hbar", tuple(b[0] for b in bars), (tuple(b[1] for b in bars),)) if bars else None)]
    speed = cstats.time_to_first_action(cdb, date_from, date_to)
    def fmt(v) -> str:     # "—" when not known; a half day as "2,5" in ru and kk
        return "—" if v is None else number(v, L, 0 if float(v).is_integer() else 1)
    sections.append(StatSection(
        "cw_response", tr("t.cw_response", L), unit_line(L, "incidents"), (tr("cw.measure", L), tr("cw.value", L)),
        ((tr("cw.incidents_dated", L), fmt(speed.incidents)), (tr("cw.with_action", L), fmt(speed.with_action)),
         (tr("cw.median_days", L), fmt(speed.median_days)), (tr("cw.max_days", L), fmt(speed.max_days))),
        None, tr("cw.response_note", L)))
    f_rows = tuple((tr(f"cw.state.{r['state']}", L), r["count"]) for r in follow.rows)
    sections.append(StatSection(
        "cw_follow_ups", tr("t.cw_follow_ups", L), unit_line(L, "follow_ups"), (tr("status", L), tr("count", L)),
        f_rows, ChartSpec("hbar", tuple(r[0] for r in f_rows), (tuple(r[1] for r in f_rows),)) if follow.total else None))
    return sections
