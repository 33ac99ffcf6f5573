"""The API's strict input: what it accepts for a country, a kind, a period, a path."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope import api
from dyadscope.api import checks
from dyadscope.errors import UsageError


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("AZE", "AZE"),
        ("aze", "AZE"),
        ("Azerbaijan", "AZE"),
        ("Baku", "AZE"),  # a capital stands for its state, as analysts write
        ("Pakistani", "PAK"),  # a demonym too
        ("Russian Federation", "RUS"),  # a data set's spelling
        ("NATO", "NATO"),
        ("European Union", "EU"),
    ],
)
def test_countries_and_organisations_by_code_or_name(value: str, code: str) -> None:
    assert api.actor_code(value) == code


def test_a_code_only_the_store_or_dictionaries_know_is_accepted_when_given() -> None:
    with pytest.raises(UsageError):
        api.actor_code("GON")
    assert api.actor_code("gon", known={"GON"}) == "GON"


def test_an_unknown_country_names_the_field_and_the_nearest_code() -> None:
    with pytest.raises(UsageError) as info:
        api.pair_codes(["AZE", "Pakistn"])
    assert info.value.field == "pair"
    assert "did you mean PAK (Pakistan)?" in info.value.message


def test_a_pair_is_two_different_countries() -> None:
    assert api.pair_codes(["Azerbaijan", "pakistan"]) == ("AZE", "PAK")
    with pytest.raises(UsageError, match="two different countries"):
        api.pair_codes(["AZE", "Baku"])
    with pytest.raises(UsageError, match="give two countries"):
        api.pair_codes(["AZE"])


def test_kinds_and_domains_come_from_the_record_spec() -> None:
    assert checks.kinds(["Visit", "agreement_signed"]) == ("visit", "agreement_signed")
    with pytest.raises(UsageError) as info:
        checks.domains(["militray"])
    assert info.value.field == "domains" and "did you mean military?" in info.value.message


def test_a_period_is_checked_whole() -> None:
    assert checks.period("2014-5", "2014") == ("2014-05", "2014")
    assert checks.period("2014-12-31", "2014") == ("2014-12-31", "2014")  # until covers 2014
    with pytest.raises(UsageError) as info:
        checks.period("2015", "2014-06")
    assert info.value.field == "since" and "reversed" in info.value.message
    with pytest.raises(UsageError) as until:
        checks.period(None, "last year")
    assert until.value.field == "until"


def test_paths_must_exist_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file or folder"):
        checks.existing_paths([tmp_path, tmp_path / "gone"])
    with pytest.raises(UsageError, match="give at least one"):
        checks.existing_paths([])
    with pytest.raises(UsageError, match="is a folder"):
        checks.existing_file(tmp_path, "gold")


def test_extract_refuses_a_bad_date_by_its_parameter_name() -> None:
    with pytest.raises(UsageError) as info:
        api.extract("Pakistan invited Azerbaijan to join the corridor.", date="03/11/2017")
    assert info.value.field == "date"


def test_extract_takes_the_documents_pair_by_name() -> None:
    text = "The two countries signed a defence agreement in May 2003."
    (event,) = api.extract(text, pair=("Azerbaijan", "Pakistan"))
    assert {event.actor1.code, event.actor2.code} == {"AZE", "PAK"}
