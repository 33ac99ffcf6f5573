"""The config file's settings, as the API reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.errors import DyadscopeError
from dyadscope.settings import load_settings


@pytest.fixture()
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("DYADSCOPE_CONFIG", str(path))
    return path


def test_dictionaries_and_dictionaries_only(config: Path) -> None:
    config.write_text('dictionaries = ["~/a.verbs"]\ndictionaries_only = true\n', "utf-8")
    settings = load_settings()
    assert settings.dictionaries == (Path("~/a.verbs").expanduser(),)
    assert settings.dictionaries_only is True


def test_dictionaries_only_defaults_to_adding(config: Path) -> None:
    config.write_text('dictionaries = ["~/a.verbs"]\n', "utf-8")
    assert load_settings().dictionaries_only is False


def test_dictionaries_only_must_be_a_boolean(config: Path) -> None:
    config.write_text('dictionaries_only = "yes"\n', "utf-8")
    with pytest.raises(DyadscopeError, match="dictionaries_only must be true or false"):
        load_settings()
