"""Small builders for catalogue content: a few terms, a provider and its services."""

from datetime import date, time
from decimal import Decimal

from factory.django import DjangoModelFactory

from catalogue.models import (
    CatalogueIndexPage,
    District,
    LifeSituation,
    OpeningHours,
    PlanningArea,
    ProviderPage,
    ServiceContact,
    ServiceForm,
    ServicePage,
    ServicePlace,
    ServiceType,
    TargetGroup,
)


class ServiceTypeFactory(DjangoModelFactory):
    class Meta:
        model = ServiceType
        django_get_or_create = ("name",)

    name = "azylové domy"
    paragraph = "57"
    category = ServiceType.Category.PREVENTION


class ServiceFormFactory(DjangoModelFactory):
    class Meta:
        model = ServiceForm
        django_get_or_create = ("name",)

    name = "pobytová"


class TargetGroupFactory(DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ("name",)

    name = "osoby bez přístřeší"


class PlanningAreaFactory(DjangoModelFactory):
    class Meta:
        model = PlanningArea
        django_get_or_create = ("name",)

    name = "Občané společensky nepřizpůsobení"


class DistrictFactory(DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ("name",)

    name = "Vítkovice"


def catalogue_index(home):
    index = CatalogueIndexPage(title="Katalog sociálních služeb", slug="katalog")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def provider(index, title="Ukázková organizace, z. s.", slug=None, **fields):
    page = ProviderPage(
        title=title,
        slug=slug or "ukazkova-organizace",
        ico=fields.pop("ico", "00845451"),
        legal_form=fields.pop("legal_form", ProviderPage.LegalForm.ASSOCIATION),
        email="info@example.org",
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def service(parent, title, slug, *, service_type=None, district=None, secret=False, **fields):
    """A live service with one place in ``district`` (Vítkovice by default)."""
    place = ServicePlace(
        name=fields.pop("place_name", title),
        address_secret=secret,
        street="" if secret else "Ruská 2012/58",
        postcode="" if secret else "703 00",
        district=district or DistrictFactory(),
        latitude=None if secret else Decimal("49.812000"),
        longitude=None if secret else Decimal("18.264000"),
    )
    page = ServicePage(
        title=title,
        slug=slug,
        summary=fields.pop("summary", "Přechodné ubytování a pomoc s hledáním bydlení."),
        service_type=service_type or ServiceTypeFactory(),
        description=fields.pop("description", "<p>Popis služby.</p>"),
        forms=fields.pop("forms", [ServiceFormFactory()]),
        target_groups=fields.pop("target_groups", [TargetGroupFactory()]),
        planning_areas=fields.pop("planning_areas", [PlanningAreaFactory()]),
        places=[place],
        opening_hours=fields.pop(
            "opening_hours", [OpeningHours(weekday=0, opens=time(8), closes=time(16))]
        ),
        contacts=[ServiceContact(kind="telefon", value="+420 599 000 111")],
        last_verified=fields.pop("last_verified", date(2026, 3, 2)),
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def situation(name, slug, service_types=(), target_groups=()):
    term = LifeSituation(name=name, slug=slug)
    term.service_types = list(service_types)
    term.target_groups = list(target_groups)
    term.save()
    return term
