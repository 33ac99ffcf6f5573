"""PETRARCH validation XML (the PETR-1 unit suite, PETRARCH-2 GSR validation records).

Records are ``<Sentence>`` elements with ``<EventCoding>`` (an expected
source/target/CAMEO triple, ``noevents``, or an ``error`` the coder should
detect) and ``<Text>``; ``<Config>`` elements between records change options
for the records after them. Some files self-close ``<Sentence .../>`` and put
the codings after it, so the reader walks elements in document order rather
than relying on nesting. A file that is not well-formed XML is parsed again
with lxml's lenient (HTML) parser, which treats such tags as open elements.
Entities are never resolved and nothing is fetched from the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from dyadscope.errors import InputError
from dyadscope.evaluate.gold import ExpectedActor, ExpectedEvent, GoldItem, GoldSet
from dyadscope.evaluate.readers.common import read_bytes
from dyadscope.model import Rejection
from dyadscope.settings import DEFAULT_MAX_BYTES


class _Draft:
    """A record being assembled while walking the document."""

    def __init__(self, attrs: dict[str, str], line: int | None, options: dict[str, str]) -> None:
        self.attrs = attrs
        self.line = line
        self.options = dict(options)
        self.codings: list[dict[str, str]] = []
        self.text: str | None = None


def _attrs(element: etree._Element) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in element.attrib.items()}


def _iso_date(raw: str | None) -> str | None:
    """PETRARCH's ``YYYYMMDD`` as ISO ``YYYY-MM-DD``; anything else is not a date."""
    digits = (raw or "").strip()
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def _parse(data: bytes, path: Path) -> etree._Element:
    strict = etree.XMLParser(
        remove_comments=True, resolve_entities=False, no_network=True, load_dtd=False
    )
    try:
        return etree.fromstring(data, strict)
    except etree.XMLSyntaxError:
        lenient = etree.HTMLParser(remove_comments=True, no_network=True)
        root = etree.fromstring(data, lenient)
        if root is None:
            raise InputError(str(path), "not XML: nothing could be parsed") from None
        return root


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _drafts(root: etree._Element) -> Iterator[_Draft]:
    options: dict[str, str] = {}
    draft: _Draft | None = None
    for element in root.iter():
        tag = _tag(element)
        if tag == "config":
            attrs = _attrs(element)
            if "option" in attrs:
                options[attrs["option"]] = attrs.get("value", "")
        elif tag == "sentence":
            if draft is not None:
                yield draft
            draft = _Draft(_attrs(element), element.sourceline, options)
        elif draft is not None and tag == "eventcoding":
            draft.codings.append(_attrs(element))
        elif draft is not None and tag == "text":
            draft.text = " ".join("".join(element.itertext()).split())
    if draft is not None:
        yield draft


def _item(draft: _Draft, index: int) -> GoldItem:
    """A finished draft as a gold item; ValueError says why it cannot be used.

    A record without any ``<EventCoding>`` (PATTERN-06 in the unit suite)
    expects no events, like an explicit ``noevents``.
    """
    ident = draft.attrs.get("id") or f"record-{index}"
    if not draft.text:
        raise ValueError(f"record {ident} has no <Text>")
    expected: list[ExpectedEvent] = []
    skip: str | None = None
    for coding in draft.codings:
        if "error" in coding:
            skip = f"expects error '{coding['error']}'"
        elif coding.get("noevents", "").lower() == "true":
            continue
        elif all(coding.get(k, "").strip() for k in ("sourcecode", "targetcode", "eventcode")):
            expected.append(
                ExpectedEvent(
                    cameo=coding["eventcode"].strip(),
                    actor1=ExpectedActor(coding["sourcecode"].strip()),
                    actor2=ExpectedActor(coding["targetcode"].strip()),
                    directed=True,
                )
            )
        else:
            raise ValueError(f"record {ident} has an EventCoding without source/target/event code")
    if draft.attrs.get("evaluate", "true").lower() == "false":
        skip = skip or "marked evaluate=false"
    return GoldItem(
        id=ident,
        text=draft.text,
        expected=tuple(expected),
        date=_iso_date(draft.attrs.get("date")),
        scheme="petrarch",
        skip=skip,
        options=draft.options,
        line=draft.line,
    )


def read_petrarch_xml(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> GoldSet:
    """Read a PETRARCH validation file; unusable records become Rejections."""
    root = _parse(read_bytes(path, max_bytes=max_bytes), path)
    items: list[GoldItem] = []
    rejections: list[Rejection] = []
    for index, draft in enumerate(_drafts(root)):
        try:
            items.append(_item(draft, index))
        except ValueError as exc:
            rejections.append(Rejection(str(path), str(exc), line=draft.line, stage="eval"))
    if not items:
        raise InputError(
            str(path), f"no usable <Sentence> records ({len(rejections)} rejected)"
        )
    return GoldSet(str(path), "petrarch-xml", tuple(items), tuple(rejections))
