"""The default Wagtail ``Site`` follows ``BASE_URL``, so that every page's full URL (canonical
link, sitemap, feeds, iCalendar, JSON-LD, open data, e-mails) starts with the public address.

``load_demo`` and ``manage.py sync_site`` set it; a system check warns when the two disagree.
"""

from django.core import checks
from django.db import DatabaseError
from wagtail.models import Site

from portal.base_url import base_url, site_address


class NoDefaultSite(Exception):
    pass


def sync_default_site(root_page=None, site_name=None):
    """Give the default site the host and port of ``BASE_URL`` (and ``root_page``/``site_name``
    when given); return the site and whether anything changed."""
    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = site_address()
    if site is None:
        if root_page is None:
            raise NoDefaultSite("Žádný web není nastavený jako výchozí.")
        site = Site(is_default_site=True, root_page=root_page)
    wanted = {"hostname": hostname, "port": port}
    if root_page is not None:
        wanted["root_page_id"] = root_page.pk
    if site_name is not None:
        wanted["site_name"] = site_name
    changed = site.pk is None or any(getattr(site, k) != v for k, v in wanted.items())
    if changed:
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
    return site, changed


@checks.register(checks.Tags.database)
def check_default_site_follows_base_url(databases=None, **kwargs):
    """Warn when the default site's address is not ``BASE_URL`` (run by ``migrate`` and
    ``manage.py check --database default``; a database not migrated yet has nothing to say)."""
    if not databases or "default" not in databases:
        return []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []
    if site is None or site.root_url == base_url():
        return []
    return [
        checks.Warning(
            f"Výchozí web Wagtailu má adresu {site.root_url}, ale BASE_URL je {base_url()}: "
            "odkazy na stránky by vedly jinam.",
            hint="Spusťte `python manage.py sync_site`.",
            obj=site,
            id="portal.W001",
        )
    ]
