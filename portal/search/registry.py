"""What the apps index: each registers a ``Source`` for its models, the portal does the rest.

The portal knows nothing of services, plans or campaigns; an app says, for one of its models,
which kind of entry it gives and how an object reads as a ``Document`` (title, keywords, body,
the facet values it is filtered by). Apps register their sources in ``AppConfig.ready``.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Document:
    """An object as the index sees it; ``None`` instead of a document means "not searchable"."""

    title: str
    url: str
    body: str = ""
    keywords: str = ""
    facets: dict = field(default_factory=dict)  # facet name -> iterable of values (slugs)
    display: dict | None = None  # what the app shows of a result, stored as JSON with the entry


@dataclass(frozen=True)
class Source:
    """How the objects of one model are indexed.

    ``documents`` turns a list of objects into a list of documents (or ``None`` for an object
    that must not be found), so that a source can prefetch what all of them need at once;
    ``everything`` gives every object to index on a rebuild.
    """

    model: str  # "app_label.modelname"
    kind: str  # a SearchEntry.Kind value
    documents: Callable[[list], list]
    everything: Callable[[], Iterable]
    key_prefix: str = "page"  # entries are keyed "<prefix>:<pk>"


_sources = {}


def register(source):
    _sources[source.model.lower()] = source


def source_for_model(model):
    """The source registered for ``model`` or its closest registered parent model."""
    for klass in [model, *model._meta.get_parent_list()]:
        source = _sources.get(klass._meta.label_lower)
        if source is not None:
            return source
    return None


def sources():
    return list(_sources.values())
