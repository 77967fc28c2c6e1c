from django.core.management.base import BaseCommand

from catalogue.editors.freshness import send_review_reminders


class Command(BaseCommand):
    help = "Pošle editorům poskytovatelů připomínku služeb neověřených déle než 12 měsíců."

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(f"Odesláno připomínek: {sent}")
