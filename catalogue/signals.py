"""Keep services right when editors move pages, and the search index when situations go."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import post_page_move

from catalogue.models import LifeSituation, ServicePage
from catalogue.search import terms  # noqa: F401  (a renamed term re-indexes its services)
from catalogue.search.sources import index_services, refresh_situations


@receiver(post_page_move, sender=ServicePage)
def follow_new_provider(sender, instance, **kwargs):
    """A service moved under another provider links to it and is found under its name."""
    service = ServicePage.objects.get(pk=instance.pk)
    service.save(update_fields=["provider"])
    index_services(ServicePage.objects.filter(pk=service.pk).live())


@receiver(post_delete, sender=LifeSituation)
def forget_situation(sender, instance, **kwargs):
    refresh_situations()
