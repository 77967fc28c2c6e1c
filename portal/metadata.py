"""What a page tells search engines and social networks about itself: its description and the
image a shared link shows.

Page types of every app have their summary under one of a few field names; the first one a page
has and fills wins, so a new page type gets its metadata by naming its fields the same way.
"""

import re
from urllib.parse import urlsplit

from django.templatetags.static import static
from django.utils.encoding import escape_uri_path
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.images.models import SourceImageIOError
from wagtail.rich_text import RichText

from portal.base_url import absolute_url

DEFAULT_DESCRIPTION = (
    "Portál komunitního plánování sociálních služeb: katalog služeb, kampaně, akce "
    "a komunitní plány."
)
# Short texts written as a summary, used whole (the first that is filled in).
SUMMARY_FIELDS = ("summary", "introduction", "hero_text")
# Longer rich text or StreamField content, of which the first paragraph is used.
TEXT_FIELDS = ("description", "purpose", "body")
# A page's own picture, in order of preference.
IMAGE_FIELDS = ("image", "hero_image", "logo")
# Search engines show about 160 characters; a little more is cut at a word boundary.
DESCRIPTION_LENGTH = 200
# What social networks expect: at most 1200 × 630, no transparency, JPEG.
SHARE_IMAGE_FILTER = "max-1200x630|bgcolor-ffffff|format-jpeg"
# Shared links show this when neither the page nor the site settings have an image.
DEFAULT_SHARE_IMAGE = {
    "path": "img/sdileni.png",
    "width": 1200,
    "height": 630,
    "alt": "Komunitní plánování sociálních služeb",
}

PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)


def page_description(page):
    """The editor's search description, else the page's summary, else the first paragraph of
    its text; the portal's description when the page has none of them."""
    text = (page.search_description or "").strip()
    for name in SUMMARY_FIELDS:
        if text:
            break
        text = plain_text(getattr(page, name, ""))
    for name in TEXT_FIELDS:
        if text:
            break
        text = first_paragraph(getattr(page, name, None))
    if not text:
        return DEFAULT_DESCRIPTION
    return shortened(" ".join(text.split()))


def shortened(text, length=DESCRIPTION_LENGTH):
    """``text`` cut at the last whole word that fits in ``length`` characters, with an ellipsis."""
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def plain_text(value):
    """A plain, rich-text or StreamField value as one line of text ("" for anything else)."""
    if isinstance(value, RichText):
        value = value.source
    if not isinstance(value, str):
        return ""
    return " ".join(strip_tags(value).split())


def first_paragraph(value):
    """The first non-empty paragraph of rich text (HTML) or of a StreamField's text blocks."""
    if isinstance(value, StreamValue):
        texts = (first_paragraph(child.value) for child in value)
        return next((text for text in texts if text), "")
    if isinstance(value, RichText):
        value = value.source
    if not isinstance(value, str):
        return ""
    paragraphs = (plain_text(paragraph) for paragraph in PARAGRAPH.findall(value))
    return next((text for text in paragraphs if text), "") or plain_text(value)


def page_image(page):
    """The page's own image (photo, hero image, logo), or None."""
    for name in IMAGE_FIELDS:
        image = getattr(page, name, None)
        if image is not None and hasattr(image, "get_rendition"):
            return image
    return None


def candidate_images(page, site_settings):
    """The page's own image, then the site's; each loaded only when the one before fails."""
    if page is not None:
        yield page_image(page)
    if site_settings is not None:
        yield site_settings.share_image


def share_image(page=None, site_settings=None):
    """The image of a shared link: the page's own, else the site's (site settings), else the
    portal's default; as {"url", "width", "height", "alt"} with an absolute URL. The site's
    image is loaded only when the page has none of its own that renders."""
    for image in candidate_images(page, site_settings):
        if image is None:
            continue
        try:
            rendition = image.get_rendition(SHARE_IMAGE_FILTER)
        except SourceImageIOError:  # the file is missing: try the next one
            continue
        return {
            "url": absolute_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    default = DEFAULT_SHARE_IMAGE
    return {**default, "url": absolute_url(static(default["path"]))}


def canonical_url(request, page=None):
    """The public address of what ``request`` shows: the page's full URL (plus the sub-path of
    a routable page's view), or ``BASE_URL`` and the path; never the request's host."""
    path = escape_uri_path(request.path)
    full_url = page.get_full_url(request) if page is not None else None
    if not full_url:
        return absolute_url(path)
    page_path = urlsplit(full_url).path
    if path.startswith(page_path):
        return full_url + path[len(page_path) :]
    return full_url  # a preview in the admin
