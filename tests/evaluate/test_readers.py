"""Gold readers: our fixtures in each real layout, bad input, and the real shared files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.errors import InputError
from dyadscope.evaluate import ExpectedActor, ExpectedQuantity, detect_format, read_gold
from dyadscope.evaluate.readers import read_petrarch_xml, read_plover_gsr, read_records

# --- records (our JSON Lines) -------------------------------------------------------


def test_records_example_parses_every_field(golden: Path) -> None:
    gold = read_records(golden / "example.records.jsonl")
    assert gold.format == "records"
    assert [item.id for item in gold.items] == [
        "ex-visit",
        "ex-agreement",
        "ex-arms",
        "ex-planned",
        "ex-negated",
        "ex-nothing",
    ]
    assert gold.rejections == ()
    visit = gold.items[0]
    assert visit.date == "2017-11-05" and visit.title == "Example wire"
    (expected,) = visit.expected
    assert (expected.kind, expected.plover, expected.cameo) == ("visit", "CONSULT", "042")
    assert expected.actor1 == ExpectedActor("PAK", "GOV")
    assert expected.actor2 == ExpectedActor("AZE")
    assert (expected.date, expected.status) == ("2017-11-03", "actual")
    arms = gold.items[2].expected[0]
    assert arms.actor1 == ExpectedActor("PAK")  # bare code strings are accepted
    assert arms.date == "2019"
    assert arms.quantities == (ExpectedQuantity(10.0, "count"),)
    assert gold.items[-1].expected == ()


def test_records_bad_lines_are_quarantined_and_good_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"text": "Kestria thanked Valoria.", "expected": [{"plover": "SUPPORT"}]}\n'
        "{not json\n"
        '{"text": "", "expected": []}\n'
        "\n"
        '{"text": "Valoria hosted Kestria.", "expected": [{"status": "maybe"}]}\n'
        '{"text": "Valoria sold Kestria rifles.", "expected": [{"actor1": 7}]}\n'
        '{"text": "Kestria met Valoria.", "expected": [{"plover": "DEMAND"}]}\n',
        encoding="utf-8",
    )
    gold = read_records(path)
    assert [item.line for item in gold.items] == [1, 7]
    assert gold.items[1].expected[0].plover == "REQUEST"  # old labels are translated
    reasons = {r.line: r.reason for r in gold.rejections}
    assert set(reasons) == {2, 3, 5, 6}
    assert reasons[2].startswith("not valid JSON")
    assert "'text'" in reasons[3]
    assert "unknown status 'maybe'" in reasons[5]
    assert "'actor1'" in reasons[6]
    assert all(r.stage == "eval" and r.path == str(path) for r in gold.rejections)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "gold file is empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b'{"text": "caf\xe9"}\n', "not UTF-8"),
        (b"   \n\n", "only whitespace"),
        (b"[1, 2]\n", "no usable gold records"),
    ],
)
def test_records_unusable_files_raise_one_line_input_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_records(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "x", "expected": []}\n' * 50, encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 100"):
        read_gold(path, max_bytes=100)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        read_gold(tmp_path / "absent.jsonl")


# --- PLOVER GSR -----------------------------------------------------------------------


def test_plover_gsr_translates_labels_actors_and_reciprocity(golden: Path) -> None:
    gold = read_plover_gsr(golden / "mini.plover_gsr.json")
    by_id = {item.id: item.expected[0] for item in gold.items}
    assert "MINI-DOCUMENT-0001" not in by_id
    assert by_id["MINI-FIGHT-0001"].plover == "ASSAULT"
    assert by_id["MINI-FIGHT-0001"].actor1 == ExpectedActor("VAL")  # codes only, no sector
    assert by_id["MINI-DEMAND-0001"].plover == "REQUEST"
    investigate = by_id["MINI-INVESTIGATE-0001"]
    assert (investigate.plover, investigate.mode) == ("ACCUSE", "investigate")
    agree = by_id["MINI-AGREE-0001"]
    assert (agree.actor1, agree.actor2, agree.directed) == (
        ExpectedActor("VAL"),
        ExpectedActor("KES"),
        False,
    )
    disapprove = by_id["MINI-DISAPPROVE-0001"]
    assert (disapprove.plover, disapprove.actor2) == ("ACCUSE", None)
    assert by_id["MINI-FIGHT-0001"].directed is True
    host = by_id["MINI-CONSULT-0001"]  # host -> guest turned round to visitor -> host
    assert (host.plover, host.mode, host.actor1, host.actor2) == (
        "CONSULT", "host", ExpectedActor("VAL"), ExpectedActor("KES"),
    )
    assert all(item.date == "2000-01-01" for item in gold.items)
    (rejection,) = gold.rejections
    assert "MINI-BROKEN-0001" in rejection.reason and "no 'text'" in rejection.reason


def test_plover_gsr_must_be_an_array(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text('{"id": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="JSON array"):
        read_plover_gsr(path)


def test_plover_gsr_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text('[\n{"id": "x",\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gsr\.json:\d+: not valid JSON"):
        read_plover_gsr(path)


# --- PETRARCH XML ---------------------------------------------------------------------


def test_petrarch_xml_records_options_and_variants(golden: Path) -> None:
    gold = read_petrarch_xml(golden / "mini.petrarch.xml")
    by_id = {item.id: item for item in gold.items}
    assert list(by_id) == ["MINI-00", "MINI-01", "MINI-02", "MINI-03", "MINI-04", "MINI-05"]
    first = by_id["MINI-00"]
    assert first.date == "2001-02-03" and first.scheme == "petrarch"
    assert first.text == "Valoria's foreign minister travelled to Kestria for two days of talks."
    assert [(e.actor1, e.actor2, e.cameo) for e in by_id["MINI-01"].expected] == [
        (ExpectedActor("KESGOV"), ExpectedActor("VALMIL"), "111"),
        (ExpectedActor("KESGOV"), ExpectedActor("---GOV"), "1121"),
    ]
    # <Config> between records applies to the records after it
    assert "require_dyad" not in first.options
    assert by_id["MINI-01"].options["require_dyad"] == "false"
    assert by_id["MINI-04"].options["require_dyad"] == "TRUE"
    assert by_id["MINI-02"].expected == () and by_id["MINI-02"].skip is None
    assert by_id["MINI-03"].skip == "expects error 'dateline'"
    assert by_id["MINI-05"].expected == ()  # no EventCoding: nothing expected
    (rejection,) = gold.rejections
    assert "MINI-06" in rejection.reason and rejection.line is not None


def test_petrarch_xml_self_closed_sentences_are_read_leniently(golden: Path) -> None:
    gold = read_petrarch_xml(golden / "mini.petrarch-selfclosed.xml")
    by_id = {item.id: item for item in gold.items}
    assert list(by_id) == ["SC-1", "SC-2", "SC-3"]
    assert by_id["SC-1"].text == "The Valorian leader arrived in Kestria on Monday."
    assert by_id["SC-1"].expected[0].cameo == "042"
    assert by_id["SC-2"].expected == ()
    assert by_id["SC-3"].skip == "marked evaluate=false"
    assert [r.reason for r in gold.rejections] == ["record SC-4 has no <Text>"]


def test_petrarch_xml_does_not_expand_entities(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE v [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<Validation><Sentences><Sentence id="E-1" date="20000101">'
        '<EventCoding noevents="True"/><Text>before &x; after</Text></Sentence>'
        "</Sentences></Validation>",
        encoding="utf-8",
    )
    gold = read_petrarch_xml(path)
    assert "TOP SECRET" not in gold.items[0].text


def test_petrarch_xml_does_not_expand_nested_entities(tmp_path: Path) -> None:
    levels = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{n} "{("&e" + str(n - 1) + ";") * 10}">' for n in range(1, 9)
    ]
    path = tmp_path / "laughs.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE v [{"".join(levels)}]>'
        '<Validation><Sentences><Sentence id="L-1" date="20000101">'
        '<EventCoding noevents="True"/><Text>x &e8; y</Text></Sentence>'
        "</Sentences></Validation>",
        encoding="utf-8",
    )
    (item,) = read_petrarch_xml(path).items
    assert len(item.text) < 100


def test_petrarch_xml_without_sentences(tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_text("<Validation><Sentences></Sentences></Validation>", encoding="utf-8")
    with pytest.raises(InputError, match="no usable <Sentence> records"):
        read_petrarch_xml(path)


# --- detection ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("g.jsonl", "{}", "records"),
        ("g.xml", "[]", "petrarch-xml"),
        ("g.txt", "\n  [ {}", "plover-gsr"),
        ("g.txt", "<Validation/>", "petrarch-xml"),
        ("g.json", '{"text": 1}', "records"),
    ],
)
def test_detect_format(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == expected


def test_detect_format_refuses_unknown_content(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the gold format"):
        detect_format(path)


def test_unknown_format_name(golden: Path) -> None:
    with pytest.raises(InputError, match="unknown gold format 'csv'"):
        read_gold(golden / "example.records.jsonl", "csv")


# --- the real shared files ------------------------------------------------------------


def test_real_plover_gsr(shared: Path) -> None:
    gold = read_gold(shared / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert gold.format == "plover-gsr"
    assert len(gold.items) == 322 and gold.rejections == ()
    labels = {e.plover for item in gold.items for e in item.expected}
    assert not labels & {"FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"}
    assert sum(1 for item in gold.items if item.expected[0].mode == "investigate") == 9


def test_real_petrarch_unit_suite(shared: Path) -> None:
    gold = read_gold(shared / "benchmarks" / "petrarch2" / "PETR.UnitTest.records.xml")
    assert gold.format == "petrarch-xml"
    assert len(gold.items) == 284 and gold.rejections == ()
    assert sum(len(item.expected) for item in gold.items) == 359
    assert sum(1 for item in gold.items if item.skip) == 7
    assert gold.items[-1].id == "FINAL-RECORD" and gold.items[-1].expected == ()


def test_real_petrarch2_gsr_validation(shared: Path) -> None:
    path = shared / "benchmarks" / "petrarch2" / "universal-petrarch" / "PETR2_GSR_validation.xml"
    gold = read_gold(path)
    assert len(gold.items) + len(gold.rejections) == 78
    # one record (abc12_3) has an empty <Text>: quarantined, its triple with it
    assert [r.reason for r in gold.rejections] == ["record abc12_3 has no <Text>"]
    assert sum(len(item.expected) for item in gold.items) == 79
    assert sum(1 for item in gold.items if not item.expected) == 12
