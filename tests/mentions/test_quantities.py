"""find_quantities against hand-checked golden sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadscope.mentions.numbers import currency_forms
from dyadscope.mentions.quantities import find_quantities

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "mentions" / "quantities.jsonl"


def _cases() -> list[dict[str, Any]]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:40])
def test_golden(case: dict[str, Any]) -> None:
    mentions = find_quantities(case["text"])
    got = [
        [m.quantity.text, m.quantity.value, m.quantity.unit, m.quantity.currency, m.quantity.item]
        for m in mentions
    ]
    assert got == case["expect"]
    for mention in mentions:
        assert case["text"][mention.start : mention.end] == mention.quantity.text


def test_value_is_exact_in_base_units() -> None:
    [mention] = find_quantities("worth $37.45 million")
    assert mention.quantity.value == 37450000.0
    assert mention.quantity.to_record()["value"] == 37450000


@pytest.mark.parametrize(("country", "code"), [(None, "PKR"), ("IND", "INR"), ("LKA", "LKR")])
def test_rupees_follow_the_country(country: str | None, code: str) -> None:
    [mention] = find_quantities("a grant of Rs 10 billion", country=country)
    assert mention.quantity.currency == code


def test_metres_are_not_millions() -> None:
    assert find_quantities("a 20m wall") == []


def test_qualifier_does_not_swallow_previous_mention() -> None:
    mentions = find_quantities("24 warships over 10 days and over 13 countries")
    assert [m.quantity.text for m in mentions] == ["24 warships", "over 13 countries"]


def test_identifier_length_digit_runs_are_not_amounts() -> None:
    assert find_quantities("order 1234567890123456789 ships") == []


def test_currency_table_is_well_formed() -> None:
    forms = currency_forms()
    assert forms["$"] == ("symbol", "USD") and forms["manat"] == ("name", "AZN")
    for form, (kind, code) in forms.items():
        assert kind in ("symbol", "code", "name"), form
        assert len(code) == 3 and code.isupper(), form
        if kind == "code":
            assert len(form) == 3 and form.isupper(), form  # "RMB" is a code-like alias
