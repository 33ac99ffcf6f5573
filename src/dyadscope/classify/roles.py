"""Who is actor1 and who actor2 of a matched event.

The subject group sits to the left of the trigger (coordinated actors such as
"Baku and Islamabad" stay together; asides in brackets and appositions are
skipped), the object to the right (preferring the preposition a kind expects:
"from" for a purchase's supplier, "to" for a visit's host). Passives ("was
signed by X") and agent phrases ("a visit by X") swap them. "Both countries"
stands for the document's dyad, and a bilateral event that names one side
takes the dyad's other member as the other side, with lower confidence.
A pattern's actor slots (``$`` actor1, ``+`` actor2) override what this finds.
Lists of states are read by ``groups`` and go-betweens by ``go_betweens``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyadscope.classify import (
    agents,
    envoys,
    parties,
    pronouns,
    referents,
    syntax,
    unknown_people,
    venues,
)
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.answered import Answered, answered_roles
from dyadscope.classify.condemned import condemns_the_struck, named_past_the_act
from dyadscope.classify.cues import cues
from dyadscope.classify.go_betweens import beside_mediators, mediators, present
from dyadscope.classify.groups import (
    DASHES,
    among,
    border_pair,
    coordinated_after,
    coordinated_with,
    first_group,
    group_before,
    group_opening,
    hyphenated_inside,
    mentions_at,
    mentions_between,
    modifies,
    with_slots,
)
from dyadscope.classify.patterns import Match
from dyadscope.classify.report_sides import (
    attributed_by_other_side,
    opening_speaker,
    reported_by_other_side,
    reporting_verb_before,
    speaker_owning_target,
)
from dyadscope.classify.tokens import QUOTE_MARKS, Token
from dyadscope.classify.trips import (
    country_meant,
    destination_before,
    goes_home,
    trip_destination,
    visitor_after,
)
from dyadscope.model import UNDIRECTED_KINDS, Actor, ActorMention


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: Actor
    actor2: Actor | None
    others: tuple[Actor, ...]
    inferred: bool  # the second side came from the document's dyad
    via_dyad_ref: bool  # "both countries", "the parties"
    subject: tuple[ActorMention, ...] = ()
    from_context: bool = False  # the sentence names nobody: both sides from the dyad
    compound1: tuple[Actor, ...] = ()  # actors coordinated with actor1 ("X and Y attacked")
    compound2: tuple[Actor, ...] = ()  # actors coordinated with actor2 ("attacked X and Y")
    reciprocal: bool = False  # actor2 is coordinated with actor1 ("X and Y renewed ties")
    reflexive: bool = False  # the object was the actor's own side ("laud Pakistan's economy")
    target: ActorMention | None = None  # the mention actor2 came from, for "them" later
    place2: bool = False  # actor2 is where it happens ("a summit in Geneva")
    answered: bool = False  # the act another in the sentence answers, its sides from that
    # the sides are the two states of the border the fighting is placed on ("a firefight
    # on the Uganda–South Sudan border"), not named as the ones fighting
    on_border: bool = False
    # states named as brokering the act ("talks mediated by Qatar and Turkey"), among others
    go_betweens: tuple[str, ...] = ()
    # no doer named: the sides are only the two a "between X and Y" phrase names, in
    # its order ("the shooting down ... raised tensions between Turkey and Syria")
    from_between: bool = False


def find_roles(
    match: Match,
    kind: str,
    analysis: SentenceAnalysis,
    ctx: DocContext,
    span: tuple[int, int],
    last_subject: tuple[ActorMention, ...],
    verb_before: int | None = None,
    last_target: ActorMention | None = None,
    answered: Answered | None = None,
) -> Roles | None:
    """The event's actors, or None when it has no acting side. ``verb_before``: where
    the verb before this one ends, if it is a verb dictionary's; ``last_target``: the
    sentence's last object, which "them" right after the trigger takes up; ``answered``:
    who did the act the sentence tells as answered by another, and to whom."""
    first_token, end_token = span
    tokens = analysis.tokens
    # "recalled its ambassador, announced an evacuation and complained to the UN": the
    # other side of one act of a list is not sought in the acts after it
    act_end = _next_listed_act(analysis, match, end_token)
    roles = match.pattern.roles
    handed_to: ActorMention | None = None  # who a passive transfer went to
    # a verb dictionary's event takes its subject from its own clause, as PETRARCH does
    # "officials from Kazakhstan" act for Kazakhstan (not in verb dictionaries' PETRARCH rules)
    people = frozenset() if match.pattern.dyadic else venues.affiliations(analysis)
    clause_first = first_token
    if match.pattern.dyadic:  # the subject of a verb is near it, not a clause away
        first_token = max(first_token, match.start - 15)
        if verb_before is not None and _own_subject_after(tokens, verb_before, match.start):
            # "X said the step enjoyed support": "the step" is its subject, not X
            first_token = max(first_token, verb_before)
    subject = _subject_group(
        analysis, match.start, first_token, reach=not match.pattern.dyadic, people=people
    )
    # the mention the match opens inside ("Ethiopian troops crossed", "Iran's ambassador
    # to Azerbaijan was summoned")
    opened_in = [m for f, last, m in analysis.actor_at if f < match.start <= last]
    freed_within = kind == "retreat" and (
        tokens[match.anchor].low in _FREED
        or tokens[match.start].low in _FORCE_NOUNS
        or tokens[match.start].low in _RETOLD_LEAVERS
    )
    forces_within = kind in ("mobilize", "armed_clash") or freed_within
    if opened_in and forces_within and not match.pattern.dyadic:
        # "Ethiopian troops crossed into ...": the match opens inside the forces' own name
        # (so too "two Armenian soldiers were released")
        subject = opened_in[:1]
    closed = _closed_relative(analysis, clause_first, match.start)
    if closed is not None:
        # "X issued a notice against the envoy, who is also Canada's man in Oman, and
        # recalled its own envoy": the relative closed at its comma; the verb after it
        # is the main clause's, and a state named inside the relative is no subject
        clause_first = closed
    relative = pronouns.relative_antecedent(analysis, clause_first)
    if pronouns.owned_noun(tokens, match):
        # "Buhari told Ramaphosa during his state visit": the visitor is the subject
        subject = first_group(analysis, match.start, clause_first, people) or subject
    decider = _decision_owner(analysis, match)
    caused = syntax.caused_actor(analysis, match)
    unnamed_main = False  # the clause's subject is a person the gazetteer does not know
    if caused is not None:
        # "North Korea dropped balloons on the South, prompting Seoul to vow retaliation":
        # Seoul acts (at the clause's subject, unless its own words name a target)
        subject = mentions_at(analysis, [caused])
    elif relative is not None:
        subject = [relative]  # "Armenia, which was angered by Baku and insisted ..."
    elif decider is not None:
        subject = [decider]  # "described as unprecedented Lithuania's decision to ban ..."
    elif syntax.shares_main_subject(tokens, match):
        # ", expressing its support", "and suspended trade", "to protest", "for talks":
        # the clause's main subject acts, not the nearest actor to the left
        # "X said that militants operate from Y, accusing Y of ...", "..., Manila said,
        # describing the move as illegal": an act of speech after a report is the speaker's
        speaker = opening_speaker(analysis, match.start) if kind in cues().spoken_kinds else None
        shared = _main_subject(analysis, match.start, clause_first, people)
        unnamed_main = shared is None and not last_subject and speaker is None
        nearest = subject if shared is not None else []  # an unknown subject is no one's
        subject = (
            _speaker_with_group(analysis, speaker) or list(last_subject) or shared or nearest
        )
    elif kind in cues().spoken_kinds and (reporter := _reporter_goes_on(analysis, match)):
        # "Vietnam said China's decision was illegal, demanded that the rig be withdrawn",
        # "X said Ankara expects a recovery but warned that ...": the reporter's next word
        subject = [reporter]
    if kind in ("sanction", "retreat") and pronouns.own_possession(tokens, match):
        # "announced actions against India, including the closure of its airspace": the
        # owner of "its" is the clause's subject, not the nearest state
        subject = first_group(analysis, match.start, clause_first, people) or subject
    agent = agents.doer(analysis, match, end_token)
    if not agent and kind in cues().spoken_kinds and _commentators_speak(analysis, match):
        # "Critics urged Britain to sanction China", "Scholars have long criticised the
        # treaty between Egypt and Israel": people who speak for no state (critics,
        # analysts, activists, lawmakers of no named state) are no side, and a state
        # named in what they say does not stand in for them
        return None
    main = _fronted_clause_end(analysis, match)
    if not subject and not agent and main:
        # "Arriving in Baku, Sharif ...", "After talks with Y, X signed ...": the
        # fronted clause's subject is the main clause's
        subject = group_opening(analysis, main)
    elif not subject and not agent and analysis.antecedent is not None and pronouns.owned_by_person(
        tokens, match
    ):
        # "His official visit to Uzbekistan in 1997 ...": the one the last sentence named
        subject = [analysis.antecedent]
    between = mentions_between(analysis, first_token, end_token)
    setting_between = bool(between) and _bgsetting_between(analysis, match, between[0])
    between_setting = between if setting_between else []
    if setting_between:
        # "the meeting came amid tensions between Israel and Iran": the parties of the
        # setting, not of the meeting
        between = []
    obj = _object(analysis, match, kind, act_end, exclude=subject + agent)
    # the object of a later act of the list, taken when this act names none: the
    # story's other side is the act's rather than the later act's addressee
    later_obj = None
    if obj is None and act_end < end_token:
        obj = later_obj = _object(analysis, match, kind, end_token, exclude=subject + agent)
    addressee = _mail_addressee(analysis, match) if kind in _MAILED_KINDS else None
    if addressee is not None and any(m is addressee for m in subject):
        # "In a letter to Putin, Erdogan urged ...", "In a message to his Russian
        # counterpart, Turkish President Erdogan ...": whom the letter went to is no writer
        span_of = analysis.span_of(addressee)
        writers = [m for m in subject if m is not addressee] or (
            group_before(analysis, match.start, span_of[1] + 1, people) if span_of else []
        )
        subject = [m for m in writers if m is not addressee]
    if obj is None and addressee is not None and not any(m is addressee for m in subject + agent):
        # "sent a message to Putin expressing condolences", "wrote to his counterpart,
        # urging ...": what a letter says is said to whom it is addressed
        obj = addressee
    if setting_between and obj is not None and any(obj is m for m in between_setting):
        obj = None  # nor is the first of them the meeting's other side
    if caused is not None and obj is None:
        # a retaliation with no target of its own answers the one who prompted it
        prompter = [m for m in first_group(analysis, match.start, 0, people)
                    if not any(parties.same_state(m, s) for s in subject)]  # fmt: skip
        obj = prompter[0] if prompter else None
    if agent and kind == "armed_clash" and _owned_patient(analysis, match, agent[0]):
        # "to discuss the shooting down of one of its warplanes by Syrian forces": the
        # owner of "its" (the clause's subject) was struck, not the state named nearest
        struck = [m for m in first_group(analysis, match.start, clause_first, people)
                  if not any(parties.same_state(m, a) for a in agent)]  # fmt: skip
        obj = struck[0] if struck else obj
    destination = destination_before(analysis, match)
    if destination is not None:
        # "Masimov's China visit": China is where he went, he is the visitor
        owner, obj = destination
        subject = [owner] if owner is not None else [m for m in subject if m is not obj]
    visitor = visitor_after(analysis, match) if kind == "visit" and not agent else None
    if visitor is not None:
        # "during the official visit to Kenya by the President of Spain", "received the
        # courtesy visit of Malaysia's minister": the one named after the trip travels,
        # to the place named or to whoever received him
        code = visitor.actor.code if visitor.actor is not None else ""
        hosts = [m for m in ([obj] if obj is not None else []) + subject
                 if m is not visitor and m.actor is not None and m.actor.code != code]
        subject, obj = [visitor], (hosts[0] if hosts else venues.venue_of_sentence(analysis))
    elif kind == "visit" and not agent and (meant := _country_visited(analysis, match, people)):
        # "X praised relations with the UAE, following an official visit to the country":
        # the sentence's first side went to the country named last
        subject, obj = meant
    elif kind == "visit" and not agent:
        # "X met Aliyev within his visit to Azerbaijan", "X met Aliyev in Baku, as he
        # begins a visit": no one visits his own country, so the visitor is the
        # clause's other side
        named_after = next((m for f, _, m in analysis.actor_at if f == match.end), None)
        where = named_after or venues.venue_of_sentence(analysis)
        other = [
            m for m in first_group(analysis, match.start, 0, people)
            if not goes_home([m], where)
        ] if goes_home(subject, where) else []  # fmt: skip
        if obj is not None and obj.kind == "dyad_ref":
            obj = None  # "a visit signifying the ties between the two countries"
        if other:
            # the place he is in is where the visitor went
            subject, obj = other, named_after or obj or where
        elif obj is None and where is not None and subject and not goes_home(subject, where):
            # "X arrived on Monday and met Y in Baku during a two-day visit"
            obj = where
    if last_target is not None and pronouns.object_after(tokens, match):
        obj = last_target  # "imposed sanctions on the Rwandan army, accusing them of ..."
    if obj is not None and obj.kind == "dyad_ref" and len(subject) >= 2:
        obj = None  # "X and Y agreed a pact between the two countries": X and Y themselves
    # "France issued a warning amid a row between the neighbours": a relation of the
    # actor's side and the other, so the other is meant
    relation = obj is not None and obj.kind == "dyad_ref" and _after_between(analysis, obj, match)
    passive = bool(agent) and syntax.is_passive(tokens, match.anchor)

    # the story's pair as the subject ("the two countries", "the sides"), no doer named
    pair_acts = len(subject) == 1 and subject[0].kind == "dyad_ref" and not agent
    # a state other than the pair's two, named as the act's object
    third = (
        obj if (
            pair_acts and ctx.dyad is not None and obj is not None and obj.actor is not None
            and obj.kind != "location" and len(obj.actor.code) == 3
            and all(obj.actor.code != a.code for a in ctx.dyad)
        ) else None
    )  # fmt: skip
    pair_joined_by = (
        third if third is not None and roles == "sym" and _pair_joined_with(analysis, third)
        else None
    )  # fmt: skip
    # "Both countries expelled Bolivia's envoy": the pair acts together on a third state
    # named as the directed act's object, which stays its target (not "one another")
    pair_acts_on = (
        third.actor if (
            third is not None and roles != "sym" and third.kind != "dyad_ref"
            and not syntax.each_other(tokens, match.end)
        ) else None
    )  # fmt: skip
    if pair_acts and ctx.dyad:
        # "the two countries signed ...", "the sides agreed to ...": the dyad acts
        # together, whatever else the clause names (a third state they act "with"
        # joins them below)
        obj, between = None, []
    on_border = False
    from_between = False
    attending: list[ActorMention] = []  # "along with X", "in the presence of X"
    if roles == "sym":
        attending = present(analysis, match, end_token)
        # "a summit with A and B": every member of the object group takes part, and
        # so does who is there ("in the presence of X", "with the mediation of X")
        objects = [obj, *coordinated_after(analysis, obj)] if obj else []
        participants = (subject or agent or between) + objects
        participants += [
            m for m in present(analysis, match, end_token) if not among(m, participants)
        ]
        compound = hyphenated_inside(analysis, match)
        if len(compound) >= 2:
            # "the start of joint Russian-Belarusian drills", "the Korea-Japan Basic
            # Treaty": the states the compound names are the parties, whoever else
            # the clause names
            participants = compound + [
                m for m in present(analysis, match, end_token) if not among(m, compound)
            ]
        elif between and ((not subject and obj is None) or _follows(analysis, match, between)):
            # "mediated talks between X and Y", "a ceasefire between X and Y brokered by Z"
            participants = between + [
                m for m in present(analysis, match, end_token) if not among(m, between)
            ]
            from_between = not subject and not agent and obj is None
        first, second, rest = parties.split_sides(parties.one_per_side(participants))
        border = border_pair(analysis, first_token, end_token) if kind == "armed_clash" else []
        if border and second is None and (
            first is None or any(parties.same_state(first, m) for m in border)
        ):
            # "a firefight erupted along the Uganda–South Sudan border", "a shootout on
            # the frontier between X and Y": fighting on a border is between the two
            # states it divides, in the order named
            first, second, rest = border[0], border[1], []
            on_border = True
    elif agent:  # "a visit by X to Y", "was recognised by X"
        first, _, rest = parties.split_sides(agent)
        targets = subject if passive else ([obj] if obj else subject)
        if passive and not targets and obj is not None and kind == "sanction":
            # "Sanctions were imposed on Iran by the EU": the subject is the thing done,
            # no side; the side it was done on is the one after its preposition
            targets = [obj]
        if kind == "criticism_hostility" and _told_of_the_clause(tokens, match):
            # "Spain and Norway recognised Palestine, a decision slammed by Israel":
            # what is criticised is the main clause's act, so its subject
            targets = first_group(analysis, match.start, 0, people) or targets
        second = targets[0] if targets else None
    elif (opened := envoys.opened_mission(analysis, match, end_token)) is not None:
        # "The Turkish Embassy in Almaty was opened in 1992": its owner opened it
        (first, second), rest = opened, []
    elif (kind == "mobilize" or _forces_withdrawn(tokens, match)
          or _munitions_launched(tokens, match, subject)
          ) and not match.pattern.dyadic and syntax.is_passive(tokens, match.anchor):  # fmt: skip
        # (so too "Armenian troops were pulled back from the border with Azerbaijan":
        # forces are withdrawn by their own side, from the other named after them)
        # "Sudanese forces are now massed on the Ethiopian border": forces are massed
        # or deployed by their own side, at the other named after them
        first, _, rest = parties.split_sides(subject)
        second = obj
    elif syntax.is_passive(tokens, match.anchor):
        # "three soldiers were killed outside Basra": the subject suffered it; who
        # did it is unnamed, at most placed
        first = venues.first_place(analysis, first_token, end_token)
        if kind in _HANDED_KINDS and _given_to(analysis, match, first):
            # "the rocket launchers have been supplied to Armenia": the place after "to"
            # received them; who gave them is unnamed
            handed_to, first = first, None
        if opened_in and envoys.acted_on(tokens, match):
            # "Iran's ambassador to Azerbaijan was summoned": the match begins inside
            # the envoy's own name, whoever the clause named before him
            subject = opened_in
        if not subject and envoys.acted_on(tokens, match):
            # "Ambassador of Turkey to Israel Sakir Torunlar was recalled": the match
            # opens on the envoy himself, named with his state and post
            subject = envoys.opening_envoy(analysis, match) or subject
        if first is None and (envoys.by_host(tokens, match) or envoys.sent_away(tokens, match)):
            # "was summoned to the Iranian Foreign Ministry", "was asked to leave India",
            # "Iran's ambassador to Azerbaijan was expelled": where the envoy serves (not
            # his own state, named later in the clause: "as the Turkish military ...")
            own = any(parties.same_state(obj, m) for m in subject) if obj is not None else True
            hosting = None if own else obj
            first = hosting or envoys.posting(subject)
        second, _, rest = parties.split_sides(subject)
        if handed_to is not None and second is None:
            second = handed_to
        post = envoys.posting(subject) or envoys.recalled_from(analysis, match)
        if envoys.recalled(tokens, match):
            home = envoys.recalled_to(analysis, match)
            if first is not None and home is not None and parties.same_state(first, home):
                # "the ambassador was called back to Ankara": the place first named is
                # his own capital, not his post
                first = None
            if post is None and first is not None and (
                    second is None or not parties.same_state(first, second)):  # fmt: skip
                # "the Egyptian ambassador in Rome has been recalled": the place named
                # with the envoy is where he served
                post = first
            if first is None or post is not None:
                # "India's envoy to Canada was recalled (to New Delhi)", "the ambassador
                # was recalled from Beijing", "was summoned back to Mogadishu": by his
                # own state (or the one whose capital he is called back to), from his post
                first, second = second or home, post
    elif roles == "o>s":
        first = obj
        second, _, rest = parties.split_sides(subject)
        if second is None and between:
            second = between[0]
    else:
        # "Presidents Clinton and Bush had visited the country": one side named twice
        first, extra_subject, rest = parties.split_sides(parties.one_per_side(subject))
        second = obj
        if obj is not None and first is not None and _received_from(
                analysis, match, first, obj):  # fmt: skip
            # "the US Embassy received a list of diplomats declared persona non grata from
            # the Russian ministry", "Japan received a protest from China": the one named
            # after "from" did it, to the receiver
            first, second = obj, first
        if extra_subject is not None and (
            syntax.each_other(tokens, match.end)
            or (kind == "pledge" and obj is not None and obj.kind == "location")
        ):
            # "X and Y accused each other of ...": X and Y are the sides, whoever
            # else the clause names; "the presidents of Chile and Argentina pledged to
            # ... and expressed concern about the unrest in Venezuela": a promise between
            # the two, not to the place named
            second, rest = extra_subject, [*rest, *([obj] if obj else [])]
        if first is None and between:
            first, second, rest = parties.split_sides(between)
            from_between = not subject and not agent
        elif extra_subject is not None:
            # "Saudi Arabia, Bahrain and Egypt condemned the attack": three or more
            # states doing to another what none of them does to the others (a promise
            # is made to one another)
            listed = bool(rest) and kind not in UNDIRECTED_KINDS and kind != "pledge"
            rest = [extra_subject, *rest]
            if second is None and not listed and not _joint_stance(tokens, match, kind):
                second, rest = rest[0], rest[1:]
        if second is None and first is not None:
            # "Armenia said Azerbaijani troops attacked its territory": the speaker's
            second = speaker_owning_target(analysis, match, first)
        if second is None and first is not None and match.pattern.plover == "ASSAULT":
            # "Indian troops opened fire across the LoC, Pakistan's military said":
            # force with no target named, reported by the other side, struck that side
            second = (
                _victims_before(analysis, match, first)
                or attributed_by_other_side(analysis, first)
                or reported_by_other_side(analysis, match, first)
            )
    handed = (envoys.handed_to(tokens, match) or envoys.after_host_act(tokens, match)) and bool(
        subject
    ) and not agent
    if handed:
        # "the Azerbaijani ambassador to Moscow was handed a note demanding ...": the
        # state he serves in demands it of his own
        first, second, rest = envoys.posting(subject), subject[0], []
    sent_away = agents.sent_away(analysis, match)
    if sent_away is not None:
        # "Baku's expulsion of French diplomats", "the expulsion of French embassy
        # employees from Baku": whose people were sent away, and who sent them
        expeller, expelled = sent_away
        kept = first is not None and not parties.same_state(first, expelled)
        first = expeller or (first if kept else None)
        second = expelled
    first, second, rest, group1, group2 = with_slots(analysis, match, first, second, rest)
    if first is None and second is not None and match.bound("+") and not match.bound("$"):
        # "“Russia must withdraw its troops,” the French minister said": a slot names the
        # side asked before the trigger; who asks is the speaker of the quotation
        quoted = referents.quote_speaker(analysis, match.anchor)
        if quoted is not None and quoted is not second:
            first = quoted
    if (
        second is None and first is not None and match.slots
        and match.pattern.plover == "ASSAULT" and not match.pattern.dyadic
    ):  # fmt: skip
        # "Islamabad said firing from the Indian side wounded ...": force whose shooter a
        # slot names and whose target none does struck the side that reports it
        second = attributed_by_other_side(analysis, first) or reported_by_other_side(
            analysis, match, first
        )
    reciprocal = (
        not match.slots and second is not None and coordinated_with(analysis, first, second)
    )
    actor1, dyad1 = parties.resolve(first, ctx)
    actor2, dyad2 = parties.resolve(second, ctx)
    if actor1 is None and actor2 is not None and _their_counterpart(analysis, second):
        # "Officials received the aid and thanked their Chinese counterparts": who has a
        # Chinese counterpart is the story's other side
        actor1 = ctx.partner_of(actor2)
    if later_obj is not None and second is later_obj and actor1 is not None and actor2 is not None:
        # "recalled its ambassador, ... and complained to the UN" in a story of Russia
        # and Georgia: the recall is Georgia's; the UN is only the complaint's
        story_other = ctx.partner_of(actor1)
        if story_other is not None and story_other.code != actor2.code:
            actor2 = story_other
    if (
        actor1 is not None
        and actor2 is not None
        and second is obj
        and len(between) == 2
        and any(m is second for m in between)
    ):
        # "expressed concern over the cooperation between Armenia and India" in a story
        # of Azerbaijan and India: of the two sides of the relation the act is about,
        # the one the story pairs with the actor
        related_partner = ctx.partner_of(actor1)
        if (
            related_partner is not None
            and related_partner.code != actor2.code
            and any(m.actor is not None and m.actor.code == related_partner.code for m in between)
        ):
            actor2 = related_partner
    if kind == "criticism_hostility" and actor1 is not None and actor2 is not None:
        accused = _accused_beyond_body(analysis, match, actor1, actor2, ctx)
        if accused is not None:
            actor2, dyad2 = accused, False
    second_actor = actor2
    pair_joiner: Actor | None = None
    if first is not None and first.kind == "dyad_ref" and ctx.dyad and second is None:
        actor1 = parties.with_text(ctx.dyad[0], first.text)
        actor2 = parties.with_text(ctx.dyad[1], first.text)
        # "the two countries held their first joint drills with the Azerbaijani
        # military": the state they act with is a further party of their joint act
        pair_joiner = pair_joined_by.actor if pair_joined_by is not None else None
        if pair_acts_on is not None:
            # the pair's second member is a further party of their act on the third
            pair_joiner, actor2 = actor2, pair_acts_on
    across = ctx.partner_of(actor1) if relation and dyad2 and second is obj and actor1 else None
    if across is not None:
        actor2, dyad2 = across, False  # the other side is named, it does not act with the actor
    others = parties.actors_of(rest, ctx)
    if pair_joiner is not None and all(a.code != pair_joiner.code for a in others):
        others = (*others, pair_joiner)
    if dyad2 and second is not None and second.kind == "dyad_ref":
        others = (*others, *parties.rest_of_pair(actor1, actor2, others, ctx))
    go_betweens = (
        mediators(analysis, clause_first, end_token) if kind in cues().mediated_kinds else []
    )
    if go_betweens:
        # "negotiations in Doha mediated by Qatar and Turkey": the go-betweens take part,
        # the sides are the others named, else the document's pair
        actor1, actor2, others = beside_mediators(go_betweens, actor1, actor2, others, ctx)
    target = (
        venues.protested(analysis, match, end_token)
        if kind == "protest" and not match.pattern.dyadic
        else None
    )
    protested = target[0].actor if target is not None else None
    if target is not None and protested is not None:
        # "protesters stormed the Saudi embassy in Tehran", "anti-Russian protests in
        # Georgia": against the state named, by the people of the place it was held in
        # ("Iranian protesters" say so themselves)
        place = target[1]
        actor2 = protested
        target_span = analysis.span_of(target[0])
        missions_listed = venues.listed_missions(analysis, *target_span) if target_span else []
        others = (*others, *(m.actor for m in missions_listed if m.actor is not None
                             and all(a.code != m.actor.code for a in others)))
        own_people = first is not None and _names_the_crowd(analysis, first, match)
        if place is not None and place.actor is not None and not own_people:
            actor1 = place.actor
        elif actor1 is None or actor1.code == protested.code:
            actor1 = ctx.partner_of(protested)
        if actor1 is not None and any(m.actor is not None and m.actor.code == actor1.code
                                      for m in missions_listed):  # fmt: skip
            actor1 = None  # "the Chinese and Russian embassies": each a target, no crowd
    acted_on_state = _own_state_acted_on(analysis, match, subject, act_end)
    if (
        acted_on_state is not None and actor1 is not None
        and actor1.code == acted_on_state.code and not agent
        and (actor1_partner := ctx.partner_of(actor1)) is not None
    ):  # fmt: skip
        # "Prof Prasad stated ... He thanked the Government of New Zealand": "he" is a
        # person of no known state, not the state named before him; one who acts on New
        # Zealand is not New Zealand, so in a text on it and Fiji he acts for Fiji
        actor1, actor2 = actor1_partner, acted_on_state
    if (
        actor1 is not None
        and actor2 is not None
        and parties.same_side(actor2, {(actor1.code, actor1.sector)}, match.pattern.dyadic)
    ):
        actor2, reflexive = None, True
    else:
        reflexive = False
    if (
        kind == "criticism_hostility" and actor2 is not None and not reflexive
        and second is obj and condemns_the_struck(analysis, match, second, actor1)
    ):  # fmt: skip
        # "Pakistan condemned the Pahalgam attack", "condemned the attack on the
        # Azerbaijani embassy": the side named is where the act happened or what it
        # hit, which the condemner sides with, not one it accuses
        return None
    if kind == "criticism_hostility" and second is obj and named_past_the_act(analysis, match, obj):
        actor2 = None  # the side named after the condemned act's phrase is not its target
    if reflexive and actor1 is not None and _charge_of_infringement(kind, match):
        # "the visit interferes in China's internal affairs, said China's spokesperson":
        # the side whose affairs were meddled in accuses the one who meddled, which is
        # not itself but, in a text on it and another, that other
        actor2 = ctx.partner_of(actor1)
        reflexive = actor2 is None
    owned = _ground_entered(analysis, match) if kind == "mobilize" else None
    if owned is not None and actor1 is not None and actor2 is None and owned.code == actor1.code:
        # "Japan said the helicopter flew within Japanese airspace": no one enters its own
        # airspace; the owner named is the target, the document's other side entered
        actor1, actor2 = ctx.partner_of(owned), owned
    if actor1 is None and actor2 is None:
        # a sentence naming nobody ("no formal agreement has been signed yet")
        # is about the document's dyad, with low confidence
        if ctx.dyad is None or not syntax.is_full_sentence(analysis):
            return None
        if analysis.actors and not (
            kind in parties.PAIR_ACTS and not match.pattern.dyadic
            and parties.names_only_the_pair(analysis, ctx.dyad)
        ):  # fmt: skip
            return None
        return Roles(ctx.dyad[0], ctx.dyad[1], (), True, False, (), from_context=True)
    if actor1 is not None and (actor2 is None or (roles == "s>o" and not agent)):
        # "killed six militants near the Afghan border": the group named first is
        # the target, and without a state of its own it is the actor's own people
        actor2 = venues.domestic_target(analysis, match, end_token, actor1) or actor2
    named_only = match.pattern.dyadic  # a verb dictionary's event names both sides itself
    if actor2 is None and actor1 is not None and kind in cues().domestic_kinds and not named_only:
        # protests and arrests with no foreign party are domestic (the coders' convention)
        actor2 = Actor(code=actor1.code, name=actor1.name, sector=None, text="")
    inferred = False
    if (
        actor1 is not None
        and actor2 is None
        and not agent
        and not named_only
        and unknown_people.after_unnamed_conjunct(analysis, first)
        and (partner := ctx.partner_of(actor1)) is not None
    ):
        # "he and Erdogan agreed to ...", "President John Magufuli and his Rwandan
        # counterpart agreed": the unnamed member named first is the pair's other side
        actor1, actor2, inferred = partner, actor1, True
    if actor1 is not None and actor2 is None and syntax.neighbour_after(tokens, match.end):
        # "accusing its neighbour of ...": the document's other state
        actor2 = ctx.partner_of(actor1)
    # a sentence that names another state keeps its own parties: the document's pair
    # does not fill a side it left open ("Pakistan signed a contract ... from Türkiye")
    own_parties = parties.names_another_state(analysis, actor1 or actor2, ctx.dyad)
    # nor one whose other side is the actor's own people ("food to Filipino forces")
    own_people = reflexive and roles != "sym"
    if kind in cues().partner_kinds and not named_only and not own_parties and not own_people:
        if actor1 is None and actor2 is not None and (
            roles == "o>s"
            or unknown_people.titled_subject(analysis, first_token, match.start)
            or (
                kind in _PEOPLE_MET
                and unknown_people.speaker_unnamed(analysis, first_token, match.start)
            )
        ):
            # "Premier Li Peng makes a return visit to India" in a paper on China and
            # India, "Amna Baloch is on a visit to Bangladesh" in one on Pakistan and
            # Bangladesh: a person the gazetteer does not know acts for the other side
            actor1 = ctx.partner_of(actor2)
            inferred = actor1 is not None
        elif actor2 is None and actor1 is not None:
            actor2 = ctx.partner_of(actor1)
            inferred = actor2 is not None
    if (
        actor1 is not None
        and actor2 is None
        and kind == "armed_clash"
        and match.bound("$")
        and tokens[match.anchor].low in _BLAMED
        and not own_parties
    ):
        # "vowed to respond to an airstrike widely attributed to Israel": the side a blow
        # is laid to struck the document's other side
        actor2 = ctx.partner_of(actor1)
        inferred = actor2 is not None
    invited = kind == "invitation" and syntax.is_passive(tokens, match.anchor)
    # "Canberra's envoy was ordered to leave": sent away by the state he serves in,
    # as a summons is
    hosted = envoys.by_host(tokens, match) or handed or (
        envoys.sent_away(tokens, match) and syntax.is_passive(tokens, match.anchor)
    )
    # "the crossings with Belarus were closed": the border is closed on the side named, by
    # the document's other side
    closed = kind == "sanction" and bool(match.slots) and syntax.is_passive(tokens, match.anchor)
    given = handed_to is not None and second is handed_to and not own_parties
    held = (_held_by_unnamed(analysis, match, kind, second, subject, end_token)
            and not own_parties)
    if (
        actor1 is None
        and actor2 is not None
        and (hosted or invited or closed or given or held)
        and not agent
    ):
        # "Iran's ambassador was summoned", "the Pakistani president was invited to a
        # summit": by the other state of the document
        actor1 = ctx.partner_of(actor2)
        inferred = actor1 is not None
    if (
        actor1 is None
        and actor2 is not None
        and kind in cues().statement_kinds
        and roles == "s>o"  # the speaker stands before the trigger
        and not agent
        and not named_only
        and not own_parties
        and (unnamed_main or unknown_people.speaker_unnamed(analysis, first_token, match.start))
        and not _owner_inside(analysis, match, second)
    ):
        # "Hu demanded that the Japanese side release the ship", "The Director General
        # urged the Indian side to ...": a speaker the gazetteer does not know, in a text
        # on that side and another, speaks for the other
        actor1 = ctx.partner_of(actor2)
        inferred = actor1 is not None
    if (
        actor1 is None
        and actor2 is not None
        and not agent
        and not named_only
        and unknown_people.body_acts(tokens, first_token, match.start)
    ):
        # "The Ministry of Foreign Affairs slammed China ...", "The Coast Guard seized a
        # Myanmarese boat": a state's body that the story has not tied to its state acts
        # on the other; in a text on that side and another, it is the other's
        actor1 = ctx.partner_of(actor2)
        inferred = actor1 is not None
    if (
        kind == "visit"
        and actor1 is not None
        and actor2 is not None
        and actor1.code != actor2.code
        and (went := trip_destination(analysis, match)) is not None
        and went.actor is not None
        and went.actor.code == actor1.code
    ):
        # "the visit that the President of Colombia will make to Quito", "arrived in
        # Addis Ababa on a state visit": no one visits his own country, so the side
        # whose place the trip went to is the host
        actor1, actor2 = actor2, actor1
    if answered is not None:
        # "sanctions against Turkey over the downing of a Russian warplane", "recalled its
        # envoy after an Iranian air strike killed two children": the act answered is
        # between the answering act's sides, the one the clause leaves out its other
        opened_at = tokens[answered.opening].start
        # a side named before the phrase opens is the answering clause's, not the act's
        own1 = actor1 if first is not None and first.start >= opened_at else None
        # a place struck names no side ("after the Pahalgam attack"): who did it is open
        struck_named = second is not None and second.kind != "location"
        named2 = actor2 if struck_named or own1 is not None else None
        if own1 is None and named2 is not None and agents.named_by_agent(analysis, second):
            # "condemned the ceasefire violations on November 8 by Indian forces": the
            # side after "by" did the act, whatever the clause's subject is
            own1, named2 = named2, None
        sides = answered_roles(answered, own1, named2, analysis.words, end_token)
        if sides is not None:
            actor1, actor2 = sides
    else:
        sides = None
    if actor1 is None:
        return None
    return Roles(
        actor1,
        actor2,
        parties.distinct(others, (actor1, actor2)),
        inferred,
        dyad1 or dyad2,
        tuple(subject),
        compound1=parties.actors_of(group1, ctx),
        compound2=parties.actors_of(group2, ctx),
        reciprocal=reciprocal,
        place2=actor2 is second_actor and venues.is_venue(analysis, second),
        reflexive=reflexive and actor2 is None,
        target=second if actor2 is not None else None,
        answered=sides is not None,
        on_border=on_border,
        from_between=from_between and sides is None and sent_away is None,
        go_betweens=tuple(
            m.actor.code for m in (*go_betweens, *attending)
            if m.actor is not None and m.actor.code
        ),
    )


# people who comment on states' acts but speak for none of them: "Critics", "Iranian
# analysts", "rights groups" (a demonym before them does not make them a state's voice)
_COMMENTATORS = frozenset(
    {"critics", "critic", "activists", "activist", "scholars", "scholar", "historians",
     "historian", "analysts", "analyst", "experts", "expert", "observers", "observer",
     "commentators", "commentator", "campaigners", "campaigner", "academics", "academic",
     "researchers", "researcher", "pundits", "pundit", "columnists", "columnist",
     "economists", "economist", "opponents", "detractors", "skeptics", "sceptics",
     "advocates", "dissidents", "intellectuals", "editorials", "editorial", "bloggers"}
)
# lawmakers speak for no state unless one is named with them ("British lawmakers")
_LAWMAKERS = frozenset(
    {"lawmakers", "lawmaker", "legislators", "legislator", "parliamentarians", "mps",
     "senators", "senator", "congressmen", "congresswomen"}
)
# "rights groups", "human rights organisations", "advocacy groups"
_ADVOCACY_GROUP_HEADS = frozenset(
    {"groups", "group", "organisations", "organizations", "organisation", "organization",
     "watchdogs", "watchdog", "bodies", "ngos", "campaigners", "advocates", "activists"}
)
_ADVOCACY_GROUP_KINDS = frozenset({"rights", "advocacy", "campaign", "civil", "humanitarian"})
# words between a subject and its verb: auxiliaries and adverbs ("have long criticised")
_BEFORE_VERB = frozenset(
    {"has", "have", "had", "also", "long", "again", "repeatedly", "often", "widely",
     "recently", "previously", "already", "jointly", "now", "then", "were", "are", "was",
     "is", "will", "would", "could", "may", "might", "been", "today", "yesterday",
     "too", "once", "even", "further", "still", "all", "both", ","}
)
_COMMENTATOR_LINKS = frozenset({"of", "in", "from", "at", "within", "across", "inside", "on"})


# words after a link that look like past verbs but name a kind of thing ("and armed
# groups", "and related entities")
_NOT_PAST_ACTS = frozenset(
    {"armed", "allied", "related", "affiliated", "linked", "based", "united", "detained",
     "wounded", "injured", "displaced", "disputed", "occupied", "contested", "named",
     "unnamed", "unidentified", "unspecified", "so-called", "aforementioned", "alleged",
     "needed", "advanced", "limited", "concerned", "interested", "proposed", "planned",
     "expected", "scheduled", "continued", "renewed", "increased", "heightened",
     "escalated", "sustained", "repeated", "coordinated", "combined", "mixed", "isolated"}
)


def _listed_past(word: Token) -> bool:
    low = word.low
    return word.text.islower() and word.text.isalpha() and low not in _NOT_PAST_ACTS and (
        low in cues().past_forms or low == "said" or (len(low) > 4 and low.endswith("ed"))
    )


def _next_listed_act(analysis: SentenceAnalysis, match: Match, end: int) -> int:
    """Where the next act of a list of one subject's acts begins after the match (the
    comma or "and" before its past verb: "recalled its ambassador, announced ... and
    complained to the UN"), else ``end``. An act with no words of its own after it
    shares the next one's object ("condemned and sanctioned Y"); a participle with
    "by" after it is no act of the subject (", backed by X")."""
    tokens = analysis.tokens
    # a word of the act's own after its verb: in the matched words ("recalled its
    # ambassador") or between the match and the link
    own = match.end - 1 > match.anchor
    for i in range(match.end, min(end, len(tokens) - 1)):
        low = tokens[i].low
        if low in (",", "and") and not analysis.inside_actor(i):
            at = i + 1
            while at < end and (
                tokens[at].low in ("then", "also", "later", "subsequently", "further")
                or syntax.manner_adverb(tokens[at].text)
            ):
                at += 1
            if at >= end or at + 1 >= len(tokens):
                continue
            if low == "," and not any(
                tokens[j].low == "and" and _listed_past(tokens[j + 1]) for j in range(at, end - 1)
            ):
                continue  # ", aimed at ...": a participle, no list of acts
            if own and _listed_past(tokens[at]) and tokens[at + 1].low != "by":
                return i
            continue
        if low != "," and not syntax.manner_adverb(tokens[i].text):
            own = True
    return end


def _commentators_speak(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the subject right before the trigger a commentator's ("Critics urged",
    "Pakistani analysts have long argued", "rights groups called on", "critics of Iran
    said"), or lawmakers that no state is named with?"""
    tokens = analysis.tokens
    i = match.start - 1
    while i >= 0 and not analysis.inside_actor(i) and (
        tokens[i].low in _BEFORE_VERB or (tokens[i].low.endswith("ly") and len(tokens[i].low) > 4)
    ):
        i -= 1
    if i < 0:
        return False
    if analysis.inside_actor(i):
        # "critics of Iran urged": the state is inside the commentators' phrase
        start = next(f for f, last, _ in analysis.actor_at if f <= i <= last)
        j = start - 1
        if j >= 0 and tokens[j].low in ("the", "its", "their"):
            j -= 1
        if j < 1 or tokens[j].low not in _COMMENTATOR_LINKS:
            return False
        i = j - 1
        return tokens[i].low in _COMMENTATORS
    low = tokens[i].low
    if low in _COMMENTATORS:
        return True
    if low in _LAWMAKERS:
        return i == 0 or not analysis.inside_actor(i - 1)
    return low in _ADVOCACY_GROUP_HEADS and i > 0 and tokens[i - 1].low in _ADVOCACY_GROUP_KINDS


# what a side says in a letter, message or cable is said to whom it is addressed
_MAILED_KINDS = frozenset(
    {"support_statement", "request", "invitation", "pledge", "concede", "criticism_hostility",
     "reject"}
)
_MAIL = frozenset(
    {"letter", "letters", "message", "messages", "note", "notes", "telegram", "telegrams",
     "cable", "cables", "missive", "missives", "wrote", "written", "write", "writes", "writing"}
)
_ADDRESS_WORDS = frozenset({"his", "her", "its", "their", "the"})


# verbs of getting something another sends: the act got is the sender's
_RECEIVING_VERBS = frozenset(
    {"receive", "receives", "received", "receiving", "get", "gets", "got", "getting"}
)


def _received_from(
    analysis: SentenceAnalysis, match: Match, receiver: ActorMention, sender: ActorMention
) -> bool:
    """Does the receiver's own clause get the act "from" the sender ("Japan received a
    formal protest from China", "got a warning from Somalia")?"""
    tokens = analysis.tokens
    got, sent = analysis.span_of(receiver), analysis.span_of(sender)
    if got is None or sent is None or not got[1] < match.start <= sent[0]:
        return False
    between = tokens[got[1] + 1 : match.start]
    if len(between) > 6 or not any(t.low in _RECEIVING_VERBS for t in between):
        return False
    if any(t.low in (",", ";", "that", "and") for t in between):
        return False
    return (sent[0] > 0 and tokens[sent[0] - 1].low == "from") or (
        sent[0] > 1 and tokens[sent[0] - 2].low == "from" and tokens[sent[0] - 1].low == "the"
    )


def _mail_addressee(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """The side a letter or message told before the act is addressed to ("sent a message
    to Putin expressing ...", "In a letter to his counterpart, X urged ...", "wrote to
    the Russian president asking ..."): the nearest one before the trigger."""
    tokens = analysis.tokens
    starts = {first: mention for first, _, mention in analysis.actors_in_order}
    for i in range(match.start - 2, max(-1, match.start - 30), -1):
        if tokens[i].low not in _MAIL or tokens[i + 1].low != "to":
            continue
        at = i + 2
        while at < match.start and tokens[at].low in _ADDRESS_WORDS and at not in starts:
            at += 1
        mention = starts.get(at)
        if mention is not None and at < match.start:
            return mention
        return None
    return None


def _owned_patient(analysis: SentenceAnalysis, match: Match, agent: ActorMention) -> bool:
    """Is a force noun's "of" phrase, before its agent, the owner's own thing ("the
    shooting down of one of its warplanes by X", "the sinking of their boat by X")?"""
    tokens, span = analysis.tokens, analysis.span_of(agent)
    if span is None or span[0] <= match.anchor or not syntax.is_noun_use(tokens, match.anchor):
        return False
    words = [t.low for t in tokens[match.anchor + 1 : span[0]]]
    return "of" in words and any(w in ("its", "their") for w in words)


def _own_state_acted_on(
    analysis: SentenceAnalysis, match: Match, subject: list[ActorMention], act_end: int
) -> Actor | None:
    """The state a "he" or "she" right before the trigger acts on, named as the act's
    first side after it, when the subject taken for the pronoun is that very state (a
    state or a body, no person): the pronoun stands for a person of no known state
    ("He thanked the Government of New Zealand"), so not for the one he thanks."""
    own = pronouns.right_before(analysis, match.start)
    if own is None or analysis.tokens[own].low not in ("he", "she"):
        return None
    if not subject or any(
        m.kind in ("person", "dyad_ref") or m.actor is None or analysis.span_of(m) is not None
        for m in subject
    ):  # a state or body of an earlier sentence, none this sentence names
        return None
    at, after = next(
        ((f, m) for f, _, m in analysis.actors_in_order if match.end <= f < act_end),
        (0, None),
    )
    between = analysis.tokens[match.end : at]
    if len(between) > 3 or any(t.low in ("that", ",", "to", "in") for t in between):
        return None  # the act's own object, right after it ("thanked the Government of X")
    if after is None or after.actor is None or after.kind in ("person", "location", "dyad_ref"):
        return None
    if syntax.each_other(analysis.tokens, match.end):
        return None
    codes = {m.actor.code for m in subject if m.actor is not None}
    return after.actor if codes == {after.actor.code} else None


def _subject_group(
    analysis: SentenceAnalysis,
    start: int,
    first_token: int,
    *,
    reach: bool = True,
    people: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """Actors ending nearest before ``start`` in the clause, with any actors
    coordinated with them; one clause further left if the clause has none.
    An apposition ("Pakistan, a key U.S. ally, has refused") is skipped."""
    appositive = syntax.appositive_start(analysis.tokens, start, first_token)
    if appositive is not None:
        group = group_before(analysis, appositive, first_token, people)
        if group:
            return group
    named = referents.former_or_latter(analysis, max(first_token, start - 4), start)
    if named is not None:
        return [named]  # "during the former's maiden visit": whoever was named first
    group = group_before(analysis, start, first_token, people)
    aside = _asked_aside(analysis, group[-1]) if group else None
    if aside is not None:
        # "Erdogan, on the invitation of Prime Minister Imran Khan, will arrive ... on a
        # visit": who invited or asked is no subject of what follows the aside
        group = group_before(analysis, aside, first_token, people)
    own = pronouns.right_before(analysis, start)
    if own is not None:
        # "... a day after Fiji said it would expel their diplomats": the speaker
        said_by = pronouns.speaker_right_before(
            analysis, own, analysis.tokens[own].low == "they"
        )
        if said_by:
            return said_by
    if group and own is not None and analysis.actors_in_order[0][0] < own:
        # "downgraded ties with India over what it called New Delhi's move": "it" is
        # the sentence's subject, not India, named last before it
        main = first_group(analysis, own, 0, people)
        if analysis.tokens[own].low in ("he", "she"):
            # "Fernandez's visit marked ... ties between Brazil and Argentina, and he
            # expressed gratitude": the person named first, not a state or a ministry
            person = pronouns.person_before(analysis, own)
            main = [person] if person is not None else []
            if (person is None and own > 0 and analysis.tokens[own - 1].low == "and"
                    and all(m.kind != "person" for m in group)):
                # "ordered troops to the border with Colombia and he warned Uribe": "he"
                # is no state named before it; whom it stands for is found below
                group = []
        if main:
            return main
    paired = pronouns.paired_person(analysis, group)
    if paired is not None:
        group = [paired, *group]
    pronoun = any(t.low in pronouns.PERSONAL for t in analysis.tokens[first_token:start])
    said = reporting_verb_before(analysis, first_token) if pronoun and not group else None
    if said is not None:
        # "Cavusoglu said as he thanked Greece", "X and Y officials said that they had
        # agreed": the speakers of the sentence so far
        speakers = group_before(analysis, said, syntax.clause_start(analysis, said), people)
        plural = any(t.low == "they" for t in analysis.tokens[first_token:start])
        if speakers:
            return speakers if plural else speakers[-1:]
    if not group:
        # "The ministry also condemned ...": the ministry named last, else the last
        # sentence's actor
        named = referents.body_referent(analysis, first_token, start)
        if named is not None:
            return [named]
    if not group and any(t.low in ("he", "she") for t in analysis.tokens[first_token:start]):
        # "The prime minister hoped that when he will visit Azerbaijan ...": the person
        # this sentence named before the pronoun's clause
        person = pronouns.person_before(analysis, first_token)
        if person is not None:
            return [person]
    if not group and pronoun:
        # "South Sudan pulled troops out on Wednesday after it accused Khartoum ...": a
        # pronoun after the sentence's own subject stands for that subject; only one
        # opening the sentence reaches back to the sentence before
        in_sentence = pronouns.subject_in_sentence(analysis, first_token, start)
        if in_sentence:
            return in_sentence
    if not group and pronoun and analysis.they_group and any(
        t.low == "they" for t in analysis.tokens[first_token:start]
    ):
        # "Australia and Indonesia agreed ... They renewed a counterterrorism pact": the
        # states the sentence before named together
        return list(analysis.they_group)
    if not group and analysis.antecedent is not None and pronoun:
        # "He is expected to meet ...": the last sentence's actor
        return [analysis.antecedent]
    quoted = any(t.low in pronouns.FIRST_PERSON for t in analysis.tokens[first_token:start])
    if not group and quoted:
        speaker = referents.quote_speaker(analysis, start) or referents.unquoted_speaker(
            analysis, start
        )
        if speaker is not None:
            return [speaker]  # "“We call on Rwanda to ...,” the French ministry said"
    if group or first_token == 0 or not reach:
        return group
    previous = syntax.clause_start(analysis, first_token - 1)
    group = group_before(analysis, first_token - 1, previous, people)
    before = analysis.tokens[previous:first_token]
    reported = any(t.low in cues().reporting for t in before[-3:])  # "The statement said that"
    if not group and not reported:
        # "The ministry did not give details but urged ...": the body of the clause before
        named = referents.body_referent(analysis, previous, first_token)
        if named is not None:
            return [named]
    return group


_HARMED = frozenset({"killed", "martyred", "wounded", "injured", "hurt"})


def _victims_before(
    analysis: SentenceAnalysis, match: Match, attacker: ActorMention
) -> ActorMention | None:
    """ "Two Pakistani soldiers were martyred in unprovoked Indian firing": the people
    harmed "in" the force, named before it, are its target."""
    tokens = analysis.tokens
    at = match.start - 1
    while at > 0 and tokens[at].low != "in" and match.start - at <= 4:
        at -= 1  # "in unprovoked Indian firing"
    if at < 2 or tokens[at].low != "in" or tokens[at - 1].low not in _HARMED:
        return None
    harmed = [
        m for f, last, m in analysis.actors_in_order
        if last < at - 1 and m.actor is not None and m.kind != "location"
    ]  # fmt: skip
    victim = harmed[-1].actor if harmed else None
    if victim is None or attacker.actor is None or victim.code == attacker.actor.code:
        return None
    return harmed[-1]


# transfers told in the passive ("were supplied to X"): "to X" names the recipient
_HANDED_KINDS = frozenset({"arms_transfer", "aid_project"})


def _given_to(analysis: SentenceAnalysis, match: Match, place: ActorMention | None) -> bool:
    """Is ``place`` named right after "to" behind the trigger ("supplied to Armenia")?"""
    span = analysis.span_of(place) if place is not None else None
    if span is None or span[0] < match.end or span[0] > match.end + 3:
        return False
    return analysis.tokens[span[0] - 1].low == "to"


_ASKED = frozenset({"invitation", "request", "behest", "initiative"})


def _asked_aside(analysis: SentenceAnalysis, mention: ActorMention) -> int | None:
    """The comma opening an aside ", on the invitation of X," or ", at the request of
    X," that ``mention`` stands in and that closes with a comma after it; else None."""
    span = analysis.span_of(mention)
    tokens = analysis.tokens
    if span is None or span[1] + 1 >= len(tokens) or tokens[span[1] + 1].low != ",":
        return None
    for i in range(span[0] - 1, max(-1, span[0] - 8), -1):
        if tokens[i].low == ",":
            words = [t.low for t in tokens[i + 1 : span[0]]]
            asked = len(words) >= 3 and words[0] in ("on", "at", "upon")
            return i if asked and _ASKED & set(words) and words[-1] == "of" else None
    return None


# how people of one side named in a passive are told: "Sri Lankan fishermen", "a
# Georgian citizen", "Afghan families", "Cambodian troops"
_HELD_PEOPLE = frozenset({"demonym", "state"})
_FREED = frozenset({"released", "freed", "repatriated"})
# what is done to forces withdrawn, by their own side
_PULLED_VERBS = frozenset({"pulled", "withdrawn"})


def _forces_withdrawn(tokens: Sequence[Token], match: Match) -> bool:
    """ "Armenian troops were pulled back": forces named right before the passive verb
    of a withdrawal (not "demanded that the rig be withdrawn")."""
    if match.pattern.kind != "retreat":
        return False
    if tokens[match.anchor].low in _RETOLD_FLOWN:
        # "France's ambassador in Niger was flown out of the country": the match opens
        # on the people flown out, whose own side takes them out
        opener = tokens[match.start].low
        return opener in _FORCE_NOUNS or opener in _RETOLD_LEAVERS
    return tokens[match.anchor].low in _PULLED_VERBS and any(
        t.low in _FORCE_NOUNS for t in tokens[max(0, match.anchor - 4) : match.anchor]
    )


# munitions told in the passive as sent off ("Iranian drones were launched at Israel",
# "Russian shells were fired into Ukraine"): the side they belong to fired them, at the
# one named after them; "were shot down" is what befell them, not a launch
_MUNITIONS = frozenset(
    {"missile", "missiles", "drone", "drones", "rocket", "rockets", "shell", "shells",
     "mortar", "mortars", "projectile", "projectiles", "bomb", "bombs", "grenade",
     "grenades", "munitions", "salvo", "salvos", "barrage", "barrages", "round", "rounds"}
)
_LAUNCHED = frozenset({"fired", "launched", "lobbed", "shot"})


def _munitions_launched(
    tokens: Sequence[Token], match: Match, subject: Sequence[ActorMention]
) -> bool:
    """ "Iranian drones were launched at Israel": a side's munitions, named with it right
    before the passive verb that sent them off (not "the rockets were fired at ...")."""
    if match.pattern.kind != "armed_clash" or tokens[match.anchor].low not in _LAUNCHED:
        return False
    after = tokens[match.anchor + 1].low if match.anchor + 1 < len(tokens) else ""
    if after in ("down", "up", "back"):
        return False
    near = tokens[max(0, match.anchor - 5) : match.anchor]
    if not near or not any(t.low in _MUNITIONS for t in near):
        return False
    return any(m.end > near[0].start and m.start < tokens[match.anchor].start for m in subject)


# "France's ambassador has left the country", "Australian police departed Honiara":
# a side's own envoy, police or warship leaving the other's ground, named by its state
_RETOLD_LEAVERS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "police",
     "policemen", "officers", "destroyer", "destroyers", "warship", "warships", "frigate",
     "frigates", "personnel", "staff"}
)
_RETOLD_FLOWN = frozenset({"flown", "airlifted", "evacuated"})


# "Russian troops left Kherson": a withdrawal told from the forces' own name, whose
# state (the name's opening word) is the one withdrawing
_FORCE_NOUNS = frozenset(
    {"troops", "forces", "soldiers", "army", "units", "peacekeepers", "contingent",
     "contingents", "garrison", "garrisons"}
)
_BLAMED = frozenset({"attributed", "blamed"})


def _freed_word_at(analysis: SentenceAnalysis, at: int) -> str:
    return analysis.tokens[at].low if 0 <= at < len(analysis.tokens) else ""


def _held_by_unnamed(
    analysis: SentenceAnalysis,
    match: Match,
    kind: str,
    second: ActorMention | None,
    subject: Sequence[ActorMention],
    end: int,
) -> bool:
    """ "Five Sri Lankan fishermen were arrested for fishing in Indian waters", "twenty
    Cambodian troops captured on 29 July": people of one side held, expelled or
    sentenced, told in the passive with no captor named. In a text on that side and
    another, the other side held them (as a summoned envoy was summoned by it); so too
    people of one side released or freed with no holder named ("the Indian pilot will be
    released on Friday"): the other side held them and lets them go."""
    force = kind == "armed_clash" and match.pattern.plover == "ASSAULT"
    freed = (
        kind == "retreat"
        and _freed_word_at(analysis, match.anchor) in _FREED
        and _freed_word_at(analysis, match.anchor + 1) != "by"  # "released by X": X holds them
    )
    if (kind != "coerce" and not force and not freed) or match.pattern.dyadic or second is None:
        return False
    tokens = analysis.tokens
    if not syntax.is_passive(tokens, match.anchor):
        return False
    if any(t.low == "had" for t in tokens[max(0, match.anchor - 3) : match.anchor]) and not any(
        match.anchor < i < end for i, _ in analysis.date_at
    ):
        # "released two Iranian drivers on Thursday, who had been arrested": a capture
        # told only as what came before, with no time of its own
        return False
    if force and not _victims_told(analysis, second, match.anchor):
        # "three Algerians were killed", "an Azerbaijani serviceman has been killed": force
        # on people named by their nationality right before the auxiliary (not "a clash
        # with Eritrean troops killed two", nor "the Azerbaijani side said two of its
        # citizens were killed", nor "the operation Kosovo said was targeted")
        return False
    return second.kind in _HELD_PEOPLE and any(second is m for m in subject)


_SUFFERED_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "got"})


def _victims_told(analysis: SentenceAnalysis, victims: ActorMention, anchor: int) -> bool:
    """Is the verb at ``anchor`` a participle right after an auxiliary ("were killed",
    "has been brutally killed") whose subject ends with ``victims``, people named by
    their nationality ("three Algerians", "two Tajik border guards, were")?"""
    tokens = analysis.tokens
    span = analysis.span_of(victims)
    if victims.kind != "demonym" or span is None:
        return False
    at = anchor - 1
    while at > span[1] and (tokens[at].low.endswith("ly") or not tokens[at].low.isalpha()):
        at -= 1
    if at <= span[1] or tokens[at].low not in _SUFFERED_AUX:
        return False
    while at > span[1] + 1 and tokens[at - 1].low in _SUFFERED_AUX | {"has", "have", "had"}:
        at -= 1
    gap = [t for t in tokens[span[1] + 1 : at] if t.low.isalpha()]
    if len(gap) > 1:
        return False
    # "were killed on Monday after gunmen attacked a post": the act that killed them is
    # told in its own clause, which codes itself if it names anyone
    for token in tokens[anchor + 1 : anchor + 8]:
        if token.low in (",", ";", ".") or token.low in _SUFFERED_AUX:
            break
        if token.low in ("after", "when", "as", "while"):
            return False
    return True


def _charge_of_infringement(kind: str, match: Match) -> bool:
    """Is the match a charge told from the side it wrongs, whose slot names that side
    ("interferes in China's internal affairs", "drew a furious reaction from Moscow",
    "the threatening rhetoric of Iran's officials")?"""
    return (
        kind == "criticism_hostility" and not match.pattern.dyadic
        and match.pattern.roles == "o>s" and bool(match.slots)
    )  # fmt: skip


# acts that a person takes part in (a name alone may stand for a side): not a project
# "built under Türkiye's programme", whose capitals name ships and funds
_PEOPLE_MET = frozenset({"visit", "meeting", "negotiation", "invitation", "concede"})


def _owner_inside(analysis: SentenceAnalysis, match: Match, mention: ActorMention | None) -> bool:
    """Is ``mention`` a possessor inside the matched words ("expressed Beijing's strong
    dissatisfaction"): the speaker's own side, not the one spoken to?"""
    span = analysis.span_of(mention) if mention is not None else None
    if span is None or not match.start <= span[0] < match.end:
        return False
    return analysis.tokens[span[1]].text.endswith(("'s", "’s", "'", "’"))


_RESUMING = frozenset({"decision", "move", "step", "measure", "which"})


# land and sea named by a state's name: where a joint act happens, not who takes part
_GROUND = frozenset(
    {"border", "borders", "frontier", "frontiers", "coast", "coasts", "coastline", "waters",
     "shore", "shores", "airspace", "territory", "territorial", "boundary", "island",
     "islands", "side"}
)


def _names_ground(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Does the mention name a piece of ground ("the Iranian border", "the
    Armenia-Iran border", "the coast of Japan", "the border with Iran")?"""
    at = last + 1
    while at < len(tokens) and (tokens[at].text in DASHES or tokens[at].text[:1].isupper()):
        at += 1  # "the Armenia-Iran border"
    if at < len(tokens) and tokens[at].low in _GROUND:
        return True
    before = first - 1
    if before >= 0 and tokens[before].low == "the":
        before -= 1
    return (
        before >= 1
        and tokens[before].low in ("of", "with")
        and tokens[before - 1].low in _GROUND
    )


def _told_of_the_clause(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a participle after a noun that sums up the clause before it
    (", a decision denounced by Seoul", ", which was criticized by the EU")?"""
    before = [t.low for t in tokens[max(0, match.start - 4) : match.start]]
    if not tokens[match.anchor].low.endswith("ed") or "," not in before:
        return False
    after_comma = before[len(before) - before[::-1].index(","):]
    return bool(_RESUMING & set(after_comma))


def _own_subject_after(tokens: Sequence[Token], verb_end: int, start: int) -> bool:
    """Do words stand between an earlier verb and this one (so one of them is this
    verb's subject), none a pronoun that takes up the earlier subject ("said it would")?"""
    between = [t.low for t in tokens[verb_end:start]]
    return (
        bool(between)
        and between[-1] not in {"to", "and", ",", "or"}
        and not any(w in syntax.SUBJECT_PRONOUNS for w in between)
    )


def _reporter_goes_on(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """The speaker of "X said <clause>, <verb>ed" or "X said <clause> but <verb>ed": a past
    verb after a reported clause, with no subject of its own, goes on with the one who
    spoke, named right before the reporting verb."""
    tokens = analysis.tokens
    at = match.start - 1
    while at > 0 and (
        syntax.manner_adverb(tokens[at].text) or tokens[at].low == "also"
        or tokens[at].text in QUOTE_MARKS
    ):
        at -= 1
    if at < 3 or tokens[at].low not in (",", "but") or match.anchor != match.start:
        return None
    if not tokens[match.start].low.endswith("ed"):
        return None
    said = reporting_verb_before(analysis, at)
    if said is None or said > at - 3 or tokens[said].low.endswith("ing"):
        return None
    speakers = [m for f, last, m in analysis.actor_at if said - 3 <= last < said]
    return speakers[-1] if speakers and speakers[-1].kind != "location" else None


def _speaker_with_group(
    analysis: SentenceAnalysis, speaker: ActorMention | None
) -> list[ActorMention]:
    """The speaker of "X, Y and Z said ..., accusing W" with every state listed beside
    it: the whole list speaks, not only its last member (nearest the verb)."""
    if speaker is None:
        return []
    group = [
        m for _, _, m in analysis.actors_in_order
        if m is speaker or (m.kind != "location" and coordinated_with(analysis, speaker, m))
    ]
    return group or [speaker]


def _main_subject(
    analysis: SentenceAnalysis, start: int, clause_first: int, people: frozenset[int]
) -> list[ActorMention] | None:
    """The subject a participle, coordinated verb or gerund shares: its clause's first
    group, or, for a gerund clause after a subordinator ("X and Y shook hands after
    initialling the deal and holding talks"), the first group of the clause it hangs
    from, with everyone coordinated with it. None when the clause opens with a person
    the gazetteer does not know."""
    tokens = analysis.tokens
    if (
        0 < clause_first < len(tokens)
        and tokens[clause_first - 1].low in syntax.GERUND_LINKS
        and tokens[clause_first].low.endswith("ing")
    ):
        host = syntax.clause_start(analysis, clause_first - 1)
        if clause_first > 1 and tokens[clause_first - 2].low == ",":
            # "X withdrew its diplomats from Y in a letter to Y's embassy, while asking
            # the embassy to ...": set off by a comma, the gerund hangs from the main clause
            host = min(host, syntax.main_clause_start(tokens, phrases=True))
        group = first_group(analysis, clause_first - 1, host, people)
        if group:
            return group + [m for m in coordinated_after(analysis, group[-1]) if m not in group]
    group = first_group(analysis, start, clause_first, people)
    opening = max(clause_first, syntax.main_clause_start(tokens, phrases=True))
    coordinated = syntax.after_and_or_but(tokens, start)
    broke_at = tokens[clause_first - 1].low if clause_first > 0 else ""
    if (
        not group
        and coordinated
        and (broke_at in cues().all_prepositions or broke_at in syntax.GERUND_LINKS)
        and not any(t.low in syntax.SUBJECT_PRONOUNS for t in tokens[clause_first:start])
    ):
        # "X paid his respects to soldiers killed since 2014, and also met Zelensky": the
        # verb after "and" shares the subject of the sentence's main clause, not of a
        # phrase ("since 2014") the first verb's object ends with
        opening = min(opening, syntax.main_clause_start(tokens, phrases=True))
        group = first_group(analysis, start, opening, people)
    span = analysis.span_of(group[0]) if group else None
    if (
        span is not None
        and coordinated
        and syntax.object_of_verb(tokens, opening, span[0])
    ):
        # "The Coast Guard escorted a Mexican boat and detained the crew": the state
        # named in the first verb's object is no subject of the second
        return None
    if (
        span is not None
        and opening < span[0]
        and unknown_people.opens_with_unknown(analysis, opening, span[0])
        and not any(t.low in cues().reporting for t in tokens[opening : span[0]])
    ):
        # "Kanasugi also protested a post by China's consul and called for ...": the
        # subject is the person the gazetteer does not know, not the first actor after him
        return None
    if span is not None and opening < span[0]:
        head = tokens[opening].low
        if head in syntax.SUBJECT_PRONOUNS:
            # "He introduced visas for Algerians and began a campaign to expel ...": the
            # one the pronoun stands for, not the first actor after it
            person = pronouns.person_before(analysis, opening) if head in ("he", "she") else None
            own = person or analysis.antecedent
            return [own] if own is not None else None
    return group


def _follows(analysis: SentenceAnalysis, match: Match, pair: list[ActorMention]) -> bool:
    """Does "between X and Y" come right after the trigger?"""
    return any(
        match.end <= f <= match.end + 2 and m is pair[0] for f, _, m in analysis.actor_at
    ) or (match.end < len(analysis.tokens) and analysis.tokens[match.end].low == "between")


_DECISIONS = frozenset(
    {"decision", "move", "plan", "plans", "bid", "attempt", "attempts", "refusal", "threat",
     "offer", "proposal", "intention", "readiness", "willingness", "pledge", "promise",
     "commitment", "efforts", "effort", "call", "calls", "demand", "request", "order"}
)


def _decision_owner(analysis: SentenceAnalysis, match: Match) -> ActorMention | None:
    """The owner of "X's decision to <act>", "X's plan to <act>", "X (has) decided to
    <act>": X does the act."""
    tokens = analysis.tokens
    to = match.start - 1
    if to >= 2 and tokens[to].low == "to" and tokens[to - 1].low in syntax.DECIDING:
        at = to - 2
        while at > 0 and tokens[at].low in cues().auxiliaries:
            at -= 1  # "Pakistan has decided to"
        return next((m for _, last, m in analysis.actor_at if last == at), None)
    taken = syntax.decision_taker(analysis, to, _DECISIONS)
    if taken is not None:
        return taken[1]  # "the decision by the Polish authorities to expel ..."
    if to < 2 or tokens[to].low != "to" or tokens[to - 1].low not in _DECISIONS:
        return None
    owner = to - 2
    if not tokens[owner].text.endswith(("'s", "’s", "'", "’")):
        return None  # "Lithuania's", "Algiers'"
    return next((m for _, last, m in analysis.actor_at if last == owner), None)


_REFERRING = frozenset({"the", "this", "that", "these", "those"})


def _country_visited(
    analysis: SentenceAnalysis, match: Match, people: frozenset[int]
) -> tuple[list[ActorMention], ActorMention] | None:
    """The visitors (the sentence's first side) and the state "the country" names in
    "a visit to the country", if the trip is told so."""
    opening = first_group(analysis, match.start, 0, people)
    meant = country_meant(analysis, match, opening[0] if opening else None)
    return (opening, meant) if opening and meant is not None else None


def _fronted_clause_end(analysis: SentenceAnalysis, match: Match) -> int:
    """Where the main clause begins, if the trigger is in a fronted clause whose
    subject the main clause gives; else 0. Not for a definite noun ("During the visit,
    X and Y will ..."), which refers back."""
    tokens = analysis.tokens
    # what is done "before" the main act is not told as done yet ("Before leaving for
    # Beijing, Bush ...": PETRARCH's coders code the main clause alone)
    main = syntax.main_clause_start(tokens) if tokens[0].low != "before" else 0
    if not main and not analysis.inside_actor(0):  # "Beijing said" opens with a name
        main = syntax.participle_clause_end(tokens)
    if match.start >= main:
        return 0
    if match.start > 0 and tokens[match.start - 1].low in _REFERRING:
        # "During the visit, ..." refers back; "During his visit to X, Y met ...": "his"
        # is the main clause's subject, named after it
        return 0
    return main


def _object(
    analysis: SentenceAnalysis,
    match: Match,
    kind: str,
    end_token: int,
    exclude: Sequence[ActorMention],
) -> ActorMention | None:
    tokens = analysis.tokens
    c = cues()
    # the subject's own state again is no target, unless a different part of it
    # ("the government arrested opposition members" is domestic, not reflexive)
    excluded = {(m.actor.code, m.actor.sector) for m in exclude if m.actor is not None}
    # a verb dictionary codes a government acting on its own country (USAGOV -> USA)
    exact = match.pattern.dyadic
    # a directed event's target may be named as a place ("sold drones to
    # Azerbaijan", "trained units in Azerbaijan"); a meeting's place is not a party
    places_ok = match.pattern.roles != "sym"
    candidates = []
    for first, last, mention in analysis.actors_in_order:
        if first <= match.anchor or first >= end_token or modifies(analysis, last):
            continue
        actor = mention.actor
        if mention in exclude or (actor is not None and parties.same_side(actor, excluded, exact)):
            continue
        if mention.kind == "location" and not places_ok:
            continue
        if not places_ok and _names_ground(tokens, first, last):
            continue  # "held drills near the Iranian border", "off the coast of Japan"
        candidates.append((first, syntax.preposition_before(tokens, first), mention))
    if not candidates:
        return None
    # a trigger that ends in its own preposition ("hit out at", "fired on") governs
    # the actor right after it, even a capital: "hit out at Islamabad" is no venue
    own_preposition = tokens[match.end - 1].low if match.end > match.start else None
    for first, prep, mention in candidates:
        # inside the matched words or right after them: the direct object
        if first < match.end or (
            first == match.end and (prep not in c.all_prepositions or prep == own_preposition)
        ):
            return mention
        if (
            first > match.end
            and own_preposition not in c.all_prepositions
            and all(t.low in c.determiners for t in tokens[match.end : first])
        ):
            # "accused the president of Guyana of ...": a verb's direct object, however
            # many sides its charge names after "of" ("protested to the UN against X"
            # keeps "against")
            return mention
    for wanted in c.object_prepositions.get(kind, ()):
        for _, prep, mention in candidates:
            if prep == wanted:
                return mention
    for _, prep, mention in candidates:
        if mention.kind != "location" or prep not in venues.PLACE_PREPOSITIONS:
            return mention  # "in Baku" is where it happened; "to Azerbaijan" is a party
    return candidates[0][2]


# the words that open the setting of an act ("amid tensions between X and Y",
# "despite a row between X and Y", "against the backdrop of a war between X and Y")
_BGSETTING_WORDS = frozenset(
    {"amid", "amidst", "despite", "backdrop", "background", "wake", "aftermath", "midst",
     "shadow", "face"}
)


def _bgsetting_between(analysis: SentenceAnalysis, match: Match, mention: ActorMention) -> bool:
    """Is the "between X and Y" that names ``mention`` after the trigger, inside a
    phrase of the setting ("amid", "despite") that opens after the trigger?"""
    span = analysis.span_of(mention)
    if span is None or span[0] <= match.end:
        return False
    return any(t.low in _BGSETTING_WORDS for t in analysis.tokens[match.end : span[0]])


def _after_between(analysis: SentenceAnalysis, mention: ActorMention, match: Match) -> bool:
    """Is ``mention`` right after "between" ("a row between the two countries"), with no
    other side named from the trigger to it ("thanked Uzbekistan for ... ties between
    the two countries" names its object)?"""
    span = analysis.span_of(mention)
    if span is None or span[0] == 0 or analysis.tokens[span[0] - 1].low != "between":
        return False
    return not any(match.end <= f < span[0] for f, _, _ in analysis.actor_at)


def _ground_entered(analysis: SentenceAnalysis, match: Match) -> Actor | None:
    """The state whose airspace, waters or territory the match names after its trigger
    ("flew within Japanese airspace", "entered Estonia's airspace"), not the side an
    actor slot binds ("by a Russian helicopter")."""
    bound = {start for _, starts in match.slots for start in starts}
    return next(
        (m.actor for f, _, m in analysis.actor_at
         if match.anchor < f < match.end and f not in bound and m.actor is not None),
        None,
    )  # fmt: skip


def _names_the_crowd(analysis: SentenceAnalysis, mention: ActorMention, match: Match) -> bool:
    """Does the mention modify the protest's own noun ("Iranian protesters")?"""
    span = analysis.span_of(mention)
    return span is not None and span[1] == match.anchor - 1




# the words of a stance taken on something, from the lexicon of reproach: "X and Y
# condemned the use of force" is a stand the two take together on what follows, not an
# act of one on the other; the nouns voice it too ("voiced opposition to", "expressed
# concern over", "their condemnation of")
_STANCE_WORDS = cues().reproach.stance
_STANCE_KINDS = frozenset({"criticism_hostility", "reject"})
_TRADED_WORDS = frozenset({"traded", "trade", "trading", "exchanged", "exchange", "exchanging"})


def _joint_stance(tokens: Sequence[Token], match: Match, kind: str) -> bool:
    """Whether two joined subjects take a stance together on what the clause names
    ("Iran and Syria condemned the use of force", "Russia and China oppose unilateral
    sanctions"): neither is the other's target. Acts done together ("X and Y signed",
    "clashed", "held talks") keep the second as the other side."""
    said = {t.low for t in tokens[match.start : match.end]}
    if kind in _STANCE_KINDS and said & _STANCE_WORDS and not said & _TRADED_WORDS:
        return True  # (not "X and Y traded criticism": that is done to each other)
    # the act named as what a stance verb right before it is about
    for i in range(match.start - 1, max(match.start - 4, -1), -1):
        low = tokens[i].low
        if low in _STANCE_WORDS:
            return True
        if not low.isalpha() or low in ("and", "but", "while", "that", "said", "says"):
            return False
    return False


def _pair_joined_with(analysis: SentenceAnalysis, mention: ActorMention) -> bool:
    """Is ``mention`` introduced by "with" ("... joint exercises with the Azerbaijani
    military", "signed a deal with China")?"""
    span = analysis.span_of(mention)
    if not span:
        return False
    at = span[0] - 1
    while at >= 0 and analysis.tokens[at].low in ("the", "its", "their"):
        at -= 1
    return at >= 0 and analysis.tokens[at].low == "with"


# the words of a complaint carried to a body ("complained to the UN", "lodged a
# complaint with the Security Council", "protested to the OSCE")
_COMPLAINT_STEMS = ("complain", "protest")


def _accused_beyond_body(
    analysis: SentenceAnalysis,
    match: Match,
    actor1: Actor,
    actor2: Actor,
    ctx: DocContext,
) -> Actor | None:
    """The side a complaint is about when it is addressed to an intergovernmental body:
    "Russia complained to the UN after Georgia detained its officers" accuses Georgia;
    the UN only hears it. The accused is the first state named after the body in the
    sentence (the doer of the act complained of, "after Georgia detained ...")."""
    if actor2.sector != "IGO" or actor1.sector == "IGO":
        return None
    tokens = analysis.tokens
    if not any(
        tokens[i].low.startswith(_COMPLAINT_STEMS)
        for i in range(match.start, min(match.end, len(tokens)))
    ):
        return None
    for first, _, mention in analysis.actors_in_order:
        if first < match.end:
            continue
        named, _dyad = parties.resolve(mention, ctx)
        if named is None or named.sector == "IGO" or named.code in (actor1.code, actor2.code):
            continue
        return named
    # no state named past the body: the body itself may be the one complained of
    # ("protested to NATO over the airstrikes")
    return None


def _their_counterpart(analysis: SentenceAnalysis, mention: ActorMention | None) -> bool:
    """Is ``mention`` the nationality of a possessed counterpart ("their Chinese
    counterparts", "his Tajik counterpart")?"""
    span = analysis.span_of(mention) if mention is not None else None
    if span is None:
        return False
    tokens = analysis.tokens
    first, last = span
    return (
        first > 0 and tokens[first - 1].low in syntax.POSSESSIVE_PRONOUNS
        and last + 1 < len(tokens) and tokens[last + 1].low in ("counterpart", "counterparts")
    )  # fmt: skip


def _closed_relative(
    analysis: SentenceAnalysis, clause_first: int, start: int
) -> int | None:
    """Where the clause a ", who ..." or ", which ..." relative hangs from begins, when the
    trigger at ``start`` is a verb coordinated after a comma that closes that relative
    (", who is also X's envoy to Y, and recalled ..."); else None."""
    tokens = analysis.tokens
    if clause_first < 2 or start < 2 or tokens[clause_first - 1].low not in ("who", "which"):
        return None
    if tokens[clause_first - 2].low != ",":
        return None
    if tokens[start - 1].low not in ("and", "but") or tokens[start - 2].low != ",":
        return None
    return syntax.clause_start(analysis, clause_first - 2)
