"""The timeline as plain text for the terminal: year by year, per domain, one line per event."""

from __future__ import annotations

from dyadscope.analyse.flows import flow_of
from dyadscope.analyse.timeline import Timeline, TimelineEntry
from dyadscope.model import Citation, Observation
from dyadscope.report.format import actors_text, format_value
from dyadscope.report.rows import row_fields, source_title

QUOTE_LIMIT = 160
ROW_FIELDS_SHOWN = 4  # a data-set row's line shows its first few meaningful fields


def _quote(sentence: str | None) -> str:
    if not sentence:
        return ""
    text = " ".join(sentence.split())
    if len(text) > QUOTE_LIMIT:
        text = text[: QUOTE_LIMIT - 1].rstrip() + "…"
    return f"'{text}'"


def _labels(citations: tuple[Citation, ...]) -> str:
    return "".join(f"[{c.label}]" for c in citations)


def entry_line(entry: TimelineEntry) -> str:
    """'2003-05  agreement_signed  PAK -> AZE  'sentence' [6] title'."""
    kind = entry.event.kind if entry.status == "actual" else f"{entry.event.kind} ({entry.status})"
    told = len(entry.event.sources)
    event = entry.event
    if event.source.dataset is not None:  # "SIPRI: JF-17  TIV delivered 2.4; ..."
        fields = "; ".join(f"{k} {v}" for k, v in row_fields(event)[:ROW_FIELDS_SHOWN])
        where = [source_title(event.source, event), fields]
    else:
        where = [_quote(entry.sentence), _labels(entry.citations), entry.doc_title or ""]
    parts = [entry.date, kind, actors_text(event), *where,
             f"({told} sources)" if told > 1 else ""]
    return "  ".join(p for p in parts if p)


def _observation_line(obs: Observation) -> str:
    """'2013-14  imports  AZE -> PAK (reported by PAK)  $37.45 million  [2]  title':
    the arrow goes from exporter to importer (``analyse.flows``)."""
    dataset = obs.source.dataset
    # a data set's own period code ("201503") reads better as ISO ("2015-03")
    period = (obs.period.start if dataset else obs.period.text) or obs.period.start or "undated"
    flow = flow_of(obs).text()
    source = source_title(obs.source) if dataset else obs.source.title or obs.source.doc or ""
    told = len(obs.sources)
    parts = [period, obs.indicator, flow, format_value(obs.value, obs.unit),
             _labels(obs.source.citations), source, f"({told} sources)" if told > 1 else ""]
    return "  ".join(p for p in parts if p)


def _notes(timeline: Timeline) -> list[str]:
    """Each cited note once: the document, its label, and where to read it."""
    seen: set[tuple[str, str]] = set()
    found: list[tuple[str, tuple[int, str], str]] = []
    sources = [e.event.source for e in timeline.entries] + [o.source for o in timeline.observations]
    for source in sources:
        for cite in source.citations:
            key = (source.doc or "", cite.label)
            if key in seen:
                continue
            seen.add(key)
            where = cite.url or " ".join(cite.text.split())[:QUOTE_LIMIT]
            title = source.title or source.doc or "?"
            found.append((title, _label_key(cite.label), f"  [{cite.label}] {where}  ({title})"))
    return [line for *_, line in sorted(found)]


def _label_key(label: str) -> tuple[int, str]:
    return (int(label), "") if label.isdigit() else (10**6, label)


def _year_heading(year: int | None, total: int, mean: float | None) -> str:
    label = str(year) if year is not None else "undated"
    noun = "event" if total == 1 else "events"
    score = f", mean Goldstein {mean:+.2f}" if mean is not None else ""
    return f"{label}  {total} {noun}{score}"


def render_timeline_text(timeline: Timeline, pair: tuple[str, str]) -> str:
    """The whole timeline as text (no colour codes): the CLI prints it as is."""
    entries = timeline.entries
    head = f"{pair[0]}-{pair[1]} timeline: {len(entries)} events"
    if timeline.period:
        head += f", {timeline.period[0]}-{timeline.period[1]}"
    head += f"; {len(timeline.observations)} figures"
    lines = [head]
    if entries:
        summary = timeline.cooperation_summary()
        lines.append(
            f"actual events: {summary['cooperative']} cooperative, "
            f"{summary['conflictual']} conflictual, {summary['neutral']} neutral (by Goldstein)"
        )
    for group in timeline.groups:
        lines += ["", _year_heading(group.year, group.total, group.goldstein_mean)]
        for dgroup in group.domains:
            lines.append(f"  {dgroup.domain}")
            lines += [f"    {entry_line(e)}" for e in dgroup.entries]
    if timeline.observations:
        lines += ["", "Figures"]
        lines += [f"  {_observation_line(o)}" for o in timeline.observations]
    notes = _notes(timeline)
    if notes:
        lines += ["", "Notes", *notes]
    if not entries and not timeline.observations:
        lines += ["", "No events or figures for this pair yet."]
    return "\n".join(lines) + "\n"
