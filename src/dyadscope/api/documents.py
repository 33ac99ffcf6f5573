"""The Python API: the same operations as the command line, returning records
and pandas DataFrames instead of printing.

>>> import dyadscope
>>> records = dyadscope.extract("Baku and Islamabad signed a defence agreement in May 2003.")
>>> [r.kind for r in records]
['agreement_signed']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from dyadscope.errors import InputError
from dyadscope.ingest import iter_inputs, load_path, load_text
from dyadscope.model import Event, Observation, Rejection
from dyadscope.pipeline import Extraction, Pipeline
from dyadscope.settings import Settings, load_settings
from dyadscope.store import Store


@lru_cache(maxsize=8)
def _pipeline(
    dictionaries: tuple[Path, ...], pair: tuple[str, str] | None, only: bool, one_sided: bool
) -> Pipeline:
    return Pipeline(dictionaries, pair=pair, dictionaries_only=only, one_sided=one_sided)


def pipeline(
    dictionaries: Sequence[Path | str] = (),
    pair: tuple[str, str] | None = None,
    dictionaries_only: bool = False,
    one_sided: bool = False,
) -> Pipeline:
    """A (cached) pipeline with the package dictionaries plus ``dictionaries`` (or
    those alone: ``Pipeline``'s ``dictionaries_only``); ``one_sided``: see ``Pipeline``."""
    return _pipeline(tuple(Path(p) for p in dictionaries), pair, dictionaries_only, one_sided)


def extract(
    text: str,
    *,
    date: str | None = None,
    title: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: tuple[str, str] | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> list[Event | Observation]:
    """Events and observations in ``text``; ``date`` anchors relative dates."""
    doc = load_text(text, date=date, title=title)
    pipe = configured_pipeline(load_settings(), dictionaries, pair, dictionaries_only, one_sided)
    return pipe.process(doc).records()


def extract_file(
    path: Path | str,
    *,
    date: str | None = None,
    title: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: tuple[str, str] | None = None,
    settings: Settings | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> Extraction:
    """Ingest one file and extract from it, without touching a store."""
    settings = settings or load_settings()
    doc = load_path(Path(path), max_bytes=settings.max_bytes, date=date, title=title)
    pipe = configured_pipeline(settings, dictionaries, pair, dictionaries_only, one_sided)
    return pipe.process(doc)


def configured_pipeline(
    settings: Settings,
    dictionaries: Sequence[Path | str],
    pair: tuple[str, str] | None,
    dictionaries_only: bool | None,
    one_sided: bool | None = None,
) -> Pipeline:
    """The pipeline a run with these settings uses: the config's dictionaries plus
    ``dictionaries``; ``dictionaries_only`` and ``one_sided`` None take the config's."""
    only = settings.dictionaries_only if dictionaries_only is None else dictionaries_only
    sided = settings.one_sided if one_sided is None else one_sided
    return pipeline([*settings.dictionaries, *dictionaries], pair, only, sided)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, file by file."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "path: what could not be read"
    events: int = 0
    observations: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    paths: Iterable[Path | str],
    *,
    db: Path | str | None = None,
    date: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: tuple[str, str] | None = None,
    settings: Settings | None = None,
    on_file: Callable[[Path, str], None] | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> IngestReport:
    """Ingest files and folders into the store. A bad file is quarantined with
    its reason and the batch carries on; re-ingesting unchanged content is a no-op."""
    settings = settings or load_settings()
    files = list(iter_inputs([Path(p) for p in paths]))
    report = IngestReport()
    pipe = configured_pipeline(settings, dictionaries, pair, dictionaries_only, one_sided)
    report.warnings += [f"skipped {r.message()}" for r in pipe.rejections]
    with Store(db or settings.db) as store:
        for path in files:
            try:
                doc = load_path(path, max_bytes=settings.max_bytes, date=date)
            except InputError as exc:
                rejection = Rejection(path=str(path), reason=exc.reason, stage="ingest")
                store.quarantine([rejection])
                report.failed.append(rejection)
                if on_file:
                    on_file(path, "failed")
                continue
            if store.has_document(doc.id):
                report.unchanged.append(str(path))
                if on_file:
                    on_file(path, "unchanged")
                continue
            result = pipe.process(doc)
            report.warnings += [f"{path}: {w}" for w in (*doc.warnings, *result.warnings)]
            store.save_document(
                doc, result.sentences, result.citations, result.events, result.observations
            )
            report.added.append(str(path))
            report.events += len(result.events)
            report.observations += len(result.observations)
            if on_file:
                on_file(path, "added")
    return report


def events(
    pair: tuple[str, str] | None = None,
    *,
    db: Path | str | None = None,
    kinds: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:
    """Stored events as a DataFrame (one row per event, flat columns)."""
    with Store(db or load_settings().db, read_only=True) as store:
        return store.events_frame(pair, kinds=kinds, domains=domains, since=since, until=until)


def observations(
    pair: tuple[str, str] | None = None, *, db: Path | str | None = None
) -> pd.DataFrame:
    """Stored observations (stated and imported figures) as a DataFrame."""
    with Store(db or load_settings().db, read_only=True) as store:
        return store.observations_frame(pair)
