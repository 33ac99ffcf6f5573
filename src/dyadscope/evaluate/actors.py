"""Actor comparison between gold codes and the coder's ``Actor`` records.

Two shapes are in use:

* ``iso``: our codes (ISO 3166-1 alpha-3 for states, short upper-case codes for
  organisations). Gold sets built on CAMEO country codes use a few legacy
  codes (JAP, ITL, VTN) that are aliased to ISO here, and the generic
  non-state codes IGO/NGO/IMG/ISM match any produced actor whose code is not
  a state's. A gold sector is compared only when the gold record gives one.
* ``petrarch``: PETRARCH's concatenated code: country (or ``---`` when
  unknown) followed by agent codes (``GONGOV``, ``---GOV``). Our actor becomes
  ``code + sector`` in the same shape (``PAK`` + ``MIL`` -> ``PAKMIL``), upper
  case, with anything but letters, digits, ``-`` and ``#`` removed; a missing
  code becomes ``---``. Gold codes get the same cleaning, so a new-actor code
  (``'"THE RIVER COUNCIL"'``) matches an actor whose code is that text.
  Organisations are compared by our code: a gold ``IGO...`` code is mapped
  through the CAMEO organisation table (``IGOEUREEC`` -> ``EU``,
  ``IGOUNOMIL`` -> ``UNMIL``) and our sector ``IGO`` is dropped (``EU``).
"""

from __future__ import annotations

import re

from dyadscope.codes.countries import cameo_organisation, is_country_code
from dyadscope.evaluate.gold import ExpectedActor, Scheme
from dyadscope.model import Actor

# legacy CAMEO country codes found in CAMEO-era gold sets -> ISO 3166-1 alpha-3
LEGACY_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

# gold codes that mean "some non-state organisation or group", not a named one
GENERIC_NONSTATE: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "ISM"})

_PETRARCH_CLEAN = re.compile(r"[^A-Z0-9#-]")


def iso_code(code: str | None) -> str | None:
    """Upper-cased code with legacy CAMEO aliases resolved."""
    if not code:
        return None
    upper = code.strip().upper()
    return LEGACY_ALIASES.get(upper, upper)


def is_organisation(code: str) -> bool:
    """Whether a produced code names something other than a state (an organisation, a group)."""
    return not is_country_code(code.upper())


def petrarch_key(actor: Actor | None) -> str:
    """Our actor in PETRARCH's shape: ``code + sector`` (see the module docstring)."""
    if actor is None:
        return "---"
    code = _PETRARCH_CLEAN.sub("", (actor.code or "").upper()) or "---"
    sector = _PETRARCH_CLEAN.sub("", (actor.sector or "").upper())
    if sector == "IGO":
        sector = ""
    return _organisation(code + sector)  # a PETRARCH dictionary's own "IGOEUREEC"


def petrarch_gold(code: str) -> str:
    """A PETRARCH gold code made comparable the same way (see the module docstring)."""
    return _organisation(_PETRARCH_CLEAN.sub("", code.upper()) or "---")


def _organisation(clean: str) -> str:
    """``IGOEUREEC`` -> ``EU``: CAMEO organisation codes in our shape."""
    found = cameo_organisation(clean) if clean.startswith("IGO") else None
    return "".join(found) if found else clean


def actor_matches(expected: ExpectedActor, produced: Actor | None, scheme: Scheme) -> bool:
    """Whether ``produced`` is the actor the gold record expects."""
    if produced is None:
        return False
    if scheme == "petrarch":
        return petrarch_key(produced) == petrarch_gold(expected.code)
    gold = iso_code(expected.code)
    got = iso_code(produced.code)
    if gold is None or got is None:
        return False
    code_ok = is_organisation(got) if gold in GENERIC_NONSTATE else gold == got
    if not code_ok:
        return False
    if expected.sector:
        return (produced.sector or "").upper() == expected.sector.upper()
    return True


def produced_label(actor: Actor | None, scheme: Scheme) -> str:
    """How a produced actor is shown in reports, in the gold set's shape."""
    if scheme == "petrarch":
        return petrarch_key(actor)
    if actor is None:
        return "-"
    return f"{actor.code}/{actor.sector}" if actor.sector else actor.code
