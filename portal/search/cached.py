"""Small vocabularies every search reads (the lexicon, crisis lines, the catalogue's filter
terms), kept in the memory of each process under the page cache's generation, which any change
of content bumps.

A search reads only the generation from the shared cache (a short string), never the
vocabularies themselves: unpickling a few hundred objects on every request cost more than the
search. With the local-memory cache each worker keeps its own generation, so an entry also
expires after ``TIMEOUT`` seconds: an edit in the admin reaches every worker within a minute.
"""

import logging
import threading
import time
import uuid

from django.core.cache import cache

from portal.page_cache.store import GENERATION_KEY

logger = logging.getLogger(__name__)

TIMEOUT = 60
_loaded = {}  # name -> (generation, time it expires, value)
_lock = threading.Lock()


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def cached(name, load):
    """``load()``, or what it returned in this process under the current content generation
    within the last ``TIMEOUT`` seconds. The value is shared: callers must not change it."""
    try:
        generation = _generation()
    except Exception:  # an unreachable cache must not stop a search
        logger.warning("Cache unavailable; search vocabulary read from the database", exc_info=True)
        return load()
    now = time.monotonic()
    found = _loaded.get(name)
    if found is not None and found[0] == generation and found[1] > now:
        return found[2]
    value = load()
    with _lock:
        _loaded[name] = (generation, now + TIMEOUT, value)
    return value


def memo(name):
    """A dict kept in this process for the current content generation (at most ``TIMEOUT``
    seconds), for values worked out one key at a time, e.g. the page an address leads to. It
    starts empty after every change of content; the caller bounds its size."""
    return cached(name, dict)
