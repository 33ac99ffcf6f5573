"""The accusations one coded act implies beside itself, and the force a charge names:
the accusation a retaliation or a measure answers ("recalled its envoy after Iran violated
its airspace"), the charge a denial names ("rejected Guyana's claims"), the accusation a
side makes by reporting force done to it, and the act a charge tells as done ("accused
Sudan's army of attacking a town").

Each takes the event the coder made and the sentence, and returns the further event (or
the first with its sides or code changed), coded as the annotators count it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.derived import recoded
from dyadscope.classify.event_dates import comma_between
from dyadscope.classify.patterns import Match
from dyadscope.classify.report_sides import opening_speaker
from dyadscope.model import UNKNOWN_DATE, Actor, DateRef, Event, stable_id

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
    words = analysis.words
    # after the measure, or opening the sentence ("In response to ..., Russia imposed")
    first_word = next((i for i, w in enumerate(words) if w[:1].isalnum()), 0)
    fronted = [first_word] if _answer_at(words, first_word) else []
    start = next(
        (i for i in [*fronted, *range(match.end, len(words) - 1)] if _answer_at(words, i)), None
    )
    if start is None:
        return None
    opening = start + _answer_at(words, start)
    side = _answered_side(event, analysis, actor, opening)
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


_ANSWER_SPAN = 20  # words from "in response to" to the end of the act it names


def _answered_side(
    event: Event, analysis: SentenceAnalysis, actor: Actor, opening: int
) -> Actor | None:
    """The side whose act a measure answers: the first other side named as the act's owner
    just after the answering words, else the measure's target if the answer points to it."""
    words = analysis.words
    return next(
        (m.actor for f, _, m in analysis.actors_in_order
         if opening <= f <= opening + _ANSWER_REACH and m.actor is not None
         and m.actor.code != actor.code and _owns_the_act(words, opening, f)),
        None,
    ) or _target_in_answer(event, analysis, opening)  # fmt: skip


def _target_in_answer(event: Event, analysis: SentenceAnalysis, opening: int) -> Actor | None:
    """ "recalled its ambassador in response to a port deal signed between Addis Ababa and
    ...", "in response to the arrest of an Algerian official in France", "in protest at
    the killings committed by Russian police against Azerbaijanis": where the act answered
    names no owner right after the phrase, it is the measure's target's when the target is
    the first side other than the measure's own named in it (as doer, agent or place); a
    third side named first ("in response to a US strike") leaves it to that side's act."""
    actor, target = event.actor1, event.actor2
    if actor is None or target is None or actor.code == target.code:
        return None
    words = analysis.words
    end = next(
        (i for i in range(opening, min(len(words), opening + _ANSWER_SPAN))
         if words[i] in (";", ".")),
        min(len(words), opening + _ANSWER_SPAN),
    )  # fmt: skip
    other = next(
        (m.actor for f, _, m in analysis.actors_in_order
         if opening <= f < end and m.actor is not None and m.actor.code != actor.code),
        None,
    )  # fmt: skip
    return other if other is not None and other.code == target.code else None


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
    words = analysis.words
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
    words = analysis.words
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
    return _denied_accusation(event, owner, {**event.extra, "trigger": words[noun]})


def _denied_accusation(rejection: Event, accuser: Actor, extra: dict[str, object]) -> Event:
    """The charge a rejection denies, as an accusation from ``accuser`` to the denier."""
    charge = replace(
        rejection,
        id=stable_id(rejection.id, "denied"),
        actor1=Actor(accuser.code, accuser.name, accuser.sector, accuser.text),
        actor2=rejection.actor1,
        others=(),
        quantities=(),
        extra=extra,
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
    words = analysis.words
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
    return _denied_accusation(event, accuser, event.extra)


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
        said is None or speaker is None or speaker.actor is None or speaker.kind == "location"
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
        date=_report_day(analysis, said, match.start),
    )
    return recoded(charge, "112")  # an accusation (ACCUSE)


# words that may stand between a report's verb and its own day ("said on Monday that")
_REPORT_DAY_LINKS = frozenset({"on", "late", "early", "this", "last"})
_REPORT_DAY_REACH = 6  # words before the report's verb its own day may stand


def _report_day(analysis: SentenceAnalysis, said: int, told: int) -> DateRef:
    """The day of the report itself, not of the force it tells: "the ministry on Tuesday
    said that Indian forces had crossed the border on Monday" is Tuesday's charge; with
    no day in the report's own words ("a spokesman said that ... on Monday") the charge
    is of the story's day, which the narrative gives it."""
    tokens = analysis.tokens
    for index, mention in analysis.date_at:
        if index >= told or mention.date.start is None or analysis.inside_actor(index):
            continue
        before = said - _REPORT_DAY_REACH <= index < said and not comma_between(
            tokens, index, said
        )
        after = said < index and all(t.low in _REPORT_DAY_LINKS for t in tokens[said + 1 : index])
        if before or after:
            return mention.date
    return UNKNOWN_DATE


# words of blame whose "of" or "for" names the act blamed, which the blame tells as done
# ("accused X of shelling", "criticized Syria for shooting down a Turkish jet", "condemned
# Y for shelling"), from the lexicon of reproach
_CHARGE_VERBS = cues().reproach.blaming


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


# a measure told again as the subject of the clause that says what it answers: "The move
# comes in response to ...", "this measure is a forced response to ...", "the recall is a
# consequence of ...", "Burundi claims it is a response to ..."
_RETOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their"})
_RETOLD_MEASURES = frozenset(
    {"move", "moves", "measure", "measures", "decision", "step", "steps", "action", "recall",
     "recalls", "expulsion", "expulsions", "ejection", "ban", "closure", "suspension",
     "sanctions", "restrictions", "tariffs", "break", "severance", "rupture", "downgrade",
     "freeze", "retaliation"}
)
_RETOLD_PRONOUNS = frozenset({"it", "this", "that"})
# a measure told again as the act itself, opening its clause ("recalling the ambassador
# comes in response to", "expelling the diplomats was a response to")
_RETOLD_GERUNDS = frozenset(
    {"recalling", "expelling", "closing", "suspending", "severing", "cutting", "banning",
     "imposing", "withdrawing", "freezing", "downgrading", "declaring", "halting"}
)
_CLAUSE_OPENERS = frozenset({'"', "“", "'", "‘", "that", ",", ":", "and"})
_RETOLD_MODIFIERS = 3  # words between the determiner and the measure ("the diplomatic ties break")
_RETOLD_OF = 7  # words of an "of" phrase after it ("the ejection of Mexican Ambassador X")
# the words that may join the measure to what it answers: "comes in", "is a forced",
# "was taken partly", "is seen as a direct"
_RETOLD_LINKS = frozenset(
    {"is", "was", "were", "are", "comes", "came", "come", "has", "had", "been", "be", "being",
     "taken", "made", "seen", "as", "a", "an", "the", "forced", "direct", "necessary",
     "reciprocal", "retaliatory", "mirror", "symmetrical", "appropriate", "adequate",
     "legitimate", "justified", "proportionate", "just", "partly", "largely", "mainly",
     "only", "also", "clearly", "in", '"', "“", "”", "'", "‘", "’"}
)
_RETOLD_REACH = 6  # linking words at most
# what names the answer besides the set phrases ("a forced response to", "a consequence of")
_RETOLD_ANSWERS = (
    ("response", "to"), ("responses", "to"), ("retaliation", "for"), ("reaction", "to"),
    ("answer", "to"), ("reply", "to"), ("consequence", "of"), ("because", "of"),
)
# "the ban is due to take effect": "due to" before a verb tells a time, not a cause
_DUE_VERBS = frozenset(
    {"take", "be", "come", "expire", "start", "begin", "end", "last", "run", "enter", "go",
     "open", "close", "meet", "hold", "visit", "arrive", "leave", "return", "resume"}
)
_RETOLD_BLAME_REACH = 7  # words from the phrase to a word of blame ("the neighbour's 'hostile")


def retold_answer(measure: Event, analysis: SentenceAnalysis) -> Event | None:
    """ "Russia expelled 23 British diplomats. The move comes in response to Britain's
    decision ...", "Belarus restricted the movement of Lithuanian trucks. 'This measure is a
    forced response to the unilateral actions of the Lithuanian side'": a measure the story
    told before, told again as the subject of a clause saying what it answers, says the
    answered act was wrong (ACCUSE), from the side that took the measure to the side whose
    act it answers, dated as the measure. The answered side is named first after the phrase
    (as doer, owner or agent), or is the measure's target when the target is the first
    side other than its taker named there, or when no side is named and a word of blame
    ("alleged", "hostile") tells it."""
    actor, target = measure.actor1, measure.actor2
    if measure.kind not in _ANSWERING_KINDS or measure.status != "actual" or actor is None:
        return None
    words = analysis.words
    opening = _retold_opening(words, analysis)
    if opening is None:
        return None
    side = _answered_side(measure, analysis, actor, opening)
    if side is None and target is not None and target.code != actor.code:
        named = any(
            opening <= f <= opening + _ANSWER_REACH for f, _, _ in analysis.actors_in_order
        )
        blamed = any(w in _GRIEVANCE_BLAME for w in words[opening : opening + _RETOLD_BLAME_REACH])
        # "due to statements from the highest authorities of that country": the target
        meant = _target_meant(words[opening : opening + _RETOLD_MEANT_REACH])
        side = target if (blamed or meant) and not named else None
    if side is None or side.code == actor.code:
        return None
    charge = replace(
        measure,
        id=stable_id(measure.id, "retold", analysis.sentence.start),
        actor2=Actor(side.code, side.name, side.sector, side.text),
        others=(),
        quantities=(),
        source=replace(
            measure.source, sentence=analysis.sentence.text, start=analysis.sentence.start,
            end=analysis.sentence.end,
        ),
        extra={**measure.extra, "trigger": words[opening - 1]},
    )
    return recoded(charge, "111")  # an accusation (ACCUSE)


# how an answer names the measure's target without its name: "that country", "the
# neighbouring country", "its neighbour", "the other side"
_TARGET_MEANT = (("that", "country"), ("that", "state"), ("the", "other", "side"),
                 ("the", "neighbouring", "country"), ("the", "neighboring", "country"),
                 ("the", "neighbour", "country"), ("the", "neighbor", "country"),
                 ("its", "neighbour"), ("its", "neighbor"), ("their", "neighbour"),
                 ("their", "neighbor"))
_RETOLD_MEANT_REACH = 12


def _target_meant(words: Sequence[str]) -> bool:
    """Do ``words`` name the measure's target by a phrase that points back to it?"""
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in _TARGET_MEANT)


_RETOLD_VERBS = ("is", "was", "comes", "came")  # the verb of a clause retelling a measure


def _retold_verb(words: Sequence[str], start: int) -> int | None:
    """The first verb of the retelling clause within an "of" phrase's reach of ``start``
    ("the ejection of Mexican Ambassador Pablo Monroy |was", "recalling the ambassador
    to Paris |comes")."""
    return next(
        (j for j in range(start, min(len(words), start + _RETOLD_OF))
         if words[j] in _RETOLD_VERBS),
        None,
    )  # fmt: skip


def _retold_opening(words: Sequence[str], analysis: SentenceAnalysis) -> int | None:
    """Where the answered act opens, after a measure retold as a clause's subject and
    the phrase that says it answers ("The move comes in response to |Britain's ...")."""
    for i, w in enumerate(words):
        end = None
        if w in _RETOLD_DETERMINERS and not analysis.inside_actor(i):
            end = next(
                (j + 1 for j in range(i + 1, min(len(words), i + 2 + _RETOLD_MODIFIERS))
                 if words[j] in _RETOLD_MEASURES and not analysis.inside_actor(j)),
                None,
            )  # fmt: skip
            if end is not None and end < len(words) and words[end] == "of":
                # "the ejection of Mexican Ambassador Pablo Monroy was due to"
                end = _retold_verb(words, end + 1)
        if end is None and w in _RETOLD_GERUNDS and (i == 0 or words[i - 1] in _CLAUSE_OPENERS):
            # "recalling the ambassador to Paris comes in response to"
            end = _retold_verb(words, i + 1)
        if end is None and w in _RETOLD_PRONOUNS and words[i + 1 : i + 2] in (
            ["is"], ["was"], ["comes"], ["came"]
        ):
            end = i + 1  # "Burundi claims it is a response to"
        if end is None:
            continue
        for k in range(end, min(len(words), end + _RETOLD_REACH + 1)):
            size = _answer_at(words, k) or next(
                (len(a) for a in _RETOLD_ANSWERS if tuple(words[k : k + len(a)]) == a), 0
            )
            if size:
                opening = k + size
                if words[k] == "due" and words[opening : opening + 1] and (
                    words[opening] in _DUE_VERBS
                ):
                    break
                return opening
            if words[k] not in _RETOLD_LINKS:
                break
    return None
