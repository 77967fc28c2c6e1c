"""manage.py apply_retention: delete or anonymise personal data past its retention period."""

from django.core.management.base import BaseCommand

from portal.resilience.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Smaže nebo anonymizuje osobní údaje po uplynutí lhůt z nastavení (registrace na akce, "
        "autoři připomínek, záznamy hledání, dokončené úlohy). Spouštějte denně z cronu."
    )

    def handle(self, *args, **options):
        for label, count in apply_retention().items():
            self.stdout.write(f"{label}: {count}")
