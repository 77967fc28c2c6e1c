"""Keep what a service stores about its provider right when editors move pages."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from catalogue.models import ServicePage


@receiver(post_page_move, sender=ServicePage)
def follow_new_provider(sender, instance, **kwargs):
    """A service moved under another provider links to it and is found under its name."""
    service = ServicePage.objects.get(pk=instance.pk)
    service.save(update_fields=["provider", "search_title", "search_document"])
