"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): when a passage tells one event twice, and when two events of a kind that the
folding of later mentions (``discourse.tell_once``) would make one."""

from __future__ import annotations

from coded_events import coded_in, events_in


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


def _consultations(text: str) -> list[tuple[str, str, str | None]]:
    return [c for c in _coded(text) if c[0] in ("meeting", "negotiation")]


def test_a_consultation_told_as_the_time_of_another_is_a_second_one() -> None:
    """ "held talks with the emir on Wednesday after a meeting with the investment
    authority", "the talks took place after a one-on-one meeting of the two leaders": a new
    consultation ("a", "another") told as the time of the one the sentence is about
    happened before or after it, on the same day and between the same sides; it is a
    second consultation, not the first told again. Told as "the meeting", it is the one
    told before."""
    assert len(_consultations(
        "Bangladeshi Prime Minister Sheikh Hasina held talks with Nepalese Prime Minister "
        "Pushpa Kamal Dahal in Kathmandu on Tuesday after a meeting with Nepal's Foreign "
        "Minister Narayan Saud.")) == 2
    assert len(_consultations(
        "Bangladeshi Prime Minister Sheikh Hasina met Nepalese Prime Minister Pushpa Kamal "
        "Dahal in Kathmandu on Tuesday. After the meeting, Hasina and Dahal addressed the "
        "press.")) == 1


def test_a_deed_told_again_by_its_report_a_day_or_two_later_is_one() -> None:
    """ "France said on Thursday that two of its citizens have been arrested in Iran ...
    Iran had said on Wednesday it had arrested two Europeans", "Russia recalled its envoy on
    Thursday after Georgia detained five officers ... Georgian authorities detained the
    officers Wednesday": a deed by the same sides told near its first telling, with a day
    one to three days off that only the reporting or answering sentence gives, is that deed
    again, dated by its own day. Told as a fresh one ("again", "another"), or as words of
    blame said on two days, it is a second act."""
    events = [e for e in events_in(
        "Kazakhstan said on Thursday that three of its citizens have been arrested in "
        "Kyrgyzstan. Kyrgyz police had arrested the three men on Tuesday in Osh.",
        "2024-03-14") if e.kind == "coerce"]
    assert [(e.actor1.code, e.date.start) for e in events] == [("KGZ", "2024-03-12")]
    clashes = [e for e in events_in(
        "Armenian and Azerbaijani troops exchanged fire on Monday near Tavush. The two "
        "armies exchanged fire again on Wednesday.", "2024-03-14") if e.kind == "armed_clash"]
    assert len(clashes) == 2
    blame = [e for e in events_in(
        "China criticised Japan on Monday over the detention of a Chinese captain. Beijing "
        "lodged a protest with Tokyo on Tuesday over the detention.", "2024-03-14")
        if e.kind == "criticism_hostility"]
    assert len(blame) == 2
