"""Everyday news vocabulary for acts the first vocabulary audit did not reach (s11z), one
family at a time. The sentences are written for these tests, not taken from dev gold; each
test asserts the family fires and that a near-miss does not."""

from __future__ import annotations

from coded_events import coded_in


def _s11z_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def _s11z_kinds(text: str) -> set[str]:
    return {kind for kind, *_ in _s11z_coded(text)}


def test_pushed_or_spurred_the_other_to_act_is_a_request() -> None:
    """ "Kenya pushed Uganda to lift the ban": the lifting is asked of Uganda, not done by
    Kenya (it was coded as Kenya's concession). Pushing, spurring or goading the other to do
    something is a request, like urging or pressing it."""
    coded = _s11z_coded("Kenya pushed Uganda to lift the ban on Tuesday.")
    assert ("request", "KEN", "UGA") in coded
    assert "concede" not in {kind for kind, *_ in coded}
    assert ("request", "USA", "ISR") in _s11z_coded(
        "The United States pushed Israel on Monday to allow more aid trucks into Gaza.")
    assert ("request", "FRA", "DEU") in _s11z_coded(
        "France spurred Germany to raise its defence spending.")
    # pushing goods somewhere asks no one anything
    assert "request" not in _s11z_kinds("China pushed its exports to Africa on Monday.")
    assert "request" not in _s11z_kinds(
        "Ukraine pushed Russian troops back to the far bank of the river.")


def test_conferred_without_with_and_consulted_a_side_are_meetings() -> None:
    """ "officials of both conferred in Beijing", "India consulted China": conferring is
    meeting even when the partner is not put after "with", and consulting a named side is
    consulting it. Conferring a degree or consulting experts meets no state."""
    assert ("meeting", "CHN", "PAK") in _s11z_coded(
        "Chinese and Pakistani officials conferred in Beijing on Tuesday.")
    assert ("meeting", "IND", "CHN") in _s11z_coded(
        "India consulted China on the border issue on Monday.")
    assert ("meeting", "FRA", "DEU") in _s11z_coded(
        "The French president consulted his German counterpart by telephone on Friday.")
    assert "meeting" not in _s11z_kinds(
        "The university conferred an honorary degree on the Indian minister.")
    assert "meeting" not in _s11z_kinds("India consulted experts on the border issue on Monday.")


def test_a_bid_or_accession_blocked_is_rejected() -> None:
    """ "France blocked Turkey's bid to join", "Greece thwarted North Macedonia's membership
    bid": blocking, thwarting or torpedoing the other's bid, application, candidacy,
    accession or membership rejects it (nothing was coded). Blocking imports is no
    rejection of a bid."""
    assert ("reject", "FRA", "TUR") in _s11z_coded(
        "France blocked Turkey's bid to join the bloc on Monday.")
    assert ("reject", "GRC", "MKD") in _s11z_coded(
        "Greece thwarted North Macedonia's membership bid for a decade.")
    assert ("reject", "HUN", "UKR") in _s11z_coded(
        "Hungary torpedoed Ukraine's accession at the summit on Friday.")
    assert "reject" not in _s11z_kinds("China blocked Indian imports on Monday.")


def test_idioms_of_rebuke_are_criticism() -> None:
    """ "took Russia to task", "took issue with Poland's remarks", "called China out",
    "chastised Tokyo": the everyday idioms of rebuke criticise the other side (nothing was
    coded). A task taken on or names called out rebuke no one."""
    assert ("criticism_hostility", "USA", "RUS") in _s11z_coded(
        "The US took Russia to task on Tuesday over its human rights record.")
    assert ("criticism_hostility", "DEU", "POL") in _s11z_coded(
        "Germany took issue with Poland's remarks on Friday.")
    assert ("criticism_hostility", "FRA", "CHN") in _s11z_coded(
        "France called China out over its treatment of Uighurs.")
    assert ("criticism_hostility", "CHN", "JPN") in _s11z_coded(
        "Beijing chastised Tokyo on Friday for the visit to the shrine.")
    assert "criticism_hostility" not in _s11z_kinds(
        "The Syrian ministry took on the task of rebuilding Aleppo.")


def test_tribute_homage_or_respects_paid_to_the_other_is_support() -> None:
    """ "paid tribute to Japan's late leader", "paid its respects to Azerbaijan's fallen
    soldiers": tribute, homage or respects paid to the other side's leader, dead or people
    are a statement of support, like condolences (nothing was coded). Tribute to one's own
    soldiers is paid to no other side, even when another side killed them."""
    assert ("support_statement", "IND", "JPN") in _s11z_coded(
        "The Indian prime minister paid tribute to Japan's late leader Shinzo Abe on Friday.")
    assert ("support_statement", "TUR", "AZE") in _s11z_coded(
        "Turkey paid its respects to Azerbaijan's fallen soldiers on Sunday.")
    assert ("support_statement", "PAK", "CHN") in _s11z_coded(
        "The Pakistani envoy paid glowing tribute to the Chinese people.")
    assert ("support_statement", "IND", "PAK") not in _s11z_coded(
        "India paid tribute to its own soldiers killed by Pakistan.")


def test_a_crowd_burning_flags_marching_on_an_embassy_or_boycotting_goods_protests() -> None:
    """Citizens' protest against another state: "burned Chinese flags in Manila", "marched
    to the Chinese embassy in Hanoi", "consumers boycotted Japanese goods". The state whose
    flags, mission or goods they are is protested, by the people of the place (or the
    crowd's own nationality); a consumer boycott is a protest, not a state's sanction
    (nothing was coded, or a sanction). A state's own boycott of goods stays a sanction."""
    assert ("protest", "PHL", "CHN") in _s11z_coded(
        "Demonstrators burned Chinese flags in Manila on Sunday.")
    assert ("protest", "VNM", "CHN") in _s11z_coded(
        "Hundreds of Vietnamese marched to the Chinese embassy in Hanoi on Sunday.")
    coded = _s11z_coded("South Korean consumers boycotted Japanese beer and cars on Monday.")
    assert ("protest", "KOR", "JPN") in coded
    assert "sanction" not in {kind for kind, *_ in coded}
    assert ("protest", "KOR", "JPN") in _s11z_coded(
        "Shoppers in South Korea have boycotted Japanese goods since July.")
    assert ("sanction", "CHN", "LTU") in _s11z_coded(
        "China boycotted Lithuanian goods on Monday.")
    assert "protest" not in _s11z_kinds("Russian troops marched on Kyiv in February 2022.")


def test_promised_the_other_more_supplies_is_a_pledge() -> None:
    """ "Russia promised Belarus more electricity", "Qatar promised Egypt cheaper gas": a
    side promised or pledged more, new or cheaper supplies pledges them to it (nothing was
    coded). A promise of more jobs to no other side is no pledge between states."""
    assert ("pledge", "RUS", "BLR") in _s11z_coded(
        "Russia promised Belarus more electricity on Tuesday.")
    assert ("pledge", "QAT", "EGY") in _s11z_coded("Qatar promised Egypt cheaper gas next winter.")
    assert "pledge" not in _s11z_kinds("The Indian minister promised more jobs on Monday.")


def test_giving_in_to_the_others_demands_or_pressure_concedes() -> None:
    """ "Qatar bowed to Saudi demands", "Egypt gave in to US pressure", "yielded to
    Ukrainian demands": yielding, caving, bowing or acceding to the other's demands,
    pressure or terms concedes to it (nothing was coded, or only the demand). Giving aid
    in answer to requests concedes nothing."""
    assert ("concede", "QAT", "SAU") in _s11z_coded("Qatar bowed to Saudi demands on Monday.")
    assert ("concede", "EGY", "USA") in _s11z_coded("Egypt gave in to US pressure on Friday.")
    assert ("concede", "SRB", "EU") in _s11z_coded(
        "Serbia caved in to EU pressure over the licence plates.")
    assert "concede" not in _s11z_kinds("India gave aid to Nepal in response to requests.")


def test_visa_rules_quotas_barriers_and_blockades_eased_are_concessions() -> None:
    """ "relaxed visa rules for Indian pilgrims", "lifted import quotas on Australian coal",
    "removed trade barriers with Bangladesh": easing or lifting visa rules, quotas,
    barriers or a blockade the other's people or goods face concedes to it, like lifting a
    ban or tariffs (nothing was coded). Rules dropped for one's own staff concede nothing."""
    assert ("concede", "PAK", "IND") in _s11z_coded(
        "On Monday, Pakistan relaxed visa rules for Indian pilgrims.")
    assert ("concede", "CHN", "AUS") in _s11z_coded(
        "China lifted import quotas on Australian coal.")
    assert ("concede", "IND", "BGD") in _s11z_coded("India removed trade barriers with Bangladesh.")
    assert "concede" not in _s11z_kinds("The Indian ministry dropped the rules for its own staff.")


def test_artillery_armour_or_brigades_moved_toward_the_other_mobilize() -> None:
    """ "moved artillery to the South Korean border", "moved two brigades close to the
    Chinese border": moving artillery, armour, warplanes or whole units toward the other
    mobilizes against it, like moving troops (nothing was coded). An airline moving its
    jets mobilizes nothing."""
    assert ("mobilize", "PRK", "KOR") in _s11z_coded(
        "North Korea moved artillery to the South Korean border on Friday.")
    assert ("mobilize", "IND", "CHN") in _s11z_coded(
        "India moved two brigades close to the Chinese border.")
    assert "mobilize" not in _s11z_kinds("The Emirati airline moved its jets to Dubai.")
