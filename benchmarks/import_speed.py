"""Import speed: our GDELT import against bare DuckDB and pandas on the same file.

    python benchmarks/import_speed.py [--rows 1000000] [--keep DIR]

Generates a GDELT 2.0 events file in the real 61-column layout (about 1% of the
rows are AZE-PAK), then runs each case in its own subprocess (so peak RSS is the
case's own; the fastest of ``--repeat`` runs counts, since the machine is shared)
and prints time, rows/s and peak RSS side by side:

    duckdb            bare read_csv of all 61 columns into a table of a store file
    duckdb+filter     the same with the dyad filter in the WHERE clause
    pandas            pandas.read_csv (all text) then insert into a DuckDB file
    pandas+filter     the same, filtered in pandas before the insert
    ours              dyadscope import_dataset (mapping, lookups, ids, rejects)
    ours+pair         the same with --pair AZE PAK
    cli               `dyadscope import gdelt FILE --db X` as a user types it

Each case runs as its own process; "process" is that whole process's wall time
(interpreter start-up and imports included), the figure the CLI is held to.

Targets (printed pass/fail): the CLI's whole process within 1.5x of bare DuckDB's
whole process, and faster than pandas'; ours within 1.5x of bare DuckDB and >= 1.5x faster
than pandas; ours+pair >= 2x faster than pandas+filter and within 1.5x of
duckdb+filter; peak RSS of ours < 1 GB. Then rows/s of each importer on its
test fixtures (and on the real samples in ../shared when present).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

ACTORS = [
    ("AZEGOV", "AZERBAIJAN", "AZE", "GOV"), ("PAKMIL", "PAKISTAN", "PAK", "MIL"),
    ("USA", "UNITED STATES", "USA", ""), ("RUSGOV", "RUSSIA", "RUS", "GOV"),
    ("CHN", "CHINA", "CHN", ""), ("GBRBUS", "UNITED KINGDOM", "GBR", "BUS"),
    ("IND", "INDIA", "IND", ""), ("TURMIL", "TURKEY", "TUR", "MIL"),
    ("GOV", "GOVERNMENT", "", "GOV"),
    ("IGOUNO", "UNITED NATIONS", "", ""), ("", "", "", ""),
]  # fmt: skip
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "0311", "111",
         "112", "120", "138", "173", "190", "193"]  # fmt: skip


def _actor(a: tuple[str, str, str, str]) -> list[str]:
    return [a[0], a[1], a[2], "", "", "", "", a[3], "", ""]


def generate(path: Path, rows: int, seed: int = 7) -> int:
    """Write ``rows`` GDELT 2.0 rows; returns how many are AZE-PAK (either direction)."""
    rng = random.Random(seed)
    geo = ["4", "Baku, Baki, Azerbaijan", "AJ", "AJ09", "", "40.39", "49.88", "-2168"]
    templates = []
    for _ in range(997):
        a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS)
        code = rng.choice(CODES)
        tail = [
            *_actor(a1),
            *_actor(a2),
            "1",
            code,
            code[:3],
            code[:2],
            "1",
            "3.4",
            str(rng.randint(1, 50)),
            "2",
            "4",
            f"{rng.uniform(-8, 8):.4f}",
            *geo * 3,
        ]
        templates.append(("\t".join(tail), {a1[2], a2[2]} == {"AZE", "PAK"}))
    dyad = 0
    with path.open("w", encoding="utf-8") as out:
        buffer = []
        for i in range(rows):
            tail, is_dyad = templates[i % len(templates)]
            if i % 100 == 0:  # about 1% of rows about the dyad
                tail, is_dyad = templates[0][0], True
                tail = (
                    "\t".join([*_actor(ACTORS[0]), *_actor(ACTORS[1])])
                    + tail[tail.index("\t1\t") :]
                )
            dyad += is_dyad
            day = f"2019{(i % 12) + 1:02d}{(i % 28) + 1:02d}"
            buffer.append(
                f"{900000000 + i}\t{day}\t{day[:6]}\t2019\t2019.5\t{tail}\t{day}143000\t"
                f"https://news.example.org/{i}\n"
            )
            if len(buffer) == 20000:
                out.write("".join(buffer))
                buffer.clear()
        out.write("".join(buffer))
    return dyad


def _columns() -> str:
    from dyadscope.importers.gdelt import GDELT2_61

    return "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in GDELT2_61) + "}"


DYAD_SQL = (
    "((Actor1CountryCode = 'AZE' AND Actor2CountryCode = 'PAK') OR "
    "(Actor1CountryCode = 'PAK' AND Actor2CountryCode = 'AZE'))"
)


def run_case(case: str, data: Path, db: Path) -> dict[str, float]:
    """One case, in this (child) process; returns seconds and rows loaded."""
    import duckdb
    import pandas as pd

    started = time.perf_counter()
    if case.startswith("duckdb"):
        con = duckdb.connect(str(db))
        where = f" WHERE {DYAD_SQL}" if case.endswith("filter") else ""
        con.execute(
            f"CREATE TABLE t AS SELECT * FROM read_csv('{data}', delim='\t', header=false, "
            f"quote='', escape='', auto_detect=false, columns={_columns()}){where}"
        )
        rows = con.execute("SELECT count(*) FROM t").fetchall()[0][0]
        con.close()
    elif case.startswith("pandas"):
        from dyadscope.importers.gdelt import GDELT2_61

        frame = pd.read_csv(
            data,
            sep="\t",
            header=None,
            names=GDELT2_61,
            dtype=str,
            quoting=3,
            keep_default_na=False,
        )
        if case.endswith("filter"):
            a1, a2 = frame["Actor1CountryCode"], frame["Actor2CountryCode"]
            frame = frame[((a1 == "AZE") & (a2 == "PAK")) | ((a1 == "PAK") & (a2 == "AZE"))]
        con = duckdb.connect(str(db))
        con.register("frame", frame)
        con.execute("CREATE TABLE t AS SELECT * FROM frame")
        rows = len(frame)
        con.close()
    else:
        from dyadscope.store import Store
        from dyadscope.store.importing import import_dataset

        pair = ("AZE", "PAK") if case.endswith("pair") else None
        with Store(db) as store:
            summary = import_dataset(store, "gdelt", [data], pair=pair)
        rows = summary.total("imported")
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rows": float(rows), "peak_mb": peak_mb}


def _child(case: str, data: Path, workdir: Path) -> dict[str, float]:
    """One case in a fresh process; ``wall`` is the whole process (start-up,
    imports and all), ``seconds`` the work itself."""
    db = workdir / f"{case.replace('+', '_')}.duckdb"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    if case == "cli":
        # the command a user types, start-up included
        command = [*_dyadscope(), "import", "gdelt", str(data), "--db", str(db)]
        out = subprocess.run(command, check=True, capture_output=True, text=True)
        wall = time.perf_counter() - started
        imported = re.search(r"([0-9,]+) imported", out.stdout)
        db.unlink(missing_ok=True)
        rows = float(imported.group(1).replace(",", "")) if imported else 0.0
        return {"seconds": wall, "wall": wall, "rows": rows, "peak_mb": float("nan")}
    out = subprocess.run(
        [sys.executable, __file__, "--case", case, "--data", str(data), "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    db.unlink(missing_ok=True)
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "wall": wall}


def _dyadscope() -> list[str]:
    found = shutil.which("dyadscope", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "dyadscope"]


def _fixture_rates() -> None:
    from dyadscope.store import Store
    from dyadscope.store.importing import import_dataset

    fixtures = REPO / "tests" / "fixtures" / "datasets"
    shared = REPO.parent / "shared" / "data"
    runs = [
        ("gdelt", fixtures / "gdelt" / "v2"), ("icews", fixtures / "icews"),
        ("polecat", fixtures / "polecat"), ("comtrade", fixtures / "comtrade"),
        ("sipri", fixtures / "sipri"),
        ("gdelt", shared / "gdelt" / "20191024143000.export.CSV"),
        ("icews", shared / "icews" / "events.2018.sample.tab"),
        ("comtrade", shared / "comtrade" / "Ntacyica_cement" / "comtrade.csv"),
        ("sipri", shared / "sipri" / "trade-register.csv"),
    ]  # fmt: skip
    print("\nper importer (rows read / s, whole import incl. hashing and rejects):")
    for source, path in runs:
        if not path.exists():
            continue
        with Store(":memory:") as store:
            summary = import_dataset(store, source, [path])
        print(
            f"  {source:9} {path.name:32} {summary.total('rows_read'):>8,} rows "
            f"{summary.rows_per_second:>12,.0f} rows/s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="folder for the generated file (kept)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per case; the fastest counts")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.data, args.db)))
        return 0
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="dyadscope-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / "20190101000000.export.CSV"
    started = time.perf_counter()
    dyad = generate(data, args.rows)
    print(
        f"generated {args.rows:,} rows ({data.stat().st_size / 1e6:,.0f} MB, {dyad:,} AZE-PAK) "
        f"in {time.perf_counter() - started:.1f}s: {data}"
    )
    cases = ["duckdb", "duckdb+filter", "pandas", "pandas+filter", "ours", "ours+pair", "cli"]
    results = {
        case: min(
            (_child(case, data, workdir) for _ in range(max(args.repeat, 1))),
            key=lambda r: r["seconds"],
        )
        for case in cases
    }
    print(
        f"\n{'case':15} {'seconds':>8} {'process':>8} {'rows/s':>12} {'loaded':>10} "
        f"{'peak RSS':>10}"
    )
    for case, r in results.items():
        rate = args.rows / r["seconds"] if r["seconds"] else 0.0
        print(
            f"{case:15} {r['seconds']:8.2f} {r['wall']:8.2f} {rate:12,.0f} {int(r['rows']):10,} "
            f"{r['peak_mb']:8,.0f}MB"
        )
    print("(seconds: the work; process: the whole process, Python start-up and imports included)")
    t = {case: r["seconds"] for case, r in results.items()}
    wall = {case: r["wall"] for case, r in results.items()}
    checks = [
        (
            "`dyadscope import` (whole process) within 1.5x of bare duckdb (whole process)",
            wall["cli"] <= 1.5 * wall["duckdb"],
            wall["cli"] / wall["duckdb"],
        ),
        (
            "`dyadscope import` (whole process) faster than pandas (whole process)",
            wall["cli"] < wall["pandas"],
            wall["pandas"] / wall["cli"],
        ),
        (
            "ours within 1.5x of bare duckdb",
            t["ours"] <= 1.5 * t["duckdb"],
            t["ours"] / t["duckdb"],
        ),
        (
            "ours >= 1.5x faster than pandas",
            t["pandas"] >= 1.5 * t["ours"],
            t["pandas"] / t["ours"],
        ),
        (
            "ours+pair >= 2x faster than pandas+filter",
            t["pandas+filter"] >= 2 * t["ours+pair"],
            t["pandas+filter"] / t["ours+pair"],
        ),
        (
            "ours+pair within 1.5x of duckdb+filter",
            t["ours+pair"] <= 1.5 * t["duckdb+filter"],
            t["ours+pair"] / t["duckdb+filter"],
        ),
        ("ours peak RSS < 1 GB", results["ours"]["peak_mb"] < 1024, results["ours"]["peak_mb"]),
    ]
    print()
    for name, ok, figure in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name} ({figure:.2f})")
    if results["ours+pair"]["rows"] != dyad:
        print(f"FAIL  ours+pair loaded {int(results['ours+pair']['rows'])} rows, expected {dyad}")
    _fixture_rates()
    if not args.keep:
        data.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
