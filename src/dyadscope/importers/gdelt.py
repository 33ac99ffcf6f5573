"""GDELT file layouts: 1.0 events (57/58 columns), 2.0 events (61), 2.0 mentions (16).

Files have no header and no quoting: tab is the only separator. The layout is
chosen from the column count of the first line. Event dates (SQLDATE) and ids
are typed so the reader rejects malformed rows with their line number.
"""

from __future__ import annotations

from dataclasses import replace

from dyadscope.importers.layout import Layout, varchar

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO_V1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO_V2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_EVENT = (
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
)  # fmt: skip


def _names(geo: tuple[str, ...], with_url: bool) -> list[str]:
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor1{part}" for part in _ACTOR] + [f"Actor2{part}" for part in _ACTOR]
    names += list(_EVENT)
    for who in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        names += [who + part for part in geo]
    names.append("DATEADDED")
    if with_url:
        names.append("SOURCEURL")
    return names


# Only what must be valid for a row to be usable is typed; numbers that may be
# blank (tone, counts) stay text and are cast with TRY_CAST in the mapping.
_TYPED = {"GLOBALEVENTID": "BIGINT", "SQLDATE": "DATE"}

GDELT1_57 = _names(_GEO_V1, with_url=False)
GDELT1_58 = _names(_GEO_V1, with_url=True)
GDELT2_61 = _names(_GEO_V2, with_url=True)
MENTIONS_16 = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
]  # fmt: skip


def _events(name: str, dataset: str, names: list[str]) -> Layout:
    return Layout(
        source="gdelt",
        name=name,
        dataset=dataset,
        target="events",
        columns=varchar(names, _TYPED),
        dateformat="%Y%m%d",
        not_null=("GLOBALEVENTID", "SQLDATE"),
    )


_V1_57 = _events("gdelt1-events (57 columns, back-file)", "gdelt1", GDELT1_57)
_V1_58 = _events("gdelt1-events (58 columns, daily)", "gdelt1", GDELT1_58)
# Slices of GDELT 1.0 mix both layouts: each names the other as its alternate.
EVENTS_V1_57 = replace(_V1_57, alternate=_V1_58)
EVENTS_V1_58 = replace(_V1_58, alternate=_V1_57)
EVENTS_V2 = _events("gdelt2-events (61 columns)", "gdelt2", GDELT2_61)
MENTIONS_V2 = Layout(
    source="gdelt",
    name="gdelt2-mentions (16 columns)",
    dataset="gdelt2",
    target="mentions",
    columns=varchar(MENTIONS_16, {"GLOBALEVENTID": "BIGINT"}),
    not_null=("GLOBALEVENTID",),
)

_BY_COUNT = {57: EVENTS_V1_57, 58: EVENTS_V1_58, 61: EVENTS_V2, 16: MENTIONS_V2}


def detect(first_line: str) -> Layout | None:
    """The layout of a GDELT file from its first line, or None if it is not one.

    A mentions file re-exported as comma-separated CSV with a header row (as the
    public gdeltPyR sample is) is recognised by its header.
    """
    line = first_line.rstrip("\r\n")
    lowered = line.lower()
    if lowered.startswith("globaleventid,") and "mentionidentifier" in lowered:
        names = [n.strip() for n in line.split(",")]
        if len(names) != len(MENTIONS_16):
            return None
        return Layout(
            source="gdelt",
            name="gdelt2-mentions (16 columns, CSV with header)",
            dataset="gdelt2",
            target="mentions",
            columns=varchar(MENTIONS_16, {"GLOBALEVENTID": "BIGINT"}),
            delim=",",
            header=True,
            quote='"',
            not_null=("GLOBALEVENTID",),
        )
    count = len(line.split("\t"))
    return _BY_COUNT.get(count)
