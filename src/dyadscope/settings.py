"""Settings: defaults, then the user's config file, then environment variables, then flags.

The config file is TOML at ``$DYADSCOPE_CONFIG`` or ``~/.config/dyadscope/config.toml``::

    db = "/data/dyads.duckdb"        # store file
    max_bytes = 104857600            # refuse documents larger than this
    dictionaries = ["~/my-actors.tsv", "~/my-events.tsv"]
    dictionaries_only = false        # true: code with those alone (no package patterns/agents)
    one_sided = false                # true: keep events with one side, or inside one state
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyadscope.errors import DyadscopeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dyadscope"


def _config_path() -> Path:
    explicit = os.environ.get("DYADSCOPE_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "dyadscope" / "config.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run may be configured with; immutable, derive with ``with_``."""

    db: Path = field(default_factory=lambda: _data_home() / "dyadscope.duckdb")
    max_bytes: int = DEFAULT_MAX_BYTES
    dictionaries: tuple[Path, ...] = ()
    dictionaries_only: bool = False
    one_sided: bool = False

    def with_(self, **changes: object) -> Settings:
        clean = {k: v for k, v in changes.items() if v is not None}
        return replace(self, **clean)  # type: ignore[arg-type]


def load_settings() -> Settings:
    """Defaults < config file < environment (``DYADSCOPE_DB``, ``DYADSCOPE_MAX_BYTES``)."""
    settings = Settings()
    path = _config_path()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DyadscopeError(f"{path}: not a valid TOML config file ({exc})") from exc
        if "db" in data:
            settings = settings.with_(db=Path(str(data["db"])).expanduser())
        if "max_bytes" in data:
            settings = settings.with_(max_bytes=int(data["max_bytes"]))
        if "dictionaries" in data:
            dicts = tuple(Path(str(p)).expanduser() for p in data["dictionaries"])
            settings = settings.with_(dictionaries=dicts)
        for key in ("dictionaries_only", "one_sided"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise DyadscopeError(f"{path}: {key} must be true or false")
                settings = settings.with_(**{key: data[key]})
    if os.environ.get("DYADSCOPE_DB"):
        settings = settings.with_(db=Path(os.environ["DYADSCOPE_DB"]).expanduser())
    if os.environ.get("DYADSCOPE_MAX_BYTES"):
        try:
            settings = settings.with_(max_bytes=int(os.environ["DYADSCOPE_MAX_BYTES"]))
        except ValueError as exc:
            raise DyadscopeError("DYADSCOPE_MAX_BYTES must be a whole number of bytes") from exc
    return settings
