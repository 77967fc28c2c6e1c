"""HTML to PDF with WeasyPrint for the site's publications (the printed catalogue, a community
plan): a publication's stylesheet and our fonts, no resource from the network, and a limit on
how many PDFs the site lays out at once.

Fonts: the text is set in DejaVu Sans as fontconfig finds it (Debian's ``fonts-dejavu-core``,
which ``.ci/run`` installs); the cut-down DejaVu Sans shipped in ``portal/demo/fonts`` (every
Czech letter) is the fallback, so a server without the package still prints č, ř, ů, ž.
"""

from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

FONT_DIR = Path(settings.BASE_DIR) / "portal" / "demo" / "fonts"
FALLBACK_FONT = "Katalog DejaVu Sans"
# PDFs laid out at the same time across the site (each takes a CPU core for seconds); further
# requests get "try again in a while" rather than queueing up until the server stalls.
RENDER_SLOTS = 2
SLOT_SECONDS = 120  # a slot held longer than this (a killed worker) frees itself
SLOT_KEY = "publication-pdf-slot"


class LocalFetcher(URLFetcher):
    """Fetches ``data:`` URIs and our own font files; refuses everything else, so content can
    never make the server request another address."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file://"):
            path = Path(url.removeprefix("file://")).resolve()
            if path.is_relative_to(FONT_DIR):
                return super().fetch(url, headers)
        raise ValueError(f"Tisková verze nenačítá cizí zdroje: {url[:80]}")


def font_faces():
    """@font-face rules of the fallback font (regular and bold)."""
    return "".join(
        f"@font-face {{ font-family: '{FALLBACK_FONT}'; font-weight: {weight}; "
        f"src: url('{(FONT_DIR / filename).as_uri()}'); }}\n"
        for weight, filename in [(400, "DejaVuSans.ttf"), (700, "DejaVuSans-Bold.ttf")]
    )


def render_pdf(html, stylesheet):
    """The PDF (bytes) of a publication's HTML document, laid out with ``stylesheet`` (a
    static file, e.g. ``css/catalogue-publication.css``)."""
    fetcher = LocalFetcher()
    fonts = FontConfiguration()
    stylesheets = [
        CSS(string=font_faces(), font_config=fonts, url_fetcher=fetcher),
        CSS(filename=finders.find(stylesheet), font_config=fonts, url_fetcher=fetcher),
    ]
    document = HTML(string=html, base_url=FONT_DIR.as_uri() + "/", url_fetcher=fetcher)
    return document.write_pdf(stylesheets=stylesheets, font_config=fonts)


@contextmanager
def render_slot():
    """Yields True while holding one of the site's ``RENDER_SLOTS``, False when all are taken."""
    for number in range(RENDER_SLOTS):
        key = f"{SLOT_KEY}:{number}"
        if cache.add(key, 1, SLOT_SECONDS):
            try:
                yield True
            finally:
                cache.delete(key)
            return
    yield False


def pdf_response(request, document, stylesheet, filename, busy):
    """A publication's PDF, shown inline as ``filename``.

    ``document`` and ``busy`` are each ``(template, a function giving its context)``: the
    publication's HTML, built only once a render slot is held, and the Czech "try again in half
    a minute" page, answered 503 with ``Retry-After`` while the site lays out as many PDFs as it
    may.
    """
    with render_slot() as rendering:
        if not rendering:
            template, context = busy
            return TemplateResponse(
                request, template, context(), status=503, headers={"Retry-After": "30"}
            )
        template, context = document
        pdf = render_pdf(render_to_string(template, context(), request), stylesheet)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
