"""What onboarding, reminders and reviews remember: each provider's team, the reminders sent,
and the coordinators' review task."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask

APPROVE_LABEL = "Schválit a zveřejnit"
APPROVE_WITH_COMMENT_LABEL = "Schválit a zveřejnit s komentářem"
RETURN_LABEL = "Vrátit k úpravám"


class ProviderTeam(models.Model):
    """The editors of one provider: their Wagtail group and their media collection.

    The link is kept here rather than derived from the group's name, so that renaming the
    organisation does not lose its editors.
    """

    provider = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name="Poskytovatel",
        on_delete=models.CASCADE,
        related_name="editor_team",
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name="Skupina editorů",
        on_delete=models.CASCADE,
        related_name="provider_team",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name="Složka obrázků a dokumentů",
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = "Editoři poskytovatele"
        verbose_name_plural = "Editoři poskytovatelů"
        permissions = [("onboard_provider", "Může přidávat editory poskytovatelů")]

    def __str__(self):
        return self.group.name

    @property
    def editors(self):
        return self.group.user_set.filter(is_active=True)


class ReviewReminder(models.Model):
    """One reminder e-mail about stale services sent to a provider's editors on one day."""

    team = models.ForeignKey(ProviderTeam, on_delete=models.CASCADE, related_name="reminders")
    sent_on = models.DateField("Odesláno dne")
    service_count = models.PositiveIntegerField("Počet služeb k ověření")
    recipients = models.TextField("Příjemci", help_text="E-mailové adresy oddělené čárkou.")

    class Meta:
        verbose_name = "Připomínka ověření údajů"
        verbose_name_plural = "Připomínky ověření údajů"
        constraints = [
            models.UniqueConstraint(fields=["team", "sent_on"], name="one_reminder_per_team_a_day")
        ]

    def __str__(self):
        return f"{self.team} ({self.sent_on:%d. %m. %Y})"


class CatalogueReviewTask(GroupApprovalTask):
    """The coordinators' review of a catalogue change, with its actions in plain words.

    Behaves as Wagtail's group approval (same table, a proxy with its own content type); only
    the names of the actions differ, and returning a change needs a comment for the editor.
    """

    class Meta:
        proxy = True
        verbose_name = "Schválení koordinátorem katalogu"
        verbose_name_plural = "Schválení koordinátorem katalogu"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.id:
            self.content_type = ContentType.objects.get_for_model(self, for_concrete_model=False)

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [
            ("approve", APPROVE_LABEL, False),
            ("reject", RETURN_LABEL, True),
            ("approve", APPROVE_WITH_COMMENT_LABEL, True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            return ReturnForChangesForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        super().on_action(task_state, user, action_name, **kwargs)
        # Wagtail's workflow action view redirects here; the page says what just happened.
        return reverse("catalogue_editors:review_done", args=[task_state.pk])


class ReturnForChangesForm(TaskStateCommentForm):
    """Returning a change to the editor says what to change."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        comment = self.fields["comment"]
        comment.required = True
        comment.label = "Co má editor upravit"
        comment.error_messages["required"] = "Napište prosím editorovi, co má upravit."
