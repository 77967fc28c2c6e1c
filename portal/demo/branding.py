"""The city's look in the site settings: name, colours and a neutral mark for the header."""

from wagtail.models import Site

from portal.demo.images import city_mark, ensure_image
from portal.models import SiteSettings

# Ostrava's blue and cyan, darkened where needed to reach WCAG AA contrast against white.
BRANDING_FIELDS = {"city_name": "Ostrava", "primary_color": "#0066a6", "accent_color": "#00799a"}


def load(home, log):
    """Set the branding unless the site already has a logo (so an editor's choice stays)."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.logo_id:
        return
    for name, value in BRANDING_FIELDS.items():
        setattr(site_settings, name, value)
    site_settings.logo = ensure_image(
        "Znak portálu (ukázka)",
        "",
        lambda: city_mark(BRANDING_FIELDS["primary_color"], BRANDING_FIELDS["accent_color"]),
        "znak-portalu.png",
    )
    site_settings.save()
    log("Nastaven vzhled webu: Ostrava")
