"""The coordinators' report: what people search for and don't find."""

from datetime import timedelta

from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.models import SearchQueryLog

REPORT_DAYS = 90
REPORT_ROWS = 100


def unanswered_queries(days=REPORT_DAYS):
    """Normalised queries that found nothing, most asked first, over the last ``days``."""
    since = timezone.localdate() - timedelta(days=days)
    return (
        SearchQueryLog.objects.without_results()
        .filter(day__gte=since)
        .values("query")
        .annotate(total=Sum("hits"), last_day=Max("day"))
        .order_by("-total", "query")[:REPORT_ROWS]
    )


def report(request):
    return TemplateResponse(
        request,
        "search/admin_report.html",
        {"rows": unanswered_queries(), "days": REPORT_DAYS, "page_title": "Nenalezené dotazy"},
    )
