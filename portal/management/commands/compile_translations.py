from django.core.management.base import BaseCommand

from portal.translations import compile_catalogues


class Command(BaseCommand):
    help = "Zkompiluje české překlady projektu (locale/*.po) do souborů .mo."
    requires_system_checks = []  # a build step: runs before the project is set up

    def handle(self, *args, **options):
        for target in compile_catalogues():
            self.stdout.write(f"Zkompilováno: {target}")
