"""Wording of real news for verbal conflict, a class at a time: the usual English words
for criticism, complaint, threat, demand and refusal between states, as verbs and as
nouns, and how the critic and the criticised are named."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_displeasure_conveyed_or_reiterated_is_criticism_of_the_side_it_is_about() -> None:
    """Displeasure made known is told with many verbs (expressed, voiced, registered,
    conveyed, reiterated) and nouns (concern, objection, disapproval, condemnation): all
    are the speaker's criticism (ACCUSE) of the other side. A messenger who conveys a
    named side's protest ("conveyed Hanoi's strong protest") carries that side's
    criticism, not its own. Condolences conveyed are no complaint."""
    assert ("criticism_hostility", "KEN", "SOM") in _coded(
        "Kenya conveyed its deep displeasure to Somalia over the auction of offshore blocks.")
    assert ("criticism_hostility", "GRC", "TUR") in _coded(
        "Greece registered its strong objection with Turkey over the survey ship.")
    assert ("criticism_hostility", "VNM", "CHN") in _coded(
        "The Chinese envoy was summoned so that officials could convey Vietnam's strong "
        "protest over the drilling.")
    assert not [c for c in _coded("Egypt conveyed its condolences to Jordan after the crash.")
                if c[0] == "criticism_hostility"]


def test_hostile_words_both_sides_speak_are_criticism_between_them() -> None:
    """News tells a row of words as something the two sides trade or exchange: barbs,
    insults, threats, recriminations, "heated words", or as "a war of words between"
    them. Each is criticism between the two (ACCUSE, undirected). Views or diplomatic
    notes exchanged are consultation and agreement, not hostility."""
    assert ("criticism_hostility", "DZA", "MAR") in _coded(
        "Algiers and Rabat traded threats on Sunday over the closure of the pipeline.")
    assert {("criticism_hostility", "SRB", "HRV"), ("criticism_hostility", "HRV", "SRB")} & set(
        _coded("Vucic exchanged harsh words with Croatia's prime minister over the memorial."))
    assert {("criticism_hostility", "IND", "PAK"), ("criticism_hostility", "PAK", "IND")} & set(
        _coded("A war of words between New Delhi and Islamabad escalated after the raid."))
    assert not [c for c in _coded("Iran and Iraq exchanged views on water sharing.")
                if c[0] == "criticism_hostility"]


def test_blame_laid_in_reported_speech_is_an_accusation() -> None:
    """An accusation is often told as what one side said or claimed about the other: that
    it was to blame, at fault, the aggressor or the culprit, or bore the responsibility.
    The speaker accuses the side so described (ACCUSE). A side said to be a victim is
    not accused."""
    assert ("criticism_hostility", "ARM", "AZE") in _coded(
        "Yerevan claimed Azerbaijani troops were the aggressors in Tuesday's shelling.")
    assert ("criticism_hostility", "RUS", "UKR") in _coded(
        "Moscow insisted Kyiv was to blame for the blast at the plant.")
    assert ("criticism_hostility", "ETH", "SDN") in _coded(
        "Addis Ababa said Khartoum bore full responsibility for the clashes on the border.")
    assert not [c for c in _coded("Moscow said Minsk was a victim of the sanctions.")
                if c[0] == "criticism_hostility"]


def test_an_act_judged_a_violation_is_criticism_of_the_side_that_did_it() -> None:
    """A side criticises another by judging its act: it "was a flagrant violation of
    international law", "constitutes a serious breach of our sovereignty", "amounts to an
    infringement of" a treaty. The judging side accuses the side whose act it was
    (ACCUSE). A violation merely reported, with no judgment ("monitors recorded
    violations of the truce"), is not a criticism."""
    assert ("criticism_hostility", "KOR", "PRK") in _coded(
        "Seoul said the satellite launch by Pyongyang was a flagrant violation of United "
        "Nations resolutions.")
    assert ("criticism_hostility", "GRC", "TUR") in _coded(
        "Athens said the Turkish survey constitutes a grave infringement of Greek sovereign "
        "rights.")
    assert not [c for c in _coded(
        "Monitors recorded violations of the truce between Armenia and Azerbaijan.")
        if c[0] == "criticism_hostility"]


def test_a_threat_told_as_a_noun_is_its_makers() -> None:
    """Threats are often told as nouns: a side's threat or warning ("Moscow's threat to
    cut gas supplies", "China's warning of consequences"), a threat by or from a side,
    or one made, renewed, repeated or dangled. Each is THREATEN by the side it belongs
    to. A threat that belongs to no one ("the threat of war looms") is not an act."""
    assert ("criticism_hostility", "RUS", "MDA") in _coded(
        "Moscow's threat to cut gas supplies to Moldova alarmed officials in Chisinau.")
    assert ("criticism_hostility", "TUR", "SYR") in _coded(
        "Turkey renewed its threat of a ground operation against Syria on Monday.")
    assert not [c for c in _coded("The threat of war looms over Armenia and Azerbaijan.")
                if c[0] == "criticism_hostility"]


def test_a_request_put_as_a_clause_or_a_plea_is_a_request() -> None:
    """Besides "asked X to" and "called for", news tells a request as a clause ("requested
    that Hanoi allow consular access", "asked that the envoy be withdrawn") or as a plea
    ("renewed its plea for air defence"). Each is the asker's REQUEST of the other side.
    A question asked ("asked whether") is no request."""
    assert ("request", "JPN", "CHN") in _coded(
        "Tokyo requested that Beijing allow its diplomats to visit the detained man.")
    assert ("request", "UKR", "DEU") in _coded(
        "Kyiv repeated its plea for more air defence systems from Germany.")
    assert not [c for c in _coded(
        "Reporters asked whether Egypt would meet Sudan's delegation.") if c[0] == "request"]


def test_force_a_side_reports_done_to_it_is_its_accusation() -> None:
    """Conflict news tells an accusation as the struck side's report: "Yerevan said
    Azerbaijani troops shelled its villages", "Kigali said Congo's army fired rockets into
    its territory". The side reporting force done to it accuses the side that used it
    (ACCUSE, struck -> doer), beside the force itself. A side reporting its own force,
    or a third party reporting, accuses no one; nor does force that is the matter of
    another verb of the speaker's ("said it condemned the shelling by ...")."""
    coded = _coded("Yerevan said Azerbaijani troops shelled Armenian villages on Tuesday.")
    assert ("criticism_hostility", "ARM", "AZE") in coded
    assert ("armed_clash", "AZE", "ARM") in coded
    assert ("criticism_hostility", "RWA", "COD") in _coded(
        "Rwanda's army said Congolese troops fired rockets into Rwandan territory.")
    for text in ("Israel said its jets struck Hezbollah targets in Lebanon.",
                 "The United Nations said Russian forces attacked Ukrainian towns."):
        assert not [c for c in _coded(text) if c[0] == "criticism_hostility"], text


def test_condemning_terrorism_on_the_other_sides_soil_is_no_criticism_of_it() -> None:
    """Condemning a terrorist attack, a suicide bombing or a coup attempt that struck the
    other side is solidarity with it, not criticism of it ("strongly condemned the
    terrorist attack on Chinese engineers"). An attack a side made ("the Turkish attack
    on the resort") is still condemned as criticism of that side."""
    assert not [c for c in _coded(
        "Islamabad strongly condemned the terrorist attack on Chinese engineers in Dasu.")
        if c[0] == "criticism_hostility"]
    assert not [c for c in _coded(
        "Baku condemned the failed coup attempt in Turkey.") if c[0] == "criticism_hostility"]
    assert ("criticism_hostility", "IRQ", "TUR") in _coded(
        "Baghdad condemned the Turkish attack on the resort in Zakho.")


def test_an_act_labelled_or_regarded_as_wrong_is_criticism() -> None:
    """Besides "called" or "described as", news tells a judgment as "labelled", "dubbed",
    "characterised" or "regarded as" a provocation, interference, aggression, and so on,
    often with the judged act named at length between. The judging side criticises the
    side whose act it was (ACCUSE). "Regarding" (about) judges nothing."""
    assert ("criticism_hostility", "GRC", "TUR") in _coded(
        "Athens labelled the survey by the Turkish vessel a provocation.")
    assert ("criticism_hostility", "AZE", "FRA") in _coded(
        "Baku regarded the resolution adopted by the French Senate as interference.")
    assert not [c for c in _coded(
        "Greek and Turkish officials met regarding the illegal migration route.")
        if c[0] == "criticism_hostility"]


def test_retaliation_announced_for_later_is_a_threat() -> None:
    """A side threatens by announcing what it will do in answer: it "will retaliate",
    "would respond firmly", "reserves the right to respond", "vowed to defend its
    territory", "will not tolerate any aggression". Each is THREATEN of the other side.
    A plain "will respond to the letter" answers, it does not threaten."""
    assert ("criticism_hostility", "IND", "PAK") in _coded(
        "New Delhi said it would respond firmly to any misadventure by Pakistan.")
    assert ("criticism_hostility", "AFG", "PAK") in _coded(
        "Kabul reserves the right to respond to the airstrikes by Pakistan.")
    assert ("criticism_hostility", "GUY", "VEN") in _coded(
        "Georgetown will not tolerate any aggression from Venezuela.")
    assert not [c for c in _coded("Cairo will respond to the letter from Ethiopia next week.")
                if c[0] == "criticism_hostility"]


def test_the_side_named_right_after_the_asking_verb_is_the_one_asked() -> None:
    """ "demanded that China release", "urged Tokyo to scrap", "asked that Vilnius lift":
    the side named right after the asking verb is asked (REQUEST, asker -> asked), and
    what it is asked to do has not happened: "demanded that China release a Japanese
    national" is no release."""
    coded = _coded("Tokyo has demanded that China release a Japanese national who was "
                   "detained in Beijing this month.")
    assert ("request", "JPN", "CHN") in coded
    assert not [c for c in coded if c[0] == "retreat"]
    coded = _coded("Moscow has asked that Lithuania lift the ban on transit to Kaliningrad.")
    assert ("request", "RUS", "LTU") in coded
    assert not [c for c in coded if c[0] == "request" and c[1] == "LTU"]


def test_the_usual_words_for_saying_no_are_rejections() -> None:
    """Beside rejected, dismissed and turned down, news says no with "snubbed",
    "scoffed at", "shrugged off", "balked at", and with a side's refusal or rejection told
    as a noun ("Israel's refusal of a ceasefire", "the ambassador's refusal to respond").
    Each is REJECT by that side. A refusal rate is no one's refusal."""
    assert ("reject", "TUR", "SWE") in _coded("Ankara snubbed the invitation from Stockholm.")
    assert ("reject", "RUS", "UKR") in _coded("Moscow shrugged off the demand from Kyiv.")
    assert ("reject", "ISR", "TUR") in _coded(
        "Israel's refusal of a ceasefire angered Ankara.")
    assert not [c for c in _coded("Egypt's refusal rates for visas from Sudan fell.")
                if c[0] == "reject"]


def test_concern_or_outrage_stated_without_its_object_is_a_complaint() -> None:
    """A side complains by saying it is "deeply concerned", "seriously concerned" (often
    quoted) or "appalled", with the other side's act told elsewhere in the sentence:
    ACCUSE of that side. "Appalled by", "alarmed by" are states of the speaker's mind,
    not passives: the side after "by" is the criticised one. The plain participle ("the
    officials concerned were diplomats") states no concern."""
    assert ("criticism_hostility", "NOR", "RUS") in _coded(
        "Oslo said it was deeply concerned after Russia expelled two Norwegian diplomats.")
    assert ("criticism_hostility", "IRL", "ISR") in _coded(
        "Dublin was appalled by the Israeli strike on the convoy.")
    assert ("criticism_hostility", "JPN", "CHN") in _coded(
        "Tokyo was alarmed by the Chinese drills near the islands.")
    assert not [c for c in _coded(
        "France expelled Algerian officials; the officials concerned were consular staff.")
        if c[0] == "criticism_hostility"]


def test_in_regard_to_regards_nothing_as_ill() -> None:
    """ "regarded X's move as dangerous" is a judgment; "in regard to" and "with regard to"
    are prepositions, and an ill word after them ("in regard to the most dangerous
    conflict") judges no one."""
    assert not [c for c in coded_in(
        "Pakistan's support of Azerbaijan, in particular in regard to the resolution of the "
        "most dangerous conflict in the region, is significant.", "2017-11-03")
        if c[0] == "criticism_hostility"]
    assert ("criticism_hostility", "PAK", "IND") in coded_in(
        "Pakistan regards India's move as dangerous.", "2017-11-03")
