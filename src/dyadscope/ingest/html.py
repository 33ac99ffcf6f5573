"""HTML to main text plus title/author/date/url.

trafilatura finds the main text when it can; otherwise (nothing found, or the
library cannot be imported) the text of <body> is taken with lxml. Either way
only text nodes reach the result: scripts, styles, event-handler attributes and
``javascript:`` URLs never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree, html

_DROP = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "math", "form", "button", "select", "textarea", "canvas", "head", "nav", "aside",
    "footer",
)
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
    "dd", "dt", "dl", "figure", "figcaption", "hr", "address",
}
_JS_URL = re.compile(r"javascript\s*:", re.I)
_BLANKS = re.compile(r"\n{3,}")
_BULLET = re.compile(r"^[-*•]\s+")  # trafilatura marks list items with "- "


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for attr in ("name", "property", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and str(found[0]).strip():
                return str(found[0]).strip()
    return None


def _metadata(tree: Any) -> tuple[str | None, str | None, str | None, str | None]:
    title = _meta(tree, "og:title", "citation_title", "dc.title", "DC.title")
    if title is None:
        found = tree.xpath("//title/text()")
        title = str(found[0]).strip() if found and str(found[0]).strip() else None
    author = _meta(tree, "author", "citation_author", "article:author", "dc.creator")
    date = _meta(
        tree, "article:published_time", "citation_publication_date", "date",
        "dc.date", "DC.date", "datePublished", "pubdate",
    )
    if date is None:
        found = tree.xpath("//time/@datetime")
        date = str(found[0]) if found else None
    url = _meta(tree, "og:url")
    if url is None:
        found = tree.xpath('//link[@rel="canonical"]/@href')
        url = str(found[0]) if found else None
    if url and (_JS_URL.match(url) or not url.startswith(("http://", "https://"))):
        url = None
    return title, author, date, url


def _block_text(root: Any) -> str:
    """Text of an element tree, blank lines between block elements."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in _DROP or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        if tag.lower() == "br":
            parts.append("\n")
            if el.tail:
                parts.append(el.tail)
            return
        block = tag.lower() in _BLOCK
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _prepare(tree: Any) -> None:
    """Drop active content and turn footnote superscripts into ``[n]`` markers."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("script", "style", "noscript", "template", "iframe", "object", "embed"):
            parent = el.getparent()
            if parent is not None:
                el.drop_tree()
            continue
        for attr in list(el.attrib):
            value = el.attrib[attr]
            if attr.lower().startswith("on") or _JS_URL.search(value):
                del el.attrib[attr]
        if tag == "sup":
            label = (el.text_content() or "").strip()
            if label and len(label) <= 4 and (label.isdigit() or label == "*") and len(el) <= 1:
                tail = el.tail
                for child in list(el):
                    el.remove(child)
                el.text = f"[{label}]"
                el.tail = tail


_NOTE_HINT = re.compile(r"foot|endnote|\bnotes?\b|fn|reference", re.I)


def _hint(el: Any) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"


def _label_note_lists(tree: Any) -> None:
    """Footnote lists (<ol class="footnotes"><li id="fn1">) get "[n] " labels, so the
    segment stage reads them as notes for the ``[n]`` markers in the text."""
    for ol in tree.iter("ol"):
        scope = [ol, ol.getparent(), ol.getparent().getparent() if ol.getparent() is not None
                 else None]
        items = [li for li in ol if isinstance(li.tag, str) and li.tag.lower() == "li"]
        noted = any(el is not None and _NOTE_HINT.search(_hint(el)) for el in scope) or (
            items and all(_NOTE_HINT.search(li.get("id", "")) for li in items)
        )
        if not noted:
            continue
        try:
            first = int(ol.get("start", "1"))
        except ValueError:
            first = 1
        for number, li in enumerate(items, start=first):
            li.text = f"[{number}] " + (li.text or "").lstrip()


def _main_element(tree: Any) -> Any:
    for xpath in ("//article", "//main", "//*[@role='main']"):
        found = tree.xpath(xpath)
        if len(found) == 1:
            return found[0]
    body = tree.find("body")
    return body if body is not None else tree


def _trafilatura_text(source: str) -> str | None:
    """Main text via trafilatura, paragraphs separated by blank lines; None if unusable."""
    try:
        import trafilatura
    except Exception:  # missing optional parts (lxml_html_clean) must not break ingest
        return None
    try:
        text = trafilatura.extract(
            source, output_format="txt", include_comments=False, include_tables=True,
            with_metadata=False, favor_recall=True,
        )
    except Exception:
        return None
    if not text or not text.strip():
        return None
    lines = (_BULLET.sub("", line.strip()) for line in text.splitlines())
    return _BLANKS.sub("\n\n", "\n\n".join(lines))


def convert(source: str) -> HtmlText:
    """Main text and metadata of an HTML document (possibly malformed)."""
    try:
        tree = html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return HtmlText(text="")
    title, author, date, url = _metadata(tree)
    _prepare(tree)
    _label_note_lists(tree)
    text = _trafilatura_text(html.tostring(tree, encoding="unicode"))
    if text is None:
        text = _block_text(_main_element(tree))
    return HtmlText(text=text, title=title, author=author, date=date, url=url)
