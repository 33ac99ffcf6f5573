"""GDELT events and mentions -> the events and mentions tables, in one SELECT each."""

from __future__ import annotations

from dyadscope.codes.countries import cameo_organisations, is_country_code
from dyadscope.importers.layout import Layout
from dyadscope.store.imports.common import (
    Filters,
    cam,
    cameo_joins,
    col,
    date_range_sql,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
)

EXTRA_COLUMNS = (
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "IsRootEvent",
    "Actor1Code", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "ActionGeo_CountryCode", "ActionGeo_FullName", "DATEADDED",
)  # fmt: skip


def _common_start(texts: list[str]) -> str:
    """The longest string every one of ``texts`` starts with."""
    if not texts:
        return ""
    first, last = min(texts), max(texts)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def _org(code_expr: str, field: int) -> str:
    """CASE mapping a CAMEO IGO actor code to our organisation code (1) or name (2).

    The prefix tests run only on codes sharing the prefixes' common start ("IGO"),
    so the other 99% of rows pay for one test, not one per organisation."""
    rows = cameo_organisations()
    whens = " ".join(
        f"WHEN starts_with({code_expr}, {lit(row[0])}) THEN {lit(row[field])}" for row in rows
    )
    common = _common_start([row[0] for row in rows])
    if not common:
        return f"(CASE {whens} ELSE NULL END)"
    return f"(CASE WHEN starts_with({code_expr}, {lit(common)}) THEN CASE {whens} END END)"


def _actor(n: int) -> dict[str, str]:
    code = col(f"Actor{n}Code")
    country = f"k{n}.iso3"
    org = _org(code, 1)
    return {
        f"actor{n}_code": f"coalesce({country}, {org})",
        f"actor{n}_name": (
            f"coalesce(k{n}.name, {_org(code, 2)}, nullif({col(f'Actor{n}Name')}, ''))"
        ),
        f"actor{n}_sector": (
            f"coalesce(nullif({col(f'Actor{n}Type1Code')}, ''), "
            f"CASE WHEN starts_with({code}, 'IGO') THEN 'IGO' END)"
        ),
        f"actor{n}_text": f"coalesce({col(f'Actor{n}Name')}, '')",
    }


def events_select(path: str, layout: Layout, filters: Filters) -> str:
    """SELECT producing events-table columns from one GDELT events file."""
    names = set(layout.column_names)
    row_id = f"CAST({col('GLOBALEVENTID')} AS VARCHAR)"
    # to_json of a struct literal: the same text as json_object, and no slower
    extra_fields = ", ".join(f"{lit(c)}: {col(c)}" for c in EXTRA_COLUMNS if c in names)
    url = f"nullif({col('SOURCEURL')}, '')" if "SOURCEURL" in names else "NULL"
    sqldate = col("SQLDATE")
    cols = {
        "id": stable_id_sql(layout.dataset, row_id, plain=True),
        "kind": f"coalesce({cam('kind')}, 'other')",
        "plover": cam("plover"),
        "cameo": f"nullif({col('EventCode')}, '')",
        "goldstein": f"coalesce(TRY_CAST({col('GoldsteinScale')} AS DOUBLE), {cam('goldstein')})",
        "quad_class": f"coalesce(TRY_CAST({col('QuadClass')} AS TINYINT), {cam('quad_class')})",
        "domain": f"coalesce({cam('domain')}, 'other')",
        "status": "'actual'",
        **_actor(1),
        **_actor(2),
        "others": "'[]'",
        "date_start": f"strftime({sqldate}, '%Y-%m-%d')",
        "date_end": "NULL",
        "date_precision": "'day'",
        "date_text": f"strftime({sqldate}, '%Y%m%d')",
        "day": sqldate,
        "quantities": "'[]'",
        "citations": "'[]'",
        "dataset": lit(layout.dataset),
        "row_id": row_id,
        "url": url,
        "confidence": "0.5",
        "num_mentions": f"TRY_CAST({col('NumMentions')} AS INTEGER)",
        "num_sources": f"TRY_CAST({col('NumSources')} AS INTEGER)",
        "num_articles": f"TRY_CAST({col('NumArticles')} AS INTEGER)",
        "avg_tone": f"TRY_CAST({col('AvgTone')} AS DOUBLE)",
        "extra": f"CAST(to_json({{{extra_fields}}}) AS VARCHAR)",
    }
    where = date_range_sql(sqldate, filters)
    if filters.pair and all(is_country_code(code) for code in filters.pair):
        # on the raw columns, so the reader drops other rows before any join
        where.append(pair_sql(col("Actor1CountryCode"), col("Actor2CountryCode"), filters.pair))
    elif filters.pair:  # an organisation (UN, EU ...): test the mapped actor codes
        where.append(pair_sql(cols["actor1_code"], cols["actor2_code"], filters.pair))
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return (
        f"SELECT\n  {select}\nFROM {read_csv(path, layout)} AS r\n"
        + cameo_joins(col("EventCode"))
        + f"LEFT JOIN _dy_country k1 ON k1.iso3 = {col('Actor1CountryCode')}\n"
        f"LEFT JOIN _dy_country k2 ON k2.iso3 = {col('Actor2CountryCode')}\n"
        + (f"WHERE {' AND '.join(where)}" if where else "")
    )


def _timestamp(name: str) -> str:
    return f"TRY_STRPTIME({col(name)}, '%Y%m%d%H%M%S')"


def mentions_select(path: str, layout: Layout, filters: Filters) -> str:
    """SELECT producing mentions-table columns; with a pair, only mentions of the
    dyad's events already in the store (mentions carry no actors)."""
    event_id = col("GLOBALEVENTID")
    cols = {
        "event_id": stable_id_sql(layout.dataset, f"CAST({event_id} AS VARCHAR)", plain=True),
        "dataset": lit(layout.dataset),
        "event_time": _timestamp("EventTimeDate"),
        "mention_time": _timestamp("MentionTimeDate"),
        "mention_type": f"TRY_CAST({col('MentionType')} AS INTEGER)",
        "source_name": col("MentionSourceName"),
        "url": col("MentionIdentifier"),
        "sentence_id": f"TRY_CAST({col('SentenceID')} AS INTEGER)",
        "confidence": f"TRY_CAST({col('Confidence')} AS DOUBLE)",
        "doc_tone": f"TRY_CAST({col('MentionDocTone')} AS DOUBLE)",
        "row_id": f"CAST({event_id} AS VARCHAR)",
    }
    where = date_range_sql(f"CAST({_timestamp('MentionTimeDate')} AS DATE)", filters)
    if filters.pair:
        where.append(
            f"{event_id} IN (SELECT TRY_CAST(row_id AS BIGINT) FROM events WHERE dataset = "
            f"{lit(layout.dataset)} AND {pair_sql('actor1_code', 'actor2_code', filters.pair)})"
        )
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return f"SELECT\n  {select}\nFROM {read_csv(path, layout)} AS r\n" + (
        f"WHERE {' AND '.join(where)}" if where else ""
    )
