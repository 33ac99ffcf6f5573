"""Statements that tell no act (a class at a time): a noun act brought in by "a", "an"
or "any" as the subject of a modal predicate of what it would bring is supposed, not
told."""

from __future__ import annotations

from coded_events import coded_in


def _r6generic_kinds(text: str) -> list[str]:
    return [kind for kind, *_ in coded_in(text, "2024-03-14")]


def test_an_indefinite_act_with_a_modal_consequence_is_supposed() -> None:
    """ "An Indian strike on Pakistan could spark a wider war", "a Turkish incursion into
    Syria would wreck the talks": an act held up to say what it would bring has not been
    done, whoever would do it; "the arrest of the diplomat could strain ties" tells an
    arrest made, and an object ("launched an attack that could ...") is told as done."""
    assert "armed_clash" not in _r6generic_kinds(
        "An Indian strike on Pakistan could spark a wider war in South Asia.")
    assert "armed_clash" not in _r6generic_kinds(
        "Diplomats fear that a Turkish assault on Syria would wreck the talks.")
    assert "meeting" not in _r6generic_kinds(
        "A summit between Tokyo and Seoul might ease the trade dispute.")
    # near misses: a definite act, an object, an act's own schedule
    assert "coerce" in _r6generic_kinds(
        "The detention of the Indian diplomat by the United States could strain ties.")
    assert "armed_clash" in _r6generic_kinds(
        "Russia launched an attack on Kharkiv that could escalate the war with Ukraine.")
    assert "concede" in _r6generic_kinds(
        "Japan's prime minister said a written apology to South Korea would be sent on Monday.")
