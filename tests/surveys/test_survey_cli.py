"""`dyadscope survey estimate | import | list`: estimate records on stdout, how they
were made on stderr, figures stored as indicators of a pair, "no survey data for this
pair" when there are none, and one clear line (never a traceback) for bad input:
exit 2 for a wrong argument, 1 for a file that cannot be used."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.store import Store

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "surveys"
MINI = FIXTURES / "mini.csv"
DESIGN = ["--weight", "WT", "--strata", "COUNTRY,STRATUM", "--cluster", "COUNTRY,PSU"]
SPEC_FIELDS = {
    "record", "survey", "question", "wording", "population", "answer", "fieldwork", "n",
    "estimate", "se", "ci", "ci_method", "weighted", "design",
}  # fmt: skip
CB2011 = "data/surveys/crrc-cb2011/CB2011_Regional_only_responses_1202012.dta"
CB_DESIGN = ["--weight", "INDWT", "--strata", "COUNTRY,SUBSTRATUM", "--cluster", "COUNTRY,PSU"]


def _records(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_json_output_is_estimate_records() -> None:
    result = runner.invoke(app, [
        "survey", "estimate", str(MINI), "--question", "FRIEND", "--answer", "Turkey",
        "--where", "COUNTRY=2", "--by", "SEX", "--json", *DESIGN,
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert len(records) == 3
    for record in records:
        assert set(record) >= SPEC_FIELDS
        assert record["record"] == "estimate"
        assert record["answer"] == "1 Turkey"
        assert record["population"] == "Azerbaijan"
        assert record["ci_method"] == "logit-t"
    assert [r["group"] for r in records] == [None, "SEX = 1 Male", "SEX = 2 Female"]
    assert "left out of the denominator: -3 Interviewer error" in result.stderr


def test_text_view_and_the_defaults_said() -> None:
    result = runner.invoke(app, [
        "survey", "estimate", str(MINI), "-q", "FRIEND", "-a", "3", *DESIGN,
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert 'FRIEND "Which country is the biggest friend of your country?"' in result.stdout
    assert "answer 3 Pakistan, among all respondents" in result.stdout
    assert "% CI " in result.stdout and "(logit-t, df 18)" in result.stdout
    assert "population: all 192 respondents of mini.csv (no --where)" in result.stderr
    assert "(the default; change it with --exclude)" in result.stderr
    assert "kept in the denominator: -1 Don't know, -2 Refuse to answer" in result.stderr


def test_negative_codes_and_exclusions_on_the_command_line() -> None:
    result = runner.invoke(app, [
        "survey", "estimate", str(MINI), "-q", "FRIEND", "-a", "-1", "--exclude=-2,-3,-7,-9",
        "--json",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    record = _records(result.stdout)[0]
    assert record["answer"] == "-1 Don't know"
    assert "-2 Refuse to answer" in record["excluded"]
    assert "(as asked)" in result.stderr


def test_import_then_list_by_pair(db_path: Path) -> None:
    imported = runner.invoke(app, [
        "survey", "import", str(MINI), "-q", "FRIEND", "-a", "Turkey", "--where", "COUNTRY=2",
        "--survey", "MINI", "--fieldwork", "2011-10-01/2011-11-02", *DESIGN,
    ])  # fmt: skip
    assert imported.exit_code == 0, imported.output
    assert "stored 1 estimate of AZE-TUR" in imported.stderr
    listed = runner.invoke(app, ["survey", "list", "--pair", "Turkey", "AZE", "--json"])
    assert listed.exit_code == 0, listed.output
    (record,) = _records(listed.stdout)
    assert record["pair"] == ["AZE", "TUR"]
    assert record["fieldwork"] == {"start": "2011-10-01", "end": "2011-11-02"}
    assert record["survey"] == "MINI"
    # importing the same figure again replaces it
    again = runner.invoke(app, [
        "survey", "import", str(MINI), "-q", "FRIEND", "-a", "1", "--where", "COUNTRY=2",
        "--survey", "MINI", "--fieldwork", "2011-10/2011-11", *DESIGN,
    ])  # fmt: skip
    assert again.exit_code == 0, again.output
    with Store(db_path, read_only=True) as store:
        (stored,) = store.estimates(("TUR", "AZE"))
    assert (stored.fieldwork_start, stored.fieldwork_end) == ("2011-10", "2011-11")


def test_no_survey_data_for_this_pair(db_path: Path) -> None:
    runner.invoke(app, [
        "survey", "import", str(MINI), "-q", "FRIEND", "-a", "Turkey", "--where", "COUNTRY=2",
        *DESIGN,
    ])  # fmt: skip
    result = runner.invoke(app, ["survey", "list", "--pair", "AZE", "PAK"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: no survey data for this pair (AZE-PAK) in {db_path}"
    assert result.stdout == ""


def test_import_names_the_pair_or_asks_for_it(db_path: Path) -> None:
    # a country given by option: the whole file is one population
    result = runner.invoke(app, [
        "survey", "import", str(MINI), "-q", "FRIEND", "-a", "Russia", "--where", "COUNTRY=1",
        *DESIGN,
    ])  # fmt: skip
    assert result.exit_code == 0 and "ARM-RUS" in result.stderr
    for args, option, needle in [
        (["-a", "No one", "--where", "COUNTRY=2"], "--partner", "'No one' names no country"),
        (["-a", "Belorussia", "--where", "COUNTRY=2"], "--partner", "did you mean BLR?"),
        (["-a", "Turkey"], "--country", "give --country"),
        (["-a", "Turkey", "--where", "SEX=1"], "--country", "population (Male) names no country"),
        (["-a", "Turkey", "--where", "COUNTRY=2", "--partner", "AZE"], "--partner", "own"),
    ]:
        refused = runner.invoke(app, ["survey", "import", str(MINI), "-q", "FRIEND", *args])
        assert refused.exit_code == 2, refused.output
        assert refused.stderr.startswith(f"error: {option}: "), refused.stderr
        assert needle in refused.stderr
    with Store(db_path, read_only=True) as store:
        assert [e.pair for e in store.estimates()] == [("ARM", "RUS")]


def _variant(tmp_path: Path, name: str, change: dict[int, tuple[str, str]]) -> Path:
    """The fixture with some cells changed: row -> (column, value)."""
    with MINI.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for index, (column, value) in change.items():
        rows[index][column] = value
    out = tmp_path / name
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def _lonely(tmp_path: Path) -> Path:
    """Azerbaijan's rural stratum left with one PSU."""
    with MINI.open(encoding="utf-8") as handle:
        rows = [
            r for r in csv.DictReader(handle)
            if not (r["COUNTRY"] == "2" and r["STRATUM"] == "3" and r["PSU"] != "9")
        ]  # fmt: skip
    out = tmp_path / "lonely.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


@pytest.mark.parametrize(
    ("case", "code", "start", "needle"),
    [
        ("missing file", 2, "error: FILE: ", "no such file"),
        ("unknown question", 2, "error: --question: ", "did you mean FRIEND?"),
        ("unknown answer", 2, "error: --answer: ", "did you mean 1 Turkey?"),
        ("unknown answer code", 2, "error: --answer: ", "FRIEND has no code 77"),
        ("unknown where column", 2, "error: --where: ", "no column 'CNTRY'"),
        ("unknown where value", 2, "error: --where: ", "'Georgia' is neither"),
        ("where without a value", 2, "error: --where: ", "expected COLUMN=VALUE"),
        ("unknown weight column", 2, "error: --weight: ", "no column 'WGT'"),
        ("missing weights", 1, "error: {dir}/noweight.csv: ", "weight column WT has 1 missing"),
        ("negative weights", 1, "error: {dir}/negative.csv: ", "WT has 2 negative values"),
        ("lonely PSU", 2, "error: --lonely-psu: ", "STRATUM=3 has a single PSU"),
        ("another format", 1, "error: {dir}/notes.txt: ", "not a survey file"),
        ("not really Stata", 1, "error: {dir}/fake.dta: ", "not a readable Stata file"),
        ("not really SPSS", 1, "error: {dir}/fake.sav: ", "not a readable SPSS file"),
        ("binary CSV", 1, "error: {dir}/binary.csv: ", "a binary file"),
        ("wald", 2, "error: --ci: ", "use one of logit, korn-graubard"),
        ("reversed fieldwork", 2, "error: --fieldwork: ", "reversed"),
        ("bad exclusion", 2, "error: --exclude: ", "'abc' is neither"),
    ],
)
def test_bad_input_gives_one_clear_line(
    tmp_path: Path, case: str, code: int, start: str, needle: str
) -> None:
    base = ["-q", "FRIEND", "-a", "1"]
    path = MINI
    extra: list[str] = []
    if case == "missing file":
        path = tmp_path / "nowhere.csv"
    elif case == "unknown question":
        base = ["-q", "FRIND", "-a", "1"]
    elif case == "unknown answer":
        base = ["-q", "FRIEND", "-a", "Turky"]
    elif case == "unknown answer code":
        base = ["-q", "FRIEND", "-a", "77"]
    elif case == "unknown where column":
        extra = ["--where", "CNTRY=2"]
    elif case == "unknown where value":
        extra = ["--where", "COUNTRY=Georgia"]
    elif case == "where without a value":
        extra = ["--where", "COUNTRY"]
    elif case == "unknown weight column":
        extra = ["--weight", "WGT"]
    elif case == "missing weights":
        path, extra = _variant(tmp_path, "noweight.csv", {2: ("WT", "")}), ["--weight", "WT"]
    elif case == "negative weights":
        path = _variant(tmp_path, "negative.csv", {4: ("WT", "-1.5"), 9: ("WT", "-0.1")})
        extra = ["--weight", "WT"]
    elif case == "lonely PSU":
        path, extra = _lonely(tmp_path), DESIGN
    elif case == "another format":
        path = tmp_path / "notes.txt"
        path.write_text("Respondents liked Turkey.\n", encoding="utf-8")
    elif case == "not really Stata":
        path = tmp_path / "fake.dta"
        path.write_bytes(MINI.read_bytes())
    elif case == "not really SPSS":
        path = tmp_path / "fake.sav"
        path.write_text("hello\n", encoding="utf-8")
    elif case == "binary CSV":
        path = tmp_path / "binary.csv"
        path.write_bytes(b"ID,FRIEND\n\x00\x01\x02\xff")
    elif case == "wald":
        extra = ["--ci", "wald"]
    elif case == "reversed fieldwork":
        extra = ["--fieldwork", "2011-12/2011-10"]
    elif case == "bad exclusion":
        extra = ["--exclude=-3,abc"]
    result = runner.invoke(app, ["survey", "estimate", str(path), *base, *extra])
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(start.format(dir=tmp_path)), lines[0]
    assert needle in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_a_lonely_psu_rule_is_applied_and_said(tmp_path: Path) -> None:
    result = runner.invoke(app, [
        "survey", "estimate", str(_lonely(tmp_path)), "-q", "FRIEND", "-a", "1",
        "--lonely-psu", "center", "--json", *DESIGN,
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _records(result.stdout)[0]["design"].endswith("lonely PSUs: center")
    assert "lonely PSUs: center: the lone PSU is compared with the grand mean" in result.stderr


@pytest.mark.shared
def test_cb2011_azerbaijanis_naming_turkey_are_stored_for_aze_tur(
    shared: Path, db_path: Path
) -> None:
    data = shared / CB2011
    if not data.is_file():
        pytest.skip("the CB 2011 file is not present")
    imported = runner.invoke(app, [
        "survey", "import", str(data), "-q", "FRNDCNTR", "-a", "Turkey", "--where", "COUNTRY=2",
        "--survey", "CB2011", "--fieldwork", "2011-10-01/2011-11-02", *CB_DESIGN,
    ])  # fmt: skip
    assert imported.exit_code == 0, imported.output
    listed = runner.invoke(app, ["survey", "list", "--pair", "AZE", "TUR", "--json"])
    assert listed.exit_code == 0, listed.output
    (record,) = _records(listed.stdout)
    assert record["pair"] == ["AZE", "TUR"]
    assert record["fieldwork"] == {"start": "2011-10-01", "end": "2011-11-02"}
    assert (record["n"], round(record["estimate"], 4), round(record["se"], 4)) == (
        1478, 0.9037, 0.0134
    )
    assert record["wording"] == "Biggest friend of [country]"
    assert record["answer"] == "8 Turkey"
    text = runner.invoke(app, ["survey", "list", "--pair", "Azerbaijan", "Turkey"])
    assert "90.37%  SE 1.34 pp  95% CI 87.37-92.72%  (logit-t, df 92)  n 1,478" in text.stdout
    assert "fieldwork 2011-10-01 to 2011-11-02; pair AZE-TUR" in text.stdout
    assert runner.invoke(app, ["survey", "list", "--pair", "AZE", "PAK"]).exit_code == 1
