"""ICEWS coded-event files: tab-separated, header row, 20 named columns.

Dataverse files leave missing cells empty; re-written samples use ``NA``.
Countries are English names, sectors comma-joined lists of sector names.
"""

from __future__ import annotations

from dyadscope.importers.layout import Layout, varchar

COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]  # fmt: skip

EVENTS = Layout(
    source="icews",
    name="icews-events (20 columns, header)",
    dataset="icews",
    target="events",
    columns=varchar(COLUMNS, {"Event Date": "DATE"}),
    header=True,
    dateformat="%Y-%m-%d",
    not_null=("Event ID", "Event Date"),
    nullstr=("", "NA"),
)


def detect(first_line: str) -> Layout | None:
    names = [n.strip().strip('"') for n in first_line.rstrip("\r\n").split("\t")]
    return EVENTS if names == COLUMNS else None
