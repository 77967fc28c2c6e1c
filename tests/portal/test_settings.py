"""Production settings are safe to deploy and refuse to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-key-" + "x7Qz!k9#Lm2@vB4$nR8%tW6^" * 2,
    "ALLOWED_HOSTS": "portal.example.org",
    "REDIS_URL": "redis://cache.invalid:6379/1",  # never contacted by `check`
}


def _manage(*args, env):
    clean_env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_without_a_shared_cache_warns_that_rate_limits_are_per_worker():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "REDIS_URL"}

    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    assert "portal.W010" in result.stdout + result.stderr
    assert "REDIS_URL" in result.stdout + result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {**PRODUCTION_ENV, "ALLOWED_HOSTS": ""}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_models_and_migrations_are_in_step():
    result = _manage(
        "makemigrations",
        "--check",
        "--dry-run",
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_never_enables_demo_accounts():
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEMO_ACCOUNTS_ENABLED)",
        env=PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def _postgres_options(cost=None):
    env = {"DATABASE_URL": "postgres://portal@db.invalid:5432/portal"}
    if cost is not None:
        env["POSTGRES_RANDOM_PAGE_COST"] = cost
    code = "from django.conf import settings; print(settings.DATABASES['default'].get('OPTIONS'))"
    return _manage("shell", "-c", code, env={**PRODUCTION_ENV, **env})


def test_postgresql_connections_plan_for_ssd_storage_unless_told_otherwise():
    assert "'options': '-c random_page_cost=1.1'" in _postgres_options().stdout
    assert "random_page_cost" not in _postgres_options("").stdout
    assert "'-c random_page_cost=2.0'" in _postgres_options("2").stdout
