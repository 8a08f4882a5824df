"""Production settings refuse unsafe configuration and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_the_default_secret_key():
    result = run_manage("check", DJANGO_ENV="production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_a_per_process_cache():
    result = run_manage("check", DJANGO_ENV="production", SECRET_KEY=secrets.token_urlsafe(60), REDIS_URL="")
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_production_refuses_debug():
    result = run_manage("check", DJANGO_ENV="production", SECRET_KEY=secrets.token_urlsafe(60), DEBUG="1")
    assert result.returncode != 0
    assert "DEBUG" in result.stderr


def test_deploy_checks_are_clean_in_production():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="medclusters.example.org",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_unreachable_database_gives_a_clear_error_not_a_traceback():
    result = run_manage("migrate", DATABASE_URL="postgres://nobody:secret@127.0.0.1:1/none")
    assert result.returncode != 0
    assert "Cannot use the database" in result.stderr
    assert "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_database_scheme_gives_a_clear_error():
    result = run_manage("migrate", DATABASE_URL="nosuchdb://host/name")
    assert result.returncode != 0
    assert "Configuration error" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_a_broker_tasks_run_at_once_and_no_broker_is_looked_for():
    script = "from portal.celery import app\n@app.task\ndef double(n): return 2 * n\nprint(double.delay(21).get())\n"
    result = run_manage("shell", "-c", script, CELERY_BROKER_URL="", DJANGO_ENV="development")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "42"
    assert "No hostname was supplied" not in result.stderr
