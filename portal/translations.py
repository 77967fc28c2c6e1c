"""Compiles the project's own catalogues (locale/, LOCALE_PATHS) into the .mo files Django reads.

Pure Python (polib), so neither a newcomer's `make run` nor CI needs GNU gettext installed.
"""

from pathlib import Path

import polib
from django.conf import settings


def catalogue_sources():
    """Every ``.po`` file under the project's LOCALE_PATHS."""
    return sorted(po for root in settings.LOCALE_PATHS for po in Path(root).rglob("*.po"))


def compile_catalogues():
    """Writes a ``.mo`` beside each ``.po`` and returns the paths written."""
    written = []
    for source in catalogue_sources():
        target = source.with_suffix(".mo")
        polib.pofile(str(source)).save_as_mofile(str(target))
        written.append(target)
    return written
