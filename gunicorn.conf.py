"""gunicorn settings from the environment (gunicorn reads this file from the working directory).

    gunicorn portal.wsgi

GUNICORN_BIND (0.0.0.0:8000), WEB_CONCURRENCY (worker processes; 2 × the CPUs this process
may use + 1), GUNICORN_THREADS (threads per worker; 2), GUNICORN_TIMEOUT (seconds; 30),
GUNICORN_MAX_REQUESTS (a worker is replaced after this many requests; 20000, 0 = never).

Rendering a page is CPU work in Python, so a worker process per CPU is what serves more requests;
the second thread of a worker answers while the first waits for the database or the cache.
"""

import os


def usable_cpus():
    """The CPUs this process may run on (a container's limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", usable_cpus() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
# Load Django once in the master: workers share its memory until they write to it.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """(In the master, after loading Django, before the workers fork.) Workers open database
    connections of their own: none the master may have opened is inherited and shared."""
    from django.db import connections

    connections.close_all()
