"""Wording of real news, a class at a time: a refusal that names the ask it answers (a
request, demand, plea, appeal, call or invitation) as the other side's tells that ask
too, made by that side to the refusing side (seen in several passages of the real-text
dev split, where the annotators code the ask beside the rejection)."""

from __future__ import annotations

from coded_events import coded_in


def _s18a_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_a_refused_ask_named_as_the_other_sides_is_that_sides_ask() -> None:
    """ "rejected a request by Fiji's prime minister", "turned down Beijing's invitation":
    the side whose ask is refused made it (REQUEST, maker -> refuser), beside the
    rejection; the maker named before the ask (possessive, adjective) or after it
    ("from", "by")."""
    coded = _s18a_coded("Norway rejected Sweden's request for a joint patrol on Monday.")
    assert ("reject", "NOR", "SWE") in coded
    assert ("request", "SWE", "NOR") in coded
    coded = _s18a_coded("Chile rebuffed a demand from Bolivia to reopen the border talks.")
    assert ("request", "BOL", "CHL") in coded
    coded = _s18a_coded("Ghana declined Togo's invitation to the regional summit.")
    assert ("invitation", "TGO", "GHA") in coded


def test_a_refused_ask_no_side_owns_tells_no_ask() -> None:
    """ "rejected the request" names no maker: no ask is coded from it, and the refusal
    of an act that is no ask ("rejected Sweden's proposal") tells no request."""
    coded = _s18a_coded("Norway rejected the request on Monday, officials said.")
    assert not any(kind == "request" for kind, _, _ in coded)
    coded = _s18a_coded("Norway rejected Sweden's proposal for a joint patrol.")
    assert not any(kind == "request" for kind, _, _ in coded)
