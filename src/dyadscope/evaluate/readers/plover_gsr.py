"""The PLOVER gold-standard records (a JSON array of coded sentences, PLOVER v0.5).

The file is CC BY-SA: it is read at run time from the user's path and nothing
from it is stored in the package. Translation to our gold model:

* ``event``/``mode`` -> current PLOVER type and mode (see ``plover_labels``);
* first ``source`` actor -> actor1 code, first ``target`` actor -> actor2 code
  (codes only: the file's sector strings are too irregular to score);
* a reciprocal coding (``SRC/TAR`` markup, or two sources and no target) is
  undirected, with the second source as actor2;
* CONSULT with mode ``host`` (coded host -> guest) is turned round to our
  ``visit`` direction, visitor -> host;
* the DOCUMENT header object is skipped; ``date`` is passed to the coder as
  the document date but not scored (it is a placeholder, 2000-01-01).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dyadscope.errors import InputError
from dyadscope.evaluate.gold import ExpectedActor, ExpectedEvent, GoldItem, GoldSet
from dyadscope.evaluate.plover_labels import translate
from dyadscope.evaluate.readers.common import read_text
from dyadscope.model import Rejection
from dyadscope.settings import DEFAULT_MAX_BYTES


def _actors(raw: object) -> list[ExpectedActor]:
    """A source/target field as actors; "" / null / stray strings mean none."""
    if not isinstance(raw, list):
        return []
    out = []
    for entry in raw:
        if isinstance(entry, dict) and isinstance(entry.get("code"), str) and entry["code"].strip():
            out.append(ExpectedActor(code=entry["code"].strip().upper()))
    return out


def _markup(raw: dict[str, Any]) -> str:
    info = raw.get("textInfo")
    if isinstance(info, dict):
        return str(info.get("markup", ""))
    return str(info or "")


def gsr_item(raw: object, index: int) -> GoldItem | None:
    """One GSR object as a gold item; None for the DOCUMENT header; ValueError if unusable."""
    if not isinstance(raw, dict):
        raise ValueError("record is not a JSON object")
    event = raw.get("event")
    if event == "DOCUMENT":
        return None
    if not isinstance(event, str) or not event.strip():
        raise ValueError("record has no 'event' label")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no 'text'")
    mode_raw = raw.get("mode")
    plover, mode = translate(event, mode_raw if isinstance(mode_raw, str) else None)
    sources = _actors(raw.get("source"))
    targets = _actors(raw.get("target"))
    reciprocal = "SRC/TAR" in _markup(raw)
    actor1 = sources[0] if sources else None
    if targets:
        actor2: ExpectedActor | None = targets[0]
    elif len(sources) > 1:
        actor2, reciprocal = sources[1], True
    else:
        actor2 = None
    if plover == "CONSULT" and mode == "host" and actor1 and actor2:
        # PLOVER's host mode codes host -> guest; our visit kind is visitor -> host
        actor1, actor2 = actor2, actor1
    date = raw.get("date")
    expected = ExpectedEvent(
        plover=plover, mode=mode, actor1=actor1, actor2=actor2, directed=not reciprocal
    )
    return GoldItem(
        id=str(raw.get("id") or f"record-{index}"),
        text=text.strip(),
        expected=(expected,),
        date=date if isinstance(date, str) and date else None,
        scheme="iso",
        line=index,
    )


def read_plover_gsr(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> GoldSet:
    """Read a PLOVER GSR file; unusable objects become Rejections naming their array index."""
    text = read_text(path, max_bytes=max_bytes)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc.msg})", line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError(str(path), "JSON nested too deeply to be a gold file") from exc
    if not isinstance(data, list):
        raise InputError(str(path), "a PLOVER GSR file is a JSON array of records")
    items: list[GoldItem] = []
    rejections: list[Rejection] = []
    for index, raw in enumerate(data):
        try:
            item = gsr_item(raw, index)
        except ValueError as exc:
            snippet = json.dumps(raw, ensure_ascii=False)[:200]
            ident = raw.get("id") if isinstance(raw, dict) else None
            reason = f"record {index} ({ident or 'no id'}): {exc}"
            rejections.append(Rejection(str(path), reason, content=snippet, stage="eval"))
            continue
        if item is not None:
            items.append(item)
    if not items:
        raise InputError(str(path), f"no usable PLOVER gold records ({len(rejections)} rejected)")
    return GoldSet(str(path), "plover-gsr", tuple(items), tuple(rejections))
