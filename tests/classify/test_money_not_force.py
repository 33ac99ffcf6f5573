"""A sum in pounds is money, not shelling: "pounds" after a number word or before
"sterling" is the currency, while "pounded" and "pounds Gaza" stay force."""

from __future__ import annotations

from coded_events import coded_in


def test_pounds_as_a_sum_codes_no_attack() -> None:
    """ "pledged 10 million pounds to Somalia" is a pledge of money; read as the verb
    "pound" it made Britain shell Somalia."""
    for text in (
        "Britain pledged 10 million pounds to Somalia.",
        "London sent Kenya thousands of pounds in flood relief.",
        "The UK gave Jordan 5 million pounds sterling last year.",
    ):
        assert not [c for c in coded_in(text, "2024-03-14") if c[0] == "armed_clash"], text


def test_pounding_is_still_force() -> None:
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Russian artillery pounded Ukrainian positions on Monday.", "2024-03-14")
    assert ("armed_clash", "ISR", "PSE") in coded_in(
        "Israel pounds Gaza with air strikes.", "2024-03-14")
