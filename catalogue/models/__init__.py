from catalogue.models.pages import CatalogueIndexPage, ProviderPage, ProviderPhone
from catalogue.models.service_parts import OpeningHours, ServiceContact, ServicePlace
from catalogue.models.services import ServicePage
from catalogue.models.taxonomy import (
    AgeGroup,
    District,
    LifeSituation,
    PlanningArea,
    ServiceForm,
    ServiceType,
    TargetGroup,
)

__all__ = [
    "AgeGroup",
    "CatalogueIndexPage",
    "District",
    "LifeSituation",
    "OpeningHours",
    "PlanningArea",
    "ProviderPage",
    "ProviderPhone",
    "ServiceContact",
    "ServiceForm",
    "ServicePage",
    "ServicePlace",
    "ServiceType",
    "TargetGroup",
]
