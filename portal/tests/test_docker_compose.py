"""docker-compose.yml validates with the docker-compose on this machine and describes the whole stack."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from conftest import require_service

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
EXPECTED_SERVICES = {"web", "worker", "beat", "db", "redis", "search"}


def docker_compose(*args: str, **env: str) -> subprocess.CompletedProcess:
    require_service("docker-compose")
    executable = shutil.which("docker-compose")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("COMPOSE_") and k != "SECRET_KEY"}
    environment.update(env)
    return subprocess.run(
        [executable, "--file", str(COMPOSE_FILE), "--project-directory", str(ROOT), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def service_images(config: str) -> dict[str, str]:
    """The image of each service in `docker-compose config` output (normalised YAML, two-space indent)."""
    images: dict[str, str] = {}
    in_services = False
    service = None
    for line in config.splitlines():
        if not line.startswith(" "):
            in_services = line.rstrip() == "services:"
            continue
        if not in_services:
            continue
        if match := re.fullmatch(r"  ([\w.-]+):\s*", line):
            service = match.group(1)
        elif service and (match := re.fullmatch(r"    image: ['\"]?([^'\"]+?)['\"]?\s*", line)):
            images[service] = match.group(1)
    return images


def test_compose_file_validates_and_lists_the_stack():
    result = docker_compose("config", SECRET_KEY="x")
    assert result.returncode == 0, result.stderr
    images = service_images(result.stdout)
    assert set(images) >= EXPECTED_SERVICES, images
    assert re.fullmatch(r"docker\.elastic\.co/elasticsearch/elasticsearch:9(\.\d+)*", images["search"])

    listed = docker_compose("config", "--services", SECRET_KEY="x")
    assert listed.returncode == 0, listed.stderr
    assert set(listed.stdout.split()) >= EXPECTED_SERVICES


def test_compose_file_requires_a_secret_key():
    result = docker_compose("config", "--quiet")
    assert result.returncode != 0
    assert "set SECRET_KEY" in result.stderr
