"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): what annotators code where states quarrel, fight and answer each
other. The sentences are written here; none is taken from a gold passage."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2023-11-17") -> list[Event]:
    return events_in(text, date)


def _pairs(events: list[Event], kind: str) -> set[tuple[str, str | None]]:
    return {(e.actor1.code, e.actor2.code if e.actor2 else None) for e in events if e.kind == kind}


def test_hostile_remarks_a_side_reacts_to_are_the_speakers_criticism() -> None:
    """ "over provocative remarks by X", "after X made insulting comments about Y", "the
    anti-Y statements of X": the words a state answers (by summoning, recalling, protesting)
    were its speaker's criticism of that state; a plain "statement by" is no hostility."""
    recalled = _events("Ghana recalled its ambassador to Nigeria on Monday over provocative "
                       "remarks by the Nigerian foreign minister.", date="2022-03-09")
    assert ("NGA", "GHA") in _pairs(recalled, "criticism_hostility")
    made = _events("Chile summoned the Bolivian envoy after Bolivia's president made insulting "
                   "comments about Chile's navy.")
    assert ("BOL", "CHL") in _pairs(made, "criticism_hostility")
    anti = _events("Baku summoned Iran's ambassador over the anti-Azerbaijani statements of "
                   "the Iranian foreign minister.")
    assert ("IRN", "AZE") in _pairs(anti, "criticism_hostility")
    plain = _events("Ghana recalled its ambassador to Nigeria on Monday, according to a "
                    "statement by the Nigerian foreign minister.", date="2022-03-09")
    assert ("NGA", "GHA") not in _pairs(plain, "criticism_hostility")


def test_a_reaction_an_act_drew_from_a_side_is_its_criticism() -> None:
    """ "..., prompting strong condemnation from X", "drawing an angry reaction from X": the
    reacting side criticised the doer of the act told before; a reaction with no side named
    ("prompting a swift response") codes no criticism."""
    drew = _events("Turkish jets struck a village in northern Syria on Monday, drawing sharp "
                   "criticism from Damascus.")
    assert ("SYR", "TUR") in _pairs(drew, "criticism_hostility")
    prompted = _events("Ethiopia sent troops across the border, prompting an angry reaction "
                       "from the government in Khartoum.")
    assert ("SDN", "ETH") in _pairs(prompted, "criticism_hostility")
    unnamed = _events("Turkish jets struck a village in northern Syria on Monday, prompting a "
                      "swift response.")
    assert _pairs(unnamed, "criticism_hostility") == set()


def test_an_incursion_told_with_its_intruder_after_of_or_by() -> None:
    """ "the incursion of a Venezuelan patrol vessel into Guyana's waters", "encroachment into
    its waters by Chinese vessels": a noun incursion names its intruder after "of" or "by"
    and the owner of the ground after "into" (or the clause's side); "repeated violations of
    its airspace" stay a grievance."""
    (told,) = [e for e in _events("The incursion of a Russian warship into Latvia's territorial "
                                  "waters on March 1 alarmed the Baltic states.", date="2024-03-04")
               if e.kind == "mobilize"]
    assert (told.actor1.code, told.actor2.code, told.date.start) == ("RUS", "LVA", "2024-03-01")
    by = _events("Vietnam summoned China's envoy to protest encroachment into its waters by "
                 "Chinese survey ships.")
    assert ("CHN", "VNM") in _pairs(by, "mobilize")
    repeated = _events("Greece protested repeated violations of its airspace by Turkish jets.")
    assert _pairs(repeated, "mobilize") == set()


def test_a_recent_act_is_not_dated_by_the_telling_before_it() -> None:
    """ "said Monday it protested a recent intrusion of Chinese ships ...": the intrusion
    came before the day of the telling; told again with its own day ("The ships entered
    Japanese waters on Sunday") it is one incursion, on that day."""
    events = _events("Japan said on Monday that it had protested to China over a recent "
                     "intrusion of three Chinese coast guard ships into Japanese waters. The "
                     "three Chinese ships entered Japanese waters on Sunday morning.",
                     date="2025-11-17")
    assert [(e.actor1.code, e.actor2.code, e.date.start) for e in events
            if e.kind == "mobilize"] == [("CHN", "JPN", "2025-11-16")]


def test_force_a_charge_names_is_coded_between_accused_and_accuser() -> None:
    """ "accused Sudan's army of attacking a town", "accused Rwanda of deploying troops on
    its soil": the annotators code the force, show of force or coercion a charge names, done
    by the accused to the accuser; other contents of a charge ("of supplying arms to rebels")
    stay no act of their own."""
    shelled = _events("Armenia accused Azerbaijani forces of shelling border villages on Tuesday.",
                      date="2024-04-11")
    assert ("AZE", "ARM") in _pairs(shelled, "armed_clash")
    assert ("ARM", "AZE") in _pairs(shelled, "criticism_hostility")
    deployed = _events("Kinshasa accused Rwanda of deploying 300 soldiers on Congolese soil.")
    assert ("RWA", "COD") in _pairs(deployed, "mobilize")
    supplied = _events("Baku accused Paris of supplying arms to Armenia.")
    assert [e.kind for e in supplied] == ["criticism_hostility"]


def test_a_measure_taken_in_protest_at_an_act_accuses_its_doer() -> None:
    """ "recalled its ambassador in protest at the Israeli bombardment of Gaza": a measure
    taken in protest at the other side's act, like one "in retaliation for" it, says that act
    was wrong; a protest at an act of no side names no one."""
    recalled = _events("Chile recalled its ambassador in protest at the Russian shelling of "
                       "Kharkiv.")
    assert ("CHL", "RUS") in _pairs(recalled, "criticism_hostility")
    unnamed = _events("Chile recalled its ambassador from Moscow in protest at the shelling.")
    assert _pairs(unnamed, "criticism_hostility") == set()


def test_a_measure_taken_due_to_the_other_sides_decisions_accuses_it() -> None:
    """ "closed its airspace to Romanian airliners due to unfriendly decisions by Romanian
    aviation authorities": "due to" what the other side did names the act the measure
    answers, as "in retaliation for" does; "due to bad weather" names no one."""
    closed = _events("Belarus closed its border crossings due to hostile decisions by the "
                     "Polish government.")
    assert ("BLR", "POL") in _pairs(closed, "criticism_hostility")
    weather = _events("Belarus closed its border crossings with Poland due to heavy snow.")
    assert _pairs(weather, "criticism_hostility") == set()


def test_an_apology_or_explanation_expected_of_a_side_is_asked_for() -> None:
    """ "said he expected an apology from Milei", "the envoy was told that Iran urgently
    expects an explanation": the annotators code a request of the side expected to answer;
    expecting growth or a visit asks nothing of anyone."""
    expected = _events("Chile's foreign minister said he expected a formal apology from Bolivia.")
    assert _pairs(expected, "request") == {("CHL", "BOL")}
    assert all(e.kind != "concede" for e in expected)
    growth = _events("Chile expects growth in its trade with Bolivia.")
    assert _pairs(growth, "request") == set()


def test_keeping_the_other_sides_envoy_out_is_a_sanction_of_its_own() -> None:
    """ "recalled its ambassador ... and blocked Tehran's envoy from returning", "told the
    Israeli ambassador to stay away": barring the other side's envoy is a second measure,
    beside the recall of one's own (two sanctions, as the annotators code them)."""
    blocked = _events("Kabul recalled its ambassador from Islamabad on Monday and blocked "
                      "Pakistan's envoy from returning to Kabul.", date="2024-01-17")
    assert [(e.kind, e.actor1.code, e.actor2.code) for e in blocked] == [
        ("sanction", "AFG", "PAK"), ("sanction", "AFG", "PAK")]
    away = _events("Amman told the Israeli ambassador to stay away.")
    assert _pairs(away, "sanction") == {("JOR", "ISR")}
    returned = _events("The Israeli ambassador will return to Amman next week.")
    assert _pairs(returned, "sanction") == set()


def test_fire_drawn_in_a_second_participle_answers_the_main_subject() -> None:
    """ "Pakistani airstrikes targeted hideouts inside Afghanistan, killing eight people and
    drawing return fire from the Afghan Taliban": a participle after "and" continues the
    participle clause of the main subject, so the return fire answers the strikes."""
    events = _events("Turkish drones struck positions inside Syria on Monday, killing five "
                     "fighters and drawing return fire from Syrian troops.", date="2024-03-18")
    assert ("SYR", "TUR") in _pairs(events, "armed_clash")


def test_a_broker_named_with_the_sides_between_takes_part() -> None:
    """ "A ceasefire deal between Israel and Hezbollah, brokered by the US and France": the
    brokers take part beside the two sides named after "between", as the annotators list
    mediators among the others."""
    (truce,) = [e for e in _events("A ceasefire between Armenia and Azerbaijan, brokered by "
                                   "Russia, took effect on Saturday.") if e.kind == "ceasefire"]
    assert {truce.actor1.code, truce.actor2.code} == {"ARM", "AZE"}
    assert [o.code for o in truce.others] == ["RUS"]


def _charges(text: str) -> list[tuple[str, str | None]]:
    """(accuser, accused) of every criticism coded in ``text``."""
    return [(a, b) for k, a, b in coded_in(text, "2024-03-14") if k == "criticism_hostility"]


def test_meddling_in_a_states_affairs_is_that_states_charge_against_the_meddler() -> None:
    """ "has meddled in the internal affairs of Latvia", "Kenya's open interference in
    Somalia's independence", "the interference of Canadian diplomats in our internal
    matters", "citing interference in its internal affairs", "undermines Chile's
    sovereignty": the state whose affairs or sovereignty they are accuses the side that
    meddles (ACCUSE), the way a state's complaint is reported. Interference denied or
    forsworn, and the principle of non-interference, charge no one."""
    assert ("LVA", "RUS") in _charges(
        "\"The Russian embassy has meddled in the internal affairs of Latvia,\" the Latvian "
        "foreign minister said.")
    assert ("GHA", "TGO") in _charges(
        "Ghana said the interference of Togolese officials in our internal affairs was "
        "unacceptable.")
    assert ("KEN", "UGA") in _charges(
        "Kenya expelled the Ugandan ambassador on Monday, citing interference in its "
        "internal affairs.")
    assert ("CHL", "PER") in _charges(
        "The Chilean government said the Peruvian decision undermines Chile's sovereignty.")
    assert not _charges("Bolivia denied interfering in the internal affairs of Peru.")
    assert not _charges("Peru said it respects the sovereignty of Bolivia and would not "
                        "interfere in its internal affairs.")
    assert not _charges("China said it upholds the principle of non-interference in the "
                        "internal affairs of other countries such as Nepal.")


def test_accusations_laid_against_a_side_are_the_speakers_charge() -> None:
    """ "lodged serious accusations against", "levelled fresh allegations against", "made
    accusations against": the usual news verbs for laying charges, with the charge's noun,
    are the speaker's accusation of the side named after "against" (ACCUSE). Accusations
    made against the speaker and rejected are its rejection, not a charge of its own."""
    assert ("GHA", "TGO") in _charges("Ghana levelled fresh allegations against Togo on Monday.")
    assert ("KEN", "UGA") in _charges("Kenya lodged serious accusations against Uganda.")
    assert ("MWI", "ZMB") in _charges("Malawi made accusations against Zambia over the raid.")
    assert not _charges("Algeria rejected the accusations made against it by Mali.")
