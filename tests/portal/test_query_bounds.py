"""The home page, standard pages and the site search cost the same number of SQL queries with
3 items as with 30."""

from datetime import timedelta

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from portal.models import StandardPage
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def queries(client, url, bound, assert_max, **params):
    """Render ``url`` once to warm caches, then count the queries of a second render."""
    assert client.get(url, params).status_code == 200
    with assert_max(bound) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def standard_pages(parent, count):
    pages = []
    for n in range(count):
        page = StandardPage(
            title=f"Pomoc v nouzi {n}",
            slug=f"pomoc-v-nouzi-{n}",
            introduction="Kam se obrátit, když potřebujete pomoc.",
            show_in_menus=True,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def documents(count):
    Document = get_document_model()
    made = []
    for number in range(count):
        document = Document(title=f"Leták {number}")
        document.file.save(f"letak-{number}.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document._set_document_file_metadata()
        document.save()
        made.append(document)
    return made


@pytest.mark.parametrize("size", SIZES)
def test_home_page_with_menu_entry_points_campaigns_events_and_news(
    client, home_page, django_assert_max_num_queries, size
):
    targets = standard_pages(home_page, size)
    home_page.entry_points = [
        ("entry", {"page": page, "title": "", "text": "Rozcestník."}) for page in targets
    ]
    home_page.hero_image = wagtail_factories.ImageFactory()
    home_page.save_revision().publish()
    campaigns = CampaignIndexPageFactory(parent=home_page)
    event_index = EventIndexPageFactory(parent=home_page)
    news_index = NewsIndexPageFactory(parent=home_page)
    start = timezone.now() + timedelta(days=1)
    for n in range(size):
        campaign = CampaignPageFactory(parent=campaigns)
        EventPageFactory(parent=event_index, start=start + timedelta(days=n), campaign=campaign)
        NewsPageFactory(parent=news_index, campaign=campaign)
    # 18 today: the situation tiles, the open consultation and the campaign teaser query too.
    queries(client, "/", 20, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_standard_page_with_many_blocks_images_and_documents(
    client, home_page, django_assert_max_num_queries, size
):
    page = standard_pages(home_page, 1)[0]
    standard_pages(page, size)  # subpages in the menu and the breadcrumbs
    images = [wagtail_factories.ImageFactory(title=f"Foto {n}") for n in range(size)]
    body = []
    for n in range(size):
        body += [
            ("heading", {"text": f"Kapitola {n}", "level": "h2"}),
            ("paragraph", f"<p>Odstavec {n}.</p>"),
            ("image", {"image": images[n], "alt_text": "Foto", "caption": ""}),
            ("callout", {"title": "Pozor", "text": f"<p>Upozornění {n}.</p>"}),
        ]
    body.append(("documents", {"title": "Ke stažení", "documents": documents(size)}))
    page.body = body
    page.save_revision().publish()
    queries(client, page.url, 15, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_site_search(client, home_page, django_assert_max_num_queries, size):
    standard_pages(home_page, size)
    queries(client, "/hledat/", 13, django_assert_max_num_queries, q="pomoc v nouzi")
    queries(client, "/hledat/", 13, django_assert_max_num_queries, q="pomoc", strana="2")
    found = client.get("/hledat/", {"q": "pomoc v nouzi"}).content.decode()
    assert f"Pomoc v nouzi {size - 1}" in found or "Pomoc v nouzi 0" in found
