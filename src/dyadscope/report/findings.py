"""Findings for readers: the terminal text of `dyadscope check` and the brief's
"Findings" section (template ``findings.html.j2``, included by the brief).

Every claim is shown with its source as the record has it: the sentence with its
footnotes, or the data set and row. Text reaches the HTML only through the
autoescaping template, and only http(s) URLs become links (``safe_url``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from dyadscope.analyse.findings.common import dataset_title, date_text, percent
from dyadscope.analyse.findings.figures import amount
from dyadscope.model import Claim, Finding, Source
from dyadscope.report.format import safe_url
from dyadscope.report.rows import source_title

TITLES = {
    "contradiction": "Contradictions",
    "mirror_gap": "Mirror gaps in trade statistics",
    "corroboration": "Corroborations",
    "duplicate": "Duplicates",
    "unverified": "Unverified claims",
}
_SINGULAR = {
    "corroboration": "corroboration", "contradiction": "contradiction",
    "mirror_gap": "mirror gap", "duplicate": "duplicate", "unverified": "unverified",
}  # fmt: skip


def claim_value(claim: Claim) -> str:
    """"$1.6 billion", "10", "negated (agreement_signed)", or "" when the claim has none."""
    if claim.value is None:
        return ""
    if isinstance(claim.value, str):
        return f"{claim.value} ({claim.unit})" if claim.unit else claim.value
    return amount(claim.value, claim.unit)


def source_text(source: Source) -> str:
    """Where a claim is written, exactly: data set and row, or document, title and offsets."""
    if source.dataset is not None:
        url = f" {source.url}" if source.url else ""
        return f"{dataset_title(source.dataset)} row {source.row}{url}"
    where = f"document {source.doc}"
    if source.start is not None and source.end is not None:
        where += f", characters {source.start}-{source.end}"
    return f"{source.title or 'untitled'} ({where})"


def _notes_text(source: Source) -> str:
    return "".join(
        f" [{c.label}]" + (f" {c.url}" if c.url else f" {c.text}") for c in source.citations
    )


def findings_text(findings: Sequence[Finding]) -> str:
    """The terminal view: one block per finding, claims with their sources."""
    if not findings:
        return "No findings: nothing about the pair could be compared across sources.\n"
    lines: list[str] = []
    for finding in findings:
        field = f" [{finding.field}]" if finding.field else ""
        lines.append(f"{_SINGULAR[finding.type].upper()}{field}: {finding.subject}")
        if finding.relative_difference is not None:
            lines.append(f"  difference: {percent(finding.relative_difference)}")
        for claim in finding.claims:
            value = claim_value(claim)
            head = ", ".join(p for p in (value, date_text(claim.period)) if p)
            lines.append(f"  - {head}: {source_text(claim.source)}")
            if claim.source.sentence:
                sentence = " ".join(claim.source.sentence.split())
                lines.append(f'    "{sentence}"{_notes_text(claim.source)}')
        if finding.note:
            lines.append(f"  note: {finding.note}")
        lines.append("")
    return "\n".join(lines)


def findings_summary(findings: Sequence[Finding]) -> str:
    """"5 findings: 1 contradiction, 1 mirror gap, 3 unverified"."""
    counts = Counter(f.type for f in findings)
    parts = [
        f"{counts[t]} {_SINGULAR[t]}{'s' if counts[t] != 1 and t != 'unverified' else ''}"
        for t in TITLES
        if counts[t]
    ]
    total = len(findings)
    head = f"{total} finding{'s' if total != 1 else ''}"
    return f"{head}: {', '.join(parts)}" if parts else head


def _claim_context(claim: Claim) -> dict[str, Any]:
    source = claim.source
    return {
        "value": claim_value(claim),
        "period": date_text(claim.period) if claim.period and claim.period.start else "",
        # "SIPRI", "GDELT 2.0, row 1234": a row digest names nothing a reader can look up
        "dataset": source_title(source) if source.dataset else None,
        "href": safe_url(source.url),
        "title": source.title or source.doc or "untitled document",
        "doc": source.doc,
        "sentence": " ".join((source.sentence or "").split()),
        "notes": [
            {"label": c.label, "text": " ".join(c.text.split()), "href": safe_url(c.url),
             "url": c.url}
            for c in source.citations
        ],
    }


def findings_context(findings: Sequence[Finding]) -> dict[str, Any]:
    """What the brief's Findings section shows: contradictions, mirror gaps and
    corroborations in full, duplicates, and how many claims are unverified (and why,
    by the commonest reasons)."""

    def items(kind: str) -> list[dict[str, Any]]:
        return [
            {
                "subject": f.subject,
                "field": f.field,
                "difference": None
                if f.relative_difference is None
                else percent(f.relative_difference),
                "note": f.note,
                "claims": [_claim_context(c) for c in f.claims],
            }
            for f in findings
            if f.type == kind
        ]

    unverified = [f for f in findings if f.type == "unverified"]
    reasons = Counter(f.note for f in unverified).most_common(5)
    return {
        "sections": [
            {"key": kind, "title": TITLES[kind], "items": items(kind)}
            for kind in ("contradiction", "mirror_gap", "corroboration", "duplicate")
        ],
        "unverified": len(unverified),
        "unverified_reasons": [{"reason": r, "count": n} for r, n in reasons],
        "total": len(findings),
    }
