"""Wording of real diplomatic news about accusations, threats, requests, rejections and
support, a class at a time (each class seen in several passages of the real-text dev
split); the sentences are written for the tests, not copied from the gold."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-05-01") -> list[Event]:
    return events_in(text, date)


def _sides(events: list[Event], kind: str, trigger: str) -> tuple[str, str | None]:
    """actor1 and actor2 of the event of ``kind`` whose trigger starts with ``trigger``."""
    event = next(
        e for e in events if e.kind == kind and str(e.extra.get("trigger")).startswith(trigger)
    )
    return event.actor1.code, event.actor2.code if event.actor2 else None


def test_an_adverb_before_a_second_verb_keeps_the_main_subject() -> None:
    """ ", strongly urging Y to ...", "and sternly warned ...": the verb after the adverb
    is the main subject's, not the act of the side named in the object before it."""
    urged = _events("Japan's deputy foreign minister protested the intrusion of Chinese "
                    "coast guard ships, strongly urging China to prevent a repeat.")
    assert _sides(urged, "request", "urging") == ("JPN", "CHN")
    warned = _events("India's foreign secretary called in the Chinese ambassador, and "
                     "sternly warned against further incursions.")
    assert _sides(warned, "criticism_hostility", "warned") == ("IND", "CHN")
    invited = _events("Iraq's interior minister handed a letter to the Emir of Kuwait on "
                      "Monday, formally inviting him to visit Baghdad.")
    assert _sides(invited, "invitation", "inviting") == ("IRQ", "KWT")


def test_an_envoy_summoned_in_the_passive_is_summoned_by_his_host() -> None:
    """ "X's ambassador to Y was summoned": Y summons him, whatever state the sentence
    names before the envoy or later in another clause ("as X's army ...")."""
    later = _events("Turkey's ambassador to Iraq was summoned by the foreign ministry as "
                    "Turkish troops pressed an offensive in the north.")
    assert _sides(later, "criticism_hostility", "ambassador") == ("IRQ", "TUR")
    before = _events("Amid the row with the Russian Federation, the Polish ambassador to "
                     "Moscow was summoned to the Russian Foreign Ministry.")
    assert _sides(before, "criticism_hostility", "ambassador") == ("RUS", "POL")


def test_regretting_the_other_sides_measures_is_a_complaint() -> None:
    """ "regretted the measures by X", "noted with regret the decision by X": a
    complaint about the other side's act; regret for one's own deed stays a concession."""
    regretted = _events("Qatar's foreign ministry said it regretted the measures taken by "
                        "Bahrain.")
    assert _sides(regretted, "criticism_hostility", "regretted") == ("QAT", "BHR")
    noted = _events("Kigali noted with regret the decision by Kinshasa to close the border.")
    assert _sides(noted, "criticism_hostility", "noted with regret") == ("RWA", "COD")
    own = _events("Israel expressed regret to Egypt for the deaths of its border guards.")
    assert [e.kind for e in own] == ["concede"]


def test_insisting_that_something_was_so_is_no_demand() -> None:
    """ "insisted that Russia was continuing the bombings": a claim maintained, not a
    request; "insisted that Israel withdraw" still demands."""
    claim = _events("Georgian officials insisted that Russia was continuing the bombings.")
    assert all(e.kind != "request" for e in claim)
    demand = _events("Egypt insisted that Israel withdraw its troops from the border.")
    assert _sides(demand, "request", "insisted") == ("EGY", "ISR")


def test_the_date_of_the_act_reacted_to_is_not_the_reactions() -> None:
    """ "condemned an airstrike ... last night", "thanked him for his hospitality during
    his visit last month": the date told after the act reacted to is that act's; the
    condemnation or thanks is the news of the day. A charge keeps the day it names
    ("accused Y of an attack on Monday" is told that day)."""
    def dated(text: str, kind: str) -> str | None:
        return next(e.date.start for e in _events(text, "2024-10-26") if e.kind == kind)

    assert dated("Iran condemned an Israeli airstrike on its bases last night.",
                 "criticism_hostility") == "2024-10-26"
    assert dated("Pakistan's prime minister expressed his gratitude to Uzbekistan's "
                 "president for his hospitality during his visit to Tashkent last month.",
                 "support_statement") == "2024-10-26"
    assert dated("Kyrgyzstan accused Tajikistan of an attack on its border post on Monday.",
                 "criticism_hostility") == "2024-10-21"


def test_an_unknown_speaker_addressing_one_side_speaks_for_the_other() -> None:
    """ "Hu demanded that the Japanese side release the crew", "The Director General
    urged the Indian side to ...": in a text on two states, a named speaker the
    gazetteer does not know, addressing one, speaks for the other; a common word
    opening the sentence ("Officials urged ...") names no speaker."""
    lede = "China lodged a protest with Japan over the arrest of a Chinese captain. "
    named = _events(lede + "Vice Minister Hu demanded that the Japanese side release the crew.")
    assert _sides(named, "request", "demanded") == ("CHN", "JPN")
    titled = _events(lede + "The Director General urged the Japanese side to free the crew.")
    assert _sides(titled, "request", "urged") == ("CHN", "JPN")
    unnamed = _events(lede + "Officials urged Japan to release the crew at once.")
    assert all(e.kind != "request" for e in unnamed)


def test_a_charge_denied_is_a_rejection_of_the_accuser() -> None:
    """ "..., a charge denied by Islamabad", "but Russia denied that", "has denied having
    anything to do with ...": the denier rejects the charge of the side that made it."""
    charge = _events("Iranian officials said the attackers had come from Pakistan, a charge "
                     "denied by Islamabad.")
    assert _sides(charge, "reject", "charge denied") == ("PAK", "IRN")
    that = _events("Georgia said Russian jets kept bombing its towns, but Russia denied that.")
    assert _sides(that, "reject", "denied") == ("RUS", "GEO")
    having = _events("Cuba has denied having anything to do with the attacks on American "
                     "diplomats.")
    assert _sides(having, "reject", "denied") == ("CUB", "USA")


def test_the_direct_object_after_an_article_is_the_target() -> None:
    """ "accused the president of Guyana, Irfaan Ali, of ...": the side right after the
    verb and its article is the one accused, not a side named in the charge after "of"."""
    accused = _events("Baku accused the prime minister of Armenia, Nikol Pashinyan, of "
                      "seeking the presence of French troops.")
    assert _sides(accused, "criticism_hostility", "accused") == ("AZE", "ARM")
    venezuela = _events("Venezuela accused the president of Guyana, Irfaan Ali, of giving a "
                        "green light to the presence of United States troops.")
    assert _sides(venezuela, "criticism_hostility", "accused") == ("VEN", "GUY")


def test_criticism_of_the_act_a_clause_tells_targets_its_subject() -> None:
    """ "X did Y, a decision denounced by Z", "..., a move slammed by Z": what Z criticises
    is the clause's act, done by its subject, not the side named last before it."""
    denounced = _events("Japan removed South Korea from its export white list, a decision "
                        "denounced by Seoul as retaliation.")
    assert _sides(denounced, "criticism_hostility", "denounced") == ("KOR", "JPN")
    slammed = _events("Norway recognised a Palestinian state, with Ireland due to follow, "
                      "in a move slammed by Israel.")
    assert _sides(slammed, "criticism_hostility", "slammed") == ("ISR", "NOR")


def test_a_measure_in_retaliation_accuses_the_side_answered() -> None:
    """ "expelled an Estonian diplomat in retaliation for Tallinn declaring ...",
    "imposed sanctions ... in retaliation for Washington's arms sale": the measure, and a
    charge against the side whose act it answers; a purchase "in response to tension
    with Turkey" answers no one's act."""
    def charge(text: str) -> tuple[str, str | None]:
        return _sides(_events(text), "criticism_hostility", "in re")

    assert charge("Russia expelled an Estonian diplomat in retaliation for Tallinn "
                  "declaring a Russian envoy persona non grata.") == ("RUS", "EST")
    assert charge("China imposed sanctions on American arms makers in retaliation for "
                  "Washington's arms sale to Taiwan.") == ("CHN", "USA")
    assert charge("Kinshasa expelled the Rwandan ambassador, in retaliation for Kigali's "
                  "support to the rebels.") == ("COD", "RWA")
    bought = _events("Greece bought French frigates in response to tension with Turkey.")
    assert all(e.kind != "criticism_hostility" for e in bought)


def test_a_measure_announced_after_in_response_to_accuses_the_side_answered() -> None:
    """ "In response to unfriendly actions by the British authorities, the Russian side
    decided to impose sanctions ...": the phrase may open the sentence."""
    fronted = _events("In response to hostile steps by the Polish authorities, the Belarusian "
                      "side decided to impose sanctions on ten Polish officials.")
    assert _sides(fronted, "criticism_hostility", "in response") == ("BLR", "POL")


def test_a_threat_with_no_one_named_is_aimed_at_the_documents_other_side() -> None:
    """ "Russia warned of a painful response" in a story on Poland and Russia: aimed at
    Poland, not at whoever Russia dealt with in the sentence before."""
    story = _events("Poland ordered the closure of the Russian consulate in Poznan on "
                    "Tuesday, the Polish foreign minister said. Russia signed a grain deal "
                    "with Ukraine last week. Russia warned of a painful response.")
    assert _sides(story, "criticism_hostility", "warned") == ("RUS", "POL")


def test_a_request_named_as_a_noun_is_its_makers() -> None:
    """ "At the request of Mozambique, Rwanda deployed ...", "responding to a request by
    the US": the side after "of", "by" or "from" asked, the one acting on it was asked."""
    at = _events("At the request of the Mozambican government, Rwanda deployed 1,000 "
                 "troops to Cabo Delgado.")
    assert _sides(at, "request", "At the request") == ("MOZ", "RWA")
    by = _events("Mexico extradited 29 cartel members to the United States, responding to "
                 "a request by the US Justice Department.")
    assert _sides(by, "request", "request by") == ("USA", "MEX")
    source = _events("Egypt rejected in 2016 a request from Khartoum to open talks.")
    assert _sides(source, "request", "request") == ("SDN", "EGY")


def test_a_statement_told_next_takes_the_date_of_the_statement_before() -> None:
    """ "X summoned Y's envoy on Thursday and protested firing on Tuesday night. X also
    called upon Y to ...": the call was made with the protest, not on the night of the
    firing told last."""
    story = _events("Afghanistan summoned Pakistan's ambassador on Thursday and protested "
                    "over firing by Pakistani forces on Tuesday night. An Afghan official also "
                    "called upon the Pakistani government to halt such actions.", "2015-07-02")
    call = next(e for e in story if e.kind == "request")
    assert (call.actor1.code, call.actor2.code if call.actor2 else None) == ("AFG", "PAK")
    assert call.date.start == "2015-07-02"
