"""The registry servers the release rehearsal publishes to, each on 127.0.0.1 and
stopped when its `with` block ends: pypiserver (a PEP 503 index) and verdaccio
(an npm registry).  A Go module proxy and a Maven repository need no server:
the go command and Maven read their standard layouts from file:// URLs."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

# Polls of a starting server, a tenth of a second apart: a bound, not a timing.
READY_POLLS = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except urllib.error.HTTPError:
        return True  # it answered
    except OSError:
        return False


@contextlib.contextmanager
def _server(cmd: list[str], url: str, log: Path, cwd: Path) -> Iterator[str]:
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    try:
        for _ in range(READY_POLLS):
            if process.poll() is not None or _answers(url):
                break
            time.sleep(0.1)
        if process.poll() is not None or not _answers(url):
            raise AssertionError(f"{cmd[0]} did not start:\n{log.read_text(errors='replace')}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def pypiserver(work: Path) -> Iterator[str]:
    """An empty index that takes uploads without a password; its root URL."""
    packages = work / "packages"
    packages.mkdir(parents=True)
    port = free_port()
    cmd = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    cmd += ["-a", ".", "-P", ".", "--disable-fallback", str(packages)]
    with _server(cmd, f"http://127.0.0.1:{port}/", work / "pypiserver.log", work) as url:
        yield url


VERDACCIO_CONFIG = """\
storage: {storage}
auth:
  htpasswd:
    file: {htpasswd}
    max_users: 1
# No uplinks: the registry serves what was published to it and nothing from elsewhere.
uplinks: {{}}
packages:
  "**":
    access: $all
    publish: $authenticated
log: {{type: stdout, format: pretty, level: warn}}
"""


@contextlib.contextmanager
def verdaccio(work: Path) -> Iterator[tuple[str, str]]:
    """An empty npm registry and one user's token: (registry URL, token)."""
    work.mkdir(parents=True, exist_ok=True)
    config = work / "config.yaml"
    config.write_text(
        VERDACCIO_CONFIG.format(storage=work / "storage", htpasswd=work / "htpasswd"),
        encoding="utf-8",
    )
    port = free_port()
    program = ROOT / "node_modules" / "verdaccio" / "bin" / "verdaccio"
    cmd = ["node", str(program), "--config", str(config), "--listen", f"127.0.0.1:{port}"]
    with _server(cmd, f"http://127.0.0.1:{port}/-/ping", work / "verdaccio.log", work):
        url = f"http://127.0.0.1:{port}/"
        yield url, _add_user(url)


def _add_user(url: str) -> str:
    """What `npm adduser` does: create the user, and keep the token the registry gives."""
    body = json.dumps({"name": "rehearsal", "password": "rehearsal-password"}).encode()
    request = urllib.request.Request(
        url + "-/user/org.couchdb.user:rehearsal",
        data=body,
        method="PUT",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["token"]
