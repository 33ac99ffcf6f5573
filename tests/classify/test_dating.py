"""Where an event's date comes from: its sentence, the passage, the document, or nowhere."""

from __future__ import annotations

import dyadscope
from dyadscope.api import pipeline
from dyadscope.ingest import load_text
from dyadscope.model import Event

OPENING = "Azerbaijan and Pakistan are close partners. Pakistan and Azerbaijan share values. "


def _events(text: str, date: str | None = "2017-11-03") -> list[Event]:
    return [r for r in dyadscope.extract(text, date=date) if isinstance(r, Event)]


def _by_kind(text: str, date: str | None = "2017-11-03") -> dict[str, Event]:
    return {e.kind: e for e in _events(text, date)}


def test_a_date_in_the_sentence_is_explicit_and_a_resolved_one_relative() -> None:
    events = _by_kind(
        "Turkey and Pakistan signed a trade agreement in May 2003. "
        "Iran and Azerbaijan held talks in Baku on Wednesday."
    )
    assert (events["agreement_signed"].date.start, events["agreement_signed"].date.basis) == (
        "2003-05",
        "explicit",
    )
    talks = events["negotiation"].date
    assert (talks.start, talks.basis) == ("2017-11-01", "relative")


def test_the_date_of_a_paragraph_carries_to_the_sentences_after_it() -> None:
    events = _by_kind(
        OPENING + "Talks between Azerbaijan and Pakistan were held in July 2017. "
        "A Pakistani delegation met the deputy minister in Baku. "
        "Pakistan invited Azerbaijan to a forum."
    )
    for kind in ("meeting", "invitation"):
        assert (events[kind].date.start, events[kind].date.basis) == ("2017-07", "context")


def test_news_of_the_day_takes_the_document_date() -> None:
    (event,) = _events("Turkey and Pakistan signed a trade agreement.", "2021-06-10")
    assert (event.date.start, event.date.precision, event.date.basis) == (
        "2021-06-10",
        "day",
        "document",
    )
    (coarse,) = _events("Turkey and Pakistan signed a trade agreement.", "2021-06")
    assert (coarse.date.start, coarse.date.precision) == ("2021-06", "month")


def test_a_perfect_tense_in_a_quotation_is_the_speakers_day_not_the_documents() -> None:
    """ "Pakistan and Azerbaijan on Thursday agreed ... “We have discussed $2 billion of
    investment with Azerbaijan,” Sharif said": said on Thursday; outside quotes "has
    invited" stands as of the document's day."""
    lede = "Pakistan and Azerbaijan on Thursday agreed to enhance investment. "
    quoted = lede + "“Pakistan has discussed new projects with Azerbaijan,” Sharif said."
    talks = [e for e in _events(quoted, "2024-07-12") if e.kind == "meeting"]
    assert [(e.date.start, e.date.basis) for e in talks] == [("2024-07-11", "context")]
    plain = lede + "Pakistan has discussed new projects with Azerbaijan."
    talks = [e for e in _events(plain, "2024-07-12") if e.kind == "meeting"]
    assert [(e.date.start, e.date.basis) for e in talks] == [("2024-07-12", "document")]


def test_a_month_of_that_year_is_in_the_storys_year() -> None:
    """ "... revived in 2018. In December that year, Afghan and Uzbek officials met":
    December 2018, not the December before the document."""
    text = ("Afghanistan and Uzbekistan revived the railway plan in 2018. In December that "
            "year, Afghan and Uzbek officials met in Tashkent.")
    meetings = [e for e in _events(text, "2023-07-01") if e.kind == "meeting"]
    assert [e.date.start for e in meetings] == ["2018-12"]


def test_in_a_paper_a_fresh_paragraph_starts_afresh_unless_it_links_back() -> None:
    text = (
        OPENING + "Talks between Azerbaijan and Pakistan were held in July 2017.\u00b9\n\n"
        "Pakistan invited Azerbaijan to a forum.\n\n"
        "Talks between Iran and Pakistan were held in May 2015.\n\n"
        "The parties signed a memorandum of understanding.\n\n"
        "\u00b9 Ministry of Foreign Affairs, press release."
    )
    result = pipeline().process(load_text(text, date="2017-11-03"))
    events = {e.kind: e for e in result.events}
    assert result.citations  # a paper: no document date for undated events
    assert events["invitation"].date.start is None
    assert (events["agreement_signed"].date.start, events["agreement_signed"].date.basis) == (
        "2015-05",
        "context",
    )


def test_in_news_the_story_date_crosses_paragraphs_but_a_plan_passes_on_no_date() -> None:
    text = (
        "Pakistan violated the ceasefire along the border with India on 25 April.\n\n"
        "The Indian Army responded with fire."
    )
    clash = next(e for e in _events(text, "2025-04-27") if e.actor1.code == "IND")
    assert (clash.date.start, clash.date.basis) == ("2025-04-25", "context")
    plan = (
        "Iran and Pakistan will hold talks in Tehran next month.\n\n"
        "The ministers of Iran and Pakistan met at a summit."
    )
    summit = next(e for e in _events(plan, "2025-04-27") if e.kind == "meeting")
    assert (summit.date.start, summit.date.basis) == ("2025-04-27", "document")


def test_wording_that_spans_time_takes_no_point_date() -> None:
    text = OPENING + (
        "Talks between Azerbaijan and Pakistan were held in July 2017. "
        "Since then Pakistan has invited Azerbaijan to several forums."
    )
    invitation = _by_kind(text)["invitation"]
    assert (invitation.date.start, invitation.date.basis) == (None, "none")
    assert invitation.to_record()["date"]["basis"] == "none"


def test_a_paper_with_notes_does_not_date_its_undated_events_by_publication() -> None:
    paper = (
        "Pakistan expressed its support for Azerbaijan at the United Nations.¹\n\n"
        "¹ Ministry of Foreign Affairs, statement."
    )
    doc = load_text(paper, date="2017-11-03")
    result = pipeline().process(doc)
    assert result.citations
    (event,) = [e for e in result.events if e.kind == "support_statement"]
    assert event.date.start is None


def test_relative_dates_without_a_document_date_warn_once() -> None:
    text = (
        "Iran and Azerbaijan held talks in Baku on Wednesday. "
        "Turkey and Pakistan signed a trade agreement last month."
    )
    result = pipeline().process(load_text(text))
    assert len(result.warnings) == 1
    assert "--date" in result.warnings[0] and "Wednesday" in result.warnings[0]
    assert all(e.date.start is None for e in result.events)
    assert pipeline().process(load_text(text, date="2017-11-03")).warnings == ()


def test_what_happened_in_a_month_after_the_papers_lies_in_the_year_before() -> None:
    (event,) = _events("Greece and North Macedonia signed the Prespa deal in June.", "2019-03-02")
    assert (event.date.start, event.date.basis) == ("2018-06", "relative")
    (plan,) = _events("Greece and North Macedonia will sign the deal in June.", "2019-03-02")
    assert plan.date.start == "2019-06"


def test_a_date_told_of_another_act_is_not_the_events() -> None:
    text = (
        "Niger's junta, which seized power in a coup on July 26, ordered the French "
        "ambassador to leave the country on Friday."
    )
    (expulsion,) = _events(text, "2023-08-26")
    assert expulsion.date.start == "2023-08-25"
    text = (
        "Having last week closed four border stations, Finland overnight closed all "
        "remaining crossings with Russia."
    )
    (closure,) = _events(text, "2023-11-24")
    assert (closure.date.start, closure.date.basis) == ("2023-11-24", "document")


def test_a_weekday_without_preposition_and_a_plans_weekday_ahead() -> None:
    (talks,) = _events("India and Bangladesh held talks here Monday in Dhaka.", "2024-12-09")
    assert talks.date.start == "2024-12-09"
    (plan,) = _events("India and China will hold talks at Moldo on Saturday.", "2021-02-19")
    assert plan.date.start == "2021-02-20"


def test_the_date_of_a_report_covers_every_act_it_reports() -> None:
    """A date after the reporting verb is when the report was made: each coordinated
    act in the quote takes it, while a date inside the second act stays that act's."""
    text = (
        "“Ukraine recalls its ambassador from Hungary and expels two Hungarian diplomats,” "
        "the foreign ministry said on Tuesday."
    )
    dates = {e.date.start for e in _events(text, "2024-05-16")}
    assert dates == {"2024-05-14"}
    text = "Pakistan and India accused each other and downgraded ties since Wednesday."
    accusation, downgrade = sorted(_events(text, "2024-05-16"), key=lambda e: e.kind)
    assert downgrade.date.start == "2024-05-15" and accusation.date.start != "2024-05-15"



def test_a_planned_events_own_weekday_lies_ahead() -> None:
    """ "Monday's summit ... will be held" is next Monday's: the weekday names the
    event itself, and the parties' "and" does not hide the verb that plans it."""
    text = ("Monday's summit in London between the UK and the European Union will be "
            "held at Lancaster House.")
    (summit,) = _events(text, "2025-05-17")
    assert (summit.status, summit.date.start) == ("planned", "2025-05-19")
    (talks,) = _events("Monday's talks between India and China were held in Delhi.",
                       "2025-05-17")
    assert (talks.status, talks.date.start) == ("actual", "2025-05-12")


def test_one_event_told_twice_in_a_sentence_takes_the_sentences_date() -> None:
    """ "In preparation for this meeting, X and Y met on Thursday": the noun and the verb
    tell one meeting, and it is dated by "on Thursday", not by the document."""
    (meeting,) = _events(
        "In preparation for this meeting, Merz and Macron met on Thursday evening.",
        date="2025-08-29",
    )
    assert (meeting.kind, meeting.date.start, meeting.date.basis) == (
        "meeting", "2025-08-28", "relative")


def test_a_scheduled_event_lies_ahead_of_the_document() -> None:
    """ "is scheduled for June 12", "is due next month": plans, dated after the story,
    even with the parties' "between X and Y" before the verb."""
    (meeting,) = _events("A meeting between Trump and Kim Jong Un is scheduled for June 12.",
                         date="2018-05-31")
    assert (meeting.status, meeting.date.start) == ("planned", "2018-06-12")
    (summit,) = _events("The EU-UK summit is due next month.", date="2025-04-24")
    assert (summit.status, summit.date.start) == ("planned", "2025-05")


def test_a_wish_dates_nothing_after_it_and_the_past_never_postdates_the_story() -> None:
    """ "expressed his willingness to visit Islamabad this April. The intention was
    conveyed during a meeting": April is when the visit may be, not when they met."""
    events = _events(
        "President Ilham Aliyev on Monday expressed his willingness to visit Islamabad this "
        "April. The intention was conveyed during a meeting between Prime Minister Shehbaz "
        "Sharif and President Aliyev in Baku.",
        date="2025-02-24",
    )
    by_kind = {e.kind: e for e in events}
    assert by_kind["visit"].date.start == "2025-04"
    assert by_kind["meeting"].date.start == "2025-02-24"


def test_a_previous_meeting_took_place_whatever_the_sentence_plans() -> None:
    """ "will serve as a follow-up to the previous meeting of November 1": that meeting
    happened, so November 1 is the last one, not the next."""
    events = _events(
        "The meeting will serve as a follow-up to the previous meeting of November 1 "
        "between Colombia and Venezuela.",
        date="2023-01-07",
    )
    previous = [e for e in events if e.date.start == "2022-11-01"]
    assert previous and previous[0].status == "actual"


def test_a_later_sentence_dating_the_incident_dates_the_event_told_before() -> None:
    """ "The incident took place on October 29": the arrest told before it happened
    then; "a similar incident" is another one and dates nothing."""
    told = "Russian guards detained two Georgian citizens at the occupation line. "
    (arrest,) = _events(told + "The incident took place on October 29 in Akhmaji.")
    assert (arrest.date.start, arrest.date.basis) == ("2017-10-29", "context")
    (other,) = _events(told + "A similar incident took place on October 29.")
    assert (other.date.start, other.date.basis) == ("2017-11-03", "document")
    # a meeting sentence dates meetings, not the arrest
    kept = _by_kind(told + "The meeting was held on October 30.")["coerce"]
    assert kept.date.start == "2017-11-03"


def test_the_term_of_a_document_is_not_when_it_was_signed() -> None:
    (signed,) = _events(
        "Kazakhstan and China signed a memorandum of cooperation for 2026-2028 years."
    )
    assert (signed.date.start, signed.date.basis) == ("2017-11-03", "document")



def test_the_next_day_in_a_story_is_no_plan() -> None:
    """ "The next day Pakistan expelled ...": told along the story, it happened."""
    (expelled,) = _events("The next day Pakistan expelled an Indian diplomat.")
    assert expelled.status == "actual"


def test_a_span_of_time_in_another_clause_leaves_the_act_its_date() -> None:
    """ "Aliyev hailed the ties and pointed out that the two always stood by each other":
    "always" speaks of the standing by, not of the praise told today."""
    told = _events("During the meeting in Baku, Azerbaijan's president hailed the development of "
                   "relations with Pakistan and pointed out that the two countries always stood "
                   "by each other.")
    (praise,) = [e for e in told if e.kind == "support_statement"]
    assert (praise.date.start, praise.date.basis) == ("2017-11-03", "document")
    (always,) = _events("Turkey has always supported Azerbaijan's position.")
    assert always.date.start is None


def test_a_day_a_few_days_ahead_is_the_coming_one() -> None:
    """ "Jonson's visit to Turkey on January 27" in a paper of January 21: this year's."""
    (visit,) = [e for e in _events("Sweden's defence minister's visit to Turkey on January 27 "
                                   "has lost its significance.", date="2023-01-21")
                if e.kind == "visit"]
    assert visit.date.start == "2023-01-27"


def test_an_earlier_deal_told_with_an_article_of_its_own_is_another_deal() -> None:
    """ "has inked its largest deal ..., starting with a military agreement signed in
    2003": two agreements, the news one dated by the document."""
    told = _events("Pakistan has inked its largest defence export deal with Azerbaijan. Pakistan "
                   "and Azerbaijan have always had a strong bond, starting with a military "
                   "agreement signed in 2003.", date="2024-02-23")
    dates = sorted(e.date.start for e in told if e.kind == "agreement_signed")
    assert dates == ["2003", "2024-02-23"]


def test_a_relative_clause_that_dates_the_act_dates_it() -> None:
    (visit,) = _events("The President of Kazakhstan recalled his last visit to Baku, which was "
                       "in August 2022.", date="2023-04-13")
    assert (visit.date.start, visit.date.basis) == ("2022-08", "explicit")


def test_a_news_lede_takes_the_day_the_next_sentence_gives_its_story() -> None:
    """A lede told with no date happened on the day the next sentences give the
    same story, when they name one of its sides; a report's day, another story's
    day or a day weeks back does not date it. (The paper is of Friday 3 November.)"""
    lede = "The UAE has decided to roll over its deposit to Pakistan. "

    def rollover(text: str) -> Event:
        return _by_kind(lede + text)["aid_project"]

    # the day of an event told next (a meeting), or of a sentence that tells none
    told = rollover("The decision was made in a meeting with Pakistan's minister on Monday.")
    assert (told.date.start, told.date.basis) == ("2017-10-30", "context")
    made = rollover("The UAE minister made the announcement in Abu Dhabi on Monday.")
    assert (made.date.start, made.date.basis) == ("2017-10-30", "context")
    for other in (
        "The UAE minister said on Monday that the economy was strong.",  # a report's day
        "India's foreign minister made a statement in Delhi on Monday.",  # another story
        "The UAE minister made the announcement in Abu Dhabi on October 2.",  # weeks back
        "The UAE minister would make the announcement in Abu Dhabi on Monday.",  # a plan
    ):
        assert (rollover(other).date.start, rollover(other).date.basis) == (
            "2017-11-03",
            "document",
        ), other


def test_a_news_page_telling_history_carries_its_dates() -> None:
    """ "On December 9, 1999, China and Russia put to rest their border dispute. Three
    accords were signed ...": a written-out date years before the page carries to the
    sentences after it, as in a paper; a near stray date still does not."""
    history = ("On December 9, 1999, China and Russia put to rest their border dispute. "
               "Three accords were signed by the Chinese and Russian foreign ministers.")
    (signed,) = [e for e in _events(history, "2001-11-28") if e.kind == "agreement_signed"]
    assert (signed.date.start, signed.date.basis) == ("1999-12-09", "context")
    news = ("The operator announced the results on November 20, 2001. Three accords were "
            "signed by the Chinese and Russian foreign ministers.")
    (today,) = [e for e in _events(news, "2001-11-28") if e.kind == "agreement_signed"]
    assert today.date.basis == "document"


def test_a_month_of_this_year_stays_this_year_and_what_lies_ahead_is_planned() -> None:
    """ "when he visits Azerbaijan in November this year" in a July paper: this
    November, a plan whatever the tense; "visited Baku in November" is last November."""
    (visit,) = [e for e in _events("Pakistan's prime minister hoped to sign deals when he "
                                   "visits Azerbaijan in November this year.", "2024-07-11")
                if e.kind == "visit"]
    assert (visit.date.start, visit.status) == ("2024-11", "planned")
    (past,) = _events("Pakistan's prime minister visited Azerbaijan in November.", "2024-07-11")
    assert (past.date.start, past.status) == ("2023-11", "actual")


def test_the_story_day_is_the_main_clauses_not_the_day_before_it() -> None:
    """ "X recalled its envoy on Wednesday, a day after Y expelled ...": the expulsion was
    on Tuesday, but the story the next sentence goes on with is Wednesday's."""
    events = _events("Chile recalled its ambassador to Peru on Wednesday, a day after Peru "
                     "expelled two Chilean diplomats. Santiago also condemned the expulsions.",
                     date="2024-01-18")
    dates = {e.extra["trigger"].split()[0]: e.date.start for e in events}
    assert dates["recalled"] == "2024-01-17"
    assert dates["expelled"] == "2024-01-16"
    assert dates["condemned"] == "2024-01-17"


def test_the_two_countries_naming_the_story_day_date_the_lede() -> None:
    """A lede in the perfect, then "officials of the two countries made the announcement
    on Friday": the pair named as "the two countries" is the lede's, so Friday is its
    day."""
    (signed,) = _events("Ethiopia and Eritrea have signed a peace accord. Officials of the "
                        "two countries made the announcement on Friday.", date="2018-07-14")
    assert (signed.kind, signed.date.start) == ("agreement_signed", "2018-07-13")


def test_a_chronology_line_opening_with_may_is_the_month_not_a_modal() -> None:
    """ "May 2010 – Turkey breaks diplomatic ties with Israel": a timeline's entry in the
    historical present happened in May 2010; "May" opening it is no "may" of doubt."""
    (broke,) = _events("May 2010 – Turkey breaks diplomatic ties with Israel.")
    assert (broke.kind, broke.status, broke.date.start) == ("sanction", "actual", "2010-05")


def test_an_act_told_at_a_list_of_dates_happened_at_each() -> None:
    """ "agreements were signed by X and Y in 1936, 1946, 1966 and 1991": four signings;
    a date that opens the next clause ("and in 1952 Pakistan approached ...") is no
    part of the list."""
    signed = _events("Other agreements were signed by Mongolia and Russia in 1936, 1946, "
                     "1966 and 1991.", date="2003-01")
    assert sorted(e.date.start for e in signed) == ["1936", "1946", "1966", "1991"]
    once = _events("An interim agreement was signed by India and Pakistan in 1948 and in "
                   "1952 Pakistan approached the World Bank.", date=None)
    assert [e.date.start for e in once if e.kind == "agreement_signed"] == ["1948"]


def test_a_list_of_documents_each_with_its_date_is_one_signing_each() -> None:
    """ "signed a boundary agreement in April 1994, a supplementary agreement in
    September 1997, and a second one in July 1998": each document brings its own date."""
    signed = _events("China and Kazakhstan signed their first boundary agreement in April "
                     "1994, a supplementary agreement in September 1997, and their second "
                     "supplementary boundary agreement in July 1998.", date="2010-01-01")
    assert sorted(e.date.start for e in signed) == ["1994-04", "1997-09", "1998-07"]


def test_this_weekday_is_the_day_of_the_documents_week() -> None:
    """ "will make to Quito this Sunday" in a Saturday's paper is the next day; "will
    travel to Chile this Monday" in a Tuesday's is the day before (the week runs Monday
    to Sunday); a bare "Sunday" for a plan still lies ahead."""
    (sunday,) = _events("Colombian President Duque will visit Ecuador this Sunday.", "2021-11-20")
    assert (sunday.date.start, sunday.date.basis) == ("2021-11-21", "relative")
    (monday,) = _events("Peruvian President Castillo will travel to Chile this Monday.",
                        "2022-11-29")
    assert monday.date.start == "2022-11-28"
    (bare,) = _events("Peruvian President Castillo will travel to Chile on Monday.", "2022-11-29")
    assert bare.date.start == "2022-12-05"


def test_a_day_followed_by_a_preposition_dates_the_act() -> None:
    """ "met this Monday with Lula": the day ends its phrase and dates the meeting; "the
    Aug. 13 normalization agreement" names a thing and dates nothing."""
    (met,) = _events("German Chancellor Olaf Scholz met this Monday with Brazil's President "
                     "Lula.", "2023-01-31")
    assert (met.kind, met.date.start) == ("meeting", "2023-01-30")
    (signing,) = _events("Israel and the UAE will sign the Aug. 13 normalization agreement on "
                         "Sept. 15.", "2020-09-09")
    assert signing.date.start == "2020-09-15"


def test_in_news_only_a_year_that_opens_a_sentence_sets_the_time_after_it() -> None:
    """ "... the biggest project since the Karakoram highway built in 1979. Pakistan and
    China signed 51 agreements": the year names a thing and the signing is the day's
    news; "In 1999, ..." opening a sentence tells history, which the next sentence
    goes on with."""
    text = ("The corridor is the biggest project between China and Pakistan since the "
            "Karakoram highway built in 1979. Pakistan and China signed 51 agreements.")
    (signed,) = _events(text, "2015-04-20")
    assert (signed.date.start, signed.date.basis) == ("2015-04-20", "document")
    history = ("In 1999, the corridor between China and Pakistan was first planned. "
               "Pakistan and China signed 51 agreements.")
    (then,) = _events(history, "2015-04-20")
    assert (then.date.start, then.date.basis) == ("1999", "context")


def test_a_weekday_under_will_before_a_noun_visit_lies_ahead() -> None:
    """ "will arrive here on Thursday on a two-day visit" in a Wednesday's paper is the
    next day, though the date comes before the word "visit"; "On Sunday, Turkey
    announced that ... would visit" keeps the announcement's past Sunday."""
    (arrives,) = _events("Turkish President Erdogan will arrive here on Thursday on a "
                         "two-day visit to Pakistan.", "2020-02-12")
    assert arrives.date.start == "2020-02-13"
    (announced,) = _events("On Sunday, Turkey announced that its president would visit "
                           "Pakistan.", "2020-02-12")
    assert announced.date.start == "2020-02-09"


def test_a_promise_of_always_is_made_now_but_a_past_of_always_spans_time() -> None:
    """ "said Azerbaijan will always support Georgia" is a statement of the day; "has
    always supported" speaks of a stretch of time and takes no point date."""
    (will,) = _events("Azerbaijani President Aliyev said Azerbaijan will always support the "
                      "territorial integrity of Georgia.", "2024-03-18")
    assert (will.date.start, will.date.basis) == ("2024-03-18", "document")
    (has,) = _events("Azerbaijan has always supported the territorial integrity of Georgia.",
                     "2024-03-18")
    assert has.date.start is None


def test_a_plans_date_dates_the_plans_told_after_it() -> None:
    """ "will visit Ankara on April 14. The ministers will hold talks": the talks
    planned for the visit take its date (basis ``context``); what happened is not
    dated by a plan."""
    planned = _events("Greek Foreign Minister Dendias will visit Turkey on April 14. "
                      "The Greek and Turkish ministers will hold talks on trade.", "2021-03-17")
    talks = next(e for e in planned if e.kind != "visit")
    assert (talks.date.start, talks.date.basis) == ("2021-04-14", "context")
    done = _events("Greek Foreign Minister Dendias will visit Turkey on April 14. Greece and "
                   "Turkey signed a trade agreement.", "2021-03-17")
    signed = next(e for e in done if e.kind == "agreement_signed")
    assert signed.date.start == "2021-03-17"


def test_a_plans_weekday_after_the_day_it_was_told_stays_there() -> None:
    """ "announced on Thursday that it would close the crossing on Friday", in a
    Saturday's paper: the Friday after that Thursday, not the next one; with no day of
    telling, a plan's past weekday still lies ahead."""
    (told,) = _events("Poland announced on Thursday that it would close a key border "
                      "crossing into Belarus on Friday.", "2023-02-11")
    assert told.date.start == "2023-02-10"
    (plan,) = _events("Poland will close a key border crossing into Belarus on Friday.",
                      "2023-02-11")
    assert plan.date.start == "2023-02-17"


def test_a_plan_dated_only_by_its_report_takes_the_reports_day() -> None:
    """ "Minsk will slap sanctions on EU officials, the foreign minister said on Sunday":
    the plan, announced on Sunday, is dated Sunday, not the Sunday to come."""
    (plan,) = _events("Belarus will slap sanctions on officials of the European Union, "
                      "Belarusian Foreign Minister Vladimir Makei said on Sunday.", "2020-11-23")
    assert (plan.status, plan.date.start) == ("planned", "2020-11-22")


def test_a_month_of_a_year_named_by_reference_dates_the_history_after_it() -> None:
    """ "In April 2001 ... In October of the same year President Lagos paid a visit to
    China. The two leaders reached common understanding": in a page of 2006 the
    understanding is of October 2001, as after a year written out."""
    text = ("In April 2001 President Jiang Zemin of China paid the first state visit to Chile. "
            "In October of the same year President Lagos paid an official visit. "
            "China and Chile reached common understanding on an all-round partnership.")
    understanding = next(e for e in _events(text, "2006-09-01") if e.kind == "agreement_signed")
    assert understanding.date.start == "2001-10"
