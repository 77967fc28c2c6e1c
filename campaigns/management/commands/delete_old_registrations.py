"""Delete personal data of people registered for events that ended long enough ago."""

from django.conf import settings
from django.core.management.base import BaseCommand

from campaigns.models.registration import delete_expired_registrations


class Command(BaseCommand):
    help = "Smaže registrace na akce, které skončily před více než N dny (výchozí z nastavení)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.EVENT_REGISTRATION_RETENTION_DAYS,
            help="Počet dní po skončení akce, po které se registrace uchovávají.",
        )

    def handle(self, *args, days, **options):
        count = delete_expired_registrations(days)
        self.stdout.write(f"Smazáno registrací: {count}")
