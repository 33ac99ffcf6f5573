"""The HTML brief: one self-contained file (inline CSS and SVG) a reader can open offline.

The template autoescapes everything: document text reaches the page only as
text, and only http(s) URLs become links (``safe_url``), so a hostile document
cannot inject markup or a ``javascript:`` link into the brief.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape

from dyadscope.analyse.flows import flow_of
from dyadscope.analyse.timeline import Timeline, TimelineEntry, build_timeline
from dyadscope.codes.countries import country_name
from dyadscope.model import Actor, Citation, Event, Observation, Source
from dyadscope.report import summary, vega
from dyadscope.report.findings import findings_context, findings_summary
from dyadscope.report.format import DOMAIN_TITLES, format_value, safe_url
from dyadscope.report.rows import row_fields, source_title

if TYPE_CHECKING:
    from dyadscope.analyse.brief_data import BriefData

# a domain's timeline beyond this many entries (a GDELT-sized pair) keeps the weightiest:
# a brief is read, the store holds the rest
MAX_TIMELINE_ENTRIES = 300

@dataclass(frozen=True, slots=True)
class NoteLink:
    """A citation marker: its label, the note text, and a URL only when it is safe to link."""

    label: str
    text: str
    href: str | None
    url: str | None

    @property
    def display(self) -> str:
        """The note text without its URL when the URL is shown as a link beside it."""
        if self.href and self.url and self.url in self.text:
            return self.text.replace(self.url, "").strip(" .,;:") or self.text
        return self.text

    @classmethod
    def of(cls, cite: Citation) -> NoteLink:
        return cls(cite.label, " ".join(cite.text.split()), safe_url(cite.url), cite.url)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("dyadscope.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    return env


def _actor(actor: Actor | None) -> dict[str, str] | None:
    if actor is None:
        return None
    return {"code": actor.code, "name": actor.name, "sector": actor.sector or "",
            "text": actor.text if actor.text.strip() not in ("", actor.name, actor.code) else ""}


def _source_title(
    source: Source, documents: Mapping[str, dict[str, Any]], event: Event | None = None
) -> str:
    if source.dataset is not None:
        return source_title(source, event)
    doc = documents.get(source.doc or "", {})
    path = _basename(doc.get("source_path"))
    return str(doc.get("title") or source.title or path or source.doc or "unknown source")


def _entry(entry: TimelineEntry, documents: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    event = entry.event
    return {
        "id": event.id,
        "date": entry.date,
        "date_text": entry.date_text,
        "kind": event.kind,
        "status": entry.status,
        "actor1": _actor(event.actor1),
        "actor2": _actor(event.actor2),
        "others": [_actor(a) for a in event.others],
        "quantities": [q.text or format_value(q.value, q.unit) for q in event.quantities],
        "goldstein": event.goldstein,
        "sentence": " ".join((entry.sentence or "").split()),
        "notes": [NoteLink.of(c) for c in entry.citations],
        "source": _source_title(event.source, documents, event),
        "source_href": safe_url(event.source.url),
        "doc": event.source.doc,
        # an imported row's meaningful fields: weapon, numbers, TIV, CAMEO label, tone
        "fields": row_fields(event),
        # the other records that tell this same event (its story)
        "also": [_also(source, documents) for source in event.sources[1:]],
    }


def _also(source: Source, documents: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "source": _source_title(source, documents),
        "href": safe_url(source.url),
        "sentence": " ".join((source.sentence or "").split()),
        "notes": [NoteLink.of(c) for c in source.citations],
    }


def _figure(obs: Observation, documents: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "indicator": obs.indicator,
        "flow": flow_of(obs).text("→", "↔"),  # exporter → importer (reported by ...)
        "commodity": obs.commodity,
        "value": format_value(obs.value, obs.unit),
        "period": (obs.period.start if obs.source.dataset else obs.period.text)
        or obs.period.start or "undated",
        "sentence": " ".join((obs.source.sentence or "").split()),
        "source": _source_title(obs.source, documents),
        "source_href": safe_url(obs.source.url),
        "notes": [NoteLink.of(c) for c in obs.source.citations],
        "doc": obs.source.doc,
        "also": [_also(source, documents) for source in obs.sources[1:]],
    }


def _sources(
    records: Sequence[Event | Observation], documents: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Documents (given ones first, then any only the records name) with their notes; data sets."""
    docs: dict[str, dict[str, Any]] = {}
    for doc in documents:
        key = str(doc.get("id") or doc.get("title") or len(docs))
        docs[key] = {
            "id": key,
            "title": doc.get("title") or _basename(doc.get("source_path")) or key,
            "author": doc.get("author"),
            "date": doc.get("date"),
            "url": doc.get("url"),
            "href": safe_url(doc.get("url")),
            "path": doc.get("source_path"),
            "notes": {},
        }
    datasets: dict[str, int] = {}
    for record in records:
        src = record.source
        if src.dataset is not None:
            datasets[src.dataset] = datasets.get(src.dataset, 0) + 1
            continue
        key = src.doc or src.title or "unknown"
        doc = docs.setdefault(key, {"id": key, "title": src.title or key, "author": None,
                                    "date": None, "url": None, "href": None, "path": None,
                                    "notes": {}})
        for cite in src.citations:
            doc["notes"].setdefault(cite.label, NoteLink.of(cite))
    out = []
    for doc in docs.values():
        notes = doc["notes"]
        doc["notes"] = [notes[k] for k in sorted(notes, key=_label_key)]
        out.append(doc)
    return out, dict(sorted(datasets.items()))


def _basename(path: object) -> str | None:
    return str(path).replace("\\", "/").rsplit("/", 1)[-1] if path else None


def _label_key(label: str) -> tuple[int, str]:
    return (int(label), "") if label.isdigit() else (10**6, label)


def _pair_names(pair: tuple[str, str], names: Mapping[str, str] | None) -> tuple[str, str]:
    given = names or {}
    first, second = (given.get(c) or country_name(c) or c for c in pair)
    return first, second


def _period(timeline: Timeline) -> str | None:
    if timeline.period is None:
        return None
    first, last = timeline.period
    return str(first) if first == last else f"{first}–{last}"


def _weight(entry: TimelineEntry) -> tuple[bool, int, float]:
    """What makes an entry worth keeping in a long timeline: a document tells it (the
    analyst's own sources), then how many records tell it, then its press mentions."""
    event = entry.event
    mentions = event.extra.get("num_mentions") or 0
    return (event.source.dataset is None, len(event.sources), float(mentions))


def shown_entries(
    entries: Sequence[TimelineEntry], cap: int = MAX_TIMELINE_ENTRIES
) -> list[TimelineEntry]:
    """At most ``cap`` entries of a domain, in timeline order: every one when they fit,
    else the weightiest (``_weight``); the brief says how many it leaves to the store."""
    if len(entries) <= cap:
        return list(entries)
    order = sorted(range(len(entries)), key=lambda i: _weight(entries[i]), reverse=True)
    kept = sorted(order[:cap])
    return [entries[i] for i in kept]


def _scope_text(data: BriefData) -> str | None:
    parts = []
    if data.since or data.until:
        parts.append(f"{data.since or 'the start'} to {data.until or 'the end'}")
    if data.domains:
        parts.append(", ".join(DOMAIN_TITLES.get(d, d).lower() for d in data.domains))
    return "; ".join(parts) or None


def render_brief(
    data: BriefData,
    *,
    title: str | None = None,
    names: Mapping[str, str] | None = None,
    generated: str | None = None,
    known_sources: Sequence[str] = (),
) -> str:
    """One self-contained HTML page about the pair: summary, figures, findings,
    charts, timeline, coverage of the sources searched, and the sources."""
    from markupsafe import Markup

    events, observations = data.events, data.observations
    timeline = build_timeline(events, observations)
    doc_index = {str(d.get("id")): d for d in data.documents if d.get("id")}
    first, second = _pair_names(data.pair, names)
    statuses: dict[str, int] = {}
    for event in events:
        statuses[event.status] = statuses.get(event.status, 0) + 1
    sources, datasets = _sources([*events, *observations], data.documents)
    context = {
        "title": title or f"{first} – {second}: relationship brief",
        "pair": data.pair,
        "names": (first, second),
        "period": _period(timeline),
        "scope": _scope_text(data),
        "generated": generated,
        "counts": {
            "events": len(events),
            "figures": len(observations),
            "documents": len(sources),
            "datasets": sum(datasets.values()),
            "statuses": statuses,
        },
        "summary": timeline.cooperation_summary(),
        "headlines": summary.headlines(data),
        "changes": summary.changes(data),
        "awareness": summary.awareness(data),
        "findings_line": findings_summary(data.findings) if data.findings else None,
        "contradictions": [f.subject for f in data.findings if f.type == "contradiction"][:3],
        "figures": [_figure(o, doc_index) for o in timeline.observations],
        "charts": [{"key": d.key, "title": d.title, "svg": Markup(_inline(d.svg))}
                   for d in vega.draw_all(data)],
        "domain_colours": vega.DOMAIN_COLOURS,
        "domains": [
            {"key": d, "title": DOMAIN_TITLES.get(d, d), "total": len(es),
             "entries": [_entry(e, doc_index) for e in shown_entries(es)]}
            for d, es in timeline.by_domain().items()
        ],
        "coverage": summary.coverage(data, known_sources),
        "caveats": [*data.notes, *(data.indicators.notes if data.indicators else ())],
        "sources": sources,
        "datasets": {source_title(Source(dataset=k)): n for k, n in datasets.items()},
        "findings": findings_context(data.findings),
    }  # fmt: skip
    return _environment().get_template("brief.html.j2").render(**context)


def _inline(svg: str) -> str:
    """A standalone SVG made fit to sit in the page: no XML prolog, scaled by CSS
    (class "chart" joins Vega's own class on the root)."""
    body = svg[svg.find("<svg"):]
    if 'class="marks"' in body[: body.find(">")]:
        return body.replace('class="marks"', 'class="marks chart" role="img"', 1)
    return body.replace("<svg ", '<svg class="chart" role="img" ', 1)
