"""Pictures of the demo content, drawn here so that no third party's photo or logo is copied:
the city's neutral mark for the header and an illustration for the campaign."""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model


def ensure_image(title, description, draw, filename):
    """The demo image called ``title``, drawn by ``draw()`` (a PIL image) the first time."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    draw().save(buffer, format="PNG", optimize=True)
    image = model(title=title, description=description)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image


def hex_rgb(color):
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def city_mark(primary, accent, size=192):
    """A neutral sign for the header: a blue tile with a ring and a cyan arc (not the city's
    registered logo)."""
    scale = 4  # draw large, then shrink: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=hex_rgb(primary))
    ring = big // 9
    box = (big * 0.2, big * 0.2, big * 0.8, big * 0.8)
    draw.ellipse(box, outline=(255, 255, 255), width=ring)
    draw.arc(box, start=200, end=340, fill=hex_rgb(accent), width=ring)
    draw.ellipse((big * 0.44, big * 0.44, big * 0.56, big * 0.56), fill=(255, 255, 255))
    return image.resize((size, size), Image.LANCZOS)


def family_illustration(width=1280, height=720):
    """A calm, flat drawing of a house and a family for the foster-care campaign."""
    scale = 2
    w, h = width * scale, height * scale
    image = Image.new("RGB", (w, h), (232, 242, 248))
    draw = ImageDraw.Draw(image)
    draw.ellipse((-w * 0.2, h * 0.72, w * 1.2, h * 1.6), fill=(196, 226, 200))  # a hill
    draw.ellipse((w * 0.78, h * 0.08, w * 0.9, h * 0.08 + w * 0.12), fill=(255, 214, 122))  # sun
    # The house
    hx0, hx1, roof, base = w * 0.14, w * 0.44, h * 0.3, h * 0.8
    draw.polygon(
        [(hx0 - w * 0.03, h * 0.5), ((hx0 + hx1) / 2, roof), (hx1 + w * 0.03, h * 0.5)],
        fill=(0, 102, 166),
    )
    draw.rectangle((hx0, h * 0.5, hx1, base), fill=(255, 255, 255))
    draw.rectangle((w * 0.26, h * 0.6, w * 0.32, base), fill=(0, 121, 154))  # door
    draw.rectangle((w * 0.17, h * 0.56, w * 0.23, h * 0.66), fill=(255, 214, 122))  # windows
    draw.rectangle((w * 0.35, h * 0.56, w * 0.41, h * 0.66), fill=(255, 214, 122))
    # Two adults and a child holding hands
    ground = h * 0.84

    def person(x, height_, colour):
        head = height_ * 0.13
        top = ground - height_
        draw.ellipse((x - head, top, x + head, top + 2 * head), fill=(120, 84, 62))
        draw.rounded_rectangle(
            (x - head * 1.3, top + 2.2 * head, x + head * 1.3, ground), radius=head, fill=colour
        )
        return top + 3.4 * head

    hand_left = person(w * 0.58, h * 0.5, (0, 102, 166))
    person(w * 0.7, h * 0.3, (230, 120, 80))
    hand_right = person(w * 0.82, h * 0.47, (0, 121, 154))
    draw.line((w * 0.6, hand_left, w * 0.68, ground - h * 0.17), fill=(120, 84, 62), width=22)
    draw.line((w * 0.72, ground - h * 0.17, w * 0.8, hand_right), fill=(120, 84, 62), width=22)
    # A heart above them
    cx, cy, r = w * 0.7, h * 0.22, w * 0.028
    draw.ellipse((cx - 2 * r, cy - r, cx, cy + r), fill=(214, 69, 80))
    draw.ellipse((cx, cy - r, cx + 2 * r, cy + r), fill=(214, 69, 80))
    draw.polygon(
        [(cx - 1.95 * r, cy + 0.3 * r), (cx + 1.95 * r, cy + 0.3 * r), (cx, cy + 2.4 * r)],
        fill=(214, 69, 80),
    )
    return image.resize((width, height), Image.LANCZOS)
