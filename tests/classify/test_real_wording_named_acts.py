"""Wording of real news, a class at a time: acts named inside a reaction's or a request's
own object ("demanded the immediate release of", "welcomed the agreement signed by",
"condemned the attack by X on Y"): whether the act took place, and whose act it was."""

from __future__ import annotations

from coded_events import coded_in


def _kinds(text: str) -> list[str]:
    return [kind for kind, *_ in coded_in(text, "2024-03-14")]


def test_an_act_asked_for_at_once_is_asked_for_not_done() -> None:
    """ "demanded the immediate release of", "called for the early return of", "urged the
    swift withdrawal of": words of urgency before the act a request names keep it the
    request's object, an act asked for; nothing was released, returned or withdrawn."""
    for text in (
        "Moscow demanded the immediate release of Russian reporters held in Baku.",
        "Tokyo called for the early release of Japanese sailors detained by Russia.",
        "Hanoi urged the swift withdrawal of Chinese troops from the border.",
    ):
        kinds = _kinds(text)
        assert "request" in kinds, text
        assert "retreat" not in kinds, text
    # a release told as done is still one
    assert "retreat" in _kinds("Azerbaijan released five Armenian soldiers on Sunday.")
