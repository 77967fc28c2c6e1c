"""Uploaded files are public only when a live public page uses them or shows their collection.

Anything else -- just uploaded, used by a draft, in a login-only collection -- is not served,
listed by /api/v2/ or found by the site search, and in the admin only the accounts working with
its collection see it.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Site

from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import CAMPAIGN_STAFF, COORDINATORS, setup_roles
from plans.models import DocumentLibraryPage
from portal.demo.pages import ensure_child
from portal.demo.pdf import text_pdf
from portal.models import SiteSettings, StandardPage
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


def pdf_document(title, words, collection=None):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(text_pdf(words), name="soubor.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )


def image(title, collection=None):
    return get_image_model().objects.create(
        title=title,
        file=get_test_image_file("obrazek.png"),
        collection=collection or Collection.get_first_root_node(),
    )


def page_using(parent, slug, *documents, images=()):
    body = [("documents", {"title": "Ke stažení", "documents": list(documents)})]
    body += [("image", {"image": picture, "alt_text": "", "caption": ""}) for picture in images]
    return ensure_child(parent, StandardPage, slug, title=f"Stránka {slug}", body=body)


def user_in(username, *group_names):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "heslo")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def api_titles(client, endpoint, **params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def found_in_search(client, query):
    return client.get("/hledat/", {"q": query}).content.decode()


def test_upload_stays_private_until_a_live_page_uses_it_and_again_after_unpublishing(
    client, home_page
):
    document = pdf_document("Harmonogram terénní práce", "Harmonogram tereni prace Zabreh")

    assert client.get(document.url)["Location"].startswith("/_util/login/")
    assert "Harmonogram terénní práce" not in api_titles(client, "documents")
    assert api_titles(client, "documents", search="Harmonogram") == []
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert "Harmonogram terénní práce" not in found_in_search(client, "Zabreh")

    page = page_using(home_page, "terenni-prace", document)

    assert client.get(document.url).status_code == 200
    assert api_titles(client, "documents") == ["Harmonogram terénní práce"]
    assert api_titles(client, "documents", search="Harmonogram") == ["Harmonogram terénní práce"]
    assert "Harmonogram terénní práce" in found_in_search(client, "Zabreh")

    page.unpublish()

    assert client.get(document.url).status_code == 302
    assert api_titles(client, "documents") == []
    assert "Harmonogram terénní práce" not in found_in_search(client, "Zabreh")


def test_a_draft_using_a_document_does_not_publish_it(client, home_page):
    page = page_using(home_page, "aktualne")
    document = pdf_document("Návrh rozpočtu", "Navrh rozpoctu Poruba")

    page.body = [("documents", {"title": "Nové", "documents": [document]})]
    page.save_revision()

    assert client.get(document.url).status_code == 302
    assert api_titles(client, "documents") == []
    assert "Návrh rozpočtu" not in found_in_search(client, "Poruba")


def test_library_shows_its_collections_but_a_login_only_one_stays_with_its_staff(client, home_page):
    setup_roles()
    library_root = Collection.get_first_root_node().add_child(name="Knihovna")
    minutes = library_root.add_child(name="Zápisy")
    internal = library_root.add_child(name="Interní")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    public = pdf_document("Zápis z jednání", "Zapis z jednani Hrabuvka", minutes)
    hidden = pdf_document("Interní poznámky", "Interni poznamky Hrabuvka", internal)
    library = ensure_child(
        home_page, DocumentLibraryPage, "dokumenty", title="Dokumenty", root_collection=library_root
    )
    editor = client_for(user_in("redaktor", CAMPAIGN_STAFF))
    superuser = get_user_model().objects.create_superuser("spravce", "s@example.org", "heslo")

    listed = client.get(library.url).content.decode()

    assert client.get(public.url).status_code == 200
    assert "Zápis z jednání" in listed and "Interní poznámky" not in listed
    assert api_titles(client, "documents") == ["Zápis z jednání"]
    search = found_in_search(client, "Hrabuvka")
    assert "Zápis z jednání" in search and "Interní poznámky" not in search
    assert client.get(hidden.url)["Location"].startswith("/_util/login/")
    assert editor.get(hidden.url).status_code == 404
    assert client_for(superuser).get(hidden.url).status_code == 200


def test_media_urls_never_serve_documents_and_serve_only_public_images(client, home_page):
    document = pdf_document("Leták", "Letak")
    unused = image("Nepoužitý obrázek")
    used = image("Obrázek na stránce")
    page_using(home_page, "letak", document, images=[used])
    rendition = used.get_rendition("width-100")
    for_sharing = image("Obrázek pro sdílení")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.share_image = for_sharing
    site_settings.save()

    assert client.get(document.url).status_code == 200
    assert client.get(document.file.url).status_code == 404
    assert client.get(unused.file.url).status_code == 404
    assert client.get(used.file.url).status_code == 200
    assert client.get(rendition.url).status_code == 200
    assert client.get(for_sharing.file.url).status_code == 200
    assert api_titles(client, "images") == ["Obrázek na stránce", "Obrázek pro sdílení"]
    assert api_titles(client, "images", search="stránce") == ["Obrázek na stránce"]


@pytest.fixture
def providers(home_page):
    setup_roles()
    index = catalogue_factories.catalogue_index(home_page)
    team_a = ensure_team(catalogue_factories.provider(index, "Organizace A", "organizace-a"))
    team_b = ensure_team(
        catalogue_factories.provider(index, "Organizace B", "organizace-b", ico="25840622")
    )
    return {
        "editor_a": client_for(user_in("editor-a", team_a.group.name)),
        "editor_b": client_for(user_in("editor-b", team_b.group.name)),
        "coordinator": client_for(user_in("koordinator", COORDINATORS)),
        "campaigns": client_for(user_in("kampane", CAMPAIGN_STAFF)),
        "document_b": pdf_document("Smlouva B", "Smlouva", team_b.collection),
        "image_b": image("Fotka klientů B", team_b.collection),
        "collection_b": team_b.collection,
    }


def test_providers_unused_files_are_readable_only_by_its_editors_and_coordinators(providers):
    document, picture = providers["document_b"], providers["image_b"]

    for reader in ("editor_b", "coordinator"):
        assert providers[reader].get(document.url).status_code == 200, reader
        assert providers[reader].get(picture.file.url).status_code == 200, reader
    for outsider in ("editor_a", "campaigns"):
        assert providers[outsider].get(document.url).status_code == 404, outsider
        assert providers[outsider].get(picture.file.url).status_code == 404, outsider


def test_login_only_collection_is_not_open_to_every_signed_in_account(providers):
    CollectionViewRestriction.objects.create(
        collection=providers["collection_b"], restriction_type=CollectionViewRestriction.LOGIN
    )

    assert providers["editor_a"].get(providers["document_b"].url).status_code == 404
    assert providers["editor_b"].get(providers["document_b"].url).status_code == 200


def test_admin_api_and_bulk_delete_show_only_the_accounts_own_collections(providers):
    document, picture = providers["document_b"], providers["image_b"]
    editor_a, editor_b = providers["editor_a"], providers["editor_b"]

    documents_a = editor_a.get("/admin/api/main/documents/").content.decode()
    images_a = editor_a.get("/admin/api/main/images/").content.decode()
    bulk_a = editor_a.get(f"/admin/bulk/wagtaildocs/document/delete/?id={document.pk}")
    bulk_images_a = editor_a.get(f"/admin/bulk/wagtailimages/image/delete/?id={picture.pk}")

    assert "Smlouva B" not in documents_a and "Fotka klientů B" not in images_a
    assert "Smlouva B" not in bulk_a.content.decode()
    assert "Fotka klientů B" not in bulk_images_a.content.decode()
    assert "Smlouva B" in editor_b.get("/admin/api/main/documents/").content.decode()
    assert (
        "Smlouva B"
        in editor_b.get(
            f"/admin/bulk/wagtaildocs/document/delete/?id={document.pk}"
        ).content.decode()
    )


def test_every_document_the_demo_links_downloads_for_anyone(client, demo_site):
    sections = demo_site.get_children().filter(slug__in=["komunitni-planovani", "kampane", "akce"])
    pages = [
        page.url for section in sections for page in section.get_descendants(inclusive=True).live()
    ]
    links = set()
    for url in pages:
        links.update(re.findall(r'href="(/soubory/[^"]+)"', client.get(url).content.decode()))

    assert len(links) >= 5
    assert {link: client.get(link).status_code for link in links} == dict.fromkeys(links, 200)
