"""Create the image renditions public pages show before any visitor asks for one.

Renditions are whatever the templates request (``{% responsive_image %}``: AVIF and WebP at
several widths, teasers on index pages included), so when there are images the step renders
every live page once, as an anonymous visitor would.
"""

from django.conf import settings
from django.http.request import validate_host
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page


def public_host(page):
    site = page.get_site()
    hostname = site.hostname if site else "localhost"
    if validate_host(hostname, settings.ALLOWED_HOSTS):
        return hostname
    return settings.ALLOWED_HOSTS[0].lstrip(".").replace("*", "www")


def load(home, log):
    client = Client(raise_request_exception=False)
    rendered = 0
    if not get_image_model().objects.exists():
        return
    for page in Page.objects.live().filter(depth__gt=1).specific(defer=True):
        url_parts = page.get_url_parts()
        if url_parts is None:  # the tree's root and pages outside every site
            continue
        path = url_parts[2]
        response = client.get(
            path, secure=settings.SECURE_SSL_REDIRECT, headers={"host": public_host(page)}
        )
        if response.status_code == 200:
            rendered += 1
        else:
            log(f"Obrázky stránky {path} se nepodařilo připravit ({response.status_code}).")
    if rendered:
        log(f"Připraveny zmenšeniny obrázků (stránek: {rendered})")
