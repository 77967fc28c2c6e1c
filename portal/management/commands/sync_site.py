from django.core.management.base import BaseCommand, CommandError

from portal.default_site import NoDefaultSite, sync_default_site


class Command(BaseCommand):
    help = "Nastaví výchozímu webu Wagtailu adresu z BASE_URL (po každé její změně)."

    def handle(self, *args, **options):
        try:
            site, changed = sync_default_site()
        except NoDefaultSite as error:
            raise CommandError(f"{error} Založte ho v administraci (Nastavení → Weby).") from None
        state = "nastaven na" if changed else "už má adresu"
        self.stdout.write(self.style.SUCCESS(f"Výchozí web {state} {site.root_url}."))
