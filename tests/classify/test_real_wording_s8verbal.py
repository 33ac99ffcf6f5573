"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): verbal cooperation and its refusal, i.e. requests, statements of support, and
rejections or denials of the other side's demands and charges."""

from __future__ import annotations

from coded_events import coded_in


def _verbal_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_insisting_on_ones_own_account_rejects_the_charge() -> None:
    """ "Baghdad accused Ankara ..., but Turkish officials insisted the strikes were
    justified", "Syria insists it is doing everything ...": a side maintaining its own
    account against the other's charge rejects it (REJECT); what another side did, told
    as insisted ("insisted that Russia had violated the truce"), is no rejection, and
    "insisted that Beijing release him" stays a demand."""
    assert ("reject", "CHN", "VNM") in _verbal_coded(
        "Hanoi accused Beijing of ramming its fishing boats, but Chinese officials insisted "
        "that their coast guard had acted lawfully.")
    assert ("reject", "ARM", "AZE") in _verbal_coded(
        "Baku accused Yerevan of shelling its villages on Monday. Armenia insisted its troops "
        "were holding their fire.")
    assert not [k for k, *_ in _verbal_coded("Kyiv insisted that Russia had violated the truce.")
                if k == "reject"]
    assert ("request", "JPN", "CHN") in _verbal_coded(
        "Tokyo insisted that Beijing release the detained businessman.")


def test_a_denial_of_the_act_charged_or_a_charge_called_false_is_a_rejection() -> None:
    """ "The UAE has denied supplying weapons", "Asmara called the accusations 'false and
    fabricated'": denying the act one is charged with, told by its -ing form, or calling
    the charge false rejects the accuser (REJECT); the act denied is only alleged, so no
    transfer or attack is coded from it."""
    coded = _verbal_coded("Kinshasa accused Kigali of backing the rebels. Rwanda has denied "
                          "arming the M23 fighters.")
    assert ("reject", "RWA", "COD") in coded
    assert not [k for k, *_ in coded if k == "arms_transfer"]
    assert ("reject", "PAK", "AFG") in _verbal_coded(
        "Islamabad has denied ever sending militants into Afghanistan, Kabul said.")
    assert ("reject", "IRN", "AZE") in _verbal_coded(
        "Baku accused Tehran of meddling. Iran described the accusations as baseless.")
    assert ("reject", "IRN", "AZE") in _verbal_coded(
        'Tehran called the reports "completely fabricated" after Baku accused it of spying.')
    assert ("arms_transfer", "RUS", "SYR") in _verbal_coded("Moscow sent weapons to Syria.")
