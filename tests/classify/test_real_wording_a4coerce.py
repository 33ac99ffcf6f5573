"""Wording audit of the coercive and yielding acts (sanction, coerce, retreat, concede,
request), written from everyday news English rather than from single gold sentences: each
test is one class of wording that the coder missed before the change it guards."""

from __future__ import annotations

from coded_events import coded_in


def _a4coerce_kinds(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(a1, a2) for k, a1, a2 in coded_in(text, "2024-03-14") if k == kind]


def test_troops_pulled_from_ground_without_out_or_back() -> None:
    """ "France pulls troops from Mali", "pulled some of its forces from the border": troops
    pulled FROM a place are withdrawn from it (RETREAT), as 'withdrew troops from' is; the
    headline present and the past alike. Troops pulled from an exercise (no side's ground)
    or a bare 'pulled' with no troops are no retreat."""
    assert ("FRA", "MLI") in _a4coerce_kinds("Paris pulls troops from Mali", "retreat")
    assert ("TUR", "SYR") in _a4coerce_kinds(
        "Ankara pulled some of its armoured units from the Syrian border on Tuesday.", "retreat")
    assert ("USA", "IRQ") in _a4coerce_kinds(
        "Washington has pulled several hundred soldiers from Iraq, the Pentagon said.",
        "retreat")
    assert not _a4coerce_kinds("Russia pulled troops from the joint drills.", "retreat")
    assert not _a4coerce_kinds("Germany pulled its bid from the tender.", "retreat")


def test_something_requested_from_a_named_side() -> None:
    """ "requested more air defence systems from Germany", "requested an explanation from
    Oslo": whatever is requested FROM a named side is a request to it (REQUEST, the asker
    first), not only help or aid. The noun "a request from X" stays X's own request."""
    assert ("UKR", "DEU") in _a4coerce_kinds(
        "Kyiv requested additional Patriot batteries from Berlin on Tuesday.", "request")
    assert ("NOR", "RUS") in _a4coerce_kinds(
        "The Norwegian foreign ministry requested a formal explanation from Moscow.",
        "request")
    assert ("DEU", "POL") in _a4coerce_kinds(
        "A request from Germany was turned down by Poland.", "request")
    assert ("POL", "DEU") not in _a4coerce_kinds(
        "A request from Germany was turned down by Poland.", "request")


def test_own_staff_ordered_out_of_its_embassy_is_an_evacuation() -> None:
    """ "ordered non-emergency staff to leave its embassy in Baghdad": a state sending ITS
    OWN people out of its embassy evacuates it (RETREAT from the host), where ordering the
    other's diplomats out of the country stays an expulsion (SANCTION)."""
    assert ("USA", "IRQ") in _a4coerce_kinds(
        "The State Department has ordered non-emergency employees to leave its embassy in "
        "Baghdad.", "retreat")
    assert ("GBR", "UKR") in _a4coerce_kinds(
        "London instructed the families of its diplomats to depart its embassy in Kyiv.",
        "retreat")
    assert ("RUS", "USA") in _a4coerce_kinds(
        "Moscow ordered twelve American diplomats to leave the country.", "sanction")
    assert not _a4coerce_kinds(
        "Moscow ordered twelve American diplomats to leave the country.", "retreat")
