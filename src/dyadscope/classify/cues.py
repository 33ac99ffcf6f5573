"""Cue-word lists from ``data/cues.toml``, loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Reproach:
    """The views of the one lexicon of reproach (``[reproach]`` in cues.toml)."""

    condemning: tuple[str, ...]  # stems of a condemnation ("condemn", "denounc", ...)
    complaining: tuple[str, ...]  # stems of a complaint about force suffered
    stance: frozenset[str]  # full forms of a stance taken on something
    reactions: frozenset[str]  # full forms of a reaction to an act done
    blaming: frozenset[str]  # full forms of blame whose "of"/"for" names the act


def _reproach(table: dict[str, Any]) -> Reproach:
    shared = frozenset(
        w for key in ("condemning", "criticising", "protesting", "scolding") for w in table[key]
    )
    condemning = tuple(table["condemning_stems"])
    complaining = tuple(table["complaining_stems"])
    unknown = [s for s in condemning + complaining if not any(w.startswith(s) for w in shared)]
    if unknown:
        raise ValueError(f"reproach stems with no word in the lexicon: {unknown}")
    return Reproach(
        condemning=condemning,
        complaining=complaining,
        stance=shared | _words(table, "stance_reproach") | _words(table, "stance_other"),
        reactions=shared | _words(table, "reaction"),
        blaming=_words(table, "accusing")
        | frozenset(s + e for s in table["blaming_stems"] for e in table["blaming_endings"])
        | _words(table, "scolding"),
    )


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    hypothetical: frozenset[str]
    planned: frozenset[str]
    planned_phrases: tuple[tuple[str, ...], ...]
    answering: tuple[tuple[str, ...], ...]
    causes: tuple[tuple[str, ...], ...]
    intent: frozenset[str]
    topic: frozenset[str]
    background: frozenset[str]
    narrative_links: frozenset[str]
    time_spans: tuple[tuple[str, ...], ...]
    retold_incidents: frozenset[str]
    retold_meetings: frozenset[str]
    retold_verbs: tuple[tuple[str, ...], ...]
    clause_breaks: frozenset[str]
    naming_verbs: frozenset[str]
    domains: dict[str, frozenset[str]]
    domestic_groups: dict[str, str]
    domestic_kinds: frozenset[str]
    crowds: frozenset[str]
    right_breaks: frozenset[str]
    group_glue: frozenset[str]
    noun_markers: frozenset[str]
    determiners: frozenset[str]
    gerund_prepositions: frozenset[str]
    object_np: frozenset[str]
    reporting: frozenset[str]
    report_verbs: frozenset[str]
    auxiliaries: frozenset[str]
    be_forms: frozenset[str]
    participles: frozenset[str]
    past_forms: frozenset[str]
    patient_participles: frozenset[str]
    after_patient: frozenset[str]
    message_nouns: frozenset[str]
    partner_kinds: frozenset[str]
    spoken_kinds: frozenset[str]
    statement_kinds: frozenset[str]
    mediation_words: frozenset[str]
    mediated_kinds: frozenset[str]
    not_visitors: frozenset[str]
    quantity_kinds: frozenset[str]
    object_prepositions: dict[str, tuple[str, ...]]
    affiliated_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    home_bodies: frozenset[str]
    shared_bodies: frozenset[str]
    aid_donors: frozenset[str]
    event_nouns: frozenset[str]
    all_prepositions: frozenset[str]
    reproach: Reproach


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(table[key])


@cache
def cues() -> Cues:
    raw = tomllib.loads(resources.files("dyadscope.data").joinpath("cues.toml").read_text("utf-8"))
    status, syntax, roles = raw["status"], raw["syntax"], raw["roles"]
    preps = {kind: tuple(words) for kind, words in roles["object_prepositions"].items()}
    return Cues(
        negation=frozenset(w for w in status["negation"] if " " not in w),
        hypothetical=_words(status, "hypothetical"),
        planned=_words(status, "planned"),
        planned_phrases=tuple(tuple(p.split()) for p in status["planned_phrases"]),
        answering=tuple(tuple(p.split()) for p in syntax["answering"]),
        causes=tuple(tuple(p.split()) for p in syntax["causes"]),
        intent=_words(status, "intent"),
        topic=_words(status, "topic"),
        background=_words(status, "background"),
        narrative_links=_words(status, "narrative_links"),
        time_spans=tuple(tuple(p.split()) for p in status["time_spans"]),
        retold_incidents=_words(status, "retold_incidents"),
        retold_meetings=_words(status, "retold_meetings"),
        retold_verbs=tuple(tuple(p.split()) for p in status["retold_verbs"]),
        clause_breaks=_words(raw["clause"], "breaks"),
        naming_verbs=_words(raw["clause"], "naming_verbs"),
        domains={name: frozenset(words) for name, words in raw["domain"].items()},
        domestic_groups=dict(raw["domestic"]["groups"]),
        domestic_kinds=frozenset(raw["domestic"]["kinds"]),
        crowds=_words(raw["domestic"], "crowds"),
        right_breaks=_words(syntax, "right_breaks"),
        group_glue=_words(syntax, "group_glue"),
        noun_markers=_words(syntax, "noun_markers"),
        determiners=_words(syntax, "determiners"),
        gerund_prepositions=_words(syntax, "gerund_prepositions"),
        object_np=_words(syntax, "object_np"),
        reporting=_words(syntax, "reporting"),
        report_verbs=_words(syntax, "report_verbs"),
        auxiliaries=_words(syntax, "auxiliaries"),
        be_forms=_words(syntax, "be_forms"),
        participles=_words(syntax, "participles"),
        past_forms=_words(syntax, "past_forms"),
        patient_participles=_words(syntax, "patient_participles"),
        after_patient=_words(syntax, "after_patient"),
        message_nouns=_words(syntax, "message_nouns"),
        partner_kinds=_words(roles, "partner_kinds"),
        spoken_kinds=_words(roles, "spoken_kinds"),
        statement_kinds=_words(roles, "statement_kinds"),
        mediation_words=_words(roles, "mediation_words"),
        mediated_kinds=_words(roles, "mediated_kinds"),
        not_visitors=_words(roles, "not_visitors"),
        quantity_kinds=_words(roles, "quantity_kinds"),
        object_prepositions=preps,
        affiliated_nouns=_words(roles, "affiliated_nouns"),
        patient_nouns=_words(roles, "patient_nouns"),
        home_bodies=_words(roles, "home_bodies"),
        shared_bodies=_words(roles, "shared_bodies"),
        aid_donors=_words(roles, "aid_donors"),
        event_nouns=_words(syntax, "event_nouns"),
        # any of these before an actor means it is not a direct object
        all_prepositions=frozenset(p for ps in preps.values() for p in ps)
        | {"by", "in", "at", "from", "with", "under", "within", "among"},
        reproach=_reproach(raw["reproach"]),
    )
