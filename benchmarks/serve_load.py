"""Does `dyadscope serve` hold 100 requests a second on a store of a million events?

Builds a store of N events (default 1,000,000) in DuckDB SQL straight into the tables
of a store made by ``Store`` (so the schema is the project's): 20 pairs, 30 years,
data-set rows with a story each, and yearly trade figures. Starts the real command
(`python -m dyadscope serve`) on loopback in a subprocess, warms the caches the pages
use (those first renders are timed and printed: that is what a user changing a filter
waits for), then sends an open-loop schedule: requests leave at fixed times whether or
not earlier ones have answered, and latency counts from the scheduled time, so a slow
server cannot hide its queue. The mix: /api/events with filters and offsets,
/api/observations, /api/pairs, /api/indicators, the dashboard page, chart SVGs, the
brief, and /healthz (no store access) as the in-run floor. A baseline phase at a tenth
of the rate runs first; both phases print errors, p50 and p99 per route and overall.

    .venv/bin/python benchmarks/serve_load.py [--events N] [--seconds S] [--rps R]
        [--pairs P] [--db PATH] [--skip ROUTE]...

Target: no errors, p99 under 300 ms at 100 requests per second.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from dyadscope.store import Store

TARGET_P99_MS = 300.0
PAIRS = (
    ("AZE", "PAK"), ("ARM", "AZE"), ("IND", "PAK"), ("AZE", "TUR"), ("CHN", "PAK"),
    ("PAK", "TUR"), ("CHN", "IND"), ("IRN", "PAK"), ("AZE", "IRN"), ("RUS", "AZE"),
    ("ARM", "RUS"), ("ARM", "TUR"), ("GEO", "AZE"), ("KAZ", "AZE"), ("AFG", "PAK"),
    ("SAU", "PAK"), ("USA", "PAK"), ("CHN", "RUS"), ("IND", "USA"), ("TUR", "RUS"),
)  # fmt: skip
# (kind, plover, cameo, goldstein, quad class, domain)
KINDS = (
    ("meeting", "CONSULT", "040", 1.0, 1, "diplomatic"),
    ("visit", "CONSULT", "042", 1.9, 1, "diplomatic"),
    ("agreement_signed", "AGREE", "057", 8.0, 1, "economic"),
    ("military_exercise", "COOPERATE", "062", 6.0, 2, "military"),
    ("arms_transfer", "COOPERATE", "062", 6.0, 2, "military"),
    ("economic_cooperation", "COOPERATE", "061", 6.4, 2, "economic"),
    ("criticism_hostility", "ACCUSE", "112", -2.0, 3, "security"),
    ("support_statement", "SUPPORT", "051", 3.4, 1, "diplomatic"),
)
FIRST_YEAR, YEARS = 1995, 30
# more pairs than the twenty above: further pairs of these states
MORE_CODES = ("ARM", "AZE", "CHN", "IND", "IRN", "PAK", "RUS", "TUR", "USA", "GEO", "KAZ", "UZB",
              "AFG", "SAU", "QAT", "ARE", "EGY", "ISR", "JPN", "KOR", "FRA", "DEU", "GBR", "ITA",
              "BRA")  # fmt: skip


def pairs_for(count: int) -> tuple[tuple[str, str], ...]:
    """``count`` different pairs: the twenty above first."""
    chosen = list(PAIRS[:count])
    seen = {frozenset(p) for p in chosen}
    for i, first in enumerate(MORE_CODES):
        for second in MORE_CODES[i + 1 :]:
            if len(chosen) >= count:
                return tuple(chosen)
            if frozenset((first, second)) not in seen:
                seen.add(frozenset((first, second)))
                chosen.append((first, second))
    return tuple(chosen)


def _array(values: tuple[object, ...]) -> str:
    return "[" + ", ".join(f"'{v}'" if isinstance(v, str) else str(v) for v in values) + "]"


def build_store(path: Path, events: int, pairs: Sequence[tuple[str, str]]) -> float:
    """Write ``events`` rows (and their stories and trade figures); seconds taken."""
    started = time.perf_counter()
    firsts = _array(tuple(a for a, _ in pairs))
    seconds = _array(tuple(b for _, b in pairs))
    names = ("kind", "plover", "cameo", "gold", "quad", "dom")
    columns = {name: _array(tuple(k[i] for k in KINDS)) for i, name in enumerate(names)}
    days = YEARS * 365
    with Store(path) as store, store.transaction() as con:
        con.execute(f"""
INSERT INTO events (id, kind, plover, cameo, goldstein, quad_class, domain, status,
  actor1_code, actor1_name, actor2_code, actor2_name, others, date_start, date_precision,
  date_text, day, quantities, citations, dataset, row_id, url, confidence, num_mentions,
  num_sources, num_articles, avg_tone)
SELECT 'e' || i, {columns["kind"]}[k], {columns["plover"]}[k], {columns["cameo"]}[k],
  {columns["gold"]}[k], CAST({columns["quad"]}[k] AS TINYINT), {columns["dom"]}[k], 'actual',
  CASE WHEN flip THEN {seconds}[p] ELSE {firsts}[p] END, NULL,
  CASE WHEN flip THEN {firsts}[p] ELSE {seconds}[p] END, NULL, '[]',
  strftime(d, '%Y-%m-%d'), 'day', strftime(d, '%d %B %Y'), d, '[]', '[]', 'gdelt2',
  CAST(i AS VARCHAR), 'https://news.example.org/' || i, 0.6,
  CAST(1 + h % 50 AS INTEGER), CAST(1 + h % 7 AS INTEGER), CAST(1 + h % 40 AS INTEGER),
  (h % 200) / 20.0 - 5.0
FROM (
  SELECT i, h, 1 + h % {len(pairs)} AS p, 1 + (h // 31) % {len(KINDS)} AS k,
    (h // 7) % 2 = 0 AS flip,
    DATE '{FIRST_YEAR}-01-01' + CAST((h // 97) % {days} AS INTEGER) AS d
  FROM (SELECT i, CAST(hash(i) % 1000000007 AS BIGINT) AS h FROM range({events}) t(i))
)""")
        con.execute("INSERT INTO stories SELECT id, id, true, false FROM events")
        con.execute(f"""
INSERT INTO observations (id, indicator, reporter, partner, value, unit, period_start,
  period_precision, period_text, day, dataset, row_id)
SELECT 'o' || p || '-' || y || '-' || side, 'exports',
  CASE WHEN side = 0 THEN {firsts}[p] ELSE {seconds}[p] END,
  CASE WHEN side = 0 THEN {seconds}[p] ELSE {firsts}[p] END,
  1000000.0 * (1 + (p * 7 + y * 3 + side) % 40), 'USD', CAST(y AS VARCHAR), 'year',
  CAST(y AS VARCHAR), make_date(y, 1, 1), 'comtrade', p || '-' || y || '-' || side
FROM range(1, {len(pairs) + 1}) a(p), range({FIRST_YEAR}, {FIRST_YEAR + YEARS}) b(y),
  range(2) c(side)""")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def server(db: Path, port: int) -> Iterator[tuple[str, int]]:
    """`dyadscope serve` in a subprocess until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dyadscope", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "DYADSCOPE_TOKEN": ""},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the server exited with {process.returncode}")
            try:
                httpx.get(f"{base}/healthz", timeout=2).raise_for_status()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@dataclass(frozen=True, slots=True)
class Request:
    route: str
    url: str


def slug(pair: tuple[str, str]) -> str:
    return f"{pair[0]}-{pair[1]}"


# the filters pages and charts are asked with (each combination is one cached render)
CHART_FILTERS = ("", "?domain=military", "?since=2015")
CHART_KEYS = ("cooperation", "goldstein", "domains", "trade")
EVENT_FILTERS = (
    "", "&kind=meeting,visit", "&domain=military", "&since=2010&until=2014",
    "&kind=agreement_signed&domain=economic&since=2000", "&since=2020-03",
)  # fmt: skip


# each route's share of the requests, in percent
WEIGHTS = {"events": 30, "observations": 10, "pairs": 10, "indicators": 10, "dashboard": 10,
           "chart": 20, "brief": 5, "healthz": 5}  # fmt: skip


def mix(rng: random.Random, routes: Sequence[str], pairs: Sequence[tuple[str, str]],
        chart_pairs: int) -> Request:  # fmt: skip
    """One request of the mix, among ``routes`` (weighted by ``WEIGHTS``)."""
    route = rng.choices(routes, weights=[WEIGHTS[r] for r in routes])[0]
    pair = rng.choice(pairs)
    shown = slug(pairs[rng.randrange(chart_pairs)])  # pages and charts: the warmed pairs
    if route == "events":
        offset = rng.choice((0, 0, 100, 1000, rng.randrange(0, 40000)))
        filters = rng.choice(EVENT_FILTERS)
        url = f"/api/events?pair={slug(pair)}{filters}&limit=100&offset={offset}"
    elif route == "observations":
        url = f"/api/observations?pair={slug(pair)}&limit=50"
    elif route == "pairs":
        url = "/api/pairs"
    elif route == "indicators":
        url = f"/api/indicators?pair={shown}&by=year"
    elif route == "dashboard":
        url = f"/pair/{shown}{rng.choice(CHART_FILTERS)}"
    elif route == "chart":
        url = f"/pair/{shown}/charts/{rng.choice(CHART_KEYS)}.svg{rng.choice(CHART_FILTERS)}"
    elif route == "brief":
        url = f"/pair/{shown}/brief"
    else:
        url = "/healthz"
    return Request(route, url)


async def run_phase(
    base: str, rps: float, seconds: float, rng: random.Random, routes: Sequence[str],
    pairs: Sequence[tuple[str, str]], chart_pairs: int,
) -> dict[str, list[float]]:  # fmt: skip
    """Open loop: request i leaves at start + i / rps; its latency counts from then."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    limits = httpx.Limits(max_connections=400, max_keepalive_connections=100)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        start = time.perf_counter()

        async def one(request: Request, due: float) -> None:
            try:
                response = await client.get(request.url)
                if response.status_code != 200:
                    errors[request.route].append(f"{response.status_code} {request.url}")
            except httpx.HTTPError as exc:
                errors[request.route].append(f"{type(exc).__name__} {request.url}")
            latencies[request.route].append((time.perf_counter() - due) * 1000)

        tasks = []
        total = int(rps * seconds)
        for i in range(total):
            due = start + i / rps
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            request = mix(rng, routes, pairs, chart_pairs)
            tasks.append(asyncio.create_task(one(request, due)))
        await asyncio.gather(*tasks)
    latencies["_errors"] = [float(len(v)) for v in errors.values()]
    for route, found in errors.items():
        for line in found[:3]:
            print(f"  error on {route}: {line}")
    return latencies


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1]


def report(title: str, latencies: dict[str, list[float]]) -> tuple[int, float]:
    errors = int(sum(latencies.pop("_errors", [])))
    everything = [v for values in latencies.values() for v in values]
    print(f"\n{title}: {len(everything)} requests, {errors} errors")
    print(f"  {'route':<14}{'n':>7}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for route in sorted(latencies):
        values = latencies[route]
        print(f"  {route:<14}{len(values):>7}{percentile(values, 50):>10.1f}"
              f"{percentile(values, 99):>10.1f}{max(values):>10.1f}")  # fmt: skip
    p99 = percentile(everything, 99)
    print(f"  {'overall':<14}{len(everything):>7}{percentile(everything, 50):>10.1f}"
          f"{p99:>10.1f}{max(everything):>10.1f}")  # fmt: skip
    return errors, p99


# what each warmed page stands for in the mix
WARMED = {"indicators": ("indicators",), "dashboard (charts)": ("dashboard", "chart"),
          "brief": ("brief",)}  # fmt: skip


def warm(base: str, routes: Sequence[str], pairs: Sequence[tuple[str, str]]) -> list[str]:
    """Render each cached page once (what a user changing a filter waits for); the
    routes of the mix whose first render failed are returned, to be left out."""
    timings: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, str] = {}
    with httpx.Client(base_url=base, timeout=600) as client:
        for pair in pairs:
            urls = []
            if "indicators" in routes:
                urls.append(("indicators", f"/api/indicators?pair={slug(pair)}&by=year"))
            if "dashboard" in routes or "chart" in routes:
                urls += [("dashboard (charts)", f"/pair/{slug(pair)}{f}") for f in CHART_FILTERS]
            if "brief" in routes:
                urls.append(("brief", f"/pair/{slug(pair)}/brief"))
            for page, url in urls:
                if page in failed:
                    continue
                started = time.perf_counter()
                response = client.get(url)
                if response.status_code != 200:
                    failed[page] = f"{url} answered {response.status_code}: {response.text[:160]}"
                    continue
                timings[page].append(time.perf_counter() - started)
    print("\nfirst renders (cached afterwards, per store state and filters):")
    for page, values in timings.items():
        print(f"  {page:<20} n={len(values):<4} median {statistics.median(values):6.2f} s"
              f"   max {max(values):6.2f} s")  # fmt: skip
    for page, why in failed.items():
        print(f"  {page:<20} FAILED, left out of the mix: {why}")
    return [route for page in failed for route in WARMED[page]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pairs", type=int, default=len(PAIRS),
                        help="how many pairs the events are spread over")  # fmt: skip
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rps", type=float, default=100.0)
    parser.add_argument("--db", type=Path, help="reuse (or keep) the store here")
    parser.add_argument("--chart-pairs", type=int, default=5,
                        help="pairs whose dashboard, charts and brief are asked for")  # fmt: skip
    parser.add_argument("--skip", action="append", default=[], choices=sorted(WEIGHTS),
                        help="leave a route out of the mix (repeatable): --skip brief")  # fmt: skip
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dyadscope-load-") as folder:
        return measure(args, args.db or Path(folder) / "load.duckdb")


def measure(args: argparse.Namespace, db: Path) -> int:
    """Build (or reuse) the store, serve it, warm it, run both phases, judge."""
    pairs = pairs_for(max(1, args.pairs))
    if not db.exists():
        took = build_store(db, args.events, pairs)
        print(f"store: {args.events:,} events over {len(pairs)} pairs and {YEARS} years "
              f"built in {took:.1f} s ({db.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
    else:
        print(f"store: reusing {db} (built with --pairs {len(pairs)}, it is assumed)")
    routes = [r for r in WEIGHTS if r not in args.skip]
    if args.skip:
        print(f"left out of the mix: {', '.join(args.skip)}")
    chart_pairs = max(1, min(args.chart_pairs, len(pairs)))
    rng = random.Random(args.seed)
    with server(db, free_port()) as (base, pid):
        left_out = warm(base, routes, pairs[:chart_pairs])
        routes = [r for r in routes if r not in left_out]
        # a route left out takes its share of the rate with it: the others keep the
        # rate they have in the full mix (events stay at 30% of --rps)
        rps = args.rps * sum(WEIGHTS[r] for r in routes) / sum(WEIGHTS.values())
        if rps < args.rps:
            print(f"\nwith {', '.join(r for r in WEIGHTS if r not in routes)} left out, the "
                  f"other routes keep their rates: {rps:g} requests/s in all")  # fmt: skip
        baseline_rps = max(1.0, rps / 10)
        baseline = asyncio.run(run_phase(base, baseline_rps, max(5.0, args.seconds / 3), rng,
                                         routes, pairs, chart_pairs))  # fmt: skip
        report(f"baseline: the same mix at {baseline_rps:g} requests/s", baseline)
        served_before, sent_before = cpu_seconds(pid), time.process_time()
        loaded = asyncio.run(run_phase(base, rps, args.seconds, rng, routes, pairs,
                                       chart_pairs))  # fmt: skip
        served_after, sent_after = cpu_seconds(pid), time.process_time()
        errors, p99 = report(f"load: {rps:g} requests/s for {args.seconds:g} s", loaded)
        count = max(1, int(rps * args.seconds))
        if served_before is not None and served_after is not None:
            print(f"  CPU per request: server {1000 * (served_after - served_before) / count:.1f}"
                  f" ms, load generator {1000 * (sent_after - sent_before) / count:.1f} ms "
                  f"({os.cpu_count()} cores)")  # fmt: skip
    verdict = "met" if errors == 0 and p99 < TARGET_P99_MS else "MISSED"
    print(f"\ntarget (0 errors, overall p99 < {TARGET_P99_MS:.0f} ms): {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    raise SystemExit(main())
