"""When an act took place: the date its own clause gives, else the one the sentence,
the document's time line or the publication day gives it.

The coder asks ``act_date`` for each event. A date set apart by a comma (", according to
the ministry on Tuesday"), inside a relative clause, or naming another act ("since the
2020 war") does not date the act; a day named ahead of a planned act stays ahead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from dyadscope.calendar_words import MONTHS, SMALL_NUMBERS, WEEKDAYS
from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import Token
from dyadscope.day_references import DAY_UNITS, counted_day
from dyadscope.model import UNKNOWN_DATE, DateRef
from dyadscope.periods import day_moved, days_after, later_than, month_moved
from dyadscope.quotes import open_quote

# clauses after an event whose dates are their own: who did what, what came first
_OTHER_TIME_CLAUSES = frozenset({"who", "which", "whom", "whose", "after", "before", "because"})


# words after a trigger that open a phrase with a time of its own
_OTHER_TIME = frozenset({"following", "since", "amid", "after", "before", "ahead"})

_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "whom"})


# "-ing" words that time the main act rather than tell another ("Following the
# dissolution of the USSR, Pakistan recognised ...")
_TIMING_PREPOSITIONS = frozenset({"following", "during", "according", "including"})

_WEEKDAYS = frozenset(WEEKDAYS)


_RECORDS = frozenset({"first", "worst", "largest", "biggest", "deadliest", "heaviest"})


def _first_since(tokens: Sequence[Token], index: int) -> bool:
    """Is the date at ``index`` the start of a span a record is counted over ("the first
    meeting since 2010", "the worst fighting since 1994")? It is when the act last
    happened, not when this one did."""
    return (
        tokens[index - 1].low == "since"
        and any(t.low in _RECORDS for t in tokens[max(0, index - 10) : index - 1])
    )


_NOT_NOUNS = frozenset(
    {"and", "or", "but", "then", "also", "was", "were", "is", "are", "be", "been", "being",
     "has", "have", "had", "not", "to", "it", "they", "he", "she", "who", "which", "that"}
)  # fmt: skip


def _described_thing(
    tokens: Sequence[Token], anchor: int, index: int, dated: set[int]
) -> bool:
    """Does a participle after a noun of the trigger's phrase come before the date at
    ``index`` ("congratulated him on the elections held on October 26", "protested the
    remarks made at a rally on December 29")? The date is that thing's, not the act's."""
    noun = syntax.is_noun_head(tokens, anchor) or tokens[anchor].low in cues().event_nouns
    if noun and not _described_after_other(tokens, anchor, index):
        return False  # "exercises started on 8 September": the noun's own verb
    reporting = cues().reporting
    for at in range(anchor + 3, index):
        word, before, after = tokens[at].low, tokens[at - 1].low, tokens[at + 1].low
        if (
            word == ","
            and at + 2 < index
            and before.isalpha()
            and before not in _NOT_NOUNS
            and _describes_set_off(tokens, at + 1, index, dated)
        ):
            return True  # "met him in the Fizuli region, also liberated ... in 2020"
        if word in (",", ";") or word in cues().clause_breaks:
            return False  # "said that the shelling continued Monday": a clause of its own
        participle = word.endswith("ed") or word in cues().participles
        if (
            participle
            and word not in reporting
            and word not in _INTRANSITIVE
            and before.isalpha()
            and before not in _NOT_NOUNS
            and not before.endswith("ly")
            and (after in _THEN_WHEN or at + 1 in dated)
        ):
            return not comma_between(tokens, at, index)
    return False


# prepositions after an act's noun whose own noun a participle may then describe
# ("the delivery of jets under a contract signed in 2006"); not those that name the
# act's sides or occasion ("talks with Trong held in Hanoi on Monday": the talks')
_DESCRIBED_AFTER = frozenset({"under", "over", "despite", "within", "from"})
# words that may stand between the comma and a set-off participle
_SET_OFF_ADVERBS = frozenset({"also", "later", "itself", "once", "first", "recently"})


def _described_after_other(tokens: Sequence[Token], anchor: int, index: int) -> bool:
    """Does a preposition of ``_DESCRIBED_AFTER`` stand between a noun trigger and the
    date, with no break? Then a participle before the date describes that other noun."""
    for at in range(anchor + 1, index):
        word = tokens[at].low
        if word in (",", ";") or word in cues().clause_breaks:
            return False
        if word in _DESCRIBED_AFTER:
            return True
    return False


def _describes_set_off(
    tokens: Sequence[Token], start: int, index: int, dated: set[int]
) -> bool:
    """Is ``start`` the opening of a set-off participle phrase describing the noun before
    the comma (", also liberated as a result of the war in 2020")? Only a passive
    participle followed by what tells where, when, how or by whom it was done, so never
    a coordinated verb with an object ("raided the camp, killed three on Monday")."""
    at = start
    while at < index and tokens[at].low in _SET_OFF_ADVERBS:
        at += 1
    if at + 1 >= index:
        return False
    word, after = tokens[at].low, tokens[at + 1].low
    return (
        word.endswith("ed")
        and word not in cues().reporting
        and word not in _INTRANSITIVE
        and (after in _THEN_WHEN or after in ("as", "under", "after", "from") or at + 1 in dated)
    )


# pronouns that open a relative clause with no "which" or "that" after a noun
_CONTACT_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})
# conjunctions of a clause told at the same time as the main one ("shot down the missiles
# as they approached Damascus on Friday"): the pronoun after them opens no relative clause
_SIMULTANEOUS_CONJUNCTIONS = frozenset({"as", "when", "while", "whilst"})
# verbs by which a clause only names the act ("what they called a full ceasefire")
_NAMING = frozenset({"called", "termed", "dubbed", "described", "labelled", "labeled"})


def _contact_relative(tokens: Sequence[Token], anchor: int, index: int) -> bool:
    """Is the date at ``index`` inside a relative clause told with no "which" or
    "that" after a noun of the act's phrase ("agreed to review the tariffs it imposed
    in 2020", "the full implementation of the peace agreement they signed in 2000")?
    The date is when that thing was done, not the act."""
    reporting = cues().reporting
    for at in range(anchor + 2, index - 1):
        word, before, after = tokens[at].low, tokens[at - 1], tokens[at + 1].low
        if word == ";":
            return False
        if (
            word in _CONTACT_SUBJECTS
            and before.text.isalpha()
            and before.text.islower()
            and before.low not in reporting
            and before.low not in _NOT_NOUNS
            and before.low != "what"
            and before.low not in _SIMULTANEOUS_CONJUNCTIONS
            and not before.low.endswith(("ed", "ing", "ly"))
            and after.endswith("ed")
            and after not in reporting
            and after not in _NAMING  # "agreed what they called a ceasefire on Saturday"
        ):
            return not comma_between(tokens, at, index)
    return False


# verbs with no passive, so never a participle describing a thing ("the team arrived")
_INTRANSITIVE = frozenset(
    {"arrived", "landed", "escalated", "started", "continued", "ended", "erupted", "occurred",
     "happened", "remained", "stayed", "returned", "departed", "flared", "resumed"}
)  # fmt: skip


# words after a participle that tell where or when the thing it describes was done
_THEN_WHEN = frozenset({"on", "in", "by", "during", "against", "last", "earlier", "late"})


def _answered_act(tokens: Sequence[Token], anchor: int, index: int) -> bool:
    """Is the date at ``index`` inside what the act answers ("imposed sanctions in
    retaliation for X's arms sale last week", "the strikes were a response to an attack
    on April 1"), with no comma before it? That date is the answered act's."""
    for at in range(anchor + 1, index - 1):
        if any((tokens[at].low, tokens[at + 1].low) == a[:2] for a in cues().answering):
            return not comma_between(tokens, at, index)
    return False


# prepositions after an act of reaction that open what it reacts to ("regret for the
# deaths ...", "condoled over the loss of lives in the crash this week")
_REACTED_TO = frozenset({"over", "for"})
_REACTED_REACH = 6  # words from the reaction to the preposition


def _reacted_to(tokens: Sequence[Token], anchor: int, index: int) -> bool:
    """Is the date at ``index`` inside what a reaction answers, told after "over" or
    "for" with no comma before the date ("expressed regret for the deaths of border
    guards on Thursday", "sanctions against Turkey over the downing of its jet on
    November 24")? That date is the thing's, the reaction came after it."""
    if tokens[index - 1].low in _REACTED_TO:
        return False  # "a war of words over the past days": the act's own span
    return any(
        (tokens[at].low == "over" or (tokens[at].low == "for" and at > anchor + 1
                                      and tokens[at + 1].low not in cues().event_nouns))
        and not comma_between(tokens, at, index)
        and _names_an_act(tokens, at + 1, index, set(), event_nouns=True)
        for at in range(anchor + 1, min(index - 1, anchor + _REACTED_REACH))
    )  # "support for China's entry in 1995" names what is supported, "recalled for
    # consultations on Monday" what the act is for; "relaxed visa rules for Indian
    # pilgrims on Monday" names people, no act the date could belong to


# words that open what an act is about or answers ("summoned the envoy over the
# incursion of balloons on January 17", "a protest regarding the remarks made on
# December 29", "In view of the break-in on Friday, Mexico breaks ties")
_REASON_OPENERS = frozenset({"over", "regarding", "concerning", "re"})
_REASON_PHRASES = (("in", "view", "of"), ("with", "regard", "to"), ("in", "connection", "with"))
_ACT_NOUN_ENDINGS = ("ing", "tion", "tions", "sion", "sions", "ment", "ments", "ure")
# nouns of acts with no such ending ("the remarks", "the incident", "the raid")
_ACT_NOUNS = frozenset(
    {"attack", "attacks", "raid", "raids", "strike", "strikes", "assault", "clash", "clashes",
     "crash", "incident", "incidents", "remarks", "comments", "statement", "statements",
     "arrest", "arrests", "death", "deaths", "fire", "move", "moves", "decision", "breach",
     "breaches", "seizure", "intrusion", "incursion", "downing", "murder", "murders"}
)  # fmt: skip
# second parts of nouns of acts written with a hyphen ("a break-in", "the build-up")
_HYPHEN_ACTS = frozenset({"in", "out", "up", "down", "off"})
# words with those endings that name no act ("the region", "the government", "morning")
_NOT_ACT_NOUNS = frozenset(
    {"nation", "nations", "position", "positions", "population", "station", "situation",
     "organization", "organisation", "administration", "constitution", "delegation",
     "federation", "coalition", "government", "governments", "parliament", "department",
     "settlement", "settlements", "morning", "evening", "building", "buildings", "during",
     "according", "including", "regarding", "concerning", "following", "spring", "nothing",
     "something", "anything", "everything", "nature", "future",
     "feature", "capture", "structure", "culture", "measure", "measures", "pressure",
     "procedure", "legislature", "temperature", "mixture", "treasure", "signature"}
)  # fmt: skip
# verbs "over" is a particle of ("handed over the goods on Sunday", "took over the post")
_OVER_VERBS = frozenset(
    {"hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking",
     "turn", "turns", "turned", "turning", "pass", "passed", "passing", "roll", "rolled",
     "rolling", "sign", "signed", "win", "won", "carry", "carried", "flew", "flown", "fly",
     "flying", "flies", "presided", "preside", "presides", "presiding", "hovering"}
)  # fmt: skip


def _reason_opener(tokens: Sequence[Token], at: int) -> bool:
    """Does a phrase telling what an act is about open at ``at``?"""
    if tokens[at].low in _REASON_OPENERS:
        return at == 0 or tokens[at - 1].low not in _OVER_VERBS
    return any(
        at + len(words) <= len(tokens)
        and tuple(t.low for t in tokens[at : at + len(words)]) == words
        for words in _REASON_PHRASES
    )


def _names_an_act(
    tokens: Sequence[Token], start: int, end: int, acts: set[int], *, event_nouns: bool = False
) -> bool:
    """Does a noun of an act stand from ``start`` to ``end`` (a trigger of another act,
    or a noun made from a verb: "the downing", "the incursion", "the break-in")?"""
    return any(
        at in acts
        or (event_nouns and tokens[at].low in cues().event_nouns)
        or (
            tokens[at].text.isalpha()
            and tokens[at].text.islower()
            and len(tokens[at].text) > 4
            and tokens[at].low.endswith(_ACT_NOUN_ENDINGS)
            and tokens[at].low not in _NOT_ACT_NOUNS
            and tokens[at - 1].low not in ("to", "of")
        )
        or tokens[at].low in _ACT_NOUNS
        or (tokens[at].low in _HYPHEN_ACTS and tokens[at - 1].low == "-")
        for at in range(start, end)
    )


def _in_reason_phrase(
    tokens: Sequence[Token], anchor: int, index: int, acts: set[int]
) -> bool:
    """Is the date at ``index`` inside a phrase after the act that tells what it is
    about, opened by "over", "regarding", "in view of" ..., whose noun is another act
    ("demanded explanations over the incursion of balloons early on January 17",
    "condemned a lack of transparency over the downing last year of a plane")? The
    date is that act's; the act told came after it."""
    for at in range(index - 1, anchor, -1):
        word = tokens[at].low
        if word in (",", ";", ":") or word in cues().clause_breaks:
            return False
        if _reason_opener(tokens, at):
            return at < index - 1 and _names_an_act(tokens, at + 1, index, acts)
    return False


def _fronted_reason(tokens: Sequence[Token], index: int, anchor: int, acts: set[int]) -> bool:
    """Is the date at ``index`` inside a phrase opening the sentence or clause before the
    act that tells what it answers ("In view of the break-in at the embassy on Friday,
    April 5, Mexico announces ...")? The date is that act's."""
    if not comma_between(tokens, index, anchor):
        return False
    for at in range(index - 1, -1, -1):
        word = tokens[at].low
        if word in (";", ":") or word in cues().clause_breaks:
            return False
        if _reason_opener(tokens, at) and (at == 0 or tokens[at - 1].low in (",", "and")):
            return _names_an_act(tokens, at + 1, index, acts)
    return False


_REASON_NOUN_REACH = 6  # words from "over" to the noun of the act it opens


def _named_as_reason(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Is the act at ``anchor`` the noun of a phrase telling what an act before it is
    about, after the date at ``index`` ("lodged a protest on Wednesday over the killing of
    a child", "summoned the envoy on Friday to complain over the ambassador's remarks")?
    That date is the reacting act's; the act it is about came before, on a day the
    sentence does not tell."""
    for at in range(anchor - 1, index, -1):
        word = tokens[at].low
        if word in (",", ";", ":") or word in cues().clause_breaks:
            return False
        if _reason_opener(tokens, at):
            return anchor - at <= _REASON_NOUN_REACH
    return False


# nouns that "of <date>" times rather than names ("the night of April 5", "the end of 2022")
_TIMES_OF = frozenset(
    {"night", "nights", "morning", "evening", "afternoon", "midnight", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "hours", "end", "beginning", "start",
     "middle", "spring", "summer", "autumn", "fall", "winter", "period", "as", "eve", "half",
     "quarter", "part", "course", "first", "last", "rest"}
)  # fmt: skip


def _dated_thing(tokens: Sequence[Token], anchor: int, index: int) -> bool:
    """Is the date at ``index`` told by "of" after a noun other than the trigger ("the
    disengagement understanding of June 6", "the trilateral statement of the leaders of
    November 9")? It names that thing by its day, as "the Aug. 13 agreement" does; "the
    night of April 5" or "the end of 2022" times what is told."""
    return (
        index > 1
        and tokens[index - 1].low == "of"
        and index - 2 != anchor
        and tokens[index - 2].text.isalpha()
        and len(tokens[index - 2].text) > 2  # "the 7th of this month"
        and tokens[index - 2].text.islower()
        and tokens[index - 2].low not in _TIMES_OF
        and tokens[index - 2].low not in cues().event_nouns  # "the meeting of November 1"
    )


# words after a dated clause that open the earlier act it follows ("The strikes today
# follow Iran launching strikes on Tuesday night")
_FOLLOWING = frozenset({"following", "follow", "follows", "followed"})


def _inside_later_phrase(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Is the trigger at ``anchor`` inside a phrase opened by "following" or "follow(s)"
    after the date at ``index``, with no comma between ("The junction opened on
    Thursday following a visit by the minister to Kabul")? That act came before the
    main clause; the date is the main clause's, and a date of the act's own phrase ("...
    to Kabul on Tuesday") dates it before that one does. ("after" is left out: what
    came "after" is mostly told on the main clause's day.)"""
    return not comma_between(tokens, index, anchor) and any(
        t.low in _FOLLOWING for t in tokens[index + 1 : anchor]
    )


# words opening a phrase whose act comes after the main clause's ("ahead of the signing")
_EARLIER_WORDS = frozenset({"ahead", "before", "prior"})


def _inside_earlier_phrase(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Is the trigger at ``anchor`` inside a phrase opened by "ahead of", "before" or
    "prior to" after the date at ``index``, with no comma between ("will receive Ruto on
    Friday ahead of the signing of the deal")? That act comes after the main clause's
    day, which does not date it."""
    return not comma_between(tokens, index, anchor) and any(
        t.low in _EARLIER_WORDS for t in tokens[index + 1 : anchor]
    )


# words that may stand inside a date itself ("since the 7th of this month")
_INNER_DATE_WORDS = frozenset({
    "the", "of", "this", "last", "early", "late", "mid", "on", "st", "nd", "rd", "th",
})  # fmt: skip


def _fronted_since_thing(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Is the date at ``index`` inside a fronted phrase that counts from another thing
    ("In his first visit since his election victory last month, X met Y on Friday"),
    closed by a comma before the trigger at ``anchor``? It dates the thing counted from
    (the victory), not the act; a span's own start ("Since Monday, ...") is not one."""
    if not comma_between(tokens, index, anchor):
        return False
    for at in range(index - 1, -1, -1):
        word = tokens[at].low
        if word in (",", ";", ".", ":"):
            return False
        if word == "since":
            return any(
                t.low.isalpha() and t.low not in _INNER_DATE_WORDS for t in tokens[at + 1 : index]
            )
    return False


def comma_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Does a comma part the act at ``start`` from the date at ``end`` (", according to
    the ministry on Tuesday": the report's day, not the act's)?"""
    return any(t.low in (",", ";") for t in tokens[start:end])


def _in_relative_clause(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Does the date at ``index`` sit in a clause closed by a comma before the trigger
    at ``anchor``, one that tells something else (", which seized power on July 26,",
    "Having last week closed four stations, ...")?"""
    if not any(t.low == "," for t in tokens[index:anchor]):
        return False
    for i in range(index - 1, -2, -1):
        if i == -1 or tokens[i].low == ",":
            opener = tokens[i + 1].low
            participle = opener.endswith("ing") and opener not in _TIMING_PREPOSITIONS
            if participle and i == -1 and _gerund_subject(tokens, index):
                return False  # "Fighting had erupted on October 10, when ...": a noun
            return i + 1 < index and (opener in _RELATIVE_PRONOUNS or participle)
    return False


# finite verbs that show a sentence's opening "-ing" word to be its subject, a noun
# ("Fighting had erupted", "Shelling continued"), not a participle clause ("Having
# closed four stations, ...")
_GERUND_SUBJECT_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
     "may", "might", "did", "does", "erupted", "broke", "began", "resumed", "continued",
     "flared", "escalated", "intensified", "raged", "started", "ended", "stopped",
     "erupts", "continues", "resumes"}
)  # fmt: skip
# words that open another clause inside the opening phrase
_GERUND_CLAUSE_STOPS = frozenset(
    {",", ";", ":", "who", "which", "that", "where", "when", "as", "after", "before",
     "while", "because", "since", "if", "and", "but"}
)  # fmt: skip


def _gerund_subject(tokens: Sequence[Token], before: int) -> bool:
    """Is the sentence's opening "-ing" word a noun, the subject of a finite verb that
    follows it in its own clause ("Fighting had erupted on October 10, ...", "Shelling
    between the two sides continued on Monday, ..."), rather than a participle?"""
    for token in tokens[1:before]:
        if token.low in _GERUND_CLAUSE_STOPS:
            return False
        if token.low in _GERUND_SUBJECT_VERBS:
            return True
    return False


def _relative_before_second_verb(tokens: Sequence[Token], index: int, anchor: int) -> bool:
    """Does the date at ``index`` sit in a relative clause ("who were killed since 2014")
    that the first verb's object ends with, closed by the ", and" of a second verb at
    ``anchor``? It dates the relative clause's act, not the second verb's."""
    if not syntax.after_and_or_but(tokens, anchor):
        return False
    if not any(t.low == "," for t in tokens[index:anchor]):
        return False
    for i in range(index - 1, -1, -1):
        if tokens[i].low == ",":
            return False
        if tokens[i].low in _RELATIVE_PRONOUNS:
            return True
    return False


# verbs that follow a relative "that" telling when something else happened
_HAPPENED = frozenset(
    {"took", "came", "began", "broke", "erupted", "occurred", "happened", "started",
     "ended", "was", "were", "killed", "left"}
)  # fmt: skip
_THAT_REACH = 12  # words from a relative "that" to the date in its clause


def _in_that_clause(analysis: SentenceAnalysis, index: int, anchor: int) -> bool:
    """Is the date at ``index`` inside a relative clause opened by "that" after a noun
    other than the trigger ("decried the strikes that took place late Wednesday, calling
    them ...", "breaches of a ceasefire that took hold in November")? The clause tells
    when that thing happened, not the act. After the act's own noun and only names
    ("a visit to Azerbaijan of Vice Premier Rogozin that took place on August 15") it
    tells of the act, as it does of one told after it in a "when" clause ("..., when he
    met Aliyev")."""
    tokens = analysis.tokens
    for at in range(index - 1, max(0, index - _THAT_REACH) - 1, -1):
        word = tokens[at].low
        if word in (",", ";", ":") or (word != "that" and word in cues().clause_breaks):
            return False
        if word != "that":
            continue
        return (
            0 < at - 1 != anchor
            and not at < anchor < index
            and (anchor > at or _other_noun(analysis, anchor, at))
            and not any(t.low == "when" for t in tokens[index:anchor])
            and tokens[at - 1].text.isalpha()
            and tokens[at - 1].low not in cues().reporting
            and tokens[at - 1].low not in cues().report_verbs
            and (tokens[at + 1].low in _HAPPENED
                 or (anchor < at and _that_clause_own_subject(tokens, at + 1, index)))
        )
    return False


def _that_clause_own_subject(tokens: Sequence[Token], start: int, index: int) -> bool:
    """Does the "that" clause open on a subject of its own, a pronoun or a name, before
    the date ("the thaw that Obama set in motion last year", "the deal that they signed
    in 2015")? It tells what that subject did to the thing, on the date told."""
    word = tokens[start]
    return start + 1 < index and (
        word.low in _CONTACT_SUBJECTS or (word.text[:1].isupper() and word.text.isalpha())
    )


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "at", "by", "from", "with", "and", "between",
     "its", "their", "his", "her", "for"}
)  # fmt: skip


def _other_noun(analysis: SentenceAnalysis, anchor: int, end: int) -> bool:
    """Does a common word stand between the trigger at ``anchor`` and ``end``, outside
    brackets, that a clause after it may tell of instead of the act?"""
    tokens, depth = analysis.tokens, analysis.depth
    return any(
        tokens[at].text.isalpha() and tokens[at].text.islower()
        and tokens[at].low not in _FUNCTION_WORDS and depth[at] <= depth[anchor]
        for at in range(anchor + 1, end)
    )  # fmt: skip


def own_clause_end(tokens: Sequence[Token], anchor: int, end: int) -> int:
    """Where the clause of the trigger ends at the latest: at the next word that opens
    another clause ("pointed out that the two always ...")."""
    breaks = cues().clause_breaks
    return next((i for i in range(anchor + 1, end) if tokens[i].low in breaks), end)


# words before the occasion an act took place at ("agreed during the talks")
_OCCASIONS = frozenset({"during", "at"})


def _dates_the_act(tokens: Sequence[Token], anchor: int, clause: int) -> bool:
    """ "his last visit to Baku, which was in August 2022": a relative clause that only
    says when the act was. It tells of the act only where the act is a noun; after a
    verb it tells of the verb's object ("rolled over the deposit, which was set to
    mature on Monday", "violated the ceasefire, which came into effect on Wednesday"),
    unless that is the occasion of the act ("agreed during the session, which was held
    on ...")."""
    if not syntax.is_noun_head(tokens, anchor) and not any(
        t.low in _OCCASIONS for t in tokens[anchor + 1 : clause]
    ):
        return False
    following = [t.low for t in tokens[clause : clause + 3]]
    if following[:1] not in (["which"], ["that"]):
        return False
    if following[1:2] in (["began"], ["started"], ["erupted"], ["broke"]):
        # "the fighting, which began on Saturday": when the act itself began, told right
        # after its noun ("an end to the blockade which began in 2017" is the blockade's)
        return clause - anchor <= 2 and syntax.is_noun_head(tokens, anchor)
    return following[1:2] in (["was"], ["were"], ["took"], ["happened"], ["came"])


def _opens_relative_clause(tokens: Sequence[Token], anchor: int) -> bool:
    """Is the trigger the verb of a relative clause ("violations that killed ...")?
    What happens there has its own time, not the main clause's."""
    if anchor < 2 or tokens[anchor - 1].low not in _RELATIVE_PRONOUNS:
        return False
    return tokens[anchor - 2].low not in cues().reporting  # "said that killed" is no noun


# words that make a weekday before them its own time, not a thing's name ("Monday night")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})
# words before a weekday that make it a noun's modifier ("the Wednesday meeting")
_THING_OWNERS = frozenset({"the", "his", "her", "its", "their", "our", "a", "last"})


def weekday_names_thing(tokens: Sequence[Token], index: int) -> bool:
    """Is the weekday at ``index`` part of a noun phrase naming a thing ("Saturday's
    attack", "Imran Khan's Sunday visit", "the Wednesday meeting"), so that it dates that
    thing, not the act the clause tells nor the story told after it? Not when the
    thing opens the sentence ("Monday's meeting, which took place in Asmara, ..."): the
    sentence tells of it."""
    if index == 0:
        return False
    word = tokens[index].low
    base = re.sub(r"['’]s$", "", word)
    if base not in _WEEKDAYS:
        return False
    if base != word:
        return True
    if index + 1 >= len(tokens):
        return False
    after, before = tokens[index + 1], tokens[index - 1].low
    return (
        after.text.isalpha()
        and after.text.islower()
        and after.low not in _DAY_PARTS
        and (before in _THING_OWNERS or before.endswith(("'s", "’s")))
    )


def _year_in_title(tokens: Sequence[Token], index: int) -> bool:
    """Is the date at ``index`` a year written right after a capitalised word inside
    the sentence ("the Development Plan 2025-2029", "Agenda 2063", "Vision 2030")? It
    is part of that name, not the time of an act."""
    if index < 2 or not (tokens[index].text.isdigit() and len(tokens[index].text) == 4):
        return False
    word = tokens[index - 1].text
    return (
        word.isalpha()
        and word[:1].isupper()
        and word.lower() not in MONTHS
        and word.lower() not in _WEEKDAYS
        and tokens[index - 2].text not in (".", "!", "?", '"', "“")
    )


def told_days(analysis: SentenceAnalysis) -> tuple[str, ...]:
    """The days the sentence gives by their weekday ("announced on Thursday")."""
    return tuple(
        d.date.start for d in analysis.dates
        if d.date.start and d.date.precision == "day" and d.date.basis == "relative"
    )  # fmt: skip


def in_time(
    date: DateRef,
    status: str,
    doc_date: str | None,
    trigger_end: int,
    text: str,
    told_days: Sequence[str] = (),
) -> DateRef:
    """A date read against the document's date, on the side of it the act lies: what
    happened "in June" in a March paper happened last June; a plan's weekday lies
    ahead ("will meet on Saturday" in a Friday's paper is the next day), unless it
    lies after the day the plan was told ("announced on Thursday that it would close
    the crossing on Friday")."""
    if (
        status == "actual"
        and date.basis == "relative"
        and date.start
        and doc_date
        and date.precision in ("day", "month")
        and later_than(date.start, doc_date)
        and not _days_ahead(date.start, doc_date, _SOON)
        and not any(ch.isdigit() and len(w) == 4 for w in date.text.split() for ch in w[:1])
        and not _NOT_LAST_YEAR & set(date.text.lower().split())
        and not _told_ahead(text, date.text)
    ):
        return replace(date, start=f"{int(date.start[:4]) - 1:04d}{date.start[4:]}")
    possessive = any(f"{date.text}{mark}s " in text for mark in ("'", "’"))
    if (
        date.text
        and text.find(date.text, max(trigger_end, 0)) < 0
        and not possessive
        and not _told_ahead(text, date.text)
    ):
        return date  # "On Sunday, X announced that Y would ...": the announcement's day
    if date.start and any(day < date.start for day in told_days):
        return date  # the plan's day follows the day it was told
    if _reported_day(text, date.text, trigger_end):
        return date  # "Minsk will slap sanctions, the minister said on Sunday": the telling
    # "In a high-profile visit, the Sultan will arrive on Sunday", "where they will have
    # a meeting on Thursday, the first since ...": a weekday a future verb governs is
    # the coming one, whatever status the act's own noun was given
    told_ahead = not possessive and _told_ahead(text, date.text)
    if _named_as_past(text, date.text):
        return date  # "a follow-up to the previous meeting of November 1"
    if status == "intent" and not told_ahead and _past_offer(text, date.text):
        return date  # "China pledged Pakistan fresh loans on Monday": the pledge's day
    return _ahead(date, "planned" if told_ahead else status, doc_date)


# words that tell a date belongs to an earlier act ("the previous meeting of November 1")
_PAST_MARKS = re.compile(r"\b(?:previous|prior|last|earlier|past|former|preceding)\b", re.I)


def _past_offer(text: str, date_text: str) -> bool:
    """Is the date told in a clause whose word of intent is a past verb taking a thing
    ("pledged Pakistan fresh loans on Monday", "offered Kabul help on Friday"), not an
    act still to come ("planned to visit on Monday")? That day is when the pledge or
    offer was made, already past."""
    at = text.find(date_text) if date_text else -1
    if at <= 0:
        return False
    words = re.findall(r"[A-Za-z']+", re.split(r"[,;:]", text[:at])[-1])
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if word in cues().intent:
            made = word.endswith("ed") or word == "sought" or _noun_made(words, i)
            return made and not any(
                words[j] == "to" and words[j + 1].islower() and words[j + 1] not in _DETERMINERS
                for j in range(i + 1, len(words) - 1)
            )  # "invited Modi to visit Nepal on Monday": the visit is still to come
    return False


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})

# nouns of an offer that a past verb of giving or getting makes a done act ("issued an
# invitation", "received a formal offer", "extended an invite")
_OFFER_NOUNS = frozenset(
    {"invitation", "invitations", "invite", "offer", "offers", "proposal", "proposals"}
)
_IRREGULAR_MADE = frozenset({"sent", "made", "gave", "put", "got", "brought", "took"})


def _noun_made(words: list[str], i: int) -> bool:
    """Is the offer noun at ``words[i]`` the object of a past verb a few words before it
    ("extended an invitation to Japan on Tuesday", "received a formal invitation from
    India")? The giving or getting is told as done, so the date is its day."""
    if words[i].lower() not in _OFFER_NOUNS:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        word = words[j]
        low = word.lower()
        if low.endswith("ed") or low in _IRREGULAR_MADE:
            return True
        if low in _DETERMINERS or (word.islower() and low not in ("to", "of", "will", "would")):
            continue  # "an", "a formal", "their warm"
        return False
    return False


def _named_as_past(text: str, date_text: str) -> bool:
    """Does a word like "previous" stand shortly before the date, in its phrase?"""
    at = text.find(date_text) if date_text else -1
    if at <= 0:
        return False
    phrase = re.split(r"[,;:.]", text[max(0, at - 40) : at])[-1]
    return _PAST_MARKS.search(" ".join(phrase.split()[-4:])) is not None


def _reported_day(text: str, date_text: str, trigger_end: int = -1) -> bool:
    """Is the date the day of a report ("X said on Sunday", "announced Friday")?"""
    at = text.find(date_text)
    before = text[max(0, at - 16) : at].lower().split() if at > 0 else []
    words = [w for w in before if w not in ("on", "late", "early")]
    if bool(words) and words[-1] in cues().report_verbs:
        return True
    # "..., they said in a separate joint statement on Sunday": the report's clause,
    # told after the act, holds the day (not "said two planes would land on Monday")
    clause = re.split(r"[,;:]", text[:at])[-1] if at > 0 else ""
    return (
        clause != text[:at]
        and at - len(clause) >= trigger_end >= 0
        and _FUTURE_AUXILIARIES.search(clause) is None
        and any(w in cues().report_verbs for w in re.findall(r"[a-z]+", clause.lower()))
    )


# the grammar of the future in news: "will", and a schedule ("is to", "is expected to",
# "scheduled for", "due to arrive", "is expected in Dhaka")
_FUTURE_AUXILIARIES = re.compile(
    r"\b(?:will|shall)\b|'ll\b|\b(?:is|are)\s+to\b"
    r"|\b(?:expected|scheduled|slated|poised)\s+(?:to|for|in|at|on)\b"
    r"|\b(?:is|are|was|were|be)\s+(?:due|set)\s+to\b",
    re.IGNORECASE,
)


def _told_ahead(text: str, date_text: str) -> bool:
    """Does a future verb govern the date in its own clause ("will arrive here on
    Thursday on a two-day visit", "is expected in Dhaka on Monday", "will take effect
    after the US imposes tariffs on August 23"), so that it is the plan's day, ahead of
    the document, not a report's nor last year's?"""
    at = text.find(date_text)
    clause = re.split(r"[,;:]", text[:at])[-1] if at > 0 else ""
    return _FUTURE_AUXILIARIES.search(clause) is not None


# words after an infinitive's "to" that show it is no verb ("to the border", "to 2025")
_INFINITIVE_NOT_VERBS = _DETERMINERS | {"be"}


_PAST_VERB_NOUN_REACH = 4  # words from a past verb to the noun of the act it makes


def _told_past_verb(tokens: Sequence[Token], at: int) -> bool:
    """Is the word at ``at`` a verb in the past, told as done ("issued", "agreed"), not
    one a future or infinitive governs ("will issue", "to be agreed")?"""
    word = tokens[at].low
    if not (word.endswith("ed") and tokens[at].text.islower()) and word not in cues().past_forms:
        return False
    return at == 0 or tokens[at - 1].low not in ("to", "will", "would", "shall", "be")


def ahead_in_purpose(analysis: SentenceAnalysis, anchor: int, date: DateRef) -> bool:
    """Is ``date`` told inside an infinitive after the past verb at ``anchor`` ("issued a
    ban to begin next month", "agreed to declare 2025 the Year of ...", "decided to hold
    the vote in May"), in the same clause? It dates what was decided, not the deciding."""
    tokens = analysis.tokens
    verb = anchor
    if syntax.is_noun_head(tokens, anchor):
        # "ordered a ban on wine imports to take effect ...": the verb that makes the act
        verb = next(
            (i for i in range(anchor - 1, max(-1, anchor - _PAST_VERB_NOUN_REACH - 1), -1)
             if _told_past_verb(tokens, i)),
            -1,
        )  # fmt: skip
    if verb < 0 or not _told_past_verb(tokens, verb):
        return False
    index = next(
        (i for i, m in analysis.date_at if i > anchor and m.date.text == date.text), None
    )
    if index is None:
        return False
    between = tokens[anchor + 1 : index]
    if any(t.low in (",", ";", ":") or t.low in cues().clause_breaks for t in between):
        return False
    return any(
        t.low == "to" and after.text.isalpha() and after.text.islower()
        and after.low not in _INFINITIVE_NOT_VERBS
        for t, after in pairwise(between)
    )  # fmt: skip


_SOON = 14  # days: "the visit on January 27" in a paper of January 21 lies ahead


def still_ahead(date: DateRef, doc_date: str | None) -> bool:
    """Does a date read from the text lie after the document's month (a plan, whatever
    the tense)? Day-precise dates a few days ahead may be a story's own day."""
    if date.basis not in ("explicit", "relative") or not date.start or not doc_date:
        return False
    return later_than(date.start[:7], doc_date[:7])


def _days_ahead(start: str, doc_date: str, days: int) -> bool:
    """Does a day-precise ``start`` fall at most ``days`` after the document's day? Such
    a date is the coming one, not last year's, whatever the verb's tense says."""
    delta = days_after(start, doc_date)
    return delta is not None and 0 < delta <= days


# words after an act's noun that tell the day it was set for ("a meeting between Trump
# and Kim, originally scheduled for June 12")
_SET_FOR = frozenset({"scheduled", "planned", "set", "slated", "due"})
_SET_FOR_REACH = 20
_SET_FOR_STOPS = frozenset({
    ".", ";", ":", "which", "that", "who", "after", "before", "when", "while", "since",
    "said", "says", "but",
})  # fmt: skip


def day_set_for(analysis: SentenceAnalysis, anchor: int, doc_date: str | None) -> DateRef | None:
    """The day an act named by its noun was set for, told after it ("a meeting between
    Trump and Kim, originally scheduled for June 12", "the summit planned for Friday"):
    the act's own day, whether it was then held, moved or called off."""
    tokens = analysis.tokens
    dated = dict(analysis.date_at)
    for at in range(anchor + 1, min(len(tokens) - 2, anchor + _SET_FOR_REACH)):
        low = tokens[at].low
        if low in _SET_FOR_STOPS:
            return None
        if low in _SET_FOR and tokens[at + 1].low in ("for", "on"):
            mention = dated.get(at + 2)
            if mention is None or mention.date.start is None:
                return None
            return planned_day(mention.date, doc_date)
    return None


def planned_day(date: DateRef, doc_date: str | None) -> DateRef:
    """The day an act was set for ("a visit scheduled for Thursday"): a weekday or
    month without its year lies ahead of the paper's date."""
    return _ahead(date, "planned", doc_date)


def _ahead(date: DateRef, status: str, doc_date: str | None) -> DateRef:
    if _month_gone_by(date, status, doc_date) and date.start:
        # "will visit Nepal in September" in a March paper: the coming September
        return replace(date, start=f"{int(date.start[:4]) + 1:04d}{date.start[4:]}")
    weekday = date.text.split()[-1].lower() if date.text else ""
    if (
        status not in ("planned", "intent")
        or date.text.lower().startswith("this ")  # "this Monday" is this week's
        or date.basis != "relative"
        or weekday not in _WEEKDAYS
        or not date.start
        or not doc_date
        or len(doc_date) != 10
        or date.start >= doc_date
    ):
        return date
    return replace(date, start=day_moved(date.start, 7))


def _month_gone_by(date: DateRef, status: str, doc_date: str | None) -> bool:
    """Is a planned act dated by a month named without its year ("in September",
    "on 5 September") that, read as the latest past one, falls in a month before the
    document's? A plan lies ahead, so that month is next year's."""
    return bool(
        status in ("planned", "intent")
        and date.basis == "relative"
        and date.precision in ("day", "month")
        and date.start
        and doc_date
        and date.text
        and not any(w.isdigit() and len(w) == 4 for w in date.text.split())
        and not _NOT_LAST_YEAR & set(date.text.lower().split())
        and (date.text.split()[-1].lower() not in _WEEKDAYS)
        and later_than(doc_date[:7], date.start[:7])
    )


# words by which a date says it lies ahead of the document ("next month"): never moved back
_FUTURE_WORDS = frozenset({"next", "tomorrow", "coming", "upcoming", "later"})


# ... nor one said to be this year's ("in November this year"), whatever the tense
_NOT_LAST_YEAR = _FUTURE_WORDS | {"this"}

_COUNTS = {**SMALL_NUMBERS, "a": 1, "the": 1}  # "a day after", "the day before"


def _offset(date: DateRef, tokens: Sequence[Token], index: int, anchor: int) -> DateRef:
    """A day's date read across "a day after" / "two days before" to the act after
    it: "on Monday, a day after Dhaka summoned ..." is Sunday's summons."""
    if date.precision != "day" or not date.start or index > anchor:
        return date
    for at in range(index + 1, anchor):
        word = tokens[at].low
        if word == "after" and (months := months_counted(tokens, at)) is not None:
            if comma_between(tokens, at + 1, anchor):
                return date
            # "released them on Thursday, a month after they were arrested": September's
            return months_earlier(date, months, tokens[at - 1].low)
        if word not in ("after", "before") or at < 2 or tokens[at - 1].low not in DAY_UNITS:
            continue
        if comma_between(tokens, at + 1, anchor):
            return date  # "two days before X signed, Y visited": the main clause's own day
        days = days_counted(tokens, at)
        if days is None:
            return date
        moved = day_moved(date.start, -days if word == "after" else days)
        return replace(date, start=moved, end=None)
    return date


def days_counted(tokens: Sequence[Token], at: int) -> int | None:
    """The days that "two days", "a week" before the word at ``at`` count, else None."""
    return _counted(tokens, at, DAY_UNITS)


def _counted(tokens: Sequence[Token], at: int, units: dict[str, int]) -> int | None:
    """The count before the word at ``at`` ("two days", "a decade") times its unit's size
    in ``units``, else None."""
    if at < 2 or tokens[at - 1].low not in units:
        return None
    count = tokens[at - 2].low
    number = int(count) if count.isdigit() else _COUNTS.get(count)
    return None if number is None else number * units[tokens[at - 1].low]


MONTH_UNITS = {"month": 1, "months": 1, "year": 12, "years": 12, "decade": 120, "decades": 120}


def months_counted(tokens: Sequence[Token], at: int) -> int | None:
    """The months that "a month", "seven years", "a decade" before the word at ``at``
    count, else None."""
    if at >= 2 and any(t.low in ("in", "for") for t in tokens[max(0, at - 5) : at - 2]):
        return None  # "the deadliest conflict in more than a decade after ...": a record's span
    return _counted(tokens, at, MONTH_UNITS)


def months_earlier(date: DateRef, months: int, unit: str) -> DateRef:
    """``date`` moved back by ``months``, as precise as the count is: "seven years
    after" names a year, "a month after" a month."""
    if not date.start or months <= 0 or date.precision not in ("day", "month", "year"):
        return date
    # counted, not told: the date dates no sentence after it
    if MONTH_UNITS.get(unit, 1) >= 12 or date.precision == "year":
        year = int(date.start[:4]) - months // 12
        return replace(date, start=f"{year:04d}", end=None, precision="year", basis="context")
    month = month_moved(date.start, -months)
    return replace(date, start=month, end=None, precision="month", basis="context")


def months_before_main(tokens: Sequence[Token], start: int) -> tuple[int, str] | None:
    """ "have signed an agreement to restore ties seven years after they broke off ties":
    an act told after "<count> months/years after" took place that long before the main
    clause's; the months and the unit counted, else None."""
    at = _counted_after(tokens, start)
    if at is None:
        return None
    months = months_counted(tokens, at)
    return None if months is None else (months, tokens[at - 1].low)


def days_before_main(tokens: Sequence[Token], start: int) -> int | None:
    """ "The move comes two days after Y summoned the envoy", "The firing started a day
    after the ministry summoned ...": an act told after "<count> <unit> after" took place
    that many days before the main clause's, which the sentence leaves undated."""
    at = _counted_after(tokens, start)
    return None if at is None else days_counted(tokens, at)


# words that open a clause inside the counted one, still telling the earlier act ("a day
# after India told the fund that it supports ...", "two days after he was captured after
# shooting down ...", "two days after a clash in which ...")
_COUNTED_INNER_OPENERS = frozenset({"that", "which", "who", "whom", "where", "after", "following"})
_COUNTED_AFTER_REACH = 20  # words from "two days after" to an act told further on in its clause


def _counted_after(tokens: Sequence[Token], start: int) -> int | None:
    """The "after" of "<count> <unit> after" whose clause tells the act at ``start``,
    across the clauses the counted one holds, else None."""
    for at in range(start - 1, max(1, start - _COUNTED_AFTER_REACH) - 1, -1):
        word = tokens[at].low
        if word == "after" and (
            tokens[at - 1].low in DAY_UNITS or tokens[at - 1].low in MONTH_UNITS
        ):
            return at
        if word in (",", ".", ";", ":"):
            return None
        if word in cues().clause_breaks and word not in _COUNTED_INNER_OPENERS:
            return None
    return None


def main_is_news(tokens: Sequence[Token], start: int) -> bool:
    """Is the main clause before "two days after" today's news told in the present ("It
    comes a day after ...", "The move follows ...")?"""
    after = next((i for i in range(start - 1, -1, -1) if tokens[i].low == "after"), 0)
    return any(t.low in _NEWS_VERBS for t in tokens[max(0, after - 6) : after])


_NEWS_VERBS = frozenset({"comes", "follows"})


# words that open a clause telling an earlier act ("recalled its envoy on Wednesday
# after Iran violated its airspace")
_EARLIER_ACT = frozenset({"after", "following"})


def main_day_before(analysis: SentenceAnalysis, date: DateRef, anchor: int) -> str | None:
    """The day the act at ``anchor`` took from a main clause it is told after, behind
    "after" or "following" ("Pakistan recalled its envoy on Wednesday after Iran violated
    its airspace"): the act came before it, on that day at the latest. Else None."""
    if date.precision != "day" or date.basis not in ("explicit", "relative") or not date.text:
        return None
    tokens = analysis.tokens
    borrowed = any(
        mention.date.text == date.text
        and index < anchor
        and any(t.low in _EARLIER_ACT for t in tokens[index + 1 : anchor])
        for index, mention in analysis.date_at
    )
    return date.start if borrowed else None


def _shared_day(tokens: Sequence[Token], index: int, date: DateRef) -> bool:
    """Is the date a plain day told with "on" ("closed the crossings and expelled the
    ambassador on Wednesday")? Told after two coordinated verbs, it dates both acts
    of the one clause, unlike a span ("since Wednesday") that the last verb governs."""
    return (
        date.precision == "day"
        and index > 0
        and (
            tokens[index - 1].low == "on"
            or (
                date.text.lower() in _BARE_DAYS
                and tokens[index - 1].low not in _SPAN_WORDS
            )
        )
    )


# words that make a bare day a span's bound ("since Wednesday", "by Friday")
_SPAN_WORDS = frozenset({"since", "until", "till", "by", "from", "after", "before"})


# a day told bare ("expelled the envoy and closed the border yesterday", "... Monday"):
# as plain a day as one told with "on"
_BARE_DAYS = frozenset(
    {"yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday"}
)


def _coordinated(analysis: SentenceAnalysis, anchor: int, later: int) -> bool:
    """Is the verb at ``later`` coordinated with the one at ``anchor`` ("accused ... and
    downgraded"), not subordinate to it ("agreed ... when Yoon met")?"""
    words = [t.low for t in analysis.tokens[anchor:later]]
    if "between" in words and "and" in words and words.index("between") < words.index("and"):
        # "a meeting between Zardari and the visiting President": the "and" joins sides
        words = words[words.index("and") + 1 :]
    between = set(words)
    return "and" in between and not between & cues().clause_breaks


def act_date(
    analysis: SentenceAnalysis,
    anchor: int,
    first: int,
    end: int,
    status: str,
    main_date: DateRef | None = None,
    following: Sequence[int] = (),
    asked_from: int | None = None,
    *,
    reaction: bool = False,
    answer: bool = False,
) -> DateRef:
    """The date nearest the trigger, preferring its own clause and what follows it.
    Not a date that names a thing ("the Aug. 13 agreement", "the 1995 customs
    union") or, for what happened, a deadline ("asked Pakistan to build the pipeline
    by March 2024"), nor one of the act asked for from ``asked_from`` on."""
    best: tuple[int, DateRef] | None = None
    tokens = analysis.tokens
    dated = {index for index, _ in analysis.date_at}
    for index, mention in analysis.date_at:
        if analysis.inside_actor(index) or (mention.date.start is None and not mention.date.text):
            continue
        if asked_from is not None and index > asked_from:
            continue  # "invited Aliyev to visit Georgia in 2020": the visit's year
        if syntax.names_a_thing(analysis, index, mention.end, anchor):
            continue
        if _year_in_title(tokens, index):
            continue  # "the MoU on the Development Plan 2025-2029", "Vision 2030": a name
        if weekday_names_thing(tokens, index) and not index < anchor <= index + 4:
            continue  # "denies involvement in Saturday's attack": the attack's day
        if _dated_thing(tokens, anchor, index):
            continue  # "the implementation of the disengagement understanding of June 6"
        if status == "actual" and syntax.is_deadline(analysis, index):
            continue
        if main_date is not None and main_date.start and not anchor < index < end:
            continue  # a participle or coordinated verb takes its main verb's date
        if analysis.depth[index] > analysis.depth[anchor]:
            continue  # "(see Fides, 5/3/2026)": an aside's date
        if (
            index >= end
            and end < len(tokens)
            and tokens[end].low in _OTHER_TIME_CLAUSES
            and not _dates_the_act(tokens, anchor, end)
        ):
            continue  # "refugees who crossed after the Taliban took Kabul last month"
        if index > anchor and _first_since(tokens, index):
            continue  # "the first fighting since 1996 broke out on Tuesday"
        if index > anchor and any(
            tokens[at].low in _OTHER_TIME and not (at + 1 in dated and _first_since(tokens, at + 1))
            for at in range(anchor + 1, index - 1)
        ):
            continue  # "met Monday, amid strained ties following the ouster in August"
        if index > anchor and _answered_act(tokens, anchor, index):
            continue  # "closed the consulate in retaliation for X shutting ... last week"
        if (reaction or answer) and index > anchor and _reacted_to(tokens, anchor, index):
            continue  # "expressed regret for the deaths ... on Thursday"
        if index > anchor and _in_reason_phrase(tokens, anchor, index, set(following)):
            continue  # "demanded explanations over the incursion ... early on January 17"
        if index < anchor and _fronted_reason(tokens, index, anchor, set(following)):
            continue  # "In view of the break-in at the embassy on Friday, April 5, ..."
        if index > anchor and _described_thing(tokens, anchor, index, dated):
            continue  # "congratulated him on the elections held on October 26"
        if index > anchor and _contact_relative(tokens, anchor, index):
            continue  # "the review of the tariffs it imposed in 2020"
        if _in_that_clause(analysis, index, anchor):
            continue  # "decried the strikes that took place late Wednesday, calling ..."
        if index < anchor and _inside_earlier_phrase(tokens, index, anchor):
            continue  # "will receive Ruto on Friday ahead of the signing of the deal"
        if index < anchor and _fronted_since_thing(tokens, index, anchor):
            continue  # "In his first visit since his victory last month, X met Y Friday"
        if index < anchor and _in_relative_clause(tokens, index, anchor):
            continue  # "Niger's junta, which seized power on July 26, ordered ..."
        if index < anchor and _relative_before_second_verb(tokens, index, anchor):
            continue  # "honoured soldiers who were killed since 2014, and also met X"
        if index < anchor - 1 and _opens_relative_clause(tokens, anchor):
            continue  # "condemned on Friday the violations, which killed three civilians"
        if not _shared_day(tokens, index, mention.date) and any(
            anchor < at < index and _coordinated(analysis, anchor, at)
            and not _reported_between(tokens, at, index) for at in following
        ):  # fmt: skip
            continue  # "accused each other and downgraded ties since Wednesday"
        if reaction and any(anchor < at < index and not comma_between(tokens, at, index)
                            for at in following):  # fmt: skip
            continue  # "condemned the airstrike last night": the act reacted to has that day
        distance = index - anchor if index > anchor else (anchor - index) + 2
        if not first <= index < end:
            distance += 20
        if index < anchor and _inside_later_phrase(tokens, index, anchor):
            distance += 20  # "opened on Thursday following a visit by X to Kabul on Tuesday"
        if best is None or distance < best[0]:
            found = _offset(mention.date, tokens, index, anchor)
            if (
                index < anchor
                and found.start
                and found.precision == "day"
                and tokens[anchor - 1].low != "recent"  # the day is its latest (below)
                and _named_as_reason(tokens, index, anchor)
            ):
                # "protested on Wednesday over the killing ...": the killing came before,
                # within the month of the protest as far as this sentence tells
                found = replace(found, start=found.start[:7], end=None, precision="month",
                                basis="context")
            if index < anchor and tokens[anchor - 1].low == "recent":
                # "said on Monday it protested a recent intrusion": the telling's day is
                # the latest the act can be, which a day told for it later sharpens
                found = replace(found, basis="document")
            best = (distance, found)
    if best is not None:
        return best[1]
    if main_date is not None and main_date.start:
        # "closed the border on Thursday, two weeks after accusing its neighbour": the
        # participle's act came that long before its main verb's
        return _counted_back(main_date, tokens, anchor)
    return (
        _during_named_period(analysis, anchor)
        or (_date_of_act_followed(analysis, anchor) if status == "actual" else None)
        or syntax.year_in_name(analysis, first, end)
        or UNKNOWN_DATE
    )


_DURING_REACH = 8  # words from an act named by a noun to the "during" that times it


def _during_named_period(analysis: SentenceAnalysis, anchor: int) -> DateRef | None:
    """ "Pakistan's support for Azerbaijan during the 44-day war", "its strong support for
    Baku during the 2020 Armenian-Azerbaijani war": an act named by a noun, timed by the
    war or period named after "during", took place then (not an act that governs the
    noun: "thanked Turkey for its support during the war" is today's thanks)."""
    tokens = analysis.tokens
    if not syntax.is_noun_head(tokens, anchor):
        return None
    during = next(
        (i for i in range(anchor + 1, min(len(tokens), anchor + _DURING_REACH))
         if tokens[i].low == "during"),
        None,
    )  # fmt: skip
    if during is None or comma_between(tokens, anchor, during):
        return None
    after = tokens[during].end
    for clash in analysis.clashes:
        if 0 <= clash.start - after <= _NAME_GAP:
            return replace(clash.date, basis="explicit")
    return next(
        (m.date for i, m in analysis.date_at
         if during < i <= during + 2 and m.date.start is not None and m.date.precision == "year"),
        None,
    )  # fmt: skip


_NAME_GAP = 5  # characters from "during" to the war's name ("during the ")


def _reported_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is there a report's verb between? A date after it is when the whole report
    was made ("X recalls its envoys and orders Y's to leave," the agency quoted him
    as saying on Tuesday)."""
    return any(t.low in cues().report_verbs for t in tokens[start:end])


# words after an act that open the earlier act it followed ("closed the border after
# two bombers struck a mosque in July 2010")
_FOLLOWED = frozenset({"after", "following"})
# units of a count before "after" ("three months after"): that span, not the day, dates it
_SPAN_UNITS = frozenset({*DAY_UNITS, *MONTH_UNITS, "hours"})


def _date_of_act_followed(analysis: SentenceAnalysis, anchor: int) -> DateRef | None:
    """ "Iran had closed the border after two bombers struck a mosque in July 2010",
    "The army struck southern Lebanon after a missile exploded on Thursday": an act told
    in the past with no date of its own, followed by an "after" clause that dates what
    it answered, took place then (on that day, or within that month or year), not on
    the day of the story that tells it. Not for an act told as it stands now ("has
    reopened the border after it was closed in 2016"), nor across a count ("three months
    after ... in April": another time)."""
    tokens = analysis.tokens
    if syntax.tense(tokens, anchor) != "past":
        return None
    breaks = cues().clause_breaks
    opener = None
    for at in range(anchor + 1, len(tokens)):
        word = tokens[at].low
        if word in _FOLLOWED:
            opener = at
            break
        if word in breaks or word in (",", ";", ":"):
            if at + 1 < len(tokens) and word == "," and tokens[at + 1].low in _FOLLOWED:
                continue  # "..., after talks that went into the night on Monday"
            return None
    if opener is None or tokens[opener - 1].low in _SPAN_UNITS:
        return None
    for index, mention in analysis.date_at:
        if index <= opener:
            continue
        if comma_between(tokens, opener, index) or analysis.inside_actor(index):
            return None
        date = mention.date
        if date.start is None or date.basis not in ("explicit", "relative"):
            return None
        if counted_day(date.text):
            return None  # "after Tehran launched attacks the day before": not the act's day
        # "following an April 10 meeting" names the act followed by its day; "after the
        # 2020 war" a thing that may lie years back
        named = syntax.names_a_thing(analysis, index, mention.end, anchor)
        if named and (index > opener + 2 or date.precision != "day"):
            return None
        text = analysis.sentence.text
        if open_quote(text[: tokens[index].start]) != open_quote(text[: tokens[anchor].start]):
            return None  # "... for consultations 'following the statement on August 10'"
        return replace(date, basis="context")
    return None


def _counted_back(date: DateRef, tokens: Sequence[Token], anchor: int) -> DateRef:
    """``date`` moved back by the count of a "<count> <unit> after" right before the
    trigger at ``anchor``, if any."""
    months = months_before_main(tokens, anchor)
    moved = moved_back(date, months, None if months else days_before_main(tokens, anchor))
    return moved if moved is date else replace(moved, basis="context")


def moved_back(date: DateRef, months: tuple[int, str] | None, days: int | None) -> DateRef:
    """``date`` moved back by a counted span ("seven years after": ``months`` with its
    unit, as ``months_before_main`` gives it; "two days after": ``days``, a day-precise
    date only); ``date`` itself where nothing is counted."""
    if months is not None:
        return months_earlier(date, *months)
    if days is None or date.precision != "day" or not date.start:
        return date
    return replace(date, start=day_moved(date.start, -days), end=None)
