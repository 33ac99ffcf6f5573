"""An attack no state is told as doing, and a later condemnation of it.

"Militants killed 26 tourists in Pahalgam. Pakistan condemned the attack.": the attack
the second sentence condemns is the one the first told, done by a group no state owns in
the other state's land. The document's other side only fills a condemnation's open side
when the act condemned could be that side's; here it is where the act happened (or whose
people it hit), which the condemner sides with rather than accuses.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.condemned import CONDEMNING
from dyadscope.model import Event

# who does an attack no state owns ("gunmen stormed", "a suicide bomber", "the attackers")
_LONE_DOERS = frozenset({
    "militant", "militants", "gunman", "gunmen", "terrorist", "terrorists", "insurgent",
    "insurgents", "rebel", "rebels", "separatist", "separatists", "jihadist", "jihadists",
    "extremist", "extremists", "attacker", "attackers", "assailant", "assailants",
    "bomber", "bombers", "terror", "guerrillas", "guerrilla", "militia", "militias",
})  # fmt: skip
# the words of an attack told as done ("killed", "stormed", "a blast", "opened fire")
_ATTACK_WORDS = frozenset({
    "attack", "attacks", "attacked", "killed", "kill", "killing", "killings", "stormed",
    "bombing", "bombings", "bombed", "blast", "blasts", "explosion", "shot", "fire",
    "ambushed", "ambush", "massacre", "massacred", "struck", "abducted", "kidnapped",
    "detonated", "shooting", "stabbed", "raided", "hijacked", "wounded", "injured",
})  # fmt: skip
# acts of force a state is coded as doing: a sentence telling one tells no lone attack
_FORCE = frozenset({"armed_clash", "coerce", "mobilize", "seize", "military_action"})
# a state named as the group's patron or base ("Pakistan-based", "backed by Iran"), not
# as the place struck
_PATRON_WORDS = frozenset({"based", "backed", "sponsored", "supported", "linked", "funded"})
# the bare act a condemnation takes up from an earlier sentence ("the attack", "Tuesday's
# killings", "the terror attack")
_THE_ACT = frozenset({
    "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "killing",
    "killings", "massacre", "shooting", "incident", "ambush", "assault", "atrocity",
    "carnage", "act",
})  # fmt: skip
_REACH = 5


def lone_attack_struck(analysis: SentenceAnalysis, events: Sequence[Event]) -> set[str] | None:
    """The codes of the states a sentence's attack by a group no state owns struck (where
    it happened, whose people it hit): an empty set where it names none; None where the
    sentence tells no such attack."""
    words = analysis.words
    if not _LONE_DOERS & analysis.word_set or not _ATTACK_WORDS & analysis.word_set:
        return None
    doer = next(i for i, w in enumerate(words) if w in _LONE_DOERS)
    named_before = {m.actor.code for f, _, m in analysis.actors_in_order
                    if f < doer and m.actor is not None}  # fmt: skip
    if any(e.kind in _FORCE and e.actor1 is not None and e.actor1.code in named_before
           for e in events):  # fmt: skip
        return None  # "Indian troops killed three militants": the state's force
    struck: set[str] = set()
    for first, _last, mention in analysis.actors_in_order:
        if mention.actor is None:
            continue
        near = words[first : first + 4]
        if any(w in _PATRON_WORDS for w in near) or (first > 1 and words[first - 1] == "by"
                                                      and words[first - 2] in _PATRON_WORDS):
            continue  # "Pakistan-based militants", "rebels backed by Rwanda"
        struck.add(mention.actor.code)
    return struck


def condemns_told_act(event: Event, analysis: SentenceAnalysis) -> bool:
    """Is ``event`` a condemnation of a bare act taken up from before ("condemned the
    attack") whose target no word of its sentence names (the story's pair gave it)?"""
    if event.plover != "ACCUSE" or (event.actor2 is not None and event.actor2.text):
        return False
    trigger = str(event.extra.get("trigger", "")).lower()
    if not trigger.startswith(CONDEMNING):
        return False
    tokens = analysis.tokens
    # the trigger's own word, not the first condemnation word of the sentence
    word = trigger.split()[0]
    at = next((i for i, t in enumerate(tokens) if t.low == word), None)
    if at is None:
        return False
    for i in range(at + 1, min(at + 1 + _REACH, len(tokens))):
        if analysis.inside_actor(i) or tokens[i].low in {",", ";", "and", "as", "by"}:
            return False
        if tokens[i].low in _THE_ACT:
            return i + 1 >= len(tokens) or tokens[i + 1].low in {".", ",", ";", "and", "as"}
    return False


def struck_other(event: Event, struck: set[str]) -> bool:
    """Would the side a condemnation's open target takes be one the attack it condemns
    struck (or, where the attack named no state, any side at all)? The side it names, or
    with none named, one other than the condemner."""
    if not struck:
        return True
    if event.actor2 is not None:
        return event.actor2.code in struck
    return event.actor1 is not None and any(code != event.actor1.code for code in struck)
