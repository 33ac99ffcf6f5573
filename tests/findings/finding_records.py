"""Hand-made records for the findings tests: document sentences, SIPRI and Comtrade
rows, GDELT rows, built the way the store hands them back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dyadscope.model import Actor, Citation, DateRef, Event, Observation, Quantity, Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAIR = ("AZE", "PAK")
AZE = Actor("AZE", "Azerbaijan", None, "Azerbaijan")
PAK = Actor("PAK", "Pakistan", None, "Pakistan")


def year(value: str) -> DateRef:
    return DateRef(value, None, "year", value)


def month(value: str) -> DateRef:
    return DateRef(value, None, "month", value)


def day(value: str) -> DateRef:
    return DateRef(value, None, "day", value)


UNDATED = DateRef(None, None, "unknown", "", "none")


def doc_source(doc: str, sentence: str, url: str | None = None) -> Source:
    cites = (Citation("1", f"Source. {url}", url),) if url else ()
    return Source(doc=doc, title=f"Title of {doc}", sentence=sentence, start=0,
                  end=len(sentence), citations=cites)


def doc_event(eid: str, doc: str, sentence: str, *, kind: str = "arms_transfer",
              date: DateRef = UNDATED, status: str = "actual", domain: str = "military",
              actors: tuple[Actor, Actor] = (PAK, AZE), quantities: tuple[Quantity, ...] = (),
              url: str | None = None) -> Event:
    return Event(id=eid, kind=kind, plover=None, cameo=None, goldstein=None, domain=domain,
                 status=status, actor1=actors[0], actor2=actors[1], date=date,
                 source=doc_source(doc, sentence, url), quantities=quantities)


def count(value: float, item: str) -> Quantity:
    return Quantity(value, "count", None, item, f"{value:g} {item}")


def money(value: float, currency: str = "USD") -> Quantity:
    return Quantity(value, "money", currency, None, f"${value:,.0f}")


def sipri_row(eid: str, designation: str, description: str, order: int, ordered: int,
              delivered: int, deliveries: str, *, comment: str = "",
              actors: tuple[Actor, Actor] = (PAK, AZE)) -> Event:
    item = f"{designation} {description}"
    extra: dict[str, Any] = {
        "Year(s) of delivery": deliveries or None, "Comments": comment or None,
        "Weapon designation": designation, "Weapon description": description,
    }
    return Event(id=eid, kind="arms_transfer", plover="COOPERATE", cameo=None, goldstein=None,
                 domain="military", status="actual" if delivered else "planned",
                 actor1=actors[0], actor2=actors[1], date=year(str(order)),
                 source=Source(dataset="sipri", row=f"row-{eid}"),
                 quantities=(Quantity(ordered, "count", None, item, f"{ordered} ordered"),
                             Quantity(delivered, "count", None, item, f"{delivered} delivered")),
                 confidence=1.0, extra=extra)


def gdelt_row(eid: str, kind: str, when: str, *, actors: tuple[Actor, Actor] = (PAK, AZE),
              mentions: int = 1) -> Event:
    return Event(id=eid, kind=kind, plover=None, cameo="042", goldstein=1.9, domain="diplomatic",
                 status="actual", actor1=actors[0], actor2=actors[1], date=day(when),
                 source=Source(dataset="gdelt2", row=eid, url=f"https://news.example/{eid}"),
                 extra={"num_mentions": mentions})


def comtrade(oid: str, indicator: str, reporter: str, partner: str, value: float,
             period: str) -> Observation:
    return Observation(oid, indicator, reporter, partner, "All Commodities", value, "USD",
                       year(period), Source(dataset="comtrade", row=f"row-{oid}"),
                       extra={"commodity_code": "TOTAL"})


def stated(oid: str, doc: str, indicator: str, value: float, period: DateRef, *,
           reporter: str = "PAK", partner: str = "AZE", commodity: str | None = None,
           url: str | None = None) -> Observation:
    return Observation(oid, indicator, reporter, partner, commodity, value, "USD", period,
                       doc_source(doc, f"{indicator} were ${value:,.0f} in {period.text}.", url))


def fiscal(first: int) -> DateRef:
    """Pakistan's fiscal year from July of ``first`` to June of the next."""
    label = f"{first}-{(first + 1) % 100:02d}"
    return DateRef(f"{first}-07", f"{first + 1}-06", "fiscal_year", label)
