"""gunicorn settings from the environment (gunicorn reads this file from the working directory).

    gunicorn portal.wsgi

GUNICORN_BIND (0.0.0.0:8000), WEB_CONCURRENCY (worker processes; 2 × CPUs + 1),
GUNICORN_THREADS (threads per worker; 2), GUNICORN_TIMEOUT (seconds; 30),
GUNICORN_MAX_REQUESTS (a worker is replaced after this many requests; 20000, 0 = never).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
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
