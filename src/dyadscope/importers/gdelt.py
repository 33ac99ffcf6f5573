"""GDELT: 1.0 events (57/58 columns), 2.0 events (61), 2.0 mentions (16).

Files have no header and no quoting: tab is the only separator. The layout is
chosen from the column count of the first line. Event dates (SQLDATE) and ids
are typed so the reader rejects malformed rows with their line number. Events
map onto the events table, mentions onto the mentions table, one SELECT each.
"""

from __future__ import annotations

from dataclasses import replace

from dyadscope.codes.countries import cameo_organisations, is_country_code
from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import CAMEO, COUNTRY, cam, cameo_joins
from dyadscope.importers.source import Head, NotThisLayout, Source
from dyadscope.importers.sql import (
    Filters,
    col,
    date_range_sql,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
)

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO_V1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO_V2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_EVENT = (
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
)  # fmt: skip


def _names(geo: tuple[str, ...], with_url: bool) -> list[str]:
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor1{part}" for part in _ACTOR] + [f"Actor2{part}" for part in _ACTOR]
    names += list(_EVENT)
    for who in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        names += [who + part for part in geo]
    names.append("DATEADDED")
    if with_url:
        names.append("SOURCEURL")
    return names


# Only what must be valid for a row to be usable is typed; numbers that may be
# blank (tone, counts) stay text and are cast with TRY_CAST in the mapping.
_TYPED = {"GLOBALEVENTID": "BIGINT", "SQLDATE": "DATE"}

GDELT1_57 = _names(_GEO_V1, with_url=False)
GDELT1_58 = _names(_GEO_V1, with_url=True)
GDELT2_61 = _names(_GEO_V2, with_url=True)
MENTIONS_16 = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
]  # fmt: skip


def _events(name: str, dataset: str, names: list[str]) -> Layout:
    return Layout(
        source="gdelt",
        name=name,
        dataset=dataset,
        target="events",
        columns=varchar(names, _TYPED),
        dateformat="%Y%m%d",
        not_null=("GLOBALEVENTID", "SQLDATE"),
    )


_V1_57 = _events("gdelt1-events (57 columns, back-file)", "gdelt1", GDELT1_57)
_V1_58 = _events("gdelt1-events (58 columns, daily)", "gdelt1", GDELT1_58)
# Slices of GDELT 1.0 mix both layouts: each names the other as its alternate.
EVENTS_V1_57 = replace(_V1_57, alternate=_V1_58)
EVENTS_V1_58 = replace(_V1_58, alternate=_V1_57)
EVENTS_V2 = _events("gdelt2-events (61 columns)", "gdelt2", GDELT2_61)
MENTIONS_V2 = Layout(
    source="gdelt",
    name="gdelt2-mentions (16 columns)",
    dataset="gdelt2",
    target="mentions",
    columns=varchar(MENTIONS_16, {"GLOBALEVENTID": "BIGINT"}),
    not_null=("GLOBALEVENTID",),
)

_BY_COUNT = {57: EVENTS_V1_57, 58: EVENTS_V1_58, 61: EVENTS_V2, 16: MENTIONS_V2}


def detect(head: Head) -> Layout:
    """The layout of a GDELT file, told by its first line."""
    first = head.rows[0]
    layout = _layout_of(first)
    if layout is None:
        count = len(first.split("\t"))
        raise NotThisLayout(
            f"{count} tab-separated columns on line 1: not a GDELT 1.0 (57/58), "
            "2.0 events (61) or mentions (16) file"
        )
    return layout


def _layout_of(first_line: str) -> Layout | None:
    """The layout a first line has, or None if it is not a GDELT one.

    A mentions file re-exported as comma-separated CSV with a header row (as the
    public gdeltPyR sample is) is recognised by its header.
    """
    line = first_line.rstrip("\r\n")
    lowered = line.lower()
    if lowered.startswith("globaleventid,") and "mentionidentifier" in lowered:
        names = [n.strip() for n in line.split(",")]
        if len(names) != len(MENTIONS_16):
            return None
        return Layout(
            source="gdelt",
            name="gdelt2-mentions (16 columns, CSV with header)",
            dataset="gdelt2",
            target="mentions",
            columns=varchar(MENTIONS_16, {"GLOBALEVENTID": "BIGINT"}),
            delim=",",
            header=True,
            quote='"',
            not_null=("GLOBALEVENTID",),
        )
    count = len(line.split("\t"))
    return _BY_COUNT.get(count)


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


def select(path: str, layout: Layout, filters: Filters) -> str:
    """Events files fill the events table; mentions files the mentions table."""
    if layout.target == "mentions":
        return mentions_select(path, layout, filters)
    return events_select(path, layout, filters)


SOURCE = Source(
    name="gdelt",
    description="GDELT 1.0 events (57/58 columns), 2.0 events (61) and mentions (16)",
    order=1,
    detect=detect,
    select=select,
    lookups=(CAMEO, COUNTRY),
)
