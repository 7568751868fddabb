"""CaseDatabase: the encrypted Database with its record stores attached; what callers open.

The stores take the database (as Anki's managers take the collection), so the store layer never
imports the records: this class, one layer up, puts them together.
"""

from __future__ import annotations

import os
from functools import cached_property

from kkdesk.progress import Progress
from kkdesk.records.casework import CaseworkStore
from kkdesk.records.incidents import IncidentStore
from kkdesk.records.links import LinkStore
from kkdesk.records.organisations import OrganisationStore
from kkdesk.records.persons import PersonStore
from kkdesk.records.review import ReviewStore
from kkdesk.records.tags import TagStore
from kkdesk.store.database import Database
from kkdesk.vocab import VocabularyStore


class CaseDatabase(Database):
    """An open, unlocked kkdesk database with its stores: `cdb.incidents`, `cdb.persons`,
    `cdb.organisations`, `cdb.casework`, `cdb.tags`, `cdb.vocab`, `cdb.review`, `cdb.links` (and
    `cdb.history` from the store)."""

    @classmethod
    def create(cls, path: str | os.PathLike, passphrase: str, actor: str = "monitor",
               load_vocabularies: bool = True) -> "CaseDatabase":
        """Make a new encrypted database with the shipped vocabularies loaded; refuses to overwrite."""
        return super().create(path, passphrase, actor,
                              fill=(lambda cdb: cdb.load_shipped_vocabularies()) if load_vocabularies else None)

    def rebuild_search_index(self, progress: Progress) -> None:
        self.incidents.rebuild_search(progress)

    def load_shipped_vocabularies(self, progress: Progress | None = None) -> None:
        self.vocab.load_defaults()

    def count_corroboration(self, progress: Progress) -> None:
        self.incidents.recount_corroboration(progress)

    @cached_property
    def review(self) -> ReviewStore:
        return ReviewStore(self)

    @cached_property
    def links(self) -> LinkStore:
        return LinkStore(self)

    def refresh_shipped_vocabularies(self) -> None:
        if self.vocab.shipped_changed():
            self.vocab.load_defaults()

    @cached_property
    def vocab(self) -> VocabularyStore:
        return VocabularyStore(self)

    @cached_property
    def persons(self) -> PersonStore:
        return PersonStore(self)

    @cached_property
    def organisations(self) -> OrganisationStore:
        return OrganisationStore(self)

    @cached_property
    def incidents(self) -> IncidentStore:
        return IncidentStore(self)

    @cached_property
    def casework(self) -> CaseworkStore:
        return CaseworkStore(self)

    @cached_property
    def tags(self) -> TagStore:
        return TagStore(self)
