"""ICEWS coded-event files: tab-separated, header row, 20 named columns.

Dataverse files leave missing cells empty; re-written samples use ``NA``.
Countries are English names (mapped to ISO3), sectors comma-joined lists of
sector names (the first one mapped to a code, e.g. GOV or MIL).
"""

from __future__ import annotations

from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import (
    CAMEO,
    COUNTRY,
    COUNTRY_KEY,
    ORGANISATION,
    Lookup,
    cam,
    cameo_joins,
    keyed,
    name_key,
)
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
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]  # fmt: skip

EVENTS = Layout(
    source="icews",
    name="icews-events (20 columns, header)",
    dataset="icews",
    target="events",
    columns=varchar(COLUMNS, {"Event Date": "DATE"}),
    header=True,
    dateformat="%Y-%m-%d",
    not_null=("Event ID", "Event Date"),
    nullstr=("", "NA"),
)

# ICEWS sector names ("Government", "Military") -> our sector codes
SECTOR = Lookup(
    "_dy_sector", ("key", "sector"), lambda: keyed("icews_sectors.tsv", "name", "sector")
)


def detect(head: Head) -> Layout:
    """The one ICEWS layout, told by its exact header."""
    names = [n.strip().strip('"') for n in head.rows[0].rstrip("\r\n").split("\t")]
    if names != COLUMNS:
        raise NotThisLayout("header is not the ICEWS 20-column event header")
    return EVENTS


EXTRA = (
    "CAMEO Code", "Event Text", "Source Sectors", "Source Country", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "Province", "Country",
    "Latitude", "Longitude",
)  # fmt: skip


def _actor(n: int, side: str) -> dict[str, str]:
    return {
        f"actor{n}_code": f"coalesce(k{n}.iso3, o{n}.code)",  # a state, else an organisation
        f"actor{n}_name": f"coalesce(n{n}.name, {col(side + ' Name')})",
        f"actor{n}_sector": f"s{n}.sector",
        f"actor{n}_text": f"coalesce({col(side + ' Name')}, '')",
    }


def events_select(path: str, layout: Layout, filters: Filters) -> str:
    """SELECT producing events-table columns from one ICEWS file."""
    row_id = col("Event ID")
    event_date = col("Event Date")
    extra = ", ".join(f"{lit(c)}, {col(c)}" for c in EXTRA)
    cols = {
        "id": stable_id_sql(layout.dataset, row_id),
        "kind": f"coalesce({cam('kind')}, 'other')",
        "plover": cam("plover"),
        "cameo": f"nullif({col('CAMEO Code')}, '')",
        "goldstein": f"coalesce(TRY_CAST({col('Intensity')} AS DOUBLE), {cam('goldstein')})",
        "quad_class": cam("quad_class"),
        "domain": f"coalesce({cam('domain')}, 'other')",
        "status": "'actual'",
        **_actor(1, "Source"),
        **_actor(2, "Target"),
        **day_event_columns(event_date, layout.dataset, row_id, extra),
    }
    where = date_range_sql(event_date, filters)
    if filters.pair:
        where.append(pair_sql("k1.iso3", "k2.iso3", filters.pair))
        # a cheap test on the raw names first: most rows fail it before any join
        keys = (
            "(SELECT key FROM _dy_country_key WHERE iso3 IN "
            f"({lit(filters.pair[0])}, {lit(filters.pair[1])}))"
        )
        where.append(f"{name_key(col('Source Country'))} IN {keys}")
        where.append(f"{name_key(col('Target Country'))} IN {keys}")
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return (
        f"SELECT\n  {select}\nFROM {read_csv(path, layout)} AS r\n"
        + cameo_joins(col("CAMEO Code"))
        + f"LEFT JOIN _dy_country_key k1 ON k1.key = {name_key(col('Source Country'))}\n"
        f"LEFT JOIN _dy_country_key k2 ON k2.key = {name_key(col('Target Country'))}\n"
        "LEFT JOIN _dy_country n1 ON n1.iso3 = k1.iso3\n"
        "LEFT JOIN _dy_country n2 ON n2.iso3 = k2.iso3\n"
        f"LEFT JOIN _dy_org o1 ON k1.iso3 IS NULL AND o1.key = lower(trim({col('Source Name')}))\n"
        f"LEFT JOIN _dy_org o2 ON k2.iso3 IS NULL AND o2.key = lower(trim({col('Target Name')}))\n"
        f"LEFT JOIN _dy_sector s1 ON s1.key = lower(split_part({col('Source Sectors')}, ',', 1))\n"
        f"LEFT JOIN _dy_sector s2 ON s2.key = lower(split_part({col('Target Sectors')}, ',', 1))\n"
        + (f"WHERE {' AND '.join(where)}" if where else "")
    )


SOURCE = Source(
    name="icews",
    description="ICEWS coded-event files (20 columns, tab-separated, header row)",
    order=2,
    detect=detect,
    select=events_select,
    lookups=(CAMEO, COUNTRY, COUNTRY_KEY, ORGANISATION, SECTOR),
)
