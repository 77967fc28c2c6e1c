"""Images reach phones small and in modern formats, without shifting the layout."""

import re
from io import BytesIO

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from portal.demo import renditions as renditions_step
from portal.demo.pages import ensure_child
from portal.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_cached_renditions():
    """Wagtail keeps renditions in the cache too; other tests' images must not be found there."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def photo():
    buffer = BytesIO()
    PillowImage.new("RGB", (1600, 1000), "#2a6f97").save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Setkání v komunitním centru",
        description="Lidé diskutují u stolu",
        file=ImageFile(buffer, name="setkani.jpg"),
    )


@pytest.fixture
def home_with_hero(home_page, photo):
    home_page.hero_image = photo
    home_page.save_revision().publish()
    return home_page


def picture_of(html, css_class):
    match = re.search(r'<picture>.*?class="' + css_class + r'".*?</picture>', html, re.S)
    assert match, html
    return match.group(0)


def test_home_hero_is_a_responsive_picture_loaded_first(client, home_with_hero):
    picture = picture_of(client.get("/").content.decode(), "hero__image")

    avif, webp = re.findall(r'<source type="(image/\w+)" srcset="([^"]+)"', picture)
    assert avif[0] == "image/avif" and webp[0] == "image/webp"
    assert [int(w) for w in re.findall(r"\.avif (\d+)w", avif[1])] == [320, 640, 960]
    assert [int(w) for w in re.findall(r"\.webp (\d+)w", webp[1])] == [320, 640, 960]
    assert 'width="640" height="400"' in picture
    assert 'alt="Lidé diskutují u stolu"' in picture
    assert 'fetchpriority="high"' in picture
    assert 'loading="lazy"' not in picture


def test_image_in_page_body_loads_lazily(client, home_page, photo):
    page = ensure_child(
        home_page,
        StandardPage,
        "fotogalerie",
        title="Fotogalerie",
        body=[("image", {"image": photo, "alt_text": "Diskuse", "caption": "Setkání"})],
    )

    html = client.get(page.url).content.decode()

    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'loading="lazy"' in picture
    assert 'width="800" height="500"' in picture
    assert 'alt="Diskuse"' in picture


def test_demo_step_creates_renditions_before_the_first_visit(client, home_with_hero, photo):
    assert not photo.renditions.exists()

    renditions_step.load(home_with_hero, log=lambda message: None)

    specs = set(photo.renditions.values_list("filter_spec", flat=True))
    for width in ("320x200", "640x400", "960x600"):
        assert f"fill-{width}|format-avif" in specs
        assert f"fill-{width}|format-webp" in specs
    assert "fill-640x400" in specs
    created = photo.renditions.count()
    client.get("/")
    assert photo.renditions.count() == created
