"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): when an act took place, where its own clause gives no date."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s8dates_dated(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    """The start dates of the events of ``kind`` coded from ``text``."""
    found: list[Event] = [e for e in events_in(text, date) if e.kind == kind]
    return [e.date.start for e in found]


def test_an_undated_act_told_before_an_after_clause_takes_that_clause_date() -> None:
    """ "X closed the border after bombers struck a mosque in July 2010", "the army
    struck the south after a rocket exploded on Tuesday": an act told in the past with
    no date of its own answered what the "after" clause dates, and took place then,
    not on the day of the story that tells it as background. An act told as it stands
    now ("has reopened the border after it was closed in 2016") keeps the story's day,
    and a count before "after" ("three months after ... in 2020") names another time."""
    assert _s8dates_dated(
        "Kenya shut its border with Somalia after gunmen attacked a bus near Mandera in "
        "June 2019.", "sanction") == ["2019-06"]
    assert _s8dates_dated(
        "The Indian army shelled Pakistani posts after a mortar round landed near an Indian "
        "camp on Tuesday.", "armed_clash", "2024-03-14") == ["2024-03-12"]
    assert _s8dates_dated(
        "Qatar and Bahrain severed ties after a dispute over fishing rights in 2017.",
        "sanction") == ["2017"]
    assert _s8dates_dated(
        "Uzbekistan has reopened its border with Tajikistan after it was closed in 2016.",
        "concede") == ["2024-03-14"]
    assert "2020" not in _s8dates_dated(
        "Chad expelled the Sudanese ambassador three months after the two armies clashed "
        "in 2020.", "sanction")


def test_an_act_told_a_count_of_months_or_years_after_is_dated_back_by_it() -> None:
    """ "have signed an agreement to restore ties seven years after they broke off ties",
    "released them on Thursday, a month after they were arrested": the act told after
    "<count> months/years after" took place that long before the main clause's, at the
    precision the count has (a year, a month). A record's span ("the deadliest fighting
    in more than a decade after ...") counts nothing back, and the counted date dates no
    sentence after it."""
    assert _s8dates_dated(
        "Egypt and Qatar have signed a deal to restore diplomatic ties four years after they "
        "broke off diplomatic ties.", "sanction", "2021-03-14") == ["2017"]
    assert _s8dates_dated(
        "Ghana freed two Togolese fishermen on Monday, two months after Ghanaian police "
        "detained them.", "coerce", "2024-03-14") == ["2024-01"]
    dated = _s8dates_dated(
        "Eritrea and Ethiopia agreed to a truce on Monday, ending their deadliest fighting in "
        "more than a decade after three days of clashes. Eritrean and Ethiopian envoys held "
        "talks in Nairobi.", "negotiation", "2024-03-14")
    assert dated == ["2024-03-11"]


def test_a_participle_told_a_count_after_its_main_verb_is_dated_back_by_it() -> None:
    """ "closed the border on Thursday, two weeks after accusing its neighbour of ...": an
    act told by an -ing verb after "<count> <unit> after" happened that long before the
    main verb's day, not on it; with no count ("..., accusing its neighbour of ...") the
    two share the day."""
    assert _s8dates_dated(
        "Gabon closed its border with Cameroon on Thursday, ten days after accusing its "
        "neighbour of harbouring smugglers.", "criticism_hostility", "2024-03-14") == [
        "2024-03-04"]
    assert _s8dates_dated(
        "Gabon closed its border with Cameroon on Thursday, accusing its neighbour of "
        "harbouring smugglers.", "criticism_hostility", "2024-03-14") == ["2024-03-14"]


def test_the_and_between_two_sides_coordinates_no_verbs() -> None:
    """ "discussed during a meeting between Ruto and the visiting President of Ghana, at
    State House, on Friday": the "and" of "between X and Y" joins the two sides, so the
    participle "visiting" after it is no verb coordinated with the meeting, and the
    meeting keeps the sentence's day."""
    assert _s8dates_dated(
        "Trade was discussed during a meeting between President William Ruto and the "
        "visiting President of Ghana, Nana Akufo-Addo, at State House, on Friday.",
        "meeting", "2024-03-16") == ["2024-03-15"]


def test_a_news_story_day_holds_across_any_number_of_undated_sentences() -> None:
    """A news story is one episode: "Fighting broke out on Tuesday. [several sentences of
    charges, none dated] In such a situation, the Russian minister held talks with ...":
    the last day the story told dates an undated act however many sentences back it was
    told, not only within the last three; the publication day stays for a story that
    told no day at all."""
    story = (
        "Heavy fighting between Armenian and Azerbaijani troops broke out on the border on "
        "Tuesday. Yerevan said Azerbaijani forces had launched an offensive. Baku laid the "
        "blame on Yerevan. Each side said the other fired first. Officials gave no figures "
        "for the wounded. Russian Defence Minister Sergei Shoigu held talks with his "
        "Armenian counterpart.")
    assert _s8dates_dated(story, "negotiation", "2024-03-14") == ["2024-03-12"]
    undated = (
        "Yerevan said Azerbaijani forces had launched an offensive. Baku laid the blame on "
        "Yerevan. Russian Defence Minister Sergei Shoigu held talks with his Armenian "
        "counterpart.")
    assert _s8dates_dated(undated, "negotiation", "2024-03-14") == ["2024-03-14"]


def test_a_news_story_statement_day_holds_for_later_undated_statements() -> None:
    """ "Kenya on Wednesday summoned the envoy and lodged a protest. [sentences on the
    shooting, one dated Monday] Kenya also asked Uganda to investigate": a statement told
    undated goes with the story's last dated statement, however many sentences back,
    not with the day of the incident told in between."""
    story = (
        "Kenya on Wednesday summoned the Ugandan envoy and lodged a strong protest over the "
        "shooting of a Kenyan farmer. The envoy was told of Nairobi's anger. The farmer was "
        "shot near Busia on Monday, police said. Officials gave no further figures. Kenya "
        "also asked Uganda to investigate the shooting.")
    assert _s8dates_dated(story, "request", "2024-03-14") == ["2024-03-13"]


def test_an_after_clause_naming_the_act_by_its_day_dates_the_act_after_it() -> None:
    """ "signed a joint statement ... following an April 10 meeting": the day that names
    the act followed is that act's, and the undated act told before it took place then;
    a year naming a thing ("after the 2020 war") may lie far back and dates nothing."""
    assert _s8dates_dated(
        "Kenya and Ethiopia signed a joint statement on border trade following a March 11 "
        "meeting in Addis Ababa.", "agreement_signed", "2024-03-14") == ["2024-03-11"]
    assert _s8dates_dated(
        "Kenya and Ethiopia signed a joint statement on border trade after the 2020 floods.",
        "agreement_signed", "2024-03-14") == ["2024-03-14"]
