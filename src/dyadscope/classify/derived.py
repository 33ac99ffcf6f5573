"""Events one coded act implies beside itself, other than accusations (`charges`):
the arms supply or the aid a signed deal is for, the visit an invitation asks for.

Each takes the event the coder made and the sentence, and returns the further event,
coded as the annotators count it; `recoded` and `goldstein` give an event another CAMEO
code and its weight."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify import parties, syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.event_dates import in_time, planned_day, told_days
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.model import UNKNOWN_DATE, Actor, Event, stable_id

# what a signed deal may be for: coded beside the deal ("a deal to buy jets")
DEAL_CONTENTS = frozenset({"arms_transfer", "aid_project", "economic_cooperation"})


def with_counterpart(deal: Event, content: Event) -> Event:
    sides = [a for a in (content.actor1, content.actor2) if a is not None]
    other = next((a for a in sides if deal.actor1 is None or a.code != deal.actor1.code), None)
    if other is None:
        return deal
    return replace(deal, actor2=Actor(other.code, other.name, None, ""))


def recoded(event: Event, code: str) -> Event:
    """``event`` with another CAMEO code (and its kind and PLOVER type); its id, so
    its roles, stay."""
    info = cameo_lookup(code)
    kind, plover = (info.kind, info.plover) if info else ("other", None)
    return replace(event, kind=kind, plover=plover, cameo=code, goldstein=goldstein(code))


_DEAL_LINKS = frozenset({"for", "on", "the", "a", "an"})

_ARMS = frozenset({"arms", "weapons", "weapon", "defence", "defense", "military"})


_SUPPLIES = frozenset({"export", "exports", "supply", "supplies", "sale", "sales"})


def named_supply(tokens: Sequence[Token], match: Match, deal: Event) -> Event | None:
    """The arms transfer a signed deal is named for ("signed an arms export agreement
    with Poland", "inked its largest defence equipment export deal with Azerbaijan"):
    the deal and the supply, its first side the supplier as the name tells."""
    if deal.kind != "agreement_signed" or deal.actor2 is None:
        return None
    # a deal told first ("the arms sale agreement was signed") has its name before it
    first = match.start if match.start == match.anchor else max(0, match.start - 2)
    words = [t.low for t in tokens[first : match.end]]
    if not any(w in _ARMS and _SUPPLIES & set(words[i + 1 : i + 3]) for i, w in enumerate(words)):
        return None
    return replace(
        deal, id=stable_id(deal.id, "arms_transfer"), kind="arms_transfer", plover="COOPERATE",
        cameo="062", goldstein=goldstein("062"), domain="military",
    )  # fmt: skip


# the words that name a deal for money one side gives the other ("a loan agreement", "a
# line of credit agreement", "a deposit agreement", "an aid agreement", "agreements on
# financial cooperation")
_AID_DEALS = frozenset({
    "loan", "loans", "credit", "grant", "grants", "aid", "deposit", "deposits", "financing",
    "concessional", "assistance", "oda", "finance",
})
_AID_TOPICS = _AID_DEALS | {"financial"}
# a side named by its lending body gives ("the Export-Import Bank of China", "the Saudi
# Fund for Development", "the Exim Bank of India"); one named by its central bank receives
# ("the State Bank of Pakistan")
_LENDERS = frozenset({"exim", "export-import", "export", "eximbank", "development"})
_RECEIVERS = frozenset({"central", "state", "reserve"})
_LENDER_REACH = 5  # words before a state's name that may name its lending body
# "to help Bangladesh become ...", "to support Ethiopia's infrastructure": the side helped
_HELPS = frozenset({"help", "helps", "helping", "support", "supporting", "assist", "assisting"})


def _lender_words(analysis: SentenceAnalysis, first: int, text: str) -> set[str]:
    words = {w.strip("()").lower() for w in text.replace("-", " - ").split()}
    words |= {w.lower() for w in text.split()}
    before = [t.low for t in analysis.tokens[max(0, first - _LENDER_REACH) : first]]
    cut = max((i + 1 for i, w in enumerate(before) if w in ("and", ",", "with")), default=0)
    return words | set(before[cut:])


def _aid_giver(analysis: SentenceAnalysis, deal: Event) -> tuple[Actor, Actor] | None:
    """Who gives and who gets the money a deal between two sides is for: the side
    named by its lending body, or not named as the one helped; None when the sentence
    does not tell."""
    assert deal.actor1 is not None and deal.actor2 is not None
    sides = {deal.actor1.code: deal.actor1, deal.actor2.code: deal.actor2}
    if len(sides) != 2:
        return None

    def pair(giver: str) -> tuple[Actor, Actor]:
        other = next(c for c in sides if c != giver)
        return sides[giver], sides[other]

    tokens = analysis.tokens
    for first, _, mention in analysis.actors_in_order:
        code = mention.actor.code if mention.actor is not None else None
        if code not in sides:
            continue
        words = _lender_words(analysis, first, mention.text)
        if words & _RECEIVERS and "bank" in words:
            return pair(next(c for c in sides if c != code))
        if "fund" in words or words & {"eximbank", "exim"} or (
            "bank" in words and words & _LENDERS
        ):
            return pair(code)
    for first, _, mention in analysis.actors_in_order:
        code = mention.actor.code if mention.actor is not None else None
        if code in sides and first > 0 and tokens[first - 1].low in _HELPS:
            return pair(next(c for c in sides if c != code))
    donors = [c for c in sides if c in cues().aid_donors]
    if len(donors) == 1:
        return pair(donors[0])
    return None


def named_aid(analysis: SentenceAnalysis, match: Match, deal: Event) -> Event | None:
    """The aid a signed deal is named for ("Ethiopia and China signed a loan agreement
    to support Ethiopia's infrastructure", "the Export-Import Bank of China and
    Cambodia's Ministry of Finance signed a concessional loan agreement"): the deal and
    the money given, from the side the sentence tells gives it."""
    if deal.kind != "agreement_signed" or deal.actor1 is None or deal.actor2 is None:
        return None
    if deal.status == "negated":
        return None
    tokens = analysis.tokens
    first = match.start if match.start == match.anchor else max(0, match.start - 2)
    words = {t.low for t in tokens[first : match.end]}
    after = [t.low for t in tokens[match.end : match.end + 4]]
    topic = set(after[1:]) if after[:1] in (["on"], ["for"]) else set()
    if not (_AID_DEALS & words or _AID_TOPICS & topic):
        return None
    sides = _aid_giver(analysis, deal)
    if sides is None:
        return None
    giver, receiver = sides
    return replace(
        deal, id=stable_id(deal.id, "aid_project"), kind="aid_project", plover="AID",
        cameo="071", goldstein=goldstein("071"), domain="economic",
        actor1=giver, actor2=receiver, others=(), extra={**deal.extra, "deal_aid": True},
    )  # fmt: skip


def deal_content(tokens: Sequence[Token], deal: Match, match: Match) -> bool:
    """Is ``match`` the supply the signed deal right before it is for ("a contract for
    the supply of howitzers", "an agreement on the sale of jets")? Not a mere topic: the
    deal carries it out. A purchase ("a deal for the purchase of jets") is left out: its
    buyer may be either side of the deal."""
    between = tokens[deal.end : match.start]
    return (
        deal.pattern.kind == "agreement_signed"
        and match.pattern.kind in DEAL_CONTENTS
        and match.pattern.roles == "s>o"
        and 0 < len(between) <= 3
        and between[0].low in ("for", "on")
        and all(t.low in _DEAL_LINKS for t in between)
    )


# the verbs that move ties from one side to another ("switched recognition from Taiwan to
# China", "shifted its allegiance from Taipei to Beijing", "transferred ties ... to")
_SWITCHES = ("switch", "shift", "transfer")
_SWITCH_REACH = 3  # words after the side left before "to" (", a decade ago," is none)


def switched_to(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """The recognition a switch of ties gives the side it moves them to: "Nauru switched
    diplomatic recognition from Taiwan to China" cuts ties with Taiwan (the coded
    sanction) and recognises China, one act told twice by one verb."""
    if event.kind != "sanction" or event.actor1 is None or event.actor2 is None:
        return None
    tokens = analysis.tokens
    if not tokens[match.anchor].low.startswith(_SWITCHES) or "from" not in {
        t.low for t in tokens[match.anchor : match.end + 1]
    }:
        return None
    to = next(
        (i for i in range(match.end, min(len(tokens), match.end + _SWITCH_REACH))
         if tokens[i].low == "to"),
        None,
    )  # fmt: skip
    if to is None:
        return None
    taken = next(
        (m.actor for first, _, m in analysis.actors_in_order if first == to + 1), None
    )
    if taken is None or taken.code in (event.actor1.code, event.actor2.code):
        return None
    return replace(
        event, id=stable_id(event.id, "recognition"), kind="recognition", plover="SUPPORT",
        cameo="054", goldstein=goldstein("054"), actor2=Actor(taken.code, taken.name, None, ""),
        others=(),
    )  # fmt: skip


def invited_visit(
    invitation: Event, match: Match, analysis: SentenceAnalysis, ctx: DocContext
) -> Event | None:
    """The visit an invitation asks for: the invited side to the inviter's, intended
    until it is made; dated only by a date after "to visit" ("to visit Georgia in 2020")."""
    guest, host = invitation.actor2, invitation.actor1
    if invitation.status not in ("actual", "intent") or guest is None or host is None:
        return None
    if guest.code == host.code:
        return None
    tokens = analysis.tokens
    end = syntax.clause_end(analysis, match.end)
    date = next(
        (m.date for i, m in analysis.date_at
         if match.anchor < i < end and m.date.start is not None
         and not syntax.names_a_thing(analysis, i, m.end, match.anchor)),
        UNKNOWN_DATE,
    )  # fmt: skip
    if (
        date.start is None
        and not _invitation_taken_up(tokens)
        and not _visit_came_of_invitation(tokens, match)
    ):
        # "invited Bagabandi to visit Russia whenever convenient": the invitation is the
        # inviter's act; the visit it asks for is no event until the text says it will
        # be made (accepted, a positive response, a date for it)
        return None
    sentence = analysis.sentence
    if date.start is not None:
        # "invited Modi to visit Nepal in September" in a March paper: the coming one
        date = in_time(date, "intent", ctx.date,
                       sentence.text.find(" ", tokens[match.anchor].start), sentence.text,
                       told_days(analysis))  # fmt: skip
    return replace(
        invitation,
        id=stable_id(ctx.doc_id, sentence.start, "visit", tokens[match.anchor].start),
        kind="visit", plover="CONSULT", cameo="042", status="intent",
        goldstein=goldstein("042"), actor1=guest, actor2=host, others=(), date=date,
        quantities=(),
        extra={**invitation.extra, "trigger": sentence.text[
            tokens[match.start].start : tokens[match.end - 1].end
        ], "definite": False, "indefinite": False, "anaphoric": False},
    )  # fmt: skip


# words that tell an invitation to visit was taken up: "a gesture graciously accepted",
# "received a positive response", "accepted the invitation to visit Astana"
_TAKEN_UP_WORDS = frozenset({
    "accept", "accepts", "accepted", "accepting", "acceptance", "positive", "positively",
    "confirmed", "confirms",
})
_INVITING_WORDS = frozenset({"invite", "invites", "invited", "inviting", "invitation",
                            "invitations"})
# what before the invitation's word tells the visit came of it: "at the invitation of",
# "on X's invite", "accepted the invitation to", "thanked X for the invitation to"
_CAME_OF_INVITATION = frozenset({"at", "on", "upon", "for", "'s", "’s", "accept", "accepted",
                           "accepts", "accepting", "following", "after"})
_INVITATION_BREAKS = frozenset({".", ";", ":", "while", "when", "after", "before", "but", "which",
                          "who", "as", "where", "said", "says"})


def _came_of(tokens: Sequence[Token], invitation: int) -> bool:
    """Do the words before the invitation's word at ``invitation`` tell a visit that came
    of it ("at the invitation", "accepted X's invitation")?"""
    return any(t.low in _CAME_OF_INVITATION for t in tokens[max(0, invitation - 4) : invitation])


def _visit_came_of_invitation(tokens: Sequence[Token], match: Match) -> bool:
    """Does the invitation word before the visit tell a visit that came of it ("thanked X
    for the invitation to visit", "accepted X's invitation to visit")?"""
    for i in range(match.start - 1, max(-1, match.start - 13), -1):
        if tokens[i].low in _INVITING_WORDS:
            return _came_of(tokens, i)
    return False


def asked_visit(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the visit at ``match`` only the one an invitation asks for ("invited the sultan
    to pay a visit to Iran", "invited the premier for a return visit"), not yet taken up
    and with no date of its own? The invitation is the inviter's act; the visit is none."""
    tokens = analysis.tokens
    if _invitation_taken_up(tokens):
        return False
    for i in range(match.start - 1, max(-1, match.start - 13), -1):
        low = tokens[i].low
        if low in _INVITATION_BREAKS:
            return False
        if low not in _INVITING_WORDS:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].low in ("of", "from", "by"):
            return False  # "at the invitation of X, Y will pay a visit"
        if _came_of(tokens, i):
            return False
        if not any(t.low in ("to", "for") for t in tokens[i + 1 : match.start + 1]):
            return False
        end = syntax.clause_end(analysis, match.end)
        return not any(match.anchor < j < end and m.date.start is not None
                       for j, m in analysis.date_at)  # fmt: skip
    return False


def _invitation_taken_up(tokens: Sequence[Token]) -> bool:
    """Does the sentence tell that the invitation was taken up?"""
    return any(t.low in _TAKEN_UP_WORDS for t in tokens)


def goldstein(cameo: str) -> float | None:
    """The code's Goldstein scale value, where CAMEO gives one."""
    info = cameo_lookup(cameo)
    return info.goldstein if info else None


# the everyday nouns of a hostile act a side asks a body to act against ("to stop
# Thailand's aggression", "to react to the behaviour of Russia")
_HOSTILE_ACT_NOUNS = frozenset({
    "aggression", "attack", "attacks", "behaviour", "behavior", "actions", "violation",
    "violations", "occupation", "incursion", "incursions", "provocation", "provocations",
    "interference", "shelling", "strikes", "airstrikes", "invasion", "encroachment",
    "encroachments", "crimes", "atrocities", "blockade", "annexation", "threats",
    "intrusion", "intrusions", "hostility", "hostilities",
})
_HOSTILE_ACT_LINKS = frozenset({"of", "by", "from"})


def appeal_charge_of(
    request: Event, analysis: SentenceAnalysis, match: Match, ctx: DocContext
) -> Event | None:
    """The accusation an appeal to a body carries ("asked the Security Council to stop
    Thailand's aggression", "urged the EU to react to the behaviour of Russia"): the
    asker accuses the state whose hostile act it asks the body to act on; the body is
    only asked."""
    asker, body = request.actor1, request.actor2
    if request.kind != "request" or asker is None or body is None:
        return None
    if body.sector != "IGO" or asker.sector == "IGO":
        return None
    tokens = analysis.tokens
    end = min(len(tokens), match.end + 25)
    for i in range(match.end, end):
        if tokens[i].low not in _HOSTILE_ACT_NOUNS:
            continue
        named = [
            m for first, last, m in analysis.actors_in_order
            if (i - 3 <= last < i and all(
                t.low in ("'s", "’s", "'", "’") for t in tokens[last + 1 : i]))
            or (i + 1 < first <= i + 4 and tokens[i + 1].low in _HOSTILE_ACT_LINKS)
        ]  # fmt: skip
        for mention in named:
            accused, _dyad = parties.resolve(mention, ctx)
            if accused is None or accused.sector == "IGO":
                continue
            if accused.code in (asker.code, body.code):
                continue
            return replace(
                request,
                id=stable_id(ctx.doc_id, analysis.sentence.start, "criticism_hostility",
                             tokens[i].start),
                kind="criticism_hostility", plover="ACCUSE", cameo="111",
                goldstein=goldstein("111"), actor2=Actor(accused.code, accused.name, None, ""),
                others=(), quantities=(),
            )  # fmt: skip
    return None


# the words that tell a measure's ground as a charge against the side it hits
# ("expelled three Russian diplomats accused of hostile actions", "cut ties with Qatar
# for allegedly supporting terrorism", "closed its border following accusations that
# Kigali supports rebels", "over allegations of spying")
_SANCTION_CHARGE_PARTICIPLES = frozenset({"accused", "suspected"})
_SANCTION_CHARGE_NOUNS = frozenset({"accusations", "accusation", "allegations", "allegation"})
_SANCTION_CHARGE_GROUNDS = frozenset({"over", "after", "following", "amid", "citing", "on"})
_SANCTION_CHARGE_REACH = 15  # words after the measure its ground may stand
_SANCTION_CHARGE_STOPS = frozenset({";", ".", "but", "while", "whereas"})


def _sanction_ground_at(tokens: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a word telling the measure's ground as a charge: "accused of",
    "suspected of", "allegedly", or "accusations|allegations that|of" after "over",
    "after", "following" (not someone's own accusations: "its accusations", "by")?"""
    low = tokens[i].low
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low in _SANCTION_CHARGE_PARTICIPLES:
        return after == "of" and tokens[i - 1].low not in ("being", "been", "was", "were", "is")
    if low == "allegedly":
        return True
    if low in _SANCTION_CHARGE_NOUNS:
        return after in ("that", "of") and tokens[i - 1].low in _SANCTION_CHARGE_GROUNDS
    return False


def sanction_charge_of(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """The accusation a measure's stated ground carries ("Poland expelled three Russian
    diplomats accused of hostile actions", "Bahrain cut ties with Qatar for allegedly
    supporting terrorism"): the side taking the measure charges the side it hits."""
    doer, hit = event.actor1, event.actor2
    if event.kind != "sanction" or event.status != "actual":
        return None
    if doer is None or hit is None or doer.code == hit.code:
        return None
    tokens = analysis.tokens
    for i in range(match.end, min(len(tokens) - 1, match.end + _SANCTION_CHARGE_REACH)):
        if tokens[i].low in _SANCTION_CHARGE_STOPS:
            return None
        if _sanction_ground_at(tokens, i):
            charge = replace(
                event, id=stable_id(event.id, "ground charged"), quantities=()
            )
            return recoded(charge, "112")  # an accusation (ACCUSE)
    return None


# the words for calling an act off, and the acts that can be called off, by the kind
# the act itself is coded as ("cancelled a visit to Turkey": a visit, not held)
_CALL_OFF_WORDS = frozenset({
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation",
    "scrap", "scraps", "scrapped", "scrapping", "postpone", "postpones", "postponed",
    "postponing", "postponement", "call", "calls", "called", "calling",
})
_CALLABLE_ACTS = {
    "visit": ("visit", "042"), "trip": ("visit", "042"), "meeting": ("meeting", "040"),
    "summit": ("meeting", "040"), "talks": ("negotiation", "046"),
    "negotiations": ("negotiation", "046"),
}
# words between the act's noun and its own date ("a visit ... which had been planned for
# Wednesday", "the talks scheduled for June 12")
_PLANNED_WORDS = frozenset({"planned", "scheduled", "set", "due", "slated", "expected"})
_PLANNED_DATE_STOPS = frozenset({
    ".", ";", "but", "after", "because", "as", "since", "amid", "said", "says", "over",
    "following", "response",
})  # fmt: skip


def _guest(analysis: SentenceAnalysis, start: int, act: int, end: int) -> str | None:
    """The state the called-off visit's guest is named as: the one told in the visit's
    own phrase ("the Turkish minister's visit", "a visit by Sweden's minister"); None
    where the phrase names none ("cancelled a visit to Turkey": the canceller's own)."""
    tokens = analysis.tokens
    by = next((i for i in range(act + 1, min(end, act + 3)) if tokens[i].low == "by"), None)
    for first, _, mention in analysis.actors_in_order:
        if mention.actor is None or mention.kind == "location":
            continue
        if start < first < act:
            return mention.actor.code
        if by is not None and by < first <= by + 4:
            return mention.actor.code
    return None


def called_off_act(
    event: Event, analysis: SentenceAnalysis, match: Match, ctx: DocContext
) -> Event | None:
    """The act a measure calls off ("Iraq cancelled the Turkish minister's visit which
    was scheduled for Thursday"): the visit or meeting itself, not held (negated), dated
    at the day it was set for; where the sentence gives no such day, the measure alone
    is told. A visit goes from its guest to its host."""
    doer, hit = event.actor1, event.actor2
    if event.kind != "sanction" or doer is None or hit is None or doer.code == hit.code:
        return None
    tokens = analysis.tokens
    span = range(match.start, match.end)
    if not any(tokens[i].low in _CALL_OFF_WORDS
               and (not tokens[i].low.startswith("call")
                    or (i + 1 < len(tokens) and tokens[i + 1].low == "off"))
               for i in span):  # fmt: skip
        return None
    act = next((i for i in span if tokens[i].low in _CALLABLE_ACTS), None)
    if act is None:
        return None
    kind, code = _CALLABLE_ACTS[tokens[act].low]
    first, second = doer, hit
    end = syntax.clause_end(analysis, match.end)
    if kind == "visit" and _guest(analysis, match.start, act, end) == hit.code:
        first, second = hit, doer
    date = None
    for i, m in sorted(analysis.date_at, key=lambda item: item[0]):
        if i <= act or m.date.start is None:
            continue
        between = {tokens[j].low for j in range(act, i)}
        if between & _PLANNED_DATE_STOPS:
            break
        if between & _PLANNED_WORDS:
            date = planned_day(m.date, ctx.date)
        break
    if date is None:
        return None  # no day it was set for: the measure alone is told
    return replace(
        event,
        id=stable_id(event.id, "called off"), kind=kind, plover="CONSULT", cameo=code,
        goldstein=goldstein(code), actor1=first, actor2=second, others=(), date=date,
        status="negated", quantities=(),
    )
