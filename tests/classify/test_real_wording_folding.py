"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): when a passage tells one event twice, and when two events of a kind that the
folding of later mentions (``discourse.tell_once``) would make one."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_commitment_told_after_a_signing_is_a_pledge_of_its_own() -> None:
    """ "signed the border treaty; Uzbekistan agreed to open two crossings", "signed a
    memorandum ... Both sides agreed to launch talks on a trade deal": what a side agrees to
    do, told after the agreement's signing, is a commitment the gold counts apart from the
    signing. A pledge told first and signed after stays one act: the pledge becomes the
    agreement."""
    coded = _coded(
        "Kyrgyzstan and Uzbekistan signed a border treaty in Tashkent on Monday. "
        "At the ceremony, both sides agreed to open two new crossings on their border.")
    assert ("agreement_signed", "KGZ", "UZB") in coded
    assert ("pledge", "KGZ", "UZB") in coded
    coded = _coded(
        "In 1998 the two countries signed the Osh accord; Uzbekistan agreed to supply gas "
        "to Kyrgyzstan every winter.")
    assert ("agreement_signed", "KGZ", "UZB") in coded
    assert ("pledge", "UZB", "KGZ") in coded
    coded = _coded(
        "Kyrgyzstan and Uzbekistan agreed to build a railway on Monday. "
        "The two countries signed an agreement on the railway.")
    assert [k for k, *_ in coded if k in ("pledge", "agreement_signed")] == ["agreement_signed"]
