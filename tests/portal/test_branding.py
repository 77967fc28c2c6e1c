"""The city's colours in the site settings: hex colours with WCAG AA contrast against white,
refused with a Czech message otherwise, and served as CSS custom properties."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from portal.branding import brand_css, contrast_ratio, normalize_hex, validate_brand_color
from portal.models import SiteSettings


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # lightest AA grey
    assert contrast_ratio("#777", "#fff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("color", ["#0066a6", "#00799A", "#000", "#767676"])
def test_dark_enough_colours_are_accepted(color):
    validate_brand_color(color)  # raises ValidationError when refused
    assert contrast_ratio(normalize_hex(color), "#ffffff") >= 4.5


@pytest.mark.parametrize(
    ("color", "message"),
    [
        ("#00aeef", "kontrast jen 2,5 : 1"),  # Ostrava's bright cyan: too light for text
        ("#777777", "kontrast jen 4,5 : 1"),  # 4.48: rounds to 4,5 but still fails
        ("#ffff00", "alespoň 4,5 : 1"),
        ("modrá", "šestnáctkovém zápisu"),
        ("#12345", "šestnáctkovém zápisu"),
        ("0066a6", "šestnáctkovém zápisu"),
        ("#0066a6; color: red", "šestnáctkovém zápisu"),
    ],
)
def test_other_values_are_refused_in_czech(color, message):
    with pytest.raises(ValidationError) as error:
        validate_brand_color(color)
    assert message in error.value.messages[0]


@pytest.mark.django_db
def test_the_settings_refuse_a_light_colour_and_normalise_a_short_one(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.primary_color = "#00aeef"
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert "primary_color" in error.value.message_dict
    assert "WCAG AA" in error.value.message_dict["primary_color"][0]
    settings.primary_color = "#06A"
    settings.full_clean()
    assert settings.primary_color == "#0066aa"


@pytest.mark.django_db
def test_the_stylesheet_carries_the_sites_colours_and_may_be_cached(client, home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.primary_color = "#0066a6"
    settings.accent_color = "#00799a"
    settings.save()
    html = client.get("/").content.decode()
    assert '<link rel="stylesheet" href="/vzhled.css?v=0066a600799a">' in html
    response = client.get("/vzhled.css?v=0066a600799a")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert "max-age=31536000" in response["Cache-Control"]
    css = response.content.decode()
    assert "--color-primary:#0066a6;" in css
    assert "--color-accent:#00799a" in css
    assert "--color-primary-dark:#005081;" in css  # 22 % darker for hover


def test_brand_css_falls_back_to_the_default_colours():
    assert "--color-primary:#0b4f8a;" in brand_css("", "")
