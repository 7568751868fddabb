"""Case brief renderer: one incident, from a BriefSnapshot only (no database access)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from kkdesk.reports.i18n import tr
from kkdesk.reports.pdf import casework, document
from kkdesk.reports.pdf.blocks import data_table, facts, gap, para
from kkdesk.reports.pdf.styles import facts_style
from kkdesk.reports.snapshots.brief import BriefSnapshot


def _header(s: BriefSnapshot) -> list:
    L = s.lang
    left = [para(tr("brief", L), "title"), para(s.title, "subtitle")]
    right = [para(s.marking, "mark"), para(s.ref, "mark")]
    t = Table([[left, right]], colWidths=[document.FRAME_W * 0.68, document.FRAME_W * 0.32])
    t.setStyle(facts_style())
    return [t, gap(2)]


def _targets(s: BriefSnapshot) -> list:
    L = s.lang
    out = [para(tr("targets", L), "h1")]
    if not s.targets:
        return out + [para(tr("none", L))]
    for n, target in enumerate(s.targets, start=1):
        head = f"{n}. {target.kind}: {target.name}"
        if target.category:
            head += f" — {target.category}"
        block = [para(head, "h2")]
        for k, th in enumerate(target.threats, start=1):
            rows = [(tr("threat_type", L), th.threat_type + (f" ({th.group})" if th.group else ""))]
            if th.sources:
                rows.append((tr("sources", L), th.sources))
            if th.articles:
                rows.append((tr("articles", L), "\n".join(th.articles)))
            if th.outcome:
                rows.append((tr("outcome", L), th.outcome))
            if th.criteria:
                rows.append((tr("criteria", L), th.criteria))
            if th.notes:
                rows.append((tr("notes", L), th.notes))
            block.append(para(f"{tr('threat', L)} {n}.{k}", "label"))
            block.append(facts(rows, label_width=36 * mm))
            block.append(gap(1.5))
        if not target.threats:
            block.append(para(tr("none", L)))
        out.append(KeepTogether(block[:3]))
        out.extend(block[3:])
    return out


def flowables(s: BriefSnapshot) -> list:
    L = s.lang
    story = _header(s)
    story.append(para(tr("facts", L), "h1"))
    story.append(facts(s.facts))
    story += _targets(s)
    story.append(para(tr("narrative", L), "h1"))
    story.append(para(s.narrative or tr("none", L)))
    story.append(para(tr("info_sources", L), "h1"))
    if s.info_sources:
        # outlet and address share one wide cell so that addresses stay on one line where they can
        rows = [("\n".join(x for x in (outlet, url, notes) if x), pub, acc, rel)
                for outlet, url, pub, acc, rel, notes in s.info_sources]
        story.append(data_table([f"{tr('outlet', L)} / {tr('url', L)}", tr("published", L), tr("accessed", L),
                                 tr("reliability", L)], rows, [0.55, 0.16, 0.16, 0.13], lang=L))
    else:
        story.append(para(tr("none", L)))
    story.append(para(tr("responses", L), "h1"))
    if s.responses:
        rows = [(action, date, result + (f"\n{notes}" if notes else ""), ref)
                for action, date, result, ref, notes in s.responses]
        story.append(data_table([tr("response_type", L), tr("date", L), tr("result", L), tr("reference", L)],
                                rows, [0.28, 0.16, 0.34, 0.22], lang=L))
    else:
        story.append(para(tr("none", L)))
    if s.related:
        story.append(para(tr("related", L), "h1"))
        story.append(data_table([tr("relation", L), tr("ref", L), tr("date", L), tr("title", L)], s.related,
                                [0.24, 0.22, 0.16, 0.38], lang=L))
    story += casework.flowables(s.casework, L, with_assessments=False)
    story.append(para(tr("attachments", L), "h1"))
    if s.attachments:
        story.append(data_table([tr("filename", L), tr("size", L), tr("sha256", L), tr("description", L)],
                                s.attachments, [0.22, 0.12, 0.40, 0.26],
                                cell_styles=["cell", "cell_num", "cell_mono", "cell"], lang=L))
    else:
        story.append(para(tr("withheld" if s.attachments_withheld else "none", L)))
    story.append(para(tr("history", L), "h1"))
    if s.history and not any(row[1] for row in s.history):  # actors withheld: no empty column
        story.append(data_table([tr("when", L), tr("action", L), tr("fields", L)],
                                [(w, a, f) for w, _, a, f in s.history], [0.25, 0.25, 0.5], lang=L))
    elif s.history:
        story.append(data_table([tr("when", L), tr("who", L), tr("action", L), tr("fields", L)], s.history,
                                [0.22, 0.18, 0.18, 0.42], lang=L))
    else:
        story.append(para(tr("none", L)))
    return story


def render(s: BriefSnapshot, pdfa: bool = False) -> bytes:
    frame = document.PageFrame(
        header=f"{tr('brief', s.lang)} · {s.ref}", marking=s.marking,
        footer_left=f"{s.generated} · {tr('language', s.lang)} · {tr('version', s.lang, profile=tr('profile.' + s.profile, s.lang))}",
        page_pattern=tr("page", s.lang))
    return document.render(flowables(s), frame, pdfa=pdfa)
