"""Hand-made records for the report and timeline tests (facts from the demo corpus)."""

from __future__ import annotations

from dyadscope.model import Actor, Citation, DateRef, Event, Observation, Quantity, Source

AZE = Actor("AZE", "Azerbaijan", None, "Azerbaijan")
PAK = Actor("PAK", "Pakistan", None, "Pakistan")
PAK_MIL = Actor("PAK", "Pakistan", "MIL", "Pakistan Air Force")
DOC = "doc-aze-pak"
TITLE = "Azerbaijan and Pakistan: a defence partnership"


def source(sentence: str, start: int, labels: tuple[tuple[str, str | None], ...] = (),
           doc: str = DOC, title: str = TITLE) -> Source:
    cites = tuple(
        Citation(label, f"Note {label}. {url or ''}".strip(), url) for label, url in labels
    )
    return Source(doc=doc, title=title, sentence=sentence, start=start, end=start + len(sentence),
                  citations=cites)


def event(eid: str, kind: str, domain: str, date: DateRef, sentence: str, *, start: int = 0,
          status: str = "actual", goldstein: float | None = 5.0,
          actors: tuple[Actor | None, Actor | None] = (PAK, AZE),
          labels: tuple[tuple[str, str | None], ...] = (),
          quantities: tuple[Quantity, ...] = ()) -> Event:
    return Event(id=eid, kind=kind, plover=None, cameo=None, goldstein=goldstein, domain=domain,
                 status=status, actor1=actors[0], actor2=actors[1], date=date,
                 source=source(sentence, start, labels), quantities=quantities)


def sample_events() -> list[Event]:
    """Deliberately out of order, with an undated event and every status."""
    return [
        event("e5", "arms_interest", "military", DateRef("2017-11", None, "month", "November 2017"),
              "Azerbaijan expressed interest in buying 10 JF-17 aircraft from Pakistan.",
              start=900, status="intent", goldstein=3.0, actors=(AZE, PAK),
              labels=(("4", "https://example.org/jf17"),),
              quantities=(Quantity(10, "count", None, "JF-17 aircraft", "10 JF-17 aircraft"),)),
        event("e1", "agreement_signed", "military", DateRef("2003-05", None, "month", "May 2003"),
              "The two countries signed a defence agreement in May 2003.", start=100,
              goldstein=8.0, labels=(("6", "https://example.org/defence-2003"),)),
        event("e2", "visit", "diplomatic", DateRef("2003-04-12", None, "day", "12 April 2003"),
              "Pakistan's president visited Baku on 12 April 2003.", start=50, goldstein=1.9),
        event("e3", "agreement_signed", "economic", DateRef(None, None, "unknown", ""),
              "No free trade agreement has been signed between the two countries.", start=1500,
              status="negated", goldstein=8.0),
        event("e4", "military_exercise", "military",
              DateRef("2017-11-03", None, "day", "3 November 2017"),
              "Pakistan Air Force and Azerbaijani pilots held a joint exercise.", start=800,
              goldstein=6.0, actors=(PAK_MIL, AZE), labels=(("3", None), ("5", "https://example.org/ex"))),
        event("e6", "meeting", "diplomatic", DateRef("2017-12", None, "month", "next month"),
              "The foreign ministers will hold talks next month.", start=950, status="planned",
              goldstein=1.0),
        event("e7", "criticism_hostility", "security", DateRef("2017", None, "year", "2017"),
              "Pakistan criticised the occupation of Azerbaijani territory.", start=700,
              goldstein=-2.0, actors=(PAK, Actor("ARM", "Armenia", None, "Armenia"))),
    ]


def sample_observations() -> list[Observation]:
    return [
        Observation("o2", "trade_total", "PAK", "AZE", None, 37_450_000.0, "USD",
                    DateRef("2013-07", "2014-06", "fiscal_year", "2013-14"),
                    source("Trade reached $37.45 million in 2013-14.", 1200,
                           (("2", "https://example.org/trade"),))),
        Observation("o1", "trade_total", "PAK", "AZE", None, 10_900_000.0, "USD",
                    DateRef("2011-07", "2012-06", "fiscal_year", "2011-12"),
                    source("Trade was $10.9 million in 2011-12.", 1100, (("2", "https://example.org/trade"),))),
    ]


def sample_documents() -> list[dict[str, object]]:
    return [{"id": DOC, "title": TITLE, "author": "Demo Author", "date": "2017-11-03",
             "url": "https://example.org/brief", "source_path": "brief.md"}]
