"""What the site search stores: its own index entries, coordinators' synonyms, a query log.

``SearchEntry`` is one searchable thing (a live page, a plan measure, a document) reduced to the
stems of the portal's query pipeline. Wagtail's search backend indexes its ``stems`` field, so
"domovy pro seniory", "domov pro seniory" and "domovů seniorů" meet on every backend without
changing the page models of the other apps. Entries are kept current by signals
(portal.search.indexing) and can be rebuilt with ``manage.py rebuild_search_entries``.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail.snippets.models import register_snippet


class SearchEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchEntry(index.Indexed, models.Model):
    """One result of the site search, with the text it is found by."""

    class Kind(models.TextChoices):
        SERVICE = "sluzba", "Služba"
        PROVIDER = "poskytovatel", "Poskytovatel"
        CAMPAIGN = "kampan", "Kampaň"
        EVENT = "akce", "Akce"
        NEWS = "aktualita", "Aktualita"
        PLAN = "plan", "Komunitní plán"
        MEASURE = "opatreni", "Cíl nebo opatření plánu"
        MINUTES = "zapis", "Zápis z jednání"
        DOCUMENT = "dokument", "Dokument"
        PAGE = "stranka", "Stránka"

    source = models.CharField("Zdroj", max_length=60, unique=True)
    kind = models.CharField("Druh", max_length=20, choices=Kind.choices)
    title = models.CharField("Název", max_length=300)
    url = models.CharField("Adresa", max_length=500)
    text = models.TextField("Text", blank=True)
    title_stems = models.TextField("Kmeny slov názvu", blank=True)
    stems = models.TextField("Kmeny slov", blank=True)
    folded_title = models.CharField("Název bez diakritiky", max_length=300, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    objects = SearchEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title_stems", boost=3),
        index.SearchField("stems"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = "Položka vyhledávání"
        verbose_name_plural = "Položky vyhledávání"

    def __str__(self):
        return self.title


@register_snippet
class SearchSynonym(models.Model):
    """A word people use and what the portal calls it; searching for one finds both."""

    phrase = models.CharField(
        "Co lidé hledají",
        max_length=120,
        help_text="Hovorové nebo jiné slovo, např. „bezdomovec“.",
    )
    meaning = models.CharField(
        "Co tím myslí",
        max_length=120,
        help_text="Slova, která se používají na portálu, např. „osoby bez přístřeší“.",
    )

    panels = [FieldPanel("phrase"), FieldPanel("meaning")]

    class Meta:
        verbose_name = "Synonymum pro vyhledávání"
        verbose_name_plural = "Synonyma pro vyhledávání"
        ordering = ["phrase"]
        constraints = [
            models.UniqueConstraint(fields=["phrase", "meaning"], name="unique_search_synonym")
        ]

    def __str__(self):
        return f"{self.phrase} → {self.meaning}"


class SearchQueryLogQuerySet(models.QuerySet):
    def without_results(self):
        return self.filter(results=0)


class SearchQueryLog(models.Model):
    """How many times a day a normalised query was asked; no personal data is kept."""

    query = models.CharField("Dotaz", max_length=200)
    day = models.DateField("Den")
    results = models.PositiveIntegerField("Počet výsledků")
    hits = models.PositiveIntegerField("Kolikrát hledáno", default=1)

    objects = SearchQueryLogQuerySet.as_manager()

    class Meta:
        verbose_name = "Hledaný dotaz"
        verbose_name_plural = "Hledané dotazy"
        ordering = ["-hits", "query"]
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="unique_search_query_per_day")
        ]

    def __str__(self):
        return self.query


class SearchTerm(models.Model):
    """A word of the indexed titles and synonyms, for "did you mean" suggestions."""

    word = models.CharField("Slovo bez diakritiky", max_length=60, unique=True)
    display = models.CharField("Slovo, jak je napsané", max_length=60)
    length = models.PositiveSmallIntegerField("Délka")
    frequency = models.PositiveIntegerField("Počet výskytů", default=1)

    class Meta:
        verbose_name = "Slovo pro návrhy hledání"
        verbose_name_plural = "Slova pro návrhy hledání"
        indexes = [models.Index(fields=["length", "word"], name="search_term_length_word")]

    def __str__(self):
        return self.display


class DocumentText(models.Model):
    """The text extracted from the file of a document of the library (PDF, DOCX)."""

    class Status(models.TextChoices):
        EXTRACTED = "ok", "Text vytažen"
        UNSUPPORTED = "unsupported", "Formát bez podpory"
        TOO_LARGE = "too_large", "Soubor je příliš velký"
        FAILED = "failed", "Text se nepodařilo vytáhnout"

    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="extracted_text",
        verbose_name="Dokument",
    )
    file_hash = models.CharField("Otisk souboru", max_length=40, blank=True)
    status = models.CharField("Stav", max_length=20, choices=Status.choices)
    text = models.TextField("Text", blank=True)
    error = models.CharField("Chyba", max_length=300, blank=True)
    extracted_at = models.DateTimeField("Vytaženo", auto_now=True)

    class Meta:
        verbose_name = "Text dokumentu"
        verbose_name_plural = "Texty dokumentů"

    def __str__(self):
        return f"{self.document_id}: {self.get_status_display()}"


# Connect the signals that keep the entries current (pages, plan measures, documents).
from portal.search import indexing  # noqa: E402, F401
