"""Weapon families: which designations name the same aircraft, ship or missile.

A document says "10 Super Mushshak trainer aircraft", SIPRI's row says "MFI-17
Supporter"; both belong to the family "MFI-17 Mushshak" (``data/weapon_families.tsv``).
A SIPRI designation the table does not list is its own family, found in a document
by its own name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from dyadscope.model import Event, Quantity

_SUFFIX = r"(?:[a-z]{1,4}[0-9]{0,2})?"  # a version: JF-17C, Su-30MKI, T-72M1, TB2s
_PARTS = re.compile(r"[\s\-]+")


def _normal(text: str) -> str:
    """Lower case without spaces and hyphens: "JF-17 Thunder" -> "jf17thunder"."""
    return _PARTS.sub("", text).casefold()


def _alias_regex(alias: str) -> str:
    parts = [re.escape(p) for p in _PARTS.split(alias.strip()) if p]
    return r"[\s\-]*".join(parts)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], re.Pattern[str], int]:
    """(normalised alias -> family, one regex for every alias, longest alias length)."""
    text = resources.files("dyadscope.data").joinpath("weapon_families.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    families: dict[str, str] = {}
    aliases: list[str] = []
    for alias, family in (r[:2] for r in rows[1:] if len(r) >= 2):
        families[_normal(alias)] = family.strip()
        families.setdefault(_normal(family), family.strip())
        aliases += [alias, family]
    ordered = sorted(set(aliases), key=len, reverse=True)
    body = "|".join(_alias_regex(a) for a in ordered)
    pattern = re.compile(rf"(?<!\w)(?:{body}){_SUFFIX}(?!\w)", re.IGNORECASE)
    return families, pattern, max(len(k) for k in families)


def _family_of_match(matched: str) -> str | None:
    families, _, longest = _table()
    key = _normal(matched)
    for end in range(min(len(key), longest), 0, -1):
        if key[:end] in families:
            return families[key[:end]]
    return None


def families_in(text: str | None) -> frozenset[str]:
    """The weapon families a text names."""
    if not text:
        return frozenset()
    return _families_in(text)


@lru_cache(maxsize=1 << 16)
def _families_in(text: str) -> frozenset[str]:
    """Cached: a pair's events are compared many times over, each sentence read once."""
    _, pattern, _ = _table()
    found = {_family_of_match(m.group(0)) for m in pattern.finditer(text)}
    return frozenset(f for f in found if f)


def designation_family(designation: str) -> str:
    """The family of a data set's designation ("MFI-17 Supporter" -> "MFI-17 Mushshak");
    an unlisted one is its own ("Searcher")."""
    found = sorted(families_in(designation))
    return found[0] if found else designation.strip()


@lru_cache(maxsize=4096)
def _own_name(designation: str) -> re.Pattern[str] | None:
    """A designation the table does not know, as a case-sensitive pattern of its name
    (the part before any "/": "Spike-MR/LR" -> "Spike-MR")."""
    name = designation.split("/")[0].strip()
    if len(name) < 3:
        return None
    return re.compile(rf"(?<!\w){_alias_regex(name)}{_SUFFIX}(?!\w)")


def names(text: str | None, family: str) -> bool:
    """Whether ``text`` names ``family``: through the table, or by the family's own
    name when it is a designation the table does not list."""
    if not text:
        return False
    if family in families_in(text):
        return True
    families, _, _ = _table()
    if _normal(family) in families:
        return False
    pattern = _own_name(family)
    return bool(pattern and pattern.search(text))


def sipri_designation(event: Event) -> str | None:
    value = event.extra.get("Weapon designation")
    return str(value).strip() if value else None


def event_families(event: Event) -> frozenset[str]:
    """What an event is about: a SIPRI row's designation's family, or the families
    a document's sentence and its quantities' items name."""
    designation = sipri_designation(event)
    if event.source.dataset is not None:
        return frozenset({designation_family(designation)}) if designation else frozenset()
    found = set(families_in(event.source.sentence))
    for quantity in event.quantities:
        found |= families_in(quantity.item)
    return frozenset(found)


def quantity_family(quantity: Quantity, families: frozenset[str]) -> str | None:
    """The family a count is of: its item's, else the event's only one."""
    own = families_in(quantity.item)
    if len(own) == 1:
        return next(iter(own))
    if not own and len(families) == 1:
        return next(iter(families))
    return None
