"""`load_demo` builds the site once; running it again changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page_id", "site_name")),
    }


def test_load_demo_twice_changes_nothing():
    call_command("load_demo", stdout=open("/dev/null", "w"))
    first = _snapshot()

    call_command("load_demo", stdout=open("/dev/null", "w"))

    assert _snapshot() == first


def test_load_demo_builds_site_with_home_and_standard_pages(demo_site):
    site = Site.objects.get(is_default_site=True)

    assert site.root_page.specific == demo_site
    slugs = set(demo_site.get_children().live().values_list("slug", flat=True))
    assert {"o-komunitnim-planovani", "prohlaseni-o-pristupnosti"} <= slugs
    assert not Page.objects.filter(slug="home-old").exists()
