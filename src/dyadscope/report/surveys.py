"""Survey estimates for readers: the terminal text of `dyadscope survey estimate` and
`survey list`. Shares as percentages with the SE in percentage points and the
interval's method and degrees of freedom, since a share without them cannot be judged."""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.model import Estimate


def _pct(value: float) -> str:
    return f"{100 * value:.2f}"


def estimate_line(estimate: Estimate) -> str:
    """ "90.37%  SE 1.34 pp  95% CI 87.37-92.72%  (logit-t, df 92)  n 1,478"."""
    df = f", df {estimate.df}" if estimate.df is not None else ""
    return (
        f"{_pct(estimate.estimate)}%  SE {_pct(estimate.se)} pp  "
        f"95% CI {_pct(estimate.ci[0])}-{_pct(estimate.ci[1])}%  "
        f"({estimate.ci_method}{df})  n {estimate.n:,}"
    )


def _heading(estimate: Estimate) -> list[str]:
    wording = f' "{estimate.wording}"' if estimate.wording else ""
    lines = [f"{estimate.survey}: {estimate.question}{wording}",
             f"  answer {estimate.answer}, among {estimate.population}"]  # fmt: skip
    about = [estimate.design]
    if not estimate.weighted and "unweighted" not in estimate.design:
        about.append("unweighted")
    if estimate.fieldwork_start or estimate.fieldwork_end:
        span = " to ".join(d for d in (estimate.fieldwork_start, estimate.fieldwork_end) if d)
        about.append(f"fieldwork {span}")
    if estimate.pair:
        about.append(f"pair {estimate.pair[0]}-{estimate.pair[1]}")
    lines.append("  " + "; ".join(about))
    return lines


def _key(estimate: Estimate) -> tuple[object, ...]:
    return (
        estimate.survey,
        estimate.source,
        estimate.question,
        estimate.answer,
        estimate.population,
        estimate.design,
        estimate.fieldwork_start,
        estimate.pair,
    )


def estimates_text(estimates: Sequence[Estimate]) -> str:
    """One block per question and population: the whole population's share, then
    each group's, aligned."""
    lines: list[str] = []
    last: tuple[object, ...] | None = None
    width = max((len(e.group or "all") for e in estimates), default=3)
    for estimate in estimates:
        if _key(estimate) != last:
            if lines:
                lines.append("")
            lines.extend(_heading(estimate))
            last = _key(estimate)
        who = estimate.group or "all"
        lines.append(f"    {who:<{width}}  {estimate_line(estimate)}")
    return "\n".join(lines) + ("\n" if lines else "")
