"""The Wagtail site, its home page and its settings."""

from wagtail.models import Page, Site

from portal.default_site import sync_default_site
from portal.models import HomePage, SiteSettings

SITE_NAME = "Komunitní plánování sociálních služeb Ostrava"

HOME_FIELDS = {
    "title": "Komunitní plánování sociálních služeb",
    "hero_title": "Sociální služby v Ostravě na jednom místě",
    "hero_text": (
        "Najděte službu, která vám pomůže, zjistěte, co chystá město a neziskové organizace, "
        "a zapojte se do plánování sociálních služeb."
    ),
    "search_label": "Najděte sociální službu",
    "seo_title": "Komunitní plánování sociálních služeb Ostrava",
    "search_description": (
        "Katalog sociálních služeb v Ostravě, kampaně, akce a komunitní plány rozvoje "
        "sociálních služeb."
    ),
}

SETTINGS_FIELDS = {
    "organisation_name": "Statutární město Ostrava, Magistrát, odbor sociálních věcí",
    "email": "komunitni-planovani@example.org",
    "phone": "+420 599 000 000",
    "address": "Prokešovo náměstí 1803/8\n729 30 Ostrava",
    "footer_text": (
        "Portál komunitního plánování sociálních služeb. Ukázkový obsah: kontaktní údaje "
        "jsou smyšlené."
    ),
    "privacy_notice": (
        "Souhlasím se zpracováním osobních údajů uvedených ve formuláři statutárním městem "
        "Ostrava za účelem vyřízení mé registrace nebo připomínky. Údaje budou smazány po "
        "skončení účelu zpracování."
    ),
}


def ensure_home_page(log):
    """Replace Wagtail's welcome page by our HomePage and point the default site, at the address
    of ``BASE_URL``, at it."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        welcome = (
            root.get_children().filter(slug="home").exclude(content_type__model="homepage").first()
        )
        if welcome is not None:
            welcome.slug = "home-old"
            welcome.save(update_fields=["slug"])
        home = HomePage(slug="home", **HOME_FIELDS)
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.filter(root_page=welcome).update(root_page=home)
        if welcome is not None:
            welcome.delete()
        log("Vytvořena úvodní stránka")
    site, changed = sync_default_site(root_page=home, site_name=SITE_NAME)
    if changed:
        log(f"Výchozí web má adresu {site.root_url}")
    site_settings = SiteSettings.for_site(site)
    if not site_settings.email:
        for name, value in SETTINGS_FIELDS.items():
            setattr(site_settings, name, value)
        site_settings.save()
    return home
