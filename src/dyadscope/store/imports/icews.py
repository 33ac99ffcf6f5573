"""ICEWS events -> the events table: country names to ISO3, first sector to a code."""

from __future__ import annotations

from dyadscope.importers.layout import Layout
from dyadscope.store.imports.common import (
    Filters,
    cam,
    cameo_joins,
    col,
    date_range_sql,
    day_event_columns,
    lit,
    name_key,
    pair_sql,
    read_csv,
    stable_id_sql,
)

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
