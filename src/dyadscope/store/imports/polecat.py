"""POLECAT events -> the events table. Multi-country actors (``;``-joined) are
exploded into one event per dyad; repeated Event IDs are kept once."""

from __future__ import annotations

from dyadscope.importers.layout import Layout
from dyadscope.importers.polecat import CONTEXT_DOMAIN, MODE_KIND, PLOVER
from dyadscope.store.imports.common import (
    Filters,
    col,
    date_range_sql,
    day_event_columns,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
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
