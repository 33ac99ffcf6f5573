"""POLECAT (PLOVER-coded, NGEC) weekly and annual files: tab-separated, header row.

Later files call ``Intensity`` ``Event Intensity``; some carry extra header
names or trailing tabs. The literal ``None`` marks missing values. Layout as
documented by the Dataverse release notes (no real rows are public).
"""

from __future__ import annotations

from dyadscope.importers.layout import Layout, varchar

COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
    "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
    "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
]  # fmt: skip

REQUIRED = ("Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country")


def detect(first_line: str, data_fields: int) -> Layout | None:
    """Accept the documented header (either intensity name), tolerating trailing empties.

    ``data_fields`` is the field count of the first data row. When the header has
    names we do not know (a stray ``Headline`` in row 1) or does not match the data
    width (trailing tabs), the documented names are used, padded with ``_extra_N``.
    """
    names = [n.strip().strip('"') for n in first_line.rstrip("\r\n").split("\t")]
    names = ["Intensity" if n == "Event Intensity" else n for n in names]
    if any(r not in names for r in REQUIRED):
        return None
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown or len(names) != data_fields:
        if data_fields < len(COLUMNS):
            return None
        names = [*COLUMNS, *(f"_extra_{i}" for i in range(len(COLUMNS), data_fields))]
    return Layout(
        source="polecat",
        name=f"polecat-events ({len(names)} columns, header)",
        dataset="polecat",
        target="events",
        columns=varchar(names, {"Event Date": "DATE"}),
        header=True,
        dateformat="%Y-%m-%d",
        not_null=("Event ID", "Event Date"),
        nullstr=("", "None"),
    )


# PLOVER event type -> (our kind, default domain, quad class). Written from the
# PLOVER ontology: CONSULT with mode "visit" becomes a visit (see MODE_KIND).
PLOVER: dict[str, tuple[str, str, int]] = {
    "AGREE": ("agreement_signed", "diplomatic", 1),
    "CONSULT": ("meeting", "diplomatic", 1),
    "SUPPORT": ("support_statement", "diplomatic", 1),
    "CONCEDE": ("other", "diplomatic", 1),
    "REQUEST": ("other", "diplomatic", 1),
    "COOPERATE": ("other", "diplomatic", 2),
    "AID": ("aid_project", "diplomatic", 2),
    "RETREAT": ("other", "military", 2),
    "ACCUSE": ("criticism_hostility", "diplomatic", 3),
    "REJECT": ("other", "diplomatic", 3),
    "THREATEN": ("criticism_hostility", "diplomatic", 3),
    "PROTEST": ("other", "security", 4),
    "SANCTION": ("other", "economic", 4),
    "MOBILIZE": ("other", "military", 4),
    "COERCE": ("other", "security", 4),
    "ASSAULT": ("other", "military", 4),
}
MODE_KIND = {("CONSULT", "visit"): "visit", ("COOPERATE", "economic"): "economic_cooperation"}
# Context words (POLECAT "Contexts") that decide the domain over the type default.
CONTEXT_DOMAIN = (
    ("military", "military"),
    ("economic", "economic"),
    ("humanitarian", "humanitarian_cultural"),
    ("cultur", "humanitarian_cultural"),
    ("terror", "security"),
    ("cyber", "security"),
)
