"""How an imported data-set row reads in a brief: the data set's name and the fields
that mean something to an analyst (weapon, numbers and TIV; CAMEO label; tone and
URL), instead of ``sipri row 3f9a...``."""

from __future__ import annotations

from typing import Any

from dyadscope.analyse.findings.common import dataset_title
from dyadscope.codes.cameo import cameo
from dyadscope.model import Event, Source
from dyadscope.report.format import safe_url

# per data set: (field in the row's extra, label) worth showing, in order
ROW_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "sipri": (
        ("Weapon description", "weapon type"), ("Year(s) of delivery", "delivered"),
        ("status", "status"), ("SIPRI TIV per unit", "TIV per unit"),
        ("SIPRI TIV for total order", "TIV of the order"), ("Comments", "comments"),
    ),
    "icews": (("Event Text", "event"), ("Publisher", "publisher"), ("City", "place")),
    "polecat": (("Event Type", "event type"), ("Event Mode", "mode"), ("Source", "publisher"),
                ("Placename", "place")),
    "gdelt": (("ActionGeo_FullName", "place"),),
}  # fmt: skip


def _family(dataset: str) -> str:
    return next((key for key in ROW_FIELDS if dataset.startswith(key)), dataset)


def weapon_of(event: Event) -> str | None:
    """A SIPRI row's weapon designation ("JF-17 Thunder"), else None."""
    name = event.extra.get("Weapon designation")
    return str(name).strip() or None if name else None


def source_title(source: Source, event: Event | None = None) -> str:
    """"SIPRI: JF-17 Thunder", "GDELT 2.0, row 1234";
    a row id is shown only when it is one a reader can look up (not a digest)."""
    assert source.dataset is not None
    name = dataset_title(source.dataset)
    weapon = weapon_of(event) if event is not None else None
    if weapon:
        return f"{name}: {weapon}"
    row = source.row or ""
    return f"{name}, row {row}" if row and (row.isdigit() or len(row) <= 12) else name


def _number(value: Any, digits: int = 2) -> str | None:
    if value is None or value != value or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,.0f}" if number == int(number) else f"{number:,.{digits}f}"


def row_fields(event: Event) -> list[tuple[str, str]]:
    """(label, value) pairs of an imported row, in reading order; empty for an event
    extracted from a document."""
    dataset = event.source.dataset
    if dataset is None:
        return []
    extra = event.extra
    fields: list[tuple[str, str]] = []
    for quantity in event.quantities:
        fields.append(("number", quantity.text or _number(quantity.value) or ""))
    tiv = _number(extra.get("tiv"))
    if tiv:
        fields.append(("TIV delivered", tiv))
    for key, label in ROW_FIELDS.get(_family(dataset), ()):
        value = extra.get(key)
        shown = _number(value) if isinstance(value, int | float) else value
        if shown not in (None, "") and str(shown).strip():
            fields.append((label, str(shown).strip()))
    code = cameo(event.cameo) if event.cameo else None
    if event.cameo:
        fields.append(("CAMEO", f"{event.cameo} {code.name}" if code else event.cameo))
    if event.goldstein is not None and dataset != "sipri":
        fields.append(("Goldstein", f"{event.goldstein:+.1f}"))
    tone = _number(extra.get("avg_tone"))
    if tone:
        fields.append(("tone", tone))
    for key, label in (("num_mentions", "mentions"), ("num_sources", "sources"),
                       ("num_articles", "articles")):  # fmt: skip
        count = _number(extra.get(key))
        if count:
            fields.append((label, count))
    return fields


def row_link(source: Source) -> str | None:
    """The row's article URL when it is safe to link."""
    return safe_url(source.url)
