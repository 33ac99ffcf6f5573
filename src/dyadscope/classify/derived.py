"""Events one coded act implies beside itself: the accusation a retaliation answers,
the accusation a side makes by reporting force done to it, the force a charge names,
the arms supply a deal is for, the visit an invitation asks for.

Each takes the event the coder made and the sentence, and returns the further event (or
the first with its sides or code changed), coded as the annotators count it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify import syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.event_dates import comma_between
from dyadscope.classify.patterns import Match
from dyadscope.classify.report_sides import opening_speaker
from dyadscope.classify.tokens import Token
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.model import UNKNOWN_DATE, Actor, Event, stable_id

# what a signed deal may be for: coded beside the deal ("a deal to buy jets")
DEAL_CONTENTS = frozenset({"arms_transfer", "aid_project", "economic_cooperation"})


_ANSWERING_KINDS = frozenset({"sanction", "coerce"})


_ANSWER_REACH = 6  # words from "in retaliation for" to the side whose act it answers


def retaliation_for(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """ "expelled an Estonian diplomat in retaliation for Tallinn declaring ...",
    "imposed sanctions ... in response to Washington's arms sale": a measure taken in
    answer to the other side's act says that act was wrong (ACCUSE), from the side
    that answers to the side whose act it was."""
    actor = event.actor1
    if event.kind not in _ANSWERING_KINDS or event.status != "actual" or actor is None:
        return None
    tokens = analysis.tokens
    words = [t.low for t in tokens]
    # after the measure, or opening the sentence ("In response to ..., Russia imposed")
    first_word = next((i for i, w in enumerate(words) if w[:1].isalnum()), 0)
    fronted = [first_word] if _answer_at(words, first_word) else []
    start = next(
        (i for i in [*fronted, *range(match.end, len(words) - 1)] if _answer_at(words, i)), None
    )
    if start is None:
        return None
    opening = start + _answer_at(words, start)
    side = next(
        (m.actor for f, _, m in analysis.actors_in_order
         if opening <= f <= opening + _ANSWER_REACH and m.actor is not None
         and m.actor.code != actor.code and _owns_the_act(words, opening, f)),
        None,
    )  # fmt: skip
    # "expelled the ambassador, in retaliation for": one comma may set the phrase off
    if side is None or comma_between(tokens, match.end, start - 1):
        return None
    answer = replace(
        event,
        id=stable_id(event.id, "answered"),
        actor2=Actor(side.code, side.name, side.sector, side.text),
        others=(),
        quantities=(),
        extra={**event.extra, "trigger": " ".join(words[start:opening])},
    )
    return recoded(answer, "111")  # an accusation (ACCUSE)


# what gives the grievance a measure answers when no set phrase does ("recalled its
# ambassador after Israel's refusal", "expelled the envoy over a land grab by Somalia",
# "cut ties with Qatar for allegedly supporting terrorism", ", citing X's remarks")
_GRIEVANCE_LINKS = frozenset({"after", "following", "over", "for", "citing"})
# words of blame that make a cause naming no side the target's doing ("due to its
# 'hostile actions'", "citing repeated violations of its airspace", "for his provocative
# visit"); "for consultations", "for a month", "amid a border dispute" blame no one
_GRIEVANCE_BLAME = frozenset(
    {"alleged", "allegedly", "hostile", "unfriendly", "provocative", "provocation",
     "provocations", "violation", "violations", "violating", "interference", "interfering",
     "meddling", "derogatory", "insulting", "offensive", "aggression", "aggressive"}
)
_GRIEVANCE_REACH = 6


def grievance_for(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """ "Pakistan recalled its ambassador from Iran after Iran violated its airspace",
    "Kenya recalled its ambassador over an alleged land grab by Somalia", "cut ties with
    Qatar for allegedly supporting terrorism": a diplomatic or economic measure told with
    the target's act it answers says that act was wrong (ACCUSE), from the side that takes
    the measure to its target, beside the measure. The act is the target's when the target
    is named first after the link (as its doer or owner) or, with no side named, when a word
    of blame tells it; another side's act ("after a third state's strike") accuses none."""
    actor, target = event.actor1, event.actor2
    if event.kind != "sanction" or event.status != "actual" or actor is None or target is None:
        return None
    if actor.code == target.code:
        return None
    tokens = analysis.tokens
    words = [t.low for t in tokens]
    for link in range(match.end, len(words) - 1):
        size = _answer_at(words, link) or (1 if words[link] in _GRIEVANCE_LINKS else 0)
        if not size:
            continue
        if comma_between(tokens, match.end, link) and words[link] != "citing":
            return None
        opening = link + size
        owner = next(
            (m.actor for f, _, m in analysis.actors_in_order
             if opening <= f <= opening + _GRIEVANCE_REACH and m.actor is not None
             and _owns_the_act(words, opening, f)),
            None,
        )  # fmt: skip
        named = any(
            opening <= f <= opening + _GRIEVANCE_REACH for f, _, _ in analysis.actors_in_order
        )
        blamed = any(w in _GRIEVANCE_BLAME for w in words[opening : opening + 4])
        if words[link] == "for" and not blamed:
            continue  # "shut the supply route for NATO troops": for whom, not why
        if (owner is not None and owner.code == target.code) or (
            owner is None and not named and blamed
        ):
            grievance = replace(
                event,
                id=stable_id(event.id, "grievance"),
                quantities=(),
                extra={**event.extra, "trigger": " ".join(words[link:opening]), "grievance": True},
            )
            return recoded(grievance, "111")  # an accusation (ACCUSE)
        if owner is not None:
            return None
    return None


_DENIED_CHARGES = frozenset(
    {"accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge",
     "charges"}
)
_DENIED_REACH = 6  # words from the denial to the charge it names
_CHARGE_OWNERS = frozenset({"of", "by", "from", "made", "levelled", "leveled", "the"})


def denied_charge(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """ "Venezuela rejected Guyana's claims", "Armenia denies the accusations of the
    Azerbaijani side", "rebutting China's claims that Indian soldiers crossed": a denial
    of a charge it names as the other side's tells that charge too (ACCUSE, from the side
    whose charge it is to the side denying it), beside the rejection. The owner is named
    right before the charge ("Guyana's", "the Chinese") or right after it ("of the
    Azerbaijani side", "made by Baku"); a charge no side owns ("denied the allegations")
    is left to the sentences that tell it."""
    denier = event.actor1
    if event.kind != "reject" or event.status != "actual" or denier is None:
        return None
    words = [t.low for t in analysis.tokens]
    noun = next(
        (i for i in range(match.anchor + 1, min(len(words), match.anchor + _DENIED_REACH + 1))
         if words[i] in _DENIED_CHARGES),
        None,
    )  # fmt: skip
    if noun is None:
        return _appositive_charge(event, analysis, match)
    owner = next(
        (m.actor for f, end, m in analysis.actors_in_order
         if m.actor is not None and m.actor.code != denier.code and (
             (match.anchor < f and noun - 2 <= end <= noun)
             or (noun < f <= noun + 3
                 and all(w in _CHARGE_OWNERS for w in words[noun + 1 : f]))
         )),
        None,
    )  # fmt: skip
    if owner is None:
        return None
    charge = replace(
        event,
        id=stable_id(event.id, "denied"),
        actor1=Actor(owner.code, owner.name, owner.sector, owner.text),
        actor2=denier,
        others=(),
        quantities=(),
        extra={**event.extra, "trigger": words[noun]},
    )
    return recoded(charge, "112")  # an accusation (ACCUSE)


_RETOLD_CHARGE = frozenset({"a", "an", "the", "this", "that", "such"})
_APPOSITION = frozenset({",", "-", "–", "—", ";"})
_RETOLD_OBJECT = (["that"], ["this"], ["it"], ["the"], ["those"], ["these"])


def _appositive_charge(
    event: Event, analysis: SentenceAnalysis, match: Match
) -> Event | None:
    """ "Helsinki says Russia is funnelling migrants, a charge the Kremlin has denied",
    "Georgian officials insisted Russia kept bombing, but Russia denied that": the charge
    the sentence told before its denial is its first side's other than the denier's (the
    rejection's other side where it has one), from it to the denier (ACCUSE)."""
    denier = event.actor1
    if denier is None:
        return None
    words = [t.low for t in analysis.tokens]
    before = words[max(0, match.start - 5) : match.anchor]
    told = next((i for i, w in enumerate(before) if w in _DENIED_CHARGES), None)
    appositive = (
        told is not None and told > 0 and before[told - 1] in _RETOLD_CHARGE
        and any(w in _APPOSITION for w in words[max(0, match.start - 6) : match.start + told])
    )  # fmt: skip
    retold = "but" in before and words[match.anchor + 1 : match.anchor + 2] in _RETOLD_OBJECT
    if not (appositive or retold):
        return None
    accuser = event.actor2 or next(
        (m.actor for f, _, m in analysis.actors_in_order
         if f < match.start and m.actor is not None and m.actor.code != denier.code),
        None,
    )  # fmt: skip
    if accuser is None or accuser.code == denier.code:
        return None
    charge = replace(
        event,
        id=stable_id(event.id, "denied"),
        actor1=Actor(accuser.code, accuser.name, accuser.sector, accuser.text),
        actor2=denier,
        others=(),
        quantities=(),
    )
    return recoded(charge, "112")  # an accusation (ACCUSE)


# what a side reporting it charges the other with: force, an incursion, coercion
_REPORTED_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
_REPORT_REACH = 12  # words from "said" to the force it reports


def _act_between(analysis: SentenceAnalysis, said: int, start: int) -> bool:
    """Does a verb of the speaker's own come between "said" and the force ("said it
    condemned the downing", "said his counterpart apologized for an incident")? Then
    the force is that verb's matter, not what the speaker reports."""
    return any(t.low.endswith("ed") and t.low not in ("armed",) and not analysis.inside_actor(i)
               for i, t in enumerate(analysis.tokens[said + 1 : start], said + 1))


# a side's own words, not a report about it ("after reports of fresh shooting"), and the
# verbs of a claim ("Hanoi alleged that Chinese boats rammed its trawlers")
_CLAIMING = frozenset(
    {"claims", "claiming", "alleged", "alleges", "alleging", "insisted", "insists",
     "maintained", "maintains"}
)
_SAYING = frozenset({"said", "says", "claimed", "stated", "told", "added", "wrote"}) | _CLAIMING


def _saying_before(analysis: SentenceAnalysis, before: int) -> int | None:
    """Where the nearest verb of reporting or claiming before token ``before`` is."""
    tokens = analysis.tokens
    return next(
        (i for i in range(before - 1, -1, -1)
         if tokens[i].low in _CLAIMING or tokens[i].low in cues().reporting),
        None,
    )  # fmt: skip


def reported_charge(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """ "Yerevan said Azerbaijani forces had launched an offensive into Armenia's
    territory", "Rwanda's defence ministry said Congo's army fired two rockets into its
    territory": a side that reports force done to it by the other charges the other with
    it (ACCUSE, from the side struck to the side that struck), beside the force itself.
    A side reporting its own force, or a third party reporting, accuses no one; the
    speaker is the one right before the reporting verb, a few words before the force."""
    doer, struck = event.actor1, event.actor2
    if event.plover not in _REPORTED_ACTS or event.status != "actual":
        return None
    if doer is None or struck is None or doer.code == struck.code:
        return None
    said = _saying_before(analysis, match.start)
    speaker = (
        opening_speaker(analysis, match.start)
        if said is not None and analysis.tokens[said].low in _SAYING
        and match.start - said <= _REPORT_REACH and not _act_between(analysis, said, match.start)
        else None
    )  # fmt: skip
    if (
        speaker is None or speaker.actor is None or speaker.kind == "location"
        or speaker.actor.is_media or speaker.actor.code != struck.code
    ):
        return None
    charge = replace(
        event,
        id=stable_id(event.id, "reported"),
        actor1=struck,
        actor2=doer,
        others=(),
        quantities=(),
    )
    return recoded(charge, "112")  # an accusation (ACCUSE)


_CHARGE_VERBS = frozenset(
    {"accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame"}
)


# what a charge may tell as done: force, a show of force, coercion ("of shelling its
# territory", "of deploying troops on its soil", "of firing water cannon at its boat");
# "of supporting rebels", "of interfering" stay the charge's content
_CHARGED_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def charged_act(analysis: SentenceAnalysis, charge: Match, match: Match) -> bool:
    """Is ``match`` the act a charge right before it names, after the charge's own "of"
    or "for" ("accused Sudan's army of attacking a town", "blamed X for shelling")?
    The annotators code such force as told; an "of" further on ("accused Y of allowing
    spies it suspected of assassinating ...") is another phrase's."""
    tokens = analysis.tokens
    if match.pattern.plover not in _CHARGED_ACTS or tokens[charge.anchor].low not in _CHARGE_VERBS:
        return False
    opening = next(
        (i for i in range(charge.end, match.start)
         if tokens[i].low in ("of", "for") and not analysis.inside_actor(i)),
        None,
    )  # fmt: skip
    return opening is not None and opening == match.start - 1


def charged_sides(event: Event, charge: Event) -> Event | None:
    """The charged act done by the accused to the accuser ("Chad accused Sudan's army of
    attacking a town on its border": Sudan on Chad); None where the act's own target is
    a third side ("accused each other of attacks ... brokered by Russia"), which the
    charge does not tell."""
    if charge.actor1 is None or charge.actor2 is None:
        return None
    if event.actor2 is not None and event.actor2.code != charge.actor1.code:
        return None
    return replace(event, actor1=charge.actor2, actor2=charge.actor1, others=())


def _answer_at(words: Sequence[str], index: int) -> int:
    """The length of the answering phrase at ``index`` ("in retaliation for"), else 0."""
    phrases = (*cues().answering, *cues().causes)
    found = (len(a) for a in phrases if tuple(words[index : index + len(a)]) == a)
    return next(found, 0)


def _owns_the_act(words: Sequence[str], opening: int, mention: int) -> bool:
    """Is the side at ``mention`` the one whose act is answered: named first after "in
    retaliation for" ("for Tallinn declaring", "to Washington's arms sale") or as its
    agent ("a slew of expulsions by Prague")?"""
    between = words[opening:mention]
    return all(w in ("the", "a", "an") for w in between) or (
        (bool(between) and between[-1] == "by") or between[-2:-1] == ["by"]
    )


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
    "concessional", "assistance",
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
        actor1=giver, actor2=receiver, others=(),
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
    sentence = analysis.sentence
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


def goldstein(cameo: str) -> float | None:
    """The code's Goldstein scale value, where CAMEO gives one."""
    info = cameo_lookup(cameo)
    return info.goldstein if info else None


