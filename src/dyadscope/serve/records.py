"""Records as JSON the strict way: NaN and infinities become null (JSON has
neither, and a NaN would make the response fail), numpy scalars and dates plain."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse


def plain(value: Any) -> Any:
    """``value`` made of dicts, lists, strings, finite numbers, booleans and None."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    item = getattr(value, "item", None)  # numpy and pandas scalars
    if callable(item):
        return plain(item())
    return str(value)


def to_json(content: Any) -> bytes:
    """UTF-8 JSON of ``plain(content)``, names and sentences unescaped. Most content is
    plain already and is dumped as it is; only content holding a NaN is walked."""
    try:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                          default=_scalar)  # fmt: skip
    except ValueError:  # a NaN or infinity somewhere: null, as plain() makes it
        text = json.dumps(plain(content), ensure_ascii=False, allow_nan=False,
                          separators=(",", ":"))  # fmt: skip
    return text.encode("utf-8")


def _scalar(value: Any) -> Any:
    """What ``json`` cannot write itself: numpy scalars, dates, sets, anything else."""
    made = plain(value)
    if made is value:  # plain() found nothing to change: only its text is left
        return str(value)
    return made


class RecordResponse(JSONResponse):
    """A response of ``to_json(content)``."""

    def render(self, content: Any) -> bytes:
        return to_json(content)
