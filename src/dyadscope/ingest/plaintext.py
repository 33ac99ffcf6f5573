"""What a plain-text document says about itself in its first lines.

Reports saved as text usually open with a title line and often a "Date:" line;
without them a brief could only show the file's hash. The text is not changed.
"""

from __future__ import annotations

import re

_DATE_LINE = re.compile(r"^(?:date|dated|published|posted)\s*:\s*(?P<value>.+?)\s*$", re.I)
_HEADER_LINES = 10
_MAX_TITLE = 200


def text_header(text: str) -> tuple[str | None, str | None]:
    """The title (a short first line that is not a sentence) and a "Date:" value."""
    lines = text.lstrip("\n").split("\n", _HEADER_LINES)[:_HEADER_LINES]
    first = lines[0].strip() if lines else ""
    is_title = first and len(first) <= _MAX_TITLE and not first.endswith((".", ",", ";", ":"))
    title = first if is_title else None
    date = None
    for line in lines:
        found = _DATE_LINE.match(line.strip())
        if found:
            date = found.group("value")
            break
    return title, date
