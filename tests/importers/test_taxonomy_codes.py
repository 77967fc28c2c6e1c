"""The importer maps registry records by code: the seeded taxonomy carries every confirmed code."""

import pytest

from catalogue.code_lists import read_code_list
from catalogue.demo import taxonomy
from catalogue.models import ServiceForm, ServiceType, TargetGroup

pytestmark = pytest.mark.django_db

# Not registered services of their own (no code exists): a basic activity of every service,
# and the catalogue's own type for related activities outside the Act.
WITHOUT_CODE_BY_NATURE = {"základní sociální poradenství", taxonomy.RELATED_ACTIVITIES}


def test_every_confirmed_registry_code_is_in_the_seeded_taxonomy(home_page):
    taxonomy.load(home_page, lambda message: None)
    for model, items in [
        (ServiceType, read_code_list("service-types.json")["items"]),
        (ServiceForm, read_code_list("service-forms.json")["items"]),
        (TargetGroup, read_code_list("target-groups.json")["items"]),
    ]:
        stored = dict(model.objects.values_list("name", "mpsv_code"))
        for item in items:
            assert stored[item["name"]] == (item.get("mpsv_code") or ""), item["name"]
    codes = list(ServiceType.objects.exclude(mpsv_code="").values_list("mpsv_code", flat=True))
    assert len(codes) == len(set(codes)) == 21
    assert WITHOUT_CODE_BY_NATURE <= set(
        ServiceType.objects.filter(mpsv_code="").values_list("name", flat=True)
    )


def test_a_later_seed_fills_missing_codes_but_keeps_a_coordinators_code(home_page):
    ServiceType.objects.create(name="odborné sociální poradenství", paragraph="37")
    ServiceType.objects.create(
        name="osobní asistence", paragraph="39", mpsv_code="DruhSocialniSluzby/3x"
    )
    messages = []
    taxonomy.load(home_page, messages.append)
    assert ServiceType.objects.get(name="odborné sociální poradenství").mpsv_code == (
        "DruhSocialniSluzby/1"
    )
    assert ServiceType.objects.get(name="osobní asistence").mpsv_code == "DruhSocialniSluzby/3x"
    assert "Doplněn kód registru DruhSocialniSluzby/1: odborné sociální poradenství" in messages
