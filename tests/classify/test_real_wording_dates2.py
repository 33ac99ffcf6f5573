"""Which day a sentence's own time words give an act, a class at a time (each seen in
several passages of the real-text dev split): a date that belongs to something else the
sentence tells (the object of the act, what the act answers, the report of it) is not
the act's day."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _date(text: str, kind: str, date: str = "2025-12-04") -> str | None:
    """The start of the first event of ``kind`` coded from ``text`` published on ``date``
    (a Thursday)."""
    events: list[Event] = events_in(text, date)
    return next(e.date.start for e in events if e.kind == kind)


def test_a_relative_clause_after_a_verbs_object_dates_the_object() -> None:
    """ "rolled over the deposit, which was set to mature on Monday", "violated the truce,
    which came into effect on Wednesday": after a verb, ", which was ..." tells of the
    verb's object, not of the act; after the act's own noun ("his visit to Baku, which
    was in August 2022") or the occasion it took place at ("agreed during the talks,
    which were held on ...") it dates the act."""
    assert _date("Qatar has rolled over its loan to Egypt, which was due to mature on "
                 "Monday.", "aid_project") == "2025-12-04"
    assert _date("Israeli troops violated the truce with Lebanon, which came into force on "
                 "Tuesday, December 2.", "armed_clash") == "2025-12-04"
    assert _date("Erdogan's last visit to Baku, which was in August 2022, was a "
                 "success.", "visit") == "2022-08"
    assert _date("Pakistan and Tajikistan agreed to expand trade during the consultations "
                 "between the two countries, which were held in Dushanbe on Monday.",
                 "pledge") == "2025-12-01"


def test_a_date_inside_what_a_reaction_answers_is_the_answered_acts() -> None:
    """ "expressed regret for the deaths of border guards on Thursday", "sanctions against
    Turkey over the downing of its jet on November 24", "condoled over the loss of lives in
    the crash this week": a date after "over" / "for" with no comma before it dates what
    the regret, condolence, criticism or sanction answers, which came before it. Not the
    supported thing right after "support for", nor the purpose of "for consultations"."""
    assert _date("Seoul expressed regret for the deaths of two Japanese fishermen in a "
                 "collision near the islands on Monday.", "concede") == "2025-12-04"
    assert _date("Ankara announced sanctions against Syria over the downing of a Turkish "
                 "drone near the border on November 20.", "sanction") == "2025-12-04"
    assert _date("Erdogan telephoned Aliyev on Wednesday and condoled with him over the "
                 "deaths of Azerbaijani soldiers in the blast this week.",
                 "support_statement") == "2025-12-03"
    assert _date("Chile declared support for Vietnam's entry into the organisation in 2001.",
                 "support_statement") == "2001"
    assert _date("Turkey recalled its ambassador to Israel for consultations on Monday.",
                 "sanction") == "2025-12-01"


def test_a_that_clause_after_another_noun_dates_that_noun() -> None:
    """ "decried the strikes that took place late Wednesday, calling them ...", "the latest
    in breaches of a ceasefire that took hold in November": "that took place / took hold /
    came ..." after a noun other than the trigger tells when that thing happened, not the
    act. After the act's own noun, with only names between ("a visit to Azerbaijan of
    Deputy Prime Minister Rogozin that took place on November 15"), it dates the act."""
    assert _date("The Iraqi foreign ministry condemned the raids that took place early "
                 "Sunday near Erbil, calling them a violation by Turkey of Iraqi sovereignty.",
                 "criticism_hostility") == "2025-12-04"
    assert _date("Azerbaijani troops shelled Armenian positions, the latest in a string of "
                 "breaches of a truce between Baku and Yerevan that took effect in October.",
                 "armed_clash") == "2025-12-04"
    assert _date("It was a visit to Azerbaijan by Russian Deputy Prime Minister Dmitry "
                 "Rogozin that took place on November 15.", "visit") == "2025-11-15"


def test_of_and_a_date_after_a_noun_names_that_thing() -> None:
    """ "would ensure the implementation of the disengagement understanding of June 6":
    "of <date>" after a common noun names the thing by its day, as "the Aug. 13
    agreement" does; it is not the day of the act that mentions it. "the night of
    November 29" or "the end of 2022" times what is told."""
    assert _date("Armenia and Azerbaijan agreed to implement the ceasefire understanding "
                 "of October 12.", "ceasefire") == "2025-12-04"
    assert _date("Pakistan and India agreed to abide by the disengagement accord of "
                 "October 12.", "agreement_signed") == "2025-12-04"
    assert _date("Indian troops violated the truce with Pakistan on the night of "
                 "November 29.", "armed_clash") == "2025-11-29"


def test_an_act_told_after_following_takes_its_own_date() -> None:
    """ "The junction opened on Thursday following a visit by the minister to Kabul on
    Tuesday", "The strikes earlier today follow Iran launching strikes on Tuesday night":
    an act inside a phrase opened by "following" / "follow(s)" after the main clause's
    date came before it; a date told in its own phrase is nearer to it than the main
    clause's. Set apart by a comma ("On Wednesday, following talks in Ankara, ...") the
    first date still dates both."""
    assert _date("The border crossing reopened on Thursday following a secret visit by "
                 "Pakistan's army chief to Kabul on Monday.", "visit",
                 "2025-12-05") == "2025-12-01"
    assert _date("The raids this morning follow Afghanistan launching strikes into "
                 "Pakistan on Tuesday night.", "armed_clash", "2025-12-05") == "2025-12-02"
    assert _date("On Wednesday, following talks in Ankara, Turkey and Iraq signed a water "
                 "agreement.", "negotiation", "2025-12-05") == "2025-12-03"
