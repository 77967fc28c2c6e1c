"""Stable HSDS identifiers (UUIDs) without any extra database column.

* organizations and services: Wagtail's ``Page.translation_key``, a UUID every page has, stable
  across edits, moves and re-publishing (and kept by ``import_hsds``);
* taxonomies and terms: ``uuid5`` of the project namespace with ``taxonomy:<kind>`` and
  ``term:<kind>:<slug>`` (slugs are stable by contract: catalogue URLs use them);
* locations and service_at_locations: ``uuid5`` with the ServicePlace primary key;
* the small parts (phones, schedules, attributes, ...): ``uuid5`` of their owner's id and their
  own key, so the same data always gets the same id.
"""

import uuid

NAMESPACE = uuid.UUID("6c1b1f3e-4f0a-5d8e-9a47-0b7a1c2e3d48")


def make(*parts):
    """A UUID (as a string) derived from the namespace and ``parts`` joined by colons."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def page_id(page):
    return str(page.translation_key)


def taxonomy_id(kind):
    return make("taxonomy", kind)


def term_id(kind, slug):
    return make("term", kind, slug)


def location_id(place_pk):
    return make("location", place_pk)


def service_at_location_id(place_pk):
    return make("service_at_location", place_pk)


def parse(value):
    """The canonical string form of a UUID, or None when ``value`` is not one."""
    try:
        return str(uuid.UUID(str(value)))
    except (TypeError, ValueError, AttributeError):
        return None
