"""Markdown to plain text: front matter to metadata, markup stripped.

Footnote references ``[^3]`` become ``[3]`` (``[^a]`` becomes ``^{a}``) and
definitions ``[^3]: text`` become note lines ``[3] text`` in place, so the
segment stage finds them where the author put them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^\s*([A-Za-z_-]+)\s*[:=]\s*(.*?)\s*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+")
_FOOTDEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*")
_FOOTREF = re.compile(r"\[\^([^\]\s]+)\]")
_LINKDEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S+.*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_SUP = re.compile(r"<sup>\s*([^<\s]{1,4})\s*</sup>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


@dataclass(frozen=True, slots=True)
class Markdown:
    text: str
    meta: dict[str, str]
    heading: str | None


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    match = _FRONT.match(text)
    if not match:
        return text, {}
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _FRONT_LINE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip().strip("'\"")
    return text[match.end():], meta


def _note_label(label: str) -> str:
    """``[3]`` for numbered notes, ``^{label}`` for named ones (never mistaken for data)."""
    return f"[{label}]" if label.isdigit() and len(label) <= 3 else f"^{{{label}}}"


def _inline(line: str) -> str:
    line = _FOOTREF.sub(lambda m: _note_label(m.group(1)), line)
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REFLINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDER.sub(r"\1", line)
    line = _SUP.sub(r"[\1]", line)
    return _TAG.sub("", line)


def convert(text: str) -> Markdown:
    """Plain text of a Markdown document, its front matter and its first heading."""
    body, meta = _front_matter(text)
    body = _SCRIPT.sub("", body)
    out: list[str] = []
    heading: str | None = None
    in_fence = False
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _RULE.match(line) or _LINKDEF.match(line):
            out.append("")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            if heading is None and line.lstrip().startswith("="):
                heading = out[-1].strip()
            out.append("")
            continue
        head = _HEADING.match(line)
        if head:
            title = _inline(head.group(2)).strip()
            if heading is None and len(head.group(1)) == 1:
                heading = title
            if out and out[-1].strip():
                out.append("")
            out.append(title)
            if i + 1 < len(lines) and lines[i + 1].strip():
                out.append("")
            continue
        line = _QUOTE.sub("", line)
        note = _FOOTDEF.match(line)
        if note:
            if out and out[-1].strip():
                out.append("")
            out.append(f"{_note_label(note.group(1))} " + _inline(line[note.end():]))
            continue
        line = _BULLET.sub(r"\1", line)
        out.append(_inline(line))
    return Markdown(text="\n".join(out), meta=meta, heading=heading)
