"""`dyadscope serve`: the app it builds answers the API, --get answers in-process,
and the command itself starts uvicorn and serves until it is stopped."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.cli.serve import build_app

from .conftest import TOKEN, make_client


def test_the_app_the_cli_builds_answers_events(demo_db: Path) -> None:
    served = build_app(demo_db, host="127.0.0.1", allow_writes=False, max_body=1024)
    with make_client(served, base_url="http://127.0.0.1") as client:
        body = client.get("/api/events?pair=AZE-PAK").json()
        assert body["total"] > 0
        assert {r["record"] for r in body["records"]} == {"event"}
        # on loopback, a request naming another host (DNS rebinding) is refused
        assert client.get("/api/pairs", headers={"host": "attacker.example"}).status_code == 400


def test_get_answers_one_request_in_process(demo_db: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(demo_db), "--get",
                                      "/api/events?pair=AZE-PAK&limit=3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert len(body["records"]) == 3 and body["records"][0]["record"] == "event"


def test_get_of_a_wrong_request_exits_1_with_the_error(demo_db: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(demo_db), "--get",
                                      "/api/events?pair=AZE-XYZ"])  # fmt: skip
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["field"] == "pair"


def test_writes_without_a_token_are_refused_at_start(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DYADSCOPE_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(demo_db), "--allow-writes",
                                      "--get", "/healthz"])  # fmt: skip
    assert result.exit_code == 2
    assert "DYADSCOPE_TOKEN" in result.stderr


def test_writes_with_a_token_mount_the_write_routes(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADSCOPE_TOKEN", TOKEN)
    served = build_app(demo_db, host="127.0.0.1", allow_writes=True, max_body=1024)
    with make_client(served, base_url="http://127.0.0.1") as client:
        assert client.post("/api/ingest?filename=a.txt", content=b"x").status_code == 401


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb"),
                                      "--get", "/api/pairs"])  # fmt: skip
    assert result.exit_code == 2
    assert "no store here yet" in result.stderr


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 20], ids=["empty", "binary"])
def test_a_file_that_is_no_store_is_refused_at_start(tmp_path: Path, content: bytes) -> None:
    """Not a server answering 503 to every page: one line naming the file, at once."""
    db = tmp_path / "store.duckdb"
    db.write_bytes(content)
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--get", "/api/pairs"])
    assert result.exit_code != 0 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "store.duckdb: cannot open the store" in line


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for(url: str, process: subprocess.Popen[Any], timeout: float) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}")
        try:
            return httpx.get(url, timeout=2.0)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_the_command_serves_on_a_port_until_stopped(demo_db: Path) -> None:
    port = _free_port()
    env = {**os.environ, "DYADSCOPE_TOKEN": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "dyadscope", "serve", "--db", str(demo_db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        assert _wait_for(f"{base}/healthz", process, timeout=60).json() == {"ok": True}
        body = httpx.get(f"{base}/api/events?pair=AZE-PAK", timeout=30).json()
        assert body["total"] > 0 and body["records"][0]["record"] == "event"
        assert httpx.post(f"{base}/api/ingest?filename=a.txt", content=b"x").status_code == 404
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
