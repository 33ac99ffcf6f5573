"""Which actors a text names, and whether dictionary files are well formed: what a
user editing their own dictionaries checks before a long run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dyadscope.api import checks
from dyadscope.settings import load_settings


def find_actors(
    text: str,
    *,
    date: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    dictionaries_only: bool | None = None,
) -> list[dict[str, Any]]:
    """The actor mentions in ``text`` as the extractor sees them: offsets, the words,
    how they were named, and the actor (``None`` for "both countries")."""
    from dyadscope.mentions.actors import Gazetteer
    from dyadscope.pipeline import is_pattern_file

    settings = load_settings()
    files = [Path(p) for p in (*settings.dictionaries, *dictionaries)]
    for path in files:  # pattern files are not read here, but a missing one is an error
        checks.existing_file(path, "dictionaries")
    actor_files = [p for p in files if not is_pattern_file(p)]
    only = settings.dictionaries_only if dictionaries_only is None else dictionaries_only
    gazetteer = (
        Gazetteer.from_files(actor_files, only_agents=only) if actor_files else Gazetteer.default()
    )
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kind": m.kind,
            "actor": m.actor.to_record() if m.actor else None,
        }
        for m in gazetteer.find(text, on_date=checks.date(date))
    ]


def check_dictionaries(files: Sequence[Path | str]) -> list[str]:
    """Load actor dictionary files as a run would (an error for the first malformed
    line); what was skipped, one message each."""
    from dyadscope.mentions.actors import Gazetteer
    from dyadscope.pipeline import is_pattern_file

    paths = [checks.existing_file(p, "files") for p in files]
    gazetteer = Gazetteer.from_files([p for p in paths if not is_pattern_file(p)])
    return [r.message() for r in gazetteer.rejections]
