"""A community plan as a PDF (``/komunitni-planovani/<plan>/tisk/pdf/``), laid out by WeasyPrint
from the same records as the plan page and its print view."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.pdf import render_pdf, render_slot

STYLESHEET = "css/plan-publication.css"


def plan_pdf(request, plan):
    """The PDF, or a Czech "try again in a while" (503) while the site lays out other PDFs."""
    with render_slot() as rendering:
        if not rendering:
            return TemplateResponse(
                request,
                "plans/printing/busy.html",
                {"page": plan, "self": plan, "print_url": plan.links["print"]},
                status=503,
                headers={"Retry-After": "30"},
            )
        context = {"page": plan, "chapters": plan.outline, "today": timezone.localdate()}
        html = render_to_string("plans/printing/document.html", context, request)
        pdf = render_pdf(html, STYLESHEET)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{plan.slug}.pdf"'
    return response
