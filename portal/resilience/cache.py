"""Django's Redis cache that stays out of the way while Redis is unreachable.

Every operation that fails to reach Redis is logged once per outage and answered as a cache
miss (reads) or silently dropped (writes); for ``RETRY_AFTER`` seconds afterwards Redis is not
asked at all, so a hanging server cannot slow every request down. Pages then render from the
database, as if nothing had been cached.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

REDIS_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)


def _tolerant(fallback):
    """Run the RedisCache method, or return ``fallback(*args, **kwargs)`` when Redis is down."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self._is_down():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except REDIS_ERRORS as error:
                self._mark_down(error)
                return fallback(*args, **kwargs)
            self._down_until = 0.0
            return result

        return wrapper

    return decorator


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _no_failed_keys(*args, **kwargs):
    return []


def _default(key, default=None, version=None):
    return default


def _incr_missing(key, delta=1, version=None):
    # Like an expired key: callers of incr() already handle this (Django raises ValueError).
    raise ValueError(f"Key '{key}' not found (the cache is unavailable).")


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.retry_after = float(params.get("RETRY_AFTER", 10))
        self._down_until = 0.0

    def _is_down(self):
        return time.monotonic() < self._down_until

    def _mark_down(self, error):
        if not self._down_until:
            logger.warning(
                "Redis cache unreachable (%s); serving without the cache for %s s",
                error,
                self.retry_after,
            )
        self._down_until = time.monotonic() + self.retry_after

    add = _tolerant(_false)(RedisCache.add)
    get = _tolerant(_default)(RedisCache.get)
    set = _tolerant(_none)(RedisCache.set)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    get_many = _tolerant(_empty)(RedisCache.get_many)
    has_key = _tolerant(_false)(RedisCache.has_key)
    incr = _tolerant(_incr_missing)(RedisCache.incr)
    set_many = _tolerant(_no_failed_keys)(RedisCache.set_many)
    delete_many = _tolerant(_none)(RedisCache.delete_many)
    clear = _tolerant(_false)(RedisCache.clear)
