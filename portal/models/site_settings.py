"""Site-wide settings coordinators edit in the admin: contacts, address, footer, social links."""

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from portal.security.safe_urls import validate_safe_url


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Contact details and footer text shown on every page, and the image shared links show."""

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

    panels = [
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


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, related_name="social_links", on_delete=models.CASCADE)
    name = models.CharField("Název", max_length=60, help_text="Např. Facebook, YouTube.")
    url = models.URLField("Adresa", validators=[validate_safe_url])

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = "Odkaz na sociální síť"
        verbose_name_plural = "Odkazy na sociální sítě"
