"""What onboarding and reminders remember: each provider's team and the reminders sent."""

from django.db import models


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
