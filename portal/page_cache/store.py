"""Reading and writing cached pages; every cache error is logged and treated as a miss."""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Headers that belong to one response only and are never replayed from the cache.
PRIVATE_HEADERS = {"set-cookie", "x-page-cache"}


def _new_generation():
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    return cache.get(GENERATION_KEY)


def bump_generation():
    """Orphan every cached page: the next request of each page renders it anew."""
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.warning("Page cache unavailable (bumping the generation).", exc_info=True)
        try:
            cache.delete(GENERATION_KEY)
        except Exception:
            logger.warning("Page cache unavailable (deleting the generation).", exc_info=True)


def page_key(request):
    """Cache key of one public address."""
    address = f"{request.get_host()}{request.path}"
    return f"page-cache:{hashlib.sha256(address.encode()).hexdigest()}"


def get_page(key):
    """(generation, page) in one round trip: the current generation (None when the cache is
    unavailable) and the (status, headers, content) stored under ``key`` for it, or None."""
    try:
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _new_generation()
    except Exception:
        logger.warning("Page cache unavailable (reading a page).", exc_info=True)
        return None, None
    stored = found.get(key)
    if stored is None or stored[0] != generation:
        return generation, None
    return generation, stored[1:]


def set_page(key, generation, response):
    """Store ``response`` as the page of ``key`` rendered under ``generation``."""
    headers = {
        name: value for name, value in response.items() if name.lower() not in PRIVATE_HEADERS
    }
    page = (generation, response.status_code, headers, response.content)
    try:
        cache.set(key, page, settings.PAGE_CACHE_TIMEOUT)
    except Exception:
        logger.warning("Page cache unavailable (storing a page).", exc_info=True)
