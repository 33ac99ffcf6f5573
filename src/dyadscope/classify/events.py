"""Code events in one sentence: pattern matches plus actor roles, status, domain, date.

For each pattern match the coder finds the clause around it, decides the status
(actual, negated, planned, intent, or mere musing that yields nothing), asks
``roles`` for the actors, and picks the nearest date and the amounts of the
clause. A sentence with no recognisable pattern, or with no actor, yields no
event: there is no fallback code. Dates are ``event_dates``'s; the further events an
act implies (an answered accusation, a deal's supply) are ``derived``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from dyadscope.classify import syntax, venues, verb_dictionary
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.anniversaries import years_back, years_marked
from dyadscope.classify.answered import Answered, answered_date, answered_sides
from dyadscope.classify.asked import asked_along
from dyadscope.classify.captures import captures_behind
from dyadscope.classify.charges import (
    charged_act,
    charged_sides,
    denied_charge,
    grievance_for,
    reported_charge,
    retaliation_for,
    retold_answer,
)
from dyadscope.classify.condemned import without_condemned_in_sympathy
from dyadscope.classify.cues import cues
from dyadscope.classify.date_lists import (
    documents_listed,
    in_document_topic,
    listed_after,
    partner_after,
)
from dyadscope.classify.derived import (
    DEAL_CONTENTS,
    appeal_charge_of,
    asked_visit,
    called_off_act,
    deal_content,
    goldstein,
    invited_visit,
    named_aid,
    named_supply,
    recoded,
    sanction_charge_of,
    switched_to,
    with_counterpart,
)
from dyadscope.classify.discourse import (
    SPLIT_BY_CODE,
    aid_with_its_own_sum,
    another_document,
    counted_apart,
    dates_fit,
    is_summons,
    other_measures,
    sharper,
)
from dyadscope.classify.domain import event_domain
from dyadscope.classify.event_dates import (
    act_date,
    ahead_in_purpose,
    day_set_for,
    days_before_main,
    in_time,
    main_day_before,
    main_is_news,
    months_before_main,
    own_clause_end,
    still_ahead,
    told_days,
)
from dyadscope.classify.favoured import Welcomed, thanked_for, welcomed_act
from dyadscope.classify.go_betweens import mediators
from dyadscope.classify.groups import coordinated_after, first_group, group_mention, listed_group
from dyadscope.classify.lone_attacks import condemns_told_act, lone_attack_struck, struck_other
from dyadscope.classify.named_clashes import named_clashes
from dyadscope.classify.narrative import spans_time, spans_time_before
from dyadscope.classify.parties import names_another_state
from dyadscope.classify.patterns import Match, Pattern, PatternSet, default_patterns
from dyadscope.classify.precedents import with_precedents
from dyadscope.classify.roles import Roles, find_roles
from dyadscope.classify.status import act_in_view, event_status
from dyadscope.classify.tokens import DOUBLE_QUOTE_MARKS, Token
from dyadscope.classify.transform import TransformRules, transform_events
from dyadscope.classify.trips import visited_at_home
from dyadscope.model import (
    UNDIRECTED_KINDS,
    UNKNOWN_DATE,
    Actor,
    ActorMention,
    DateRef,
    Event,
    Quantity,
    stable_id,
)
from dyadscope.quotes import open_quote

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
_CONSULT_KINDS = frozenset({"meeting", "negotiation", "visit"})
# what a pledge to act is counted as: a promise to cooperate or yield (a vow to strike
# back stays the threat it is)
_PROMISABLE = _COOPERATIVE | {"AGREE"}
# acts done to a side's people or goods, which its protest "over" them tells as done
_GRIEVANCES = frozenset({"coerce"})
# acts one side does to another by speaking, which two sides named together do to no one
_ASKED_OF_OTHERS = frozenset({"request"})
_MUTUAL_WORDS = ("each other", "one another")
# words that tell a thing was to come, before the noun of it a pattern names ("a planned
# visit ... was cancelled")
_PLANNED_THING = frozenset({"planned", "scheduled", "upcoming", "proposed", "expected"})



def _pair_named_before_ref(analysis: SentenceAnalysis) -> tuple[Actor, Actor] | None:
    """ "Peru and Chile recalled their envoys; both countries expelled ...": in a text
    with no pair of its own, "both countries" are the two states the sentence named as
    its subject before it."""
    ref = next(
        (f for f, _, m in analysis.actors_in_order
         if m.kind == "dyad_ref" and (f == 0 or analysis.tokens[f - 1].low != "between")),
        None,
    )  # fmt: skip
    if ref is None:
        return None
    opening = first_group(analysis, ref, 0, frozenset())
    group = [*opening[:1], *coordinated_after(analysis, opening[0])] if opening else []
    spans = [analysis.span_of(m) for m in group]
    if any(span is None or span[0] >= ref for span in spans):
        return None  # both named before "both countries"
    actors = [m.actor for m in group if m.actor is not None and len(m.actor.code) == 3]
    codes = {a.code for a in actors}
    if len(group) != 2 or len(actors) != 2 or len(codes) != 2:
        return None
    return actors[0], actors[1]

class EventCoder:
    """Turns sentence analyses into events. One instance serves a whole run."""

    def __init__(
        self, patterns: PatternSet | None = None, transformations: Sequence[TransformRules] = ()
    ) -> None:
        self.patterns = patterns or default_patterns()
        # verb dictionaries' "X said Y attacked Z" rules (PETRARCH-2 transformations)
        self.transformations = tuple(transformations)
        # event id -> roles and pattern of a dyadic (verb-dictionary) pattern's event
        self._dyadic: dict[str, tuple[Roles, Pattern]] = {}
        # the document, the sentence (its start) and the two sides of its last
        # two-sided event: who "the two sides" of a later sentence are when the
        # document has no pair of its own
        self._last_pair: tuple[str, int, tuple[Actor, Actor]] | None = None
        # the document and the states it has named as go-betweens so far
        self._go_betweens: tuple[str, set[str]] = ("", set())
        # the document and the go-betweens its earlier sentences named, by code: "a
        # ceasefire brokered by Russia ... The ceasefire came into effect on Saturday"
        self._brokers: tuple[str, dict[str, Actor]] = ("", {})
        # the document and the last three or more states a sentence named as one list
        # ("Azerbaijan, Turkey and Pakistan"): who "the three countries" are
        self._last_group: tuple[str, int, tuple[Actor, ...]] | None = None
        # the document and the start of the sentence coded last: "they" in the next
        # sentence may be the list it named
        self._previous: tuple[str, int] = ("", -1)
        # the document and the (accuser, accused) pairs its sentences have coded so far:
        # force a side reports is its accusation only where none is told already
        self._accused: tuple[str, set[tuple[str, str]]] = ("", set())
        # the document and the last measure its sentences coded: what "the move" or "this
        # measure" of a later sentence is
        self._last_act: tuple[str, Event] | None = None
        # ids of events whose pattern codes each side acting on the other (roles "mutual")
        self._mutual: set[str] = set()
        # the document and the states struck by the last attack its sentences told with
        # a doer no state owns ("Militants killed 26 tourists in Pahalgam"): what a later
        # "condemned the attack" is about
        self._lone_attack: tuple[str, set[str]] | None = None
        # the document and the last one-sided act its sentences coded: what "Y followed
        # suit" or "Y did the same" of a later sentence does again
        self._coord_last_act: tuple[str, Event] | None = None


    def code(self, analysis: SentenceAnalysis, ctx: DocContext) -> list[Event]:
        ctx = self._with_told_pair(analysis, ctx)
        listed = _told_before(self._last_group, ctx, analysis.sentence.start)
        as_group = group_mention(analysis, listed) if listed is not None else None
        if as_group is not None:
            # "The three countries pulled their ambassadors from Algeria": the list named
            # before acts, told by its first member (the others join below)
            analysis = replace(analysis, actors=[*analysis.actors, as_group])
        events: list[Event] = []
        last_subject: tuple[ActorMention, ...] = ()
        last_target: ActorMention | None = None
        previous: Match | None = None
        coded_at: dict[int, Event] = {}  # anchor token -> its event
        # the acts favourable reactions are about, with the phrases telling them
        welcomed_at: list[Welcomed] = []
        selected = self._select(analysis)
        # where each verb dictionary's main verb ends (0 for other matches)
        verb_ends = [
            m.end if m.pattern.dyadic and verb_dictionary.is_main_verb(analysis, m.anchor) else 0
            for m in selected
        ]
        for index, match in enumerate(selected):
            if match.pattern.discard:
                continue  # it took its anchor from weaker patterns; it codes nothing
            if match.pattern.kind == "visit" and asked_visit(analysis, match):
                continue  # "invited the sultan to pay a visit to Iran": only the invitation
            if _decides_coded_act(analysis, match, selected[index + 1 :]):
                continue  # "decided to recall its ambassador": the recall is the act
            if asked_along(analysis, match, selected[:index], coded_at):
                continue  # "urged Russia to halt the attacks and return to talks": asked
            if match.pattern.kind not in _TOPIC_ACTS and in_document_topic(
                analysis.tokens, match.start
            ):
                continue  # "an agreement on mutual recognition of diplomas": a topic
            if any(w.start <= match.anchor < w.end and w.act.kind == match.pattern.kind
                   for w in welcomed_at):  # fmt: skip
                continue  # "welcomed the agreement signed by A and B": that act, coded
            promised: str | None = None
            pledged: Event | None = None  # the promise ("agreed to reopen") this act is of
            governed: str | None = None  # the code of "wants to help", "asked Y to help"
            deal: Event | None = None  # the signed deal this act is the content of
            if (
                events
                and syntax.is_infinitive(analysis, match)
                and not syntax.after_own_verb(analysis, previous, match)
                # "prompting Seoul to vow retaliation": Seoul's own act, no purpose
                and syntax.caused_actor(analysis, match) is None
            ):
                pledge = coded_at.get(previous.anchor) if previous else None
                if pledge is None or previous is None:
                    continue  # "began a hunger strike to demand ...": the purpose, not an event
                if match.pattern.dyadic and pledge.status != "negated":
                    # "wants to help Y", "asked Y to provide aid": CAMEO's intent, appeal
                    governed = verb_dictionary.governed(previous.pattern, match.pattern.cameo)
                if governed and self._targeted(pledge):
                    if syntax.asks_actor_to(analysis, previous, match):
                        # "asked Y to provide aid": one appeal for aid, to Y
                        specific = recoded(pledge, governed)
                        events = [specific if e is pledge else e for e in events]
                        coded_at[previous.anchor] = specific
                    continue
                # a verb dictionary's verb with no target ("agreed to lift sanctions on
                # Iran") leaves the coding to its complement, as PETRARCH does
                untargeted = (
                    not self._targeted(pledge)
                    and previous.pattern.dyadic
                    and match.pattern.dyadic
                    and previous.end + 1 == match.start  # only "to" between
                )
                if pledge.kind == "invitation" and match.pattern.kind == "visit":
                    # "invited Aliyev to visit Pakistan": the invitation, and the visit
                    # it asks for, intended by the invited side
                    visit = invited_visit(pledge, match, analysis, ctx)
                    if visit is not None:
                        events.append(visit)
                    continue
                if pledge.kind == "agreement_signed" and match.pattern.kind in DEAL_CONTENTS:
                    # "signed a deal to buy JF-17s from Pakistan": the deal and its
                    # transfer, as told
                    promised, deal = pledge.status, pledge
                elif (is_summons(pledge) and match.pattern.kind not in _SAID_AT_SUMMONS
                      and _right_after(analysis.tokens, previous.end, match.start)):  # fmt: skip
                    # "summoned the ambassador to declare a diplomat persona non grata":
                    # what the summons was for was done at it
                    promised = pledge.status
                elif pledge.kind != "pledge" and not untargeted:
                    continue  # a purpose, not an event
                else:
                    # "agreed to sell howitzers": the promised act, with the promise's status
                    events = [e for e in events if e is not pledge]
                    promised = "negated" if pledge.status == "negated" else "intent"
                    pledged = pledge
                    if governed:
                        promised = "actual"  # "wants to help Y": the stated intent happened
            deal_before = coded_at.get(previous.anchor) if previous is not None else None
            if deal_before is not None and _agreed_too(
                analysis.tokens, previous, match, deal_before
            ):
                continue  # "agreed to restore relations and reopen embassies": one agreement
            # "accused Sudan's army of attacking a town": the charge that tells this act
            charge = (
                deal_before
                if deal_before is not None and previous is not None
                and deal_before.kind == "criticism_hostility"
                and charged_act(analysis, previous, match)
                else None
            )  # fmt: skip
            # "condemned the Indian air strikes on its territory": what a reaction is
            # about, an act done to the reacting side by the side it reacts to
            answer = answered_sides(analysis, match, coded_at)
            # the reaction's direct object: coded only with the sides the reaction gives it
            reacted = (
                answer is not None and answer.reaction and previous is not None
                and syntax.is_object_of(analysis, previous, match)
            )  # fmt: skip
            if (
                previous is not None
                and deal_before is not None
                and deal_content(analysis.tokens, previous, match)
            ):
                # "signed a contract for the supply of howitzers": the deal and the
                # transfer it is for, as "signed a deal to buy howitzers" tells both
                promised, deal = deal_before.status, deal_before
            elif (
                previous is not None
                and not reacted
                and not (match.pattern.dyadic and syntax.is_infinitive(analysis, match))
                and syntax.is_object_of(analysis, previous, match)
                # "is in Athens for meetings with his counterpart": the visit's purpose is
                # an act of its own, as "arrived in Baku for talks" is
                and not (previous.pattern.kind == "visit" and match.pattern.kind in _CONSULT_KINDS)
                # "received the visiting Ethiopian prime minister": "visiting" tells a
                # visit of its own, not just whom the host met
                and not (
                    previous.pattern.kind in _CONSULT_KINDS
                    and match.pattern.kind == "visit"
                    and match.pattern.dyadic
                    and analysis.tokens[match.anchor].low == "visiting"
                )
                and charge is None
            ):
                agreed_truce = (previous.pattern.kind == "agreement_signed"
                                and match.pattern.kind == "ceasefire")  # fmt: skip
                if previous.pattern.kind != "pledge" and not agreed_truce:
                    continue  # "condemned the Indian air strikes": the strikes are its object
                # "agreed on a ceasefire", "reached an agreement on a ceasefire": what was
                # agreed is the event
                agreed = coded_at.pop(previous.anchor, None)
                events = [e for e in events if e is not agreed]
            # "abrogated the treaty signed with the USSR": an act told inside the words of
            # the act before is part of its object, and its doer no subject of the list
            inside_previous = previous is not None and match.start < previous.end
            previous = match
            following = [m.anchor for m in selected[index + 1 :] if not m.pattern.discard]
            verb_before = next((end for end in reversed(verb_ends[:index]) if end), None)
            # ", accusing them of ...", "and closed the border": the main verb's time
            own = [e for e in events if not e.extra.get("answered")]  # the clause's own acts
            main_date = (
                own[-1].date if own and syntax.shares_main_subject(analysis.tokens, match)
                else None
            )  # fmt: skip
            coded = self._event(
                match, analysis, ctx, last_subject, promised, following, verb_before, main_date,
                last_target, charged=charge is not None,
                answered=answer, reacted=reacted,
            )  # fmt: skip
            if coded is None:
                continue
            event, subject, last_target = coded
            if event.kind == "reject" and event.actor2 is None:
                # "accused Pakistan of sponsoring the attack, a charge denied by
                # Islamabad": the denier answers the side the sentence told accusing it
                event = _denied_to_accuser(event, events)
            if charge is not None:
                charged = charged_sides(event, charge)
                if charged is None:
                    continue  # "accused each other of attacks ... brokered by Russia"
                event = charged
            if (
                pledged is not None
                and pledged.kind == "pledge"
                and not match.pattern.dyadic
                and event.plover in _PROMISABLE
            ):
                event = _as_pledge(event, pledged)
            if (
                charge is None  # the accused acts in the charge, not the clause's subject
                and not event.extra.get("answered")  # nor the side whose act is answered
                and not syntax.is_infinitive(analysis, match)
                and not _names_the_noun(analysis, subject, match)
                and not inside_previous
            ):
                # "X's decision to ban ... and threatened": the main verb's subject
                # stays the clause's, not the infinitive's; "attending the SCO summit
                # and holding talks": the summit's name is no one's subject
                last_subject = subject
            if governed:
                event = recoded(event, governed)
            if deal is not None and deal.actor2 is None:
                # the deal's other side is its content's: "signed a contract to buy
                # corvettes from Türkiye" is a contract with Türkiye
                events, coded_at = _swapped(events, coded_at, deal, with_counterpart(deal, event))
            elif deal is not None and event.actor2 is None:
                # the content's other side is the deal's: "France and Armenia signed a
                # contract for the supply of howitzers" supplies Armenia
                event = with_counterpart(event, deal)
            holder = _subsumed_by(event, events)
            if holder is not None:
                # "In preparation for this meeting, X and Y met on Thursday": one
                # meeting, dated as the sentence dates it
                if sharper(event.date, holder.date):
                    dated = replace(holder, date=event.date)
                    events, coded_at = _swapped(events, coded_at, holder, dated)
                continue
            events = [e for e in events if not _subsumed(e, [event])]
            events.append(event)
            coded_at[match.anchor] = event
            supply = named_supply(analysis.tokens, match, event)
            if supply is not None:
                events.append(supply)
            moved = switched_to(event, analysis, match)
            if moved is not None and not _subsumed(moved, events):
                # "switched recognition from Taiwan to China": China recognised too
                events.append(moved)
            lent = named_aid(analysis, match, event)
            if lent is not None and not _subsumed(lent, events):
                # "signed a loan agreement to support Ethiopia's ...": the loan, given
                events.append(lent)
            answered = retaliation_for(event, analysis, match) or grievance_for(
                event, analysis, match
            )
            if answered is not None:
                events.append(answered)
            denied = denied_charge(event, analysis, match)
            if denied is not None and not _subsumed(denied, events):
                # "Venezuela rejected Guyana's claims": Guyana's charge was made
                events.append(denied)
            helped = thanked_for(event, analysis, match)
            if helped is not None and not _subsumed(helped, events):
                # "thanked Turkey for its support": the help was given, by Turkey
                events.append(helped)
            if (helped is not None and helped.kind == "visit" and helped.actor1 is not None
                    and helped.actor2 is not None):
                # "thanked the Ivorian President for visiting Ghana": the guest is the
                # side thanked, not the one thanking
                events[:] = [e for e in events if e is helped or not (
                    e.kind == "visit" and e.actor1 is not None and e.actor2 is not None
                    and e.actor1.code == helped.actor2.code
                    and e.actor2.code == helped.actor1.code
                    and e.source.sentence == helped.source.sentence)]
            appeal_charge = appeal_charge_of(event, analysis, match, ctx)
            if appeal_charge is not None and not _subsumed(appeal_charge, events):
                # "asked the Security Council to stop Thailand's aggression": an appeal
                # to the body and an accusation of Thailand
                events.append(appeal_charge)
            called_off = called_off_act(event, analysis, match, ctx)
            if called_off is not None and not _subsumed(called_off, events):
                # "cancelled a visit to Turkey planned for Wednesday": the visit, not held
                events.append(called_off)
            ground_charge = sanction_charge_of(event, analysis, match)
            if ground_charge is not None and not _subsumed(ground_charge, events):
                # "expelled three Russian diplomats accused of hostile actions": the
                # expelling side accuses the other
                events.append(ground_charge)
            welcomed = welcomed_act(event, analysis, match)
            if welcomed is not None:
                welcomed_at.append(welcomed)
                if not _subsumed(welcomed.act, events):
                    # "praised the talks with Mitsotakis": the talks took place
                    events.append(welcomed.act)
            reported = reported_charge(event, analysis, match) if charge is None else None
            if reported is not None and not self._accused_before(ctx, reported, events):
                events.append(reported)
            # "were signed in 1936, 1946, 1966 and 1991": the act once at each date
            dates_listed = listed_after(analysis, event)
            events += [
                replace(event, id=stable_id(event.id, when.start), date=when)
                for when in dates_listed
            ]
            if event.kind == "agreement_signed" and not dates_listed and not match.pattern.dyadic:
                # "signed a trade agreement, a civil aviation agreement and a textile
                # agreement": one signed document each
                events += [
                    replace(event, id=stable_id(event.id, f"document {noun}"),
                            actor2=partner_after(analysis, noun) or event.actor2,
                            extra={**event.extra, "listed": True})
                    for noun in documents_listed(analysis, match)
                ]  # fmt: skip
        events = [_dated_by_talks(event, events) for event in events]
        events = [each for event in events for each in _each_host(event)]
        events = [each for event in events for each in _coord_each_doer(event)]
        if self.transformations:
            events = transform_events(
                self.transformations, self.patterns, analysis, ctx, events, coded_at
            )
        out = [split for event in events for split in self._dyadic_events(event)]
        out = [way for event in out for way in self._both_ways(event)]
        self._dyadic.clear()
        self._mutual.clear()
        paired = [pair for event in out for pair in _bilateral_pairs(event)]
        ranked = captures_behind(with_precedents(paired, analysis), analysis)
        if as_group is not None and listed is not None:
            ranked = [_group_joined(event, listed) for event in ranked]
        found = self._with_group(analysis, ctx, ranked + named_clashes(analysis, ctx, ranked))
        found = without_condemned_in_sympathy(found)
        found = self._with_brokers_before(analysis, ctx, found)
        self._remember_pair(analysis, ctx, found)
        found = self._with_retold_answer(analysis, ctx, found)
        found = self._coord_followed_suit(analysis, ctx, found)
        found = self._without_lone_attack_charged(analysis, ctx, found)
        found = [
            swapped for e in found
            if (swapped := _complainer_struck(analysis, e)) is not None
        ]
        self._accused = (ctx.doc_id, _this_document(self._accused, ctx) | _accusations(found))
        return found

    def _without_lone_attack_charged(
        self, analysis: SentenceAnalysis, ctx: DocContext, found: list[Event]
    ) -> list[Event]:
        """ "Militants killed 26 tourists in Pahalgam. Pakistan condemned the attack.": the
        attack condemned is the one told before, by a group no state owns; the side it
        struck, which the story's pair would give the condemnation, is not accused."""
        lone = self._lone_attack
        if lone is not None and lone[0] == ctx.doc_id:
            struck = lone[1]
            found = [
                e for e in found
                if not (condemns_told_act(e, analysis) and struck_other(e, struck))
            ]
        told = lone_attack_struck(analysis, found)
        if told is not None:
            self._lone_attack = (ctx.doc_id, told)
        elif lone is not None and (lone[0] != ctx.doc_id or any(
            e.kind in ("armed_clash", "coerce") for e in found
        )):
            self._lone_attack = None  # a state's act of force is the story's last attack
        return found

    def _with_retold_answer(
        self, analysis: SentenceAnalysis, ctx: DocContext, found: list[Event]
    ) -> list[Event]:
        """ "Russia expelled 23 British diplomats. The move comes in response to Britain's
        decision ...": the story's last measure (the first of the last sentence that
        told one; not an act told since), retold as what this sentence says it answers,
        accuses the side whose act it answers (unless the document told that accusation
        already); then this sentence's first measure, if any, is the story's last."""
        last = self._last_act
        if last is not None and last[0] == ctx.doc_id:
            charge = retold_answer(last[1], analysis)
            if charge is not None and not self._accused_before(ctx, charge, found):
                found = [*found, charge]
        # the measures taken: not the act a measure answers, nor a charge (said, not done)
        acts = [e for e in found if not e.extra.get("answered") and e.plover != "ACCUSE"
                and e.kind in ("sanction", "coerce") and e.status == "actual"]
        if acts:
            # the sentence's first act is its main clause's ("expelled two diplomats and
            # ordered ... to leave"): what "the move" retells
            self._last_act = (ctx.doc_id, acts[0])
        return found

    def _coord_followed_suit(
        self, analysis: SentenceAnalysis, ctx: DocContext, found: list[Event]
    ) -> list[Event]:
        """ "Colombia withdrew its envoy. Venezuela followed suit later in the day", "the
        three countries pulled their ambassadors from Algeria, and Algeria did the same on
        Monday": the state named just before "followed suit" or "did the same" did again
        the story's last one-sided act (the one told before it in the sentence, else the
        last sentence's), to its target, or back to its doer where it was the target;
        dated by a day told after the words, else as that act. Asked, planned or
        conditional ("urged Y to follow suit", "is due to follow suit") is not done."""
        said = _COORD_FOLLOWED.search(analysis.sentence.text)
        if said is not None:
            again = self._done_again(analysis, ctx, found, said)
            if again is not None:
                found = [*found, again]
        mine = [e for e in found if e.kind in _COORD_REPEATABLE and e.status == "actual"
                and e.actor1 is not None and e.actor2 is not None]
        if mine:
            self._coord_last_act = (ctx.doc_id, mine[0])
        return found

    def _done_again(
        self, analysis: SentenceAnalysis, ctx: DocContext, found: list[Event], said: re.Match[str]
    ) -> Event | None:
        """The act the state named before "followed suit" (``said``) did again, or None
        where none is told or the state is the act's own doer."""
        low = analysis.sentence.text.lower()
        earlier = [
            e for e in found
            if e.kind in _COORD_REPEATABLE and e.status == "actual" and e.actor2 is not None
            and 0 <= low.find(str(e.extra.get("trigger", "")).lower() or "\0") < said.start()
        ]  # fmt: skip
        last = self._coord_last_act
        act = earlier[-1] if earlier else (
            last[1] if last is not None and last[0] == ctx.doc_id else None)
        named = [m for m in analysis.actors
                 if m.end <= said.start() and m.actor is not None and m.kind != "location"]
        doer = max(named, key=lambda m: m.end).actor if named else None
        if act is None or doer is None or act.actor1 is None or act.actor2 is None:
            return None
        if doer.code == act.actor1.code:
            return None  # the act's own doer: nothing done again
        # the act's target doing it back turns it on the doer
        target = act.actor1 if doer.code == act.actor2.code else act.actor2
        told = [d.date for d in analysis.dates if d.start >= said.end()]
        return replace(
            act, id=stable_id(act.id, f"suit {analysis.sentence.start}"),
            actor1=doer, actor2=target, others=(),
            date=told[0] if told else act.date,
            source=analysis.source(ctx),
        )

    def _accused_before(self, ctx: DocContext, charge: Event, events: Sequence[Event]) -> bool:
        """Has the document (or this sentence) told this side's accusation of the other
        already ("China accused India of upping the ante. China's spokesperson said that
        Indian troops attacked ...", "condemned the strikes, which it said ...")?"""
        told = _this_document(self._accused, ctx) | _accusations(events)
        return bool(_accusations([charge]) & told)

    def _with_group(
        self, analysis: SentenceAnalysis, ctx: DocContext, events: list[Event]
    ) -> list[Event]:
        """ "the trilateral meeting held by speakers of the three countries' parliaments",
        "The states convened for a trilateral meeting, during which they agreed ...": a
        joint act told of a group of three or more, named before as one list, is the
        whole group's (its own sides first where they are members)."""
        start = analysis.sentence.start
        group = self._group_meant(analysis, ctx)
        named = listed_group(analysis)
        if named is not None:
            self._last_group = (ctx.doc_id, start, named)
        self._previous = (ctx.doc_id, start)
        if group is None:
            return events
        codes = {a.code for a in group}
        out = []
        for event in events:
            parties = {a.code for a in event.parties()}
            if event.kind in _JOINT_KINDS and parties != codes:
                # its own sides first if they are members ("they agreed": the group)
                own = list({a.code: a for a in event.parties() if a.code in codes}.values())
                members = own if parties <= codes else []
                members += [a for a in group if a.code not in {m.code for m in members}]
                event = replace(
                    event, actor1=members[0], actor2=members[1], others=tuple(members[2:])
                )
            out.append(event)
        return out

    def _group_meant(
        self, analysis: SentenceAnalysis, ctx: DocContext
    ) -> tuple[Actor, ...] | None:
        """The group an earlier sentence named as one list, where this sentence tells of
        a group ("trilateral", "the three countries")."""
        text = analysis.sentence.text.lower()
        group = _told_before(self._last_group, ctx, analysis.sentence.start)
        if group is None or _GROUP_REFERENCE.search(text):
            return group
        # "... the heads of the railway companies of Afghanistan, Kazakhstan, Pakistan,
        # Russia, and Uzbekistan. In December that year, they met in Tashkent"
        told_last = self._last_group is not None and self._previous == (
            ctx.doc_id, self._last_group[1])
        return group if told_last and re.search(r"\bthey\b", text) else None

    def _with_told_pair(self, analysis: SentenceAnalysis, ctx: DocContext) -> DocContext:
        """ "Sharif met Aliyev in Astana. The two sides renewed their commitment ...": in
        a document with no pair of its own, "the two sides" are the last two-sided
        event's."""
        between = self._go_betweens_so_far(analysis, ctx)
        pair = _told_before(self._last_pair, ctx, analysis.sentence.start)
        if pair is None and ctx.dyad is None:
            pair = _pair_named_before_ref(analysis)
        if pair is None:
            return ctx
        if between and not any(a.code in between for a in pair) and (
            ctx.dyad is None or any(a.code in between for a in ctx.dyad)
        ):
            # "X and Y agreed to a ceasefire ... talks mediated by Qatar and Turkey": the
            # sides told last, not the go-betweens a text names more often than them
            return replace(ctx, dyad=pair)
        if ctx.dyad is not None:
            return ctx
        if not any(
            m.kind == "dyad_ref" and (first == 0 or analysis.tokens[first - 1].low != "between")
            for first, _, m in analysis.actor_at
        ):
            return ctx  # "relations between the two nations": a relation, not the sides acting
        return replace(ctx, dyad=pair)

    def _go_betweens_so_far(self, analysis: SentenceAnalysis, ctx: DocContext) -> set[str]:
        """The states the document has named as go-betweens up to this sentence ("talks
        under Qatari and Turkish mediation")."""
        found = {
            m.actor.code for m in mediators(analysis, 0, len(analysis.tokens))
            if m.actor is not None
        }  # fmt: skip
        named = _this_document(self._go_betweens, ctx) | found
        self._go_betweens = (ctx.doc_id, named)
        return named

    def _with_brokers_before(
        self, analysis: SentenceAnalysis, ctx: DocContext, events: Sequence[Event]
    ) -> list[Event]:
        """ "a ceasefire deal brokered by Russia ... The ceasefire came into effect on
        Saturday": a joint act of two sides takes the go-betweens earlier sentences of
        the document named as further parties."""
        before = self._brokers[1] if self._brokers[0] == ctx.doc_id else {}
        out = []
        for event in events:
            parties = {a.code for a in event.parties()}
            if (
                before
                and event.kind in cues().mediated_kinds
                and event.actor1 is not None
                and event.actor2 is not None
                and not parties & before.keys()
            ):
                event = replace(
                    event, others=(*event.others, *before.values()),
                    extra={**event.extra, "go_betweens": (
                        *event.extra.get("go_betweens", ()), *before)},
                )  # fmt: skip
            out.append(event)
        named = {
            m.actor.code: m.actor for m in mediators(analysis, 0, len(analysis.tokens))
            if m.actor is not None
        }  # fmt: skip
        self._brokers = (ctx.doc_id, {**before, **named})
        return out

    def _remember_pair(
        self, analysis: SentenceAnalysis, ctx: DocContext, coded: Sequence[Event]
    ) -> None:
        """Keep the two sides of the sentence's last two-sided event."""
        for event in reversed(coded):
            first, second = event.actor1, event.actor2
            if first is not None and second is not None and first.code != second.code:
                pair = (_side(first), _side(second))
                self._last_pair = (ctx.doc_id, analysis.sentence.start, pair)
                return

    def _targeted(self, event: Event) -> bool:
        """Has ``event`` a target of its own, not only a co-subject ("X and Y seek ...")?"""
        held = self._dyadic.get(event.id)
        return event.actor2 is not None and not (held and held[0].reciprocal)

    def _dyadic_events(self, event: Event) -> list[Event]:
        held = self._dyadic.get(event.id)
        if held is None:
            return [event]
        roles, pattern = held
        return verb_dictionary.dyadic_events(event, roles, pattern)

    def _both_ways(self, event: Event) -> list[Event]:
        """ "A prisoner swap between X and Y": X's act on Y and Y's on X."""
        if event.id not in self._mutual or event.actor2 is None:
            return [event]
        back = replace(
            event, id=stable_id(event.id, "back"), actor1=event.actor2, actor2=event.actor1
        )
        return [event, back]

    def _select(self, analysis: SentenceAnalysis) -> list[Match]:
        spans = [(first, last) for first, last, _ in analysis.actor_at]
        found = self.patterns.matches(analysis.tokens, spans, analysis.word_set)
        return verb_dictionary.select(found, analysis)

    def _event(
        self,
        match: Match,
        analysis: SentenceAnalysis,
        ctx: DocContext,
        last_subject: tuple[ActorMention, ...],
        promised: str | None = None,
        following: Sequence[int] = (),
        verb_before: int | None = None,
        main_date: DateRef | None = None,
        last_target: ActorMention | None = None,
        *,
        charged: bool = False,
        answered: Answered | None = None,
        reacted: bool = False,
    ) -> tuple[Event, tuple[ActorMention, ...], ActorMention | None] | None:
        tokens = analysis.tokens
        pattern = match.pattern
        if pattern.dyadic and not verb_dictionary.is_verb_use(analysis, match.anchor):
            return None  # a verb dictionary codes verbs: "a surprise visit" is none
        if syntax.is_told_content(tokens, match.start) and not charged:
            return None  # "accused X of supplying arms": what is alleged, not an event
        if syntax.is_act_to_end(tokens, match.start) and not pattern.dyadic:
            return None  # "urged an end to the attacks": what the call is about
        if not pattern.dyadic and syntax.is_generic_mention(analysis, match):
            return None  # "cooperation goes beyond joint exercises": no exercise told
        if syntax.is_part_of_name(analysis, match.anchor):
            return None  # "Foreign Minister Ram Sharan Mahat met": no ramming
        first = syntax.clause_start(analysis, match.start)
        end = syntax.clause_end(analysis, match.end)
        if pattern.dyadic:
            end = verb_dictionary.phrase_end(analysis, match, end, following)
        consult = pattern.kind in _CONSULT_KINDS and not pattern.dyadic
        noun = syntax.is_noun_head(tokens, match.anchor) or (
            tokens[match.anchor].low in cues().event_nouns
        )
        # "protested over the detention of its citizens": a coercion the protest is over
        grievance = pattern.kind in _GRIEVANCES and tokens[match.anchor].low in cues().patient_nouns
        # "the planned visit was cancelled": what was planned is the thing called off, the
        # calling off was done
        planned_thing = match.start < match.anchor and tokens[match.start].low in _PLANNED_THING
        status = promised or event_status(
            tokens, match.start + 1 if planned_thing else first,
            match.start + planned_thing, match.end, consult=consult, noun=noun,
            grievance=grievance,
        )
        # "sanctions against Turkey over the downing of its jet": the act answered was
        # done, where its sides are the answering act's (checked with its roles below)
        only_answered = status is None and answered is not None and event_status(
            tokens, first, match.start, match.end, noun=noun, grievance=True
        ) is not None
        if only_answered:
            status = "actual"
        if (status is None and noun and pattern.plover in _PROMISABLE
                and act_in_view(tokens, match.start)):  # fmt: skip
            status = "intent"  # "ahead of a possible visit by the minister": an act in view
        if status is None and pattern.dyadic:
            status = "intent"  # a verb dictionary codes modal wording too ("would act")
        if (pattern.kind == "invitation" and status == "intent"
                and tokens[match.start].low in ("at", "on", "upon")
                and not _intends_first(tokens, first, match.start)):  # fmt: skip
            status = "actual"  # "at the invitation of X, Y visited": taken up, so it was made
        if (pattern.plover == "REQUEST" and pattern.kind != "invitation" and status == "intent"
                and tokens[match.anchor].low in cues().intent
                and not _intends_first(tokens, first, match.start)):  # fmt: skip
            status = "actual"  # "sought clarification from India": seeking is the request made
        threat = _threat_code(pattern.kind, status, tokens, first, match)
        if (pattern.plover == "THREATEN" and not pattern.dyadic and status != "negated"
                and not _mused_threat(tokens, match.start)):  # fmt: skip
            # "will strike back if ...": a threat is made by saying what would follow
            status = "actual"
        if status is None:
            return None
        domain = event_domain(pattern.domain, tokens, match.start, match.end)
        kind, plover, cameo = pattern.kind, pattern.plover, pattern.cameo
        if threat is not None and not pattern.dyadic:
            # "would halt oil exports unless Juba ...": the act is held out as a threat
            kind, plover, cameo, status = "criticism_hostility", "THREATEN", threat, "actual"
        # a verb dictionary's code is its coder's decision and is kept as written
        if kind == "recognition" and status == "negated" and not pattern.dyadic:
            kind, plover, cameo, status = "non_recognition", "REJECT", "120", "actual"
        refused = verb_dictionary.refusal(cameo) if pattern.dyadic and status == "negated" else None
        if refused is not None:  # "would not give permission": a refusal to yield (124)
            (kind, plover, cameo), status = refused, "actual"
        if kind == "arms_interest" and status != "negated":
            status = "intent"
        if kind == "pledge" and status == "intent":
            status = "actual"  # "pledged to double trade": the pledge itself happened
        if status in ("intent", "planned") and plover in _COOPERATIVE and not pattern.dyadic:
            # a promise or plan to cooperate is itself an AGREE (CAMEO 03x)
            plover, cameo = "AGREE", _intent_code(plover, domain)
        if kind == "criticism_hostility" and not pattern.dyadic and _saying(
            tokens, match.anchor
        ):
            return None  # "thousands marched in Goma, denouncing Rwanda": the protest's cry
        roles = find_roles(
            match, kind, analysis, ctx, (first, end), last_subject, verb_before, last_target,
            answered,
        )
        if (
            roles is None and kind in _JOINT_KINDS and not pattern.dyadic
            and (group := self._group_meant(analysis, ctx)) is not None
        ):  # fmt: skip
            # "The states convened in Islamabad for a trilateral meeting": a joint act
            # naming no state of its own is the group's the text named last as one list
            roles = Roles(group[0], group[1], group[2:], False, False)
        if roles is None or ((only_answered or reacted) and not roles.answered):
            return None
        if answered is not None and roles.answered and status in ("planned", "intent"):
            # "will hand him a letter of protest over recent Turkish airstrikes": what a
            # reaction is about was done, whatever is said of the reaction itself
            status = "actual"
        if (kind == "meeting" and not pattern.dyadic and not roles.reciprocal
                and _home_meeting(analysis, match)):  # fmt: skip
            return None  # "May chaired an emergency meeting of ministers": no other side
        if (kind in ("meeting", "negotiation") and not pattern.dyadic and not roles.reciprocal
                and _partner_from_speech(analysis, match, roles)):  # fmt: skip
            # "the president said at a meeting in Brussels that Russia must withdraw": the
            # meeting is where one spoke; its partner is only one named with it
            return None
        if (kind == "meeting" and not pattern.dyadic
                and _body_own_session(analysis, match, roles)):  # fmt: skip
            # "during an OPEC meeting in Algeria, Iran and Iraq signed ...": the body's own
            # session is where something else happened, no meeting of one state with it
            return None
        if (kind in _ASKED_OF_OTHERS and roles.reciprocal and not pattern.dyadic
                and _joined_by_and(analysis, roles)
                and not _each_other(tokens, match.start, end)):  # fmt: skip
            # "Iran and Tajikistan called for the expansion of ties", "the AU and the UN
            # urged an end to the violence": a call both make together, of no one of them
            return None
        if kind == "reject" and _insisted_charge(analysis, match, roles.actor1):
            return None  # "insisted that Russia has continued the bombings": a charge, not a denial
        if _is_decision(tokens, match) and not (
            roles.reciprocal or roles.via_dyad_ref or len(roles.subject) > 1
            or any(t.low == "they" for t in tokens[max(first, match.start - 3) : match.start])
        ):
            return None  # "Estonia decided to request talks": one side's decision, no pledge
        if (kind == "military_exercise" and not pattern.dyadic and len(roles.subject) <= 1
                and _drills_at_the_border(tokens, match)):  # fmt: skip
            # "Iran's army began military exercises near its border with Azerbaijan": one
            # side's drills at the other's door are a show of force, not a joint exercise
            shown = find_roles(
                replace(match, pattern=replace(pattern, roles="s>o")), "mobilize", analysis,
                ctx, (first, end), last_subject, verb_before, last_target,
            )  # fmt: skip
            if shown is not None:
                kind, plover, cameo, roles = "mobilize", "MOBILIZE", "150", shown
        if (kind == "arms_transfer" and status == "intent" and roles.actor2 is not None
                and pattern.roles == "o>s" and not pattern.dyadic):  # fmt: skip
            # "Azerbaijan is keen to buy JF-17s from Pakistan": a buyer's interest, told
            # from the buyer to the supplier ("will buy" under a deal stays a transfer)
            kind, plover, cameo = "arms_interest", "AGREE", "0312"
            roles = replace(roles, actor1=roles.actor2, actor2=roles.actor1)
        if (
            kind == "aid_project"
            and roles.actor2 is not None
            and _announced_giver(analysis, match) == roles.actor2.code
            and roles.actor1.code != roles.actor2.code
        ):
            # "Pakistan announced that China rolled over a loan": the state the announced
            # clause opens with gives; the announcer gets
            roles = replace(roles, actor1=roles.actor2, actor2=roles.actor1)
        if (kind == "aid_project" and roles.reciprocal and not pattern.dyadic
                and not any(e.slot == "$" for e in pattern.elements)):  # fmt: skip
            # "Turkmenistan and Afghanistan launched the TAPI project": a joint project,
            # not aid from one to the other; a giver the pattern names ("a line of
            # credit from India") still gives
            kind, plover, cameo = "economic_cooperation", "COOPERATE", "061"
        if kind == "visit" and not pattern.dyadic and _things_arriving(analysis, roles, match):
            if not _RELIEF & {t.low for t in tokens}:
                return None  # "Turkish warplanes landed in Karachi": no visitor
            # "two planes loaded with relief aid from Qatar arrived at Port Sudan": aid
            kind, plover, cameo = "aid_project", "AID", "073"
        if _nonstate_private_side(kind, roles.actor1, roles.actor2):
            return None  # "the Japanese tennis player arrived in Delhi": no state's act
        if kind == "visit" and _envoy_taking_post(analysis, roles, match):
            return None  # "the arrival in Caracas of the Colombian Ambassador": a posting
        if (kind == "visit" and not pattern.dyadic
                and visited_at_home(analysis, match, roles.actor1)):  # fmt: skip
            return None  # "as he visited Kaliningrad", "visited the Chinese embassy": at home
        if (
            kind == "armed_clash"
            and (roles.actor1.sector == "COP" or tokens[match.anchor - 1].low == "police")
            and tokens[match.anchor].low.startswith(_RAIDS)
            and not pattern.dyadic
        ):
            # "Russian police raided the offices of an Azerbaijani group": a raid by
            # police is coercion, not force
            kind, plover, cameo = "coerce", "COERCE", "172"
        if kind == "coerce" and not pattern.dyadic and _expels_envoys_named(tokens, match.anchor):
            # "accused one of Estonia's consuls of spying and expelled him": the envoys
            # named before are sent away, a diplomatic sanction, not a deportation
            kind, plover, cameo = "sanction", "SANCTION", "166"
        if kind == "armed_clash" and not pattern.dyadic and _crowd(roles.actor1):
            # "Argentine protesters occupied the bridge", "protesters stormed the embassy":
            # people in the street, not armed force
            kind, plover, cameo = "protest", "PROTEST", "141"
        if (
            kind == "protest"
            and cameo == "140"
            and not pattern.dyadic
            and _official(roles.actor1)
            and not _in_the_street(tokens, match.anchor)
        ):
            # "Nepal conveyed its protests": a state protests diplomatically (ACCUSE)
            kind, plover, cameo = "criticism_hostility", "ACCUSE", "111"
        elif (
            kind == "criticism_hostility"
            and tokens[match.anchor].low.startswith("protest")
            and not pattern.dyadic
            and roles.actor1 is not None
            and not _official(roles.actor1)
        ):
            # "Thousands of Pakistanis protested against France": people in the street
            kind, plover, cameo = "protest", "PROTEST", "140"
        sentence = analysis.sentence
        confidence = 0.9 - (0.25 if roles.inferred else 0.0) - (0.1 if roles.via_dyad_ref else 0.0)
        if roles.from_context:
            confidence = 0.4
        trigger = sentence.text[tokens[match.start].start : tokens[match.end - 1].end]
        # "18 documents were also signed": an "also" before the verb the phrase ends on
        told_at = max(match.start, match.anchor)
        date = in_time(
            act_date(
                analysis, match.anchor, first, end, status, main_date, following,
                _asked_for(tokens, match) if kind == "invitation"
                else _purpose_to_discuss(tokens, match) if kind == "request" else None,
                reaction=kind in _REACTIONS
                and not tokens[match.anchor].low.startswith(_CHARGES),
                answer=kind in _ANSWERS,
            ),
            status,
            ctx.date,
            sentence.text.find(" ", tokens[match.anchor].start),
            sentence.text,
            told_days(analysis),
        )
        if kind in _CONSULT_KINDS and noun and (
            set_for := day_set_for(analysis, match.anchor, ctx.date)
        ):
            # "a meeting between Trump and Kim, originally scheduled for June 12": that day
            date = set_for
        if kind == "agreement_signed" and (marked := years_marked(tokens, match.anchor)):
            # "celebrate the 60th anniversary of the Elysee Treaty": signed 60 years before
            date = years_back(date, marked, ctx.date)
        told_after = main_day_before(analysis, date, match.anchor)
        if answered is not None and roles.answered:
            # "recalled its envoy on Wednesday after an Iranian strike a day earlier": the
            # act answered came before the answer, on a day of its own
            date = answered_date(analysis, answered, end, date, ctx.date)
        if (
            status in ("actual", "planned")
            and still_ahead(date, ctx.date)
            and ahead_in_purpose(analysis, match.anchor, date)
        ):
            # "issued a flight ban to begin next month", "agreed to declare 2025 the Year
            # of ...": the time ahead is of what was decided, not of the decision, which
            # was made when the story tells it
            date, status = UNKNOWN_DATE, "actual"
        if status == "actual" and still_ahead(date, ctx.date):
            status = "planned"  # "when he visits Azerbaijan in November this year"
        event = Event(
            id=stable_id(ctx.doc_id, sentence.start, kind, tokens[match.anchor].start),
            kind=kind,
            plover=plover,
            cameo=cameo,
            goldstein=goldstein(cameo),
            domain=domain,
            status=status,
            actor1=roles.actor1,
            actor2=roles.actor2,
            others=roles.others,
            date=date,
            quantities=_quantities(kind, analysis, first, end),
            source=analysis.source(ctx),
            confidence=confidence,
            extra={
                "trigger": trigger,
                "pattern": pattern.source,
                # "will visit Bhutan and Nepal": the further places of one trip
                "further_hosts": _further_hosts(kind, match, analysis, roles),
                # "Spain and Norway recognised ...", "X and Y are expected in Kenya for
                # state visits": each doer's own act
                "further_doers": _coord_further_doers(kind, roles),
                # "Since then X has invited ...": a span before the act or in its clause
                # "accusing Iran of not taking threats seriously in the past": a span
                # after a charge's verb tells what is charged, not when it was said
                "spans_time": spans_time_before(analysis, match.anchor)
                or (
                    kind not in cues().statement_kinds
                    and spans_time(
                        analysis, match.anchor, own_clause_end(tokens, match.anchor, end)
                    )
                ),
                "tense": syntax.tense(tokens, match.anchor),
                "days_before_main": days_before_main(tokens, match.start)
                if date.start is None and not date.text
                else None,
                "months_before_main": months_before_main(tokens, match.start)
                if date.start is None and not date.text
                else None,
                "main_is_news": main_is_news(tokens, match.start),
                # "recalled its envoy on Wednesday after Iran violated its airspace": the
                # main clause's day, which the act preceded
                "after_main": told_after,
                "quoted": open_quote(sentence.text[: tokens[match.anchor].start]) is not None,
                # "the two sides signed ..." tells again what they did, unless it adds an
                # act ("The leaders also signed a joint statement"; "also discussed" is
                # more of the same talks)
                "definite": syntax.is_definite(analysis, match) or (
                    roles.via_dyad_ref
                    and (kind in _CONSULT_KINDS
                         or not syntax.is_additive(analysis, first, told_at))
                ),
                "indefinite": syntax.is_indefinite(analysis, match),
                "both_sides": roles.via_dyad_ref,  # "the two sides", "the leaders"
                # "the visit", "the talks" with no side of their own: a reference back
                "anaphoric": syntax.is_bare_reference(analysis, match),
                # "The attack has strained ties between X and Y", "the expulsion sparked
                # a row": an act named with no doer of its own, its sides only the
                # pair the sentence or the story names, in no order of the act's
                "doerless": syntax.is_definite(analysis, match)
                and (roles.from_between or roles.from_context),
                "additive": syntax.is_additive(analysis, first, told_at),
                # "downgraded ties, recalling its envoy and shutting its embassy": how the
                # ties were cut, one act with the cutting
                "ties_how": kind == "sanction"
                and _ties_cut_how(sentence.text, tokens[match.anchor].start),
                "sequenced": syntax.is_sequenced(analysis, match),
                # the sentence named nobody: the sides are the document's, unordered
                "sides_from_context": roles.from_context,
                # "clashed", "exchanged fire": an act of both sides at once, its order the text's
                # (fighting only placed on a border is told by its sides' own accounts
                # after it, each of which is an attack of its own)
                "mutual": pattern.roles == "sym" and not roles.on_border,
                "reflexive": roles.reflexive,
                "answered": roles.answered,
                # the further parties named as brokering it, not as acting in it
                "go_betweens": roles.go_betweens,
                "others_named": roles.actor2 is None
                and names_another_state(analysis, roles.actor1, ctx.dyad),
            },
        )
        if pattern.dyadic:
            self._dyadic[event.id] = (roles, pattern)
        if pattern.mutual or _envoys_both_ways(tokens, match, kind, roles):
            self._mutual.add(event.id)
        return event, roles.subject, roles.target or last_target


# "recalled their ambassadors", "withdrew their respective envoys", "expelled each other's
# diplomats": the words after the verb that give each side's envoys to its own act
_EACH_OWN = frozenset({"their", "respective", "each"})
_EACH_OTHERS = frozenset({"respective", "each"})


def _envoys_both_ways(
    tokens: Sequence[Token], match: Match, kind: str, roles: Roles
) -> bool:
    """ "Colombia and Venezuela recalled their ambassadors", "the two countries expelled
    each other's diplomats": two sides named together, no other target, each recalling its
    own envoy from (or expelling the envoys of) the other: one act each way."""
    if kind != "sanction" or roles.actor2 is None or not (roles.reciprocal or roles.via_dyad_ref):
        return False
    verb = tokens[match.anchor].low
    words = {t.low for t in tokens[match.anchor + 1 : match.anchor + 4]}
    if verb.startswith(("recall", "withdr")):
        return bool(words & _EACH_OWN)
    return verb.startswith("expel") and bool(words & _EACH_OTHERS)


_Kept = TypeVar("_Kept")


def _denied_to_accuser(event: Event, events: Sequence[Event]) -> Event:
    """A denial with no other side of its own, told after a charge against the denier in
    the same sentence ("X accused Y of ..., a charge Y denies"): the denier rejects the
    accuser's charge."""
    if event.actor1 is None:
        return event
    accuser = next(
        (e.actor1 for e in reversed(events)
         if e.kind == "criticism_hostility" and e.actor1 is not None
         and e.actor2 is not None and e.actor2.code == event.actor1.code
         and e.actor1.code != event.actor1.code),
        None,
    )  # fmt: skip
    return event if accuser is None else replace(event, actor2=accuser)


def _accusations(events: Sequence[Event]) -> set[tuple[str, str]]:
    return {
        (e.actor1.code, e.actor2.code) for e in events
        if e.plover == "ACCUSE" and e.actor1 is not None and e.actor2 is not None
    }  # fmt: skip


def _this_document(kept: tuple[str, set[_Kept]], ctx: DocContext) -> set[_Kept]:
    """What the sentences of this document have gathered so far (its go-betweens, its
    accusations); nothing when ``kept`` is another document's."""
    doc, gathered = kept
    return gathered if doc == ctx.doc_id else set()


def _told_before(
    kept: tuple[str, int, _Kept] | None, ctx: DocContext, start: int
) -> _Kept | None:
    """What an earlier sentence of this document left behind (its last pair or group of
    sides); None when it is another document's, or a later sentence's from an earlier
    run over the same text."""
    if kept is None or kept[0] != ctx.doc_id or kept[1] >= start:
        return None
    return kept[2]


# a group told as one: "trilateral", "the three countries", "three-way"
_GROUP_REFERENCE = re.compile(
    r"\b(?:trilateral|three-way|(?:the|all) (?:three|four) (?:countries|states|nations|leaders|"
    r"sides|parties|presidents|ministers|governments))\b"
)
# acts the members of a group do together
_JOINT_KINDS = frozenset(
    {"meeting", "negotiation", "agreement_signed", "military_exercise", "pledge",
     "support_statement", "economic_cooperation", "ceasefire"}
)


_EXERCISES = frozenset(
    {"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver",
     "maneuvers", "wargame", "wargames"}
)
_AT_THE_DOOR = frozenset({"near", "around", "along", "off", "encircling", "surrounding"})
_TOGETHER = frozenset(
    {"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational", "with",
     "between"}
)


def _drills_at_the_border(tokens: Sequence[Token], match: Match) -> bool:
    """Is the match an exercise held "near", "around" or "off" a place ("drills around
    the island", "exercises near its border with Azerbaijan"), with no word that makes it
    a joint one ("joint drills", "drills with Turkey")?"""
    words = [t.low for t in tokens[max(0, match.start - 3) : match.end + 5]]
    together = _TOGETHER & set(words[: len(words) - 5])
    at = next((i for i, w in enumerate(words) if w in _EXERCISES), None)
    if at is None or together:
        return False
    # "held on Friday near the border": the place may follow the day
    held_near = any(w in _AT_THE_DOOR for w in words[at + 1 : at + 5])
    # "its military exercise", "China's drills": one side's own, named as its
    owner = at - 1
    while owner >= 0 and words[owner] in _EXERCISE_MODIFIERS:
        owner -= 1
    own = owner >= 0 and (words[owner] == "its" or words[owner].endswith(("'s", "\u2019s")))
    return held_near or own


# words between an exercise and its owner ("its large-scale naval exercises")
_EXERCISE_MODIFIERS = frozenset(
    {"military", "naval", "army", "air", "live-fire", "large-scale", "annual", "new", "latest",
     "own", "war", "combat"}
)


# a hostile act held out on a condition is a threat of it (CAMEO 13x)
_THREAT_CODES = {"armed_clash": "138", "mobilize": "138", "sanction": "1312", "coerce": "130"}
_CONDITIONS = frozenset({"unless", "if"})
_STATEMENT_ENDS = frozenset({".", ";", "!", "?"})


def _threat_code(
    kind: str, status: str | None, tokens: Sequence[Token], first: int, match: Match
) -> str | None:
    """The CAMEO threat code when the act "would" or "will" follow "unless" or "if"
    the other side does something; None for an act told as done or planned outright."""
    code = _THREAT_CODES.get(kind)
    if code is None or status not in (None, "planned"):
        return None
    before = {t.low for t in tokens[max(first, match.start - 8) : match.start]}
    if not before & {"would", "will", "'ll"}:
        return None
    for token in tokens[match.end : match.end + 25]:
        if token.low in _STATEMENT_ENDS:
            return None
        if token.low in _CONDITIONS:
            return code
    return None


def _in_the_street(tokens: Sequence[Token], anchor: int) -> bool:
    """A protest by people, whoever's city names it: "a Warsaw protest targeting Russia's
    envoy", "a protest planned in Stockholm", "tens of thousands of protesters ... to
    protest"; a state's protest is its own ("Nepal protested", "conveyed its protests",
    "conveyed the protest of the Indian government")."""
    if anchor + 1 < len(tokens) and tokens[anchor + 1].low in cues().message_nouns:
        return False  # "in a protest note to the Czech government": a state's message
    article = anchor > 0 and tokens[anchor - 1].low in ("a", "an")
    one_before = anchor > 1 and tokens[anchor - 2].low in ("a", "an")
    return (
        article
        or one_before
        or any(t.low in cues().crowds for t in tokens)
        or venues.people_protesting(tokens, anchor)
    )


# people who act for themselves, not for their state: sportsmen, artists, the public
# ("the Japanese tennis player arrived in Delhi", "Pakistan's cricket team rejected the
# offer", "the Russian people"); as the doer of a diplomatic or military act they are no
# side of it. Acts people do as people stay: protests in the street, a release or return
# of them, a gift of aid.
_NONSTATE_PRIVATE_SECTORS = frozenset({"SPT", "CUL", "CVL"})
_NONSTATE_PRIVATE_ACTS = frozenset({"protest", "retreat", "aid_project"})
_NONSTATE_JOINT_ACTS = frozenset({"meeting", "negotiation", "military_exercise"})


def _nonstate_private_side(kind: str, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Is the act's doer (or, for an act done together, either side) a private party
    that cannot stand for its state in it?"""
    if kind in _NONSTATE_PRIVATE_ACTS:
        return False
    sides = (actor1, actor2) if kind in _NONSTATE_JOINT_ACTS else (actor1,)
    return any(a is not None and a.sector in _NONSTATE_PRIVATE_SECTORS for a in sides)


# what people in the street do, before the words they cry ("protested in Goma, denouncing")
_CROWD_ACTS = frozenset({
    "protested", "protesting", "demonstrated", "demonstrating", "rallied", "rallying",
    "marched", "marching", "chanted", "chanting",
})


# the words of a crowd's cry: denouncing, condemning, decrying, accusing, slamming, ...
_CROWD_CRIES = (
    "denounc", "condemn", "decry", "accus", "slam", "critici", "blast", "lambast", "chant",
    "demand",
)


def _saying(tokens: Sequence[Token], anchor: int) -> bool:
    """Is the condemnation a participle said by a crowd in the street ("Thousands
    protested in Goma, denouncing Rwanda's support", "protesters marched to the square
    condemning Israel")? What a crowd cries is its protest, told once as the protest,
    not a state's criticism besides it."""
    if not tokens[anchor].low.startswith(_CROWD_CRIES) or not tokens[anchor].low.endswith("ing"):
        return False
    before = {t.low for t in tokens[:anchor]}
    if before & {";", ":", "."}:
        return False
    crowds = cues().crowds
    # a crowd named, and either its act or a word for it beyond a bare count
    named_crowd = _CROWD_ACTS | (crowds - {"thousands", "hundreds"})
    return bool(before & crowds) and bool(before & named_crowd)


def _crowd(actor: Actor | None) -> bool:
    """An actor named as a crowd ("Argentine protesters", "Iranian students")."""
    return actor is not None and any(w in cues().crowds for w in (actor.text or "").lower().split())


def _official(actor: Actor | None) -> bool:
    """A state, its government or its diplomats: not its people in the street
    ("Thousands of Pakistanis protested")."""
    if actor is None or actor.sector not in (None, "GOV", "IGO"):
        return False
    text = actor.text or ""
    people = (
        actor.sector is None and text.endswith("s") and " " not in text and text != actor.name
    )
    return not people


def _names_the_noun(
    analysis: SentenceAnalysis, subject: Sequence[ActorMention], match: Match
) -> bool:
    """Is the subject only a name inside the event's noun phrase ("the Shanghai
    Cooperation Organisation (SCO) summit")?"""
    tokens = analysis.tokens
    noun = (
        syntax.is_noun_head(tokens, match.anchor) or tokens[match.anchor].low in cues().event_nouns
    )
    if not subject or not noun:
        return False
    ends = [last for _, last, m in analysis.actor_at if any(m is s for s in subject)]
    if not ends:
        return False
    between = tokens[max(ends) + 1 : match.start]
    return all(not t.text.islower() for t in between)


def _asked_for(tokens: Sequence[Token], match: Match) -> int | None:
    """Where the act an invitation asks for begins ("invited X to visit Georgia in 2020",
    "accepted the invitation to come to Washington from April 23"): its "to"."""
    return next(
        (i for i in range(match.anchor + 1, min(len(tokens), match.anchor + 12))
         if tokens[i].low == "to" and i + 1 < len(tokens) and tokens[i + 1].low in _ASKED_ACTS),
        None,
    )  # fmt: skip


# the verbs of a deliberation a request is for ("called a meeting to discuss the downing of
# its jet on Friday"): a date after them is the discussed act's, not the request's
_DELIBERATION_VERBS = frozenset({"discuss", "address", "consider", "examine", "review", "debate"})


def _purpose_to_discuss(tokens: Sequence[Token], match: Match) -> int | None:
    """Where the deliberation a request asks for begins: its "to"."""
    return next(
        (i for i in range(match.anchor + 1, min(len(tokens) - 1, match.anchor + 15))
         if tokens[i].low == "to" and tokens[i + 1].low in _DELIBERATION_VERBS),
        None,
    )  # fmt: skip


_ASKED_ACTS = frozenset({
    "visit", "come", "attend", "pay", "take", "join", "participate", "speak", "travel",
    "undertake", "make", "address", "hold", "meet",
})  # fmt: skip


# what is said about another act: a date told after that act is the act's own
# (not a charge: "accused each other of opening fire on Monday" was made that day)
_REACTIONS = frozenset({"criticism_hostility", "support_statement"})
# acts that answer another and are told with it after "over" / "for" ("sanctions over the
# downing of its jet on November 24", "regret for the deaths on Thursday")
_ANSWERS = frozenset({"concede", "sanction"})
_CHARGES = ("accus", "blam", "alleg", "charg")

# diplomatic ties cut, then a participle telling how: "severed relations, withdrawing its
# ambassador and closing its embassy"
_TIES_CUT_BEFORE = re.compile(
    r"\b(?:sever|cut|downgrad|break|broke|suspend|freez|froze)\w*\b[^.;:]{0,60}?"
    r"\b(?:ties|relations)\b[^.;:]*,\s*(?:[^,.;:]*\band\s+)?$",
    re.IGNORECASE,
)
_TIES_HOW_AT = re.compile(r"\w+ing\b", re.IGNORECASE)
_TIES_HOW_WHAT = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats?|embass(?:y|ies)|consulates?|missions?|charg)",
    re.IGNORECASE,
)


def _ties_cut_how(text: str, at: int) -> bool:
    """A diplomatic step told as a participle after diplomatic ties are cut in the same
    sentence ("downgraded ties, recalling its ambassador"): how the ties were cut."""
    if _TIES_HOW_AT.match(text, at) is None:
        return False
    rest = text[at:].split(",", 1)[0]
    return (
        _TIES_CUT_BEFORE.search(text[:at]) is not None
        and _TIES_HOW_WHAT.search(rest) is not None
    )
_PURPOSE_REACH = 6
# what a summons is itself: "summoned the envoy to protest the shelling" codes the
# summons (and the shelling), not a second act
_SAID_AT_SUMMONS = frozenset({"criticism_hostility", "protest", ""})


def _side(actor: Actor) -> Actor:
    """A state as a side of the document, as ``document_dyad`` gives it."""
    return Actor(actor.code, actor.name, None, "")


# acts a document's topic does tell: what the deal carries out ("an agreement on the
# sale of jets"), the truce it sets ("an agreement on a ceasefire"); and the talks, visits
# and promises a signing is told beside ("signed an agreement on trade during the visit")
_TOPIC_ACTS = DEAL_CONTENTS | {
    "ceasefire", "agreement_signed", "meeting", "visit", "negotiation", "pledge"
}  # fmt: skip


def _decides_coded_act(
    analysis: SentenceAnalysis, match: Match, later: Sequence[Match]
) -> bool:
    """Is ``match`` a decision whose decided act is coded right after it ("decided to
    sever relations")? Then that act is the event, as if the decision were not told."""
    return _is_decision(analysis.tokens, match) and any(
        m.start == match.end and not m.pattern.discard for m in later
    )


def _insisted_charge(analysis: SentenceAnalysis, match: Match, speaker: Actor) -> bool:
    """Does "insisted (that) ..." tell what another side did ("insisted that Russia has
    continued the bombings")? One's own account maintained ("insisted that Azerbaijan was
    observing the cease-fire", "insisted the strikes were justified") rejects a charge."""
    if not analysis.tokens[match.anchor].low.startswith("insist"):
        return False
    return any(
        match.anchor < first < match.end and m.actor is not None and m.actor.code != speaker.code
        for first, _, m in analysis.actor_at
    )


def _is_decision(tokens: Sequence[Token], match: Match) -> bool:
    """A pledge told by "decided to" (not "agreed to"): it binds both sides only when
    both took it."""
    return match.pattern.kind == "pledge" and tokens[match.anchor].low.startswith("decid")


def _agreed_too(
    tokens: Sequence[Token], previous: Match | None, match: Match, agreed: Event
) -> bool:
    """Is ``match`` a bare verb joined by "and" to an agreement concluded by agreeing
    to something ("agreed to restore diplomatic relations and reopen embassies")? It is
    more of what was agreed, not an act of its own."""
    if previous is None or match.anchor != match.start:
        return False
    if agreed.kind != "pledge" and not (
        agreed.kind == "agreement_signed" and tokens[previous.anchor].low.startswith("agree")
    ):
        return False
    between = [t.low for t in tokens[previous.end : match.start]]
    return between in (["and"], [",", "and"])


_HOME_REACH = 6  # words either side of "meeting" that may name whose meeting it is


def _home_meeting(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the meeting one state's own body's ("an emergency meeting of ministers and
    security officials", "the Cabinet Committee on Security meeting", "Cobra is meeting",
    "told the meeting of the committee")? Its words name a home body and nothing shared
    ("the Joint Trade Committee meeting", "the Turkey-Qatar Supreme Strategic Committee")."""
    tokens = analysis.tokens
    anchor = match.anchor
    if tokens[anchor].low.startswith("discuss") and tokens[anchor - 1].low == "to":
        # "chaired an emergency meeting of ministers on Monday to discuss ...", "Cobra is
        # meeting in Whitehall to discuss the incident": the talk is the meeting's
        anchor = _meeting_before(tokens, anchor - 1)
    if not tokens[anchor].low.startswith(("meeting", "session")):
        return False  # "X visited the Parliament House and met with Y": a verb's subject
    words: list[str] = []
    for i in range(anchor - 1, max(-1, anchor - 1 - _HOME_REACH), -1):
        word = tokens[i].low
        if word in cues().determiners:
            break  # the meeting's own noun phrase starts here
        if word in (",", ";", ":", ".") and tokens[i - 1].low not in cues().home_bodies:
            break  # "The emergency committee, Cobra, is meeting": the apposition goes on
        words.append(word)
    if anchor + 1 < len(tokens) and tokens[anchor + 1].low == "of":
        for i in range(anchor + 2, min(len(tokens), anchor + 2 + _HOME_REACH)):
            low = tokens[i].low
            if low in (",", ";", ":", ".") or low in cues().clause_breaks or (
                low != "of" and low in cues().all_prepositions
            ):
                break  # "a meeting of ministers on Togo's closure": what it was about
            if analysis.inside_actor(i):
                return False  # "a meeting of the foreign ministers of X and Y"
            words.append("of " + tokens[i].low)
    if any(w in cues().shared_bodies or "-" in w.strip("-") for w in words):
        return False
    return any(w in cues().home_bodies for w in words)


# the nouns of a gathering one speaks at, and the words that set it as where one spoke
_VENUE_NOUNS = (
    "meeting", "summit", "conference", "session", "forum", "assembly", "briefing",
    "gathering", "talks", "congress", "presser", "rally", "event", "ceremony", "sideline",
    "margin", "press", "news",
)
_VENUE_WORDS = frozenset({"at", "during", "in", "on", "addressing", "addressed", "told"})
_SPEECH_WORDS = frozenset({
    "said", "says", "say", "saying", "told", "tells", "telling", "speaking", "spoke",
    "addressing", "stated", "states", "declared", "noted", "stressed", "added", "warned",
    "accused", "criticized", "criticised", "urged", "announced", "remarked", "insisted",
    "asserted", "argued", "emphasized", "emphasised", "reiterated", "underlined", "charged",
})
_VENUE_REACH = 6  # words from the venue word to the gathering's noun


def _partner_from_speech(analysis: SentenceAnalysis, match: Match, roles: Roles) -> bool:
    """Is the gathering only where one spoke ("said at a meeting in Brussels that Russia
    ...", "told a press conference", "speaking at a summit, X accused Y", "“...,” X said
    during a joint press conference") and its other side taken from what was said or from
    the place? A partner is one named with the gathering ("at a meeting with his Turkish
    counterpart", "at talks between X and Y") or told apart from the speech."""
    tokens = analysis.tokens
    anchor = match.anchor
    if not tokens[anchor].low.startswith(_VENUE_NOUNS):
        return False
    venue_at = None
    for i in range(anchor - 1, max(-1, anchor - 1 - _VENUE_REACH), -1):
        if tokens[i].low in _VENUE_WORDS:
            venue_at = i
            break
        if tokens[i].low in (",", ";", ".", "that") or tokens[i].low in _SPEECH_WORDS:
            return False
    if venue_at is None:
        return False
    speech = [
        i for i, t in enumerate(tokens)
        if t.low in _SPEECH_WORDS and i != anchor and not (venue_at <= i <= anchor)
    ]  # fmt: skip
    if not speech:
        return False
    if any(t.low == "that" for t in tokens[min(speech) : venue_at]):
        return False  # "Kim said that, at today's meeting, he and Putin would ...": told
    # the gathering's own words: up to the first comma, "that", speech word or clause break
    np_end = len(tokens)
    for i in range(anchor + 1, len(tokens)):
        low = tokens[i].low
        if low in (",", ";", ".", "that", ":") or low in _SPEECH_WORDS or low in DOUBLE_QUOTE_MARKS:
            np_end = i
            break
    if roles.actor2 is None:
        return False
    target = roles.target
    # the mentions the other side came from: its own, else the sentence's of that state
    spans = [
        (f, m) for f, _, m in analysis.actor_at
        if m is target or (
            target is None and m.actor is not None and m.actor.code == roles.actor2.code
        )
    ]  # fmt: skip
    if not spans:
        return False  # taken from the story's pair: not from the speech

    def _from_speech(first: int, mention: ActorMention) -> bool:
        if venue_at <= first < np_end:
            # named with the gathering, but a place after "in"/"at" is only where it was
            return mention.kind == "location" and tokens[first - 1].low in ("in", "at")
        quoted = sum(1 for t in tokens[:first] if t.low in DOUBLE_QUOTE_MARKS) % 2 == 1
        return quoted or any(i < first for i in speech)

    return all(_from_speech(f, m) for f, m in spans)


def _body_own_session(analysis: SentenceAnalysis, match: Match, roles: Roles) -> bool:
    """Is the gathering an organisation's own session named as a setting ("during an OPEC
    meeting", "statements issued during the G7 summit", "on the sidelines at the annual
    meeting of the SCO"), with that body as one side and no partner named with it ("with",
    "between")?"""
    tokens = analysis.tokens
    anchor = match.anchor
    if not tokens[anchor].low.startswith(("meeting", "summit", "session", "conference")):
        return False
    venue_at = None
    for i in range(anchor - 1, max(-1, anchor - 1 - _VENUE_REACH), -1):
        if tokens[i].low in ("at", "during", "on", "in"):
            venue_at = i
            break
        if tokens[i].low in (",", ";", ".", "that"):
            return False
    if venue_at is None:
        return False
    np_end = len(tokens)
    for i in range(anchor + 1, len(tokens)):
        if tokens[i].low in (",", ";", ".", "that", ":") or tokens[i].low in cues().clause_breaks:
            np_end = i
            break
    if any(t.low in ("with", "between") for t in tokens[venue_at:np_end]):
        return False
    owned = anchor + 1 < len(tokens) and tokens[anchor + 1].low == "of"
    bodies = {
        m.actor.code for f, _, m in analysis.actor_at
        if m.kind == "organisation" and m.actor is not None
        and (venue_at < f < anchor or (owned and f in (anchor + 2, anchor + 3)))
    }  # fmt: skip
    sides = {roles.actor1.code, roles.actor2.code if roles.actor2 is not None else None}
    return bool(bodies & sides)


_PURPOSE_MEETING_REACH = 12  # words from "to discuss" back to the meeting it is the aim of


def _meeting_before(tokens: Sequence[Token], end: int) -> int:
    """The "meeting" or "session" in the clause right before ``end``, else ``end``."""
    for i in range(end - 1, max(-1, end - 1 - _PURPOSE_MEETING_REACH), -1):
        low = tokens[i].low
        if low in (";", ".") or low in cues().clause_breaks:
            break
        if low.startswith(("meeting", "session")):
            return i
    return end


def _joined_by_and(analysis: SentenceAnalysis, roles: Roles) -> bool:
    """Are the two sides named as one "X and Y" ("At the request of X, Y ..." is no pair)?"""
    spans = [analysis.span_of(m) for m in (*roles.subject[:1], roles.target) if m is not None]
    if len(spans) != 2 or spans[0] is None or spans[1] is None:
        return False
    low, high = sorted((spans[0], spans[1]))
    return any(t.low in ("and", "&") for t in analysis.tokens[low[1] + 1 : high[0]])


def _each_other(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Does the clause say the sides did it to "each other" / "one another"?"""
    words = " ".join(t.low for t in tokens[start : end + 1])
    return any(w in words for w in _MUTUAL_WORDS)


def _right_after(tokens: Sequence[Token], end: int, start: int) -> bool:
    """Does the infinitive at ``start`` follow the act ending at ``end`` in its own clause
    ("summoned the ambassador on Wednesday to declare ...")?"""
    between = tokens[end:start]
    return len(between) <= _PURPOSE_REACH and not any(t.low in (",", ";", "and") for t in between)


_ARRIVING = ("arriv", "land", "touch", "dock", "reach")


_ANNOUNCING = ("announc", "unveil", "approv", "disclos", "confirm", "reveal")
_GETTING = frozenset({
    "receive", "receives", "received", "receiving", "get", "gets", "got", "obtain",
    "obtained", "secure", "secured", "borrow", "borrowed", "seek", "sought", "request",
    "requested",
})


def _announced_giver(analysis: SentenceAnalysis, match: Match) -> str | None:
    """The state an announced clause opens with ("announced that Beijing rolled over",
    "announced Tokyo had agreed to lend"): the giver of what is announced, unless that
    clause tells it getting the money."""
    tokens = analysis.tokens
    anchor = match.anchor
    if not tokens[anchor].low.startswith(_ANNOUNCING):
        return None
    at = anchor + 1
    if at < len(tokens) and tokens[at].low == "that":
        at += 1
    for first, _, mention in analysis.actors_in_order:
        if first < at:
            continue
        if first > at + 1 or mention.actor is None:
            return None
        rest = {t.low for t in tokens[first : match.end]}
        return None if rest & _GETTING else mention.actor.code
    return None


def _things_arriving(analysis: SentenceAnalysis, roles: Roles, match: Match) -> bool:
    """Is what arrives aircraft, goods, troops or migrants rather than a visitor?"""
    starts = [f for f, _, m in analysis.actor_at if any(m is s for s in roles.subject)]
    if not starts:
        return False
    words = {t.low for t in analysis.tokens[min(starts) : match.start]}
    if analysis.tokens[match.anchor].low.startswith(_ARRIVING):
        # "two planes loaded with aid from the Qatar Fund arrived": what arrives may be
        # named before the side it comes from, in the same clause
        first = syntax.clause_start(analysis, min(starts))
        words |= {t.low for i, t in enumerate(analysis.tokens[first : min(starts)], first)
                  if not analysis.inside_actor(i)}
    if any(t.low in ("visit", "call") for t in analysis.tokens[match.end :]):
        return False  # "the naval ship arrived at Karachi on a goodwill visit": it visits
    if _crowd_of_nationals(analysis.tokens, min(starts)):
        return True  # "1.82 million Thais visiting the country": travellers counted
    return bool(words & cues().not_visitors)


# the words that count people by the thousand ("1.82 million Thais", "thousands of Afghans")
_CROWD_COUNTS = frozenset({"million", "millions", "thousand", "thousands", "hundreds", "lakh"})


def _crowd_of_nationals(tokens: Sequence[Token], start: int) -> bool:
    """Does a count of thousands come right before the subject ("1.82 million Thais",
    "thousands of Afghans", "120,000 Indians")? Then people travel, not a state."""
    before = [t.low for t in tokens[max(0, start - 3) : start]]
    if before and before[-1] == "of":
        before = before[:-1]
    if not before:
        return False
    last = before[-1]
    if last in _CROWD_COUNTS:
        return True
    digits = last.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000 and not (1900 <= int(digits) <= 2100)


def _envoy_taking_post(analysis: SentenceAnalysis, roles: Roles, match: Match) -> bool:
    """Is the one arriving an ambassador, who comes to take up his post, not to visit?"""
    if not analysis.tokens[match.anchor].low.startswith("arriv") or roles.actor1 is None:
        return False
    return any(
        m.actor is not None and m.actor.code == roles.actor1.code
        and "ambassador" in m.text.lower()
        for m in analysis.actors
    )  # fmt: skip


_RELIEF = frozenset({"relief", "aid", "humanitarian", "assistance", "donations", "donated"})
_RAIDS = ("raid", "storm", "search")
_EXPEL_PRONOUNS = frozenset({"him", "her", "them"})
_ENVOY_WORDS = (
    "ambassador", "envoy", "diplomat", "consul", "chargé", "attaché", "attache", "emissar",
)


def _expels_envoys_named(tokens: Sequence[Token], anchor: int) -> bool:
    """Is the trigger "expel" with a pronoun for its object ("expelled him", "the
    decision to expel them") in a sentence that named envoys before it?"""
    if not tokens[anchor].low.startswith("expel") or anchor + 1 >= len(tokens):
        return False
    if tokens[anchor + 1].low not in _EXPEL_PRONOUNS:
        return False
    return any(t.low.startswith(_ENVOY_WORDS) for t in tokens[:anchor])
_INVITING = frozenset({"invite", "invites", "invited", "inviting", "invitation"})


def _intends_first(tokens: Sequence[Token], first: int, start: int) -> bool:
    """An intent word before the invitation ("plans to ... at the invitation of")
    keeps it an intent; the invitation's own word does not."""
    window = tokens[max(first, start - 6) : start]
    return any(t.low in cues().intent and t.low not in _INVITING for t in window)


def _quantities(
    kind: str, analysis: SentenceAnalysis, first: int, end: int
) -> tuple[Quantity, ...]:
    """Amounts stated in the event's clause ("bought 10 Super Mushshak aircraft")."""
    if kind not in cues().quantity_kinds:
        return ()
    return tuple(q.quantity for index, q in analysis.quantity_at if first <= index < end + 12)


def _intent_code(plover: str, domain: str) -> str:
    """The CAMEO "express intent to ..." code for a planned cooperative act."""
    if plover == "CONSULT":
        return "036"  # intent to meet or negotiate
    if plover == "AID":
        return "033"  # intent to provide material aid
    if domain == "military":
        return "0312"
    if domain == "economic":
        return "0311"
    return "030"


def _further_hosts(
    kind: str, match: Match, analysis: SentenceAnalysis, roles: Roles
) -> tuple[Actor, ...]:
    """The states named with the visit's host by "and" or commas right after the trip's
    word ("travelled to Bhutan and Nepal", "visited Qatar, Kuwait and Oman"): each is a
    host of the trip too. Not those named further on ("on a visit to the country to attend
    a meeting of X, Y and Z"), nor who came along ("with Rutte and von der Leyen")."""
    if kind != "visit" or match.pattern.dyadic or roles.actor2 is None or roles.target is None:
        return ()
    span = analysis.span_of(roles.target)
    if span is None or not match.anchor < span[0] <= match.end + 1:
        return ()  # "toured Qatar and Oman", "stops in Qatar, Kuwait and Oman" name it inside
    listed = coordinated_after(analysis, roles.target)
    last = analysis.span_of(listed[-1]) if listed else None
    if last is None or "and" not in (t.low for t in analysis.tokens[last[0] - 2 : last[0]]):
        return ()  # "Dendias visited Baku, Ankara said": a list ends with "and"
    own = {roles.actor1.code, roles.actor2.code}
    return tuple(
        m.actor for m in listed if m.actor is not None and m.actor.code not in own
    )


def _each_host(event: Event) -> list[Event]:
    """One visit per place a trip went to ("will visit Bhutan and Nepal": a visit to
    each), as the visit to the first is told."""
    return _one_per_party(event, "further_hosts", "actor2", "")


# "Y followed suit", "Y did the same": a finite past telling of the act done again (not
# "to follow suit", asked or planned)
_COORD_FOLLOWED = re.compile(
    r"(?<!to )\b(?:followed suit|follows suit|(?:did|has done|had done) (?:the same|likewise))\b",
    re.I,
)
# the one-sided acts another state may do again
_COORD_REPEATABLE = frozenset(
    {"sanction", "recognition", "non_recognition", "coerce", "criticism_hostility",
     "support_statement", "aid_project"}
)
# one-sided acts each doer does on its own, so that coordinated doers ("Spain and Norway
# recognised ...", "the Ethiopian and Djiboutian leaders visited Kenya") are one act each;
# other kinds keep co-doers as further parties of one act
_COORD_EACH_DOER_KINDS = frozenset({"recognition", "visit"})


def _coord_further_doers(kind: str, roles: Roles) -> tuple[Actor, ...]:
    """The states coordinated with the doer ("X and Y recognised Z") of an act each does
    on its own, other than the act's two sides."""
    actor2 = roles.actor2
    if kind not in _COORD_EACH_DOER_KINDS or actor2 is None:
        return ()
    own = {roles.actor1.code, actor2.code}
    further = {a.code for a in roles.others}
    return tuple(a for a in roles.compound1 if a.code not in own and a.code in further)


def _coord_each_doer(event: Event) -> list[Event]:
    """One act per coordinated doer of a one-sided act ("Spain and Norway recognised a
    Palestinian state": Spain's recognition and Norway's), as the first's is told."""
    return _one_per_party(event, "further_doers", "actor1", "doer ")


def _one_per_party(event: Event, key: str, slot: str, id_tag: str) -> list[Event]:
    """``event`` and a copy of it for each further party ``extra[key]`` holds in ``slot``
    (actor1 or actor2), those parties no longer listed among its others."""
    parties = event.extra.get(key) or ()
    first = getattr(event, slot)
    if not parties or first is None:
        return [event]
    codes = {party.code for party in parties}
    event = replace(event, others=tuple(a for a in event.others if a.code not in codes))
    seen = {first.code}
    out = [event]
    for party in parties:
        if party.code in seen:
            continue
        seen.add(party.code)
        out.append(replace(event, id=stable_id(event.id, f"{id_tag}{party.code}"), **{slot: party}))
    return out


_TALK_KINDS = frozenset({"meeting", "negotiation"})
_TOLD_DATE_BASES = frozenset({"explicit", "relative"})


def _dated_by_talks(event: Event, events: Sequence[Event]) -> Event:
    """A visit the sentence gives no date of its own, told beside the talks the two
    sides held on a day it names ("during a visit to Doha by X, who held talks with
    the emir on Wednesday", "X was visiting Manila, and Y met him on the 8th"): the
    visit was under way that day, so it takes the talks' date."""
    if event.kind != "visit" or event.status != "actual" or event.date.known_basis not in (
        "none", "document"
    ):
        return event
    codes = {a.code for a in (event.actor1, event.actor2) if a}
    if len(codes) != 2:
        return event
    for other in events:
        if (
            other.kind in _TALK_KINDS
            and other.status == "actual"
            and other.date.start
            and other.date.basis in _TOLD_DATE_BASES
            and {a.code for a in (other.actor1, other.actor2) if a} == codes
        ):
            return replace(event, date=other.date)
    return event


def _subsumed(event: Event, others: Sequence[Event]) -> bool:
    return _subsumed_by(event, others) is not None


def _subsumed_by(event: Event, others: Sequence[Event]) -> Event | None:
    """The other event of the same kind that already says this, with at least these
    actors ("arrived in Baku ... for an official visit": one visit, not two)."""
    codes = {a.code for a in (event.actor1, event.actor2) if a}
    for other in others:
        if other is event or other.kind != event.kind or other.plover != event.plover:
            continue  # an accusation and a threat in one sentence are two acts
        if event.kind in SPLIT_BY_CODE and other.cameo != event.cameo:
            continue  # "expelled the envoy and downgraded ties": two sanctions
        if other_measures(event, other):
            continue  # "banned its airlines and froze the assets of its bank": two
        if aid_with_its_own_sum(event, other):
            continue  # "deposited $3 billion and extended another $2.3 billion": two
        if _opposed(event, other):
            continue  # "France recalled its envoy after Italian comments critical of it": two
        if _answers(event, other):
            continue  # "India summoned Bangladesh's envoy a day after Dhaka summoned India's"
        if not dates_fit(event.date, other.date):
            continue  # "met on Wednesday, after their last meeting in March 2023": two
        if counted_apart(event, other):
            continue  # "urged the UN to act one day after asking the Council to meet": two
        if _another_circle(event, other):
            continue  # "met with Gakharia within the trilateral meeting of A, B and C": two
        if another_document(event, other):
            continue  # "signed a protocol and issued a joint statement": two documents
        other_codes = {a.code for a in (other.actor1, other.actor2) if a}
        if codes <= other_codes and (codes != other_codes or other.status == event.status):
            return other
    return None


def _opposed(event: Event, other: Event) -> bool:
    """Are these the grievance a measure tells and the other side's charge it answers
    ("France recalled its envoy after a string of critical Italian comments": France's
    grievance and Italy's criticism, two acts)?"""
    if not other.extra.get("grievance") or event.actor1 is None or other.actor2 is None:
        return False
    if other.actor1 is None or event.others or other.others:
        return False
    towards = event.actor2.code if event.actor2 is not None else other.actor1.code
    return (event.actor1.code, towards) == (other.actor2.code, other.actor1.code)


def _another_circle(event: Event, other: Event) -> bool:
    """Are these a joint act of three or more and one of fewer of its members ("met with
    Gakharia within the eighth trilateral meeting of the Azerbaijani, Turkish and Georgian
    foreign ministers")? Each is an event of its own."""
    if event.kind not in UNDIRECTED_KINDS or bool(event.others) == bool(other.others):
        return False
    return {a.code for a in event.parties()} != {a.code for a in other.parties()}


def _swapped(
    events: list[Event], coded_at: dict[int, Event], old: Event, new: Event
) -> tuple[list[Event], dict[int, Event]]:
    """The sentence's events so far, and its events by anchor, with ``old`` replaced."""
    return (
        [new if e is old else e for e in events],
        {k: (new if v is old else v) for k, v in coded_at.items()},
    )


_COUNTERS = (
    "counter", "retaliat", "return", "hit back", "struck back", "strike back", "fire back",
    "fires back", "fired back", "firing back", "shoot back", "shoots back", "shot back",
    "shooting back",
)


def _answers(event: Event, other: Event) -> bool:
    """Is one a directed act answering the other, its sides the other way round? Or,
    for force, one told with its actor alone that the other's target carries out
    ("Israel launched a counterattack after Hezbollah fired rockets at Israel")?"""
    if event.kind in UNDIRECTED_KINDS:
        return False
    first, second = event.actor1, event.actor2
    trigger = str(event.extra.get("trigger", "")).lower()
    if (event.kind == "armed_clash" and first is not None and second is None
            and trigger.startswith(_COUNTERS)
            and other.actor1 is not None and other.actor2 is not None
            and other.actor2.code == first.code != other.actor1.code):  # fmt: skip
        return True
    if first is None or second is None or other.actor1 is None or other.actor2 is None:
        return False
    return first.code != second.code and (first.code, second.code) == (
        other.actor2.code,
        other.actor1.code,
    )


def _as_pledge(act: Event, promise: Event) -> Event:
    """ "agreed to reopen the border", "vowed to invest": a promise (AGREE) of the act,
    told with the act's parties and time; the act's kind stays in ``extra``."""
    status = "negated" if act.status == "negated" else "actual"
    return replace(
        act, kind="pledge", plover=promise.plover, cameo=promise.cameo,
        goldstein=promise.goldstein, status=status,
        extra={**act.extra, "promised": act.kind},
    )


def _group_joined(event: Event, group: Sequence[Actor]) -> Event:
    """A one-way act whose side is a group told by its first member ("The three European
    countries have condemned Iran") with the group's other members as further parties."""
    if event.kind in _JOINT_KINDS or event.others:
        return event
    sides = {a.code for a in (event.actor1, event.actor2) if a is not None}
    if group[0].code not in sides:
        return event
    return replace(event, others=tuple(a for a in group[1:] if a.code not in sides))


def _told_separately(event: Event) -> bool:
    """Is the act told as "separate" ones with the partners that follow ("held separate
    talks with X and Y", "met separately with X and Y")? Partners named before the act
    ("X and Y separately signed ...") are not its counterparts one by one."""
    trigger = str(event.extra.get("trigger", "")).lower()
    sentence = (event.source.sentence or "").lower()
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return False
    before = sentence[:at].split()[-6:]
    after = sentence[at + len(trigger) :].split()[:4]
    separate = "separately" in before[-1:] + after[:1] or "separate" in trigger.split()[:3]
    # "Armenia and Azerbaijan separately signed ... with Russia": a joint subject
    return separate and "with" in trigger.split() + after and "and" not in before


def _bilateral_pairs(event: Event) -> list[Event]:
    """ "held bilateral talks with Putin, Raisi and Erdogan", "held separate talks with
    X and Y", "met separately with X and Y": one bilateral event per partner, not one
    event of four parties."""
    if not event.others or event.actor2 is None:
        return [event]
    trigger = str(event.extra.get("trigger", "")).lower().split()
    if "bilateral" not in trigger[:3] and not _told_separately(event):
        return [event]
    partners = [event.actor2, *event.others]
    return [
        replace(
            event,
            id=event.id if i == 0 else stable_id(event.id, partner.code),
            actor2=partner,
            others=(),
        )
        for i, partner in enumerate(partners)
    ]


# verbs of a side's complaint about an act of force done to it (stems, from the lexicon
# of reproach)
_COMPLAINING_STEMS = cues().reproach.complaining
# words that open a new act of the complainer's own ("condemned the raid and shelled ...")
_COMPLAINER_NEW_ACT = frozenset({"and", "then", "before", "but", "while", ";", "later"})


def _complainer_struck(analysis: SentenceAnalysis, event: Event) -> Event | None:
    """ "Islamabad denounced the attack and said it killed two children", "Guatemala
    protested the killing of a boy in a shooting involving Belizean soldiers": the force
    told inside a side's complaint ("it killed", "the killing") was done to the
    complainer, not by it; its doer is the other side. With no other side named, the act
    is the one the story told before: None."""
    if event.kind != "armed_clash" or event.actor1 is None:
        return event
    trigger = str(event.extra.get("trigger", "")).lower().split()
    if not trigger:
        return event
    tokens = analysis.tokens
    verb = next(
        (i for i, t in enumerate(tokens) if t.low.startswith(_COMPLAINING_STEMS)
         and t.low.endswith("ed")), None)
    if verb is None:
        return event
    at = next((i for i in range(verb + 1, len(tokens)) if tokens[i].low == trigger[0]), None)
    if at is None:
        return event
    code = event.actor1.code
    # the complainer is the sentence's first side, named before its complaint
    named = [(last, m.actor.code) for _first, last, m in analysis.actors_in_order if m.actor]
    if not named or named[0][0] >= verb or named[0][1] != code:
        return event
    # no actor of the complainer's between the complaint and the act ("condemned the
    # attack on Pakistan's posts"), no new act of its own ("and shelled ...") unless its
    # subject is the act complained of ("and said it killed")
    if any(
        verb < first < at and m.actor is not None and m.actor.code == code
        for first, _last, m in analysis.actors_in_order
    ):
        return event
    opened = [i for i in range(verb + 1, at) if tokens[i].low in _COMPLAINER_NEW_ACT]
    if opened and not any(tokens[i].low in ("it", "they") for i in range(verb + 1, at)):
        return event
    if event.actor2 is None:
        return None
    return replace(event, actor1=event.actor2, actor2=event.actor1)


# the modals that tell the threatening verb itself only as a possibility ("China could
# threaten Taiwan", "Moscow may warn Riga"), and the adverbs that may stand between them
_MUSING_MODALS = frozenset({"can", "could", "may", "might", "should", "must", "would"})
_MUSING_ADVERBS = frozenset({
    "also", "soon", "now", "still", "even", "well", "further", "again", "then", "yet",
    "eventually", "one", "day",
})  # fmt: skip


def _mused_threat(tokens: Sequence[Token], start: int) -> bool:
    """Is the threatening verb itself told under a modal ("could threaten", "may yet
    warn")? Then no threat was made: only one that may come, unlike "will strike back if
    ...", where the modal belongs to what is held out."""
    at = start - 1
    while at >= 0 and tokens[at].low in _MUSING_ADVERBS:
        at -= 1
    return at >= 0 and tokens[at].low in _MUSING_MODALS and tokens[start].low.startswith(
        ("threaten", "warn", "vow"))
