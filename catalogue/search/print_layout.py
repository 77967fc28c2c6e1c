"""The printed catalogue's structure: planning areas, then service types, then services,
with a table of contents and an alphabetical index of providers."""

from anyascii import anyascii

OTHER_AREA = "Další služby"


def sort_key(text):
    return anyascii(text).lower()


class PrintedCatalogue:
    """Groups already-fetched services (with prefetched areas) the way the yearly print does.

    A service working in several planning areas appears in each of them, as in the printed
    catalogue; the index of providers points to the first place each service appears.
    """

    def __init__(self, services):
        self.services = services
        self.chapters = self._chapters()

    def _chapters(self):
        chapters = {}
        for service in sorted(self.services, key=lambda s: sort_key(s.title)):
            areas = list(service.planning_areas.all()) or [None]
            for area in areas:
                chapter = chapters.setdefault(
                    area.pk if area else None,
                    {"area": area, "title": area.name if area else OTHER_AREA, "types": {}},
                )
                chapter["types"].setdefault(service.service_type, []).append(service)
        ordered = sorted(
            chapters.values(),
            key=lambda c: (c["area"] is None, c["area"].sort_order if c["area"] else 0, c["title"]),
        )
        for number, chapter in enumerate(ordered, start=1):
            chapter["anchor"] = f"oblast-{number}"
            chapter["sections"] = [
                {
                    "type": service_type,
                    "anchor": f"oblast-{number}-druh-{service_type.pk}",
                    "services": services,
                }
                for service_type, services in sorted(
                    chapter["types"].items(), key=lambda item: (item[0].sort_order, item[0].name)
                )
            ]
        return ordered

    def provider_index(self):
        """Providers A–Z, each with its services and the anchor of their first appearance."""
        providers = {}
        for chapter in self.chapters:
            for section in chapter["sections"]:
                for service in section["services"]:
                    entry = providers.setdefault(
                        service.provider_id,
                        {
                            "name": service.provider.title if service.provider else "",
                            "services": {},
                        },
                    )
                    entry["services"].setdefault(
                        service.pk,
                        {
                            "title": service.title,
                            "anchor": f"{chapter['anchor']}-sluzba-{service.pk}",
                        },
                    )
        return [
            {"name": entry["name"], "services": list(entry["services"].values())}
            for entry in sorted(providers.values(), key=lambda e: sort_key(e["name"]))
        ]
