"""A community plan as a PDF (``/komunitni-planovani/<plan>/tisk/pdf/``), laid out by WeasyPrint
from the same records as the plan page and its print view."""

from django.utils import timezone

from portal.pdf import pdf_response

STYLESHEET = "css/plan-publication.css"


def plan_pdf(request, plan):
    """The PDF, or a Czech "try again in a while" (503) while the site lays out other PDFs."""
    return pdf_response(
        request,
        document=(
            "plans/printing/document.html",
            lambda: {"page": plan, "chapters": plan.outline, "today": timezone.localdate()},
        ),
        stylesheet=STYLESHEET,
        filename=f"{plan.slug}.pdf",
        busy=(
            "plans/printing/busy.html",
            lambda: {"page": plan, "self": plan, "print_url": plan.links["print"]},
        ),
    )
