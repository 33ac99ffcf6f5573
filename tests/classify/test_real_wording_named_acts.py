"""Wording of real news, a class at a time: acts named inside a reaction's or a request's
own object ("demanded the immediate release of", "welcomed the agreement signed by",
"condemned the attack by X on Y"): whether the act took place, and whose act it was."""

from __future__ import annotations

from coded_events import coded_in, events_in


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


def test_a_condemned_act_named_as_one_told_before_is_no_act_of_the_condemning_side() -> None:
    """ "condemns this baseless arrest", "denounced these unprovoked attacks", "condemned
    such illegal seizures": a demonstrative or a word of blame before the act a hostile
    reaction names keeps it the reaction's object, the act told before; it is not a fresh
    act of the side that condemns it."""
    for text, kind, doer, struck in (
        ("Iran arrested two French teachers on Wednesday. Paris condemned this arbitrary "
         "arrest on Thursday.", "coerce", "IRN", "FRA"),
        ("Armenia accused Azerbaijan of shelling its villages on Monday. Yerevan denounced "
         "these unprovoked attacks.", "armed_clash", "AZE", "ARM"),
        ("China seized a Philippine boat on Monday. Manila condemned such illegal seizures.",
         "coerce", "CHN", "PHL"),
    ):
        coded = coded_in(text, "2024-03-14")
        assert (kind, doer, struck) in coded, text
        assert (kind, struck, doer) not in coded, text
    # an act the reaction's phrase tells with its own sides is still coded
    assert ("armed_clash", "PAK", "IND") in coded_in(
        "India condemned the attack by Pakistani troops on its border posts on Monday.",
        "2024-03-14")


def test_an_act_a_protest_still_ahead_is_about_was_done() -> None:
    """ "will hand him a letter of protest over recent Turkish airstrikes", "plans to lodge
    a protest with X over the shelling of its villages last week": the protest is ahead,
    the act it is about was done, by the side protested to against the side protesting;
    one threatened or planned ("over any strikes", "over the planned strikes") was not."""
    for text in (
        "Iraq will summon Turkey's envoy and hand him a note of protest over recent Turkish "
        "drone strikes.",
        "Baghdad will lodge a protest with Ankara over the shelling of its villages last week.",
    ):
        acts = [e for e in events_in(text, "2024-03-14") if e.kind == "armed_clash"]
        assert [(e.actor1.code, e.actor2.code if e.actor2 else None, e.status)
                for e in acts] == [("TUR", "IRQ", "actual")], text
    for text in (
        "Iraq will lodge a protest over the planned Turkish strikes.",
        "Iraq will protest against any Turkish airstrikes on its territory.",
    ):
        assert not [e for e in events_in(text, "2024-03-14")
                    if e.kind == "armed_clash" and e.status == "actual"], text


def test_an_act_named_with_its_own_parties_is_theirs_not_the_reacting_sides() -> None:
    """ "welcomed the agreement signed by A and B", "hailed the agreement between A and B",
    "condemned the attack by X's forces on Y": the phrase names the act's own parties,
    neither of them the side that reacts; the act is theirs (the welcoming side had been
    made a party of the agreement, and the condemned attack was not coded at all)."""
    signed = [(a, b) for kind, a, b in coded_in(
        "Japan welcomed the agreement signed by Armenia and Azerbaijan.", "2024-03-14")
        if kind == "agreement_signed"]
    assert signed == [("ARM", "AZE")]
    hailed = [(a, b) for kind, a, b in coded_in(
        "France hailed the agreement between Armenia and Azerbaijan signed in Washington.",
        "2024-03-14") if kind == "agreement_signed"]
    assert hailed == [("ARM", "AZE")]
    struck = [(a, b) for kind, a, b in coded_in(
        "Egypt condemned the attack by Israeli forces on Gaza.", "2024-03-14")
        if kind == "armed_clash"]
    assert struck == [("ISR", "PSE")]
    # an attack condemned in advance is none
    assert "armed_clash" not in _kinds("Egypt condemned any attack by Israeli forces on Gaza.")
