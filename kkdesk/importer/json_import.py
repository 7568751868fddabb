"""Import of kkdesk's own JSON export (docs/json-export-format.md): uuids kept, so importing it
again, or into the database it came from, doubles nothing.

Records are matched by uuid: a record not here is created; one with the same content is left
alone; one that differs is replaced only when the file's revision is higher, else the local
version is kept (and counted). Vocabulary terms not here are added; differing labels stay as
they are here. Validation is a full trial run inside a transaction that is rolled back, so the
report lists exactly what the real run will meet; the real run is one transaction.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.messages import CATALOGUE, Message, msg, render
from kkdesk.progress import Progress, ensure
from kkdesk.vocab import vocab_name

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

FORMAT = "kkdesk-export"
VERSION = 1
MAX_JSON_BYTES = 1024 * 1024 * 1024
_CASEWORK = (("protection_actions", "protection_action"), ("follow_ups", "follow_up"),
             ("risk_assessments", "risk_assessment"))
# review steps and links (schema 7): written after the records they name
_LINKS = (("review_steps", "review_step"), ("incident_links", "incident_link"),
          ("person_org_links", "person_org_link"), ("same_persons", "person_same"))
_KINDS = ("terms", "organisations", "persons", "incidents", *(kind for kind, _ in _CASEWORK),
          *(kind for kind, _ in _LINKS))


def is_json_export(path: str | os.PathLike) -> bool:
    """True when the file starts (after blanks) with '{': a JSON document, not a spreadsheet."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"{")


def read_json_export(path: str | os.PathLike) -> dict:
    """The export as a dict; InvalidInput when it is not a readable kkdesk export of a known version."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise InvalidInput("read.no_file")
    if os.path.getsize(path) > MAX_JSON_BYTES:
        raise InvalidInput("json.too_large")
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except UnicodeDecodeError:
        raise InvalidInput("json.not_utf8") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput("json.invalid", line=exc.lineno) from None
    except RecursionError:
        raise InvalidInput("json.too_deep") from None
    return check_export(data)


def check_export(data) -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput("json.not_export")
    if data.get("version") != VERSION:
        raise InvalidInput("json.version", found=repr(data.get("version")), version=str(VERSION))
    for kind in ("organisations", "persons", "incidents", *(k for k, _ in _CASEWORK), *(k for k, _ in _LINKS)):
        if not isinstance(data.get(kind, []), list) or not all(isinstance(r, dict) for r in data.get(kind, [])):
            raise InvalidInput("json.kind_not_list", kind=kind)
    vocabs = data.get("vocabularies", {})
    if not isinstance(vocabs, dict) or not all(isinstance(v, list) and all(isinstance(t, dict) for t in v)
                                               for v in vocabs.values()):
        raise InvalidInput("json.vocabularies_shape")
    return data


@dataclass
class JsonImportResult:
    source: str
    profile: str = "full"
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    kept_local: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    attachments: int = 0

    def summary(self, lang: str = "en") -> str:
        return render(self.summary_message(), lang)

    def summary_message(self) -> Message:
        def part(d):
            return [msg("json.summary.part", kind=_kind(k), count=d[k]) for k in _KINDS if d[k]] or msg("json.summary.none")

        return msg("json.summary", created=part(self.created), updated=part(self.updated),
                   unchanged=part(self.unchanged), kept=part(self.kept_local), attachments=self.attachments)


@dataclass
class JsonImportPlan:
    source: str
    data: dict
    result: JsonImportResult | None = None
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def report(self, lang: str = "en") -> str:
        """What the import would do, or why it cannot, in lang; problems are the lines starting "  - "."""
        lines = [msg("json.report.file", source=self.source, profile=str(self.data.get("profile", "?")))]
        if self.data.get("profile", "full") != "full":
            lines.append(msg("json.report.deidentified"))
        if self.result is not None:
            lines.append(msg("json.report.would", summary=self.result.summary_message()))
        if self.problems:
            lines.append(msg("json.report.blocked"))
            lines.extend(msg("list.item", text=p) for p in self.problems)
        else:
            lines.append(msg("import.report.ok"))
        return "\n".join(render(m, lang) for m in lines)


class _Trial(Exception):
    """Raised to roll back the trial run of validate_json."""


def validate_json(cdb: "CaseDatabase", data: dict, source: str = "") -> JsonImportPlan:
    """Run the whole import inside a transaction and roll it back: what would happen, writing nothing."""
    from kkdesk.exchange.records import forget_vocab_cache

    data = check_export(data)
    plan = JsonImportPlan(os.path.basename(os.fspath(source)) if source else "(export)", data)
    try:
        with cdb.transaction():
            plan.result = _run(cdb, data, plan.source, Progress())
            raise _Trial
    except _Trial:
        pass
    except InvalidInput as exc:
        plan.problems.append(exc.message)
    finally:
        forget_vocab_cache(cdb)
    return plan


def apply_json(cdb: "CaseDatabase", plan: JsonImportPlan, progress: Progress | None = None) -> JsonImportResult:
    """Import for real, in one transaction (all or nothing)."""
    from kkdesk.exchange.records import forget_vocab_cache

    if not plan.ok:
        raise InvalidInput("json.has_problems")
    try:
        with cdb.transaction():
            return _run(cdb, plan.data, plan.source, ensure(progress))
    except BaseException:
        forget_vocab_cache(cdb)
        raise


def import_json(cdb: "CaseDatabase", path: str | os.PathLike, progress: Progress | None = None) -> JsonImportResult:
    """Read, check and import an export file in one call (raises InvalidInput on any problem)."""
    plan = validate_json(cdb, read_json_export(path), source=os.fspath(path))
    if not plan.ok:
        raise InvalidInput(plan.problems[0])
    return apply_json(cdb, plan, progress)


def _run(cdb: "CaseDatabase", data: dict, source: str, progress: Progress) -> JsonImportResult:
    from kkdesk.exchange.records import WRITERS, content_hash, load, term_key, write_attachments
    from kkdesk.store.sqlite import DatabaseError

    result = JsonImportResult(source, str(data.get("profile", "full")))
    terms = []
    for vocab, items in (data.get("vocabularies") or {}).items():
        for t in items:
            code = t.get("code")
            if not isinstance(code, str):
                raise InvalidInput("json.term_no_code", what=vocab_name(vocab))
            terms.append({**t, "vocab": vocab, "uuid": term_key(vocab, code), "revision": 1})
    groups = (("terms", "term", terms), ("organisations", "organisation", data.get("organisations") or []),
              ("persons", "person", data.get("persons") or []), ("incidents", "incident", data.get("incidents") or []),
              *((kind, entity, data.get(kind) or []) for kind, entity in (*_CASEWORK, *_LINKS)))
    total = sum(len(g[2]) for g in groups) or 1
    done = 0
    for kind, entity, records in groups:
        for n, d in enumerate(records, 1):
            if done % 200 == 0:
                progress.check()
                progress.set_progress(done / total, msg("progress.importing"))
            done += 1
            uuid = d.get("uuid")
            if not isinstance(uuid, str) or not uuid:
                raise InvalidInput("json.record_no_uuid", kind=_kind(kind), n=n)
            try:
                local = load(cdb, entity, uuid)
                if local is None:
                    WRITERS[entity](cdb, d)
                    result.created[kind] += 1
                elif content_hash(local) == content_hash(d):
                    result.unchanged[kind] += 1
                elif entity != "term" and isinstance(d.get("revision"), int) and d["revision"] > local["revision"]:
                    WRITERS[entity](cdb, {**d, "revision": d["revision"]})
                    result.updated[kind] += 1
                else:
                    result.kept_local[kind] += 1
                if entity == "incident" and d.get("attachments"):
                    if not isinstance(d["attachments"], list) or not all(isinstance(a, dict) for a in d["attachments"]):
                        raise InvalidInput("json.attachments_shape")
                    result.attachments += write_attachments(cdb, uuid, d["attachments"])
            except InvalidInput as exc:
                raise InvalidInput("json.record_rejected", kind=_kind(kind), n=n, reason=exc.message) from None
            except DatabaseError:
                raise InvalidInput("json.record_clashes", kind=_kind(kind), n=n) from None
            except (TypeError, ValueError, AttributeError, KeyError):
                raise InvalidInput("json.record_malformed", kind=_kind(kind), n=n) from None
    cdb.history.record("import", "import", cdb.meta("database_uuid", ""), {
        "format": FORMAT, "profile": result.profile, "created": result.created, "updated": result.updated,
        "kept_local": result.kept_local, "attachments": result.attachments})
    progress.set_progress(1.0, msg("progress.done"))
    return result


def _kind(kind: str) -> Message:
    """The name of a kind of record in an export ("persons") for a message."""
    code = f"kind.{kind}"
    return msg(code if code in CATALOGUE else "kind.other")
