"""dyadscope's one door: every operation the command line and the server offer,
returning records, pandas DataFrames or text instead of printing.

Arguments are checked strictly (``UsageError`` names the wrong one); bad input
files raise ``InputError`` or are quarantined with their reason. Heavy libraries
(pandas, DuckDB, the PDF and HTML readers) load only when a call needs them, so
``import dyadscope.api`` stays cheap.

>>> from dyadscope import api
>>> [r.kind for r in api.extract("Baku and Islamabad signed a defence agreement in May 2003.")]
['agreement_signed']
"""

from __future__ import annotations

from pathlib import Path

from dyadscope.api.actors import check_dictionaries, find_actors
from dyadscope.api.attention import attention
from dyadscope.api.briefs import Chart, brief_charts, brief_html, write_brief
from dyadscope.api.browse import (
    MAX_LIMIT,
    Page,
    document,
    event_page,
    keep_open,
    observation_page,
    pairs,
)
from dyadscope.api.checks import actor_code, actor_name, pair_codes
from dyadscope.api.copies import DocumentCopy
from dyadscope.api.datasets import (
    BY_PERIODS,
    ENGINES,
    aggregate,
    export_parquet,
    import_data,
    sources,
)
from dyadscope.api.demo import DEMO_PAIRS, DemoReport, demo, demo_files
from dyadscope.api.documents import (
    IngestReport,
    configured_pipeline,
    extract,
    extract_bytes,
    extract_file,
    ingest,
    input_files,
    pipeline,
)
from dyadscope.api.findings import THRESHOLDS, Threshold, check, thresholds
from dyadscope.api.indicators import Indicators, indicators
from dyadscope.api.quality import evaluate, evaluation_json, evaluation_text, gold_formats
from dyadscope.api.surveys import (
    CI_CHOICES,
    LONELY_PSU_RULES,
    SurveyEstimates,
    survey_estimate,
    survey_estimates,
    survey_import,
)
from dyadscope.api.views import (
    NoDataError,
    event_records,
    events,
    observations,
    quarantined,
    timeline_text,
)
from dyadscope.model import DOMAINS, FINDING_TYPES, KINDS, Estimate, Event, Finding, Observation
from dyadscope.settings import Settings, load_settings


def version() -> str:
    """The installed package's version."""
    from importlib import metadata

    try:
        return metadata.version("dyadscope")
    except metadata.PackageNotFoundError:
        from dyadscope import __version__

        return __version__


def settings(
    *, db: Path | str | None = None, max_bytes: int | None = None
) -> Settings:
    """The run's settings: defaults < config file < environment < these arguments."""
    return load_settings().with_(db=Path(db) if db else None, max_bytes=max_bytes)


__all__ = [
    "BY_PERIODS",
    "CI_CHOICES",
    "DEMO_PAIRS",
    "DOMAINS",
    "ENGINES",
    "FINDING_TYPES",
    "KINDS",
    "LONELY_PSU_RULES",
    "MAX_LIMIT",
    "THRESHOLDS",
    "Chart",
    "DemoReport",
    "DocumentCopy",
    "Estimate",
    "Event",
    "Finding",
    "Indicators",
    "IngestReport",
    "NoDataError",
    "Observation",
    "Page",
    "Settings",
    "SurveyEstimates",
    "Threshold",
    "actor_code",
    "actor_name",
    "aggregate",
    "attention",
    "brief_charts",
    "brief_html",
    "check",
    "check_dictionaries",
    "configured_pipeline",
    "demo",
    "demo_files",
    "document",
    "evaluate",
    "evaluation_json",
    "evaluation_text",
    "event_page",
    "event_records",
    "events",
    "export_parquet",
    "extract",
    "extract_bytes",
    "extract_file",
    "find_actors",
    "gold_formats",
    "import_data",
    "indicators",
    "ingest",
    "input_files",
    "keep_open",
    "observation_page",
    "observations",
    "pair_codes",
    "pairs",
    "pipeline",
    "quarantined",
    "settings",
    "sources",
    "survey_estimate",
    "survey_estimates",
    "survey_import",
    "thresholds",
    "timeline_text",
    "version",
    "write_brief",
]
