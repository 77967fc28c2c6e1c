"""Two providers with their editors, a coordinator, media in each provider's collection."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import querydict_from_html

from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import COORDINATORS, setup_roles
from tests.catalogue import factories as f


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def catalogue(home_page):
    index = f.catalogue_index(home_page)
    setup_roles()
    return index


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="heslo-pro-testy"
    )
    user.groups.add(*groups)
    return user


@pytest.fixture
def world(catalogue):
    """Provider A (edited by editor A) and provider B, each with a live service and a draft."""
    provider_a = f.provider(catalogue, "Organizace A, z. s.", "organizace-a")
    provider_b = f.provider(catalogue, "Organizace B, z. s.", "organizace-b", ico="25840622")
    team_a, team_b = ensure_team(provider_a), ensure_team(provider_b)
    editor_a = make_user("editor-a", team_a.group)
    editor_b = make_user("editor-b", team_b.group)
    coordinator = make_user("koordinator", Group.objects.get(name=COORDINATORS))

    service_a = f.service(provider_a, "Poradna A", "poradna-a")
    service_b = f.service(provider_b, "Azylový dům B", "azylovy-dum-b")
    # B's editor has saved a draft change of the live service, and a new service not yet published.
    service_b.title = "Azylový dům B (koncept)"
    service_b.save_revision(user=editor_b)
    draft_b = f.service(provider_b, "Nová služba B", "nova-sluzba-b")
    draft_b.unpublish()
    draft_b.owner = editor_b
    draft_b.save()

    image_b = Image.objects.create(
        title="Logo B", file=get_test_image_file("logo-b.png"), collection=team_b.collection
    )
    document_b = Document.objects.create(
        title="Výroční zpráva B",
        file=ContentFile(b"%PDF-1.4 demo", name="zprava-b.pdf"),
        collection=team_b.collection,
    )
    return {
        "catalogue": catalogue,
        "home": catalogue.get_parent(),
        "provider_a": provider_a,
        "provider_b": provider_b,
        "team_a": team_a,
        "team_b": team_b,
        "editor_a": editor_a,
        "editor_b": editor_b,
        "coordinator": coordinator,
        "service_a": service_a,
        "service_b": service_b,
        "draft_b": draft_b,
        "image_b": image_b,
        "document_b": document_b,
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def as_editor_a(world):
    return client_for(world["editor_a"])


@pytest.fixture
def as_coordinator(world):
    return client_for(world["coordinator"])


@pytest.fixture
def as_superuser(world):
    user = get_user_model().objects.create_superuser("spravce", "spravce@example.org", "heslo")
    return client_for(user)


def edit_form_data(client, page, **changes):
    """The page's edit form as ``client`` sees it, with ``changes`` applied."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    return data
