"""What the portal's search stores: its index, the coordinators' lexicon and help lines, a log.

``SearchEntry`` is one searchable thing (a service, a provider, a life situation, a page, a plan
measure, a document) reduced to the stems of the portal's query pipeline, in three fields
ranked by weight: title, keywords (type, target groups, place), body. The database indexes
them itself (SQLite FTS5 table ``portal_searchfts`` kept by triggers; on PostgreSQL a stored
``search_vector`` column with a GIN index; migration portal 0005), so "domovy pro seniory",
"domov pro seniory" and "domovů seniorů" meet on every backend. ``SearchFacet`` rows are what
results are counted by; the same values, as the entry's ``facet_tokens``, are indexed beside
its words, so that filters narrow a search inside the index (migration portal 0012). The apps
say what they index (portal.search.registry); entries are kept current by signals and rebuilt
with ``manage.py rebuild_search_entries``.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.snippets.models import register_snippet


class SearchEntry(models.Model):
    """One result of a search, with the stems it is found by."""

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
        SITUATION = "situace", "Životní situace"

    source = models.CharField("Zdroj", max_length=60, unique=True)
    kind = models.CharField("Druh", max_length=20, choices=Kind.choices)
    title = models.CharField("Název", max_length=300)
    url = models.CharField("Adresa", max_length=500)
    text = models.TextField("Text", blank=True)
    title_stems = models.TextField("Kmeny slov názvu", blank=True)
    keywords = models.TextField("Kmeny klíčových slov", blank=True)
    stems = models.TextField("Kmeny slov", blank=True)
    folded_title = models.CharField("Název bez diakritiky", max_length=300, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField("Id objektu", null=True, blank=True)
    facet_tokens = models.TextField(
        "Hodnoty filtrů v indexu",
        blank=True,
        help_text="Hodnoty filtrů položky jako slova indexu („obvod:poruba“), podle kterých "
        "vyhledávání filtruje přímo v indexu.",
    )
    display = models.JSONField(
        "Co ukazuje výsledek",
        null=True,
        blank=True,
        help_text="Co zdrojová aplikace uložila pro vykreslení výsledku (např. kartu služby).",
    )

    class Meta:
        verbose_name = "Položka vyhledávání"
        verbose_name_plural = "Položky vyhledávání"
        indexes = [
            models.Index(fields=["kind", "folded_title"], name="search_entry_kind_title"),
            models.Index(fields=["kind", "object_id"], name="search_entry_kind_object"),
        ]

    def __str__(self):
        return self.title

    def indexed_stems(self):
        return f"{self.title_stems} {self.keywords} {self.stems}"


class SearchFacet(models.Model):
    """One value an entry is filtered and counted by, e.g. ("druh", "azylove-domy")."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField("Filtr", max_length=20)
    value = models.CharField("Hodnota", max_length=100)

    class Meta:
        verbose_name = "Hodnota filtru vyhledávání"
        verbose_name_plural = "Hodnoty filtrů vyhledávání"
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="unique_search_facet")
        ]
        indexes = [models.Index(fields=["name", "value"], name="search_facet_name_value")]

    def __str__(self):
        return f"{self.name}: {self.value}"


@register_snippet
class SearchSynonym(models.Model):
    """An entry of the search lexicon: words people use and what the portal calls it.

    A query containing every word of the phrase (in any form and order) also looks for the
    meaning; seeded from portal/search/lexicon.tsv (migration portal 0006).
    """

    phrase = models.CharField(
        "Co lidé hledají",
        max_length=120,
        help_text="Hovorové slovo nebo slovní spojení, např. „bezdomovec“, „bere drogy“. "
        "Platí, když dotaz obsahuje všechna jeho slova (v jakémkoli tvaru a pořadí).",
    )
    meaning = models.CharField(
        "Co tím myslí",
        max_length=255,
        help_text="Slova, která se používají na portálu: druh služby, cílová skupina nebo "
        "životní situace, např. „noclehárna, osoby bez přístřeší“.",
    )
    refines_only = models.BooleanField(
        "Jen upřesňuje, komu se pomáhá",
        default=False,
        help_text="Zaškrtněte u slov jako „máma“, „syn“, „babička“: ukazují na cílovou skupinu, "
        "ale nalezené služby je obsahovat nemusí.",
    )

    panels = [FieldPanel("phrase"), FieldPanel("meaning"), FieldPanel("refines_only")]

    class Meta:
        verbose_name = "Synonymum pro vyhledávání"
        verbose_name_plural = "Synonyma pro vyhledávání"
        ordering = ["phrase"]
        constraints = [
            models.UniqueConstraint(fields=["phrase", "meaning"], name="unique_search_synonym")
        ]

    def __str__(self):
        return f"{self.phrase} → {self.meaning}"


@register_snippet
class HelpLine(models.Model):
    """An emergency or crisis telephone line shown above the results of a search in crisis.

    It is shown when the query, or the life situation chosen, contains every word of one of its
    phrases (in any form), e.g. "domácí násilí", "bije", "sebevražda".
    """

    name = models.CharField("Název", max_length=120, help_text="Např. „Linka bezpečí“.")
    number = models.CharField(
        "Telefonní číslo", max_length=20, help_text="Jak se vytáčí, např. „116 111“."
    )
    description = models.CharField(
        "Pro koho a kdy",
        max_length=255,
        blank=True,
        help_text="Např. „Pro děti a mladé do 26 let, nonstop a zdarma“.",
    )
    phrases = models.TextField(
        "Kdy linku ukázat",
        help_text="Slova nebo spojení, každé na nový řádek. Linka se ukáže, když hledaný text "
        "nebo název zvolené životní situace obsahuje všechna slova některého řádku.",
    )
    sort_order = models.PositiveSmallIntegerField(
        "Pořadí", default=0, help_text="Nižší číslo se zobrazí dříve."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("description"),
        FieldPanel("phrases"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = "Linka pomoci"
        verbose_name_plural = "Linky pomoci"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} {self.number}"

    def phrase_list(self):
        return [line.strip() for line in self.phrases.splitlines() if line.strip()]

    @property
    def tel(self):
        """The number for a tel: link (digits and a leading +)."""
        return "".join(c for c in self.number if c.isdigit() or c == "+")


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
