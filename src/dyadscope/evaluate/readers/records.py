"""Our own gold format: JSON Lines, one passage per line, expected records per records.md.

A line looks like::

    {"id": "ex-1", "text": "...", "date": "2017-11-03", "title": "...",
     "expected": [{"kind": "visit", "plover": "CONSULT", "cameo": "042",
                   "actor1": {"code": "PAK"}, "actor2": {"code": "AZE"},
                   "date": {"start": "2017-11"}, "status": "actual",
                   "quantities": [{"value": 10, "unit": "count"}]}]}

``others`` lists the further parties of a several-party event ("A, B and C held
drills": actor1 A, actor2 B, others [C]). Keys of a line beyond these (``url``,
``site``, ``set`` ...) describe the passage and are not scored.

Every field of an expected record is optional; what is left out is not
scored. ``actor1``/``actor2`` may also be a bare code string and ``date`` a
bare ISO string. An empty ``expected`` list says "nothing should be coded".
A malformed line is quarantined as a Rejection and the other lines are kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dyadscope.errors import InputError
from dyadscope.evaluate.gold import (
    ExpectedActor,
    ExpectedEvent,
    ExpectedQuantity,
    GoldItem,
    GoldSet,
)
from dyadscope.evaluate.plover_labels import translate
from dyadscope.evaluate.readers.common import read_text
from dyadscope.model import STATUSES, Rejection
from dyadscope.settings import DEFAULT_MAX_BYTES

_MAX_SNIPPET = 200


def _opt_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string, got {type(value).__name__}")
    return value.strip() or None


def _actor(raw: object, key: str) -> ExpectedActor | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return ExpectedActor(code=raw.strip().upper())
    if isinstance(raw, dict):
        code = _opt_str(raw, "code")
        if code is None:
            raise ValueError(f"'{key}' needs a 'code'")
        sector = _opt_str(raw, "sector")
        return ExpectedActor(code=code.upper(), sector=sector.upper() if sector else None)
    raise ValueError(f"'{key}' must be an object with 'code' or a code string")


def _others(raw: object) -> tuple[ExpectedActor, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ValueError("'others' must be a list of actors")
    return tuple(a for a in (_actor(item, "others") for item in raw) if a is not None)


def _date(raw: object) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, dict):
        return _opt_str(raw, "start")
    raise ValueError("'date' must be an object with 'start' or an ISO date string")


def _quantities(raw: object) -> tuple[ExpectedQuantity, ...] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise ValueError("'quantities' must be a list")
    out = []
    for item in raw:
        if not isinstance(item, dict):
            raise ValueError("each quantity must be an object with a 'value'")
        value = item.get("value")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("a quantity's 'value' must be a number")
        out.append(
            ExpectedQuantity(
                value=float(value),
                unit=_opt_str(item, "unit"),
                currency=_opt_str(item, "currency"),
            )
        )
    return tuple(out)


def parse_expected(raw: object) -> ExpectedEvent:
    """One expected event record (partial records.md form); ValueError says what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("each expected record must be a JSON object")
    plover = _opt_str(raw, "plover")
    mode = _opt_str(raw, "mode")
    if plover:
        plover, mode = translate(plover, mode)
    status = _opt_str(raw, "status")
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status '{status}' (allowed: {', '.join(STATUSES)})")
    directed = raw.get("directed")
    if directed is not None and not isinstance(directed, bool):
        raise ValueError("'directed' must be true or false")
    return ExpectedEvent(
        kind=_opt_str(raw, "kind"),
        plover=plover,
        mode=mode,
        cameo=_opt_str(raw, "cameo"),
        actor1=_actor(raw.get("actor1"), "actor1"),
        actor2=_actor(raw.get("actor2"), "actor2"),
        date=_date(raw.get("date")),
        status=status,
        quantities=_quantities(raw.get("quantities")),
        directed=directed,
        others=_others(raw.get("others")),
    )


def _item(raw: object, number: int) -> GoldItem:
    if not isinstance(raw, dict):
        raise ValueError("line is not a JSON object")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' is missing or empty")
    expected_raw = raw.get("expected", [])
    if not isinstance(expected_raw, list):
        raise ValueError("'expected' must be a list of records")
    expected = []
    for entry in expected_raw:
        if isinstance(entry, dict) and entry.get("record", "event") != "event":
            raise ValueError("only event records can be expected (got an observation)")
        expected.append(parse_expected(entry))
    ident = raw.get("id")
    return GoldItem(
        id=str(ident) if ident is not None else f"line-{number}",
        text=text,
        expected=tuple(expected),
        date=_date(raw.get("date")),
        title=_opt_str(raw, "title"),
        scheme="iso",
        line=number,
    )


def read_records(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> GoldSet:
    """Read a JSON Lines gold file; bad lines become Rejections, good ones are kept."""
    text = read_text(path, max_bytes=max_bytes)
    items: list[GoldItem] = []
    rejections: list[Rejection] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(_item(json.loads(line), number))
        except json.JSONDecodeError as exc:
            reason = f"not valid JSON ({exc.msg})"
        except RecursionError:
            reason = "JSON nested too deeply"
        except ValueError as exc:
            reason = str(exc)
        else:
            continue
        rejections.append(
            Rejection(str(path), reason, line=number, content=line[:_MAX_SNIPPET], stage="eval")
        )
    if not items:
        first = f"line {rejections[0].line}: {rejections[0].reason}" if rejections else "none"
        raise InputError(
            str(path), f"no usable gold records ({len(rejections)} rejected; first {first})"
        )
    return GoldSet(str(path), "records", tuple(items), tuple(rejections))
