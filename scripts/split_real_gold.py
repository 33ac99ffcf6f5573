"""Merge annotated real-text passages and split them once into dev and test.

    python scripts/split_real_gold.py RAW.jsonl [RAW.jsonl ...] [--out tests/golden/real]

Each input line is one passage in the format of ``tests/golden/real/GUIDELINES.md``.
A passage goes to ``test`` when the first byte of the SHA-256 of its page address is
odd, else to ``dev``: passages of one page stay together, and the split depends on
nothing the extractor does. Run it before anyone looks at the extractor's output on
the passages; afterwards ``test/`` is frozen and only its aggregate figure is read.

Passages are checked on the way (fields, codes, dates); a passage with no
publication date keeps an event date only when the event's year is written in the
passage, since a date nobody can read from the text cannot be scored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

FIELDS = ("id", "url", "site", "date", "title", "pair", "set", "text", "expected")
ISO_DATE = re.compile(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$")
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def _problem(passage: dict[str, Any]) -> str | None:
    missing = [f for f in FIELDS if f not in passage]
    if missing:
        return f"missing {', '.join(missing)}"
    if not isinstance(passage["text"], str) or not passage["text"].strip():
        return "empty text"
    if passage["date"] is not None and not ISO_DATE.match(passage["date"]):
        return f"bad date {passage['date']!r}"
    for event in passage["expected"]:
        for key in ("actor1", "actor2"):
            code = event.get(key)
            code = code.get("code") if isinstance(code, dict) else code
            if code is not None and not CODE.match(code):
                return f"bad {key} {code!r}"
        date = event.get("date")
        if isinstance(date, str) and not ISO_DATE.match(date):
            return f"bad event date {date!r}"
    return None


def _readable_dates(passage: dict[str, Any]) -> dict[str, Any]:
    """Without a publication date, keep only event dates whose year the text states."""
    if passage["date"] is not None:
        return passage
    expected = []
    for event in passage["expected"]:
        date = event.get("date")
        if isinstance(date, str) and date[:4] not in passage["text"]:
            event = {k: v for k, v in event.items() if k != "date"}
        expected.append(event)
    return {**passage, "expected": expected}


def split_of(url: str) -> str:
    return "test" if hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 else "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("tests/golden/real"))
    args = parser.parse_args()
    seen: set[str] = set()
    splits: dict[str, list[dict[str, Any]]] = {"dev": [], "test": []}
    for path in args.raw:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            passage = json.loads(line)
            problem = _problem(passage)
            if problem is not None:
                print(f"{path}:{number}: skipped: {problem}", file=sys.stderr)
                continue
            if passage["text"] in seen or passage["id"] in seen:
                print(f"{path}:{number}: skipped: duplicate", file=sys.stderr)
                continue
            seen |= {passage["text"], passage["id"]}
            splits[split_of(passage["url"])].append(_readable_dates(passage))
    for name, passages in splits.items():
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "real.records.jsonl").open("w", encoding="utf-8") as handle:
            for passage in sorted(passages, key=lambda p: p["id"]):
                handle.write(json.dumps(passage, ensure_ascii=False) + "\n")
        sites = len({p["site"] for p in passages})
        events = sum(len(p["expected"]) for p in passages)
        print(f"{name}: {len(passages)} passages, {events} events, {sites} sites")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
