"""Which two countries a document is about: what "both countries" means there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from dyadscope.model import Actor, ActorMention

_TITLE_WEIGHT = 5
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
    Azerbaijan and Pakistan are the two states even if the UN is named often.
    """
    counts: Counter[str] = Counter()
    actors: dict[str, Actor] = dict(canonical or {})
    for mentions in sentence_mentions:
        for m in mentions:
            if m.actor is not None and m.kind in _PARTICIPANT_KINDS and len(m.actor.code) == 3:
                counts[m.actor.code] += 1
                actors.setdefault(m.actor.code, m.actor)
    for m in title_mentions:
        if m.actor is not None and m.kind in _PARTICIPANT_KINDS and len(m.actor.code) == 3:
            counts[m.actor.code] += _TITLE_WEIGHT
            actors.setdefault(m.actor.code, m.actor)
    if given is not None:
        codes = list(given)
    elif len(counts) == 2:  # a text that names two states only is about those two
        codes = [code for code, _ in counts.most_common(2)]
    else:
        top = [code for code, n in counts.most_common(2) if n >= 2]
        if len(top) < 2:
            return None
        codes = top
    pair = []
    for code in codes:
        known = actors.get(code)
        name = known.name if known else code
        pair.append(Actor(code=code, name=name, sector=None, text=""))
    return pair[0], pair[1]
