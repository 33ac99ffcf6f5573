"""User dictionaries in the gazetteer's TSV formats: extending, overriding, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.dictionaries.tables import PersonRow, read_table
from dyadscope.errors import DictionaryError
from dyadscope.mentions.actors import Gazetteer


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _found(gaz: Gazetteer, text: str, on_date: str | None = None) -> list[tuple]:
    return [
        (m.text, m.kind, m.actor.code if m.actor else None, m.actor.sector if m.actor else None)
        for m in gaz.find(text, on_date=on_date)
    ]


def test_user_people_file_adds_date_bounded_roles(tmp_path: Path) -> None:
    path = _write(tmp_path, "my-people.tsv", (
        "# my officials\n"
        "name\taliases\tcountry\tsector\trole\tstart\tend\n"
        "Ayla Demir\tDemir\tAZE\tGOV\tDeputy Minister\t2003\t2010-06\n"
        "Ayla Demir\tDemir\tAZE\tBUS\tChair of SOCAR\t2010-07\t\n"
    ))
    gaz = Gazetteer.from_files([path])
    assert _found(gaz, "Demir spoke.", "2005-02") == [("Demir", "person", "AZE", "GOV")]
    assert _found(gaz, "Demir spoke.", "2015") == [("Demir", "person", "AZE", "BUS")]
    assert Gazetteer.default().find("Demir spoke.") == []  # the default is untouched


def test_user_rows_for_a_known_person_replace_the_package_roles(tmp_path: Path) -> None:
    path = _write(tmp_path, "fix.tsv", (
        "name\taliases\tcountry\tsector\trole\tstart\tend\n"
        "Pervez Musharraf\tMusharraf\tPAK\tMIL\tGeneral\t1960\t\n"
    ))
    gaz = Gazetteer.from_files([path])
    assert _found(gaz, "Musharraf spoke.", "2006") == [("Musharraf", "person", "PAK", "MIL")]


def test_user_countries_file_adds_aliases_and_renames(tmp_path: Path) -> None:
    path = _write(tmp_path, "states.tsv", (
        "iso3\tname\taliases\tcapitals\tdemonyms\tstatus\n"
        "TUR\tTurkey\tAnatolian Republic\t\t\tmember\n"
        "XAB\tAbcland\t\tAbcville\tAbcish\tother\n"
    ))
    gaz = Gazetteer.from_files([path])
    assert gaz.name_of("TUR") == "Turkey"
    assert _found(gaz, "The Anatolian Republic and Türkiye")[1:] == [
        ("Türkiye", "state", "TUR", None)]
    assert _found(gaz, "Abcish troops left Abcville to Abcland") == [
        ("Abcish troops", "demonym", "XAB", "MIL"),
        ("Abcville", "capital", "XAB", "GOV"),
        ("Abcland", "location", "XAB", None),
    ]
    assert _found(gaz, "The Anatolian Republic")[0][2] == "TUR"


def test_user_institutions_and_sectors(tmp_path: Path) -> None:
    inst = _write(tmp_path, "inst.tsv", (
        "name\taliases\tcountry\tsector\n"
        "Caspian Shipping Company\tASCO\tAZE\tBUS\n"
    ))
    words = _write(tmp_path, "words.tsv", (
        "phrase\tsector\trole\n"
        "coast guard\tMIL\tbody\n"
        "people\tLAB\tgroup\n"  # overrides the package row
    ))
    gaz = Gazetteer.from_files([inst, words])
    assert _found(gaz, "ASCO and the Azerbaijani coast guard") == [
        ("ASCO", "institution", "AZE", "BUS"),
        ("Azerbaijani coast guard", "institution", "AZE", "MIL"),
    ]
    assert _found(gaz, "Azerbaijani people")[0][3] == "LAB"


def test_files_apply_in_order_over_a_base(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.tsv", "name\tcountry\tsector\nBlue Desk\tPAK\tGOV\n")
    second = _write(tmp_path, "b.tsv", "name\tcountry\tsector\nBlue Desk\tIND\tMIL\n")
    base = Gazetteer.from_files([first])
    gaz = Gazetteer.from_files([second], base=base)
    assert _found(base, "Blue Desk")[0][2:] == ("PAK", "GOV")
    assert _found(gaz, "Blue Desk")[0][2:] == ("IND", "MIL")


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("", None, "no header line"),
        ("# only a comment\n", None, "no header line"),
        ("foo\tbar\n", 1, "unknown header"),
        ("iso3\tname\nAZ\tAzerbaijan\n", 2, "ISO3 code 'AZ' is malformed"),
        ("iso3\tname\tstatus\nAZE\tAzerbaijan\tfriendly\n", 2, "status 'friendly'"),
        ("iso3\tname\nAZE\tAzerbaijan\textra\n", 2, "3 tab-separated fields, the header has 2"),
        ("name\tcountry\tstart\nX\tAZE\t2003-13\n", 2, "start: invalid date '2003-13'"),
        ("name\tcountry\tstart\tend\nX\tAZE\t2010\t2003\n", 2, "end 2003 is before start 2010"),
        ("name\tcountry\tstart\n\tAZE\t2003\n", 2, "empty 'name'"),
        ("phrase\tsector\trole\nnavy\tMIL\tboat\n", 2, "role 'boat'"),
        ("phrase\tsector\trole\nthe pair\tGOV\tdyad\n", 2, "sector '-'"),
        ("code\tname\ttype\nOIC\tOIC\tclub\n", 2, "type 'club'"),
        ("name\tcountry\tsector\nX\tAZE\tgovernment\n", 2, "sector 'government' is malformed"),
        ("place\tcountry\nKarachi\tPakistan\n", 2, "country code 'Pakistan' is malformed"),
    ],
)
def test_malformed_user_files_name_file_and_line(
    tmp_path: Path, text: str, line: int | None, reason: str
) -> None:
    path = _write(tmp_path, "bad.tsv", text)
    with pytest.raises(DictionaryError) as info:
        Gazetteer.from_files([path])
    where = f"{path}:{line}" if line is not None else str(path)
    message = str(info.value)
    assert message.startswith(f"{where}: "), message
    assert reason in message
    assert "\n" not in message


def test_unreadable_files(tmp_path: Path) -> None:
    binary = tmp_path / "b.tsv"
    binary.write_bytes(b"\x00\x01\x02iso3")
    latin = tmp_path / "l.tsv"
    latin.write_bytes("iso3\tname\nTUR\tT\u00fcrkiye\n".encode("latin-1"))
    for path, reason in ((binary, "binary"), (latin, "not UTF-8"),
                         (tmp_path / "missing.tsv", "no such file")):
        with pytest.raises(DictionaryError, match=reason):
            Gazetteer.from_files([path])


def test_header_columns_may_come_in_any_order_and_optional_ones_may_be_left_out() -> None:
    table = read_table("x.tsv", "start\tcountry\tname\n2001\tPAK\tA B\n")
    assert table.kind == "people"
    assert table.rows == (PersonRow(name="A B", country="PAK", start="2001"),)


def test_a_table_named_like_a_petrarch_file_is_still_a_table(tmp_path: Path) -> None:
    path = _write(tmp_path, "my-actors.txt", "name\tcountry\tsector\nBlue Desk\tPAK\tGOV\n")
    assert _found(Gazetteer.from_files([path]), "Blue Desk") == [
        ("Blue Desk", "institution", "PAK", "GOV")]


def test_a_place_is_where_not_who(tmp_path: Path) -> None:
    """The package's places and a user's own: a location of their state, never an
    actor of their own ("Kharkiv", "in Karachi")."""
    gaz = Gazetteer.default()
    assert _found(gaz, "Missiles struck Kharkiv.") == [("Kharkiv", "location", "UKR", None)]
    assert _found(gaz, "They met in Karachi.") == [("Karachi", "location", "PAK", None)]
    path = _write(tmp_path, "my-places.tsv", "place\tcountry\taliases\nQabala\tAZE\tGabala\n")
    mine = Gazetteer.from_files([path])
    assert _found(mine, "Drones flew over Gabala.") == [("Gabala", "location", "AZE", None)]
    assert _found(gaz, "Drones flew over Gabala.") == []
