"""English UI text that must not reach an editor: the messages of Wagtail's own catalogues.

Used by the client tests (on rendered HTML) and usable by browser journeys (on visible text).
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
# Words that read the same in Czech or are names, not English UI text.
SAME_IN_CZECH = {
    "Admin",
    "Alias",
    "API",
    "Aplikace",
    "Embed",
    "ID",
    "Import",
    "Minimum",
    "Maximum",
    "OK",
    "Token",
    "URL",
    "Wagtail",
}
HEARD_ATTRIBUTES = {"aria-label", "placeholder", "title", "alt", "value"}


@cache
def wagtail_english():
    """Wagtail's English messages (without placeholders or markup), longest first."""
    root = Path(wagtail.__file__).parent
    messages = set()
    for catalogue in root.rglob("locale/en/LC_MESSAGES/*.po"):
        for entry in polib.pofile(str(catalogue)):
            for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
                for part in PLACEHOLDER.split(msgid):
                    text = re.sub(r"<[^>]+>", " ", part).strip(" .,:;…'\"()-–\n")
                    if _is_english_ui_text(text):
                        messages.add(text)
    return sorted(messages, key=len, reverse=True)


def _is_english_ui_text(text):
    words = text.split()
    if not words or text in SAME_IN_CZECH:
        return False
    if len(words) == 1:
        # Single words only when capitalised like a label ("Checks", "Pages").
        return len(text) >= 4 and text[0].isupper() and text[1:].islower()
    return len(text) >= 8


class _Visible(HTMLParser):
    hidden_tags = {"script", "style", "template", "noscript"}
    void_tags = {
        "area",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "wbr",
    }

    def __init__(self):
        super().__init__()
        self.depth = 0  # > 0 inside an element nobody sees (and counts its open children)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.void_tags:
            if not self.depth and attributes.get("type") != "hidden":
                self.parts += [v for k, v in attrs if k in HEARD_ATTRIBUTES and v]
        elif self.depth:
            self.depth += 1
        elif tag in self.hidden_tags or "hidden" in attributes:
            self.depth = 1
        else:
            self.parts += [v for k, v in attrs if k in HEARD_ATTRIBUTES and v]

    def handle_endtag(self, tag):
        if self.depth and tag not in self.void_tags:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.parts.append(data.strip())


def visible_text(html):
    """Text a person sees or hears: element text and labelling attributes, not scripts."""
    parser = _Visible()
    parser.feed(html)
    return "\n".join(parser.parts)


def english_in(text, ignore=()):
    """The English messages of Wagtail found in ``text`` (whole words only)."""
    found = []
    for message in wagtail_english():
        if message in ignore:
            continue
        if re.search(rf"(?<![\w-]){re.escape(message)}(?![\w-])", text):
            found.append(message)
    return found
