"""POLECAT (PLOVER-coded, NGEC) weekly and annual files: tab-separated, header row.

Later files call ``Intensity`` ``Event Intensity``; some carry extra header
names or trailing tabs. The literal ``None`` marks missing values. Layout as
documented by the Dataverse release notes (no real rows are public). Events map
onto the events table; multi-country actors (``;``-joined) are exploded into one
event per dyad; repeated Event IDs are kept once.
"""

from __future__ import annotations

from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import COUNTRY
from dyadscope.importers.source import Head, NotThisLayout, Source
from dyadscope.importers.sql import (
    Filters,
    col,
    date_range_sql,
    day_event_columns,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
)

COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
    "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
    "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
]  # fmt: skip

REQUIRED = ("Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country")


def detect(head: Head) -> Layout:
    """The layout named by the header; the first data row tells its width."""
    first = head.rows[0]
    data = head.rows[1] if len(head.rows) > 1 else first
    layout = _layout_of(first, len(data.split("\t")), head.encoding)
    if layout is None:
        raise NotThisLayout("header lacks the POLECAT columns (Event ID, Event Type, ...)")
    return layout


def _layout_of(first_line: str, data_fields: int, encoding: str) -> Layout | None:
    """Accept the documented header (either intensity name), tolerating trailing empties.

    ``data_fields`` is the field count of the first data row. When the header has
    names we do not know (a stray ``Headline`` in row 1) or does not match the data
    width (trailing tabs), the documented names are used, padded with ``_extra_N``.
    """
    names = [n.strip().strip('"') for n in first_line.rstrip("\r\n").split("\t")]
    names = ["Intensity" if n == "Event Intensity" else n for n in names]
    if any(r not in names for r in REQUIRED):
        return None
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown or len(names) != data_fields:
        if data_fields < len(COLUMNS):
            return None
        names = [*COLUMNS, *(f"_extra_{i}" for i in range(len(COLUMNS), data_fields))]
    return Layout(
        source="polecat",
        name=f"polecat-events ({len(names)} columns, header)",
        dataset="polecat",
        target="events",
        columns=varchar(names, {"Event Date": "DATE"}),
        header=True,
        dateformat="%Y-%m-%d",
        not_null=("Event ID", "Event Date"),
        encoding=encoding,
        nullstr=("", "None"),
    )


# PLOVER event type -> (our kind, default domain, quad class). Written from the
# PLOVER ontology: CONSULT with mode "visit" becomes a visit (see MODE_KIND).
PLOVER: dict[str, tuple[str, str, int]] = {
    "AGREE": ("agreement_signed", "diplomatic", 1),
    "CONSULT": ("meeting", "diplomatic", 1),
    "SUPPORT": ("support_statement", "diplomatic", 1),
    "CONCEDE": ("other", "diplomatic", 1),
    "REQUEST": ("other", "diplomatic", 1),
    "COOPERATE": ("other", "diplomatic", 2),
    "AID": ("aid_project", "diplomatic", 2),
    "RETREAT": ("other", "military", 2),
    "ACCUSE": ("criticism_hostility", "diplomatic", 3),
    "REJECT": ("other", "diplomatic", 3),
    "THREATEN": ("criticism_hostility", "diplomatic", 3),
    "PROTEST": ("other", "security", 4),
    "SANCTION": ("other", "economic", 4),
    "MOBILIZE": ("other", "military", 4),
    "COERCE": ("other", "security", 4),
    "ASSAULT": ("other", "military", 4),
}
MODE_KIND = {("CONSULT", "visit"): "visit", ("COOPERATE", "economic"): "economic_cooperation"}
# Context words (POLECAT "Contexts") that decide the domain over the type default.
CONTEXT_DOMAIN = (
    ("military", "military"),
    ("economic", "economic"),
    ("humanitarian", "humanitarian_cultural"),
    ("cultur", "humanitarian_cultural"),
    ("terror", "security"),
    ("cyber", "security"),
)


EXTRA = (
    "Event Type", "Event Mode", "Quad Code", "Contexts", "Actor Country", "Recipient Country",
    "Actor Sectors", "Recipient Sectors", "Actor Title", "Recipient Title", "Placename",
    "Country", "Source", "Publication Date", "Language", "Version",
)  # fmt: skip


def _case(expr: str, mapping: dict[str, str], default: str) -> str:
    whens = " ".join(f"WHEN {lit(k)} THEN {lit(v)}" for k, v in mapping.items())
    return f"(CASE {expr} {whens} ELSE {default} END)"


def events_select(path: str, layout: Layout, filters: Filters) -> str:
    """SELECT producing events-table columns from one POLECAT file, one row per dyad."""
    names = set(layout.column_names)
    etype = f"upper(trim({col('Event Type')}))"
    mode = f"lower(trim(coalesce({col('Event Mode')}, '')))"
    contexts = f"lower(coalesce({col('Contexts')}, ''))"
    mode_whens = " ".join(
        f"WHEN {etype} = {lit(t)} AND ({mode} = {lit(m)} OR {contexts} LIKE {lit('%' + m + '%')})"
        f" THEN {lit(k)}"
        for (t, m), k in MODE_KIND.items()
    )
    by_type = _case(etype, {k: v[0] for k, v in PLOVER.items()}, lit("other"))
    kind = f"(CASE {mode_whens} ELSE {by_type} END)"
    context_whens = " ".join(
        f"WHEN {contexts} LIKE {lit('%' + word + '%')} THEN {lit(domain)}"
        for word, domain in CONTEXT_DOMAIN
    )
    default_domain = _case(etype, {k: v[1] for k, v in PLOVER.items()}, lit("other"))
    quad = _case(etype, {k: str(v[2]) for k, v in PLOVER.items()}, "NULL")
    extra = ", ".join(f"{lit(c)}, {col(c)}" for c in EXTRA if c in names)
    multi = (
        f"(strpos({col('Actor Country')}, ';') > 0 OR strpos({col('Recipient Country')}, ';') > 0)"
    )
    event_id = col("Event ID")
    dyad = "coalesce(a1, '') || '-' || coalesce(a2, '')"
    row_id = f"(CASE WHEN {multi} THEN {event_id} || '#' || {dyad} ELSE {event_id} END)"
    event_date = col("Event Date")
    cols = {
        "id": stable_id_sql(layout.dataset, row_id),
        "kind": kind,
        "plover": f"nullif({etype}, '')",
        "cameo": "NULL",
        "goldstein": f"TRY_CAST({col('Intensity')} AS DOUBLE)",
        "quad_class": f"TRY_CAST({quad} AS TINYINT)",
        "domain": f"(CASE {context_whens} ELSE {default_domain} END)",
        "status": "'actual'",
        "actor1_code": "a1",
        "actor1_name": f"coalesce(n1.name, {col('Actor Name')})",
        "actor1_sector": f"nullif({col('Primary Actor Sector')}, '')",
        "actor1_text": f"coalesce({col('Actor Name Raw')}, {col('Actor Name')}, '')",
        "actor2_code": "a2",
        "actor2_name": f"coalesce(n2.name, {col('Recipient Name')})",
        "actor2_sector": f"nullif({col('Primary Recipient Sector')}, '')",
        "actor2_text": f"coalesce({col('Recipient Name Raw')}, {col('Recipient Name')}, '')",
        **day_event_columns(event_date, layout.dataset, row_id, extra),
    }
    where = date_range_sql(event_date, filters)
    if filters.pair:
        where.append(pair_sql("a1", "a2", filters.pair))
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    exploded = (
        f"SELECT r.*, nullif(upper(trim(x1.a)), '') AS a1, nullif(upper(trim(x2.a)), '') AS a2 "
        f"FROM {read_csv(path, layout)} AS r, "
        f"unnest(string_split(coalesce({col('Actor Country')}, ''), ';')) AS x1(a), "
        f"unnest(string_split(coalesce({col('Recipient Country')}, ''), ';')) AS x2(a)"
    )
    return (
        f"SELECT\n  {select}\nFROM ({exploded}) AS r\n"
        "LEFT JOIN _dy_country n1 ON n1.iso3 = r.a1\n"
        "LEFT JOIN _dy_country n2 ON n2.iso3 = r.a2\n"
        + (f"WHERE {' AND '.join(where)}\n" if where else "")
        + f"QUALIFY row_number() OVER (PARTITION BY {row_id}) = 1"
    )


SOURCE = Source(
    name="polecat",
    description="POLECAT PLOVER-coded weekly and annual event files (tab-separated, header row)",
    order=3,
    detect=detect,
    select=events_select,
    lookups=(COUNTRY,),
)
