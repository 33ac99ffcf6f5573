"""How fast is `aggregate --by month` for one dyad in a big store?

Generates N event rows (default 10,000,000) inside DuckDB with range(): many
dyads, about 5% of rows for AZE-PAK, GDELT-like attention columns. Then times
the by-month aggregation for AZE-PAK on DuckDB against the 2 s target, and, as a
baseline measured in the same run, a pandas groupby of the same rows after
loading the columns it needs into memory.

    .venv/bin/python benchmarks/aggregate_speed.py [--rows N] [--db PATH] [--skip-pandas]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd

from dyadscope.analyse.aggregate import aggregate
from dyadscope.store import Store

TARGET_S = 2.0
OTHERS = ("ARM", "TUR", "IRN", "RUS", "CHN", "IND", "USA", "GEO", "KAZ", "UZB", "AFG", "SAU")
KINDS = ("meeting", "visit", "agreement_signed", "criticism_hostility", "military_exercise",
         "economic_cooperation", "other")
PLOVER = ("CONSULT", "CONSULT", "AGREE", "ACCUSE", "COOPERATE", "COOPERATE", None)
CAMEO = ("040", "042", "057", "112", "062", "061", "190")
GOLDSTEIN = (1.0, 1.9, 8.0, -2.0, 6.0, 6.4, -10.0)


def _pick(values: tuple[object, ...], index: str) -> str:
    items = ", ".join("NULL" if v is None else f"'{v}'" if isinstance(v, str) else str(v)
                      for v in values)
    return f"[{items}][1 + ({index}) % {len(values)}]"


def generate(store: Store, rows: int) -> None:
    """Rows for 2000-2024; every 20th row is AZE-PAK (either direction)."""
    others = _pick(OTHERS, "h")
    others2 = _pick(OTHERS, "h // 13 + 1")
    store.con.execute(f"""
INSERT INTO events (id, kind, plover, cameo, goldstein, quad_class, domain, status,
  actor1_code, actor2_code, date_start, date_precision, day, dataset, row_id,
  num_mentions, num_sources, num_articles, avg_tone, tiv)
SELECT 'b' || i, {_pick(KINDS, 'k')}, {_pick(PLOVER, 'k')}, {_pick(CAMEO, 'k')},
  {_pick(GOLDSTEIN, 'k')}, CAST([1, 1, 1, 3, 2, 2, 4][1 + k % 7] AS TINYINT),
  'diplomatic', 'actual',
  CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'AZE' ELSE 'PAK' END) ELSE {others} END,
  CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'PAK' ELSE 'AZE' END) ELSE {others2} END,
  CAST(d AS VARCHAR), 'day', d, 'gdelt2', CAST(i AS VARCHAR),
  CAST(1 + h % 50 AS INTEGER), CAST(1 + h % 7 AS INTEGER), CAST(1 + h % 40 AS INTEGER),
  (h % 200) / 20.0 - 5.0, NULL
FROM (
  SELECT i, CAST(hash(i) % 1000003 AS BIGINT) AS h, (i * 7919) % 7 AS k,
    DATE '2000-01-01' + CAST((i * 2654435761) % 9131 AS INTEGER) AS d
  FROM range({rows}) t(i)
)""")


def pandas_baseline(store: Store) -> tuple[float, float, int]:
    """Load the needed columns of all rows, then filter and group in pandas."""
    start = time.perf_counter()
    frame = store.con.execute(
        "SELECT actor1_code, actor2_code, day, kind, plover, goldstein, quad_class, "
        "num_mentions, num_sources, num_articles, avg_tone FROM events"
    ).df()
    loaded = time.perf_counter()
    pair = {"AZE", "PAK"}
    dyad = frame[frame["actor1_code"].isin(pair) & frame["actor2_code"].isin(pair)
                 & (frame["actor1_code"] != frame["actor2_code"])]
    dyad = dyad.assign(period=pd.to_datetime(dyad["day"]).dt.strftime("%Y-%m"),
                       weighted=dyad["avg_tone"] * dyad["num_articles"])
    groups = dyad.groupby("period")
    result = groups.agg(events=("kind", "size"), goldstein_mean=("goldstein", "mean"),
                        goldstein_sum=("goldstein", "sum"), num_mentions=("num_mentions", "sum"),
                        num_articles=("num_articles", "sum"), weighted=("weighted", "sum"))
    result = result.join(pd.crosstab(dyad["period"], dyad["kind"]).add_prefix("kind_"))
    result = result.join(pd.crosstab(dyad["period"], dyad["plover"]).add_prefix("plover_"))
    result = result.join(pd.crosstab(dyad["period"], dyad["quad_class"]).add_prefix("q"))
    done = time.perf_counter()
    return loaded - start, done - loaded, len(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="store file to create (default: a temp file)")
    parser.add_argument("--skip-pandas", action="store_true", help="no pandas baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            start = time.perf_counter()
            generate(store, args.rows)
            print(f"generated {args.rows:,} event rows in {time.perf_counter() - start:.1f} s")
            times = []
            for _ in range(3):
                start = time.perf_counter()
                frame = aggregate(store, ("AZE", "PAK"), "month")
                times.append(time.perf_counter() - start)
            events = int(frame["events"].sum())
            best = min(times)
            verdict = "meets" if best <= TARGET_S else "MISSES"
            print(f"duckdb aggregate AZE-PAK by month: {len(frame)} months, {events:,} events; "
                  f"first {times[0]:.2f} s, best of 3 {best:.2f} s "
                  f"({verdict} the {TARGET_S:.0f} s target)")
            if not args.skip_pandas:
                load_s, group_s, months = pandas_baseline(store)
                print(f"pandas baseline: load {load_s:.2f} s + filter/groupby {group_s:.2f} s "
                      f"= {load_s + group_s:.2f} s ({months} months); "
                      f"duckdb is {(load_s + group_s) / best:.1f}x faster end to end, "
                      f"{group_s / best:.1f}x against the groupby alone")


if __name__ == "__main__":
    main()
