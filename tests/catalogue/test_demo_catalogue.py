"""`load_demo` builds a demo catalogue of Ostrava that covers every area and service type."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from catalogue.models import (
    CatalogueIndexPage,
    District,
    LifeSituation,
    PlanningArea,
    ProviderPage,
    ServicePage,
    ServiceType,
)

pytestmark = pytest.mark.django_db


def test_demo_catalogue_covers_every_area_type_and_situation(demo_site):
    assert CatalogueIndexPage.objects.live().get().url_path.endswith("/katalog/")
    assert ProviderPage.objects.live().count() >= 40
    assert ServicePage.objects.live().count() >= 120
    assert District.objects.count() == 23
    assert not ServiceType.objects.annotate(n=Count("services")).filter(n=0).exists()
    assert not PlanningArea.objects.annotate(n=Count("services")).filter(n=0).exists()
    assert LifeSituation.objects.count() >= 12
    for name in [
        "Slezská diakonie",
        "Bílý nosorožec, o.p.s.",
        "Diecézní charita ostravsko-opavská",
    ]:
        assert ProviderPage.objects.filter(title=name).exists()
    emails = ProviderPage.objects.values_list("email", flat=True)
    assert all(email.endswith("example.org") for email in emails)


def test_citizen_finds_demo_services_by_situation_and_text(client, demo_site):
    for situation in LifeSituation.objects.all():
        response = client.get("/katalog/", {"situace": situation.slug})
        assert "Nenalezli jsme žádnou službu." not in response.text, situation.name

    searches = {
        "azylovy dum": "Azylový dům pro matky s dětmi",
        "DOMOV PRO SENIORY": "Domov pro seniory – Domov Hrabová",
        "pestounska pece": "Příprava žadatelů o pěstounskou péči",
    }
    for typed, expected in searches.items():
        response = client.get("/katalog/", {"q": typed})
        assert expected in response.text, typed


def test_generate_catalogue_is_deterministic(home_page):
    call_command(
        "generate_catalogue", providers=3, services=7, seed=5, stdout=open("/dev/null", "w")
    )
    first = sorted(ServicePage.objects.values_list("title", "service_type__slug"))

    call_command(
        "generate_catalogue", providers=3, services=7, seed=5, stdout=open("/dev/null", "w")
    )

    assert len(first) == 7
    assert sorted(ServicePage.objects.values_list("title", "service_type__slug")) == first
    assert ProviderPage.objects.count() == 3
