"""The editor of provider A tries everything that is not theirs to do, through the real admin.

Every case must end in 403 or a redirect, and leave the database exactly as it was.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from catalogue.editors.roles import COORDINATORS
from catalogue.models import ServiceType
from portal.demo.pdf import text_pdf
from portal.models import StandardPage
from tests.catalogue import factories as f
from tests.editors.conftest import edit_form_data
from tests.editors.snapshot import database_state


def submitted(page, user):
    """Start the review of ``page`` as ``user``; return the open task state."""
    page.get_workflow().start(page, user)
    page.refresh_from_db()
    return page.current_workflow_state.current_task_state


def own_draft(world):
    draft = f.service(world["provider_a"], "Koncept A", "koncept-a")
    draft.unpublish()
    return draft


def other_section(world):
    page = StandardPage(title="Prohlášení o přístupnosti", slug="pristupnost")
    world["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def page_url(key, suffix=""):
    return lambda w, admin: ("get", f"/admin/pages/{w[key].pk}/{suffix}", None)


def post_edit(key, **changes):
    def request(w, admin):
        return "post", f"/admin/pages/{w[key].pk}/edit/", edit_form_data(admin, w[key], **changes)

    return request


def post(url_template, data=None):
    def request(w, admin):
        values = {name: getattr(value, "pk", None) for name, value in w.items()}
        return "post", url_template.format(**values), dict(data or {})

    return request


def get(url_template):
    def request(w, admin):
        values = {name: getattr(value, "pk", None) for name, value in w.items()}
        return "get", url_template.format(**values), None

    return request


def approve_task(submitter_key, page_key, action="approve"):
    def request(w, admin):
        task_state = submitted(w[page_key], w[submitter_key])
        url = f"/admin/pages/workflow/action/{w[page_key].pk}/{action}/{task_state.pk}/"
        return "post", url, {"comment": "Schváleno sám sobě."}

    return request


def copy_to(page_key, parent_key):
    def request(w, admin):
        data = {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": w[parent_key].pk,
            "copy_subpages": "",
            "publish_copies": "on",
            "alias": "",
        }
        return "post", f"/admin/pages/{w[page_key].pk}/copy/", data

    return request


def with_setup(setup, make_request):
    """Run ``setup(world)`` first and pass its result as ``world['extra']``."""

    def request(w, admin):
        w["extra"] = setup(w)
        return make_request(w, admin)

    return request


def upload(kind, collection_key):
    def request(w, admin):
        if kind == "image":
            file = SimpleUploadedFile("podvrh.png", get_test_image_file().file.getvalue())
        else:
            file = SimpleUploadedFile("podvrh.pdf", text_pdf("Podvrh"))
        data = {"title": "Podvrh", "file": file, "collection": w[collection_key].collection.pk}
        return "post", f"/admin/{kind}s/add/", data

    return request


def add_child(parent_key, model="catalogue/servicepage"):
    def request(w, admin):
        url = f"/admin/pages/add/{model}/{w[parent_key].pk}/"
        return "post", url, {"title": "Podvržená služba", "slug": "podvrzena-sluzba"}

    return request


def snippet(action):
    def request(w, admin):
        term = ServiceType.objects.first()
        base = "/admin/snippets/catalogue/servicetype/"
        if action == "list":
            return "get", base, None
        if action == "add":
            return "post", f"{base}add/", {"name": "Podvržený druh", "category": "pece"}
        if action == "edit":
            return "post", f"{base}edit/{term.pk}/", {"name": "Přejmenováno", "category": "pece"}
        return "post", f"{base}delete/{term.pk}/", {}

    return request


def site_settings(w, admin):
    site = Site.objects.get(is_default_site=True)
    return "post", f"/admin/settings/portal/sitesettings/{site.pk}/", {"email": "x@example.org"}


def own_group(w, admin):
    group = w["team_a"].group
    data = {"name": group.name, "permissions": [1, 2, 3]}
    return "post", f"/admin/groups/edit/{group.pk}/", data


def coordinators_group(w, admin):
    return "post", f"/admin/groups/edit/{Group.objects.get(name=COORDINATORS).pk}/", {}


CASES = {
    # Provider B's pages and services
    "edit B's provider page (form)": page_url("provider_b", "edit/"),
    "edit B's provider page (save)": post_edit("provider_b", title="Převzato"),
    "edit B's service (form)": page_url("service_b", "edit/"),
    "edit B's service (save)": post_edit("service_b", title="Převzato"),
    "edit B's unpublished service (save)": post_edit("draft_b", title="Převzato"),
    "delete B's service": post("/admin/pages/{service_b}/delete/"),
    "delete B's unpublished service": post("/admin/pages/{draft_b}/delete/"),
    "delete B's provider page": post("/admin/pages/{provider_b}/delete/"),
    "unpublish B's service": post("/admin/pages/{service_b}/unpublish/"),
    "unpublish B's provider page": post("/admin/pages/{provider_b}/unpublish/"),
    "move B's service (chooser)": page_url("service_b", "move/"),
    "move B's service into A": post("/admin/pages/{service_b}/move/{provider_a}/confirm/"),
    "move own service into B": post("/admin/pages/{service_a}/move/{provider_b}/confirm/"),
    "reorder B's services": post("/admin/pages/{service_b}/set_position/?position=0"),
    "copy B's service out into A": copy_to("service_b", "provider_a"),
    "copy own service into B": copy_to("service_a", "provider_b"),
    "create a service under B (form)": get("/admin/pages/add/catalogue/servicepage/{provider_b}/"),
    "create a service under B (save)": add_child("provider_b"),
    "choose a page type under B": page_url("provider_b", "add_subpage/"),
    "preview B's draft": page_url("service_b", "edit/preview/"),
    "preview B's unpublished service": page_url("draft_b", "edit/preview/"),
    "view B's draft": page_url("service_b", "view_draft/"),
    "view B's revision": lambda w, admin: (
        "get",
        f"/admin/pages/{w['service_b'].pk}/revisions/{w['service_b'].latest_revision_id}/view/",
        None,
    ),
    "compare B's revisions": page_url("service_b", "revisions/compare/live...latest/"),
    "read B's history": page_url("service_b", "history/"),
    "read B's workflow history": page_url("service_b", "workflow_history/"),
    "lock B's service": post("/admin/pages/{service_b}/lock/"),
    "restrict viewing of B's service": post(
        "/admin/pages/{service_b}/privacy/", {"restriction_type": "password", "password": "x"}
    ),
    "explore B's provider page": page_url("provider_b"),
    "confirm B's data as current": post("/admin/editori-poskytovatelu/overeni/{service_b}/"),
    # Publishing anything, including their own pages
    "publish B's unpublished service in bulk": post(
        "/admin/bulk/wagtailcore/page/publish/?id={draft_b}", {"include_descendants": ""}
    ),
    "publish own draft in bulk": with_setup(
        own_draft,
        lambda w, admin: (
            "post",
            f"/admin/bulk/wagtailcore/page/publish/?id={w['extra'].pk}",
            {"include_descendants": ""},
        ),
    ),
    "unpublish own service": post("/admin/pages/{service_a}/unpublish/"),
    "unpublish own provider page": post("/admin/pages/{provider_a}/unpublish/"),
    "delete own live service": post("/admin/pages/{service_a}/delete/"),
    "delete own provider page": post("/admin/pages/{provider_a}/delete/"),
    "move own provider page": post("/admin/pages/{provider_a}/move/{home}/confirm/"),
    "reorder own services": post("/admin/pages/{service_a}/set_position/?position=0"),
    "restrict viewing of own service": post(
        "/admin/pages/{service_a}/privacy/", {"restriction_type": "password", "password": "x"}
    ),
    "approve own submission": approve_task("editor_a", "service_a"),
    "reject own submission": approve_task("editor_a", "service_a", action="reject"),
    "approve B's submission": approve_task("editor_b", "service_b"),
    # Provider B's images and documents
    "edit B's image": post("/admin/images/{image_b}/", {"title": "Převzato"}),
    "delete B's image": post("/admin/images/{image_b}/delete/"),
    "choose B's image": get("/admin/images/chooser/chosen/{image_b}/"),
    "edit B's document": post("/admin/documents/edit/{document_b}/", {"title": "Převzato"}),
    "delete B's document": post("/admin/documents/delete/{document_b}/"),
    "choose B's document": get("/admin/documents/chooser/chosen/{document_b}/"),
    # Taxonomy, users, groups, settings and the rest of the site
    "list taxonomy": snippet("list"),
    "add a taxonomy term": snippet("add"),
    "edit a taxonomy term": snippet("edit"),
    "delete a taxonomy term": snippet("delete"),
    "list users": get("/admin/users/"),
    "create a user": post(
        "/admin/users/new/",
        {"username": "vetrelec", "email": "v@example.org", "password1": "x", "password2": "x"},
    ),
    "make themselves a superuser": post(
        "/admin/users/edit/{editor_a}/",
        {"username": "editor-a", "email": "editor-a@example.org", "is_superuser": "on"},
    ),
    "edit their own group's permissions": own_group,
    "edit the coordinators' group": coordinators_group,
    "onboard themselves to B": post(
        "/admin/editori-poskytovatelu/pridat/",
        {"provider": "{provider_b}", "email": "editor-a@example.org"},
    ),
    "edit site settings": site_settings,
    "list sites": get("/admin/sites/"),
    "add a collection": post("/admin/collections/add/", {"name": "Vlastní", "parent": 1}),
    "edit the workflow": get("/admin/workflows/list/"),
    "edit the home page": post_edit("home", title="Převzato"),
    "edit the catalogue index": post_edit("catalogue", title="Převzato"),
    "add a page under home": add_child("home", model="portal/standardpage"),
    "edit another section's page": with_setup(
        other_section,
        lambda w, admin: ("post", f"/admin/pages/{w['extra'].pk}/edit/", {"title": "Převzato"}),
    ),
    "list redirects": get("/admin/redirects/"),
}

# Wagtail answers these with the form again and an error on the field the editor may not use.
FORM_ERROR_CASES = {
    "copy own service into B": "new_parent_page",
}
# B's unpublished page and B's review do not exist for editor A (portal.admin_visibility).
NOT_FOUND_CASES = {"publish B's unpublished service in bulk", "approve B's submission"}


@pytest.mark.parametrize("name", list(CASES))
def test_editor_a_cannot_touch_what_is_not_theirs(name, world, as_editor_a, as_superuser):
    method, url, data = CASES[name](world, as_superuser)
    if isinstance(data, dict) and data.get("provider") == "{provider_b}":
        data["provider"] = world["provider_b"].pk
    before = database_state()

    response = getattr(as_editor_a, method)(url, data or {})

    if name in FORM_ERROR_CASES:
        assert response.status_code == 200
        assert FORM_ERROR_CASES[name] in response.context["form"].errors
    elif name in NOT_FOUND_CASES:
        assert response.status_code == 404
    else:
        assert response.status_code in (302, 403), response.status_code
    assert database_state() == before


@pytest.mark.parametrize("kind", ["image", "document"])
def test_upload_aimed_at_b_collection_lands_in_editor_a_collection(kind, world, as_editor_a):
    """With one collection allowed, Wagtail ignores the collection sent and uses the editor's."""
    method, url, data = upload(kind, "team_b")(world, None)
    model = world[f"{kind}_b"].__class__
    in_b_before = list(model.objects.filter(collection=world["team_b"].collection))

    as_editor_a.post(url, data)

    assert list(model.objects.filter(collection=world["team_b"].collection)) == in_b_before
    assert model.objects.get(title="Podvrh").collection == world["team_a"].collection
