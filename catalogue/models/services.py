"""One social service of a provider, with its places, opening hours and contacts."""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from catalogue.editors.service_form import ServicePageForm, WeeklyHoursPanel
from catalogue.models.service_parts import OpeningHours, ServicePlace
from catalogue.models.taxonomy import (
    AgeGroup,
    District,
    PlanningArea,
    ServiceForm,
    ServiceType,
    TargetGroup,
)
from catalogue.structured_data import as_json_ld
from portal.admin_visibility import DraftTitleMixin

CITY_NAME = "Ostrava"


class ServicePageQuerySet(PageQuerySet):
    """Named ways of narrowing the catalogue; each filter keeps one row per service."""

    def for_situations(self, situations):
        """Services that help in any of the life situations (see ``LifeSituation``)."""
        condition = Q()
        for situation in situations:
            condition |= situation.service_condition()
        return self.filter(condition) if situations else self

    def with_terms(self, relation, terms):
        """Services linked through ``relation`` (e.g. 'target_groups') to any of the terms."""
        ids = [term.pk for term in terms]
        if relation == "service_type":
            return self.filter(service_type__in=ids)
        return self.filter(pk__in=ServicePage.linked_to(relation, ids))

    def serving(self, districts=None):
        """Services that help in any of ``districts`` (in some district when None): with a
        place there, serving the whole city, or naming the district in their area. The
        catalogue's district filter reads the same from the search index (``served_districts``)."""
        if districts is None:
            places = ServicePlace.objects.filter(district__isnull=False)
            areas = ServicePage.objects.filter(area_districts__isnull=False)
        else:
            places = ServicePlace.objects.filter(district__in=districts)
            areas = ServicePage.objects.filter(area_districts__in=districts)
        return self.filter(
            Q(pk__in=places.values("service"))
            | Q(area_whole_city=True)
            | Q(pk__in=areas.values("pk"))
        )

    def for_listing(self):
        """The services, as a list, with everything a result card shows (``catalogue.cards``)
        in seven queries however many they are.

        Only the columns a card reads are loaded, and the related rows land in plain lists:
        ``listed_forms`` and ``listed_area_districts`` (names), ``listed_hours`` (``HoursRow``),
        ``listed_phones`` (the numbers of the service's phone contacts, and the provider's in
        ``provider.listed_phones``) and ``listed_places`` (``ServicePlace`` with its district).
        Rows are read as values and grouped here rather than by ``prefetch_related``, whose
        machinery and model instances cost three times the queries (``bench/search.py``).
        """
        services = list(self.select_related("service_type", "provider").only(*LISTED_FIELDS))
        attach_listed(services)
        return services


LISTED_FIELDS = (
    "title",
    "url_path",
    "live",
    "summary",
    "area_whole_city",
    "open_nonstop",
    "provider__title",
    "provider__url_path",
    "service_type__name",
)


class HoursRow(NamedTuple):
    """One row of a service's opening hours as a result card reads it (see ``hours_on``)."""

    weekday: int
    kind: str
    opens: object
    closes: object


def _grouped(rows):
    """{key: [value, ...]} of (key, value) rows, in their order."""
    groups = {}
    for key, value in rows:
        groups.setdefault(key, []).append(value)
    return groups


def attach_listed(services):
    """Fill the ``listed_*`` lists of ``services`` (see ``ServicePageQuerySet.for_listing``)."""
    from catalogue.models.pages import ProviderPhone
    from catalogue.models.service_parts import ServiceContact

    ids = [service.pk for service in services]
    forms = _grouped(
        ServicePage.forms.through.objects.filter(servicepage_id__in=ids)
        .order_by("serviceform__sort_order", "serviceform__name")
        .values_list("servicepage_id", "serviceform__name")
    )
    areas = _grouped(
        ServicePage.area_districts.through.objects.filter(servicepage_id__in=ids)
        .order_by("district__sort_order", "district__name")
        .values_list("servicepage_id", "district__name")
    )
    hours = _grouped(
        (service_id, HoursRow(*row))
        for service_id, *row in OpeningHours.objects.filter(service_id__in=ids)
        .order_by("sort_order")
        .values_list("service_id", "weekday", "kind", "opens", "closes")
    )
    phones = _grouped(
        ServiceContact.objects.filter(service_id__in=ids, kind=ServiceContact.Kind.PHONE)
        .order_by("sort_order")
        .values_list("service_id", "value")
    )
    places = _grouped(
        (place.service_id, place)
        for place in ServicePlace.objects.filter(service_id__in=ids)
        .select_related("district")
        .order_by("sort_order")
    )
    providers = {service.provider_id for service in services if service.provider_id}
    provider_phones = _grouped(
        ProviderPhone.objects.filter(provider_id__in=providers)
        .order_by("sort_order")
        .values_list("provider_id", "number")
    )
    for service in services:
        service.listed_forms = forms.get(service.pk, [])
        service.listed_area_districts = areas.get(service.pk, [])
        service.listed_hours = hours.get(service.pk, [])
        service.listed_phones = phones.get(service.pk, [])
        service.listed_places = places.get(service.pk, [])
        if service.provider_id:
            service.provider.listed_phones = provider_phones.get(service.provider_id, [])


def area_in_words(whole_city, district_names):
    """Where a service helps: 'celé město Ostrava', 'Poruba, Ostrava-Jih' or ''."""
    if whole_city:
        return f"celé město {CITY_NAME}"
    return ", ".join(district_names)


def district_names(places):
    """Names of the districts of ``places``, in their order, without repeats."""
    return list(dict.fromkeys(place.district.name for place in places if place.district))


def hours_on(rows, day, nonstop=False):
    """The ``OpeningHours`` rows of the date ``day`` among ``rows``, in order; a 24/7 service
    gives one "nonstop" row; an empty list means closed or not stated."""
    if nonstop:
        return [OpeningHours(weekday=day.weekday(), kind=OpeningHours.Kind.ALL_DAY)]
    return sorted((row for row in rows if row.weekday == day.weekday()), key=OpeningHours.sort_key)


class ServicePage(DraftTitleMixin, Page):
    """One social service of a provider: what it offers, to whom, where and when.

    Citizens reach it from the catalogue; NGO editors keep it current and coordinators verify it.
    """

    class Fee(models.TextChoices):
        FREE = "zdarma", "zdarma"
        PAID = "placena", "placená"

    provider = models.ForeignKey(
        "catalogue.ProviderPage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    summary = models.CharField(
        "Shrnutí",
        max_length=240,
        help_text="Jedna věta, která se zobrazí ve výsledcích hledání.",
    )
    service_type = models.ForeignKey(
        ServiceType,
        verbose_name="Druh služby",
        on_delete=models.PROTECT,
        related_name="services",
        help_text="Druh podle zákona o sociálních službách, nebo „související aktivita“.",
    )
    forms = ParentalManyToManyField(
        ServiceForm,
        verbose_name="Formy poskytování",
        related_name="services",
        blank=True,
        help_text="Pobytová (s ubytováním), ambulantní (klient dochází), terénní (u klienta doma).",
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name="Cílové skupiny",
        related_name="services",
        blank=True,
        help_text="Komu je služba určena, podle registru poskytovatelů.",
    )
    age_groups = ParentalManyToManyField(
        AgeGroup,
        verbose_name="Věkové skupiny",
        related_name="services",
        blank=True,
        help_text="Věkové skupiny klientů, podle registru poskytovatelů.",
    )
    age_from = models.PositiveSmallIntegerField(
        "Věk od", null=True, blank=True, help_text="V letech; prázdné = od narození."
    )
    age_to = models.PositiveSmallIntegerField(
        "Věk do", null=True, blank=True, help_text="V letech; prázdné = bez horní hranice."
    )
    planning_areas = ParentalManyToManyField(
        PlanningArea,
        verbose_name="Oblasti plánování",
        related_name="services",
        blank=True,
        help_text="Oblasti komunitního plánu, do kterých služba patří.",
    )
    description = RichTextField(
        "Popis služby", help_text="Co služba nabízí a komu, srozumitelně pro veřejnost."
    )
    how_to_apply = RichTextField(
        "Jak službu získat", blank=True, help_text="Jak se objednat, co si přinést, kdo rozhoduje."
    )
    fee = models.CharField(
        "Úhrada",
        max_length=8,
        choices=Fee.choices,
        default=Fee.FREE,
        help_text="Zda klient za službu platí.",
    )
    fee_text = models.TextField(
        "Výše úhrady", blank=True, help_text="U placené služby: kolik a za co klient platí."
    )
    capacity = models.CharField(
        "Kapacita", max_length=120, blank=True, help_text="Např. „24 lůžek“, „8 klientů denně“."
    )
    registry_id = models.CharField(
        "Identifikátor v registru",
        max_length=16,
        blank=True,
        help_text="Identifikátor služby v registru poskytovatelů sociálních služeb (7 číslic).",
    )
    open_nonstop = models.BooleanField(
        "Nepřetržitý provoz (24/7)",
        default=False,
        help_text="Zaškrtněte, pokud je služba dostupná ve dne v noci; pak se hodiny nevyplňují.",
    )
    hours_note = models.CharField(
        "Poznámka k provozní době",
        max_length=255,
        blank=True,
        help_text="Např. „návštěvy po předchozí domluvě“.",
    )
    languages = models.CharField(
        "Jazyky",
        max_length=255,
        default="čeština",
        help_text="Jazyky, ve kterých se lze se službou domluvit, oddělené čárkou.",
    )
    area_whole_city = models.BooleanField(
        "Působí v celém městě",
        default=False,
        help_text="U terénních a telefonických služeb: služba přijde za klientem (nebo ho "
        "vyslechne) kdekoli v Ostravě. Lidé ji pak najdou při hledání v každém obvodu.",
    )
    area_districts = ParentalManyToManyField(
        District,
        verbose_name="Působí v obvodech",
        related_name="served_by",
        blank=True,
        help_text="Když služba nepůsobí v celém městě: obvody, kde pracuje v terénu nebo odkud "
        "přijímá hovory (při zaškrtnutém celém městě se nepoužijí). Služba bez působnosti se "
        "hledá jen podle obvodů svých míst poskytování.",
    )
    last_verified = models.DateField(
        "Údaje ověřeny dne",
        null=True,
        blank=True,
        help_text="Kdy koordinátor naposledy ověřil, že údaje odpovídají skutečnosti.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("service_type"),
                FieldPanel("forms", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
                FieldRowPanel(
                    [FieldPanel("age_from"), FieldPanel("age_to")],
                    heading="Věk klientů",
                    help_text="Věkové skupiny registru se doplní podle rozmezí; "
                    "obě pole prázdná = bez omezení věku.",
                ),
                FieldPanel("planning_areas", widget=CheckboxSelectMultiple),
            ],
            heading="Zařazení služby",
        ),
        FieldPanel("description"),
        FieldPanel("how_to_apply"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("fee"), FieldPanel("capacity")]),
                FieldPanel("fee_text"),
                FieldPanel("registry_id"),
                FieldPanel("languages"),
            ],
            heading="Úhrada a kapacita",
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_nonstop"),
                WeeklyHoursPanel(),
                FieldPanel("hours_note"),
            ],
            heading="Provozní doba",
        ),
        InlinePanel("places", label="Místo poskytování", min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("area_whole_city"),
                FieldPanel("area_districts", widget=CheckboxSelectMultiple),
            ],
            heading="Působnost (kde služba pomáhá)",
            help_text="Vyplňte u terénních a telefonických služeb, které nepomáhají jen na "
            "adrese místa poskytování.",
        ),
        InlinePanel("contacts", label="Kontakt"),
        FieldPanel("last_verified", read_only=True),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.AutocompleteField("summary"),
        index.RelatedFields("service_type", [index.SearchField("name")]),
        index.FilterField("service_type"),
        index.FilterField("provider"),
    ]

    parent_page_types = ["catalogue.ProviderPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ServicePageQuerySet)()
    base_form_class = ServicePageForm

    class Meta:
        verbose_name = "Sociální služba"
        verbose_name_plural = "Sociální služby"

    @staticmethod
    def linked_to(relation, term_ids):
        """Ids of services linked to any of ``term_ids`` through ``relation``, as a subquery.

        Goes through the link table alone (no join), which keeps filters and facet counts fast.
        """
        if relation == "places__district":
            return ServicePlace.objects.filter(district__in=term_ids).values("service_id")
        link = ServicePage._meta.get_field(relation).remote_field.through
        column = ServicePage._meta.get_field(relation).m2m_reverse_name()
        return link.objects.filter(**{f"{column}__in": term_ids}).values("servicepage_id")

    def clean(self):
        super().clean()
        if self.fee == self.Fee.PAID and not self.fee_text:
            raise ValidationError({"fee_text": "U placené služby uveďte výši úhrady."})
        if self.age_from is not None and self.age_to is not None and self.age_from > self.age_to:
            raise ValidationError({"age_to": "Horní věková hranice je nižší než dolní."})

    def get_context(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):  # a preview shows the unsaved places
            prefetch_related_objects(
                [self], Prefetch("places", queryset=ServicePlace.objects.select_related("district"))
            )
        return super().get_context(request, *args, **kwargs)

    def save(self, *args, update_fields=None, **kwargs):
        parent_path = self.path[: -self.steplen] if self.path else ""
        if parent_path and (update_fields is None or "provider" in update_fields):
            self.provider_id = (
                Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()
            )
        super().save(*args, update_fields=update_fields, **kwargs)

    @property
    def districts(self):
        """Names of the districts where the service is provided, without repeats."""
        return district_names(self.places.all())

    @property
    def area_label(self):
        """Where the service helps, in words: 'celé město Ostrava', 'Poruba, Ostrava-Jih' or ''."""
        return area_in_words(
            self.area_whole_city, [district.name for district in self.area_districts.all()]
        )

    def served_districts(self, every_district):
        """The districts where the service helps: those of its places and of its area (every
        district of ``every_district`` when it serves the whole city; with none given, only the
        districts it names), without repeats."""
        if self.area_whole_city and every_district:
            return list(every_district)
        found = [place.district for place in self.places.all() if place.district]
        if not self.area_whole_city:
            found += list(self.area_districts.all())
        return list({district.pk: district for district in found}.values())

    def public_places(self):
        return [place for place in self.places.all() if not place.address_secret]

    @property
    def has_secret_address(self):
        return any(place.address_secret for place in self.places.all())

    def opening_days(self):
        """Opening hours grouped per weekday: [("pondělí", [row, ...]), ...].

        Each row prints as "8.00–12.00", "nonstop" or "po dohodě".
        """
        days = {}
        for row in sorted(self.opening_hours.all(), key=OpeningHours.sort_key):
            days.setdefault(row.get_weekday_display(), []).append(row)
        return list(days.items())

    def hours_today(self, day):
        """The opening hours on the date ``day``: a list of ``OpeningHours`` rows.

        A 24/7 service gives one "nonstop" row; an empty list means closed or not stated.
        Uses the prefetched rows (``prefetch_related("opening_hours")``) without a query.
        """
        return hours_on(self.opening_hours.all(), day, self.open_nonstop)

    def area_served(self):
        """schema.org ``areaServed``: the districts of the service's area, each in the city,
        or the city (a service of the whole city, or one that names no area)."""
        city = {"@type": "City", "name": CITY_NAME}
        districts = [] if self.area_whole_city else list(self.area_districts.all())
        if not districts:
            return city
        return [
            {"@type": "AdministrativeArea", "name": district.name, "containedInPlace": city}
            for district in districts
        ]

    def structured_data(self):
        """schema.org JSON-LD of the service and its provider, safe to embed in a <script>."""
        public = self.provider_id is not None and self.provider.is_public_body
        data = {
            "@type": "GovernmentService" if public else "Service",
            "name": self.title,
            "description": self.summary,
            "serviceType": self.service_type.name,
            "url": self.full_url,
            "areaServed": self.area_served(),
        }
        if self.provider_id:
            data["provider"] = self.provider.organisation_data()
        locations = [place.schema_place() for place in self.public_places()]
        if locations:
            data["availableChannel"] = [
                {"@type": "ServiceChannel", "serviceLocation": location} for location in locations
            ]
        return as_json_ld(data)
