"""Site-wide settings coordinators edit in the admin: the city's name, logo and colours, contacts,
address, footer, social links."""

import copy

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from portal.branding import DEFAULT_ACCENT, DEFAULT_PRIMARY, normalize_hex, validate_brand_color
from portal.search.cached import cached
from portal.security.safe_urls import validate_safe_url


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """The city's branding, contact details and footer text shown on every page, and the image
    shared links show."""

    city_name = models.CharField(
        "Název města",
        max_length=80,
        default="Ostrava",
        help_text="Zobrazí se v záhlaví každé stránky vedle loga.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Znak nebo logo do záhlaví (PNG, WebP nebo AVIF, aspoň 96 px vysoké; SVG z "
            "bezpečnostních důvodů nahrát nelze). Prázdné = jen název."
        ),
    )
    primary_color = models.CharField(
        "Hlavní barva",
        max_length=7,
        default=DEFAULT_PRIMARY,
        validators=[validate_brand_color],
        help_text=(
            "Barva záhlaví, tlačítek a odkazů, např. #00538a. Bílý text na ní musí mít "
            "kontrast aspoň 4,5 : 1."
        ),
    )
    accent_color = models.CharField(
        "Doplňková barva",
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[validate_brand_color],
        help_text="Barva piktogramů a zvýraznění; také s kontrastem aspoň 4,5 : 1 proti bílé.",
    )
    organisation_name = models.CharField(
        "Provozovatel portálu", max_length=200, default="Statutární město Ostrava"
    )
    email = models.EmailField("E-mail", blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    address = models.TextField("Adresa", blank=True)
    footer_text = models.TextField(
        "Text v patičce", blank=True, help_text="Krátký text zobrazený v patičce každé stránky."
    )
    privacy_notice = models.TextField(
        "Informace o zpracování osobních údajů",
        blank=True,
        help_text="Text souhlasu se zpracováním osobních údajů u formulářů.",
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Obrázek pro sdílení",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Zobrazí se u odkazu sdíleného na sociálních sítích, pokud stránka nemá vlastní "
            "obrázek. Ideálně 1200 × 630 px. Prázdné = výchozí obrázek portálu."
        ),
    )

    select_related = ["logo"]  # the header shows it on every page

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("city_name"),
                FieldPanel("logo"),
                FieldPanel("primary_color"),
                FieldPanel("accent_color"),
            ],
            heading="Vzhled",
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading="Kontakt",
        ),
        FieldPanel("footer_text"),
        FieldPanel("privacy_notice"),
        FieldPanel("share_image"),
        InlinePanel("social_links", heading="Sociální sítě", label="Odkaz"),
    ]

    class Meta:
        verbose_name = "Nastavení webu"

    def clean(self):
        super().clean()
        for name in ("primary_color", "accent_color"):
            value = getattr(self, name)
            if value:
                setattr(self, name, normalize_hex(value))

    @classmethod
    def for_request(cls, request):
        """The settings every public page shows in its header and footer, read from the database
        once per content generation (see ``portal.search.cached``) instead of on every request;
        each request gets its own copy. The admin edits the instance ``for_site`` reads afresh."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        shared = cached(f"site-settings:{site.pk}", lambda: cls._with_relations(site))
        site_settings = copy.deepcopy(shared)
        site_settings._request = request
        setattr(request, attr_name, site_settings)
        return site_settings

    @classmethod
    def _with_relations(cls, site):
        """The settings with their logo and social links loaded (no query when a page shows
        them)."""
        instance = cls.for_site(site)
        if instance.logo_id:
            instance.logo  # noqa: B018 -- loads the image once, kept in the cached copy
        instance.social_links = list(instance.social_links.all())
        return instance

    @property
    def brand_version(self):
        """Changes whenever the colours do: the cache key in the URL of ``/vzhled.css``."""
        return f"{self.primary_color}{self.accent_color}".replace("#", "")


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, related_name="social_links", on_delete=models.CASCADE)
    name = models.CharField("Název", max_length=60, help_text="Např. Facebook, YouTube.")
    url = models.URLField("Adresa", validators=[validate_safe_url])

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = "Odkaz na sociální síť"
        verbose_name_plural = "Odkazy na sociální sítě"
