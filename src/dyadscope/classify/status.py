"""Is an event actual, negated, planned or only intended, or merely hypothetical?"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from dyadscope.calendar_words import MONTHS
from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import Token

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "possible", "potential", "further"})
# Status words this far before the pattern's first token still govern it: a
# negation binds closely, a modal or "will" may sit further back.
NEGATION_WINDOW = 6
MODAL_WINDOW = 20


def event_status(
    tokens: Sequence[Token],
    clause_start: int,
    start: int,
    end: int,
    *,
    consult: bool = False,
    noun: bool = False,
    grievance: bool = False,
) -> str | None:
    """The spec's status for a match spanning tokens ``start:end``; None when the
    sentence only muses about it ("could establish", "need to enhance"), which
    the spec has no status for and an analyst would not count as an event.
    ``consult``: a meeting, talks or a visit, which took place even when told as
    the setting of something else ("during the summit", "after talks with").
    ``noun``: the trigger is a noun, whose own verb follows it ("the summit will be
    held", "the visit did not take place"). ``grievance``: an act done to people,
    which a protest "over" it or one "for" it tells as done ("protested over the detention
    of its citizens")."""
    c = cues()
    if noun and any(t.low in _EARLIER for t in tokens[max(0, start - 2) : start]):
        return "actual"  # "the previous meeting of November 1": it took place
    before = start - 1
    while before >= 0 and (
        tokens[before].low in _DETERMINERS or tokens[before].text[:1].isupper()
        or (noun and tokens[before].low in _SETTING_POSSESSIVE)
    ):
        before -= 1  # "the", "Pahalgam", "Indian", "Russia 's" ...
    if _seen_as_doing(tokens, start):
        return None  # "China has long been seen as backing Pakistan": a view, no act told
    if _refused_act(tokens, start, before):
        return "negated"  # "Russia refused to hold talks with Ukraine": none were held
    if noun and _setting_of(tokens, before) and not consult and not grievance:
        return None  # "amid Russia's war in Ukraine", "in the face of Russia's invasion"
    if _feared_act(tokens, before):
        return None  # "the risk of US sanctions on Russian companies": one that may come
    if _warned_against(tokens, clause_start, start):
        return None  # "warned Japan against selling arms to Taiwan": an act not done
    if before >= 0 and tokens[before].low in _CHARGED:
        return None  # "its alleged support of terrorism", "the alleged Indian strikes"
    if before >= 0 and before != start - 1 and not _named_subject_acts(tokens, start):
        # "protested against the detention": the protest's object, as "condemned the
        # strikes" is; "over" or "for" the detention gives its cause, which was done
        grievance = grievance and tokens[before].low != "against"
        # "in retaliation for Israel's bombing of the consulate": what is answered was done
        grievance = grievance or (
            before > 0 and tokens[before].low == "for" and tokens[before - 1].low in _ANSWERING
        )
        if tokens[before].low in c.topic and not grievance:
            return None  # "negotiations regarding the purchase of ...": a topic, not an event
        if tokens[before].low in c.background and not consult and not grievance:
            return None  # "amid the Pahalgam attacks": the setting of the news
    clause_start = _coordinated_clause_start(tokens, clause_start, start)
    # "In a move that could reshape the region, X signed ...": a modal before a comma
    # belongs to another verb
    clause_start = max(clause_start, _after_last_comma(tokens, clause_start, start))
    after = _predicate_end(tokens, end) if noun else end
    supposed_after = after if noun else _predicate_end(tokens, end)
    # an article makes the trigger a noun even where it could be a verb ("a strike")
    if _supposed_subject(tokens, clause_start, start, end, supposed_after):
        return None  # "an Israeli strike on Iran could trigger a war": one supposed
    if noun and _standing_truce(tokens, start, end):
        return None  # "the ceasefire remains fragile": a state described, no act told
    if noun and not _predicate_of_event(tokens, end, after):
        after = end  # "talks could pave the way": the talks took place
    near = {t.low for t in tokens[max(clause_start, start - NEGATION_WINDOW) : after]}
    if near & c.negation and not _not_until_turned(tokens, end):
        # "talks could not start unless Baku ...": a condition set, no act told
        return None if _conditional(tokens, start, end, noun) else "negated"
    if _when_clause_ahead(tokens, start):
        return "planned"  # "will be signed when the minister visits Lima": the visit lies ahead
    first = max(clause_start, start - MODAL_WINDOW)
    window = [_word(tokens, i) for i in range(first, after)]
    words = set(window)
    # what the pattern itself names ("mulled the prospects of cooperation") is the
    # topic, not a modal of the act
    own = {_word(tokens, i) for i in range(start + 1, end)}
    if (words - own) & c.hypothetical:
        if _possible_act(tokens, start, (words - own) & c.hypothetical):
            return "intent"  # "Russia may provide a credit to Cuba": an act in view
        if _reported_future(tokens, first, window):
            return "planned"  # "announced that Paris would withdraw its ambassador"
        if consult and _scheduled_would(tokens, window):
            # "during his stay in Islamabad, Raisi would hold talks with Sharif", "the two
            # sides would also discuss the pipeline": a meeting's schedule, told as news
            return "planned"
        return None
    planned = set(window[: max(0, end - first)]) & c.planned  # "upcoming" precedes its noun
    if planned or words & _PLANNED_VERBS or _has_phrase(window, c.planned_phrases):
        return "planned"
    if _future_frame(window):
        return "planned"  # "agreements expected to be signed", "was due to meet"
    if any(
        _governs(tokens, i, start)
        for i in range(first, after)
        # "backed Morocco's autonomy plan", "welcomed the offer": the plan is what the
        # act is about, not an intent of it
        if tokens[i].low in c.intent
        and not start < i < end
        and not _committed_act(tokens, i)
        and not _sentiment_offered(tokens, i, end)
    ):
        return "intent"
    return "actual"


# the adjectives that tell a cooperative act's noun as one in view ("a possible visit by
# the minister", "the potential sale of tanks"), as "plans to visit" does
_IN_VIEW = frozenset({"possible", "potential", "prospective", "likely", "mooted"})


def act_in_view(tokens: Sequence[Token], start: int) -> bool:
    """Is the noun act at ``start`` named as "a possible visit", "the potential sale"? The
    act is in view (intent), not only mused about."""
    i = start - 1
    while i >= 0 and tokens[i].text[:1].isupper() and tokens[i].low not in _IN_VIEW:
        i -= 1  # "a possible Modi visit"
    return i >= 1 and tokens[i].low in _IN_VIEW and tokens[i - 1].low in {"a", "an", "the"}


# the nouns that name an act only as one that may come ("the risk of US sanctions", "the
# danger of an Iranian attack", "fears of a Serbian incursion")
_FEARED_HEADS = frozenset({
    "risk", "risks", "threat", "threats", "danger", "dangers", "fear", "fears", "spectre",
    "specter", "likelihood", "chance", "chances", "possibility", "prospect", "prospects",
})

_FEARED_MODIFIERS = _DETERMINERS | frozenset({
    "new", "fresh", "more", "wider", "renewed", "further", "full-scale", "military", "armed",
    "economic", "retaliatory", "punitive",
})


# the words that open a clause of time whose present tense tells what lies ahead, and
# the modals of a main clause told as ahead ("would" reported: "said X would ...")
_TIME_CLAUSE_OPENERS = frozenset({"when", "once"})
_AHEAD_MODALS = frozenset({"will", "'ll", "shall", "would"})
_WHEN_AHEAD_REACH = 16  # tokens before "when" that may hold the main clause's modal


def _when_clause_ahead(tokens: Sequence[Token], start: int) -> bool:
    """ "The deal will be signed when the minister visits Lima", "details would be made
    public when Abdo Benitez visits Taiwan in October": an act told in the present tense
    in a clause of time under a main clause that looks ahead takes place then, ahead
    too; "if" or "whether" make it a condition, not a schedule."""
    verb = tokens[start].low
    if not (verb.endswith("s") and not verb.endswith("ss")):
        return False  # the present's third person: "visits", "meets", "arrives"
    at = next(
        (i for i in range(start - 1, max(-1, start - 8), -1)
         if tokens[i].low in _TIME_CLAUSE_OPENERS or tokens[i].low in {",", ";", "."}),
        None,
    )  # fmt: skip
    if at is None or tokens[at].low not in _TIME_CLAUSE_OPENERS:
        return False
    main = [t.low for t in tokens[max(0, at - _WHEN_AHEAD_REACH) : at]]
    if "." in main:
        main = main[len(main) - main[::-1].index(".") :]
    return bool(set(main) & _AHEAD_MODALS) and not set(main) & {"if", "unless", "whether"}


def _feared_act(tokens: Sequence[Token], before: int) -> bool:
    """Is the noun trigger whose first word before its modifiers is at ``before`` the
    object of "of" after a noun of risk or fear ("the risk of US sanctions on Russian
    companies", "warned of the danger of an Iranian attack on Israel")? Such a noun names
    an act that did not happen; whoever it would be done by has done nothing yet."""
    while before >= 0 and tokens[before].low in _FEARED_MODIFIERS:
        before -= 1  # "the risk of new sanctions", "fears of a wider war"
    return (
        before >= 1 and tokens[before].low == "of" and tokens[before - 1].low in _FEARED_HEADS
    )


# the verbs of warning that put the act after "against" as one not to be done ("warned
# Tokyo against selling arms", "cautioned against any strike", "advised them against")
_WARNING_STEMS = ("warn", "caution", "advis", "counsel")
_WARNING_REACH = 6  # tokens between the warning verb and "against" (its addressee)
_AGAINST_REACH = 4  # tokens between "against" and the act's trigger


def _warned_against(tokens: Sequence[Token], clause_start: int, start: int) -> bool:
    """Is the act the object of "against" after a verb of warning ("Experts warned Japan
    against selling arms to Taiwan", "cautioned Germany against sending tanks", "warned
    Washington against arms sales to Taipei")? The warning is the act told; what it warns
    against has not been done by anyone."""
    for at in range(start - 1, max(clause_start, start - 1 - _AGAINST_REACH) - 1, -1):
        if tokens[at].low in {",", ";", ".", "and", "but"}:
            return False
        if tokens[at].low != "against":
            continue
        low = max(clause_start, at - 1 - _WARNING_REACH)
        return any(tokens[i].low.startswith(_WARNING_STEMS) for i in range(low, at))
    return False


# the modals that tell an act as in view ("may visit", "might supply"), and the
# adverbs that may stand between them and the act's verb ("may soon sign")
_POSSIBLE = frozenset({"may", "might"})
_CONDITIONS = frozenset({"if", "unless", "until", "whether"})
_POSSIBLE_ADVERBS = frozenset({"also", "soon", "now", "still", "even", "well", "shortly"})


def _possible_act(tokens: Sequence[Token], start: int, modals: set[str]) -> bool:
    """Is the act's own verb told with "may" or "might" ("Russia may provide a credit",
    "the minister might also visit Dhaka"), and no other modal or condition? News tells
    an act in view so, as "plans to" does; "may have helped" guesses at a past, "may
    cause" at an effect, which name no act by a pattern's verb. A word right after the
    modal is a verb ("may visit"), whatever else it can be."""
    if not modals <= _POSSIBLE:
        return False
    at = start - 1
    while at >= 0 and tokens[at].low in _POSSIBLE_ADVERBS:
        at -= 1
    if at < 0 or _word(tokens, at) not in _POSSIBLE:
        return False
    # "may strike if ...": an act held out on a condition is a threat, not a plan
    return not any(t.low in _CONDITIONS for t in tokens[start:])


_CONDITION_REACH = 8  # tokens after the trigger that may open its condition


def _not_until_turned(tokens: Sequence[Token], end: int) -> bool:
    """Is the negation around the act the "not" of a past "not ... until <date>" told
    after it ("did not sign the treaty until 1960")? Then the act was done at the date."""
    for i in range(end, min(len(tokens), end + _CONDITION_REACH)):
        if tokens[i].low in (".", ";", "but"):
            return False
        if tokens[i].low in ("until", "till"):
            return not_until_past(tokens, i)
    return False


def _conditional(tokens: Sequence[Token], start: int, end: int, noun: bool) -> bool:
    """Is the negated act made conditional ("will not sign until ...", "talks could not
    start unless ..."), so that it tells a demand, not an act that failed to happen? A
    noun's condition must bear on its taking place: in "the sanctions would not be
    lifted unless ..." the sanctions stand."""
    for i in range(end, min(len(tokens), end + _CONDITION_REACH)):
        if tokens[i].low in {"unless", "until"}:
            if not_until_past(tokens, i):
                return False  # "was not reached until 1991": reached in 1991
            return not noun or any(t.low in _HAPPEN - {"be"} for t in tokens[start:i])
        if tokens[i].low in {".", ";", "but"}:
            return False
    return False


# the past auxiliaries that tell "not ... until <date>" of an act that then happened
_NOT_UNTIL_AUXILIARIES = frozenset({"was", "were", "did", "had", "is"})
_NOT_UNTIL_REACH = 6  # words from the auxiliary to "until"
_UNTIL_DATE_OPENERS = frozenset({"late", "early", "mid", "the", "after"})


def not_until_past(tokens: Sequence[Token], until: int) -> bool:
    """Is the "until" at ``until`` the turn of a past "not ... until <date>" ("an accord
    was not reached until 1991", "It was not until April 1966 that ...", "did not sign
    it until 2004")? That tells the act took place at the date, neither a failure nor a
    condition, unlike a future's "will not sign until ..." that sets one."""
    if until + 1 >= len(tokens) or tokens[until].low not in ("until", "till"):
        return False
    after = tokens[until + 1].low
    if not (after.isdigit() or after in MONTHS or after in _UNTIL_DATE_OPENERS):
        return False
    if after in _UNTIL_DATE_OPENERS and not (
        until + 2 < len(tokens)
        and (tokens[until + 2].low.isdigit() or tokens[until + 2].low in MONTHS)
    ):
        return False
    low = max(0, until - _NOT_UNTIL_REACH)
    for at in range(until - 1, low, -1):
        word = tokens[at].low
        if word in (",", ";", ":", "."):
            return False
        if word in ("not", "n't", "never") and any(
            tokens[j].low in _NOT_UNTIL_AUXILIARIES for j in range(max(0, at - 3), at)
        ):
            return True
    return False


# a possessive between a setting word and its noun ("amid Russia's war")
_SETTING_POSSESSIVE = frozenset({"'s", "\u2019s", "-"})
# a phrase ending in "of" that opens the setting of the news, not an act it tells
# ("in the face of", "against the backdrop of", "in the midst of", "in the shadow of")
_SETTING_OF = frozenset({"face", "backdrop", "background", "midst", "shadow", "context"})
_SETTING_WORDS = frozenset({"amid", "amidst"})


def _setting_of(tokens: Sequence[Token], before: int) -> bool:
    """Does the word at ``before`` open the setting of the sentence's news: "amid",
    or a phrase "in the face of", "against the backdrop of" ...? A war or an invasion
    told there is the background the act is set against, not an act the sentence tells
    (and not one dated by it)."""
    if before < 0:
        return False
    if tokens[before].low in _SETTING_WORDS:
        return True
    return tokens[before].low == "of" and before > 0 and tokens[before - 1].low in _SETTING_OF


def _named_subject_acts(tokens: Sequence[Token], start: int) -> bool:
    """Is the trigger a past verb right after a name ("after Dhaka summoned ...",
    "Commissioner for Energy Kadri Simson met ...")? Then the words before open a clause
    of its own, not a noun's background."""
    return (
        start > 0
        and (tokens[start].low.endswith("ed") or tokens[start].low in cues().past_forms)
        and tokens[start - 1].text[:1].isupper()
    )


# words of striking back, whose "for" gives the act answered ("in revenge for")
_ANSWERING = frozenset({
    "retaliation", "revenge", "reprisal", "reprisals", "retaliate", "retaliates",
    "retaliated", "retaliating", "retribution",
})
_EARLIER = frozenset({"previous", "earlier", "past", "former", "prior"})
_CHARGED = frozenset({"alleged", "purported"})
_PREDICATE = 12  # tokens after a noun trigger that may hold its verb
_PLANNED_VERBS = frozenset({"will", "shall", "'ll"})
_STOPS = frozenset({",", ";", ":", "and", "but", "which", "who", "that", "while", "as"})
_SETTING = frozenset({"during", "amid", "while", "when", "after", "before"})
_COMPLEMENTS = frozenset({"to", "in", "for", "of", "that", "on"})


def _predicate_end(tokens: Sequence[Token], end: int) -> int:
    # "the summit between the UK and the EU will be held": the parties' "and" is no stop
    between = any(t.low == "between" for t in tokens[max(0, end - 6) : end + 1])
    for i in range(end, min(len(tokens), end + _PREDICATE)):
        if tokens[i].low == "and" and between:
            between = False
            continue
        if tokens[i].low in _STOPS:
            return i
    return min(len(tokens), end + _PREDICATE)


_HAPPEN = frozenset(
    {"be", "take", "happen", "go", "start", "begin", "resume", "occur", "proceed", "come",
     "continue", "end", "place", "held", "scheduled", "due", "slated", "set", "planned",
     "expected"}
)  # fmt: skip


# a truce whose own verb tells only that it lasts ("the ceasefire remains fragile", "the
# truce is largely holding", "the ceasefire would remain in place"): a state of affairs,
# no act of agreeing it; one whose making the sentence tells ("the truce brokered in
# October remains fragile") keeps its act
_TRUCE_NOUNS = frozenset({"ceasefire", "ceasefires", "cease-fire", "truce", "truces", "armistice"})
_LASTING_VERBS = frozenset({
    "remain", "remains", "remained", "remaining", "holding", "holds", "endure", "endures",
    "endured", "persists", "persisted", "survive", "survives", "survived", "stood", "stands",
})  # fmt: skip
_TRUCE_MADE = frozenset({
    "agreed", "brokered", "reached", "signed", "declared", "announced", "struck", "mediated",
    "since", "took", "negotiated", "sealed",
})  # fmt: skip
_LASTING_REACH = 10  # words from the truce noun to the verb that tells it lasts


def _standing_truce(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is the truce named at ``start:end`` told only as lasting ("the ceasefire between
    Armenia and Azerbaijan remains fragile", "the truce has largely held")?"""
    if not any(t.low in _TRUCE_NOUNS for t in tokens[start:end]):
        return False
    for i in range(end, min(len(tokens), end + _LASTING_REACH)):
        low = tokens[i].low
        if low in _TRUCE_MADE or low in {",", ";", ":", ".", "that", "which", "but"}:
            return False
        if low in _LASTING_VERBS or (
            low == "held" and i > 0 and tokens[i - 1].low in {"has", "have", "largely", "had"}
        ):
            return True
    return False


def _predicate_of_event(tokens: Sequence[Token], end: int, after: int) -> bool:
    """Is the verb after a noun event about the event itself ("will be held",
    "could take place", "did not go ahead"), not about what it leads to?"""
    return any(t.low in _HAPPEN for t in tokens[end:after])


def _governs(tokens: Sequence[Token], cue: int, start: int) -> bool:
    """Does the intent word at ``cue`` govern the trigger ("plans to visit", "interest
    in buying", "invited X to join"), rather than stand in another phrase ("the
    intention was conveyed during a meeting")?"""
    if _intent_made_at_meeting(tokens, cue, start):
        return False  # "The invitation was made in a phone call": the call is its setting
    if _intent_passive_subject(tokens, cue, start):
        return False  # "The Chinese proposal was rejected by India": told as done to it
    if 0 <= start - cue <= 4:
        return True
    if any(t.low in _SETTING for t in tokens[cue + 1 : start]):
        return False  # "pledged support during his visit": the visit is the setting
    return any(t.low in _COMPLEMENTS for t in tokens[cue + 1 : cue + 3])


# a passive's "be" that gives an intent noun its own predicate ("the invitation was
# made"), and the nouns of a meeting or call that can be where it was made
_INTENT_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been"})
_SETTING_MEETINGS = frozenset({
    "meeting", "meetings", "call", "talks", "conversation", "summit", "session",
    "negotiations", "consultations", "visit", "conference",
})  # fmt: skip


def _intent_made_at_meeting(tokens: Sequence[Token], cue: int, start: int) -> bool:
    """Is the intent noun at ``cue`` the subject of its own passive ("The invitation was
    made / extended / conveyed in a phone call on Thursday", "The offer was delivered
    during talks") and the trigger at ``start`` the meeting or call where that was done?
    The meeting is then a thing told as done, the setting of the noun's act, not a plan
    the noun governs ("an invitation to talks")."""
    if not 0 < start - cue <= 5:
        return False
    between = [t.low for t in tokens[cue + 1 : start]]
    if not between or between[0] not in _INTENT_PASSIVE_BE:
        return False
    return any(t.low in _SETTING_MEETINGS for t in tokens[start : start + 4])


# the verbs of how a side is seen ("seen as backing", "viewed as supporting")
_PERCEIVED_VERBS = frozenset({
    "seen", "viewed", "regarded", "perceived", "considered", "portrayed", "depicted",
    "painted", "cast",
})  # fmt: skip


def _seen_as_doing(tokens: Sequence[Token], start: int) -> bool:
    """Is the trigger at ``start`` what a side is seen as doing ("has long been seen as
    backing Pakistan", "is widely viewed as supporting Baku")? That is a view of the
    side, not an act the sentence tells."""
    i = start - 1
    if i < 1 or tokens[i].low != "as":
        return False
    i -= 1
    while i >= 0 and tokens[i].low.endswith("ly"):
        i -= 1  # "seen increasingly as"
    return i >= 0 and tokens[i].low in _PERCEIVED_VERBS


# the words of refusing an act ("refused to", "declined to", "its refusal to"), and the
# light verbs that carry a noun act after them ("hold talks", "attend the summit")
_REFUSING_WORDS = frozenset({
    "refuse", "refuses", "refused", "refusing", "refusal", "decline", "declines", "declined",
    "declining", "unwilling", "unwillingness",
})  # fmt: skip
_LIGHT_VERBS = frozenset({
    "hold", "attend", "join", "have", "open", "start", "resume", "enter", "take", "sit",
    "engage", "conduct", "continue", "host", "participate",
})  # fmt: skip


def _refused_act(tokens: Sequence[Token], start: int, before: int) -> bool:
    """Is the trigger at ``start`` the act refused ("refused to hold talks with Ukraine",
    "declined to attend the summit", "its refusal to negotiate")? The refusal is the news
    (coded as such); the refused act did not take place."""
    i = start - 1 if before == start - 1 else before
    if i >= 0 and tokens[i].low in {"in", "part"}:
        i -= 1  # "take part in", "engage in"
        while i >= 0 and tokens[i].low in {"part"}:
            i -= 1
    if i >= 0 and tokens[i].low in _LIGHT_VERBS:
        i -= 1
    return i >= 1 and tokens[i].low == "to" and tokens[i - 1].low in _REFUSING_WORDS


# the "be" of a passive and the adverbs that may stand before its participle
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_PASSIVE_ADVERBS = frozenset({
    "then", "also", "quickly", "promptly", "flatly", "firmly", "swiftly", "formally",
    "officially", "effectively", "later", "again", "immediately", "publicly", "roundly",
})  # fmt: skip


def _intent_passive_subject(tokens: Sequence[Token], cue: int, start: int) -> bool:
    """Is the intent noun at ``cue`` ("proposal", "offer", "plan") the subject of the
    trigger's own passive verb ("The Chinese proposal was rejected by India", "India's
    offer of talks was turned down by Pakistan")? What is done to a proposal is an act
    told as done, not one the proposal plans ("a proposal to hold talks")."""
    if not 0 < start - cue <= 8 or not tokens[cue].low[:1].isalpha():
        return False
    if tokens[cue].low.endswith(("ed", "ing")) or tokens[cue].low in {"to", "will"}:
        return False  # verbs ("planned", "offering") govern what follows them
    i = start - 1
    while i > cue and tokens[i].low in _PASSIVE_ADVERBS:
        i -= 1
    if i <= cue or tokens[i].low not in _PASSIVE_BE:
        return False
    if tokens[start].low in {"to", "due", "expected", "set", "going", "likely"}:
        return False
    # nothing between the noun and its "be" may be a verb of its own clause
    return not any(t.low in {"that", "which", "who", ","} for t in tokens[cue + 1 : i])


# what is said to someone: offering it is saying it ("offered condolences")
_SENTIMENTS = frozenset(
    {"condolence", "condolences", "sympathy", "sympathies", "congratulations", "greetings",
     "felicitations", "gratitude", "thanks", "prayers", "solidarity", "apology", "apologies",
     "regrets", "best", "wishes"}
)  # fmt: skip


def _sentiment_offered(tokens: Sequence[Token], index: int, end: int) -> bool:
    """ "offered his deep condolences", "offered thanks": a sentiment offered is one
    expressed, not a promise of it (as "offered to mediate" is)."""
    return tokens[index].low.startswith("offer") and any(
        t.low in _SENTIMENTS for t in tokens[index + 1 : min(end, index + 6)]
    )


def _committed_act(tokens: Sequence[Token], index: int) -> bool:
    """ "India committed violations": an act done, not a commitment ("committed to")."""
    return tokens[index].low.startswith("commit") and (
        index + 1 < len(tokens) and tokens[index + 1].low != "to"
    )


def _word(tokens: Sequence[Token], index: int) -> str:
    """The lower-cased word, except that "May" inside a sentence, or opening it before a
    number ("May 2010 – ..."), is the month, "next" in "the next day" counts along
    the story, not ahead of it, and "next to" places a thing."""
    token = tokens[index]
    if token.text == "May" and (
        index > 0 or (index + 1 < len(tokens) and tokens[index + 1].text[:1].isdigit())
    ):
        return "may (month)"
    if token.low == "next" and index + 1 < len(tokens) and tokens[index + 1].low in _STORY_UNITS:
        return "next (story)"
    if token.low == "next" and index + 1 < len(tokens) and tokens[index + 1].low == "to":
        return "next to (place)"  # "landed next to a mosque": where, not when
    return token.low


_STORY_UNITS = frozenset({"day", "morning", "evening", "afternoon", "night"})


_REPORTING = frozenset(
    {"said", "announced", "told", "added", "stated", "declared", "confirmed", "says", "announces"}
)


# words that, before "to" and a verb, tell an act as scheduled ahead: "expected to
# sign", "slated to open"; those after a form of "be" only ("is set to", "was due to
# meet", "are going to", "is about to"), as alone they have other senses ("due to
# rain", "set to zero")
_AHEAD_FRAMES = frozenset({"expected", "slated", "poised"})
_AHEAD_AFTER_BE = frozenset({"set", "due", "going", "about"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am"})
# what follows "expected" when an arrival is expected ("is expected in Kenya on Monday")
_EXPECTED_PLACES = frozenset({"to", "in", "at"})


def _future_frame(window: list[str]) -> bool:
    """Is the act told as scheduled ahead by the grammar news uses for it, whatever
    the tense ("agreements expected to be signed in April", "was due to meet later",
    "the minister is expected in Kenya")?"""
    for i in range(len(window) - 1):
        word, nxt = window[i], window[i + 1]
        if word in _AHEAD_FRAMES and nxt == "to":
            return True
        if word == "expected" and nxt in _EXPECTED_PLACES and i > 0 and window[i - 1] in _BE:
            return True
        if word in _AHEAD_AFTER_BE and nxt == "to" and i > 0 and window[i - 1] in _BE:
            return True
    return False


@cache
def _modals_besides_would() -> frozenset[str]:
    """The other hypothetical modals ("could", "might", ...): with one of them a "would"
    tells no schedule. Made once, not per token."""
    return cues().hypothetical - {"would"}


def _reported_future(tokens: Sequence[Token], first: int, window: list[str]) -> bool:
    """Is the only modal a reported "would" ("announced that X would withdraw")?"""
    if "would" not in window or set(window) & _modals_besides_would():
        return False
    at = first + window.index("would")
    before = [t.low for t in tokens[max(0, at - 12) : at]]
    return any(w in _REPORTING for w in before)


# what makes "would" a condition or a wish rather than a schedule told as news
_NOT_SCHEDULED = frozenset({"if", "unless", "whether", "hope", "hoped", "hopes", "like", "rather"})


def _scheduled_would(tokens: Sequence[Token], window: list[str]) -> bool:
    """Is the only modal before a meeting, talks or a visit a "would" that tells its
    schedule ("would hold talks with", "would also discuss", "would meet"), in a sentence
    that sets no condition ("if", "unless") and voices no wish ("hoped ... would")?"""
    if "would" not in window or set(window) & _modals_besides_would():
        return False
    others = _modals_besides_would()
    return not any(t.low in _NOT_SCHEDULED or t.low in others for t in tokens)


def _after_last_comma(tokens: Sequence[Token], clause_start: int, start: int) -> int:
    for i in range(start - 1, clause_start - 1, -1):
        if tokens[i].low == ",":
            return i + 1
    return clause_start


def _coordinated_clause_start(tokens: Sequence[Token], clause_start: int, start: int) -> int:
    """After ", and" a new clause starts: "X will invest, and Y signed" is two statuses."""
    for i in range(start - 1, clause_start, -1):
        if tokens[i].low in {"and", "but", "while", "yet"} and tokens[i - 1].low == ",":
            return i + 1
    return clause_start


def _has_phrase(window: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    words = set(window)
    for phrase in phrases:
        if phrase[0] not in words:  # most phrases' first word is not there at all
            continue
        n = len(phrase)
        for i in range(len(window) - n + 1):
            if tuple(window[i : i + n]) == phrase:
                return True
    return False


# the articles that bring in a noun act as any one of its kind, and the modals of a
# predicate that tells what such an act would bring
_INDEFINITE_ARTICLES = frozenset({"a", "an", "any"})
_SUPPOSING_MODALS = frozenset({"could", "would", "might", "may"})
# what may stand before a clause's subject: "said that", "warned", a quote mark
_SUBJECT_OPENERS = frozenset({
    "that", ",", ":", "\"", "\u201c", "said", "says", "warned", "warns", "added", "stated",
    "believe", "believes", "fear", "fears", "feared", "argued", "argues",
})  # fmt: skip


def _supposed_subject(
    tokens: Sequence[Token], clause_start: int, start: int, end: int, after: int
) -> bool:
    """Is the noun act at ``start:end``, brought in by "a", "an" or "any", the subject
    of a modal predicate of what it would bring ("an Israeli strike on Iran could
    trigger a wider war", "any deployment of troops would be a provocation", "a
    Chinese invasion of Taiwan would devastate the economy")? Such an act is supposed,
    not told; "the arrest of the diplomat could strain ties" tells an arrest made."""
    at = start - 1
    while at >= 0 and tokens[at].low not in _INDEFINITE_ARTICLES and (
        tokens[at].text[:1].isupper() or tokens[at].low in _ACT_MODIFIERS
    ):
        at -= 1  # "an Israeli strike", "a full-scale Russian invasion"
    if at < 0 or tokens[at].low not in _INDEFINITE_ARTICLES:
        return False
    if at > clause_start and tokens[at - 1].low not in _SUBJECT_OPENERS:
        return False  # "Israel carried out a strike on Iran, which could ...": an object
    for m in range(end, after):
        if tokens[m].low not in _SUPPOSING_MODALS:
            continue
        nxt = [t.low for t in tokens[m + 1 : m + 3]]
        if nxt and nxt[0] in _HAPPEN - {"be"}:
            return False  # "a meeting could take place": its own schedule, judged as such
        # "an apology would be made on Friday": the act's own passive tells it ahead
        return not (len(nxt) == 2 and nxt[0] == "be" and _is_participle(nxt[1]))
    return False


def _is_participle(word: str) -> bool:
    return word.endswith("ed") or word in _HAPPEN or word in {
        "made", "done", "given", "sent", "paid", "taken", "put",
    }  # "signed" ends in "ed"; "held", "set" are in _HAPPEN


_ACT_MODIFIERS = frozenset({
    "full-scale", "military", "armed", "possible", "potential", "new", "major", "large-scale",
    "direct", "joint", "formal", "official", "further", "future", "renewed", "fresh",
})  # fmt: skip
