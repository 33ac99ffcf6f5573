"""Wording of real bilateral news, a class at a time: one signing told with a list of
the documents signed, and what the words inside such a list do not tell."""

from __future__ import annotations

from coded_events import coded_in


def _listfold_signings(text: str, date: str = "2023-05-09") -> list[tuple[str, str, str | None]]:
    return [c for c in coded_in(text, date) if c[0] == "agreement_signed"]


def test_a_set_of_documents_with_its_members_listed_is_one_signing() -> None:
    """ "signed eleven documents, including an accord on X, an agreement on Y and a
    memorandum on Z": the plural head names one signing of a set, the list its members.
    A list of documents each signed in its own right ("signed a trade agreement, a visa
    agreement and a health memorandum") stays one signing each."""
    assert len(_listfold_signings(
        "Ghana and Senegal signed eleven documents including a joint declaration, an "
        "agreement on fisheries, an agreement on road transport and a memorandum on "
        "tourism.")) == 1
    assert len(_listfold_signings(
        "Peru and Bolivia signed several agreements, including an agreement on border "
        "trade and an agreement on water resources.")) == 1
    assert len(_listfold_signings(
        "Ghana and Senegal signed a fisheries agreement, a road transport agreement and "
        "a tourism agreement.")) == 3


def test_what_a_signed_document_is_about_is_no_act_of_its_own() -> None:
    """ "signed an agreement on mutual recognition of diplomas", "a memorandum on
    cooperation in the training of police officers": words of the document's topic
    (recognition, training, extradition) name what the paper covers, not an act done;
    the signing is the act. What a deal carries out (a ceasefire, a sale) and the visit
    a signing is told beside are still coded, and so is the same word outside a topic."""
    kinds = {c[0] for c in coded_in(
        "Uzbekistan and Kazakhstan signed an agreement on mutual recognition of university "
        "diplomas.", "2023-05-09")}
    assert kinds == {"agreement_signed"}
    kinds = {c[0] for c in coded_in(
        "Egypt and Sudan signed a memorandum on cooperation in the training of police "
        "officers.", "2023-05-09")}
    assert kinds == {"agreement_signed"}
    assert ("ceasefire", "ISR", "PSE") in coded_in(
        "Israel and Hamas reached an agreement on a ceasefire.", "2023-05-09")
    assert ("visit", "JPN", "IND") in coded_in(
        "India and Japan signed an agreement on trade during the visit of Kishida to India.",
        "2023-05-09")
    assert ("recognition", "UZB", "XKX") in coded_in(
        "Uzbekistan announced its recognition of Kosovo.", "2023-05-09")
