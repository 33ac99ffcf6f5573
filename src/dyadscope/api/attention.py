"""Attention in each side's press: how much of A's media's GDELT coverage is about
B, and of B's about A. A proxy for awareness, kept apart from survey estimates:
it measures what the press wrote, not what people know or think."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.api import checks
from dyadscope.api.datasets import BY_PERIODS, ENGINES
from dyadscope.errors import UsageError
from dyadscope.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd


def attention(
    pair: Sequence[str],
    *,
    by: str = "year",
    db: Path | str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlets: Sequence[Path | str] = (),
    engine: str = "duckdb",
    master: str | None = None,
) -> pd.DataFrame:
    """One row per period with GDELT volume: ``attention_ab`` (the share of A's
    press coverage in the imported GDELT files that is about B; NaN where it
    cannot be computed), ``attention_ba``, their numerators ``mentions_ab``,
    ``mentions_ba``, denominators ``volume_a``, ``volume_b``, and ``unknown_share``
    (volume whose outlet country is unknown). A proxy for awareness, never a
    survey figure; the caveats are in ``frame.attrs["notes"]``, the pair as codes
    in ``frame.attrs["pair"]``. ``outlets``: files of more outlets
    (``domain iso3 name``), whose rows win over the package's table."""
    checks.one_of(by, BY_PERIODS, "by")
    checks.one_of(engine, ENGINES, "engine")
    chosen = checks.pair_codes(pair, "pair")
    if chosen is None:
        raise UsageError("pair", "give two countries")
    first, last = checks.period(since, until)
    files = [checks.existing_file(path, "outlets") for path in outlets]
    store = Path(db) if db else load_settings().db
    if not store.exists():
        raise UsageError("db", f"{store}: no store here yet (run `dyadscope import gdelt` first)")
    from dyadscope.analyse.attention import attention as run

    frame = run(store, chosen, by, since=first, until=last, engine=engine, master=master,
                outlets=files)  # fmt: skip
    frame.attrs["pair"] = chosen
    return frame
