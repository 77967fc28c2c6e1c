"""Our own entries in Wagtail's audit log ("Historie webu"): onboarding editors and exports of
personal data. Publishing and workflow approvals are logged by Wagtail itself."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter, log

ONBOARD_EDITOR = "portal.onboard_editor"
PERSONAL_DATA_EXPORT = "portal.personal_data_export"


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    @actions.register_action(ONBOARD_EDITOR)
    class OnboardEditor(LogFormatter):
        label = "Přidání editora poskytovatele"

        def format_message(self, log_entry):
            return f"Přidán editor poskytovatele: {log_entry.data.get('username', '')}"

    @actions.register_action(PERSONAL_DATA_EXPORT)
    class PersonalDataExport(LogFormatter):
        label = "Export osobních údajů"

        def format_message(self, log_entry):
            data = log_entry.data
            return (
                f"Export osobních údajů ({data.get('what', '')}): {data.get('count', 0)} "
                f"záznamů, formát {data.get('format', '')}"
            )


def log_onboarding(provider, user, group):
    """Log on the provider's page that ``user`` became one of its editors."""
    log(
        provider,
        ONBOARD_EDITOR,
        data={"user_id": user.pk, "username": user.get_username(), "group": group.name},
    )


def log_registration_export(registrations, spreadsheet_format, user=None):
    """Log on every event page whose registrants were exported, with how many of them."""
    from django.db.models import Count

    from campaigns.models import EventPage

    per_event = dict(
        registrations.order_by()
        .values_list("event_id")
        .annotate(count=Count("pk"))
        .values_list("event_id", "count")
    )
    for event in EventPage.objects.filter(pk__in=per_event):
        log(
            event,
            PERSONAL_DATA_EXPORT,
            user=user,
            data={
                "what": "registrace na akci",
                "count": per_event[event.pk],
                "format": spreadsheet_format,
            },
        )
