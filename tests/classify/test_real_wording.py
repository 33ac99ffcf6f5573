"""Wording of real diplomatic news, a class at a time (each seen several times in the
real-text dev split): who voices concern to whom."""

from __future__ import annotations

import pytest

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _events(text: str, date: str | None = "2023-11-17") -> list[Event]:
    return events_in(text, date)


_sides = sides_of


def test_concerns_raised_or_expressed_to_someone_are_an_accusation() -> None:
    """ "raised concerns with China", "expressed to President Xi his concerns": the
    recipient may stand between the verb and the concern; a report that raises concern
    among people names no target and codes nothing."""
    (raised,) = _events("Germany raised concerns with China about its trade practices.")
    assert (raised.kind, raised.actor1.code, raised.actor2.code) == (
        "criticism_hostility", "DEU", "CHN")
    (told,) = _events("Japan's prime minister expressed to President Xi Jinping his "
                      "serious concerns about Chinese military activity.")
    assert (told.actor1.code, told.actor2.code) == ("JPN", "CHN")
    assert _events("The report raised concerns among investors in India.") == []


def test_we_in_a_quotation_is_its_speaker() -> None:
    """ "“We call on Rwanda to ...,” the French foreign ministry said": the speaker of
    the reporting clause after the quote is the one acting; outside a quotation "we"
    names nobody."""
    (call,) = _events("“We call on Rwanda to withdraw from Congolese territory,” the French "
                      "foreign ministry said.")
    assert (call.kind, call.actor1.code, call.actor2.code) == ("request", "FRA", "RWA")
    (said,) = _events("“I will visit Baku next month,” said Pakistan's prime minister.")
    assert (said.actor1.code, said.status) == ("PAK", "planned")
    assert all(e.kind != "request" for e in _events("We call on Rwanda to withdraw."))


def test_a_visit_at_someones_invitation_tells_the_invitation() -> None:
    """ "X arrived in Baku at the invitation of President Aliyev": Aliyev invited X, and
    the invitation was taken up (actual); one merely extended stays an intent."""
    found = {e.kind: e for e in _events(
        "Pakistan's prime minister arrived in Baku at the invitation of President Aliyev.")}
    invitation = found["invitation"]
    assert (invitation.actor1.code, invitation.actor2.code, invitation.status) == (
        "AZE", "PAK", "actual")
    assert found["visit"].actor1.code == "PAK"
    (extended,) = _events("Pakistan extended an invitation to Azerbaijan's president.")
    assert extended.status == "intent"


def test_a_quoted_condition_threatens_its_subject() -> None:
    """ "“If the Philippines continues ..., China will take resolute measures,” the
    ministry said": China threatens; the quote mark does not hide the "if" clause."""
    (threat,) = _events("“If the Philippines continues to act unilaterally, China will take "
                        "resolute measures,” China's foreign ministry said.")
    assert (threat.plover, threat.actor1.code, threat.actor2.code) == ("THREATEN", "CHN", "PHL")


def test_what_follows_a_report_in_the_sentence_keeps_its_own_object() -> None:
    """ "..., Cavusoglu said, thanking Greece for its help": the attribution bounds
    what comes before it, not the act told after it; "he" there is the speaker, even
    when the sentence before named someone else."""
    (thanks,) = _events("Relations are good, Cavusoglu said, thanking Greece for its help.")
    assert (thanks.kind, thanks.actor1.code, thanks.actor2.code) == (
        "support_statement", "TUR", "GRC")
    before = "Greek Foreign Minister Nikos Dendias toured the quake-hit areas. "
    events = _events(before + "Relations are good, Cavusoglu said as he thanked Greece.")
    (thanked,) = [e for e in events if e.kind == "support_statement"]
    assert (thanked.actor1.code, thanked.actor2.code) == ("TUR", "GRC")
    # a trailing attribution is still no party: "..., Ankara said" does not act
    (visit,) = _events("Dendias visited Baku, Ankara said.")
    assert (visit.actor1.code, visit.actor2.code) == ("GRC", "AZE")


def test_a_dateline_is_no_side_reporting_itself() -> None:
    """ "NEW DELHI: Pakistani troops targeted forward posts, the Indian Army said": the
    dateline is where the report was filed; India, reporting force with no target
    named, is the side struck."""
    (strike,) = _events("NEW DELHI: Pakistani troops have targeted forward posts, the Indian "
                        "Army said.")
    assert (strike.kind, strike.actor1.code, strike.actor2.code) == ("armed_clash", "PAK", "IND")
    # a side that reports its own force is still not its target
    (own,) = _events("Indian troops fired on Pakistani posts, Indian officials said.")
    assert (own.actor1.code, own.actor2.code) == ("IND", "PAK")


def test_two_people_of_one_state_are_one_side_that_the_pair_completes() -> None:
    """ "Presidents Clinton and Bush had visited the country": two visitors of one
    state are one side, not a visit of the US to itself; the document's other state
    is where they went (once in each year listed)."""
    text = ("Vietnam and the United States normalised relations in 1995. Presidents Bill "
            "Clinton and George W. Bush had also visited the country, in 2000 and 2006.")
    visits = [e for e in _events(text) if e.kind == "visit"]
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in visits] == [("USA", "VNM", "2000"), ("USA", "VNM", "2006")]


def test_every_state_a_sentence_ranks_did_the_act() -> None:
    """ "the second country (after Turkey) to recognise", "Following Turkey, ...",
    "Türkiye was the first state, and Pakistan the second": each ranked state
    recognised; a sentence that ranks no one adds nobody."""
    for text in (
        "Pakistan was the second country (after Turkey) to recognize Azerbaijan in 1991.",
        "Following Turkey, Pakistan became the second country to recognize Azerbaijan.",
        "Türkiye was the first state, and Pakistan the second, to recognize Azerbaijan.",
    ):
        pairs = {(e.actor1.code, e.actor2.code) for e in _events(text) if e.kind == "recognition"}
        assert pairs == {("PAK", "AZE"), ("TUR", "AZE")}, text
    alone = _events("After talks with Turkey, Pakistan signed a second deal with Azerbaijan.")
    assert {(e.kind, e.actor1.code) for e in alone if e.kind == "agreement_signed"} == {
        ("agreement_signed", "PAK")}


def test_a_visitor_in_a_city_visits_its_state() -> None:
    """ "Gallant met Aliyev in Baku, as he begins a two-day visit": the visit is to
    the state of the place he is in."""
    visits = [e for e in _events("Israel's Gallant met with Aliyev in Baku on Thursday, as he "
                                 "begins a two-day visit.") if e.kind == "visit"]
    assert [(e.actor1.code, e.actor2.code) for e in visits] == [("ISR", "AZE")]


def test_gerunds_after_a_subordinator_take_the_main_subject() -> None:
    """ "Modi left Samarkand after attending the SCO summit and holding bilateral talks
    with Putin and Raisi": Modi holds the talks; the summit's name is no subject."""
    text = ("Prime Minister Narendra Modi left Samarkand on Friday after attending the Shanghai "
            "Cooperation Organisation (SCO) summit and holding bilateral talks with Russian "
            "President Vladimir Putin and Iranian President Ebrahim Raisi.")
    talks = {(e.actor1.code, e.actor2.code) for e in _events(text) if e.kind == "negotiation"}
    assert talks == {("IND", "RUS"), ("IND", "IRN")}


def test_who_decided_to_act_acts() -> None:
    """ "..., days after Islamabad decided to shut its airspace to Indian carriers":
    the one who decided shuts it, not the main clause's subject."""
    events = _events("India has closed its airspace to Pakistani planes, days after Islamabad "
                     "decided to shut its airspace to all flights of Indian carriers.")
    assert {(e.actor1.code, e.actor2.code) for e in events if e.kind == "sanction"} == {
        ("IND", "PAK"), ("PAK", "IND")}


def test_my_and_our_in_a_quotation_are_its_speakers() -> None:
    """ "“... my visit ... will be a turning point in the relations between Iraq and
    Turkey,” Erdogan said": the speaker visited; outside a quotation "my" names nobody."""
    (visit,) = [e for e in _events("“I believe that my visit will be a turning point in the "
                                   "relations between Iraq and Turkey,” Erdogan said.")
                if e.kind == "visit"]
    assert (visit.actor1.code, visit.actor2.code) == ("TUR", "IRQ")


def test_a_titled_person_nobody_knows_acts_for_the_other_side_of_the_pair() -> None:
    """ "December 1991: Premier Li Peng makes a return visit to India" in a text on
    China and India: the visitor is China's; with no title the subject stays unknown."""
    text = ("India and China normalised ties. December 1991: Premier Li Peng makes a return "
            "visit to India. May 1992: President R. Venkataraman makes a State visit to China.")
    visits = {(e.actor1.code, e.actor2.code, e.date.start) for e in _events(text)
              if e.kind == "visit"}
    assert visits == {("CHN", "IND", "1991-12"), ("IND", "CHN", "1992-05")}
    untitled = "India and China normalised ties. In 1991 the delegation made a visit to India."
    assert all(e.kind != "visit" for e in _events(untitled))


def test_the_former_and_the_latter_are_the_two_sides_named_before() -> None:
    """ "a meeting between Pakistan's foreign minister and his Iranian counterpart during
    the former's maiden visit to Iran": Pakistan visits; "the latter" is the second."""
    visits = [e for e in _events(
        "The development came after a meeting between Pakistani Foreign Minister Bilawal "
        "Bhutto-Zardari and his Iranian counterpart Hossein Amir-Abdollahian during the "
        "former’s maiden visit to Iran.") if e.kind == "visit"]
    assert [(e.actor1.code, e.actor2.code) for e in visits] == [("PAK", "IRN")]
    praise = [e for e in _events("Aliyev met Putin in Moscow; the latter praised the ties.")
              if e.kind == "support_statement"]
    assert [e.actor1.code for e in praise] == ["RUS"]


def test_a_barter_trade_mechanism_put_into_operation_is_economic_cooperation() -> None:
    (deal,) = _events("Pakistan and Iran on Tuesday operationalized a barter trade mechanism.")
    assert (deal.kind, {deal.actor1.code, deal.actor2.code}) == (
        "economic_cooperation", {"PAK", "IRN"})


def test_a_body_in_the_clause_before_acts_and_what_a_call_would_end_is_no_act() -> None:
    """ "The ministry did not provide details but urged an end to the attacks of Russia's
    services": the ministry (the last sentence's Estonia) urges; the attacks it wants
    ended are no Estonian attack. "The statement said that ..." reports, it acts not."""
    events = _events("On March 19, the Estonian foreign ministry declared a Russian diplomat "
                     "persona non grata. The ministry did not provide details of the case but "
                     "urged an end to the hybrid attacks of Russia's special services.")
    assert {(e.kind, e.actor1.code, e.actor2.code) for e in events} == {
        ("sanction", "EST", "RUS"), ("request", "EST", "RUS")}


def test_an_invitation_to_visit_tells_the_visit_intended_by_the_invited() -> None:
    """ "invited President Aliyev to visit Pakistan": the invitation; the visit by the
    invited side to the inviter's only once it will take place (accepted, or a date of its
    own), intended (gold codes an invitation not taken up without its visit)."""
    found = {e.kind: e for e in _events(
        "Prime Minister Shehbaz Sharif invited President Ilham Aliyev to visit Pakistan.")}
    assert (found["invitation"].actor1.code, found["invitation"].actor2.code) == ("PAK", "AZE")
    assert "visit" not in found
    found = {e.kind: e for e in _events(
        "Prime Minister Shehbaz Sharif invited President Ilham Aliyev to visit Pakistan, "
        "which he accepted.")}
    visit = found["visit"]
    assert (visit.actor1.code, visit.actor2.code, visit.status) == ("AZE", "PAK", "intent")
    dated = [e for e in _events("Gakharia invited Azerbaijani President Ilham Aliyev to visit "
                                "Georgia in 2020.") if e.kind == "visit"]
    assert [(e.actor1.code, e.actor2.code, e.date.start) for e in dated] == [("AZE", "GEO", "2020")]
    # a visit that was made is not the invitation's intended one told again
    text = ("Buhari has invited him to visit Nigeria. Ramaphosa was in Nigeria in July 2018 "
            "on a working visit.")
    assert "2018-07" in {e.date.start for e in _events(text, "2019-10-03") if e.kind == "visit"}


def test_a_visit_begun_where_the_sentence_is_visits_that_state() -> None:
    """ "X met Aliyev in Baku, as he begins a two-day visit signifying the ties between
    the two countries": the visit is to Azerbaijan, not to "the two countries"."""
    visits = [e for e in _events(
        "Defense Minister Yoav Gallant met with Azerbaijan’s President Ilham Aliyev in Baku "
        "on Thursday, as he begins a two-day visit signifying the burgeoning relationship "
        "between the two countries.") if e.kind == "visit"]
    assert [(e.actor1.code, e.actor2.code) for e in visits] == [("ISR", "AZE")]


def test_the_same_act_at_two_dates_in_one_sentence_is_two_events() -> None:
    """ "met on Wednesday, after their last meeting in March 2023": two meetings."""
    meetings = sorted(e.date.start for e in _events(
        "Assad met Putin in Moscow on Wednesday, after their last meeting in March 2023.",
        "2024-07-25") if e.kind == "meeting")
    assert meetings == ["2023-03", "2024-07-24"]


def test_an_envoy_acted_on_in_the_passive_is_acted_on_by_his_host_or_his_state() -> None:
    """ "Iran's ambassador to Azerbaijan was summoned / expelled / declared persona non
    grata": by Azerbaijan, where he serves; "was recalled": by his own state."""
    cases = {
        "The Iranian ambassador to Azerbaijan was summoned to the foreign ministry.":
            ("criticism_hostility", "AZE", "IRN"),
        "Russia's ambassador to Estonia was expelled on Friday.": ("sanction", "EST", "RUS"),
        "The Russian ambassador to Moldova was declared persona non grata.":
            ("sanction", "MDA", "RUS"),
        "India's envoy to Canada was recalled.": ("sanction", "IND", "CAN"),
    }
    for text, expected in cases.items():
        assert [(e.kind, e.actor1.code, e.actor2.code) for e in _events(text)] == [expected]
    # with no posting named, nobody is known to have summoned him
    assert _events("The Iranian ambassador was summoned to the foreign ministry.") == []


def test_an_act_told_as_what_came_before_the_news_is_an_event() -> None:
    """ "It comes a day after a Turkish airstrike on ...", "expelled the envoy after the
    Indian strikes on Pakistani territory": the earlier act happened too; an act named
    as the setting ("amid Pakistani shelling") stays the setting."""
    (strike,) = _events("It comes a day after a Turkish airstrike on a military airport in "
                        "northern Iraq.")
    assert (strike.kind, strike.actor1.code, strike.actor2.code) == ("armed_clash", "TUR", "IRQ")
    kinds = {e.kind for e in _events("Pakistan expelled the Indian envoy after the Indian "
                                     "strikes on Pakistani territory.")}
    # the expulsion answering India's strikes also charges India with them (ACCUSE)
    assert kinds == {"sanction", "armed_clash", "criticism_hostility"}
    assert {e.kind for e in _events("India closed the border amid Pakistani shelling.")} == {
        "sanction"}


def test_a_reporting_clause_with_its_own_subject_is_not_spoken_by_the_state_before_it() -> None:
    """ "X is cutting ties with Y, Foreign Minister Z said, accusing ...": the accusation
    is the main subject's; Y, named before the comma, does not speak the reporting
    clause. A state right before "said" still does ("..., Manila said, accusing ...")."""
    events = _events("Chile is recalling its ambassador from Peru, Foreign Minister Ana Soto "
                     "said on Monday, accusing Lima of meddling in its elections.")
    assert _sides(events, "criticism_hostility") == ("CHL", "PER")
    events = _events("Peru closed two border crossings, Santiago said on Monday, "
                     "accusing Lima of bad faith.")
    assert _sides(events, "criticism_hostility")[0] == "CHL"


def test_a_person_told_detained_somewhere_was_detained_by_that_state() -> None:
    """ "a Vietnamese journalist detained in Beijing": the participle right after the noun
    and before a place or time is a passive (a reduced relative), so the place's state
    acts on the journalist's; with "has" before it the verb is active."""
    events = _events("Vietnam urged China to free a Vietnamese journalist detained in Beijing "
                     "last week.")
    assert _sides(events, "coerce") == ("CHN", "VNM")
    (active,) = _events("China has detained two Vietnamese fishermen near the Paracel Islands.")
    assert (active.kind, active.actor1.code, active.actor2.code) == ("coerce", "CHN", "VNM")


def test_the_ministry_is_the_ministry_named_last_not_the_last_sentences_first_actor() -> None:
    """ "X's ambassador was summoned to the Russian Foreign Ministry. The ministry also
    demanded ...": a bare "the ministry" refers back to the ministry named with its
    country, though the sentence before opened with another state's envoy."""
    events = _events("Canada's ambassador was summoned to the Russian Foreign Ministry on "
                     "Monday. The ministry also demanded that Ottawa protect Russian diplomats.")
    assert _sides(events, "request") == ("RUS", "CAN")
    # with no ministry named, the last sentence's actor stays the antecedent
    events = _events("Azerbaijan recalled its ambassador on Monday. The ministry also "
                     "condemned Russia's actions.")
    assert ("AZE", "RUS") in [(e.actor1.code, e.actor2.code) for e in events
                              if e.kind == "criticism_hostility"]


def test_the_verb_after_a_message_is_its_senders_act() -> None:
    """ "X sent Y a letter calling on Y to ...": the letter calls, so its sender does;
    Y, named just before the letter, is the one called on."""
    events = _events("Peru sent Chile a letter calling on Santiago to withdraw its troops.")
    assert _sides(events, "request") == ("PER", "CHL")


def test_his_in_a_fronted_clause_is_the_main_clauses_subject() -> None:
    """ "During his visit to Abu Dhabi, the Israeli president met ...": "his" points
    ahead to the main clause's subject, who visits; "During the visit, ..." refers back
    to a visit told before and tells none of its own."""
    events = _events("During his visit to Abu Dhabi, the Israeli president met the crown "
                     "prince.")
    assert ("visit", "ISR", "ARE") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in events]
    assert all(e.kind != "visit" for e in _events(
        "During the visit, the Israeli president met the crown prince of the UAE."))


def test_expelling_their_envoy_and_recalling_ones_own_are_two_sanctions() -> None:
    """ "X said it was expelling Y's ambassador and recalling its own envoy": two acts
    (CAMEO 166, expel, and 160, the recall), not one told twice; the same expulsion
    told twice in a sentence stays one."""
    events = _events("On Sunday, Somalia said it was expelling Kenya's ambassador and "
                     "recalling its own envoy from Nairobi.")
    assert sorted(e.cameo for e in events if e.kind == "sanction") == ["160", "166"]
    (expelled,) = [e for e in _events("Somalia expelled Kenya's ambassador and ordered him "
                                      "to leave the country.") if e.kind == "sanction"]
    assert expelled.cameo == "166"


def test_a_verb_coordinated_after_a_place_keeps_the_main_subject() -> None:
    """ "X has recalled its diplomats from Nairobi and given Kenyan diplomats seven days
    to leave": "given" shares X as its subject, as an -ed verb after "and" would; the
    capital just before it is where the diplomats were."""
    events = _events("Somalia has recalled all its diplomats from Nairobi and given Kenyan "
                     "diplomats in Mogadishu seven days to leave the country.")
    expelled = next(e for e in events if e.cameo == "166")
    assert (expelled.actor1.code, expelled.actor2.code) == ("SOM", "KEN")


def test_a_state_owning_the_first_of_two_subjects_is_a_side() -> None:
    """ "Afghanistan's Islamic Emirate and the government of Pakistan have reached ...":
    the possessor stands for the first side of the group; and an agreement reached on a
    truce is the truce (what was agreed is the event)."""
    events = _events("Afghanistan's Islamic Emirate and the government of Pakistan have "
                     "reached an agreement on a ceasefire.")
    (truce,) = [e for e in events if e.kind == "ceasefire"]
    assert {truce.actor1.code, truce.actor2.code} == {"AFG", "PAK"}
    assert all(e.kind != "agreement_signed" for e in events)


def test_by_doing_is_how_an_act_was_done_unless_it_is_inside_a_charge() -> None:
    """ "concluded his visit by signing five MoUs": the signing is an act told by its
    means; "accused France of fuelling conflicts by supplying arms": what a charge says
    is no act of its own."""
    events = _events("Modi concluded his visit to Bangladesh by signing five MoUs with his "
                     "Bangladeshi counterpart.")
    assert ("agreement_signed", "IND", "BGD") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in events]
    charged = _events("Azerbaijan accused France of fuelling conflicts in the Caucasus by "
                      "supplying arms to Armenia.")
    assert all(e.kind != "arms_transfer" for e in charged)


def test_a_second_measure_announced_in_one_breath_is_the_announcers() -> None:
    """ "India announced the suspension of the treaty with Pakistan and closure of the
    border crossing": the closure is India's too, not Pakistan's, named just before."""
    events = _events("India on Wednesday announced the immediate suspension of the Indus "
                     "Waters Treaty with Pakistan and closure of the Wagah-Attari border "
                     "crossing.", "2025-04-25")
    assert sorted(e.actor1.code for e in events if e.kind == "sanction") == ["IND", "IND"]


def test_a_dateline_is_where_the_report_was_filed_not_the_clause_subject() -> None:
    """ "QUITO, Ecuador (AP) — The Mexican president has moved to break off ties with
    Ecuador": the clause begins after the dateline, so its subject is the president."""
    events = _events("QUITO, Ecuador (AP) — The Mexican president has quickly moved to break "
                     "off diplomatic ties with Ecuador.", "2024-04-06")
    (cut,) = [e for e in events if e.kind == "sanction"]
    assert (cut.actor1.code, cut.actor2.code) == ("MEX", "ECU")


def test_what_a_summons_was_for_was_done_at_it() -> None:
    """ "summoned the Russian ambassador on Wednesday to declare a member of the embassy
    staff persona non grata": the expulsion was done at the summons; "to protest the
    shelling" is what the summons itself was, so the shelling is the only other act."""
    events = _events("Moldova summoned the Russian ambassador on Wednesday to declare a member "
                     "of the Russian embassy staff persona non grata.")
    assert ("sanction", "MDA", "RUS") in [(e.kind, e.actor1.code, e.actor2.code)
                                          for e in events]
    protest = _events("Afghanistan summoned Pakistan's ambassador on Saturday to protest "
                      "recent shelling in Afghan provinces.")
    assert sorted(e.kind for e in protest) == ["armed_clash", "criticism_hostility"]


def test_it_right_before_the_verb_is_the_sentences_subject_not_the_last_name() -> None:
    """ "Pakistan downgraded ties with India over what it called New Delhi's illegal
    move": "it" is Pakistan, so Pakistan criticises India, not India itself."""
    events = _events("Pakistan downgraded its diplomatic ties with India over what it called "
                     "New Delhi's illegal move.")
    assert _sides(events, "criticism_hostility") == ("PAK", "IND")


def test_a_fronted_visit_or_arrival_is_the_main_subjects_trip() -> None:
    """ "On a visit to Brazil, Scholz met ...", "Immediately upon arrival in Baku,
    Mirziyoyev met ...": the traveller is the main clause's subject, named after the
    comma; "On Monday, X met Y in Ankara" opens with no trip and tells none."""
    visit = next(e for e in _events("On a visit to Brazil, German Chancellor Olaf Scholz "
                                    "met with President Lula.") if e.kind == "visit")
    assert (visit.actor1.code, visit.actor2.code) == ("DEU", "BRA")
    arrived = _events("Immediately upon arrival in Baku, Uzbek President Shavkat Mirziyoyev "
                      "met with Azerbaijani President Ilham Aliyev.")
    assert _sides(arrived, "visit") == ("UZB", "AZE")
    assert [e.kind for e in _events("On Monday, Azerbaijani President Ilham Aliyev met "
                                    "Turkish President Erdogan.")] == ["meeting"]


def test_calling_an_act_contrary_to_law_is_criticism() -> None:
    """The words a side calls the other's act by: "calling the move contrary to
    international laws" (a "massacre", "flagrant", "unprofessional" alike), not
    "calling the move historic"."""
    called = _events("Afghanistan's refugee ministry reacted to the deportation of migrants "
                     "from Pakistan, calling the move contrary to international laws.")
    assert _sides(called, "criticism_hostility") == ("AFG", "PAK")
    praised = _events("Afghanistan's refugee ministry reacted to the return of migrants from "
                      "Pakistan, calling the move historic.")
    assert "criticism_hostility" not in [e.kind for e in praised]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Kenyan president spoke at State House during the official visit to Kenya by "
         "the President of the Government of Spain, Pedro Sánchez.", ("ESP", "KEN")),
        ("Indonesian President Joko Widodo received the courtesy visit of Malaysian Foreign "
         "Minister Zambry Abdul Kadir at the Merdeka Palace.", ("MYS", "IDN")),
        ("Turkish President Erdogan will arrive on Thursday on a two-day visit of Pakistan.",
         ("TUR", "PAK")),
        ("Chinese Premier Li Qiang concluded his official visit to Vietnam at the invitation "
         "of Vietnamese Prime Minister Pham Minh Chinh.", ("CHN", "VNM")),
    ],
)
def test_the_traveller_named_after_the_trip_is_the_visitor(
    text: str, sides: tuple[str, str]
) -> None:
    """ "during the official visit to Kenya by the President of Spain", "received the
    courtesy visit of Malaysian Foreign Minister X": whoever follows "by", or an official
    right after "of", travels; "a visit of Pakistan" names where he went, and "at the
    invitation of Prime Minister X" names no traveller."""
    assert _sides(_events(text), "visit") == sides


def test_a_trip_the_arriving_subject_is_on_is_his_visit() -> None:
    """ "Aliyev arrived in the Kazakh capital Astana on an official visit": one visit,
    Aliyev's, though Astana is named right before the word; "welcomed his Azerbaijani
    counterpart on a visit" leaves the trip to the one welcomed."""
    arrived = _events("The two leaders discussed ties as Azerbaijani President Aliyev arrived "
                      "in the Kazakh capital Astana on an official visit where they met.")
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in arrived if e.kind == "visit"] == [("AZE", "KAZ")]
    welcomed = _events("Kazakh President Tokayev welcomed his Azerbaijani counterpart on an "
                       "official visit.")
    assert _sides(welcomed, "visit") == ("AZE", "KAZ")


def test_a_visit_to_the_country_goes_to_the_state_named_last() -> None:
    """ "praised relations with the UAE on Sunday, following an official visit to the
    country": the Saudi crown prince went to the UAE, not the other way round."""
    events = _events("Saudi Arabia's Crown Prince Mohammed bin Salman praised special "
                     "relations with the UAE on Sunday, following an official visit to the "
                     "country.")
    assert _sides(events, "visit") == ("SAU", "ARE")


def test_a_release_tells_the_dated_capture_before_it() -> None:
    """ "freed 10 Armenian soldiers captured last month": the release, and the capture
    on its own date by the same side; not when the capture has no date of its own, nor
    for a swap, whose captures go both ways."""
    freed = _events("Azerbaijan said on Sunday it had freed 10 Armenian soldiers captured in "
                    "November 2021.", "2021-12-20")
    capture = next(e for e in freed if e.kind == "coerce")
    assert (capture.actor1.code, capture.actor2.code, capture.date.start) == (
        "AZE", "ARM", "2021-11")
    release = next(e for e in freed if e.kind == "retreat")
    assert release.date.start == "2021-12-19"
    undated = _events("Azerbaijan released two Iranian truck drivers on Thursday, who had "
                      "been arrested.", "2021-10-21")
    assert [e.kind for e in undated] == ["retreat"]
    # a capture counted back from the release is dated ("a month after": the month before)
    counted = _events("Azerbaijan released two Iranian truck drivers on Thursday, a month "
                      "after they were arrested.", "2021-10-21")
    assert [(e.kind, e.date.start) for e in counted] == [
        ("retreat", "2021-10-21"), ("coerce", "2021-09")]
    swap = _events("Armenia and Azerbaijan exchanged prisoners captured in 2020.", "2023-12-13")
    assert "coerce" not in [e.kind for e in swap]


def test_forcing_a_way_into_an_embassy_coerces_its_state() -> None:
    """ "Ecuadorian police forced their way into the Mexican embassy", "broke into the
    Mexican Embassy": a raid on the other's mission (CAMEO 172)."""
    forced = _events("Mexico broke off ties with Ecuador after Ecuadorian police forced their "
                     "way into the Mexican embassy in Quito.")
    assert _sides(forced, "coerce") == ("ECU", "MEX")
    broke = _events("Ecuadorian police broke into the Mexican Embassy on Friday.")
    assert _sides(broke, "coerce") == ("ECU", "MEX")


def test_every_state_of_a_hyphenated_or_held_summit_takes_part() -> None:
    """ "the Pakistan-Turkiye-Azerbaijan trilateral summit": the three states; "a
    trilateral summit held in Lachin with Pakistan and Turkiye": the speaker and both."""
    (hyphenated,) = _events("The visit follows the inaugural Pakistan-Turkiye-Azerbaijan "
                            "trilateral summit in Kazakhstan.")
    assert {a.code for a in hyphenated.parties()} == {"PAK", "TUR", "AZE"}
    held = _events("Azerbaijani President Ilham Aliyev spoke during a trilateral summit held "
                   "in Lachin with Pakistan and Turkiye.")
    summit = next(e for e in held if e.kind == "meeting")
    assert {a.code for a in summit.parties()} == {"AZE", "PAK", "TUR"}


def test_planes_bringing_relief_are_aid_not_a_visit() -> None:
    """ "A Pakistan Air Force aircraft carrying relief cargo arrived in Sri Lanka last
    evening": aid from Pakistan, on the evening before; "Turkish planes carrying relief
    goods landed in Karachi" likewise; warplanes landing are neither."""
    (cargo,) = _events("A Pakistan Air Force C-130 aircraft carrying relief cargo and a rescue "
                       "team arrived in Sri Lanka last evening.", "2025-12-04")
    assert (cargo.kind, cargo.actor1.code, cargo.actor2.code, cargo.date.start) == (
        "aid_project", "PAK", "LKA", "2025-12-03")
    goods = _events("Two Turkish planes carrying relief goods for flood victims across "
                    "Pakistan have landed in Karachi.", "2022-08-28")
    assert {e.kind for e in goods} == {"aid_project"}
    assert _events("Two Turkish fighter jets landed in Karachi on Wednesday.") == []


def test_a_supply_boat_is_a_ship_not_a_sale_and_dates_nothing() -> None:
    """ "rammed a Philippine coast guard ship and a supply boat Sunday": no arms sale in
    "supply boat", and the word that codes nothing is no verb of its own that would take
    the day from the ramming."""
    events = _events("A Chinese coast guard ship rammed a Philippine coast guard ship and a "
                     "military-run supply boat Sunday off a contested shoal.", "2023-10-23")
    assert [(e.kind, e.actor1.code, e.date.start) for e in events] == [
        ("armed_clash", "CHN", "2023-10-22")]


def test_a_fronted_phrase_names_no_subject_of_the_main_clause() -> None:
    """ "In response to unfriendly actions by the British authorities, the Russian side
    made a decision to impose sanctions on Great Britain": Russia imposes them; and an
    invitation named in such a phrase is not the main subject's."""
    events = _events("In response to unfriendly actions by the British authorities, the "
                     "Russian side made a decision to impose personal sanctions on 25 "
                     "representatives of Great Britain.")
    assert _sides(events, "sanction") == ("RUS", "GBR")
    invited = _events("In response to an invitation from Colombian President Juan Manuel "
                      "Santos, Mexican President Enrique Peña Nieto paid a state visit to "
                      "Colombia.")
    assert ("MEX", "COL") not in [
        (e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in invited if e.kind == "invitation"]


def test_a_list_of_acts_is_the_main_subjects_and_abrogating_a_treaty_is_a_sanction() -> None:
    """ "Somalia broke off relations with Cuba, abrogated the treaty of friendship with the
    USSR, and expelled ...": each act of the list is Somalia's; abrogating (annulling,
    scrapping, renouncing) a treaty with the other side is a sanction on it."""
    events = _events("In 1977 Somalia broke off diplomatic relations with Cuba, abrogated the "
                     "friendship treaty with the USSR, and expelled Soviet advisers.", None)
    sanctions = [(e.actor1.code, e.actor2.code if e.actor2 else None)
                 for e in events if e.kind == "sanction"]
    assert sanctions == [("SOM", "CUB"), ("SOM", "SUN")]


def test_a_counterattack_strikes_whoever_the_sentence_says_attacked_first() -> None:
    """ "The IDF launched a counterattack after Hezbollah fired 48 rockets at an Israeli
    base": two attacks, each the other's target; an attack told with its actor alone is
    not folded into the other side's."""
    events = _events("The Israel Defense Forces has launched a counterattack after Hezbollah "
                     "fired 48 rockets at an Israeli infantry headquarters.")
    assert sorted((e.actor1.code, e.actor2.code) for e in events
                  if e.kind == "armed_clash" and e.actor2) == [("ISR", "LBN"), ("LBN", "ISR")]


def test_agreeing_to_restore_ties_is_an_agreement_and_to_a_ceasefire_the_ceasefire() -> None:
    """ "agreed to resume diplomatic relations", "agreed to establish a strategic
    partnership" conclude a settlement; "agreed Monday to an unconditional ceasefire"
    is the ceasefire itself, not a pledge besides it; "agreed to deepen ties" stays a
    pledge."""
    (resumed,) = _events("Iran and Saudi Arabia have agreed to resume diplomatic relations "
                         "after seven years of tensions.")
    assert (resumed.kind, resumed.actor1.code, resumed.actor2.code) == (
        "agreement_signed", "IRN", "SAU")
    (partnership,) = _events("In 2009, Japan and Vietnam formally agreed to establish a "
                             "strategic partnership.")
    assert (partnership.kind, partnership.date.start) == ("agreement_signed", "2009")
    # the five days of fighting the truce ends are a fight of their own (the gold codes it)
    (truce,) = [e for e in _events("Thailand and Cambodia's leaders agreed Monday to an "
                                   "unconditional ceasefire after five days of fighting.")
                if e.kind != "armed_clash"]
    assert (truce.kind, truce.date.start) == ("ceasefire", "2023-11-13")
    (pledge,) = _events("Brazil and Mexico agreed to strengthen and deepen bilateral ties.")
    assert pledge.kind == "pledge"
    (called,) = _events("Kyrgyzstan and Tajikistan agreed on what they called a full ceasefire "
                        "on Saturday.")
    assert called.kind == "ceasefire"
    both = _events("Pakistan and Afghanistan agreed to an immediate and permanent ceasefire and "
                   "to set up mechanisms to address security concerns.")
    assert sorted(e.kind for e in both) == ["ceasefire", "pledge"]
    # no pledge in "to be agreed upon" (nor the visit of an invitation not yet taken up)
    assert [e.kind for e in _events("Buhari invited Ramaphosa to visit Nigeria on a date to be "
                                    "agreed upon.")] == ["invitation"]


def test_being_ready_to_act_is_no_pledge_but_may_tell_the_act_intended() -> None:
    """ "is ready to help", "was prepared to convene": readiness promises nothing to
    anyone (one right in seven on dev); the act it is ready for is still read ("will
    be ready to ink agreements")."""
    assert _events("Di Maio has said Italy is ready to help France's protesters.") == []
    (deal,) = [e for e in _events("Pakistan and Azerbaijan will be ready to ink agreements "
                                  "worth $2 billion in November.") if e.kind != "visit"]
    assert (deal.kind, deal.status) == ("agreement_signed", "planned")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force is coded where it is told, not where its victims or its framing are
        ("Israeli forces killed two Palestinians in the West Bank.",
         [("armed_clash", "ISR", "PSE")]),
        ("A Senegalese fisherman was killed by Mauritanian coastguards.",
         [("armed_clash", "MRT", "SEN")]),
        ("Azerbaijan evacuated its embassy in Iran on Sunday. The body of Orkhan Asgarov, who "
         "was killed during an armed attack on Friday, arrived in Baku.",
         [("retreat", "AZE", "IRN")]),
        ("Israel attacked a Turkish aid ship in 2010. Turkey demanded compensation from Israel "
         "for the families of those killed.",
         [("armed_clash", "ISR", "TUR"), ("request", "TUR", "ISR")]),
        ("Russia annexed Crimea in 2014.", [("armed_clash", "RUS", "UKR")]),
        ("Rockets were fired at the Israeli-annexed Golan Heights.", []),
        ("Armenian forces which are occupying powers withdrew from Azerbaijan's region.",
         [("retreat", "ARM", "AZE")]),
        ("Pakistan violated the ceasefire with India.", [("armed_clash", "PAK", "IND")]),
        # fire answering fire, at whoever fired first; not a return of territory
        ("North Korea fired 200 artillery shells into Yeonpyeong Island and the South Korean "
         "Navy returned fire.", [("armed_clash", "PRK", "KOR"), ("armed_clash", "KOR", "PRK")]),
        # (the shelling's doer is written next to it: at the other side, which answers it)
        ("Pakistani troops returned fire after Indian forces shelled villages.",
         [("armed_clash", "PAK", "IND"), ("armed_clash", "IND", "PAK")]),
        # fire told by where it came from and where it fell
        ("A shell fired from Syria landed in the Turkish border town of Akcakale.",
         [("armed_clash", "SYR", "TUR")]),
        ("Mortar shells fired from Myanmar landed inside Bangladesh.",
         [("armed_clash", "MMR", "BGD")]),
        # the force a charge names is coded, by the accused on the accuser
        ("Azerbaijan accused Armenia of attacking cities in violation of a ceasefire.",
         [("criticism_hostility", "AZE", "ARM"), ("armed_clash", "ARM", "AZE")]),
        ("Iraq condemned the flagrant violation of the sovereignty of Iraq by Turkey.",
         [("criticism_hostility", "IRQ", "TUR")]),
        # "yield" and "compromise" mostly mean something else
        ("Ukraine conceded the point to Russia.", [("concede", "UKR", "RUS")]),
        ("Taiwan would never yield to intimidation and threats from China.", []),
        ("Cambodia and China expect the exercises to yield good results.", []),
    ],
)
def test_acts_told_with_their_actor_and_not_their_framing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(text)]
    assert got == expected


def test_welcoming_a_decision_is_support_and_welcoming_a_guest_is_not() -> None:
    """ "welcomed the decision of Azerbaijan": support; "thanked ... for the invitation
    and warm welcome": the guest's thanks and the host's invitation they tell, but no
    meeting: the welcome is the visit's courtesy."""
    (support,) = _events("Pakistan welcomed the decision of Azerbaijan to open an embassy.")
    assert (support.kind, support.actor1.code, support.actor2.code) == (
        "support_statement", "PAK", "AZE")
    events = _events("Sultan Haitham visited Iran. He thanked the Iranian side for the "
                     "invitation and warm welcome.")
    assert [(e.kind, e.actor1.code) for e in events] == [
        ("visit", "OMN"), ("support_statement", "OMN"), ("invitation", "IRN")]


def test_as_after_a_verb_of_naming_opens_no_clause() -> None:
    """ "X described Poland as a reliable friend during his visit to Warsaw": "as" names
    what Poland is called, so "his visit" is still X's; "as talks began" is a clause."""
    events = _events("German Chancellor Olaf Scholz described Poland as a reliable friend "
                     "during his visit to Warsaw today.")
    (visit,) = [e for e in events if e.kind == "visit"]  # calling Poland a friend is support
    assert (visit.kind, visit.actor1.code, visit.actor2.code) == ("visit", "DEU", "POL")


def test_a_protest_by_people_stays_a_protest_whatever_city_names_it() -> None:
    """ "a Warsaw protest targeting Russia's envoy": people in the street (PROTEST);
    "conveyed the protest of the Indian government": a state's diplomatic protest."""
    (street,) = _events("Russia summoned the Polish ambassador two days after a Warsaw protest "
                        "targeting Russia's envoy.", "2022-05-11")[1:]
    assert (street.kind, street.actor1.code, street.actor2.code) == ("protest", "POL", "RUS")
    (stormed,) = _events("Iranian protesters stormed the Saudi embassy in Tehran.")
    assert (stormed.kind, stormed.actor1.code, stormed.actor2.code) == ("protest", "IRN", "SAU")
    (note,) = [e for e in _events("Serbia announced in a protest note to the Czech government "
                                  "that it recalled its ambassador.") if e.kind != "sanction"]
    assert (note.kind, note.actor1.code, note.actor2.code) == ("criticism_hostility", "SRB", "CZE")
    (state,) = _events("Jaishankar conveyed the protest of the Indian government to China.")
    assert (state.kind, state.actor1.code) == ("criticism_hostility", "IND")


def test_an_apology_expected_or_demanded_is_not_given() -> None:
    """ "expected an apology from Milei", "demanded an official apology from Israel": no
    concession (the expectation and the demand are requests); "Erdogan apologized to Putin"
    is one."""
    assert [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(
        "Spain's foreign minister said he expected an apology from Argentina.")] == [
        ("request", "ESP", "ARG")]
    assert [e.kind for e in _events("Turkey demanded an official apology from Israel.")] == [
        "request"]
    (given,) = _events("Erdogan apologized to Putin for the downing of the jet.")
    assert (given.kind, given.actor1.code, given.actor2.code) == ("concede", "TUR", "RUS")


@pytest.mark.parametrize(
    ("kind", "text", "sides"),
    [
        # whose people were sent away, and who sent them
        ("sanction", "Paris reacted to Baku's expulsion of French diplomats.", ("AZE", "FRA")),
        ("sanction", "Paris reacted to the expulsion of French embassy employees from Baku.",
         ("AZE", "FRA")),
        ("sanction", "Pakistan announced the expulsion of Indian diplomats.", ("PAK", "IND")),
        ("sanction", "Prague had on Saturday ordered out 18 Russian diplomats.", ("CZE", "RUS")),
        ("sanction", "Panama on Thursday ordered Venezuela's ambassador out.", ("PAN", "VEN")),
        # aid told by its receiver, or as an amount provided
        ("aid_project", "Tonga received a donation of 200 computers and eight farm tractors "
         "from the Chinese government.", ("CHN", "TON")),
        ("aid_project", "Pakistan received the first consignment of vaccines from China.",
         ("CHN", "PAK")),
        ("aid_project", "The Government of Japan will provide an amount of 2,294 million "
         "Japanese Yen for the project in Bangladesh.", ("JPN", "BGD")),
    ],
)
def test_an_act_told_in_a_noun_phrase_names_who_acts_on_whom(
    kind: str, text: str, sides: tuple[str, str]
) -> None:
    (event,) = _events(text)
    assert (event.kind, event.actor1.code, event.actor2.code) == (kind, *sides)


def test_the_purpose_of_a_stay_is_an_act_of_its_own() -> None:
    """ "is in Athens for meetings with his Greek counterpart": the visit and the
    meeting, as "arrived in Baku for talks with Aliyev" gives both."""
    events = _events("Turkey's foreign minister is in Athens for meetings with his Greek "
                     "counterpart.")
    assert sorted((e.kind, e.actor1.code, e.actor2.code) for e in events) == [
        ("meeting", "TUR", "GRC"), ("visit", "TUR", "GRC")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # arms told as a sale by its seller, or as bought from the supplier
        ("China imposed sanctions in retaliation for Washington's latest arms sale to Taiwan.",
         ("USA", "TWN")),
        ("The Brazilian Air Force unveiled the first of 36 Gripen fighter jets bought from "
         "Sweden's Saab AB.", ("SWE", "BRA")),
    ],
)
def test_arms_sold_or_bought_as_told_in_a_noun_phrase(text: str, sides: tuple[str, str]) -> None:
    (arms,) = [e for e in _events(text) if e.kind == "arms_transfer"]
    assert (arms.actor1.code, arms.actor2.code) == sides


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a joint work begun or opened at a ceremony
        ("Azerbaijani and Iranian ministers attended the groundbreaking ceremony for a highway "
         "bridge on the border between the two countries.", {"AZE", "IRN"}),
        ("Aliyev, together with Turkish President Erdogan, attended the opening ceremony of the "
         "Igdir-Nakhchivan gas pipeline.", {"AZE", "TUR"}),
    ],
)
def test_a_joint_work_opened_at_a_ceremony_is_economic_cooperation(
    text: str, parties: set[str]
) -> None:
    (work,) = _events(text)
    assert work.kind == "economic_cooperation"
    assert {work.actor1.code, work.actor2.code} == parties


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # troops ordered or sent to the other side's border: no purchase of tanks
        ("Venezuela responded by ordering troops and tanks to the border with Colombia.",
         ("VEN", "COL")),
        ("Ecuador and Venezuela have ordered troops to their borders with Colombia.",
         ("ECU", "COL")),
        # forces massed or on alert at the border with the other side
        ("Sudanese troops massed on the border with Ethiopia.", ("SDN", "ETH")),
        ("Kigali said that Rwandan forces at its border with DRC were on high alert.",
         ("RWA", "COD")),
    ],
)
def test_forces_sent_massed_or_alerted_at_a_border_mobilise_against_its_other_side(
    text: str, sides: tuple[str, str]
) -> None:
    assert [e.kind for e in _events(text)] == ["mobilize"]
    assert _sides(_events(text), "mobilize") == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a side's war told by where it is fought
        ("The United States approved an arms sale to Poland as Russia's war in Ukraine rages.",
         ("RUS", "UKR")),
        ("Russia waged war on Ukraine.", ("RUS", "UKR")),
    ],
)
def test_a_sides_war_in_or_on_a_place_is_force_against_its_state(
    text: str, sides: tuple[str, str]
) -> None:
    assert _sides(_events(text), "armed_clash") == sides


def test_a_war_only_talked_about_is_fought_by_no_speaker() -> None:
    """ "discussed the war in Ukraine": the speakers are not at war with Ukraine."""
    events = _events("China, Iran and Saudi Arabia discussed the war in Ukraine.")
    assert [e.kind for e in events if e.kind == "armed_clash"] == []


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 1979, Chile and Argentina signed the Act of Montevideo.",
        "The joint communique was signed by Chile and Argentina on 9 January 1979.",
    ],
)
def test_a_named_act_or_a_communique_signed_is_an_agreement(text: str) -> None:
    (act,) = _events(text)
    assert act.kind == "agreement_signed"
    assert {act.actor1.code, act.actor2.code} == {"CHL", "ARG"}
    assert act.date.start == "1979-01-09"


def test_a_verb_spelt_inside_a_name_is_no_act() -> None:
    """A given name can be spelt like a verb of force ("Ram", "Rob", "Strike"): a
    capitalised trigger between capitalised words of a sentence written in lower case is
    part of a name; a headline in title case and an event's own noun in a name ("the
    Japan-Vietnam Summit Meeting") still tell their act."""
    named = _events("Minister for Foreign Affairs of Nepal Ram Bahadur Thapa met with "
                    "Indian Prime Minister Narendra Modi in New Delhi.")
    assert [e.kind for e in named] == ["meeting"]
    (headline,) = _events("Indian Army Rams Pakistani Boat Near Sir Creek")
    assert (headline.kind, headline.actor1.code, headline.actor2.code) == (
        "armed_clash", "IND", "PAK")
    (summit,) = _events("Leaders of Japan and Vietnam held the Japan-Vietnam Summit "
                        "Meeting in Hiroshima.")
    assert summit.kind == "meeting"
