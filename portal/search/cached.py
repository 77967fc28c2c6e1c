"""Small vocabularies every search reads (the lexicon, crisis lines, the catalogue's filter
terms), kept in the cache under the page cache's generation, which any change of content bumps.

With the local-memory cache each worker keeps its own generation, so an entry also expires after
``TIMEOUT`` seconds: an edit in the admin reaches every worker within a minute.
"""

import logging
import uuid

from django.core.cache import cache

from portal.page_cache.store import GENERATION_KEY

logger = logging.getLogger(__name__)

TIMEOUT = 60


def cached(name, load):
    """``load()``, or what it returned under the current content generation."""
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
            generation = cache.get(GENERATION_KEY)
        key = f"search:{name}:{generation}"
        found = cache.get(key)
        if found is None:
            found = load()
            cache.set(key, found, TIMEOUT)
        return found
    except Exception:  # an unreachable cache must not stop a search
        logger.warning("Cache unavailable; search vocabulary read from the database", exc_info=True)
        return load()
