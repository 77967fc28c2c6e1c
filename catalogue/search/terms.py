"""A renamed term (service type, form, target group, planning area, district) is named in the
search entries of its services: their keywords and their result cards. Those services are
indexed again, in the background, as a form like "ambulantní" has thousands of them."""

from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks import task

from catalogue.models import (
    District,
    PlanningArea,
    ServiceForm,
    ServicePage,
    ServiceType,
    TargetGroup,
)
from catalogue.search.sources import index_services

BATCH = 500
SERVICES_OF = {
    ServiceType: lambda pk: Q(service_type=pk),
    ServiceForm: lambda pk: Q(forms=pk),
    TargetGroup: lambda pk: Q(target_groups=pk),
    PlanningArea: lambda pk: Q(planning_areas=pk),
    District: lambda pk: Q(places__district=pk) | Q(area_districts=pk),
}
BY_LABEL = {model._meta.label_lower: condition for model, condition in SERVICES_OF.items()}


@task()
def index_services_of_term(model_label, pk):
    """Index again the live services linked to the term ``pk`` of ``model_label``."""
    services = ServicePage.objects.filter(BY_LABEL[model_label](pk)).live().distinct()
    pks = list(services.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        index_services(ServicePage.objects.filter(pk__in=pks[start : start + BATCH]))


def _term_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if created or raw or (update_fields is not None and "name" not in update_fields):
        return  # a new term has no services yet; a registry code is not shown
    index_services_of_term.enqueue(sender._meta.label_lower, instance.pk)


for model in SERVICES_OF:
    receiver(post_save, sender=model, dispatch_uid=f"index-services-of-{model.__name__}")(
        _term_saved
    )
