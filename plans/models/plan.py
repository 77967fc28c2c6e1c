"""A community plan: its period, status, approval and public consultation.

Its chapters, goals and measures are records of their own (:mod:`plans.models.records`); the
page shows them, gives each measure its own address and keeps the anchors ``#opatreni-1-1``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from plans import resolution_export
from plans.codes import dotted
from plans.outline import build_outline, filter_outline, iter_measures, progress
from portal.admin_visibility import DraftTitleMixin


class PlanStatus(models.TextChoices):
    DRAFT = "draft", "Návrh"
    CONSULTATION = "consultation", "V připomínkování"
    APPROVED = "approved", "Schválený"
    ARCHIVED = "archived", "Archivní"


class CommunityPlanPage(DraftTitleMixin, RoutablePageMixin, Page):
    """A plan the city and its partners agree on for several years, open to public comment
    while it is a draft. Its chapters, goals and measures are edited as records of their own
    (admin menu "Komunitní plány"); the page shows them and each measure at its own address."""

    class GoalNumbering(models.TextChoices):
        CHAPTER = "chapter", "V každé kapitole znovu: 1.1, 1.2, 2.1 …"
        PLAN = "plan", "Průběžně v celém plánu: 1, 2, 3 …"

    period_start = models.PositiveIntegerField("Platnost od roku", help_text="Např. 2008")
    period_end = models.PositiveIntegerField("Platnost do roku", help_text="Např. 2012")
    status = models.CharField(
        "Stav",
        max_length=20,
        choices=PlanStatus.choices,
        default=PlanStatus.DRAFT,
        help_text=(
            "Návrh a „v připomínkování“ se přepínají samy podle termínu připomínkování; "
            "schválený a archivní plán nastavte ručně."
        ),
    )
    summary = RichTextField(
        "Shrnutí",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Několik vět o tom, co plán přináší a pro koho.",
    )
    approved_by = models.CharField(
        "Schválil orgán", max_length=200, blank=True, help_text="Např. Zastupitelstvo města"
    )
    approved_on = models.DateField("Datum schválení", null=True, blank=True)
    approval_resolution = models.CharField(
        "Číslo usnesení", max_length=100, blank=True, help_text="Např. 1234/ZM1822/20"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Schválený plán (PDF)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consultation_start = models.DateField(
        "Připomínkování od", null=True, blank=True, help_text="První den, kdy lze připomínkovat."
    )
    consultation_end = models.DateField(
        "Připomínkování do", null=True, blank=True, help_text="Poslední den připomínkování."
    )
    consultation_note = models.TextField(
        "Pokyny k připomínkování",
        blank=True,
        help_text="Co od veřejnosti čekáte, jak budou připomínky zpracovány.",
    )
    publish_resolution = models.BooleanField(
        "Zveřejnit vypořádání připomínek",
        default=False,
        help_text="Po skončení připomínkování zveřejní tabulku připomínek a jejich vypořádání.",
    )
    goal_numbering = models.CharField(
        "Číslování cílů",
        max_length=10,
        choices=GoalNumbering.choices,
        default=GoalNumbering.CHAPTER,
        help_text="Kód opatření je vždy kód cíle a pořadí opatření, např. 1.2.3.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("status"),
                FieldPanel("summary"),
                FieldPanel("goal_numbering"),
            ],
            heading="Základní údaje",
        ),
        MultiFieldPanel(
            [
                FieldPanel("approved_by"),
                FieldRowPanel([FieldPanel("approved_on"), FieldPanel("approval_resolution")]),
                FieldPanel("document"),
            ],
            heading="Schválení",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("consultation_start"), FieldPanel("consultation_end")]),
                FieldPanel("consultation_note"),
                FieldPanel("publish_resolution"),
            ],
            heading="Veřejné připomínkování",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("status"),
    ]

    parent_page_types = ["plans.PlanningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Komunitní plán"
        verbose_name_plural = "Komunitní plány"

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = "Konec platnosti nesmí předcházet jejímu začátku."
        start, end = self.consultation_start, self.consultation_end
        if bool(start) != bool(end):
            errors["consultation_end"] = "Vyplňte začátek i konec připomínkování."
        elif start and end < start:
            errors["consultation_end"] = "Konec připomínkování nesmí předcházet začátku."
        if self.status == PlanStatus.CONSULTATION and not start:
            errors["consultation_start"] = "Plán v připomínkování potřebuje termín připomínkování."
        if errors:
            raise ValidationError(errors)

    # Period, status and the consultation window

    @property
    def period(self):
        return f"{self.period_start}–{self.period_end}"

    @property
    def has_consultation(self):
        return bool(self.consultation_start and self.consultation_end)

    def consultation_phase(self, today=None):
        """``"before"``, ``"open"``, ``"closed"``, or ``""`` for a plan without consultation."""
        if not self.has_consultation:
            return ""
        today = today or timezone.localdate()
        if today < self.consultation_start:
            return "before"
        if today > self.consultation_end:
            return "closed"
        return "open"

    def current_status(self, today=None):
        """The status shown to people: a draft is "v připomínkování" exactly within the window."""
        if self.status in (PlanStatus.APPROVED, PlanStatus.ARCHIVED) or not self.has_consultation:
            return self.status
        if self.consultation_phase(today) == "open":
            return PlanStatus.CONSULTATION
        return PlanStatus.DRAFT

    def current_status_label(self):
        return PlanStatus(self.current_status()).label

    def accepts_comments(self, today=None):
        return self.current_status(today) == PlanStatus.CONSULTATION

    def shows_resolution(self, today=None):
        return self.publish_resolution and self.consultation_phase(today) == "closed"

    @cached_property
    def links(self):
        """The addresses a plan page links to many times (``__code__`` stands for a measure)."""
        base = self.url
        return {
            "comment": base + self.reverse_subpage("comment"),
            "print": base + self.reverse_subpage("print_view"),
            "pdf": base + self.reverse_subpage("print_pdf"),
            "measure": base + self.reverse_subpage("measure", args=["__code__"]),
        }

    # Chapters, goals and measures

    @cached_property
    def outline(self):
        return build_outline(self)

    def progress(self):
        return progress(self.outline)

    def filtered_outline(self, group="", status="", bearer=""):
        return filter_outline(self.outline, group=group, status=status, bearer=bearer)

    # Routes: the plan, the comment form, the resolution table and the print view

    @path("")
    def plan(self, request):
        from plans.forms import MeasureFilterForm

        form = MeasureFilterForm(self.outline, request.GET or None)
        chapters = self.filtered_outline(**form.cleaned_filters()) if form.is_bound else None
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "chapters": self.outline if chapters is None else chapters,
                "is_filtered": chapters is not None and form.has_filters(),
                "progress": self.progress(),
            },
        )

    @path("opatreni/<str:code>/", name="measure")
    def measure(self, request, code):
        """One measure at its own address, ``opatreni/1-1/`` for the measure 1.1."""
        wanted = dotted(code)
        measure = next((m for m in iter_measures(self.outline) if m.code == wanted), None)
        if measure is None:
            raise Http404("Opatření s tímto kódem v plánu není.")
        return TemplateResponse(
            request,
            "plans/measure_page.html",
            {"page": self, "self": self, "measure": measure, "goal": measure.goal},
        )

    @path("pripominky/")
    def comment(self, request):
        from plans.views import comment_form

        return comment_form(request, self)

    @path("pripominky/odeslano/")
    def comment_sent(self, request):
        return TemplateResponse(request, "plans/comment_sent.html", {"page": self})

    @path("vyporadani/")
    def resolution(self, request):
        if not self.shows_resolution():
            return redirect(self.url)
        comments = self.comments.order_by("submitted_at")
        return TemplateResponse(
            request, "plans/resolution_table.html", {"page": self, "comments": comments}
        )

    @path("vyporadani/csv/", name="resolution_csv")
    def resolution_csv(self, request):
        return self.resolution_file(request, resolution_export.csv_response)

    @path("vyporadani/xlsx/", name="resolution_xlsx")
    def resolution_xlsx(self, request):
        return self.resolution_file(request, resolution_export.xlsx_response)

    def resolution_file(self, request, respond):
        """The published resolution table as a file; none before it is published."""
        if not self.shows_resolution():
            raise Http404("Vypořádání připomínek zatím není zveřejněno.")
        comments = self.comments.order_by("submitted_at")
        return respond(self, resolution_export.resolution_rows(self, comments, request))

    @path("tisk/pdf/", name="print_pdf")
    def print_pdf(self, request):
        from plans.printing import plan_pdf

        return plan_pdf(request, self)

    @path("tisk/")
    def print_view(self, request):
        return TemplateResponse(
            request,
            "plans/community_plan_print.html",
            {"page": self, "chapters": self.outline, "today": datetime.date.today()},
        )
