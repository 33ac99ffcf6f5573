"""A small store for the indicator tests: AZE-PAK with known stories, and each side's
other partners with known trade, arms and events, so that every series value and
rank the tests expect can be worked out by hand from the records below."""

from __future__ import annotations

import pandas as pd

from dyadscope.model import Actor
from dyadscope.store import Store

try:
    from .aggregate_sample import event, obs
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import event, obs

AZE, PAK = Actor("AZE", "Azerbaijan"), Actor("PAK", "Pakistan")
TUR, RUS, ISR = Actor("TUR", "Türkiye"), Actor("RUS", "Russia"), Actor("ISR", "Israel")
ARM, CHN = Actor("ARM", "Armenia"), Actor("CHN", "China")

EVENTS = (
    # 2003: one signing told by a paper (day) and a GDELT row (month): one story
    event("d1", "agreement_signed", "2003-05-10", AZE, PAK, plover="AGREE", cameo="057",
          goldstein=8.0),
    event("d2", "agreement_signed", "2003-05", AZE, PAK, plover="AGREE", cameo="057",
          goldstein=8.0, dataset="gdelt2", row="77"),
    # 2004: nothing. 2005: an accusation coded by PLOVER only (conflict), an appeal
    # (REQUEST: neither), an exercise (quad 2) and SIPRI's PAK -> AZE transfer (quad 2)
    event("d3", "criticism_hostility", "2005-02-01", PAK, AZE, plover="ACCUSE", goldstein=-2.0),
    event("d4", "other", "2005-03-01", PAK, AZE, plover="REQUEST"),
    event("d5", "military_exercise", "2005-06-01", AZE, PAK, plover="COOPERATE", cameo="062",
          goldstein=6.0, domain="military"),
    event("d6", "arms_transfer", "2005", PAK, AZE, plover="COOPERATE", cameo="062",
          goldstein=6.4, domain="military", dataset="sipri", row="s1", tiv=10.0),
    # other partners: AZE-TUR four cooperation stories, AZE-ARM five conflict ones,
    # arms to AZE from RUS (100) and ISR (50)
    *(event(f"t{i}", "meeting", f"2005-0{i + 1}-01", AZE, TUR, plover="CONSULT", cameo="040",
            goldstein=1.0) for i in range(4)),
    *(event(f"a{i}", "armed_clash", f"2005-0{i + 1}-02", ARM, AZE, plover="ASSAULT",
            cameo="190", goldstein=-10.0, domain="military") for i in range(5)),
    event("r1", "arms_transfer", "2005", RUS, AZE, plover="COOPERATE", cameo="062",
          domain="military", dataset="sipri", row="s2", tiv=100.0),
    event("i1", "arms_transfer", "2005", ISR, AZE, plover="COOPERATE", cameo="062",
          domain="military", dataset="sipri", row="s3", tiv=50.0),
)  # fmt: skip

OBSERVATIONS = (
    # AZE -> PAK: PAK (importer) says 120, AZE (exporter) 100: the importer wins
    obs("p1", "imports", "PAK", "AZE", 120.0, "2005"),
    obs("p2", "exports", "AZE", "PAK", 100.0, "2005"),
    # PAK -> AZE: 30, as PAK reports it
    obs("p3", "exports", "PAK", "AZE", 30.0, "2005"),
    # AZE and Türkiye as TUR reports it: AZE -> TUR 500, TUR -> AZE 400
    obs("u1", "imports", "TUR", "AZE", 500.0, "2005"),
    obs("u2", "exports", "TUR", "AZE", 400.0, "2005"),
    # RUS -> AZE 50, reported by AZE
    obs("u3", "imports", "AZE", "RUS", 50.0, "2005"),
    # the World is no partner
    obs("w1", "exports", "AZE", "WLD", 9999.0, "2005"),
    # PAK's others: CHN -> PAK 1000 (reported by CHN), PAK -> TUR 10
    obs("c1", "exports", "CHN", "PAK", 1000.0, "2005"),
    obs("c2", "exports", "PAK", "TUR", 10.0, "2005"),
)


def fill(store: Store) -> Store:
    """The records, and d1/d2 as one story (every other record is its own)."""
    store.insert_events(EVENTS)
    store.insert_observations(OBSERVATIONS)
    store.replace_stories(pd.DataFrame({
        "event_id": ["d1", "d2"], "story": ["s-sign", "s-sign"],
        "counted": [True, True], "copy": [False, False],
    }))  # fmt: skip
    return store
