"""Which way a trade figure goes, said the same way everywhere.

An arrow between two countries always means goods going from the exporter to
the importer, whoever reported the figure: PAK's "imports from AZE" is the flow
AZE -> PAK (reported by PAK), the very flow that ``aggregate --pair AZE PAK``
counts as AZE's ``exports`` (``dyadscope.store.aggregations`` states the same
rule for the SQL; a test holds the two together). A total has no direction
(AZE <-> PAK). Other figures (investment, budgets) keep reporter -> partner:
"X's investment in Y" goes from X to Y.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope.model import Observation

DIRECTED: tuple[str, ...] = ("exports", "imports")


@dataclass(frozen=True, slots=True)
class Flow:
    """Who sends (``origin``) and who receives (``destination``) a figure's goods or
    money; ``reporter`` is whose figure it is; ``directed`` False for a total."""

    origin: str
    destination: str
    reporter: str | None
    directed: bool
    trade: bool

    def text(self, arrow: str = "->", both: str = "<->") -> str:
        """"AZE -> PAK (reported by PAK)", "AZE <-> PAK", "PAK -> AZE"."""
        if not self.directed:
            return f"{self.origin} {both} {self.destination}"
        base = f"{self.origin} {arrow} {self.destination}"
        return f"{base} (reported by {self.reporter})" if self.trade and self.reporter else base


def flow_of(obs: Observation) -> Flow:
    """The direction of ``obs`` by the one rule above (unknown parties as "?")."""
    reporter, partner = obs.reporter or "?", obs.partner or "?"
    if obs.indicator == "imports":
        return Flow(partner, reporter, obs.reporter, True, True)
    if obs.indicator == "exports":
        return Flow(reporter, partner, obs.reporter, True, True)
    if obs.indicator == "trade_total":
        return Flow(reporter, partner, obs.reporter, False, True)
    return Flow(reporter, partner, obs.reporter, True, False)
