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
