"""A small catalogue for the catalogue's tests: two providers, four services, one situation."""

import pytest

from catalogue.models import District, ProviderPage
from tests.catalogue import factories as f


@pytest.fixture
def catalogue(home_page):
    return f.catalogue_index(home_page)


@pytest.fixture
def sample(catalogue):
    """Shelters in two districts (one with a secret address), a home for seniors, a counselling
    service for foster parents; and the situation 'Nemám kde přespat'."""
    poruba = District.objects.create(name="Poruba")
    shelter_type = f.ServiceTypeFactory()
    homeless = f.TargetGroupFactory()
    charity = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    shelter = f.service(charity, "Azylový dům pro muže", "azylovy-dum-pro-muze")
    poruba_shelter = f.service(charity, "Azylový dům Poruba", "azylovy-dum-poruba", district=poruba)
    secret = f.service(
        charity,
        "Azylový dům pro oběti domácího násilí",
        "azylovy-dum-tajny",
        secret=True,
        open_nonstop=True,
        opening_hours=[],
    )
    homes = f.provider(
        catalogue,
        "Domov Ukázka, příspěvková organizace",
        "domov-ukazka",
        legal_form=ProviderPage.LegalForm.MUNICIPAL,
    )
    seniors = f.service(
        homes,
        "Domov pro seniory Ukázka",
        "domov-pro-seniory",
        service_type=f.ServiceTypeFactory(name="domovy pro seniory", paragraph="49"),
        target_groups=[f.TargetGroupFactory(name="senioři")],
        planning_areas=[f.PlanningAreaFactory(name="Senioři")],
        forms=[f.ServiceFormFactory(name="pobytová")],
        summary="Celoroční bydlení s péčí pro seniory.",
        fee="placena",
        fee_text="210 Kč denně za ubytování.",
    )
    foster = f.service(
        homes,
        "Poradna pro pěstounskou péči",
        "poradna-pestouni",
        service_type=f.ServiceTypeFactory(name="odborné sociální poradenství", paragraph="37"),
        target_groups=[f.TargetGroupFactory(name="rodiny s dítětem/dětmi")],
        planning_areas=[f.PlanningAreaFactory(name="Děti a rodina")],
        forms=[f.ServiceFormFactory(name="ambulantní")],
        summary="Příprava a podpora pěstounů.",
    )
    situation = f.situation("Nemám kde přespat", "nemam-kde-prespat", [shelter_type], [homeless])
    return {
        "charity": charity,
        "shelter": shelter,
        "poruba_shelter": poruba_shelter,
        "secret": secret,
        "homes": homes,
        "seniors": seniors,
        "foster": foster,
        "situation": situation,
    }
