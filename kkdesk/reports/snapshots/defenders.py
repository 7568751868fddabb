"""The overview's sections on who was threatened, as the lawyers overview publishes them: a category's
kinds (lawyers: advocates and legal consultants), organisations by kind, sources grouped with
subtotals ("ministries — 17"), persons with repeated threats by gender and by category, and one bar per
defender. Each section is its own function over kkdesk.stats; overview.py places them."""

from __future__ import annotations

from kkdesk import stats
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.common import ChartSpec, Context, StatSection, unit_line
from kkdesk.util.numbers import number

INDENT = "\u2003· "   # a child row under its group, kept visible in the PDF text


def _desc(rows: list[tuple]) -> list[tuple]:
    """(label, count) rows, largest first, then by label."""
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def subcategory_sections(ctx: Context, q) -> list[StatSection]:
    """For each category with child categories in the data (lawyer -> advocate, legal consultant):
    its persons and threats per child, the parent itself as "kind not recorded", and the total."""
    cdb, L = ctx.cdb, ctx.lang
    persons = stats.count_by(cdb, ["category_group", "category"], "persons", q)
    threats = stats.count_by(cdb, ["category_group", "category"], "threats", q)
    per_t = {(r["category_group"], r["category"]): r["count"] for r in threats.rows}
    out = []
    parents = sorted({r["category_group"] for r in persons.rows + threats.rows
                      if r["category_group"] and r["category"] != r["category_group"]})
    for parent in parents:
        children = [r for r in persons.rows if r["category_group"] == parent]
        rows = []
        for r in children:
            child = r["category"]
            name = (tr("unspecified", L, parent=ctx.label("category", parent)) if child == parent
                    else ctx.label("category", child))
            rows.append((name, r["count"], per_t.get((parent, child), 0)))
        rows.sort(key=lambda r: (r[0] == tr("unspecified", L, parent=ctx.label("category", parent)), -r[1], r[0]))
        total_p = stats.count_by(cdb, ["category_group"], "persons", q).value(category_group=parent)
        total_t = stats.count_by(cdb, ["category_group"], "threats", q).value(category_group=parent)
        rows.append((tr("total", L), total_p, total_t))
        shown = rows[:-1]
        out.append(StatSection(
            f"sub_{parent}", tr("t.subcategories", L, parent=ctx.label("category", parent)),
            unit_line(L, "persons_threats"), (tr("category", L), tr("persons", L), tr("threats", L)), tuple(rows),
            ChartSpec("hbar", tuple(r[0] for r in shown), (tuple(r[1] for r in shown), tuple(r[2] for r in shown)),
                      (tr("persons", L), tr("threats", L))) if shown else None,
            note=tr("category_roll_up", L)))
    return out


def org_kind_section(ctx: Context, q) -> StatSection:
    """Organisations threatened, by kind (bar associations, legal consulting firms, …), with their threats."""
    cdb, L = ctx.cdb, ctx.lang
    orgs = stats.count_by(cdb, ["org_kind"], "organisations", q)
    threats = {r["org_kind"]: r["count"]
               for r in stats.count_by(cdb, ["org_kind", "target_kind"], "threats", q).rows
               if r["target_kind"] == "organisation"}
    rows = sorted(((ctx.label("org_kind", r["org_kind"]) or tr("not_recorded", L), r["count"],
                   threats.get(r["org_kind"], 0)) for r in orgs.rows), key=lambda r: (-r[1], r[0]))
    if len(rows) > 1:
        rows.append((tr("total", L), orgs.total, sum(threats.values())))
    shown = [r for r in rows if r[0] != tr("total", L)]
    return StatSection(
        "by_org_kind", tr("t.by_org_kind", L), unit_line(L, "organisations_threats"),
        (tr("kind", L), tr("organisations", L), tr("threats", L)), tuple(rows),
        ChartSpec("hbar", tuple(r[0] for r in shown), (tuple(r[1] for r in shown),)) if shown else None)


def source_group_section(ctx: Context, q) -> StatSection:
    """Sources by group with subtotals: "Ministries — 17" and under it each ministry; a source
    without a group stands alone. Threats; a group counts a threat once."""
    cdb, L = ctx.cdb, ctx.lang
    pairs = stats.count_by(cdb, ["source_group", "source"], "threats", q)
    groups = stats.count_by(cdb, ["source_group"], "threats", q)
    children: dict[str, list[tuple[str, int]]] = {}
    for r in pairs.rows:
        if r["source_group"] and r["source"] != r["source_group"]:
            children.setdefault(r["source_group"], []).append((ctx.label("source_type", r["source"]), r["count"]))
    top = sorted(((ctx.label("source_type", r["source_group"]) or tr("not_recorded", L), r["count"], r["source_group"])
                  for r in groups.rows), key=lambda r: (r[2] is None, -r[1], r[0]))   # "not recorded" last
    rows: list[tuple[str, int]] = []
    for name, count, code in top:
        rows.append((name, count))
        for child, n in _desc(children.get(code, [])):
            rows.append((INDENT + child, n))
    shown = top[:20]
    return StatSection(
        "by_source_group", tr("t.by_source_group", L), unit_line(L, "threats"), (tr("source", L), tr("count", L)),
        tuple(rows), ChartSpec("hbar", tuple(r[0] for r in shown), (tuple(r[1] for r in shown),)) if shown else None,
        note=tr("group_note", L) + " " + tr("multi_valued", L))


def repeated_sections(ctx: Context, q, min_incidents: int = 2) -> list[StatSection]:
    """Persons threatened repeatedly (in two incidents or more) by gender and by category: persons,
    and the fewest to most incidents one of them suffered ("7 men (2–5 times)")."""
    cdb, L = ctx.cdb, ctx.lang
    out = []
    for by, vocab, key in (("gender", "gender", "repeated_by_gender"), ("category", "category", "repeated_by_category")):
        t = stats.repeated_by(cdb, by, q, min_incidents)
        rows = sorted(((ctx.label(vocab, r[by]) or tr("not_recorded", L), r["persons"],
                       f"{r['least']}–{r['most']}" if r["least"] != r["most"] else str(r["least"])) for r in t.rows),
                      key=lambda r: (-r[1], r[0]))
        if rows:
            rows.append((tr("total", L), t.total, ""))
        shown = rows[:-1]
        out.append(StatSection(
            key, tr(f"t.{key}", L), unit_line(L, "persons"),
            (tr(by, L), tr("persons", L), tr("times", L)), tuple(rows),
            ChartSpec("hbar" if by == "category" else "pie", tuple(r[0] for r in shown),
                      (tuple(r[1] for r in shown),)) if shown else None,
            note=tr("repeated_note", L)))
    return out


def per_defender_section(ctx: Context, q, most: int = 100) -> StatSection:
    """One bar per person: the threats each received, most first, the `most` most threatened at most
    (a large period would otherwise add pages of single threats). The bars are numbered; the table
    names each person as the profile allows (the name, or the pseudonym code)."""
    L = ctx.lang
    per = stats.duration_under_threat(ctx.cdb, q)
    shown = per.most_threatened(most)
    ctx.load_names([r["person_id"] for r in shown])
    rows = tuple((f"{n}. {ctx.person_short(r['person_id'])}", r["threats"]) for n, r in enumerate(shown, start=1))
    note = tr("per_defender_more", L, shown=number(len(shown), L), all=number(len(per), L)) \
        if len(per) > len(shown) else ""
    return StatSection(
        "per_defender", tr("t.per_defender", L), unit_line(L, "threats"), (tr("defender", L), tr("threats", L)), rows,
        ChartSpec("vbar", tuple(str(n) for n in range(1, len(rows) + 1)), (tuple(r[1] for r in rows),))
        if rows else None, note=note)
