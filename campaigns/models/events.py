"""Events and conferences: when and where they happen, their programme and registration."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from campaigns.blocks import PROVIDER_PAGE, DocumentBlock, ProgrammeSlotBlock, SpeakerBlock
from campaigns.calendar import calendar_response
from campaigns.models.event_queries import EventQuerySet, Occurrence
from campaigns.models.registration import Registration
from campaigns.recurrence import (
    RecurrenceError,
    build_rule,
    describe,
    expand,
    last_end,
    parse_exceptions,
)
from campaigns.recurrence_form import RecurrenceWidget
from campaigns.structured_data import event_json_ld
from portal.admin_visibility import DraftTitleMixin
from portal.blocks import BodyBlock, live_or_none
from portal.security.safe_urls import safe_url, validate_safe_url
from portal.widgets.map_picker import CoordinatesPanel

UPCOMING_DATES_SHOWN = 6


class EventCategory(models.TextChoices):
    CONFERENCE = "konference", "Konference"
    SEMINAR = "seminar", "Seminář"
    LECTURE = "prednaska", "Přednáška"
    WORKING_GROUP = "pracovni-skupina", "Setkání pracovní skupiny"
    PUBLIC = "verejnost", "Akce pro veřejnost"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Koná se"
    POSTPONED = "postponed", "Přeloženo"
    CANCELLED = "cancelled", "Zrušeno"


class RegistrationState(models.TextChoices):
    NONE = "none", "Bez registrace"
    NOT_OPEN = "not_open", "Registrace ještě nezačala"
    OPEN = "open", "Registrace otevřena"
    CLOSED = "closed", "Registrace je uzavřena"


EventPageManager = PageManager.from_queryset(EventQuerySet)


class EventPage(DraftTitleMixin, RoutablePageMixin, Page):
    """A conference, seminar, lecture, working-group meeting or public event people can attend."""

    category = models.CharField(
        "Druh akce", max_length=20, choices=EventCategory.choices, default=EventCategory.SEMINAR
    )
    introduction = models.TextField(
        "Perex", help_text="Jedna až dvě věty: co se na akci bude dít a pro koho je."
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Obrázek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="Podrobnosti")

    start = models.DateTimeField("Začátek", help_text="Datum a čas začátku (pražský čas).")
    end = models.DateTimeField(
        "Konec", help_text="U vícedenní akce datum a čas konce posledního dne."
    )
    all_day = models.BooleanField(
        "Celodenní akce", default=False, help_text="Čas začátku a konce se nezobrazí."
    )
    recurrence_rule = models.CharField(
        "Pravidlo opakování",
        max_length=200,
        blank=True,
        help_text=(
            "Jen u opakovaných akcí, zápis RRULE podle iCalendar. Např. každý třetí čtvrtek "
            "v měsíci: FREQ=MONTHLY;BYDAY=3TH, každý týden: FREQ=WEEKLY, desetkrát: "
            "FREQ=MONTHLY;COUNT=10."
        ),
    )
    repeat_until = models.DateField(
        "Opakovat do", null=True, blank=True, help_text="Poslední den, kdy se akce může konat."
    )
    recurrence_exceptions = models.TextField(
        "Výjimky z opakování",
        blank=True,
        help_text="Dny, kdy se opakovaná akce nekoná, každý na nový řádek (např. 24. 12. 2026).",
    )
    series_end = models.DateTimeField(editable=False, null=True, db_index=True)

    status = models.CharField(
        "Stav akce", max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        "Vysvětlení stavu",
        max_length=255,
        blank=True,
        help_text="U zrušené nebo přeložené akce: proč a kdy se bude konat.",
    )

    venue_name = models.CharField("Místo konání", max_length=200, blank=True)
    venue_address = models.CharField(
        "Adresa",
        max_length=255,
        blank=True,
        help_text="Ulice a číslo, PSČ a obec oddělené čárkou: Prokešovo náměstí 8, 702 00 Ostrava.",
    )
    latitude = models.DecimalField(
        "Zeměpisná šířka", max_digits=9, decimal_places=7, null=True, blank=True
    )
    longitude = models.DecimalField(
        "Zeměpisná délka", max_digits=10, decimal_places=7, null=True, blank=True
    )
    venue_accessibility = models.TextField(
        "Bezbariérovost místa",
        blank=True,
        help_text="Např. bezbariérový vstup, výtah, indukční smyčka, parkování.",
    )
    online_url = models.URLField(
        "Odkaz na online přenos",
        blank=True,
        validators=[validate_safe_url],
        help_text="Pokud lze akci sledovat na dálku.",
    )

    organiser_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Pořadatel z katalogu",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_name = models.CharField(
        "Pořadatel",
        max_length=200,
        blank=True,
        help_text="Vyplňte, pokud pořadatel není v katalogu.",
    )
    organiser_url = models.URLField(
        "Web pořadatele",
        blank=True,
        validators=[validate_safe_url],
        help_text="Celá adresa webu pořadatele, který není v katalogu, např. https://www.ostrava.cz/.",
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name="Kampaň",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    working_group = models.ForeignKey(
        "plans.WorkingGroupPage",
        verbose_name="Pracovní skupina",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        help_text="U setkání pracovní skupiny: termín a místo se ukážou na stránce skupiny.",
    )

    programme = StreamField([("slot", ProgrammeSlotBlock())], blank=True, verbose_name="Program")
    speakers = StreamField([("speaker", SpeakerBlock())], blank=True, verbose_name="Řečníci")
    documents = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name="Dokumenty",
        help_text="Program ke stažení, po akci prezentace.",
    )

    is_free = models.BooleanField("Vstup zdarma", default=True)
    price = models.CharField(
        "Cena", max_length=100, blank=True, help_text="Např. 300 Kč, studenti zdarma."
    )
    capacity = models.PositiveIntegerField(
        "Kapacita",
        null=True,
        blank=True,
        help_text="Největší počet účastníků; prázdné = neomezeně.",
    )
    registration_enabled = models.BooleanField(
        "Přijímat registrace", default=False, help_text="Zobrazí na stránce přihlášku."
    )
    registration_opens = models.DateTimeField("Registrace od", null=True, blank=True)
    registration_closes = models.DateTimeField(
        "Registrace do", null=True, blank=True, help_text="Prázdné = do začátku akce."
    )
    waiting_list = models.BooleanField(
        "Čekací listina",
        default=True,
        help_text="Po naplnění kapacity se další zájemci zapíší jako náhradníci.",
    )

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("introduction"), FieldPanel("image")],
            heading="O akci",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel(
                    "recurrence_rule",
                    widget=RecurrenceWidget,
                    help_text="Poslední den opakování a dny, kdy se akce nekoná, zadejte níže.",
                ),
                FieldPanel("repeat_until"),
                FieldPanel("recurrence_exceptions"),
            ],
            heading="Kdy",
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")], heading="Zrušení a přeložení"
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                CoordinatesPanel(lookup_url_name="catalogue_place_lookup"),
                FieldPanel("venue_accessibility"),
                FieldPanel("online_url"),
            ],
            heading="Kde",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("organiser_page", page_type=PROVIDER_PAGE),
                FieldPanel("organiser_name"),
                FieldPanel("organiser_url"),
                FieldPanel("campaign"),
                FieldPanel("working_group"),
            ],
            heading="Pořadatel",
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("capacity"),
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("waiting_list"),
            ],
            heading="Vstup a registrace",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("organiser_name"),
        index.FilterField("category"),
        index.FilterField("start"),
    ]

    parent_page_types = ["campaigns.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Akce"
        verbose_name_plural = "Akce"

    # Time and repetition

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "Konec akce musí být po jejím začátku."
        try:
            parse_exceptions(self.recurrence_exceptions)
        except RecurrenceError as error:
            errors["recurrence_exceptions"] = str(error)
        if self.start and self.end and "end" not in errors:
            try:
                rule = build_rule(self.recurrence_rule, self.start, self.repeat_until)
            except RecurrenceError as error:
                errors["recurrence_rule"] = str(error)
            else:
                if rule is not None and rule.after(self.start, inc=True) != self.start:
                    errors["start"] = "Začátek musí být jedním z termínů podle pravidla opakování."
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes < self.registration_opens
        ):
            errors["registration_closes"] = "Konec registrace musí být po jejím začátku."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.__dict__.pop("rule", None)
        self.__dict__.pop("exception_dates", None)
        self.series_end = last_end(self.start, self.end, self.rule)
        super().save(*args, **kwargs)

    @cached_property
    def rule(self):
        return build_rule(self.recurrence_rule, self.start, self.repeat_until)

    @cached_property
    def exception_dates(self):
        return parse_exceptions(self.recurrence_exceptions)

    @property
    def is_recurring(self):
        return self.rule is not None

    @property
    def recurrence_description(self):
        """How often the event repeats, in Czech words ("" when it doesn't or can't be said)."""
        return describe(self.recurrence_rule) if self.is_recurring else ""

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self):
        return self.status == EventStatus.POSTPONED

    def occurrences(self, window_start=None, window_end=None):
        """The event's dates touching the window (all of them, within reason, without one)."""
        return [
            Occurrence(self, begin, finish)
            for begin, finish in expand(
                self.start, self.end, self.rule, self.exception_dates, window_start, window_end
            )
        ]

    def next_occurrence(self, now=None):
        """The occurrence running now or the next one; None when the event is over."""
        upcoming = self.occurrences(now or timezone.now())
        return upcoming[0] if upcoming else None

    def upcoming_occurrences(self, now=None, limit=UPCOMING_DATES_SHOWN):
        return self.occurrences(now or timezone.now())[:limit]

    def last_occurrence(self):
        if not self.is_recurring:
            return Occurrence(self, self.start, self.end)
        dates = self.occurrences(window_end=self.series_end or timezone.now())
        return dates[-1] if dates else Occurrence(self, self.start, self.end)

    @property
    def display_occurrence(self):
        """The date to show for the event: the next one, or the last one once it is over."""
        return self.next_occurrence() or self.last_occurrence()

    @property
    def organiser(self):
        """The organiser's name, from the catalogue page when there is one."""
        if self.organiser_page_id and live_or_none(self.organiser_page):
            return self.organiser_page.title
        return self.organiser_name

    @property
    def organiser_link(self):
        """Where to read about the organiser: its catalogue page, its own website, else the page
        of the working group whose meeting this is or of the campaign the event belongs to."""
        if self.organiser_page_id and live_or_none(self.organiser_page):
            return self.organiser_page.full_url
        if website := safe_url(self.organiser_url):
            return website
        if self.working_group_id and live_or_none(self.working_group):
            return self.working_group.full_url
        if self.campaign_id and live_or_none(self.campaign):
            return self.campaign.full_url
        return ""

    # Registration

    def registration_state(self, now=None):
        now = now or timezone.now()
        if not self.registration_enabled:
            return RegistrationState.NONE
        if self.is_cancelled or now >= (self.registration_closes or self.start):
            return RegistrationState.CLOSED
        if self.registration_opens and now < self.registration_opens:
            return RegistrationState.NOT_OPEN
        return RegistrationState.OPEN

    def confirmed_count(self):
        return self.registrations.filter(status=Registration.Status.CONFIRMED).count()

    def seats_left(self):
        """Free places, or None when the capacity is unlimited."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count(), 0)

    # Routes

    @path("")
    def event(self, request):
        return self.render(request)

    @path("kalendar.ics")
    def calendar_feed(self, request):
        return calendar_response(request, [self], name=self.title, filename=self.slug)

    @path("registrace/")
    def registration(self, request):
        from campaigns.views import register  # the views import this module

        return register(request, self)

    @path("registrace/odeslano/")
    def registration_sent(self, request):
        from campaigns.views import registration_sent  # the views import this module

        return registration_sent(request, self)

    @path("registrace/<uuid:token>/")
    def registration_detail(self, request, token):
        from campaigns.views import registration_detail  # the views import this module

        return registration_detail(request, self, token)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["occurrence"] = self.display_occurrence
        context["upcoming_dates"] = self.upcoming_occurrences() if self.is_recurring else []
        context["registration_state"] = self.registration_state()
        context["seats_left"] = self.seats_left() if self.registration_enabled else None
        context["json_ld"] = event_json_ld(self, request)
        return context
