"""Documents in, records out: extract from text or a file, or ingest into the store.

>>> import dyadscope
>>> records = dyadscope.extract("Baku and Islamabad signed a defence agreement in May 2003.")
>>> [r.kind for r in records]
['agreement_signed']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.api import checks
from dyadscope.api.copies import DocumentCopy, Originals
from dyadscope.api.copies import copy_threshold as _copy_threshold
from dyadscope.errors import InputError
from dyadscope.model import Event, Observation, Rejection
from dyadscope.settings import Settings, load_settings

if TYPE_CHECKING:
    from dyadscope.pipeline import Extraction, Pipeline


@lru_cache(maxsize=8)
def _pipeline(
    dictionaries: tuple[Path, ...], pair: tuple[str, str] | None, only: bool, one_sided: bool
) -> Pipeline:
    from dyadscope.pipeline import Pipeline

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
    for path in dictionaries:
        checks.existing_file(path, "dictionaries")
    return pipeline([*settings.dictionaries, *dictionaries], pair, only, sided)


def _document_pair(pair: Sequence[str] | None, pipe_codes: Callable[[str], bool]) -> (
    tuple[str, str] | None
):
    """The pair a user named for a document run: codes the gazetteer knows, or names."""
    if pair is None:
        return None
    known = [p.strip().upper() for p in pair if pipe_codes(p.strip().upper())]
    return checks.pair_codes(pair, "pair", known)


def _prepared(
    settings: Settings,
    dictionaries: Sequence[Path | str],
    pair: Sequence[str] | None,
    dictionaries_only: bool | None,
    one_sided: bool | None,
) -> Pipeline:
    """The run's pipeline, its pair checked against what the dictionaries know."""
    base = configured_pipeline(settings, dictionaries, None, dictionaries_only, one_sided)
    chosen = _document_pair(pair, lambda code: base.gazetteer.country(code) is not None)
    if chosen is None:
        return base
    return configured_pipeline(settings, dictionaries, chosen, dictionaries_only, one_sided)


def _with_dictionary_warnings(result: Extraction, pipe: Pipeline) -> Extraction:
    skipped = tuple(f"skipped {r.message()}" for r in pipe.rejections)
    return dataclasses.replace(result, warnings=(*skipped, *result.warnings)) if skipped else result


def extract(
    text: str,
    *,
    date: str | None = None,
    title: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: Sequence[str] | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> list[Event | Observation]:
    """Events and observations in ``text``; ``date`` anchors relative dates."""
    from dyadscope.ingest import load_text

    doc = load_text(text, date=checks.date(date), title=title)
    pipe = _prepared(load_settings(), dictionaries, pair, dictionaries_only, one_sided)
    return pipe.process(doc).records()


def extract_file(
    path: Path | str,
    *,
    date: str | None = None,
    title: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: Sequence[str] | None = None,
    settings: Settings | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> Extraction:
    """Ingest one file and extract from it, without touching a store; unusable
    dictionary lines are among the result's ``warnings``."""
    from dyadscope.ingest import load_path

    settings = settings or load_settings()
    source = checks.existing_file(path, "path")
    when = checks.date(date)
    pipe = _prepared(settings, dictionaries, pair, dictionaries_only, one_sided)
    doc = load_path(source, max_bytes=settings.max_bytes, date=when, title=title)
    return _with_dictionary_warnings(pipe.process(doc), pipe)


def extract_bytes(
    data: bytes,
    *,
    source: str = "<stdin>",
    date: str | None = None,
    title: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: Sequence[str] | None = None,
    settings: Settings | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> Extraction:
    """``extract_file`` for bytes read elsewhere (standard input, an upload): read as
    plain text, named ``source`` in messages."""
    from dyadscope.ingest import load_bytes

    settings = settings or load_settings()
    when = checks.date(date)
    pipe = _prepared(settings, dictionaries, pair, dictionaries_only, one_sided)
    doc = load_bytes(data, source=source, suffix=".txt", date=when, title=title)
    return _with_dictionary_warnings(pipe.process(doc), pipe)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, file by file."""

    db: Path
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "path: what could not be read"
    events: int = 0
    observations: int = 0
    copies: list[DocumentCopy] = field(default_factory=list)  # near-duplicates: counted once
    pairs: set[tuple[str, str]] = field(default_factory=set)  # whose stories were regrouped

    @property
    def ok(self) -> bool:
        return not self.failed


def input_files(paths: Iterable[Path | str]) -> list[Path]:
    """The documents ``ingest`` would read: files as given, folders recursively."""
    from dyadscope.ingest import iter_inputs

    return list(iter_inputs(checks.existing_paths(paths)))


def ingest(
    paths: Iterable[Path | str],
    *,
    db: Path | str | None = None,
    date: str | None = None,
    dictionaries: Sequence[Path | str] = (),
    pair: Sequence[str] | None = None,
    settings: Settings | None = None,
    on_file: Callable[[Path, str], None] | None = None,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
    copy_threshold: float | None = None,
) -> IngestReport:
    """Ingest files and folders into the store. A bad file is quarantined with
    its reason and the batch carries on; re-ingesting unchanged content is a no-op.
    A near-duplicate of a stored document (estimated similarity at least
    ``copy_threshold``, default 0.8: see ``dyadscope.ingest.fingerprint``) is stored
    as its copy, listed in ``copies``: one source, not two.
    Wrong arguments (a path that does not exist, a bad date or pair) are refused
    before the store is opened. ``on_file(path, outcome)`` follows the run."""
    from dyadscope.store import Store

    settings = (settings or load_settings()).with_(db=Path(db) if db else None)
    files = input_files(paths)
    when = checks.date(date)
    threshold = _copy_threshold(copy_threshold)
    pipe = _prepared(settings, dictionaries, pair, dictionaries_only, one_sided)
    report = IngestReport(db=settings.db)
    report.warnings += [f"skipped {r.message()}" for r in pipe.rejections]
    with Store(settings.db) as store:
        originals = Originals(store, threshold)
        for path in files:
            outcome = _ingest_one(store, pipe, path, settings, when, report, originals)
            if on_file:
                on_file(path, outcome)
        if report.pairs:
            from dyadscope.analyse.stories import refresh_stories

            refresh_stories(store, sorted(report.pairs))
    return report


def _ingest_one(
    store: object, pipe: Pipeline, path: Path, settings: Settings, when: str | None,
    report: IngestReport, originals: Originals,
) -> str:  # fmt: skip
    from dyadscope.ingest import load_path
    from dyadscope.store import Store

    assert isinstance(store, Store)
    try:
        doc = load_path(path, max_bytes=settings.max_bytes, date=when)
    except InputError as exc:
        rejection = Rejection(path=str(path), reason=exc.reason, stage="ingest")
        store.quarantine([rejection])
        report.failed.append(rejection)
        return "failed"
    if store.has_document(doc.id):
        report.unchanged.append(str(path))
        return "unchanged"
    result = pipe.process(doc)
    report.warnings += [f"{path}: {w}" for w in (*doc.warnings, *result.warnings)]
    check = originals.check(doc, str(path))
    store.save_document(
        doc, result.sentences, result.citations, result.events, result.observations,
        signature=check.signature.to_json(), copy_of=check.copy_of,
    )  # fmt: skip
    originals.saved(doc, str(path), check)
    if check.copy is not None:
        report.copies.append(check.copy)
    report.added.append(str(path))
    report.events += len(result.events)
    report.observations += len(result.observations)
    report.pairs.update(
        (min(a, b), max(a, b))
        for a, b in ((e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else "")
                     for e in result.events)
        if a and b
    )  # fmt: skip
    return "added"
