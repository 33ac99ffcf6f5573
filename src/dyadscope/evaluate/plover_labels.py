"""PLOVER event-type labels: old (v0.5 gold records) to current names.

The PLOVER gold-standard records were coded in PLOVER 0.5b1; the ontology has
since merged and renamed types. Scoring a current coder against them needs the
old labels moved to today's names, otherwise every FIGHT/DEMAND record is a
guaranteed miss.
"""

from __future__ import annotations

from dyadscope.model import PLOVER_TYPES

CURRENT_TYPES: frozenset[str] = frozenset(PLOVER_TYPES)

# old label -> (current label, mode implied by the rename or None)
_RENAMED: dict[str, tuple[str, str | None]] = {
    "FIGHT": ("ASSAULT", None),
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}


def translate(label: str, mode: str | None = None) -> tuple[str, str | None]:
    """Current PLOVER type and mode for a (possibly v0.5) label.

    A mode implied by a rename (INVESTIGATE -> ACCUSE mode ``investigate``)
    wins over an empty one; an explicit mode is kept otherwise.

    >>> translate("FIGHT")
    ('ASSAULT', None)
    >>> translate("INVESTIGATE", "")
    ('ACCUSE', 'investigate')
    """
    upper = label.strip().upper()
    clean_mode = mode.strip() if mode and mode.strip() else None
    if upper in _RENAMED:
        new, implied = _RENAMED[upper]
        return new, implied or clean_mode
    return upper, clean_mode
