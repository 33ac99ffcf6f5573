"""Documents against documents: the figures of one deal or event, its status, its date.

Rules work on kind families (``model.kind_family``), not on wording. A deal is an
event of the "agree" family (signing, agreeing, pledging) or an arms transfer; other
events compare within their own family. Two documents' events are the same event
when their sides agree (as a set), their domains agree, and

- both name weapons and the families overlap (``weapons``: "JF-17C" and "FC-1" are
  one aircraft), their dates meeting within ``date_slack_days`` or one undated; or
- neither names a weapon and both are dated to the month or day, meeting within
  ``date_slack_days``.

Figures of one event (sums of money per currency, numbers of items per weapon family
or item) are compared by ``figures.compare_statements``.

A status contradiction is a denial (status negated) against the latest act of the
same family, sides and domain said to have happened (status actual) by an
independent source, dated before the denial (or within ``date_slack_days`` after
it) and at most ``status_window_days`` before it. Where both name weapons they must
overlap; a pledge counts only with a weapon both name; an act naming the denied
weapon is preferred. One denial stands against one act, the most recent claim it
contradicts. Undated claims are not compared.

A date contradiction is the same deal (the same weapon family and number) told by two
independent sources with dates more than ``arms_year_slack`` years apart; each
telling is set against the next in time.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from itertools import combinations, pairwise

from dyadscope.analyse.findings.common import (
    date_text,
    event_claim,
    head_noun,
    independent,
    span,
    spans_meet,
)
from dyadscope.analyse.findings.figures import Stated, compare_statements, title_of
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.analyse.findings.weapons import event_families, quantity_family
from dyadscope.model import Event, Finding, kind_family

_FINE = ("day", "month")
_DEAL_KINDS = frozenset({"arms_transfer"})
_LONGEST = timedelta(days=400)  # the longest span acts are looked for across (a year)
PAIRWISE_LIMIT = 400  # events in one group compared pairwise; beyond, only date neighbours


def _group(event: Event) -> str:
    family = kind_family(event.kind)
    return "deal" if family == "agree" or event.kind in _DEAL_KINDS else family


def _sides(event: Event) -> tuple[str, str] | None:
    if event.actor1 is None or event.actor2 is None:
        return None
    a, b = event.actor1.code, event.actor2.code
    return (a, b) if a <= b else (b, a)


def _same_event(a: Event, b: Event, thresholds: Thresholds) -> bool:
    fa, fb = event_families(a), event_families(b)
    sa, sb = span(a.date), span(b.date)
    if fa and fb:
        if not fa & fb:
            return False
        return sa is None or sb is None or spans_meet(sa, sb, thresholds.date_slack_days)
    if fa or fb or sa is None or sb is None:
        return False
    if a.date.precision not in _FINE or b.date.precision not in _FINE:
        return False
    return spans_meet(sa, sb, thresholds.date_slack_days)


def document_contradictions(
    pair: tuple[str, str],
    events: Sequence[Event],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    """Figure, status and date findings among documents' events."""
    documents = [e for e in events if e.source.dataset is None and _sides(e) is not None]
    findings = _figure_findings(pair, documents, thresholds, copies)
    findings += _status_findings(pair, documents, thresholds, copies)
    findings += _date_findings(pair, documents, thresholds, copies)
    return findings


# --- figures ------------------------------------------------------------------------


def _figure_findings(
    pair: tuple[str, str],
    documents: Sequence[Event],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    groups: dict[tuple[object, ...], list[Event]] = defaultdict(list)
    for event in documents:
        if event.status == "actual" and any(q.unit in ("count", "money") for q in event.quantities):
            groups[(_group(event), _sides(event), event.domain)].append(event)
    findings: list[Finding] = []
    for group in groups.values():
        for component in _components(group, thresholds):
            findings += _compare_component(pair, component, thresholds, copies)
    return findings


def _components(group: list[Event], thresholds: Thresholds) -> list[list[Event]]:
    """Events joined by the same-event relation (union-find over the pairs)."""
    parent = list(range(len(group)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(group):
        if _same_event(group[i], group[j], thresholds):
            parent[find(i)] = find(j)
    members: dict[int, list[Event]] = defaultdict(list)
    for i, event in enumerate(group):
        members[find(i)].append(event)
    return [m for m in members.values() if len(m) > 1]


def _candidate_pairs(group: list[Event]) -> list[tuple[int, int]]:
    """Every pair of a small group; in a large one, each event with its date neighbours."""
    if len(group) <= PAIRWISE_LIMIT:
        return list(combinations(range(len(group)), 2))
    order = sorted(range(len(group)), key=lambda i: group[i].date.start or "")
    window = PAIRWISE_LIMIT // 20
    return [
        (order[k], order[m])
        for k in range(len(order))
        for m in range(k + 1, min(k + window, len(order)))
    ]


def _compare_component(
    pair: tuple[str, str],
    component: list[Event],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    money: dict[str, list[Stated]] = defaultdict(list)
    counts: dict[str, list[Stated]] = defaultdict(list)
    for event in component:
        families = event_families(event)
        for q in event.quantities:
            if q.unit == "money" and q.currency:
                claim = event_claim(event, float(q.value), q.currency)
                money[q.currency].append(Stated(claim, float(q.value), title_of(claim)))
            elif q.unit == "count" and q.value > 0:
                item = quantity_family(q, families) or head_noun(q.item)
                if item:
                    claim = event_claim(event, float(q.value), "count")
                    counts[item].append(Stated(claim, float(q.value), title_of(claim)))
    lead = component[0]
    weapons = sorted(set().union(*(event_families(e) for e in component)))
    what = f"{' / '.join(weapons)} deal" if weapons and _group(lead) == "deal" else lead.kind
    sides = " and ".join(_sides(lead) or ("?", "?"))
    when = _when(component)
    findings = []
    for currency, stated in money.items():
        findings += compare_statements(
            pair, f"{what} between {sides}{when}: value ({currency})", "value", stated,
            thresholds.value_tolerance, copies, "value",
        )  # fmt: skip
    for item, stated in counts.items():
        findings += compare_statements(
            pair, f"{what} between {sides}{when}: number of {item}", "quantity", stated,
            thresholds.count_tolerance, copies, "count",
        )  # fmt: skip
    return findings


def _when(events: Sequence[Event]) -> str:
    dated = sorted({date_text(e.date) for e in events if e.date.start})
    return f", {' / '.join(dated)}" if dated else ""


# --- status -------------------------------------------------------------------------

_StatusKey = tuple[str, tuple[str, str] | None, str]  # act group, sides, domain


def _status_findings(
    pair: tuple[str, str],
    documents: Sequence[Event],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    acts: dict[_StatusKey, list[tuple[int, Event]]] = defaultdict(list)
    denials: list[Event] = []
    for event in documents:
        when = span(event.date)
        if when is None:
            continue
        key: _StatusKey = (_group(event), _sides(event), event.domain)
        if event.status == "actual":
            acts[key].append((when[1].toordinal(), event))
        elif event.status == "negated":
            denials.append(event)
    ends_of: dict[_StatusKey, list[int]] = {}
    for key, found in acts.items():
        found.sort(key=lambda item: item[0])
        ends_of[key] = [end for end, _ in found]
    findings = []
    window = timedelta(days=thresholds.status_window_days)
    slack = timedelta(days=thresholds.date_slack_days)
    for denial in denials:
        when = span(denial.date)
        assert when is not None
        key = (_group(denial), _sides(denial), denial.domain)
        found, ends = acts.get(key, []), ends_of.get(key, [])
        lo = bisect.bisect_left(ends, (when[0] - window).toordinal())
        # acts end at most a span's length (a year, a fiscal year) after they start
        hi = bisect.bisect_right(ends, (when[1] + slack + _LONGEST).toordinal())
        denied = event_families(denial)
        best: tuple[bool, int, Event] | None = None
        for end, act in found[lo:hi]:
            act_span = span(act.date)
            if act_span is None or act_span[0] > when[1] + slack:
                continue  # the act may have come after the denial
            if not _weapons_fit(act, denial) or not independent(act.source, denial.source, copies):
                continue
            rank = (bool(denied & event_families(act)), end, act)
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is not None:
            findings.append(_status_finding(pair, best[2], denial, thresholds))
    return findings


def _weapons_fit(act: Event, denial: Event) -> bool:
    """Neither names another weapon than the other; a pledge only with a weapon both
    name (a pledge of support is not a deal a denial of signing speaks to)."""
    fa, fb = event_families(act), event_families(denial)
    if act.kind != denial.kind and not (fa & fb) and act.kind == "pledge":
        return False
    return not fa or not fb or bool(fa & fb)


def _status_finding(
    pair: tuple[str, str], act: Event, denial: Event, thresholds: Thresholds
) -> Finding:
    weapons = sorted(event_families(act) | event_families(denial))
    about = f" on {', '.join(weapons)}" if weapons else ""
    return Finding(
        type="contradiction",
        pair=pair,
        subject=f"{act.kind}{about} between {' and '.join(_sides(act) or ())}, "
        f"{date_text(act.date)}: happened or not?",
        claims=(event_claim(act, act.status, act.kind), event_claim(denial, denial.status,
                                                                     denial.kind)),
        field="status",
        note=f"{title_of(event_claim(act))} says it happened ({act.kind}, "
        f"{date_text(act.date)}); {title_of(event_claim(denial))} says it did not "
        f"({denial.kind}, negated, {date_text(denial.date)}). A denial contradicts an act "
        f"dated before it, up to {thresholds.status_window_days} days before. Check "
        "whether both mean the same step: an agreement in principle or a pledge is not a "
        "signed contract.",
    )


# --- dates --------------------------------------------------------------------------


def _date_findings(
    pair: tuple[str, str],
    documents: Sequence[Event],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    """The same deal (a weapon family and its number) dated years apart."""
    deals: dict[tuple[tuple[str, str] | None, str, str, float], list[Event]] = defaultdict(list)
    for event in documents:
        if event.status != "actual" or _group(event) != "deal" or span(event.date) is None:
            continue
        families = event_families(event)
        for q in event.quantities:
            family = quantity_family(q, families) if q.unit == "count" else None
            if family:
                deals[(_sides(event), event.kind, family, float(q.value))].append(event)
    findings = []
    for (_, _, family, number), group in deals.items():
        # each telling against the next one in time: three dates make two findings, not three
        group.sort(key=lambda e: (span(e.date) or (date.min, date.min), e.id))
        for a, b in pairwise(group):
            sa, sb = span(a.date), span(b.date)
            assert sa is not None and sb is not None
            gap = max(sa[0].year - sb[1].year, sb[0].year - sa[1].year)
            if gap <= thresholds.arms_year_slack or not independent(a.source, b.source, copies):
                continue
            findings.append(Finding(
                type="contradiction",
                pair=pair,
                subject=f"{number:g} {family} ({a.kind}) between "
                f"{' and '.join(_sides(a) or ())}: date",
                claims=(event_claim(a, number, "count"), event_claim(b, number, "count")),
                field="date",
                note=f"Both sources tell the same number of {family} between the same sides "
                f"but date it {date_text(a.date)} and {date_text(b.date)}, {gap} years apart "
                f"(more than {thresholds.arms_year_slack}). Either a date is wrong or these "
                "are two deals.",
            ))  # fmt: skip
    return findings
