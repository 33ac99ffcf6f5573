"""How fast is `dyadscope check` for one pair in a big store?

Generates, inside DuckDB with range(), N imported rows (default 1,000,000: GDELT-like
events over 2000-2024 for many dyads, 5% of them AZE-PAK; plus SIPRI-like arms rows
and Comtrade-like yearly trade figures reported by both sides) and 10,000 document
events for AZE-PAK (every kind, day/month/year dates, a tenth with numbers of jets or
deal values, a few denials) with 2,000 documents' trade figures. Then times
``api.check(("AZE", "PAK"))`` end to end (open the store, read the pair's records,
compare), next to two baselines measured in the same run: a bare
``SELECT count(*)`` of the pair's rows, and reading the pair's records into model
records (``Store.events`` + ``Store.observations``), the floor any check in Python
starts from. Target: seconds, not minutes (under 30 s).

    .venv/bin/python benchmarks/check_speed.py [--rows N] [--documents N] [--db PATH]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from dyadscope import api
from dyadscope.store import Store

TARGET_S = 30.0
OTHERS = ("ARM", "TUR", "IRN", "RUS", "CHN", "IND", "USA", "GEO", "KAZ", "UZB", "AFG", "SAU")
KINDS = ("meeting", "visit", "agreement_signed", "criticism_hostility", "military_exercise",
         "economic_cooperation", "negotiation", "arms_transfer")
CAMEO = ("040", "042", "057", "112", "062", "061", "046", "062")
WEAPONS = ("JF-17 Thunder", "Super Mushshak", "Bayraktar TB2", "Su-30", "F-16", "Harop")


def _pick(values: tuple[object, ...], index: str) -> str:
    items = ", ".join("NULL" if v is None else f"'{v}'" if isinstance(v, str) else str(v)
                      for v in values)
    return f"[{items}][1 + ({index}) % {len(values)}]"


def generate(store: Store, rows: int, documents: int) -> dict[str, int]:
    """Fill the store; returns how many rows of each sort it holds."""
    con = store.con
    events = rows * 98 // 100
    con.execute(f"""
INSERT INTO events (id, kind, cameo, goldstein, domain, status, actor1_code, actor2_code,
  others, date_start, date_precision, day, quantities, citations, dataset, row_id,
  num_mentions, num_sources, num_articles, avg_tone, confidence)
SELECT 'g' || i, {_pick(KINDS, 'k')}, {_pick(CAMEO, 'k')}, 1.0, 'diplomatic', 'actual',
  CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'AZE' ELSE 'PAK' END)
       ELSE {_pick(OTHERS, 'h')} END,
  CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'PAK' ELSE 'AZE' END)
       ELSE {_pick(OTHERS, 'h // 13 + 1')} END,
  '[]', CAST(d AS VARCHAR), 'day', d, '[]', '[]', 'gdelt2', CAST(i AS VARCHAR),
  CAST(1 + h % 50 AS INTEGER), 1, CAST(1 + h % 40 AS INTEGER), 0.0, 1.0
FROM (SELECT i, CAST(hash(i) % 1000003 AS BIGINT) AS h, (i * 7919) % 8 AS k,
        DATE '2000-01-01' + CAST((i * 2654435761) % 9131 AS INTEGER) AS d
      FROM range({events}) t(i))""")
    arms = rows // 100
    con.execute(f"""
INSERT INTO events (id, kind, domain, status, actor1_code, actor2_code, others, date_start,
  date_precision, day, quantities, citations, dataset, row_id, confidence, extra)
SELECT 's' || i, 'arms_transfer', 'military', 'actual',
  CASE WHEN i % 50 = 0 THEN 'PAK' ELSE {_pick(OTHERS, 'i')} END,
  CASE WHEN i % 50 = 0 THEN 'AZE' ELSE {_pick(OTHERS, 'i // 7 + 1')} END, '[]',
  CAST(2000 + i % 24 AS VARCHAR), 'year', make_date(2000 + i % 24, 1, 1),
  '[{{"value": ' || (1 + i % 20) || ', "unit": "count", "currency": null, "item": "' ||
    {_pick(WEAPONS, 'i // 3')} || ' aircraft", "text": "' || (1 + i % 20) || ' ordered"}}]',
  '[]', 'sipri', 'row' || i, 1.0,
  '{{"Weapon designation": "' || {_pick(WEAPONS, 'i // 3')} ||
    '", "Weapon description": "aircraft", "Year(s) of delivery": "' ||
    CAST(2001 + i % 24 AS VARCHAR) || '"}}'
FROM range({arms}) t(i)""")
    trade = rows - events - arms
    con.execute(f"""
INSERT INTO observations (id, indicator, reporter, partner, commodity, commodity_code, value,
  unit, period_start, period_precision, period_text, day, citations, dataset, row_id)
SELECT 'c' || i, CASE WHEN i % 2 = 0 THEN 'exports' ELSE 'imports' END,
  CASE WHEN i % 4 < 2 THEN r ELSE p END, CASE WHEN i % 4 < 2 THEN p ELSE r END,
  'All Commodities', 'TOTAL', 1e6 * (1 + hash(i) % 900), 'USD',
  CAST(y AS VARCHAR), 'year', CAST(y AS VARCHAR), make_date(y, 1, 1), '[]', 'comtrade',
  'row' || i
FROM (SELECT i, 1990 + (i // 4) % 35 AS y,
        CASE WHEN i % 97 = 0 THEN 'PAK' ELSE {_pick(OTHERS, 'i // 140')} END AS r,
        CASE WHEN i % 97 = 0 THEN 'AZE' ELSE {_pick(OTHERS, 'i // 140 + 5')} END AS p
      FROM range({trade}) t(i))""")
    con.execute(f"""
INSERT INTO events (id, kind, cameo, domain, status, actor1_code, actor1_name, actor2_code,
  actor2_name, others, date_start, date_precision, day, quantities, doc_id, title, sentence,
  sent_start, sent_end, citations, confidence)
SELECT 'd' || i, {_pick(KINDS, 'i')}, {_pick(CAMEO, 'i')},
  CASE WHEN i % 8 = 7 OR i % 8 = 4 THEN 'military' ELSE 'diplomatic' END,
  CASE WHEN i % 37 = 0 THEN 'negated' ELSE 'actual' END,
  CASE WHEN i % 2 = 0 THEN 'PAK' ELSE 'AZE' END, 'x',
  CASE WHEN i % 2 = 0 THEN 'AZE' ELSE 'PAK' END, 'y', '[]',
  CASE WHEN i % 3 = 0 THEN strftime(d, '%Y-%m') WHEN i % 3 = 1 THEN CAST(d AS VARCHAR)
       ELSE strftime(d, '%Y') END,
  ['month', 'day', 'year'][1 + i % 3], d,
  CASE WHEN i % 10 = 0 THEN '[{{"value": ' || (2 + i % 30) ||
    ', "unit": "count", "currency": null, "item": "' || {_pick(WEAPONS, 'i // 10')} ||
    ' jet", "text": "jets"}}, {{"value": ' || (1e8 * (1 + i % 17)) ||
    ', "unit": "money", "currency": "USD", "item": null, "text": "$"}}]' ELSE '[]' END,
  'doc' || (i % {documents}), 'Document ' || (i % {documents}),
  'Sentence ' || i || ' about ' || {_pick(WEAPONS, 'i // 10')} || '.', 0, 40,
  '[{{"label": "1", "text": "n", "url": "https://example.org/' || (i % 997) || '"}}]', 0.9
FROM (SELECT i, DATE '2000-01-01' + CAST((i * 48271) % 9131 AS INTEGER) AS d
      FROM range(10000) t(i))""")
    con.execute(f"""
INSERT INTO observations (id, indicator, reporter, partner, value, unit, period_start,
  period_end, period_precision, period_text, day, doc_id, title, sentence, sent_start,
  sent_end, citations)
SELECT 'o' || i, ['exports', 'imports', 'trade_total'][1 + i % 3], 'PAK', 'AZE',
  1e6 * (1 + hash(i) % 90), 'USD',
  CAST(y AS VARCHAR) || '-07', CAST(y + 1 AS VARCHAR) || '-06', 'fiscal_year',
  CAST(y AS VARCHAR), make_date(y, 7, 1), 'doc' || (i % {documents}), 'Document',
  'Trade figure ' || i, 0, 20, '[]'
FROM (SELECT i, 1995 + i % 28 AS y FROM range(2000) t(i))""")
    counted = con.execute(
        "SELECT count(*) FILTER (dataset IS NOT NULL), count(*) FILTER (dataset IS NULL) "
        "FROM events"
    ).fetchone()
    figures = con.execute(
        "SELECT count(*) FILTER (dataset IS NOT NULL), count(*) FILTER (dataset IS NULL) "
        "FROM observations"
    ).fetchone()
    assert counted is not None and figures is not None
    return {"imported events": counted[0], "document events": counted[1],
            "imported figures": figures[0], "document figures": figures[1]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="imported rows")
    parser.add_argument("--documents", type=int, default=500, help="documents the events cite")
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "check.duckdb"
        db.unlink(missing_ok=True)
        started = time.perf_counter()
        with Store(db) as store:
            sizes = generate(store, args.rows, args.documents)
        print(f"store: {', '.join(f'{v:,} {k}' for k, v in sizes.items())} "
              f"({time.perf_counter() - started:.1f} s to generate)")  # fmt: skip
        pair = ("AZE", "PAK")
        with Store(db, read_only=True) as store:
            t0 = time.perf_counter()
            rows = store.con.execute(
                "SELECT (SELECT count(*) FROM events WHERE (actor1_code = 'AZE' AND "
                "actor2_code = 'PAK') OR (actor1_code = 'PAK' AND actor2_code = 'AZE')) + "
                "(SELECT count(*) FROM observations WHERE (reporter = 'AZE' AND partner = "
                "'PAK') OR (reporter = 'PAK' AND partner = 'AZE'))"
            ).fetchone()
            count_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            events = store.events(pair)
            figures = store.observations(pair)
            read_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        findings = api.check(pair, db=db)
        check_s = time.perf_counter() - t0
        kinds = Counter(f.type for f in findings)
        print(f"pair AZE-PAK: {rows[0] if rows else 0:,} rows "
              f"({len(events):,} events, {len(figures):,} figures)")  # fmt: skip
        print(f"{'baseline: SELECT count(*) of the pair':<46} {count_s:8.3f} s")
        print(f"{'baseline: read the pair as records':<46} {read_s:8.3f} s")
        print(f"{'api.check (read + compare)':<46} {check_s:8.3f} s  "
              f"target < {TARGET_S:.0f} s: {'met' if check_s < TARGET_S else 'NOT met'}")
        print(f"findings: {len(findings):,} ({', '.join(f'{n:,} {k}' for k, n in kinds.items())})")


if __name__ == "__main__":
    main()
