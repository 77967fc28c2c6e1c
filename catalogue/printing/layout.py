"""The publication's structure: chapters by planning area, each service printed in full once,
cross-references where it belongs as well, a table of contents and an A–Z index.

Ostrava's community planning sorts services into areas named after the people they serve
("Senioři", "Děti a rodina", "Občané s duševním onemocněním" …), and the city's yearly printed
catalogue has one chapter per area. A service belongs to several areas as often as not; it is
printed in full in the first of them (in the areas' own order) and listed under "Viz také" with
its page number in the others. Within a chapter, services are grouped by type of service.
"""

from dataclasses import dataclass, field
from functools import cached_property

from catalogue.printing.collation import czech_key, initial

OTHER_CHAPTER = "Další služby"


@dataclass
class PrintedService:
    """A service as the publication prints it: once, at ``anchor``, with a QR code of ``url``."""

    service: object
    url: str
    qr: str
    chapter: "Chapter" = None
    order: int = 0  # position in the publication, for page order in the index

    @property
    def anchor(self):
        return f"sluzba-{self.service.pk}"


@dataclass
class Section:
    service_type: object
    services: list


@dataclass
class Chapter:
    number: int
    title: str
    area: object = None
    sections: list = field(default_factory=list)
    see_also: list = field(default_factory=list)  # services printed in another chapter

    @property
    def anchor(self):
        return f"kapitola-{self.number}"

    @property
    def size(self):
        return sum(len(section.services) for section in self.sections)


@dataclass
class IndexEntry:
    """A line of the index: a service (one reference) or a provider (one per service)."""

    name: str
    kind: str  # "service" or "provider"
    references: list  # PrintedService

    @property
    def letter(self):
        return initial(self.name)


class Publication:
    """Services (with their areas, types and providers prefetched) laid out as a publication.

    ``areas`` are the chapters' planning areas in order: every area, or only those the edition
    was filtered by. ``printed`` turns a service into a ``PrintedService`` (its URL, QR code).
    """

    def __init__(self, services, areas, printed):
        self.areas = list(areas)
        self.services = sorted(
            (printed(service) for service in services), key=lambda p: czech_key(p.service.title)
        )
        self.chapters = self._chapters()

    def _chapters(self):
        chapters = {area.pk: Chapter(0, area.name, area) for area in self.areas}
        other = Chapter(0, OTHER_CHAPTER)
        sections = {}
        for entry in self.services:
            area_ids = {area.pk for area in entry.service.planning_areas.all()}
            homes = [chapters[area.pk] for area in self.areas if area.pk in area_ids]
            home, *elsewhere = homes or [other]
            entry.chapter = home
            sections.setdefault((id(home), entry.service.service_type_id), []).append(entry)
            for chapter in elsewhere:
                chapter.see_also.append(entry)
        ordered = [
            chapter for chapter in [*chapters.values(), other] if self._has(chapter, sections)
        ]
        position = 0
        for number, chapter in enumerate(ordered, start=1):
            chapter.number = number
            chapter.sections = self._sections(chapter, sections)
            for section in chapter.sections:
                for entry in section.services:
                    position += 1
                    entry.order = position
        return ordered

    @staticmethod
    def _has(chapter, sections):
        return chapter.see_also or any(key[0] == id(chapter) for key in sections)

    @staticmethod
    def _sections(chapter, sections):
        found = [
            Section(entries[0].service.service_type, entries)
            for (home, _), entries in sections.items()
            if home == id(chapter)
        ]
        return sorted(
            found, key=lambda s: (s.service_type.sort_order, czech_key(s.service_type.name))
        )

    @cached_property
    def index(self):
        """Services and providers A–Z, grouped by initial: [(letter, [IndexEntry, ...]), ...]."""
        entries = [IndexEntry(entry.service.title, "service", [entry]) for entry in self.services]
        providers = {}
        for entry in self.services:
            provider = entry.service.provider
            if provider is not None:
                providers.setdefault(provider.pk, (provider.title, []))[1].append(entry)
        entries += [
            IndexEntry(name, "provider", sorted(refs, key=lambda e: e.order))
            for name, refs in providers.values()
        ]
        entries.sort(key=lambda e: (czech_key(e.name), e.kind))
        letters = {}
        for entry in entries:
            letters.setdefault(entry.letter, []).append(entry)
        return list(letters.items())

    def __len__(self):
        return len(self.services)
