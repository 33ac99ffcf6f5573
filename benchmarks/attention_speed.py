"""Attention speed: `attention` on a store of generated GDELT mentions and events.

    python benchmarks/attention_speed.py [--rows 1000000] [--hosts 20000]

Fills a store file with ``--rows`` mention rows from ``--hosts`` distinct outlet
hosts (a third in the outlets table or on a country-code TLD, the rest unknown)
and a quarter as many events (a fifth of them without mention rows, counted by
their SOURCEURL), then times, each the fastest of ``--repeat`` runs:

    bare        one DuckDB GROUP BY of the mentions by month and source_name (the
                scan no attention measure can skip)
    resolve     the outlet country of every distinct host in Python (part of attention)
    attention   dyadscope.analyse.attention.attention(store, ("AZE", "PAK"), "month")

The outlet country is looked up when attention runs, not stored at import time:
the import stays as it was (benchmarks/import_speed.py), and this is the price.
Target: attention within 5 s for a million mentions on a 2-core machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import pandas as pd  # noqa: E402

from dyadscope.analyse.attention import attention  # noqa: E402
from dyadscope.codes.outlets import outlet_countries, package_outlets  # noqa: E402
from dyadscope.store import Store  # noqa: E402

TARGET_S = 5.0
T = TypeVar("T")


def _hosts(count: int) -> list[str]:
    known = sorted(package_outlets())
    tlds = ["az", "com.pk", "am", "com.tr", "in", "ru", "co.uk", "de", "fr", "ge"]
    cc = [f"paper{i}.{tld}" for i, tld in enumerate(tlds * 100)]
    hosts = [*known, *cc]
    hosts += [f"localnews{i}.com" for i in range(max(count - len(hosts), 0))]
    return hosts[:count]


def fill(store: Store, rows: int, hosts: list[str]) -> None:
    """Events and mentions written by SQL (generate_series): seconds, not minutes."""
    con = store.con
    events = rows // 4
    con.register("_hosts", pd.DataFrame({"k": range(len(hosts)), "h": hosts}))
    codes = "['AZE', 'PAK', 'USA', 'RUS', 'CHN', 'IND', 'TUR', 'GBR']"
    con.execute(f"""
        INSERT INTO events (id, dataset, row_id, actor1_code, actor2_code, day, url, extra,
                            date_precision, status)
        SELECT 'e' || i, 'gdelt2', CAST(i AS VARCHAR),
          {codes}[1 + i % 8], {codes}[1 + (i // 8) % 8],
          DATE '2019-01-01' + CAST(i % 365 AS INTEGER),
          'https://' || h.h || '/story/' || i,
          '{{"DATEADDED":"' || strftime(DATE '2019-01-01' + CAST(i % 365 AS INTEGER),
                                         '%Y%m%d') || '000000"}}',
          'day', 'actual'
        FROM range({events}) t(i) JOIN _hosts h ON h.k = t.i % {len(hosts)}
    """)
    mentioned = events * 4 // 5  # the other fifth has no mention rows
    con.execute(f"""
        INSERT INTO mentions (event_id, dataset, mention_time, source_name, url, row_id)
        SELECT 'e' || (i % {mentioned}), 'gdelt2',
          TIMESTAMP '2019-01-01' + to_days(CAST(i % 365 AS INTEGER)),
          h.h, 'https://' || h.h || '/m/' || i, CAST(i % {mentioned} AS VARCHAR)
        FROM range({rows}) t(i) JOIN _hosts h ON h.k = (t.i * 7919) % {len(hosts)}
    """)
    con.unregister("_hosts")


def best(func: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The fastest of ``repeat`` runs (the machine is shared) and the last result."""
    times: list[float] = []
    result = func()  # warm: the first run pays for reading the file
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--hosts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadscope-attention-") as tmp:
        path = Path(tmp) / "store.duckdb"
        hosts = _hosts(args.hosts)
        started = time.perf_counter()
        with Store(path) as store:
            fill(store, args.rows, hosts)
        print(f"filled {args.rows:,} mentions, {args.rows // 4:,} events, {len(hosts):,} hosts "
              f"in {time.perf_counter() - started:.1f}s")
        with Store(path, read_only=True) as store:
            bare, _ = best(lambda: store.con.execute(
                "SELECT year(mention_time), month(mention_time), source_name, count(*) "
                "FROM mentions GROUP BY ALL").fetchall(), args.repeat)  # fmt: skip
            resolve, _ = best(lambda: outlet_countries(hosts, package_outlets()), args.repeat)
            took, frame = best(lambda: attention(store, ("AZE", "PAK"), "month"), args.repeat)
        print(f"\n{'case':10} {'seconds':>8}")
        for name, seconds in (("bare", bare), ("resolve", resolve), ("attention", took)):
            print(f"{name:10} {seconds:8.2f}")
        print(frame.head(3).to_string())
        ok = took <= TARGET_S * args.rows / 1_000_000 or took <= TARGET_S
        print(f"\n{'PASS' if ok else 'FAIL'}  attention within {TARGET_S:.0f} s per million "
              f"mentions ({took:.2f} s, {took / bare:.1f}x the bare GROUP BY)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
