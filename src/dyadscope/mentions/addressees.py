"""News outlets a source speaks to: "told Reuters", "speaking to Anadolu Agency", "in an
interview with Al Jazeera". The outlet reports the act; it takes no part in it, so a
mention in that place names no party (an outlet that is itself acted on, "police raided
the Sputnik office", stays one)."""

from __future__ import annotations

import re

from dyadscope.mentions.actors import ActorMention

# the words right before an outlet spoken to, up to an article
_SPOKEN_TO = re.compile(
    r"(?:\b(?:told|tells|telling)"
    r"|\b(?:speaking|talking|spoke|spoken|said|says|confirmed|confirming|explained|"
    r"disclosed|revealed|according)\s+to"
    r"|\binterviews?\s+(?:with|to)"
    r"|\bquoted\s+by)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
_REACH = 40  # characters before the outlet: the longest of those phrases, with an article


def spoken_to(text: str, mention: ActorMention) -> bool:
    """Is ``mention`` an outlet that the sentence's source speaks to?"""
    if mention.actor is None or not mention.actor.is_media:
        return False
    return _SPOKEN_TO.search(text, max(0, mention.start - _REACH), mention.start) is not None


def parties_named(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without the outlets spoken to."""
    return [m for m in mentions if not spoken_to(text, m)]
