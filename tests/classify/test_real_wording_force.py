"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force, incursions and troop movements, and popular protest."""

from __future__ import annotations

import dyadscope
from coded_events import coded_in, events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_violation_of_airspace_or_waters_by_a_named_side_is_an_incursion() -> None:
    """ "the violation of Polish airspace by Russian drones", "border violations committed
    by Malaysian boats": the side named after "by" entered the other's airspace, waters or
    border (MOBILIZE), whatever the sentence says about it; "repeated violations" is a
    grievance, not one act."""
    assert ("mobilize", "BLR", "LTU") in _coded(
        "Vilnius summoned the Belarusian charge d'affaires after the violation of Lithuanian "
        "airspace by two Belarusian helicopters.")
    assert ("mobilize", "TUR", "GRC") in _coded(
        "Athens listed dozens of airspace violations committed by Turkish fighter jets.")
    assert ("mobilize", "CHN", "PHL") in _coded(
        "Manila documented the incursion into Philippine waters by Chinese militia boats.")
    assert not [k for k, *_ in _coded(
        "Kabul cited repeated violations of Afghan territory by Pakistani jets.")
        if k == "mobilize"]


def test_announced_to_is_a_decision_of_its_own() -> None:
    """ "Following the violation of its airspace by X, Pakistan had announced to recall its
    ambassador": the recall is Pakistan's decided act, not the purpose of the violation."""
    coded = _coded("Following the violation of Pakistani airspace by Iran on Tuesday, "
                   "Pakistan announced to recall its ambassador from Tehran.")
    assert ("sanction", "PAK", "IRN") in coded


def test_the_first_clash_since_a_year_is_dated_by_its_own_day() -> None:
    """ "the first fighting since 2011 broke out on Tuesday": the year after "since" is
    when it last happened; the act is Tuesday's. A date after the act keeps its own
    clause ("since May 2019, when Y visited X": that visit is May 2019's)."""
    (clash,) = [e for e in _events("The first fighting since 2011 between Chad and Sudan broke "
                                   "out on Tuesday.", "2024-03-14") if e.kind == "armed_clash"]
    assert clash.date.start == "2024-03-12"
    (talks,) = _events("Qatar and Bahrain held their first talks since 2017 on Monday.",
                       "2024-03-14")
    assert talks.date.start == "2024-03-11"


def test_a_protest_at_a_foreign_mission_is_the_host_peoples_against_its_state() -> None:
    """ "protesters stormed the Saudi embassy in Tehran", "gathered outside the Turkish
    embassy in Baghdad": people of the place the mission stands in protest against the
    mission's state; with no place named, the document's other side; a protest held in
    front of an embassy is people's, one lodged with or sent to it a state's."""
    assert _coded("Protesters stormed the British embassy in Tehran.") == [
        ("protest", "IRN", "GBR")]
    assert _coded("Hundreds of students rallied outside the Danish embassy in Islamabad on "
                  "Friday.") == [("protest", "PAK", "DNK")]
    (planned,) = _events("The opposition party will stage a protest near the Chinese consulate "
                         "in Manila next week.")
    assert (planned.kind, planned.actor1.code, planned.actor2.code, planned.status) == (
        "protest", "PHL", "CHN", "planned")
    assert ("protest", "SOM", "KEN") in _coded(
        "Kenya expelled the Somali envoy, and Somalia saw daily protests in front of the "
        "Kenyan embassy.")
    assert _coded("Pakistan lodged a protest with the Indian embassy.") == [
        ("criticism_hostility", "PAK", "IND")]


def test_an_anti_x_protest_is_against_x_by_the_people_where_it_was_held() -> None:
    """ "anti-Russian protests flared in Georgia", "an anti-Bangladesh demonstration":
    people's protest (not a state's diplomatic one) against the state the prefix names,
    by the people of the place named, else of the side named. A "demonstration of" a
    weapon or of force is a show, not a protest."""
    assert _coded("Anti-Chinese protests broke out in Vietnam on Tuesday.") == [
        ("protest", "VNM", "CHN")]
    assert _coded("Thousands joined an anti-French demonstration in Bamako on Friday.") == [
        ("protest", "MLI", "FRA")]
    assert _coded("Local Kenyans staged an anti-Somali demonstration near the border.") == [
        ("protest", "KEN", "SOM")]
    assert _coded("The army gave a demonstration of force near the border with Chad.") == []


def test_forces_moved_with_no_target_named_face_the_documents_other_side() -> None:
    """ "Caracas also deployed troops near the disputed region", "four ships entered the
    country's territorial waters": a deployment or an entry with no target in its sentence
    is aimed at the other side of the document's pair, as a closed border is."""
    coded = _coded("Venezuela recalled its ambassador from Guyana on Friday. Caracas also "
                   "deployed troops and armoured vehicles near the disputed region on Saturday.")
    assert ("mobilize", "VEN", "GUY") in coded
    coded = _coded("Japan protested to China on Friday. Four Chinese coast guard ships entered "
                   "the country's territorial waters on Wednesday.")
    assert ("mobilize", "CHN", "JPN") in coded


def test_forces_that_crossed_into_the_others_ground_are_an_incursion() -> None:
    """ "Ethiopian troops crossed into its territory", "border guards on 28 September
    illegally entered the neighbouring country's territory", "jets which transgressed
    into Kashmir": armed men, aircraft or ships that crossed over are an incursion
    (MOBILIZE) by the state the forces are named for."""
    assert ("mobilize", "ERI", "ETH") in _coded(
        "Ethiopia says Eritrean troops crossed into its territory on Sunday.")
    assert ("mobilize", "TUR", "GRC") in _coded(
        "Greece protested to Turkey on Friday. Athens said Turkish fighter jets which "
        "transgressed into Greek territory were intercepted.")


def test_one_sides_drills_around_the_other_are_a_show_of_force() -> None:
    """ "Iran's army began military exercises near its border with Azerbaijan", "a second
    day of drills around the island": one side's drills at the other's door are a
    mobilisation against it; joint drills, or drills of two named sides, stay an exercise."""
    assert _coded("North Korea began artillery drills near its border with South Korea on "
                  "Monday.") == [("mobilize", "PRK", "KOR")]
    assert _coded("China staged large-scale drills around Taiwan on Saturday.") == [
        ("mobilize", "CHN", "TWN")]
    assert _coded("Russia and Belarus held joint drills near the Polish border.") == [
        ("military_exercise", "RUS", "BLR")]
    assert _coded("Pakistan and China conducted naval exercises off Karachi.") == [
        ("military_exercise", "PAK", "CHN")]


def test_aircraft_that_flew_into_an_air_defence_zone_made_an_incursion() -> None:
    """ "planes flew into Taiwan's Air Defense Identification Zone": an incursion by the
    aircraft's state, not a trip (the travel pattern "flew into" must not take it)."""
    assert _coded("Thirty Chinese warplanes flew into Taiwan's air defence identification "
                  "zone on Monday.") == [("mobilize", "CHN", "TWN")]


def test_shells_from_across_the_border_that_landed_are_fire_from_there() -> None:
    """ "mortar shells from Myanmar landed on the Bangladesh side", "two shells, reportedly
    fired from Syria, landed next to a school": fire by the state the shells came from,
    on the day they landed ("next to" places them; it does not make the act a plan)."""
    (fire,) = _events("Earlier on Sunday, mortar shells from Myanmar landed on the Bangladesh "
                      "side of the border.", "2022-09-01")
    assert (fire.kind, fire.actor1.code, fire.actor2.code) == ("armed_clash", "MMR", "BGD")
    (fire,) = _events("Two shells, reportedly fired from Syria, landed next to a school in the "
                      "Turkish town of Akcakale on Sunday.", "2022-09-01")
    assert (fire.kind, fire.actor1.code, fire.actor2.code, fire.status, fire.date.start) == (
        "armed_clash", "SYR", "TUR", "actual", "2022-08-28")


def test_ground_seized_by_troops_is_force_and_a_ship_seized_is_coercion() -> None:
    """ "its troops seized the border post belonging to Tajikistan", "forces captured the
    oil field": ground taken is force (ASSAULT, occupation); a seized tanker stays
    coercion."""
    assert _coded("Kyrgyz troops seized a border post belonging to Tajikistan on Thursday.") == [
        ("armed_clash", "KGZ", "TJK")]
    # Armenia reporting the capture accuses Azerbaijan of it (test_real_wording_verbal)
    assert _coded("Armenia said Azerbaijani forces captured a village in its territory on "
                  "Monday.") == [("armed_clash", "AZE", "ARM"),
                                 ("criticism_hostility", "ARM", "AZE")]
    assert _coded("Iran seized a British tanker in the area.") == [("coerce", "IRN", "GBR")]


def test_attacks_that_are_no_states_force_code_no_clash() -> None:
    """ "a rebel attack on Khartoum", "an unprecedented public attack on the premier",
    "an alleged sonic attack", "a nuclear-powered attack submarine": rebels' attacks,
    words and weapons named for attacking are no armed clash between the states."""
    for text in ("Sudan broke off ties with Chad after a rebel attack on Khartoum on Saturday.",
                 "Bangkok was taken aback by a public attack on the Thai premier by Cambodia's "
                 "former leader.",
                 "India and Russia signed a deal for the lease of a nuclear-powered attack "
                 "submarine.",
                 "Cuba denied any role in the alleged sonic attack on US diplomats."):
        assert not [e for e in _events(text) if e.kind == "armed_clash"], text


def test_fire_at_the_border_with_no_target_named_is_at_the_other_side() -> None:
    """ "Indian troops resorted to unprovoked firing across the Line of Control", "violated
    the ceasefire along the border": fire at the border with no side named struck the
    document's other side; fire told with no border is left one-sided."""
    coded = _coded("Pakistan summoned the Indian envoy on Sunday. Indian troops resorted to "
                   "unprovoked firing across the Line of Control on Saturday.")
    assert ("armed_clash", "IND", "PAK") in coded
    coded = _coded("Pakistan summoned the Indian envoy on Sunday. Indian troops resorted to "
                   "firing on a training range on Saturday.")
    assert not [c for c in coded if c[0] == "armed_clash"]


def test_no_one_enters_its_own_airspace() -> None:
    """ "Japan's defence ministry said the helicopter flew within Japanese airspace", "Iran
    said it shot down a drone after it entered Iranian airspace": the state whose airspace
    or waters are entered is the target, never the one entering, even when its own
    officials are the sentence's subject."""
    coded = _coded("Tokyo protested to Beijing on Saturday. Japan's defence ministry said the "
                   "helicopter flew within Japanese airspace for 15 minutes.")
    assert ("mobilize", "CHN", "JPN") in coded
    assert ("mobilize", "USA", "IRN") in _coded(
        "Iran said it shot down an American drone after it entered Iranian airspace on "
        "Thursday.")


def test_building_up_an_industry_deploys_no_one() -> None:
    """ "built up an effective military industry" is no build-up of forces against the
    document's other side; "built up troops" is."""
    opening = "Pakistan and Azerbaijan are close partners. "
    industry = opening + "Pakistan has built up an effective military industry."
    assert [e.kind for e in dyadscope.extract(industry, date="2017-11-03")
            if isinstance(e, Event) and e.kind == "mobilize"] == []
    troops = "Armenia has built up troops near its border with Azerbaijan."
    assert [e.kind for e in dyadscope.extract(troops, date="2017-11-03")
            if isinstance(e, Event)] == ["mobilize"]
