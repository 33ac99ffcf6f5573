"""Wording of real agreement news, a class at a time (each seen in several passages of the
real-text dev split): signings of distinct documents told one after another, and the
structures that tell who signed."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _agree_signed(text: str, date: str = "2024-03-14") -> list[Event]:
    return [e for e in events_in(text, date) if e.kind == "agreement_signed"]


def test_documents_also_signed_are_a_signing_of_their_own() -> None:
    """ "The presidents signed a declaration. Twelve documents were also signed between the
    two countries": an "also" between the documents and the passive verb adds a second
    signing, as "the two sides also signed" does; without it the two countries' documents
    told after the declaration are that signing told again."""
    added = _agree_signed(
        "Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a declaration on "
        "strategic partnership on Tuesday. Twelve documents were also signed between the "
        "governments of the two countries.")
    assert len(added) == 2
    assert {(e.actor1.code, e.actor2.code) for e in added} == {("KAZ", "UZB")}
    retold = _agree_signed(
        "Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a declaration on "
        "strategic partnership on Tuesday. The documents were signed between the "
        "governments of the two countries.")
    assert len(retold) == 1


def test_a_document_with_a_long_title_was_signed() -> None:
    """ "A memorandum of understanding between the governments of A and B on the joint
    development of ... was signed in Ashgabat": a document's full title (its topic, its
    parties, what it grants) runs long before the passive verb that tells its signing;
    the document still names the signing, and its parties are the sides."""
    (signed,) = _agree_signed(
        "An agreement between the governments of Kyrgyzstan and Tajikistan on the joint "
        "use of water and energy facilities in the Isfara river valley was signed in "
        "Bishkek on Monday.")
    assert {signed.actor1.code, signed.actor2.code} == {"KGZ", "TJK"}
    assert signed.date.start == "2024-03-11"
    assert not _agree_signed(
        "An agreement between the governments of Kyrgyzstan and Tajikistan on the joint "
        "use of water and energy facilities in the Isfara river valley was discussed in "
        "Bishkek on Monday.")


def test_a_long_titled_document_then_signed_after_a_comma() -> None:
    """ "the Declaration on Strengthening ... between A and B, signed in August last year":
    the participle after the comma tells when the titled document was signed, however long
    the title; a comma before another participle ("..., adopted last year") tells no
    signing."""
    signed = _agree_signed(
        "The council builds on the Declaration on Deepening Strategic Relations and Expanding "
        "Allied Cooperation between Kazakhstan and Azerbaijan, signed in August last year.")
    assert [(e.actor1.code, e.actor2.code, e.date.start) for e in signed] == [
        ("KAZ", "AZE", "2023-08")]
    assert not _agree_signed(
        "The council builds on the Declaration on Deepening Strategic Relations and Expanding "
        "Allied Cooperation between Kazakhstan and Azerbaijan, praised in August last year.")


def test_ties_raised_to_a_named_partnership_are_an_agreement() -> None:
    """ "X and Y elevated their ties to a comprehensive strategic partnership", "upgraded
    relations to an alliance": the two sides conclude a new status for their relations,
    an agreement (AGREE) whether or not a document is named; ties improved with no named
    level ("elevate relations to a higher level") is no agreement."""
    (raised,) = _agree_signed(
        "Vietnam and Indonesia on Monday elevated their relations to a comprehensive "
        "strategic partnership during talks in Jakarta.", "2024-03-14")
    assert {raised.actor1.code, raised.actor2.code} == {"VNM", "IDN"}
    assert raised.date.start == "2024-03-11"
    assert _agree_signed(
        "Kazakhstan and Azerbaijan upgraded bilateral ties into an alliance last year.")
    assert not _agree_signed(
        "Vietnam and Indonesia hope to elevate their relations to a higher level.")


def test_a_document_dated_by_of_a_month_was_concluded_then() -> None:
    """ "the Treaty of Friendship between A and B of July 3, 1997", "the trilateral statement
    of the leaders of A, B and C of November 9": a document named with "of <date>" was
    concluded on that date by the sides it names, though no verb tells the signing; a
    side's own statement of a date is not an agreement, nor a document with no date."""
    (treaty,) = _agree_signed(
        "Its provisions draw on the Treaty of Good Neighbourliness between Kazakhstan and "
        "Kyrgyzstan of April 8, 1999.")
    assert {treaty.actor1.code, treaty.actor2.code} == {"KAZ", "KGZ"}
    assert treaty.date.start == "1999-04-08"
    (joint,) = _agree_signed(
        "The swap of detainees followed the joint statement of the leaders of Armenia, "
        "Azerbaijan and Russia of November 9, 2020.")
    assert {a.code for a in joint.parties()} == {"ARM", "AZE", "RUS"}
    assert joint.date.start == "2020-11-09"
    assert not _agree_signed(
        "Niamey cited the statement of the French foreign ministry of August 29, 2023.")
    assert not _agree_signed(
        "Its provisions draw on the Treaty of Good Neighbourliness between Kazakhstan and "
        "Kyrgyzstan.")


def test_the_passive_of_every_concluding_verb_tells_a_signing() -> None:
    """ "the accord was sealed", "a deal was struck", "the pact was inked", "an MoU will be
    inked": each usual verb for concluding a document, in the passive, tells the signing as
    "was signed" does; a draft "finalised" is a text made ready, not concluded."""
    for verb in ("sealed", "struck", "clinched", "inked", "initialled"):
        (deal,) = _agree_signed(
            f"A new fisheries accord between Senegal and Mauritania was {verb} in Nouakchott "
            "on Monday.")
        assert {deal.actor1.code, deal.actor2.code} == {"SEN", "MRT"}, verb
        assert deal.date.start == "2024-03-11", verb
    (planned,) = _agree_signed(
        "A memorandum between Senegal and Mauritania on gas sharing will be inked next week.")
    assert planned.status == "planned"
    assert not _agree_signed(
        "A draft accord between Senegal and Mauritania was finalised by the experts on Monday.")


def test_a_declaration_beside_signed_agreements_is_a_second_act() -> None:
    """ "signed a protocol on the council and issued a joint statement", "signed 20
    agreements ... The signing of a joint declaration crowned the talks": a declaration
    (joint statement, communique) of the two sides is a statement of its own beside the
    agreements signed with it; the same agreement told again ("the deal") stays one."""
    two = _agree_signed(
        "Presidents Tokayev and Mirziyoyev signed a protocol on a joint investment council "
        "and issued a joint statement on Tuesday.")
    assert len(two) == 2
    assert {(e.actor1.code, e.actor2.code) for e in two} == {("KAZ", "UZB")}
    assert len(_agree_signed(
        "Turkey and Pakistan signed 20 cooperation agreements on Thursday. The signing of a "
        "joint declaration on strategic partnership crowned the talks.")) == 2
    assert len(_agree_signed(
        "Turkey and Pakistan signed a trade agreement on Thursday. The deal was signed "
        "after the talks.")) == 1
