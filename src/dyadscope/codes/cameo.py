"""CAMEO event codes: name, Goldstein score, quad class, PLOVER type, our kind and domain.

Codes are strings: "010" (make statement) is not "10" (demand). The table is
``data/cameo.tsv``; unknown sub-codes fall back to their parent (4 -> 3 digits
-> root) so a data set with a newer code still gets a meaningful mapping, and
the returned record says which code it really describes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dyadscope.codes.tables import read_table


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO table. ``plover`` is None where PLOVER has no counterpart."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    kind: str
    domain: str


def _read_table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for row in read_table("cameo.tsv"):
        code = row["code"]
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
            kind=row["kind"],
            domain=row["domain"],
        )
    return table


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code in the table, keyed by its string code."""
    return _read_table()


def cameo(code: str | None) -> CameoCode | None:
    """The table row for ``code``, else its nearest known parent, else None.

    "0431" (unknown) -> the row of "043"; "2" or "" -> None. The fallback never
    crosses a root: a code whose first two digits are not a root gives None.
    """
    if not code:
        return None
    code = code.strip()
    table = cameo_codes()
    if not code.isdigit() or len(code) < 2:
        return None
    for length in (len(code), 3, 2):
        if length <= len(code) and code[:length] in table:
            return table[code[:length]]
    return None


CAMEO_ROOT_NAMES: dict[str, str] = {
    code: row.name for code, row in cameo_codes().items() if len(code) == 2
}


@cache
def _negations() -> dict[str, str]:
    return {row["prefix"]: row["rejection"] for row in read_table("cameo_negations.tsv")}


# CAMEO's categories of asking for, promising and demanding something
MODE_ROOTS = {"02": "appeal", "03": "intent", "10": "demand"}
# their generic codes, which the act they govern makes specific (020, 030, 100)
_MODE_OF_CODE = {root + "0": mode for root, mode in MODE_ROOTS.items()}


@cache
def _modes() -> dict[str, dict[str, str]]:
    return {
        row["prefix"]: {mode: row[mode] for mode in _MODE_OF_CODE.values()}
        for row in read_table("cameo_modes.tsv")
    }


def mode_of(code: str | None) -> str | None:
    """"appeal", "intent" or "demand" where ``code`` is the generic code of one ("ask",
    "want", "demand" in a verb dictionary), which the act it governs makes specific."""
    return _MODE_OF_CODE.get(code or "")


def in_mode(mode: str, code: str | None) -> str | None:
    """The CAMEO code of asking for, promising or demanding the act ``code`` ("appeal",
    "070" provide aid -> "023"), from ``data/cameo_modes.tsv``; None where CAMEO has none."""
    if not code or not code.isdigit():
        return None
    table = _modes()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]][mode]
    return None


def rejection_of(code: str | None) -> str | None:
    """The CAMEO code of refusing the act ``code`` stands for ("080" yield -> "124"
    refuse to yield), from ``data/cameo_negations.tsv``; None where CAMEO has none."""
    if not code or not code.isdigit():
        return None
    table = _negations()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None
