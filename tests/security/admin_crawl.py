"""Every admin URL pattern the portal serves, filled in with the ids of chosen pages.

``test_admin_draft_leaks`` asks for each of these URLs as each role. The patterns are read from
Django's URL resolver, so a view added by Wagtail or by us is crawled without being listed here;
only the values that go into a pattern's parameters are chosen, by the parameter's name.
"""

import re
from dataclasses import dataclass, field
from itertools import product

from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

# Parameters that name a page, in Wagtail's views and in ours.
PAGE_PARAMETERS = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "destination_id",
    "page_pk",
    "event_id",
}
PAGE_PK_PREFIX = "admin/api/main/pages/"  # where ``pk`` names a page too

# Parameters that name a model together: a page type, or Wagtail's page model itself.
MODEL_PARAMETERS = [
    ("content_type_app_name", "content_type_model_name"),
    ("app_label", "model_name"),
    ("app_name", "model_name"),
]

SKIPPED_NAMES = {
    "wagtailadmin_logout",  # the crawl would end its own session
    "wagtailadmin_error_test",  # a deliberate server error
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
CATCH_ALL = "admin/.*/"
SNIPPET = re.compile(r"admin/snippets/(?:choose/)?(\w+)/(\w+)/")


@dataclass
class Subject:
    """A page whose id goes into the URLs, with the objects that belong to it."""

    page_id: int
    page_type: tuple[str, str] = ("wagtailcore", "page")  # (app label, model name)
    revision_id: int | None = None
    task_state_id: int | None = None
    workflow_state_id: int | None = None
    task_id: int | None = None
    workflow_id: int | None = None
    # ids of the objects the page refers to, by model label ("catalogue.servicetype")
    references: dict[str, list[int]] = field(default_factory=dict)


def admin_routes(referenced_models):
    """The templates (``{parameter}`` placeholders) of every admin URL pattern.

    Of the snippets' views, only those of models a crawled page refers to: another snippet's
    views cannot lead to a page.
    """
    routes = []
    for name, template in _walk(get_resolver().url_patterns, ""):
        if not template.startswith("admin/") or name in SKIPPED_NAMES or template == CATCH_ALL:
            continue
        snippet = SNIPPET.match(template)
        if snippet and f"{snippet[1]}.{snippet[2]}" not in referenced_models:
            continue
        routes.append(template)
    return list(dict.fromkeys(routes))


def _walk(patterns, prefix):
    for pattern in patterns:
        template = prefix + _template(pattern.pattern)
        if isinstance(pattern, URLResolver):
            namespace = f"{pattern.namespace}:" if pattern.namespace else ""
            for name, inner in _walk(pattern.url_patterns, template):
                yield (namespace + name if name else None), inner
        else:
            yield pattern.name, template


def _template(pattern):
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", text)
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", text)
    return text.removeprefix("^").removesuffix("$").replace("\\.", ".").replace("^", "")


def parameters(template):
    return re.findall(r"{(\w+)}", template)


def fill(template, subjects, own):
    """The URLs of ``template`` with its parameters taken from each of ``subjects``.

    A URL with two page parameters (move a page into another) gets each subject paired with
    ``own``, the page the role may edit, both ways round.
    """
    names = parameters(template)
    if not names:
        return [template]
    page_names = [name for name in names if _names_page(template, name)]
    urls = []
    for subject in subjects:
        for pages in product([subject, own], repeat=len(page_names)) if page_names else [()]:
            if len(page_names) == 1 and pages[0] is own and subject is not own:
                continue
            urls += _format(template, names, subject, dict(zip(page_names, pages, strict=True)))
    return list(dict.fromkeys(urls))


def _names_page(template, name):
    return name in PAGE_PARAMETERS or (name == "pk" and template.startswith(PAGE_PK_PREFIX))


def _format(template, names, subject, pages):
    """One URL for each combination of the values each parameter (or pair of them) can take."""
    slots = []
    remaining = list(names)
    for pair in MODEL_PARAMETERS:
        if all(name in remaining for name in pair):
            slots.append((pair, [subject.page_type, ("wagtailcore", "page")]))
            remaining = [name for name in remaining if name not in pair]
    for name in remaining:
        slots.append(((name,), [(value,) for value in _values(template, name, subject, pages)]))
    urls = []
    for combination in product(*(values for _, values in slots)):
        values = {}
        for (slot_names, _), slot_values in zip(slots, combination, strict=True):
            values.update(zip(slot_names, slot_values, strict=True))
        urls.append(template.format(**values))
    return urls


def _values(template, name, subject, pages):
    if name in pages:
        return [pages[name].page_id]
    by_name = {
        "revision_id": [subject.revision_id],
        "revision_id_a": ["earliest", "live"],
        "revision_id_b": ["latest"],
        "task_state_id": [subject.task_state_id],
        "workflow_state_id": [subject.workflow_state_id],
        "task_id": [subject.task_id],
        "workflow_pk": [subject.workflow_id],
        "action_name": ["approve"],
        "action": ["delete", "publish", "unpublish", "move"],
        "object_id": [subject.page_id],
        "session_id": [1],
        "filter_spec": ["original"],
        "uidb64": ["x"],
        "token": ["x"],
    }
    if name in by_name:
        return [value for value in by_name[name] if value is not None]
    return _referenced_ids(template, subject) or [1]


def _referenced_ids(template, subject):
    """For ``pk`` and the like: ids of the objects of that URL's model the page refers to."""
    if snippet := SNIPPET.match(template):
        return subject.references.get(f"{snippet[1]}.{snippet[2]}", [])
    for prefix, label in [
        ("admin/images/", "wagtailimages.image"),
        ("admin/documents/", "wagtaildocs.document"),
    ]:
        if template.startswith(prefix):
            return subject.references.get(label, [])
    if template.startswith("admin/workflows/"):
        return [value for value in (subject.workflow_id, subject.task_id) if value]
    return []
