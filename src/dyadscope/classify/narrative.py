"""Dates an event takes when its own sentence has none, and where each date came from.

Writers date a story once. In a paper the date of a paragraph carries to the
sentences after it ("The most recent talks were held in July 2017. A delegation
met the deputy minister in Baku. The parties signed a memorandum."); a sentence
that opens with a word tying it to what came before ("The parties", "During the
visit") may take a date across a paragraph break too. A news story is one episode:
its date crosses paragraphs, and an event told with no date at all happened at
about the time of publication, so it takes the document's date; so does an act
told in the present or present perfect ("has invited", "supports"), which stands
as of the document, not of the paragraph. Wording that spans time ("since then",
"in recent years", "has long supported") takes neither: it names no point in time.
Only what happened passes its date on: a plan's date is when it may happen.

Every date says how it was found (``DateRef.basis``): ``explicit`` and
``relative`` come from the sentence itself, ``context`` from an earlier sentence,
``document`` from the document's date; an undated event has ``none``. A figure
with no period takes the last period stated ("This period saw exports of rice
($23.4 million)").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.event_dates import moved_back, weekday_names_thing
from dyadscope.classify.tokens import token_index_at
from dyadscope.day_references import counted_day
from dyadscope.model import DateRef, Event, Observation
from dyadscope.periods import days_after, later_than
from dyadscope.quotes import open_quote
from dyadscope.year_references import YEAR_REFERENCE

REACH = 3  # sentences back inside a paragraph
# "the past week", "the last few months", "recent days": what the span dates is no story day
_RECENT_SPAN = re.compile(
    r"(?i)(?:the\s+(?:past|last|previous)\s|recent\s).*\b(?:days|weeks?|months?)$"
)
LINKED_REACH = 2  # sentences back across a paragraph break, for a linked sentence
RETOLD_REACH = 3  # sentences back that "The incident took place on ..." may date
_SPECIFIC = frozenset({"day", "month", "year"})
_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def document_date(iso: str | None) -> DateRef | None:
    """The document's own date as an event date (basis ``document``)."""
    if not iso or len(iso) not in _PRECISION_BY_LENGTH:
        return None
    precision = _PRECISION_BY_LENGTH[len(iso)]
    return DateRef(iso, None, precision, "", "document")  # type: ignore[arg-type]


class NarrativeDates:
    """Per document: the recent dates and periods a sentence may inherit.

    ``news``: the document reports the news of its date (no notes, not long), so
    an event with no date of its own takes the document's date.
    """

    def __init__(self, doc_date: str | None = None, *, news: bool = False) -> None:
        self._dates: deque[tuple[DateRef | None, int]] = deque(maxlen=REACH)
        # the dates of what the sides said (statements), sentence by sentence
        self._said: deque[tuple[DateRef | None, int]] = deque(maxlen=REACH)
        self._paragraph = 0
        self._news = news  # a news story is one episode: its date crosses paragraphs
        self._period: DateRef | None = None
        self._period_age = 0
        self._document = document_date(doc_date) if news else None
        # "will visit Islamabad on 13-14 January. The two ministers will hold talks":
        # a plan's date dates the plans told after it
        self._plans: deque[tuple[DateRef | None, int]] = deque(maxlen=REACH)
        self._story: DateRef | None = None  # a news story's last date, however far back
        self._story_said: DateRef | None = None  # ... and its last statement's

    def new_paragraph(self) -> None:
        self._paragraph += 1

    def _carried(self, analysis: SentenceAnalysis) -> DateRef | None:
        opening = {t.low for t in analysis.tokens[:4]}
        linked = bool(opening & cues().narrative_links)
        for back, (date, paragraph) in enumerate(reversed(self._dates), start=1):
            if date is None:
                continue
            if paragraph == self._paragraph or self._news or (linked and back <= LINKED_REACH):
                return replace(date, basis="context")
            return None
        if self._news and self._story is not None:
            # "Fighting broke out on Tuesday. [three sentences of charges] In such a
            # situation, Shoigu held talks ...": a news story's day holds however many
            # undated sentences tell it
            return replace(self._story, basis="context")
        return None

    def fill_events(self, events: Sequence[Event], analysis: SentenceAnalysis) -> list[Event]:
        if not any(e.date.start is None and not e.date.text for e in events):
            return list(events)
        carried = self._carried(analysis)
        whole: bool | None = None  # the sentence's span, for an event that has no clause's
        out = []
        for event in events:
            # "hailed ties and said the two always stood by each other": a span in
            # another clause leaves this act its date
            spanning = event.extra.get("spans_time")
            if not isinstance(spanning, bool):
                whole = spans_time(analysis) if whole is None else whole
                spanning = whole
            if spanning:
                out.append(event)
                continue
            if event.date.start is None and not event.date.text:
                # "has invited", "supports": told as it stands now, not as of the
                # paragraph's date
                now = event.extra.get("tense") in ("perfect", "present") and not (
                    event.extra.get("quoted")
                )
                if now and carried is not None and _goes_on_with_story(analysis):
                    # "During the handover, the officer has apologized", "The envoy was
                    # also told that Iran expects an explanation": the sentence tells more
                    # of the act just told, on its day, whatever its tense
                    now = False
                said = self._said_date() if event.kind in cues().statement_kinds else None
                fallback = self._document if now else (said or carried or self._document)
                planned = self._planned() if event.status == "planned" else None
                if planned is not None:
                    fallback = planned
                if (
                    fallback is carried
                    and self._document is not None
                    and _after(carried, self._document)
                    and event.status in ("actual", "negated")
                ):
                    fallback = self._document  # what happened cannot postdate the story
                if (
                    fallback is carried
                    and carried is not None
                    and self._document is not None
                    and event.status == "planned"
                    and _years_before(carried, self._document)
                ):
                    # "He added the UAE will work with Qatar ...": a plan told in a story
                    # is not dated by a year-old date of the sentence before
                    fallback = self._document
                if (
                    fallback is carried
                    and event.kind == "reject"
                    and _CHARGE_NOUNS.search(analysis.sentence.text)
                ):
                    # "Baku denied Yerevan's accusations of shelling": the answer to a
                    # charge comes after it is made, not on the day of the act charged
                    fallback = said or self._document or fallback
                if event.extra.get("days_before_main") and event.extra.get("main_is_news"):
                    # "It comes a day after ...": counted from today's news, or from the
                    # day the story dated the act it retells ("Jaishankar called on ...
                    # yesterday. ... Jaishankar's visit comes a day after ...")
                    fallback = _day_counted_from(carried, self._document) or fallback
                if fallback is not None:
                    event = replace(event, date=_days_earlier(fallback, event))
            out.append(event)
        return out

    def _said_date(self) -> DateRef | None:
        """The date of the last statement told in the last sentences of this paragraph
        (any, in news): "X summoned the envoy on Thursday and protested the firing on
        Tuesday. It also called on Y to ...": the call was made with the protest."""
        for date, paragraph in reversed(self._said):
            if date is not None and (paragraph == self._paragraph or self._news):
                return replace(date, basis="context")
        if self._news and self._story_said is not None:
            return replace(self._story_said, basis="context")  # a news story's, however far
        return None

    def _planned(self) -> DateRef | None:
        """The date of the last plan told in this paragraph (any, in news), if recent."""
        for date, paragraph in reversed(self._plans):
            if date is not None and (paragraph == self._paragraph or self._news):
                return replace(date, basis="context")
        return None

    def fill_observations(self, observations: Sequence[Observation]) -> list[Observation]:
        out = []
        for obs in observations:
            if obs.period.start is None and self._period is not None:
                period = replace(self._period, basis="context")
                obs = replace(obs, period=period, extra={**obs.extra, "period_carried": True})
            out.append(obs)
        stated = [o.period for o in observations if o.period.start is not None]
        if stated:
            self._period, self._period_age = stated[-1], 0
        return out

    def advance(self, analysis: SentenceAnalysis, events: Sequence[Event] = ()) -> None:
        """Move past a sentence, remembering the date it set: its events' own date,
        else its last specific date (not a deadline or a date its events did not take)."""
        # "denies involvement in Saturday's attack": that day is the attack's, not the story's
        named = {
            (d.date.text, d.date.start)
            for index, d in analysis.date_at
            if weekday_names_thing(analysis.tokens, index)
        }
        dated = [
            e.date
            for e in events
            if (e.date.text, e.date.start) not in named
            # "The development comes a day after X held a meeting ...": that day too
            if (
                e.date.basis in ("explicit", "relative")
                or (e.extra.get("days_before_main") and e.extra.get("main_is_news"))
            )
            # "paid a state visit on March 2-3. The visit began with ...": a run of days
            # dates what is told of it after, from its first day
            and (e.date.precision in _SPECIFIC or _written_days(e.date))
            # a plan's or an intent's date is when it may happen, not now
            and e.status not in ("planned", "intent")
            # "over the past week": lately, no day of the story
            and not _RECENT_SPAN.match(e.date.text)
            # "on Monday, a day after X warned": the warning's Sunday is not the story's
            and not _counted_from(e.date, analysis)
            # "the first such visit since Iraq invaded Kuwait in 1990": the act a span
            # is counted from is background, not the story's time
            and not _in_since_clause(e.date, analysis)
            # "thanked him for the reception when he paid a visit last year": a date in
            # a "when" clause after the main one is the background act's, not the story's
            and not _in_when_clause_after_main(e.date, analysis)
        ]
        # in a paper a sentence's date carries even when it told no event; a news
        # sentence's stray date ("the operator announced Friday") dates no story, but a
        # day of the past week told of the story ("The goods were unloaded in Dili
        # yesterday.") does, unless it is a relative clause's or a quote's
        specific = dated or [
            d.date
            for index, d in analysis.date_at
            if d.date.start is not None
            and d.date.precision in _SPECIFIC
            # "Petro early Sunday turned back two flights carrying deportees under
            # Trump's plan to expel migrants": a plan told in passing sets no time,
            # so the day the sentence tells is still the story's
            and not _acts_told(events)
            # "will take effect on Wednesday": a day a plan takes ahead is no story day
            and not _plan_ahead(events, d.date, self._document)
            and not weekday_names_thing(analysis.tokens, index)
            and (
                self._document is None
                # "In 1999, China and Russia ...": a news page tells history from then
                # on; "the highway built in 1979" only names a thing
                or (_history(d.date, self._document) and index < _OPENING)
                # "On May 5, the president traveled to Guatemala.": a day that opens the
                # sentence sets the story's time
                or (index <= 1 and d.date.precision == "day")
                or (
                    d.date.precision == "day"
                    and self._document.start is not None
                    and len(self._document.start) == 10
                    and _days_before(d.date, self._document.start)
                    and not _near_report(analysis, index)
                    and not _in_relative(analysis, index)
                    and open_quote(analysis.sentence.text[: d.start]) is None
                )
            )
        ]
        # "Though Nepal and China signed the deal in 2017, no project has begun.": the
        # date of a conceded background act dates none of what is told after it
        specific = [d for d in specific if not _conceded(analysis, d)]
        self._dates.append((_as_carried(specific[-1]) if specific else None, self._paragraph))
        if specific:
            self._story = _as_carried(specific[-1])
        statements = cues().statement_kinds
        said = [d for d in dated if any(e.date is d and e.kind in statements for e in events)]
        if not events and not said:
            # "Le Drian said on Friday that the junta was out of control. He also called
            # it illegitimate.": a side's dated saying that told no event of its own
            # still dates the statements told after it
            said = _report_verb_day(analysis, self._document)
        self._said.append((said[-1] if said else None, self._paragraph))
        if said:
            self._story_said = said[-1]
        plans = [
            e.date
            for e in events
            if e.status == "planned"
            and e.date.basis in ("explicit", "relative")
            and (e.date.precision in _SPECIFIC or _written_days(e.date))
        ]
        self._plans.append((plans[-1] if plans else None, self._paragraph))
        self._period_age += 1
        if self._period_age > REACH:
            self._period = None


def _acts_told(events: Sequence[Event]) -> bool:
    """Did the sentence tell an act that happened (not only a plan or an intent)?"""
    return any(e.status not in ("planned", "intent") for e in events)


def _plan_ahead(events: Sequence[Event], date: DateRef, document: DateRef | None) -> bool:
    """Did an event of the sentence take the day ``date`` names as a day ahead of the
    document's (a plan's "on Wednesday")?"""
    return any(
        e.date.text == date.text
        and e.date.start is not None
        and (
            e.date.start != date.start
            or (document is not None and _after(e.date, document))
        )
        for e in events
    )


# words that open a clause conceding a background fact before the main clause
_CONCESSIVE = frozenset({"though", "although", "while", "whereas", "despite", "even"})


def _conceded(analysis: SentenceAnalysis, date: DateRef) -> bool:
    """Is ``date`` told inside a clause that opens the sentence with "Though",
    "Although", "Even though", "While" ..., before the comma that ends it?"""
    tokens = analysis.tokens
    if not tokens or tokens[0].low not in _CONCESSIVE:
        return False
    if tokens[0].low == "even" and (len(tokens) < 2 or tokens[1].low not in ("though", "if")):
        return False
    comma = next((i for i, t in enumerate(tokens) if t.low in (",", ";", ":")), None)
    if comma is None:
        return False
    return any(
        index < comma and (d.date.start, d.date.text) == (date.start, date.text)
        for index, d in analysis.date_at
    )


# nouns by which a sentence's subject retells what the sentence before told ("The
# statement said", "The move was coordinated with ...")
_STORY_NOUNS = frozenset({"statement", "move", "decision", "step", "envoy", "ambassador"})


def _goes_on_with_story(analysis: SentenceAnalysis) -> bool:
    """Does the sentence open by tying itself to the act told before it ("During the
    handover, ...", "The envoy was also told ...", "The statement said ...")?"""
    c = cues()
    words = [t.low for t in analysis.tokens[:4]]
    if "during" in words[:1] or "also" in words:
        return True
    return (
        len(words) > 1
        and words[0] == "the"
        and (words[1] in _STORY_NOUNS or words[1] in c.retold_incidents
             or words[1] in c.retold_meetings)
    )


def _day_counted_from(carried: DateRef | None, document: DateRef | None) -> DateRef | None:
    """The day a "comes a day after" is counted from: the day the story dated its act,
    when that is a day of the days just before the story's, else the story's own."""
    if (
        carried is not None
        and document is not None
        and document.start is not None
        and len(document.start) == 10
        and _days_before(replace(carried, basis="explicit"), document.start)
    ):
        return carried
    return document


def _days_earlier(date: DateRef, event: Event) -> DateRef:
    """The day ``date`` moved back by the days the event was told to precede the main
    clause by ("The move comes two days after X summoned ...": two days before the
    move's day)."""
    # "... seven years after they broke off ties": that year
    months = event.extra.get("months_before_main")
    days = event.extra.get("days_before_main")
    return moved_back(
        date,
        months if isinstance(months, tuple) else None,
        days if isinstance(days, int) else None,
    )


def _days_span(date: DateRef) -> bool:
    """Is ``date`` a run of days within one month ("will visit Islamabad on 13-14
    January")? A plan so dated dates the plans told after it."""
    start, end = date.start or "", date.end or ""
    return date.precision == "range" and len(start) == len(end) == 10 and start[:7] == end[:7]


def _written_days(date: DateRef) -> bool:
    """Is ``date`` a run of days written out ("on March 2-3", "from 13 to 14 January"),
    not a week named ("last week")?"""
    return _days_span(date) and any(ch.isdigit() for ch in date.text)


def _as_carried(date: DateRef) -> DateRef:
    """The date a sentence passes on: a run of days ("visited on March 2-3") as its month,
    for what is told after it happened on one of those days, which one unsaid."""
    if not _written_days(date) or not date.start:
        return date
    return replace(date, start=date.start[:7], end=None, precision="month")


def _counted_from(date: DateRef, analysis: SentenceAnalysis) -> bool:
    """Was ``date`` counted from a day the sentence names ("a day after" it), rather than
    being that day?"""
    if date.precision != "day":
        return False
    named = [d.date for d in analysis.dates if d.date.text == date.text]
    return bool(named) and all(d.start != date.start for d in named)


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "latest", "'s", "s"})
_RETOLD_INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
_RETOLD_MEETING_KINDS = frozenset({"meeting", "negotiation", "visit", "agreement_signed"})
_POINT = frozenset({"day", "month"})


def redate_retold(events: list[Event], analysis: SentenceAnalysis, recent: int) -> None:
    """ "The incident took place on October 29", "The meeting was held on Monday": a
    sentence that dates an event told before it. The earlier events (from index
    ``recent`` on) that it names and that had no date of their own take that date,
    in place: only the last few sentences' events are touched, however long the
    document."""
    found = _retold(analysis)
    if found is None:
        return
    incident, date = found
    for i in range(len(events) - 1, recent - 1, -1):
        event = events[i]
        fits = (
            (event.plover or "") in _RETOLD_INCIDENT_TYPES
            if incident
            else event.kind in _RETOLD_MEETING_KINDS
        )
        if fits and event.date.basis in ("document", "context", "none"):
            events[i] = replace(event, date=replace(date, basis="context"))


_POSSESSIVE_MARKS = ("'s", "’s")
_INCIDENT_DATE_LINKS = frozenset({"on", "of", "in"})  # "the attack on Sunday", "the clash of 2 May"
# what a named incident was, by its noun; "incident" may be any of them
_INCIDENT_FORCE_TYPES = frozenset({"ASSAULT"})
_INCIDENT_NOUN_TYPES = {
    **dict.fromkeys(
        ("attack", "attacks", "clash", "clashes", "strike", "strikes", "shooting", "skirmish",
         "firing", "encounter", "face-off", "confrontation", "raid", "exchange"),
        _INCIDENT_FORCE_TYPES,
    ),
    **dict.fromkeys(("arrest", "arrests", "detention", "seizure"), frozenset({"COERCE"})),
    **dict.fromkeys(
        ("intrusion", "incursion", "violation"), frozenset({"MOBILIZE", "ASSAULT"})
    ),
}


def _incident_named_by_day(analysis: SentenceAnalysis) -> tuple[str, DateRef] | None:
    """ "since the June 15 confrontation", "Saturday's attack", "the incident last
    month", "the 2 May agreement": a definite incident or meeting noun that its date
    names, told again. The noun and that date."""
    c = cues()
    words, tokens = analysis.words, analysis.tokens
    for mention in analysis.dates:
        date = mention.date
        if date.start is None or date.precision not in _POINT:
            continue
        if date.basis not in ("explicit", "relative"):
            continue
        first = token_index_at(tokens, mention.start)
        last = token_index_at(tokens, max(mention.end - 1, mention.start))
        noun: int | None = None
        if words[last].endswith(_POSSESSIVE_MARKS) or (first > 0 and words[first - 1] == "the"):
            noun = last + 1  # "Saturday's attack", "the June 15 confrontation"
        elif last + 1 < len(words) and words[last + 1] in _POSSESSIVE_MARKS:
            noun = last + 2  # "Saturday 's attack"
        if noun is not None and noun < len(words) and (
            words[noun] in c.retold_incidents or words[noun] in c.retold_meetings
        ):
            return words[noun], date
        before = first - 1 if first > 0 and words[first - 1] in _INCIDENT_DATE_LINKS else first
        at = before - 1  # "the attack on Sunday", "the incident last month"
        if at >= 1 and (words[at] in c.retold_incidents or words[at] in c.retold_meetings) and (
            _DEFINITE & set(words[max(0, at - 3) : at])
        ):
            return words[at], date
    return None


def redate_named_retelling(events: list[Event], analysis: SentenceAnalysis, recent: int) -> None:
    """ "The commanders met for the first time since the June 15 confrontation": a
    later sentence that names an incident (or a meeting) told before by its day. The
    earlier events (from index ``recent`` on) of its kind whose date was only guessed
    (from the document or the story) take that day, in place; a date the text gave
    them stays."""
    found = _incident_named_by_day(analysis)
    if found is None:
        return
    noun, date = found
    incident = noun in cues().retold_incidents
    types = _INCIDENT_NOUN_TYPES.get(noun, _RETOLD_INCIDENT_TYPES)
    for i in range(len(events) - 1, recent - 1, -1):
        event = events[i]
        fits = (event.plover or "") in types if incident else event.kind in _RETOLD_MEETING_KINDS
        if fits and event.date.basis in ("document", "context", "none"):
            events[i] = replace(event, date=replace(date, basis="context"))


# what a denial answers: a charge made after the act it tells of
_CHARGE_NOUNS = re.compile(
    r"\b(accusations?|allegations?|claims?|charges?)\b", re.IGNORECASE
)

STORY_REACH = 2  # sentences back that a later sentence's day may date
STORY_DAYS = 7  # how far before the document's day the story's day may lie
_REPORT_WINDOW = 3  # tokens either side of a date that tie it to a report ("said Friday")


def date_by_story_day(
    events: list[Event],
    recent: int,
    coded: Sequence[Event],
    analysis: SentenceAnalysis,
    doc_date: str | None,
    pair: frozenset[str] = frozenset(),
) -> None:
    """ "The UAE has decided to roll over the deposit ... The announcement was made in
    a meeting with Qureshi on Monday": a news lede told with no date of its own
    happened on the day that the next sentences give its story. Earlier events (from
    index ``recent`` on) dated only by the document, and sharing a side with the
    sentence that names the day, take that day, in place. ``pair``: the document's two
    sides, whom "the two countries" names."""
    found = _story_day(coded, analysis, doc_date, pair)
    if found is None:
        return
    day, sides, only, told = found
    # "X made the announcement Friday evening after police forced their way in": the day
    # is the announcement's, the news the lede told, whoever did the act also named
    announced = _announcement_day(analysis, day)
    for i in range(recent, len(events)):
        event = events[i]
        if only is not None and event.plover not in only:
            # "the victim was killed on Saturday", "The standoff occurred Saturday": the
            # day of the incident, not of the protest told over it
            continue
        if told is not None and _arrival_dates_visit_only(event, told):
            continue  # "X and Y signed a pact ... X arrived in Y on Sunday": the visit's
        if told is not None and _another_sides_act(event, told) and not announced:
            continue  # "Japan has lodged a protest ... Chinese ships intruded on Sunday"
        if told is not None and _another_act_of_the_news(event, told, analysis):
            continue  # "Algeria has recalled its envoy ... It condemned Spain on Saturday"
        # "On Monday night, North Korea floated balloons" (no act coded): the day of
        # what the side named did, not of the other side's answer told before it
        doers = (
            {a.code for a in event.parties()}
            if coded
            else {event.actor1.code} if event.actor1 is not None else set()
        )
        # "The navy has seized a trawler ... Officials say a patrol spotted it on
        # Thursday": a sentence that names no side at all tells the lede's own story
        unnamed = not sides and told is None and not _another_thing(analysis)
        if (
            event.date.basis == "document"
            and event.status in ("actual", "negated")
            and (sides & doers or unnamed)
        ):
            events[i] = replace(event, date=replace(day, basis="context"))


_SETTING_OPENERS = ("after ", "during ", "at ", "in ")


def date_by_setting_meeting(coded: list[Event], doc_date: str | None) -> None:
    """ "India and China arrived at a consensus to disengage after talks that went late
    into the night on Monday": an act two sides make together, told with no day of its
    own, was made at the meeting of the same two sides that its sentence tells as its
    setting ("after talks", "during a meeting"), and takes that meeting's day, in place."""
    if doc_date is None or len(doc_date) != 10:
        return
    for told in coded:
        trigger = told.extra.get("trigger")
        date = told.date
        if (
            told.plover != "CONSULT"
            or told.status != "actual"
            or not isinstance(trigger, str)
            or not trigger.lower().startswith(_SETTING_OPENERS)
            or date.basis not in ("explicit", "relative")
            or date.precision != "day"
            or not _days_before(date, doc_date)
        ):
            continue
        sides = {a.code for a in told.parties()}
        if len(sides) < 2:
            return
        for i, event in enumerate(coded):
            if (
                event is not told
                and event.date.basis == "document"
                and event.status == "actual"
                and (event.plover or "") in ("AGREE", "COOPERATE")
                and {a.code for a in event.parties()} == sides
            ):
                coded[i] = replace(event, date=replace(date, basis="context"))
        return


def date_plans_by_later_day(
    events: list[Event], recent: int, coded: Sequence[Event], doc_date: str | None
) -> None:
    """ "Sharif will inaugurate a warship built by Turkey when he arrives in Istanbul.
    Sharif will be in Turkey on November 25 and 26": a plan told with no day of its own
    is carried out on the day that the next sentences give a plan of the same two sides.
    Earlier planned events (from index ``recent`` on) dated only by the document take
    that day, in place."""
    if doc_date is None or len(doc_date) != 10:
        return
    for told in coded:
        date = told.date
        if (
            told.status != "planned"
            or date.basis not in ("explicit", "relative")
            or not date.start
            or not (date.precision == "day" or _written_days(date))
            or date.start < doc_date  # a day past is no plan's
            or _departure(told)
        ):
            continue
        sides = {a.code for a in told.parties()}
        if len(sides) < 2:
            return
        for i in range(recent, len(events)):
            event = events[i]
            if (
                event.status == "planned"
                and event.date.basis == "document"
                and {a.code for a in event.parties()} == sides
            ):
                events[i] = replace(event, date=replace(_as_carried(date), basis="context"))
        return


# how a trigger tells a guest's leaving ("will leave for Kuala Lumpur on Tuesday")
_DEPARTURES = ("leav", "depart", "return", "head back", "fly back", "flies back")


def _departure(told: Event) -> bool:
    """Is ``told`` a guest's leaving ("will leave for home on Tuesday morning")? Its day
    ends the trip: what was planned during the trip falls on any day before it."""
    trigger = told.extra.get("trigger")
    return isinstance(trigger, str) and trigger.lower().startswith(_DEPARTURES)


# words by which a sentence tells of another thing than the lede's act ("A similar
# incident took place on Monday")
_ANOTHER_THING = frozenset({"similar", "another", "separate", "second"})


def _another_thing(analysis: SentenceAnalysis) -> bool:
    """Does the sentence tell of another thing of the kind ("a similar incident", "a
    separate clash")? When it names no side, only its wording tied it to the lede."""
    return any(t.low in _ANOTHER_THING for t in analysis.tokens)


# how a trigger tells a guest's arrival ("arrived in", "landed in", "reached")
_ARRIVALS = ("arriv", "land", "reach", "touch")


def _arrival_dates_visit_only(event: Event, told: Event) -> bool:
    """Is ``told`` a guest's arrival ("arrived in Beijing on Sunday for a four-day
    visit") and ``event`` another act than the visit (the talks, the signing)? The day
    of arrival opens the visit; what was done in it falls on any of its days, which the
    arrival does not tell."""
    trigger = told.extra.get("trigger")
    if told.kind != "visit" or event.kind == "visit" or not isinstance(trigger, str):
        return False
    if trigger.lower().startswith(_ARRIVALS):
        return True
    # "Macron arrived on Tuesday for a state visit": the visit named after the arrival
    # verb that carries the day is told as that arrival
    source = (told.source.sentence or "").lower()
    return any(word.startswith(_ARRIVALS) for word in source.split()[:8])


def _another_sides_act(event: Event, told: Event) -> bool:
    """Is ``told`` another act than ``event`` by another side ("Morocco has recalled its
    ambassador ... On Tuesday, Spain's minister expressed discontent to her")? Its day
    is of what led up to the lede or answered it, not the lede's own."""
    if event.plover == told.plover or event.actor1 is None:
        return False
    if told.plover == "CONSULT":
        # "The decision was made in a meeting with X's minister on Monday": a meeting is
        # the sides' together, whichever is named first
        return event.actor1.code not in {a.code for a in told.parties()}
    return told.actor1 is None or event.actor1.code != told.actor1.code


_SAME_DAY = frozenset({"earlier", "later"})


# the types of a news lede that two sides make together when they meet
_MADE_AT_MEETING = frozenset({"AGREE", "COOPERATE", "CONSULT"})
# words that tell a meeting as the setting of what was done ("during a meeting", "in a
# phone call", "at talks") and the nouns of such a meeting
_SETTING_WORDS = frozenset({"during", "at", "in", "amid"})
_SETTING_NOUNS = frozenset({
    "meeting", "meetings", "talks", "call", "conversation", "summit", "session",
    "negotiations", "consultations", "conference", "visit", "sidelines",
})  # fmt: skip


def _met_pair_setting(event: Event, told: Event, analysis: SentenceAnalysis) -> bool:
    """Is ``told`` a meeting or call of the very two sides of ``event``, a news lede
    that the two make together, told as the setting of what was done ("X and Y have
    affirmed their commitment ... These topics were discussed during a meeting between
    the two presidents on Friday")? What the two agreed was agreed at that meeting: its
    day is the lede's. A meeting told as an act of its own ("The new ambassador was
    received on Sunday") is another act, which followed from the news."""
    if told.plover != "CONSULT" or (event.plover or "") not in _MADE_AT_MEETING:
        return False
    sides = {a.code for a in event.parties()}
    if len(sides) < 2 or sides != {a.code for a in told.parties()}:
        return False
    tokens = analysis.tokens
    return any(
        t.low in _SETTING_WORDS
        and any(u.low in _SETTING_NOUNS for u in tokens[i + 1 : i + 4])
        for i, t in enumerate(tokens)
    )


def _another_act_of_the_news(event: Event, told: Event, analysis: SentenceAnalysis) -> bool:
    """Is ``event`` told in the present perfect ("Algeria has recalled its ambassador",
    "X and Y have restored ties") and ``told`` another act of another type ("Algeria
    condemned Spain ... in a statement Saturday", "The new ambassador was received on
    Sunday")? The perfect tells the news as of the day of publication; a day given to
    another act, which led up to it or followed from it, is not its own. A sentence
    telling when the news was announced ("announced the deal on Dec. 13") or tying it to
    that day ("Earlier on Wednesday, ...") still dates it."""
    if event.extra.get("tense") != "perfect" or event.plover == told.plover:
        return False
    if _announcing(analysis):
        return False
    if _met_pair_setting(event, told, analysis):
        return False
    for index, mention in analysis.date_at:
        if mention.date.start == told.date.start:
            before = {t.low for t in analysis.tokens[max(0, index - 2) : index]}
            if before & _SAME_DAY:
                return False
    return True


def _story_day(
    coded: Sequence[Event], analysis: SentenceAnalysis, doc_date: str | None,
    pair: frozenset[str],
) -> tuple[DateRef, set[str], frozenset[str] | None, Event | None] | None:
    """The day in the week before the document's that this sentence gives what
    happened, the sides it names, the only PLOVER types it may date (an incident's
    day dates the incident, not what answered it; ``None``: any) and the event told:
    its first such event's (force last: "the victim was killed on Saturday" dates only
    the force the lede told), else (when it tells no event: "The announcement was
    made ... on Monday") its own first such day that is not a report's ("officials
    said on Thursday")."""
    if doc_date is None or len(doc_date) != 10:
        return None
    if any(t.low in cues().planned or t.low == "would" for t in analysis.tokens):
        # "X will leave on Tuesday morning after holding a press conference": a plan's
        # day (a weekday ahead, read as the one past), not the story's
        return None
    for event in sorted(coded, key=lambda e: e.plover == "ASSAULT"):
        if event.extra.get("sides_from_context"):
            continue  # "The meeting was held on Monday" names no side of the story
        if counted_day(event.date.text):
            continue  # "the strike the previous day": counted from the story's day
        if event.status == "actual" and _days_before(event.date, doc_date):
            only: frozenset[str] | None = None
            if event.plover == "ASSAULT":
                only = frozenset({"ASSAULT"})
            elif event.plover in _INCIDENT_TYPES and not _announcing(analysis):
                # "Whelan, who was detained in Moscow on Dec 28": the detention's day,
                # not that of the rebukes told over it
                only = frozenset({event.plover})
            return event.date, {a.code for a in event.parties()}, only, event
    if coded:
        return None
    if any(t.low in cues().planned or t.low == "would" for t in analysis.tokens):
        return None  # "The talks would be held on Thursday": a plan's day, not the story's
    for index, mention in analysis.date_at:
        if mention.date.basis != "relative" or not _days_before(mention.date, doc_date):
            continue
        if counted_day(mention.date.text):
            continue  # "A day earlier, reports said ...": counted from the story's day
        if not _near_report(analysis, index) and not _in_relative(analysis, index):
            named = {m.actor.code for m in analysis.actors if m.actor is not None}
            if any(m.kind == "dyad_ref" for m in analysis.actors):
                named |= pair  # "Officials from the two countries made the announcement"
            # "The tense standoff occurred Saturday", "the killings ... on June 27": a day
            # of the incident, which dates only an incident's acts
            incident = _incident_day(analysis, index) and not _announcing(analysis)
            return mention.date, named, _RETOLD_INCIDENT_TYPES if incident else None, None
    return None


_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})
# the acts an incident is told as: a day of one of them is the incident's
_INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# nouns that tell an incident beside those a retelling names ("the incident took place")
_INCIDENT_NOUNS = frozenset({
    "standoff", "stand-off", "killing", "killings", "deaths", "death", "bombing",
    "bombings", "shelling", "sinking", "downing", "collision", "ramming", "kidnapping",
    "abduction", "explosion", "blast", "ambush",
})  # fmt: skip
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "but", "after", "as", "while", "when"})


def _incident_day(analysis: SentenceAnalysis, index: int) -> bool:
    """Does the date at ``index`` follow, in its clause, a noun of an incident ("The
    tense standoff occurred Saturday", "the killings of two brothers in Yekaterinburg
    on June 27")? The day is that incident's: what the story's lede told in answer to
    it (a protest, a recall) happened later."""
    c = cues()
    for at in range(index - 1, -1, -1):
        word = analysis.tokens[at].low
        if word in _CLAUSE_ENDS:
            return False
        if word in c.retold_incidents or word in _INCIDENT_NOUNS or word in _FIGHTING:
            return True
    return False


def _announcing(analysis: SentenceAnalysis) -> bool:
    """Does the sentence tell an announcement or a decision ("made the announcement on
    Friday evening, following the police action")? Its day is that of the news the
    lede told, whatever incident it also names."""
    return any(
        t.low.startswith("announc") or t.low in ("decision", "decisions")
        for t in analysis.tokens
    )


_ANNOUNCED_REACH = 3  # tokens from "announcement" to the day it was made


def _announcement_day(analysis: SentenceAnalysis, day: DateRef) -> bool:
    """Is ``day`` given right after a word of announcing ("made the announcement Friday
    evening", "announced on Monday")?"""
    tokens = analysis.tokens
    for index, mention in analysis.date_at:
        if mention.date.start != day.start:
            continue
        before = tokens[max(0, index - _ANNOUNCED_REACH) : index]
        if any(t.low.startswith("announc") for t in before):
            return True
    return False


_FIGHTING = frozenset({"fighting", "shelling", "skirmishes", "hostilities", "exchange"})


def _report_verb_day(analysis: SentenceAnalysis, document: DateRef | None) -> list[DateRef]:
    """The past day told right at a report verb ("said on Friday", "on Friday said",
    "said Friday") of a sentence that told no event, outside quotes and relative
    clauses."""
    if document is None or document.start is None or len(document.start) != 10:
        return []
    verbs = cues().report_verbs
    tokens = analysis.tokens
    out = []
    for index, d in analysis.date_at:
        if d.date.start is None or d.date.precision != "day":
            continue
        if not _days_before(d.date, document.start) or _in_relative(analysis, index):
            continue
        if open_quote(analysis.sentence.text[: d.start]) is not None:
            continue
        near = tokens[max(0, index - 2) : index] + tokens[index + 1 : index + 2]
        if any(t.low in verbs for t in near):
            out.append(_as_carried(d.date))
    return out[-1:]


def _near_report(analysis: SentenceAnalysis, index: int) -> bool:
    """Is the date at ``index`` a report's day ("officials said on Thursday")?"""
    around = analysis.tokens[max(0, index - _REPORT_WINDOW) : index + _REPORT_WINDOW + 1]
    return any(t.low in cues().report_verbs for t in around)


def _in_since_clause(date: DateRef, analysis: SentenceAnalysis) -> bool:
    """Is ``date`` told in a clause opened by "since" ("the first visit since Saddam's
    forces invaded the emirate in 1990"), before any comma between them?"""
    return _clause_opener(date, analysis, "since") is not None


def _in_when_clause_after_main(date: DateRef, analysis: SentenceAnalysis) -> bool:
    """Is ``date`` told in a clause opened by "when" that follows the sentence's main
    clause ("thanked X for the reception when he paid a visit last year"), before any
    comma between them?"""
    at = _clause_opener(date, analysis, "when")
    return at is not None and at > 2


def _clause_opener(date: DateRef, analysis: SentenceAnalysis, word: str) -> int | None:
    """Where ``word`` opens the clause ``date`` is told in, with no comma or stop between
    them: the first such place where the sentence tells that date; None where none."""
    tokens = analysis.tokens
    for index, d in analysis.date_at:
        if (d.date.text, d.date.start) != (date.text, date.start):
            continue
        for at in range(index - 1, -1, -1):
            if tokens[at].low in (",", ";", ":", "."):
                break
            if tokens[at].low == word:
                return at
    return None


def _in_relative(analysis: SentenceAnalysis, index: int) -> bool:
    """Is the date at ``index`` in a relative clause ("Whelan, who was detained in Moscow
    on Dec 28", "the rebels that overtook two towns on Saturday")? It is the day of what
    that clause tells of a person or a group, not of the story. One told of an incident
    ("the incursion, which was announced on Sunday") gives the story's day."""
    tokens = analysis.tokens
    for at in range(index - 1, -1, -1):
        if tokens[at].low in (",", ";", ":", "."):
            return False
        if tokens[at].low in _RELATIVES:
            return not _tells_the_incident(analysis, at)
    return False


def _tells_the_incident(analysis: SentenceAnalysis, at: int) -> bool:
    """Does the relative pronoun at ``at`` follow a noun of an incident or a meeting ("the
    fighting, which began on Saturday", "talks that went on late on Monday")? The clause
    then dates that incident, the story's own."""
    c = cues()
    before = at - 1 if at > 0 and analysis.tokens[at - 1].low == "," else at
    noun = analysis.tokens[before - 1].low if before > 0 else ""
    return noun in c.retold_incidents or noun in c.retold_meetings or noun in _FIGHTING


def _days_before(date: DateRef, doc_date: str) -> bool:
    """Is ``date`` a day at most ``STORY_DAYS`` before the document's day?"""
    if date.basis not in ("explicit", "relative") or date.precision != "day" or not date.start:
        return False
    delta = days_after(doc_date, date.start)
    return delta is not None and 0 < delta <= STORY_DAYS


def _retold(analysis: SentenceAnalysis) -> tuple[bool, DateRef] | None:
    """Whether the sentence retells an incident (else a meeting) and the date it gives."""
    c = cues()
    words, present = analysis.words, analysis.word_set
    for verb in c.retold_verbs:
        if verb[0] not in present:
            continue  # most sentences have none of the verbs: skip the scan for each
        n = len(verb)
        at = next((i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == verb), None)
        if at is None:
            continue
        nouns = [
            i for i in range(max(0, at - 3), at)
            if words[i] in c.retold_incidents or words[i] in c.retold_meetings
        ]  # fmt: skip
        if not nouns or not _DEFINITE & set(words[max(0, nouns[0] - 3) : nouns[0]]):
            return None  # "a similar incident took place": another one
        after = analysis.tokens[at].start
        dates = [
            d.date for d in analysis.dates
            if d.start >= after and d.date.start is not None and d.date.precision in _POINT
        ]  # fmt: skip
        if not dates:
            return None
        return words[nouns[0]] in c.retold_incidents, dates[0]
    return None


def spans_time(analysis: SentenceAnalysis, first: int = 0, end: int | None = None) -> bool:
    """Does the sentence (or its clause from token ``first`` to ``end``) speak of a
    stretch of time ("since then", "for years", "has long"), so that no point date
    fits its events?"""
    by_first = _time_spans_by_first()
    if by_first.keys().isdisjoint(analysis.word_set):
        return False  # most sentences hold no first word of any span phrase
    words = analysis.words[first:end]
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return True
    return False


def spans_time_before(analysis: SentenceAnalysis, anchor: int) -> bool:
    """Does the sentence speak of a stretch of time before token ``anchor``, outside an
    aside set off by commas ("Turkey, which has long had friendly ties with Israel, was
    among the first to denounce ...", "The president, often accused by X of ..., took
    action"): the aside's span is another clause's, the act after it has its day."""
    by_first = _time_spans_by_first()
    if by_first.keys().isdisjoint(analysis.word_set):
        return False
    words = analysis.words[:anchor]
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            opened = any(w == "," for w in words[:i])
            closed = any(w == "," for w in words[i + len(phrase) :])
            if not (opened and closed):
                return True
    return False


@lru_cache(maxsize=1)
def _time_spans_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The time-span phrases by their first word: one pass over a sentence finds them
    all, where trying each phrase in turn scanned it once per phrase."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cues().time_spans:
        out.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in out.items()}


_OPENING = 6  # tokens: a date this early sets the time of what the sentence tells
HISTORY_YEARS = 1  # a date this many years before a story's is history it tells


def _history(date: DateRef, document: DateRef) -> bool:
    """Is ``date`` a year of its own, written out or named by reference to one ("In
    October of the same year"), well before the document's date ("On December 9, 1999,
    China and Russia ..." in a page of 2001)? A news page then tells history, and that
    date carries as a paper's does."""
    written = date.basis == "explicit" or YEAR_REFERENCE.search(date.text) is not None
    if not written or not date.start or not document.start:
        return False
    return int(date.start[:4]) <= int(document.start[:4]) - HISTORY_YEARS


def _years_before(date: DateRef, document: DateRef) -> bool:
    """Does ``date`` lie in a year before the document's?"""
    if not date.start or not document.start:
        return False
    return int(date.start[:4]) < int(document.start[:4])


def _after(date: DateRef | None, document: DateRef) -> bool:
    """Does ``date`` begin after the document's date, at the coarser precision?"""
    if date is None or date.start is None or document.start is None:
        return False
    return later_than(date.start, document.start)
