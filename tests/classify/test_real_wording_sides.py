"""Wording of real news about who the parties of an event are, a class at a time (each
seen in several passages of the real-text dev split): which side travels, which acts and
which undergoes, when the sentence tells it by structure rather than by word order."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def test_no_one_visits_his_own_country() -> None:
    """ "the visit that the President of Chile will make to Lima", "is due to arrive in
    Kampala on a state visit", "during his visit to liberated Kherson, X signed ... with
    his counterpart": the place the trip went to belongs to the host, so a visit coded
    from the side whose place it is runs the other way. A "to" in another clause ("the
    visit comes after Y sent his envoy to Z") names no destination of the trip."""
    assert sides_of(_events(
        "The Peruvian government confirmed the official visit that the President of Chile, "
        "Gabriel Boric, will make to Lima on Monday."), "visit") == ("CHL", "PER")
    assert sides_of(_events(
        "The President of Kenya William Ruto is expected to arrive Kampala, Uganda on "
        "Monday for a two-day state visit."), "visit") == ("KEN", "UGA")
    visits = [e for e in _events(
        "President Buhari's visit to Pretoria comes weeks after Ramaphosa sent his envoy "
        "to Nigeria.") if e.kind == "visit"]
    assert visits and (visits[0].actor1.code, visits[0].actor2.code) == ("NGA", "ZAF")


def test_people_from_the_named_state_act_for_it() -> None:
    """ "Armed forces from the Philippines, the United States and Japan conducted a joint
    sail", "Experts from the United Arab Emirates and Egypt held talks": the article of a
    state's name does not hide that the people came from it, so every listed state takes
    part; people "in" a place still do not make it a party to talks held elsewhere."""
    (drill,) = [e for e in _events(
        "Armed forces from the Philippines, the United States and Japan conducted a joint "
        "sail on Friday.") if e.kind == "military_exercise"]
    assert {a.code for a in drill.parties()} == {"PHL", "USA", "JPN"}
    talks = [e for e in _events(
        "Experts from the United Arab Emirates and Egypt held talks on Monday.")
        if e.kind == "negotiation"]
    assert talks and {a.code for a in talks[0].parties()} == {"ARE", "EGY"}
    (drill,) = [e for e in _events(
        "Troops of Japan and South Korea held joint drills near the coast in the Philippines "
        "on Monday.") if e.kind == "military_exercise"]
    assert {a.code for a in drill.parties()} == {"JPN", "KOR"}


def test_it_after_a_trailing_attribution_is_the_speaker() -> None:
    """ "X's plan was a grave matter, South Korea's industry ministry said in a statement.
    It asked Japan to scrap its plan.": "it" goes on with the source named in the trailing
    attribution, not with the first actor of what it reported on. The agent of a passive
    at the sentence's end ("an atoll also claimed by Vietnam") is no speaker."""
    events = _events(
        "Tokyo's decision to curb chip exports was unjustified, Seoul's trade ministry said "
        "in a statement. It asked Japan to withdraw the measure.")
    assert sides_of(events, "request") == ("KOR", "JPN")
    events = _events(
        "The Philippine coast guard said Chinese ships fired water cannon at its vessel near "
        "an atoll also claimed by Vietnam. It urged China to stop the harassment.")
    assert sides_of(events, "request") == ("PHL", "CHN")


def test_a_note_an_envoy_was_handed_is_his_hosts_demand() -> None:
    """ "Azerbaijan's ambassador to Moscow was given a note verbale demanding the release
    of ...", "the Indian envoy was handed a note demanding an explanation": what the envoy
    received is the demand of the state he serves in, made of his own state. An envoy who
    hands a note himself (active voice) speaks for his own state."""
    events = _events(
        "Kenya's ambassador to Kampala was handed a note verbale demanding the release of "
        "two Ugandan traders, the Ugandan foreign ministry said.")
    assert sides_of(events, "request") == ("UGA", "KEN")
    events = _events(
        "The Indian envoy was handed a note demanding an explanation for the firing, "
        "Pakistan's foreign office said on Monday.")
    assert sides_of(events, "request") == ("PAK", "IND")
    events = _events(
        "The Indian envoy handed Pakistan's foreign office a note demanding an explanation "
        "for the firing on Monday.")
    assert sides_of(events, "request") == ("IND", "PAK")


def test_states_hyphenated_in_a_joint_act_are_its_parties() -> None:
    """ "Poland closed the border due to the start of joint Russian-Belarusian drills",
    "Kenya hosted the Kenya-Uganda trade talks": the states a hyphenated compound names
    inside the act's own words take part in it, not the clause's subject. A compound
    outside the act's words ("a week after the Armenia-Iran talks") is another act's."""
    (drill,) = [e for e in _events(
        "Lithuania raised its alert level on Monday ahead of the start of joint "
        "Russian-Belarusian drills.") if e.kind == "military_exercise"]
    assert {a.code for a in drill.parties()} == {"RUS", "BLR"}
    (drill,) = [e for e in _events(
        "Turkey and Azerbaijan held joint drills on Monday, a week after the Armenia-Iran "
        "talks in Tehran.") if e.kind == "military_exercise"]
    assert {a.code for a in drill.parties()} == {"TUR", "AZE"}


def test_ground_named_by_a_state_is_no_party_to_a_joint_act() -> None:
    """ "held joint drills near the Iranian border", "naval drills off the coast of
    Japan", "near the border with Iran": a border, coast or waters named by a state is
    where a joint act happens; that state does not take part. A state named as the
    partner ("drills with Azerbaijan") still does."""
    for text in (
        "Russia and Belarus held joint drills close to the Polish border on Monday.",
        "China and Russia staged naval drills off the coast of Japan on Monday.",
        "Turkey held joint drills with Azerbaijan near the border with Iran on Monday.",
    ):
        (drill,) = [e for e in _events(text) if e.kind == "military_exercise"]
        assert not {a.code for a in drill.parties()} & {"POL", "JPN", "IRN"}, text
    (drill,) = [e for e in _events(
        "Turkey held joint drills with Azerbaijan near the border with Iran on Monday.")
        if e.kind == "military_exercise"]
    assert {a.code for a in drill.parties()} == {"TUR", "AZE"}


def test_who_writes_to_someone_seeking_something_seeks_it() -> None:
    """ "Pakistan's prime minister wrote to the UAE president seeking a rollover", "sent a
    letter to the Saudi crown prince requesting ...": the -ing act after the addressee of
    a letter is the writer's, not the addressee's, who is named nearer to it. Where the
    addressee writes back himself ("The UAE president wrote to Pakistan's prime
    minister") he is the writer."""
    events = _events("Sri Lanka's president wrote to the Indian prime minister seeking "
                     "an extension of the loan.")
    assert sides_of(events, "request") == ("LKA", "IND")
    events = _events("The Indian prime minister wrote to Sri Lanka's president seeking "
                     "an extension of the loan.")
    assert sides_of(events, "request") == ("IND", "LKA")


def test_a_gap_does_not_reach_across_a_verb_of_receiving() -> None:
    """ "the parliament approved a bill to receive financial assistance from Turkey": the
    aid is given by the side named after "from", not by whoever approved receiving it. A
    plan "to provide" aid keeps the approver as the giver."""
    events = _events("Georgia's parliament approved a bill to receive financial assistance "
                     "from Japan on Monday.")
    assert sides_of(events, "aid_project") == ("JPN", "GEO")
    events = _events("Japan's cabinet approved a plan to provide financial assistance to "
                     "Georgia on Monday.")
    assert sides_of(events, "aid_project") == ("JPN", "GEO")


def test_its_neighbour_after_a_preposition_is_the_other_side() -> None:
    """ "recalled its ambassador from its northern neighbour", "... against its rival":
    in a story of two states, the actor's neighbour (rival, foe) named after the act's
    preposition is the other one. "Its ally" names no such side."""
    events = _events("Chad and Sudan are at odds over their border, which Sudan calls "
                     "closed. The state broadcaster of Kenya said that Chad recalled its "
                     "ambassador from its eastern neighbour on Thursday.")
    assert sides_of(events, "sanction") == ("TCD", "SDN")
    coded = [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(
        "Chad and Sudan are at odds. Chad closed its embassy in Libya on Monday and recalled "
        "its ambassador from its ally.")]
    assert ("sanction", "TCD", "SDN") not in coded


def test_combining_forms_of_state_names_name_the_states() -> None:
    """ "Sino-Indian talks", "clashes between Pak-Afghan forces", "the Franco-German
    council", "the Indo-Lanka accord": the combining form of a state's name, hyphenated
    to another state, names that state. Alone before a region or people ("the
    Indo-Pacific", "Anglo-Saxon") it names none."""
    (talks,) = [e for e in _events("Sino-Indian border talks were held in Beijing on Monday.")
                if e.kind == "negotiation"]
    assert {a.code for a in talks.parties()} == {"CHN", "IND"}
    (clash,) = [e for e in _events("A curfew was imposed after clashes between Pak-Afghan "
                                   "forces at the border crossing on Sunday night.")
                if e.kind == "armed_clash"]
    assert {a.code for a in clash.parties()} == {"PAK", "AFG"}
    (talks,) = [e for e in _events("Japan and Australia held talks on security in the "
                                   "Indo-Pacific on Monday.") if e.kind == "negotiation"]
    assert {a.code for a in talks.parties()} == {"JPN", "AUS"}
