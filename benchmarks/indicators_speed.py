"""How fast is `dyadscope indicators` for one dyad in a big store?

Generates N event rows (default 10,000,000) inside DuckDB with range(), with the
columns, kinds and Goldstein scores of ``aggregate_speed.py``: every 20th row is
AZE-PAK, every 20th + 1 AZE with one of twelve other states and every 20th + 2
PAK with one of them (so that each side has partners to rank), the rest among the
others; each row is its own story (a ``stories`` row per event, as after
``refresh_stories``). Adds 20,000 SIPRI-like arms transfers with TIV and yearly
Comtrade-like trade figures (both reporters, both flows) for every pair of the
fourteen states, 2000-2024.

Times ``indicators`` for AZE-PAK by year on DuckDB (series, ranks over every
partner of both sides, survey estimates, change points) against the 3 s target,
next to a baseline measured in the same run: a bare count of the pair's events
(the least any answer about the pair must read), and ``aggregate`` by year. Press
attention (``dyadscope.analyse.attention``, which reads every GDELT row to find
each side's press volume) is timed on its own and printed apart: the whole
command costs the sum.

    .venv/bin/python benchmarks/indicators_speed.py [--rows N] [--db PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aggregate_speed import CAMEO, GOLDSTEIN, KINDS, OTHERS, PLOVER, _pick

from dyadscope.analyse.aggregate import aggregate
from dyadscope.analyse.attention import attention
from dyadscope.analyse.indicators import indicators
from dyadscope.store import Store

TARGET_S = 3.0
STATES = ("AZE", "PAK", *OTHERS)


def generate(store: Store, rows: int) -> None:
    """Events, stories, arms transfers and trade figures (see the module's doc)."""
    other = _pick(OTHERS, "h")
    other2 = _pick(OTHERS, "h // 13 + 1")
    first = (f"CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'AZE' ELSE 'PAK' END) "
             f"WHEN i % 20 = 1 THEN 'AZE' WHEN i % 20 = 2 THEN {other} ELSE {other} END")
    second = (f"CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'PAK' ELSE 'AZE' END) "
              f"WHEN i % 20 = 1 THEN {other} WHEN i % 20 = 2 THEN 'PAK' ELSE {other2} END")
    store.con.execute(f"""
INSERT INTO events (id, kind, plover, cameo, goldstein, quad_class, domain, status,
  actor1_code, actor2_code, date_start, date_precision, day, dataset, row_id,
  num_mentions, num_sources, num_articles, avg_tone, tiv)
SELECT 'b' || i, {_pick(KINDS, 'k')}, {_pick(PLOVER, 'k')}, {_pick(CAMEO, 'k')},
  {_pick(GOLDSTEIN, 'k')}, CAST([1, 1, 1, 3, 2, 2, 4][1 + k % 7] AS TINYINT),
  'diplomatic', 'actual', {first}, {second},
  CAST(d AS VARCHAR), 'day', d, 'gdelt2', CAST(i AS VARCHAR),
  CAST(1 + h % 50 AS INTEGER), CAST(1 + h % 7 AS INTEGER), CAST(1 + h % 40 AS INTEGER),
  (h % 200) / 20.0 - 5.0, NULL
FROM (
  SELECT i, CAST(hash(i) % 1000003 AS BIGINT) AS h, (i * 7919) % 7 AS k,
    DATE '2000-01-01' + CAST((i * 2654435761) % 9131 AS INTEGER) AS d
  FROM range({rows}) t(i)
)""")
    store.con.execute("INSERT INTO stories SELECT id, id, true, false FROM events")
    states = _pick(STATES, "i")
    states2 = _pick(STATES, "i // 14 + 1 + i % 13")
    store.con.execute(f"""
INSERT INTO events (id, kind, plover, cameo, goldstein, quad_class, domain, status,
  actor1_code, actor2_code, date_start, date_precision, day, dataset, row_id, tiv)
SELECT 'arms' || i, 'arms_transfer', 'COOPERATE', '062', 6.4, CAST(2 AS TINYINT),
  'military', 'actual', {states}, {states2}, CAST(2000 + i % 25 AS VARCHAR), 'year',
  make_date(CAST(2000 + i % 25 AS INTEGER), 1, 1), 'sipri', 'arms' || i, 1 + (i * 37) % 500
FROM range(20000) t(i)
WHERE {states} <> {states2}""")
    codes = ", ".join(f"('{c}')" for c in STATES)
    store.con.execute(f"""
INSERT INTO observations (id, indicator, reporter, partner, commodity_code, value, unit,
  period_start, period_precision, day, dataset, row_id)
SELECT 'o' || row_number() OVER (), flow, r.c, p.c, 'TOTAL',
  1e6 * (1 + hash(r.c || p.c || CAST(y AS VARCHAR) || flow) % 5000), 'USD',
  CAST(y AS VARCHAR), 'year', make_date(CAST(y AS INTEGER), 1, 1), 'comtrade', 'o'
FROM (VALUES {codes}) r(c), (VALUES {codes}) p(c), range(2000, 2025) t(y),
  (VALUES ('exports'), ('imports')) f(flow)
WHERE r.c <> p.c""")
    store.con.execute("CHECKPOINT")  # as a store is after an import: written out, compressed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="store file to create (default: a temp file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            start = time.perf_counter()
            generate(store, args.rows)
            total = store.con.execute("SELECT count(*) FROM events").fetchone()
            print(f"generated {total[0] if total else 0:,} event rows (stories, arms, trade) "
                  f"in {time.perf_counter() - start:.1f} s")
            start = time.perf_counter()
            pair_rows = store.con.execute(
                "SELECT count(*) FROM events WHERE (actor1_code = 'AZE' AND actor2_code = 'PAK')"
                " OR (actor1_code = 'PAK' AND actor2_code = 'AZE')").fetchone()
            count_s = time.perf_counter() - start
            start = time.perf_counter()
            aggregate(store, ("AZE", "PAK"), "year")
            aggregate_s = time.perf_counter() - start
            times = []
            for _ in range(3):
                start = time.perf_counter()
                result = indicators(store, ("AZE", "PAK"), "year", with_attention=False)
                times.append(time.perf_counter() - start)
            best = min(times)
            verdict = "meets" if best <= TARGET_S else "MISSES"
            said = [cp.sentence for t in result.trends for cp in t.change_points if cp.said]
            print(f"baseline: bare count of the pair's events {count_s:.2f} s "
                  f"({pair_rows[0] if pair_rows else 0:,} rows); aggregate by year "
                  f"{aggregate_s:.2f} s")
            print(f"duckdb indicators AZE-PAK by year: {len(result.series)} years, "
                  f"{len(result.ranks)} ranks, {len(said)} change points said; first "
                  f"{times[0]:.2f} s, best of 3 {best:.2f} s "
                  f"({verdict} the {TARGET_S:.0f} s target)")
            start = time.perf_counter()
            attention(store, ("AZE", "PAK"), "year")
            print(f"press attention on its own (the attention module): "
                  f"{time.perf_counter() - start:.2f} s")
            for rank in result.ranks[:3]:
                print(f"  {rank.sentence}")


if __name__ == "__main__":
    main()
