"""Which date an event of real news or history prose takes, a class at a time (each seen
in several passages of the real-text dev split): years named by reference to the story's
year, days told relative to another act, background with no date of its own."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


Dated = tuple[str, str, str | None, str | None]


def _dated(text: str, date: str | None = "2024-03-14") -> list[Dated]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in _events(text, date)]


def test_a_year_named_by_reference_counts_from_the_story_year() -> None:
    """ "A year later", "three years later", "that same year", and "the following year"
    after a year written earlier in its own sentence: the story's year moved by that many
    years, not the page's year nor the year written just before."""
    assert ("criticism_hostility", "VNM", "CHN", "2015") in _dated(
        "Relations between Vietnam and China soured in 2014. A year later, Vietnam "
        "accused China of building runways on the reefs.", "2020-06-01")
    assert ("visit", "KEN", "UGA", "1978-09") in _dated(
        "Kenya and Uganda signed a trade treaty in March 1978, and Kenya's foreign minister "
        "visited Kampala in September of that same year.", "2021-06-01")
    assert ("negotiation", "PER", "ECU", "1996") in _dated(
        "In 1995 Peru and Ecuador accepted mediation; negotiations began the following "
        "year, with a peace treaty signed in 1998.", None)


def test_an_act_told_days_after_another_is_dated_back_from_it() -> None:
    """ "The move comes two days after X summoned ...", "The shelling started a day after
    the ministry summoned ...": the act after "<count> days after" took place that many
    days before the main clause's day (the document's, for what "comes" today), and its
    day dates what the next sentences tell of it ("During the meeting ...")."""
    assert ("criticism_hostility", "SRB", "HRV", "2024-03-12") in _dated(
        "Croatia summoned the Serbian ambassador, its foreign ministry said. The step comes "
        "two days after Belgrade summoned the Croatian ambassador over remarks by a minister.")
    dated = _dated(
        "Serbia and Hungary signed a gas deal in 2019.\n\nThe announcement comes a day after "
        "the Serbian president held a meeting with the Hungarian prime minister in Budapest."
        "\n\nDuring the meeting, the two sides agreed to expand their energy trade.")
    assert ("meeting", "SRB", "HUN", "2024-03-13") in dated
    # "The move came two weeks after ...": the move is an act told before, whose day the
    # story keeps for what it tells next
    dated = _dated("Iran seized a British tanker in the Gulf on Friday. The move came two "
                   "weeks after British authorities seized an Iranian tanker off Gibraltar. "
                   "Britain demanded that Iran release the ship.", "2019-07-22")
    assert ("coerce", "GBR", "IRN", "2019-07-05") in dated
    assert ("request", "GBR", "IRN", "2019-07-19") in dated


def test_earlier_in_the_day_is_the_day_the_story_names() -> None:
    """ "earlier/later in the day" is the day its sentence names, else the day the
    sentence before named (even a report's, "said Saturday"), else the document's day;
    never an older day the story carried."""
    dated = _dated(
        "Fighting broke out between Armenian and Azerbaijani troops on Tuesday. Baku's "
        "spokesman said on Thursday that talks would follow. Earlier in the day, Armenia "
        "accused Azerbaijan of shelling its villages.")
    assert ("criticism_hostility", "ARM", "AZE", "2024-03-14") in dated
    dated = _dated(
        "Hundreds of Chinese fishing boats entered Japanese waters on Monday. Tokyo lodged a "
        "protest with Beijing later in the day.")
    assert ("criticism_hostility", "JPN", "CHN", "2024-03-11") in dated
    dated = _dated(
        "Indian troops shelled Pakistani posts on Tuesday. Pakistan condemned the shelling. "
        "Earlier in the day, the Indian foreign minister held a phone conversation with his "
        "Pakistani counterpart.")
    assert [d for k, *_, d in dated if k in ("meeting", "negotiation")] == ["2024-03-14"]


def test_a_date_of_a_thing_described_by_a_participle_is_not_the_acts() -> None:
    """ "congratulated him on the elections held on October 26", "fund houses damaged in
    the 2015 earthquake", "accepted an invitation extended by X last year": the date after
    a participle that describes the act's object is that thing's; the act keeps the
    story's day. A noun's own verb ("the team arrived on Monday") is not such a
    participle."""
    assert ("support_statement", "KAZ", "UZB", "2024-03-14") in _dated(
        "Kazakhstan's president congratulated Uzbekistan's leader on his victory in the "
        "presidential elections held on December 2.")
    assert ("aid_project", "CHN", "NPL", "2024-03-14") in _dated(
        "China extended a grant of 300 million rupees to Nepal to rebuild schools damaged "
        "in the earthquake in 2015.")


def test_a_date_inside_what_an_act_answers_is_not_the_acts() -> None:
    """ "ordered the consulate closed in retaliation for X shutting its consulate earlier
    this week", "handed a protest note in response to Tuesday's strikes": the date told
    inside the answered act is that act's; the answer keeps its own day (the document's
    here). A report's day set off by a comma ("..., the ministry said on Friday") still
    dates it."""
    assert ("sanction", "RUS", "NLD", "2024-03-14") in _dated(
        "Russia has ordered the Netherlands to close its consulate in Saint Petersburg in "
        "retaliation for the Dutch government closing the Russian consulate in Rotterdam "
        "earlier this week.")
    assert ("sanction", "RUS", "NLD", "2024-03-08") in _dated(
        "Russia ordered the Netherlands to close its consulate in Saint Petersburg in "
        "retaliation for the Dutch decision, the foreign ministry said on Friday.")


def test_support_named_by_a_noun_during_a_war_is_dated_by_the_war() -> None:
    """ "Pakistan's support for Azerbaijan during the 44-day war", "its firm support for
    Baku during the 2020 war": an act named by a noun and timed by a war named after
    "during" took place then, not on the day it is praised."""
    dated = _dated("Aliyev said that Turkey's support for Azerbaijan during the second "
                   "Karabakh war would never be forgotten.", "2023-05-02")
    assert ("support_statement", "TUR", "AZE", "2020-09") in dated
    dated = _dated("Ankara recalled its firm support for Baku during the 2020 "
                   "Armenian-Azerbaijani war.", "2023-05-02")
    assert ("support_statement", "TUR", "AZE", "2020") in dated


def test_a_plan_dated_by_a_run_of_days_dates_the_plans_after_it() -> None:
    """ "will be visiting Islamabad on 13-14 January. The two ministers will hold talks":
    a plan dated by a run of days within a month dates the plans told after it, from its
    first day, as a plan dated by one day does."""
    dated = _dated("Kenya's foreign minister will visit Addis Ababa on 20-21 March. The two "
                   "ministers will hold talks on trade and security.")
    assert [d for k, *_, d in dated if k in ("meeting", "negotiation")] == ["2024-03-20"]


def test_a_later_day_inside_a_relative_clause_does_not_date_the_lede() -> None:
    """ "Rwanda is accusing Congo of escalating tensions. ... Congo says Rwanda backs the
    rebel group that overtook two towns on Saturday": a day told in a relative clause
    is the day of what that clause tells of a person or group, not the day of the story
    the lede told; the lede keeps the document's day."""
    dated = _dated(
        "Kenya's government is accusing Somalia of meddling in its affairs. Somali officials "
        "maintain that Kenya is close to the militia that overtook two villages on Tuesday.")
    assert ("criticism_hostility", "KEN", "SOM", "2024-03-14") in dated
    dated = _dated("Kenya has recalled its ambassador to Somalia. The row concerns a Kenyan "
                   "aid worker who was found in Mogadishu on Tuesday.")
    assert ("sanction", "KEN", "SOM", "2024-03-14") in dated


def test_a_signing_retold_with_its_day_dates_the_agreement() -> None:
    """ "X and Y have signed a memorandum on ... The document was signed by the deputy
    ministers on January 13": the agreement told again as "the document/memorandum/treaty
    was signed" with a day gives the signing told before its day, as "the meeting was
    held on Monday" does for a meeting."""
    dated = _dated(
        "Georgia's Energy Ministry and Armenia's grid operator have signed a memorandum of "
        "understanding on energy trade. The document was signed by Deputy Minister Levan "
        "Davitashvili and the operator's director, at the ceremony opening a power line, on "
        "March 12.")
    assert ("agreement_signed", "GEO", "ARM", "2024-03-12") in dated


def test_a_day_opening_a_news_sentence_dates_the_story_after_it() -> None:
    """ "On March 11, the president of Ghana travelled with a delegation to Togo. The
    Ghanaian president met with ...": a day that opens a sentence sets the story's time
    even where that sentence codes no act, unlike a report's stray day ("the operator
    announced Friday")."""
    dated = _dated("On March 11, 2024, the president of Ghana travelled with a large "
                   "delegation to the north. The Ghanaian president met with the president "
                   "of Togo to discuss border trade.")
    assert ("meeting", "GHA", "TGO", "2024-03-11") in dated


def test_a_story_day_told_without_an_act_dates_the_next_sentences() -> None:
    """ "The donated goods were received by the prime minister in Nuku'alofa yesterday. He
    thanked the Chinese embassy ...": in news, a day of the past week that a sentence
    tells without coding an act dates what the next sentences tell, unless it is a
    report's day ("the ministry said on Friday"), a relative clause's or a quote's."""
    dated = _dated(
        "Australia has delivered 500 tonnes of rice to East Timor. The rice was unloaded at "
        "the port of Dili yesterday. The prime minister of East Timor thanked Australia for "
        "its support.")
    assert ("support_statement", "TLS", "AUS", "2024-03-13") in dated


def test_a_present_act_with_an_adverb_stands_as_of_the_document() -> None:
    """ "Mexico strongly condemns the arrest ...": an act told in the present stands as of
    the document, an adverb between the subject and the verb notwithstanding; it takes no
    older day the story carried."""
    dated = _dated("Ecuadorian police raided the Mexican embassy in Quito on Friday, April 12. "
                   "Mexico strongly condemns the raid on its embassy by Ecuador.", "2024-04-13")
    assert ("criticism_hostility", "MEX", "ECU", "2024-04-13") in dated


def test_an_act_of_the_last_weeks_or_months_is_dated_by_the_documents_month_or_year() -> None:
    """ "firing had escalated over the past week", "have condemned the ties, including in
    the past week", "in the last few months there have been skirmishes": a span of the
    last days, weeks or months dates the act as precisely as it is (the document's month,
    or year), where "over the past decade" leaves it undated; such a span gives no day
    for the sentences after it."""
    assert ("armed_clash", "IND", "PAK", "2024-03") in _dated(
        "Tensions between India and Pakistan have risen over the past week, with heavy "
        "cross-border firing reported along the border.")
    assert ("armed_clash", "CHN", "IND", "2024") in _dated(
        "In the last few months, there have been several skirmishes between Chinese and "
        "Indian troops along the border.")


def test_a_later_force_act_dates_the_force_told_in_the_lede() -> None:
    """ "Trump has confirmed that a warship shot down an Iranian drone. ... took defensive
    action yesterday against the drone": a force act's day in the next sentences dates
    the force the lede told without a day (a victim's day still dates no protest or other
    act of the lede)."""
    dated = _dated("Greece has confirmed that a Greek warship shot down a Turkish drone over "
                   "the Aegean. The minister says Turkish jets then fired at the Greek warship "
                   "yesterday, without hitting it.", "2024-05-01")
    assert ("armed_clash", "GRC", "TUR", "2024-04-30") in dated
