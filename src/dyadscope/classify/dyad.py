"""Which two countries a document is about: what "both countries" means there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from dyadscope.model import Actor, ActorMention

_TITLE_WEIGHT = 5
# where something happens counts less than who does it: "Khartoum and Juba signed in the
# Ethiopian capital Addis Ababa ... in Ethiopia" is about Sudan and South Sudan
_PLACE_WEIGHT = 0.5
_PARTICIPANT_KINDS = frozenset({"state", "capital", "demonym", "institution", "person", "location"})


def document_dyad(
    sentence_mentions: Iterable[Sequence[ActorMention]],
    title_mentions: Sequence[ActorMention] = (),
    *,
    given: tuple[str, str] | None = None,
    canonical: dict[str, Actor] | None = None,
) -> tuple[Actor, Actor] | None:
    """The two most-mentioned states (the title counts extra), or ``given``.

    Organisations do not form a document's dyad: "the parties" in a paper on
    Azerbaijan and Pakistan are the two states even if the UN is named often. Nor does
    the dateline ("BAKU: President Musharraf ... said the two countries had agreed"):
    the pair is named in the order the report names it.
    """
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}  # the same, a place named counting less
    actors: dict[str, Actor] = dict(canonical or {})
    for index, mentions in enumerate(sentence_mentions):
        for m in mentions:
            actor = _party(m)
            if actor is not None and not (index == 0 and _dateline(m)):
                counts[actor.code] += 1
                weights[actor.code] = weights.get(actor.code, 0.0) + (
                    _PLACE_WEIGHT if m.kind == "location" else 1.0
                )
                actors.setdefault(actor.code, actor)
    for m in title_mentions:
        actor = _party(m)
        if actor is not None:
            counts[actor.code] += _TITLE_WEIGHT
            weights[actor.code] = weights.get(actor.code, 0.0) + _TITLE_WEIGHT
            actors.setdefault(actor.code, actor)
    if given is not None:
        codes = list(given)
    elif len(counts) == 2:  # a text that names two states only is about those two
        codes = [code for code, _ in counts.most_common(2)]
    else:
        ranked = sorted(weights, key=lambda code: -weights[code])  # ties: the order named
        top = [code for code in ranked[:2] if counts[code] >= 2]
        if len(top) < 2:
            return None
        codes = top
    if given is None:
        # in the order the text names them, as analysts write "X and Y" for both
        order = list(counts)
        codes.sort(key=order.index)
    pair = []
    for code in codes:
        known = actors.get(code)
        name = known.name if known else code
        pair.append(Actor(code=code, name=name, sector=None, text=""))
    return pair[0], pair[1]


def _party(mention: ActorMention) -> Actor | None:
    """The state a mention names as a party; a news outlet ("Agence France-Presse")
    reports, it is not what the document is about."""
    actor = mention.actor
    if actor is None or mention.kind not in _PARTICIPANT_KINDS:
        return None
    if len(actor.code) != 3 and actor.code not in _STATE_LIKE:
        return None
    return None if actor.is_media else actor


# a union that keeps its members' foreign relations in its hands is one side of a pair
# as a state is ("the two sides" in a report on the EU and Georgia are those two)
_STATE_LIKE = frozenset({"EU"})

_DATELINE_REACH = 24  # characters: "ISTANBUL (AA) -", "BAKU:"


def _dateline(mention: ActorMention) -> bool:
    """Is the mention, in a document's first sentence, its dateline ("ISTANBUL (AA) -",
    "DOHA, Oct 19 (KUNA) --")? It says where the report was filed, not what it is about."""
    text = mention.text
    return (
        mention.kind == "location"
        and mention.start <= _DATELINE_REACH
        and text.isupper()
        and sum(c.isalpha() for c in text) >= 3
    )
