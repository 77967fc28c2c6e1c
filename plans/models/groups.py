"""Working groups and the minutes of their meetings."""

from operator import attrgetter

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaigns.models import EventPage
from portal.admin_visibility import DraftTitleMixin

from .records import OrganisationLink, PlanMeasure

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class WorkingGroupIndexPage(DraftTitleMixin, Page):
    """/komunitni-planovani/pracovni-skupiny/: the list of working groups."""

    introduction = models.TextField(
        "Perex", blank=True, help_text="Jak pracovní skupiny fungují a jak se zapojit."
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["plans.PlanningIndexPage"]
    subpage_types = ["plans.WorkingGroupPage"]
    max_count = 1

    class Meta:
        verbose_name = "Seznam pracovních skupin"
        verbose_name_plural = "Seznamy pracovních skupin"

    def groups(self):
        """The published groups, each with its meetings that are not over yet."""
        return (
            WorkingGroupPage.objects.child_of(self)
            .live()
            .order_by("title")
            .prefetch_related(
                Prefetch(
                    "meetings",
                    queryset=EventPage.objects.live().upcoming(),
                    to_attr="current_meetings",
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = self.groups()
        return context


class WorkingGroupPage(DraftTitleMixin, Page):
    """A working group ("Děti a rodina"): who meets, about what, and what it has agreed."""

    purpose = RichTextField(
        "Poslání skupiny",
        features=TEXT_FEATURES,
        help_text="Pro koho skupina plánuje a čím se zabývá.",
    )
    planning_area = models.CharField(
        "Oblast plánování", max_length=200, blank=True, help_text="Např. Děti a rodina"
    )
    manager = models.CharField("Manažer skupiny", max_length=120, blank=True)
    contact_person = models.CharField("Kontaktní osoba", max_length=120, blank=True)
    contact_email = models.EmailField("E-mail na skupinu", blank=True)
    contact_phone = models.CharField("Telefon", max_length=40, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("purpose"),
        FieldPanel("planning_area"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("manager"), FieldPanel("contact_person")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading="Vedení a kontakt",
        ),
        InlinePanel(
            "member_organisations",
            heading="Členské organizace",
            label="Členská organizace",
            help_text="Organizace zastoupené ve skupině (z katalogu nebo názvem), jejich zástupce "
            "a náhradník.",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("planning_area"),
        index.RelatedFields("member_organisations", [index.SearchField("name")]),
    ]

    parent_page_types = ["plans.WorkingGroupIndexPage"]
    subpage_types = ["plans.MeetingMinutesPage"]

    class Meta:
        verbose_name = "Pracovní skupina"
        verbose_name_plural = "Pracovní skupiny"

    @cached_property
    def members(self):
        """The member organisations in their order, each with its provider page."""
        return list(self.member_organisations.select_related("provider"))

    @property
    def members_name_people(self):
        """Whether any member names its representative or substitute (the page then shows
        them in a table)."""
        return any(member.representative or member.substitute for member in self.members)

    def minutes(self):
        return MeetingMinutesPage.objects.child_of(self).live().order_by("-meeting_date")

    def measures(self):
        """This group's measures in every published plan, newest plan first."""
        return list(
            PlanMeasure.objects.of_live_plans()
            .for_working_group(self)
            .select_related("plan", "goal")
            .order_by(
                "-plan__period_start",
                "plan_id",
                "goal__chapter__sort_order",
                "goal__sort_order",
                "sort_order",
                "pk",
            )
        )

    def progress(self, measures):
        """Progress of the group's measures in its newest published plan."""
        from plans.outline import progress_of

        if not measures:
            return None
        newest = measures[0].plan
        mine = [m for m in measures if m.plan_id == newest.pk]
        return newest, {"overall": progress_of(mine), "groups": [(self.title, progress_of(mine))]}

    @cached_property
    def current_meetings(self):
        """The group's meetings in the events calendar that are not over yet.

        Events are the one source of when and how often a group meets (an event is a group's
        meeting when its "Pracovní skupina" field points here).
        """
        return list(self.meetings.live().upcoming())

    def upcoming_meetings(self, limit=3, now=None):
        """The next dates of the group's meetings, soonest first (a repeating one gives several)."""
        now = now or timezone.now()
        dates = [
            occurrence
            for event in self.current_meetings
            if not event.is_cancelled
            for occurrence in event.upcoming_occurrences(now, limit)
        ]
        return sorted(dates, key=attrgetter("start"))[:limit]

    def next_meeting(self):
        upcoming = self.upcoming_meetings(limit=1)
        return upcoming[0] if upcoming else None

    def regular_meeting(self):
        """The group's repeating meeting whose rule says how often the group meets, if any."""
        regular = (
            event
            for event in self.current_meetings
            if event.recurrence_description and not event.is_cancelled
        )
        return next(regular, None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minutes"] = self.minutes()
        measures = self.measures()
        context["measures"] = measures
        context["progress"] = self.progress(measures)
        context["upcoming"] = self.upcoming_meetings()
        context["regular_meeting"] = self.regular_meeting()
        return context


class WorkingGroupMember(OrganisationLink, Orderable):
    """An organisation represented in a working group, with its representative and the
    substitute."""

    group = ParentalKey(
        WorkingGroupPage, on_delete=models.CASCADE, related_name="member_organisations"
    )
    representative = models.CharField("Zástupce", max_length=120, blank=True)
    substitute = models.CharField("Náhradník", max_length=120, blank=True)

    panels = [
        PageChooserPanel("provider", "catalogue.ProviderPage"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("representative"), FieldPanel("substitute")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Členská organizace"
        verbose_name_plural = "Členské organizace"


class TaskBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Úkol nebo usnesení", max_length=500)
    responsible = blocks.CharBlock(label="Kdo", required=False, max_length=200)
    due = blocks.DateBlock(label="Do kdy", required=False)
    measure = blocks.CharBlock(
        label="Opatření plánu",
        required=False,
        max_length=20,
        help_text="Kód opatření, kterého se úkol týká (např. 2.1); zápis na ně odkáže.",
    )

    class Meta:
        icon = "tick-inverse"
        label = "Úkol / usnesení"


class AgendaItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Bod programu", max_length=300)
    discussion = blocks.RichTextBlock(
        label="Průběh jednání", required=False, features=TEXT_FEATURES
    )
    decisions = blocks.ListBlock(TaskBlock(), label="Závěry a úkoly", default=[])

    class Meta:
        icon = "list-ol"
        label = "Bod programu"
        label_format = "{title}"


class MeetingMinutesPage(DraftTitleMixin, Page):
    """The minutes of one meeting of a working group: who came, what was agreed, what next."""

    meeting_date = models.DateField("Datum jednání")
    start_time = models.TimeField("Začátek", null=True, blank=True)
    end_time = models.TimeField("Konec", null=True, blank=True)
    place = models.CharField("Místo konání", max_length=300)
    latitude = models.DecimalField(
        "Zeměpisná šířka",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="GPS, např. 49.822802",
    )
    longitude = models.DecimalField(
        "Zeměpisná délka",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="GPS, např. 18.247618",
    )
    project = models.CharField(
        "Projekt", max_length=300, blank=True, help_text="Projekt, v jehož rámci se jednalo."
    )
    attendees = models.TextField("Přítomni", blank=True, help_text="Jména nebo organizace.")
    excused = models.TextField("Omluveni", blank=True)
    agenda = StreamField(
        [("item", AgendaItemBlock())], blank=True, verbose_name="Program a průběh jednání"
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label="Dokument"))],
        blank=True,
        verbose_name="Přílohy",
    )
    recorded_by = models.CharField("Zapsal", max_length=200, blank=True)
    verified_by = models.CharField("Ověřil", max_length=200, blank=True)
    meeting = models.ForeignKey(
        EventPage,
        verbose_name="Setkání v kalendáři",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="minutes_pages",
        help_text="Akce, ze které je tento zápis (pozvánka na ni pak odkáže na zápis).",
    )
    next_meeting = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Příští setkání (akce)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Akce v kalendáři, je-li založena.",
    )
    next_meeting_date = models.DateField("Datum příštího setkání", null=True, blank=True)
    next_meeting_time = models.CharField(
        "Čas příštího setkání", max_length=60, blank=True, help_text="Např. 13–15 hod."
    )
    next_meeting_place = models.CharField("Místo příštího setkání", max_length=300, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("meeting_date"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("project"),
                PageChooserPanel("meeting", page_type="campaigns.EventPage"),
            ],
            heading="Kdy a kde",
        ),
        FieldRowPanel([FieldPanel("attendees"), FieldPanel("excused")], heading="Účast"),
        FieldPanel("agenda"),
        FieldPanel("attachments"),
        FieldRowPanel([FieldPanel("recorded_by"), FieldPanel("verified_by")]),
        MultiFieldPanel(
            [
                PageChooserPanel("next_meeting", page_type="campaigns.EventPage"),
                FieldRowPanel([FieldPanel("next_meeting_date"), FieldPanel("next_meeting_time")]),
                FieldPanel("next_meeting_place"),
            ],
            heading="Příští setkání",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("agenda"),
        index.SearchField("place"),
        index.FilterField("meeting_date"),
    ]

    parent_page_types = ["plans.WorkingGroupPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Zápis z jednání"
        verbose_name_plural = "Zápisy z jednání"

    def group_measures(self):
        """{code: measure} of the group's measures in published plans, the newest plan's
        measure where two plans use the same code."""
        group = self.get_parent().specific
        found = {}
        for measure in group.measures() if isinstance(group, WorkingGroupPage) else []:
            found.setdefault(measure.code, measure)
        return found

    def agenda_items(self):
        """The agenda for the page: (item value, [(task, its measure or None), ...])."""
        measures = self.group_measures()
        return [
            (
                item.value,
                [
                    (task, measures.get((task.get("measure") or "").strip()))
                    for task in item.value["decisions"]
                ],
            )
            for item in self.agenda
        ]

    def clean(self):
        super().clean()
        codes = {
            (task.get("measure") or "").strip()
            for item in self.agenda
            for task in item.value["decisions"]
        } - {""}
        if not codes or not self.path:  # a new page is not in the tree yet: nothing to check
            return
        unknown = sorted(codes - set(self.group_measures()))
        if unknown:
            raise ValidationError(
                "Úkol odkazuje na opatření, které pracovní skupina v žádném zveřejněném plánu "
                f"nemá: {', '.join(unknown)}. Opravte kód opatření (např. 2.1)."
            )

    @property
    def summary(self):
        """When and where the group met and what it discussed (the page's meta description)."""
        day = self.meeting_date
        topics = "; ".join(item.value["title"] for item in self.agenda)
        text = f"Zápis z jednání {day.day}. {day.month}. {day.year}, {self.place}."
        return f"{text} Program: {topics}." if topics else text

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"
