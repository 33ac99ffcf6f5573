"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): which side acts on which, when the sentence names several states,
people the gazetteer does not know, pronouns, passives and clauses."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-05-01") -> list[Event]:
    return events_in(text, date)


_sides = sides_of


def test_an_unnamed_first_member_of_a_joint_subject_is_the_other_side() -> None:
    """ "he and Erdogan agreed to ...", "President X and his Rwandan counterpart agreed":
    the member the gazetteer does not name is the pair's other side, named first."""
    pronoun = _events("Israel and Turkey restored their ties last year. After the "
                      "election, he and Erdogan agreed to keep improving relations.")
    assert _sides(pronoun, "pledge") == ("ISR", "TUR")
    titled = _events("Tanzania and Rwanda share a long border. President Jonas Mkwawa and "
                     "his Rwandan counterpart have agreed to build a railway to Kigali.")
    assert _sides(titled, "pledge") == ("TZA", "RWA")
    earlier = _events("Kenya and Ethiopia are close partners. He was last in Nairobi in 2018, "
                      "when he and then-president Uhuru Kenyatta vowed to raise their ties.")
    assert _sides(earlier, "pledge") == ("ETH", "KEN")


def test_a_surname_alone_is_the_titled_person_named_before() -> None:
    """News names an official in full once ("Vietnamese President Nguyen Van Thang", "his
    Iranian counterpart, Hossein Karimi Bahrami") and then by surname alone: the surname
    stands for that person's state."""
    titled = _events("South Korea and Vietnam agreed on Monday to deepen their partnership "
                     "after talks between President Yoon and Vietnamese President Nguyen Van "
                     "Thang in Seoul. Thang arrived in the country on Sunday for a state visit.")
    assert _sides(titled, "visit") == ("VNM", "KOR")
    apposed = _events("Pakistan's foreign minister spoke by telephone with his Iranian "
                      "counterpart, Hossein Karimi Bahrami. Bahrami will visit Pakistan on "
                      "Monday.")
    assert _sides(apposed, "visit") == ("IRN", "PAK")
    told = "Brazilian President Carlos Mendes Souza met Argentina's president on Monday. "
    assert _sides(_events(told + "Souza visited Buenos Aires."), "visit") == ("BRA", "ARG")


def test_a_dateline_names_no_side_of_the_document() -> None:
    """ "BAKU: ..." says where the report was filed: "the two countries" are named in the
    order the report itself names them, its subject first."""
    events = _events("BAKU: Pakistan's president, on the first day of his visit to "
                     "Azerbaijan, said on Thursday that the two countries had agreed to work "
                     "together on regional issues.")
    assert _sides(events, "pledge") == ("PAK", "AZE")


def test_a_shared_subject_the_gazetteer_does_not_know_is_no_later_actor() -> None:
    """ "DG South Asia Dr Ahmed Rauf handed the Indian diplomat a note, calling on New Delhi
    to ...", "Tanimura also protested a post by China's consul general and called on
    Beijing to ...": the participle or second verb shares a subject the gazetteer does not
    know, not the first actor named after it; in a text on two states he speaks for the
    side addressed's other."""
    note = _events("Pakistan and India clashed again at the border. DG South Asia Dr Ahmed "
                   "Rauf handed the Indian diplomat a protest note, calling on New Delhi to "
                   "respect the truce.")
    assert _sides(note, "request") == ("PAK", "IND")
    post = _events("China and Japan traded barbs this week. Tanimura also strongly protested "
                   "a post by China's consul general and called on Beijing to take action.")
    assert _sides(post, "request") == ("JPN", "CHN")


def test_he_or_she_before_the_verb_is_the_person_named_first() -> None:
    """ "..., and he expressed gratitude", "over what he called an invasion": "he" right
    before the verb is the person the sentence named first, not the state named last
    before it (as "it" and "they" are the sentence's subject)."""
    thanks = _events("Mexican President Carlos Ruiz Ortega visited Chile on Monday. Ortega's "
                     "visit marked two centuries of relations between Chile and Mexico, and "
                     "he expressed gratitude to Chile's president for the warm welcome.")
    assert _sides(thanks, "support_statement") == ("MEX", "CHL")
    called = _events("Peru's foreign minister criticised Bolivia on Monday. Peruvian President "
                     "Rafael Montes Aguilar says he wrote to the leaders of Bolivia over what "
                     "he called an \"invasion\" of Peruvian waters.")
    assert all(_sides([e], e.kind) == ("PER", "BOL") for e in called
               if e.kind == "criticism_hostility")


def test_a_bare_title_is_the_person_named_after_it_before() -> None:
    """ "Prime Minister Mian Muhammad Nawaz Sharif ... The prime minister hoped that when
    he will visit ...": the gazetteer names the person without his title, which still
    stands for him later in the text."""
    events = _events("Speaking alongside Azerbaijan President Ilham Aliyev, Prime Minister "
                     "Mian Muhammad Nawaz Sharif said trade would grow. The prime minister "
                     "hoped that when he will visit Azerbaijan in May, the two sides would "
                     "sign a trade deal.")
    assert _sides(events, "visit") == ("PAK", "AZE")


def test_he_opening_a_clause_is_the_person_named_before_it() -> None:
    """ "... noted that Russian President Vladimir Putin fulfilled the first condition on
    Monday, when he phoned him and apologized": "he" opening a clause is the person this
    sentence named before the clause, not the last sentence's first actor; a double title
    ("Deputy Prime Minister and Foreign Minister X") is one person."""
    events = _events("According to Azerbaijan's president, Baku has set three conditions for "
                     "Moscow. The head of state noted that Russian President Vladimir Putin "
                     "fulfilled the first condition on Monday, when he phoned him and "
                     "apologized.")
    assert _sides(events, "concede") == ("RUS", "AZE")
    received = _events("Israeli President Isaac Herzog on Monday invited the Turkish "
                       "president to visit as he received Ankara's new envoy.")
    assert _sides(received, "meeting") == ("ISR", "TUR")


def test_an_apposition_before_an_adverb_and_its_verb_is_skipped() -> None:
    """ "Poland, a NATO member and Ukraine's close ally, has repeatedly expressed concern
    over ...": the apposition names no subject, whatever adverb stands before the verb."""
    events = _events("Lithuania, an EU member and Ukraine's close ally, has repeatedly "
                     "expressed concerns over Russian provocations.")
    assert _sides(events, "criticism_hostility") == ("LTU", "RUS")


def test_an_answer_a_side_is_prompted_to_is_its_own() -> None:
    """ "..., prompting Estonia to expel a Russian diplomat", "prompting Seoul to vow
    retaliation": the infinitive is the prompted side's act (not a purpose of the main
    verb's), aimed at whoever prompted it unless its own words name a target."""
    expel = _events("Russia accused a Latvian consul of spying and expelled him last week, "
                    "prompting Latvia to expel a Russian diplomat.")
    assert ("LVA", "RUS") in {_sides([e], e.kind) for e in expel if e.kind == "sanction"}
    vow = _events("North Korea has sent balloons full of rubbish across the border, "
                  "prompting Seoul to vow harsh retaliation.")
    assert _sides(vow, "criticism_hostility") == ("KOR", "PRK")


def test_who_invited_in_an_aside_is_no_visitor() -> None:
    """ "President X of Turkey, on the invitation of Prime Minister Y, will arrive here on
    Thursday on a two-day visit of Pakistan": the one named in the aside invited; the
    visitor is the subject before it."""
    events = _events("The Turkish president, on the invitation of Pakistan's prime minister, "
                     "will arrive here on Thursday on a two-day visit of Pakistan.")
    assert _sides(events, "visit") == ("TUR", "PAK")
    assert _sides(events, "invitation") == ("PAK", "TUR")


def test_an_act_a_reporter_retells_is_not_the_reporters() -> None:
    """ "Islamabad said that the attack killed two children", "Iraq's president says the
    strike targeted civilians": the definite act after a reporting verb is the one told
    before, not a second act by the reporter."""
    said = _events("On Tuesday, Iranian forces fired missiles at a militant base inside "
                   "Pakistan. Islamabad said that the attack killed two children and "
                   "condemned Iran's actions.")
    assert [_sides([e], e.kind) for e in said if e.kind == "armed_clash"] == [("IRN", "PAK")]
    says = _events("Turkish jets bombed a military airport in northern Iraq on Monday. Iraq's "
                   "president says the strike targeted innocent civilians.")
    assert [_sides([e], e.kind) for e in says if e.kind == "armed_clash"] == [("TUR", "IRQ")]


def test_a_group_named_as_a_list_is_what_the_three_countries_are() -> None:
    """ "the parliaments of Kazakhstan, Uzbekistan and Kyrgyzstan signed a declaration ...
    following the trilateral meeting of the three countries' speakers": a joint act of
    "the three countries" (or "they" in a sentence on a trilateral meeting) is the whole
    group the text listed, not two of them, nor a side of an earlier act."""
    events = _events("In 2021 the parliaments of Kazakhstan, Uzbekistan and Kyrgyzstan signed "
                     "a declaration on cooperation. It followed the trilateral meeting held by "
                     "speakers of the three countries' parliaments on July 27, 2021.")
    meeting = next(e for e in events if e.kind == "meeting")
    assert {a.code for a in meeting.parties()} == {"KAZ", "UZB", "KGZ"}
    they = _events("Kazakhstan, Uzbekistan and Kyrgyzstan are close partners. Kazakhstan and "
                   "Uzbekistan fought a trade war against Russia in 2020. The states met in "
                   "Tashkent in January 2021 for a trilateral meeting, during which they agreed "
                   "to expand cooperation.")
    pledge = next(e for e in they if e.kind == "pledge")
    assert {a.code for a in pledge.parties()} == {"KAZ", "UZB", "KGZ"}
    # a list told later in an earlier run of the same text names no group before it
    text = ("The trilateral meeting was held on Monday. Kazakhstan, Uzbekistan and "
            "Kyrgyzstan are close partners.")
    assert [e.parties() for e in _events(text)] == [e.parties() for e in _events(text)]


def test_a_pledge_of_two_named_together_is_between_them() -> None:
    """ "The presidents of Chile and Argentina have pledged to integrate their economies and
    expressed concern about the unrest in Venezuela": a promise between the two named
    together, not one of them to the place the clause goes on to name."""
    events = _events("The presidents of Peru and Ecuador have pledged to further integrate "
                     "their economies and voiced concern about the unrest in Bolivia.")
    assert _sides(events, "pledge") == ("PER", "ECU")


def test_someone_met_along_with_takes_part() -> None:
    """ "X met Y in Moscow along with Russia's defence minister": the one "along with"
    them is there, a further party of the meeting."""
    events = _events("Iran's foreign minister met his Iraqi counterpart in Ankara on Monday "
                     "along with Turkey's foreign minister.")
    meeting = next(e for e in events if e.kind == "meeting")
    assert {a.code for a in meeting.parties()} == {"IRN", "IRQ", "TUR"}


def test_a_second_infinitive_shares_the_first_ones_subject() -> None:
    """ "The foreign ministry summoned the Turkish envoy to Yerevan to voice its anger and
    demand an investigation": "demand", coordinated with the infinitive of purpose, is the
    summoner's, not the envoy's named last before it."""
    events = _events("Armenia blamed Turkey for the incident. The foreign ministry also "
                     "summoned the Turkish envoy to Yerevan to voice its anger and demand an "
                     "investigation.")
    assert _sides(events, "request") == ("ARM", "TUR")


def test_those_mediating_are_others_not_the_sides() -> None:
    """ "negotiations mediated by Qatar and Turkey", with the sides named in the sentence
    before, are the sides' talks with the mediators as further parties; so are "the two
    countries" after talks mediated by a third state."""
    events = _events("Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday. "
                     "The deal was reached during long negotiations mediated by Qatar and "
                     "Turkey in Doha.", date="2025-10-19")
    talks = next(e for e in events if e.kind == "negotiation")
    assert (talks.actor1.code, talks.actor2.code) == ("PAK", "AFG")
    assert {a.code for a in talks.others} == {"QAT", "TUR"}
    pair = _events("Iran and Saudi Arabia have signed an agreement to restore their ties. "
                   "Officials of the two countries made the announcement after four days "
                   "of negotiations in Beijing mediated by China.", date="2023-03-11")
    talks = next(e for e in pair if e.kind == "negotiation")
    assert {talks.actor1.code, talks.actor2.code} == {"IRN", "SAU"}
    assert [a.code for a in talks.others] == ["CHN"]
