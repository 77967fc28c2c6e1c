"""The catalogue's vocabularies: snippets coordinators edit, each keyed by a stable slug."""

from anyascii import anyascii
from django.db import models
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.pictograms import PICTOGRAMS


def make_slug(text):
    """A URL slug without diacritics: 'Děti a rodina' -> 'deti-a-rodina'."""
    return slugify(anyascii(text))[:80]


class Term(index.Indexed, models.Model):
    """A named entry of one vocabulary; its slug appears in catalogue URLs and must not change."""

    name = models.CharField("Název", max_length=255)
    slug = models.SlugField(
        "Zkratka v adrese",
        max_length=80,
        unique=True,
        blank=True,
        help_text="Používá se v odkazech na katalog; po zveřejnění ji neměňte. "
        "Prázdné = vytvoří se z názvu.",
    )
    sort_order = models.PositiveSmallIntegerField(
        "Pořadí", default=0, help_text="Nižší číslo se ve filtrech zobrazí dříve."
    )

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")])]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(self.name)
        super().save(*args, **kwargs)


class RegistryTerm(Term):
    """A term that the national registry of social services also has, with its code."""

    mpsv_code = models.CharField(
        "Kód v registru MPSV",
        max_length=64,
        blank=True,
        help_text="Např. „CilovaSkupinaOsoby/24“; prázdné, pokud kód není ověřen.",
    )

    panels = Term.panels + [FieldPanel("mpsv_code")]

    class Meta(Term.Meta):
        abstract = True


class ServiceType(RegistryTerm):
    """A statutory type of social service (Act 108/2006 Sb.) or a related, unregistered activity."""

    class Category(models.TextChoices):
        COUNSELLING = "poradenstvi", "sociální poradenství"
        CARE = "pece", "služby sociální péče"
        PREVENTION = "prevence", "služby sociální prevence"
        RELATED = "souvisejici", "související aktivity"

    paragraph = models.CharField(
        "Paragraf zákona", max_length=8, blank=True, help_text="Např. „57“ pro azylové domy."
    )
    category = models.CharField("Kategorie", max_length=16, choices=Category.choices)
    registered = models.BooleanField(
        "Registrovaná sociální služba",
        default=True,
        help_text="Vypněte u základního poradenství a souvisejících aktivit.",
    )

    panels = RegistryTerm.panels + [
        FieldRowPanel([FieldPanel("paragraph"), FieldPanel("category")]),
        FieldPanel("registered"),
    ]

    class Meta(RegistryTerm.Meta):
        verbose_name = "Druh služby"
        verbose_name_plural = "Druhy služeb"

    @property
    def paragraph_label(self):
        return f"§ {self.paragraph}" if self.paragraph else ""


class ServiceForm(RegistryTerm):
    """How a service is provided (§33): pobytová, ambulantní, terénní."""

    definition = models.TextField("Vysvětlení", blank=True)

    panels = RegistryTerm.panels + [FieldPanel("definition")]

    class Meta(RegistryTerm.Meta):
        verbose_name = "Forma služby"
        verbose_name_plural = "Formy služeb"


class TargetGroup(RegistryTerm):
    """A target group of the national registry (e.g. 'senioři', 'oběti domácího násilí')."""

    class Meta(RegistryTerm.Meta):
        verbose_name = "Cílová skupina"
        verbose_name_plural = "Cílové skupiny"


class AgeGroup(RegistryTerm):
    """An age group of the national registry (e.g. 'mladí dospělí (19–26 let)')."""

    class Meta(RegistryTerm.Meta):
        verbose_name = "Věková skupina"
        verbose_name_plural = "Věkové skupiny"


class PlanningArea(Term):
    """A broad area of the community plan with its own working group (e.g. 'Děti a rodina')."""

    description = models.TextField("Popis", blank=True)

    panels = Term.panels + [FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = "Oblast plánování"
        verbose_name_plural = "Oblasti plánování"


class District(Term):
    """One of the city's districts (městské obvody) where services are provided."""

    class Meta(Term.Meta):
        verbose_name = "Městský obvod"
        verbose_name_plural = "Městské obvody"


class LifeSituation(Term, ClusterableModel):
    """A situation a citizen is in ('Mám dluhy'), leading to the services that help in it.

    A service helps in a situation when its type is one of the situation's types and, where the
    situation names target groups or planning areas, it shares at least one of each.
    """

    description = models.TextField(
        "Popis", blank=True, help_text="Jedna až dvě věty, které uvidí lidé v katalogu."
    )
    pictogram = models.CharField(
        "Piktogram",
        max_length=40,
        blank=True,
        choices=PICTOGRAMS,
        help_text="Obrázek na dlaždici situace na úvodní stránce. Prázdné = bez piktogramu.",
    )
    service_types = ParentalManyToManyField(
        ServiceType, verbose_name="Druhy služeb", related_name="life_situations", blank=True
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name="Cílové skupiny", related_name="life_situations", blank=True
    )
    planning_areas = ParentalManyToManyField(
        PlanningArea, verbose_name="Oblasti plánování", related_name="life_situations", blank=True
    )

    panels = Term.panels + [
        FieldPanel("description"),
        FieldPanel("pictogram"),
        MultiFieldPanel(
            [
                FieldPanel("service_types", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
                FieldPanel("planning_areas", widget=CheckboxSelectMultiple),
            ],
            heading="Co v situaci pomáhá",
        ),
    ]

    class Meta(Term.Meta):
        verbose_name = "Životní situace"
        verbose_name_plural = "Životní situace"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)  # commits the types, groups and areas too
        from catalogue.search.sources import refresh_situations

        refresh_situations()  # which services the situation lists, in the search index

    def service_condition(self):
        """A filter on services matching this situation; uses prefetched relations if present."""
        from catalogue.models.services import ServicePage

        condition = Q()
        type_ids = [term.pk for term in self.service_types.all()]
        if type_ids:
            condition &= Q(service_type__in=type_ids)
        for relation in ("target_groups", "planning_areas"):
            ids = [term.pk for term in getattr(self, relation).all()]
            if ids:
                condition &= Q(pk__in=ServicePage.linked_to(relation, ids))
        return condition
