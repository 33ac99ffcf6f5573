"""Wording of real cooperative news, a class at a time (each seen in several passages of
the real-text dev split or a family of everyday news words): agreements, pledges, aid,
arms transfers and statements of support."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None, str]]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None, e.status)
            for e in _events(text, date)]


def test_a_sentiment_offered_is_expressed_not_promised() -> None:
    """ "offered condolences", "offered his congratulations": offering a sentiment is
    saying it, an act done, unlike "offered to mediate", which is a promise."""
    assert ("support_statement", "TUR", "GRC", "actual") in _coded(
        "The Turkish foreign minister offered his deep condolences to Greece after the "
        "train crash.")
    assert ("support_statement", "JPN", "KOR", "actual") in _coded(
        "Japan's prime minister offered congratulations to South Korea on its election.")
    assert ("support_statement", "JPN", "KOR", "actual") not in _coded(
        "Japan's prime minister offered to host South Korea's president next month.")


def test_documents_signed_are_agreements() -> None:
    """ "nine documents were signed", "the signing of a package of bilateral documents":
    news counts the papers two governments sign as documents as often as agreements;
    documents merely discussed or drafted are none."""
    assert ("agreement_signed", "KAZ", "UZB", "actual") in _coded(
        "Kazakhstan and Uzbekistan signed twelve documents on transport and energy.")
    assert any(k == "agreement_signed" for k, *_ in _coded(
        "The programme of the visit of the Kazakh president to Uzbekistan includes the "
        "signing of a package of bilateral documents."))
    assert any(k == "agreement_signed" for k, *_ in _coded(
        "Kazakhstan and Uzbekistan held talks in Tashkent. Seven documents were signed "
        "during the visit."))
    assert not any(k == "agreement_signed" for k, *_ in _coded(
        "Kazakhstan and Uzbekistan discussed documents on transport and energy."))


def test_an_exchange_of_notes_or_a_letter_of_intent_is_an_agreement() -> None:
    """ "signed the Exchange of Notes", "an exchange of notes was held", "exchanged notes
    on", "signed a letter of intent": the usual diplomatic forms of a binding or
    preparatory agreement besides treaties and memoranda; a letter merely sent is none."""
    assert ("agreement_signed", "JPN", "LKA", "actual") in _coded(
        "Japan and Sri Lanka signed an exchange of notes on a grant for flood protection.")
    assert any(k == "agreement_signed" for k, *_ in _coded(
        "An exchange of notes was held between Japan and Laos on the loan.", "2024-03-14"))
    assert ("agreement_signed", "GEO", "ARM", "actual") in _coded(
        "Georgia and Armenia signed a letter of intent on a new railway.")
    assert not any(k == "agreement_signed" for k, *_ in _coded(
        "Georgia sent a letter to Armenia about the railway."))


def test_a_long_agreement_title_still_names_what_was_signed() -> None:
    """ "signed a USD 500 million Line of Credit Agreement", "will sign a financial grant
    and a technical cooperation agreement": an agreement's title or amount may put six to
    eight words between the verb and its noun."""
    assert ("agreement_signed", "IND", "NPL", "actual") in _coded(
        "India and Nepal today signed a USD 250 million Line of Credit Agreement.")
    assert any(k == "agreement_signed" for k, *_ in _coded(
        "Germany and Ghana will sign a financial grant and a technical cooperation "
        "agreement on Friday."))
    assert not any(k == "agreement_signed" for k, *_ in _coded(
        "India and Nepal signed up to a regional power market."))


def test_a_supplier_of_arms_is_an_arms_transfer() -> None:
    """ "Israel is the main supplier of arms to Azerbaijan", "a key defence supplier to
    Greece": news names the standing arms trade by its supplier noun; the supplier acts
    on the state it supplies. A supplier of other goods is no arms transfer."""
    assert ("arms_transfer", "FRA", "IND", "actual") in _coded(
        "France has become the second largest supplier of weapons to India.")
    assert ("arms_transfer", "TUR", "QAT", "actual") in _coded(
        "Turkey is now a major defence supplier to Qatar.")
    assert not any(k == "arms_transfer" for k, *_ in _coded(
        "China is the largest supplier of solar panels to Pakistan."))


def test_backing_a_claim_or_plan_is_support() -> None:
    """ "by backing its sovereignty over the region", "backed the territorial integrity of",
    "its endorsement for the bid": backing and endorsing state support for what the other
    side claims or proposes (an endorsement "of" X may be X's own, so only "for")."""
    assert ("support_statement", "ESP", "UKR") in [c[:3] for c in _coded(
        "Spain has firmly backed the territorial integrity of Ukraine.")]
    assert ("support_statement", "USA", "MAR") in [c[:3] for c in _coded(
        "Trump met a long-held demand of Morocco by backing its sovereignty over the region.")]
    assert ("support_statement", "FRA", "IND") in [c[:3] for c in _coded(
        "France renewed its endorsement for India's bid for a permanent seat.")]
    assert not any(k == "support_statement" for k, *_ in _coded(
        "Morocco drew back from the border with Algeria."))


def test_a_plan_or_offer_that_an_act_is_about_makes_it_no_intent() -> None:
    """ "backed Morocco's autonomy plan", "welcomed the offer": an intent noun inside
    what the act takes as its object is its topic; the backing or welcome was done. An
    intent word before the act ("plans to buy") still makes it an intent."""
    assert ("support_statement", "USA", "MAR", "actual") in _coded(
        "The United States backed Morocco's autonomy plan for the territory.")
    assert ("arms_interest", "AZE", "PAK", "intent") in _coded(
        "Azerbaijan plans to buy JF-17 jets from Pakistan.")


def test_a_commitment_reaffirmed_is_a_pledge() -> None:
    """ "reaffirmed its commitment to train Saudi troops", "reaffirming their commitment
    to the treaty": a renewed commitment promises to act (AGREE); reaffirmed support or
    solidarity stays a statement of support."""
    assert ("pledge", "PAK", "SAU", "actual") in _coded(
        "Pakistan on Monday reaffirmed its commitment to help Saudi Arabia train its navy.")
    assert ("support_statement", "TUR", "AZE", "actual") in _coded(
        "Turkey reaffirmed its full support for Azerbaijan on Monday.")
