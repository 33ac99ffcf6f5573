"""The one record model that flows through every stage.

Stages talk to each other only through these types. ``to_record`` renders the
interchange format of ``shared/spec/records.md`` (JSON Lines); nothing else in
the package decides field names of machine-readable output.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal

Precision = Literal["day", "month", "year", "fiscal_year", "range", "unknown"]
# Where a date came from (the spec's ``date.basis``): a date written in the sentence,
# one resolved against the document's date ("on Wednesday"), one carried from an
# earlier sentence of the passage, the document's own date (news of the day), or none.
Basis = Literal["explicit", "relative", "context", "document", "none"]
BASES: tuple[str, ...] = ("explicit", "relative", "context", "document", "none")
Status = Literal["actual", "intent", "negated", "planned"]
Domain = Literal["military", "economic", "diplomatic", "humanitarian_cultural", "security", "other"]

DOMAINS: tuple[str, ...] = (
    "military",
    "economic",
    "diplomatic",
    "humanitarian_cultural",
    "security",
    "other",
)
STATUSES: tuple[str, ...] = ("actual", "intent", "negated", "planned")

# The analyst's event kinds of the interchange spec, in its order ("other" last) ...
SPEC_KINDS: tuple[str, ...] = (
    "agreement_signed", "negotiation", "meeting", "visit", "military_exercise",
    "military_training", "arms_transfer", "arms_interest", "recognition", "non_recognition",
    "support_statement", "criticism_hostility", "invitation", "aid_project",
    "economic_cooperation", "other",
)  # fmt: skip
# ... and the kinds dyadscope adds for the rest of PLOVER (conflict, promises); see README.
ADDED_KINDS: tuple[str, ...] = (
    "pledge", "request", "reject", "protest", "coerce", "armed_clash", "sanction", "mobilize",
    "retreat", "concede", "ceasefire",
)  # fmt: skip
KINDS: tuple[str, ...] = (*SPEC_KINDS[:-1], *ADDED_KINDS, "other")
# kinds whose sides are unordered (the spec's kind table, and a ceasefire)
UNDIRECTED_KINDS: frozenset[str] = frozenset(
    {"agreement_signed", "negotiation", "meeting", "military_exercise", "economic_cooperation",
     "ceasefire"}
)  # fmt: skip

# kinds an analyst counts as one act when the same sides do them at the same time:
# talks held at a meeting; "agreed to ..." and "this agreement was reached"
KIND_FAMILIES: dict[str, str] = {
    "meeting": "consult",
    "negotiation": "consult",
    "pledge": "agree",
    "agreement_signed": "agree",
}


def kind_family(kind: str) -> str:
    """The act a kind belongs to when records are compared for being the same event."""
    return KIND_FAMILIES.get(kind, kind)


# PLOVER event types (the current manual's 16).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


# the encoder ``json.dumps`` would build on each call with these options: built once, as
# ids are made for every event and record (the same JSON text, without the set-up)
_ID_ENCODER = json.JSONEncoder(sort_keys=True, default=str, ensure_ascii=False)


def stable_id(*parts: object) -> str:
    """Same input, same id: a short SHA-256 over the parts' JSON form."""
    payload = _ID_ENCODER.encode(parts)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved participant: a state (ISO3), an organisation, or a sector of one."""

    code: str
    name: str
    sector: str | None = None
    text: str = ""

    @property
    def is_media(self) -> bool:
        """A news outlet ("Agence France-Presse", sector MED): it reports events, it is
        no side in them."""
        return self.sector == "MED"

    def to_record(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "sector": self.sector, "text": self.text}


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date as precise as the text supports: ISO 8601 truncated (``2003-05``).

    ``basis`` says where it came from; a date with no start has basis "none"
    whatever the field holds.
    """

    start: str | None
    end: str | None = None
    precision: Precision = "unknown"
    text: str = ""
    basis: Basis = "explicit"

    @property
    def known_basis(self) -> Basis:
        return self.basis if self.start else "none"

    def to_record(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "text": self.text,
            "basis": self.known_basis,
        }

    @property
    def year(self) -> int | None:
        return int(self.start[:4]) if self.start else None


UNKNOWN_DATE = DateRef(start=None, end=None, precision="unknown", text="", basis="none")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated amount: money (``unit`` "USD" etc. via ``currency``), a count, a percentage."""

    value: float
    unit: str  # "count" | "money" | "percent" | other measure units
    currency: str | None = None
    item: str | None = None
    text: str = ""

    def to_record(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "unit": self.unit,
            "currency": self.currency,
            "item": self.item,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Citation:
    """A footnote or endnote a sentence points to."""

    label: str
    text: str
    url: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "url": self.url}


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record comes from: a document sentence, or a data-set row."""

    doc: str | None = None
    title: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    citations: tuple[Citation, ...] = ()
    dataset: str | None = None
    row: str | None = None
    url: str | None = None

    def to_record(self) -> dict[str, Any]:
        if self.dataset is not None:
            return {"dataset": self.dataset, "row": self.row, "url": self.url}
        return {
            "doc": self.doc,
            "title": self.title,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "citations": [c.to_record() for c in self.citations],
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when, how much, and where it is written."""

    id: str
    kind: str
    plover: str | None
    cameo: str | None
    goldstein: float | None
    domain: str
    status: str
    actor1: Actor | None
    actor2: Actor | None
    date: DateRef
    source: Source
    others: tuple[Actor, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # every sentence or row that tells this same event, ``source`` first; empty when
    # only ``source`` does
    sources: tuple[Source, ...] = ()

    def parties(self) -> tuple[Actor, ...]:
        """actor1, actor2 and the others: everyone the event names."""
        return tuple(a for a in (self.actor1, self.actor2, *self.others) if a is not None)

    def to_record(self) -> dict[str, Any]:
        record = self._record()
        if self.sources:
            record["sources"] = [s.to_record() for s in self.sources]
        return record

    def _record(self) -> dict[str, Any]:
        return {
            "record": "event",
            "id": self.id,
            "kind": self.kind,
            "plover": self.plover,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "domain": self.domain,
            "status": self.status,
            "actor1": self.actor1.to_record() if self.actor1 else None,
            "actor2": self.actor2.to_record() if self.actor2 else None,
            "others": [a.to_record() for a in self.others],
            "date": self.date.to_record(),
            "quantities": [q.to_record() for q in self.quantities],
            "source": self.source.to_record(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Observation:
    """A figure a source states: trade volume, exports, a budget, a count."""

    id: str
    indicator: str
    reporter: str | None
    partner: str | None
    commodity: str | None
    value: float
    unit: str
    period: DateRef
    source: Source
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # every sentence or row that states this same figure, ``source`` first
    sources: tuple[Source, ...] = ()

    def to_record(self) -> dict[str, Any]:
        record = self._record()
        if self.sources:
            record["sources"] = [s.to_record() for s in self.sources]
        return record

    def _record(self) -> dict[str, Any]:
        return {
            "record": "observation",
            "id": self.id,
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "commodity": self.commodity,
            "value": float(self.value),
            "unit": self.unit,
            "period": self.period.to_record(),
            "source": self.source.to_record(),
        }


FINDING_TYPES: tuple[str, ...] = (
    "corroboration", "contradiction", "duplicate", "mirror_gap", "unverified"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says in a finding: a value (or a status, a date) and where."""

    record: str  # the event or observation id
    source: Source
    value: float | str | None = None
    unit: str | None = None
    period: DateRef | None = None

    def to_record(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return {
            "value": value,
            "unit": self.unit,
            "period": self.period.to_record() if self.period else None,
            "record": self.record,
            "source": self.source.to_record(),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """What comparing sources concludes: they agree (``corroboration``), disagree
    (``contradiction``), are copies (``duplicate``), a trade flow as its two sides
    report it (``mirror_gap``), or no data set speaks to a claim (``unverified``)."""

    type: str  # one of FINDING_TYPES
    pair: tuple[str, str]
    subject: str
    claims: tuple[Claim, ...]
    field: str | None = None  # quantity | value | date | status | actors
    relative_difference: float | None = None
    note: str = ""

    @property
    def id(self) -> str:
        parts = [self.type, *self.pair, self.field or "", *(c.record for c in self.claims)]
        return stable_id("finding", *parts)

    def to_record(self) -> dict[str, Any]:
        difference = self.relative_difference
        return {
            "record": "finding",
            "id": self.id,
            "type": self.type,
            "pair": list(self.pair),
            "subject": self.subject,
            "field": self.field,
            "claims": [c.to_record() for c in self.claims],
            "relative_difference": None if difference is None else round(difference, 4),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Estimate:
    """A survey figure: the weighted share of a population giving one answer, with a
    design-based SE and an interval that stays inside [0, 1] (the spec's ``estimate``).

    ``pair`` is (the respondents' country, the country the answer names) once the
    figure is linked to a pair; ``group`` is the ``--by`` group, None for the whole
    population. The id leaves out pair and fieldwork: they describe the figure, and
    importing it again with a corrected pair replaces it rather than adding a copy.
    """

    survey: str
    question: str
    wording: str | None
    population: str
    answer: str  # code and label, as "8 Turkey"
    n: int
    estimate: float
    se: float
    ci: tuple[float, float]
    ci_method: str  # "logit-t" | "korn-graubard"
    weighted: bool
    design: str
    fieldwork_start: str | None = None  # ISO 8601, possibly truncated
    fieldwork_end: str | None = None
    pair: tuple[str, str] | None = None
    group: str | None = None
    df: int | None = None  # degrees of freedom of the interval
    excluded: tuple[str, ...] = ()  # answer codes left out of the denominator
    source: str | None = None  # the data file's name

    @property
    def id(self) -> str:
        return stable_id(
            "estimate", self.survey, self.source, self.question, self.answer, self.population,
            self.group, self.design, self.weighted, list(self.excluded), self.ci_method,
        )  # fmt: skip

    def to_record(self) -> dict[str, Any]:
        return {
            "record": "estimate",
            "id": self.id,
            "survey": self.survey,
            "question": self.question,
            "wording": self.wording,
            "population": self.population,
            "group": self.group,
            "answer": self.answer,
            "fieldwork": {"start": self.fieldwork_start, "end": self.fieldwork_end},
            "n": self.n,
            "estimate": round(self.estimate, 6),
            "se": round(self.se, 6),
            "ci": [round(self.ci[0], 6), round(self.ci[1], 6)],
            "ci_method": self.ci_method,
            "df": self.df,
            "weighted": self.weighted,
            "design": self.design,
            "excluded": list(self.excluded),
            "pair": list(self.pair) if self.pair else None,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class PageSpan:
    """Character range of one PDF page inside ``Document.text`` (1-based page number)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """An ingested document: its text plus the metadata a citation needs."""

    id: str
    text: str
    source_path: str | None = None
    media_type: str = "text/plain"
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601, possibly truncated ("2017-11" or "2017")
    url: str | None = None
    pages: tuple[PageSpan, ...] = ()
    warnings: tuple[str, ...] = ()  # e.g. bytes that could not be decoded

    def page_at(self, offset: int) -> int | None:
        """The page holding ``offset``. A binary search over the pages, which are in
        order: every sentence of a PDF asks, and a long one has thousands of pages."""
        i = bisect.bisect_right(self.pages, offset, key=attrgetter("start")) - 1
        if i >= 0 and offset < self.pages[i].end:
            return self.pages[i].number
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document, with the notes its markers point to.

    ``text`` is cleaned for analysis (footnote markers, layout breaks and
    hyphenation removed); ``start``/``end`` index the original ``Document.text``.
    ``repeat_of`` is set when the same sentence already appeared earlier in the
    document (pull quotes, running heads): such sentences yield no records.
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    citations: tuple[Citation, ...] = ()
    repeat_of: int | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input, or a row of one, that could not be used, and why (the quarantine)."""

    path: str
    reason: str
    line: int | None = None
    content: str | None = None
    stage: str = "ingest"

    def message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


def to_json_line(record: Event | Observation) -> str:
    """One JSON Lines row of the interchange format."""
    return json.dumps(record.to_record(), ensure_ascii=False)


# --- mentions: what the extract stage finds inside one sentence ----------------------

MentionKind = Literal[
    "state", "capital", "demonym", "organisation", "institution", "person", "dyad_ref", "location"
]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a sentence; offsets are into the sentence text.

    ``kind`` says how it was named. A ``dyad_ref`` ("both countries", "the
    parties") has ``actor`` None: the classify stage resolves it to the
    document's dyad. A ``location`` is a place named as such ("talks in Baku"):
    ``actor`` is the state it belongs to, useful as a host, not as a participant.
    ``posted_to``: for an envoy named with his posting ("Iran's ambassador to
    Azerbaijan"), the state he serves in, which summons or expels him.
    """

    start: int
    end: int
    text: str
    actor: Actor | None
    kind: MentionKind = "state"
    posted_to: Actor | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: DateRef


@dataclass(frozen=True, slots=True)
class ClashMention:
    """A war or strike named, not told ("the second Karabakh war"): when and who."""

    start: int
    end: int
    date: DateRef
    sides: tuple[str, str]


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    quantity: Quantity
