"""Progress bars show on a terminal and stay out of pipes and files."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from dyadscope.cli import common


def _run(monkeypatch: pytest.MonkeyPatch, terminal: bool, total: int | None) -> str:
    out = io.StringIO()
    console = Console(file=out, force_terminal=terminal, width=80)
    monkeypatch.setattr(common, "err_console", console)
    with common.progress_bar("ingesting", total) as step:
        for index in range(3):
            step(f"added: file{index}.txt", total=3)
    return out.getvalue()


def test_a_terminal_sees_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _run(monkeypatch, terminal=True, total=3)
    assert "file" in shown and "3/3" in shown


def test_a_pipe_sees_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run(monkeypatch, terminal=False, total=3) == ""


def test_a_total_learnt_on_the_way_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "3/3" in _run(monkeypatch, terminal=True, total=None)
