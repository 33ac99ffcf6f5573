"""A chart-sized SVG saying why there is no chart: the dashboard's image stays an
image (no broken-image icon, no console error) when filters leave nothing to draw."""

from __future__ import annotations

from html import escape


def empty_chart(message: str, *, width: int = 720, height: int = 120) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(message)}">'
        f'<rect width="{width}" height="{height}" fill="#f6f7f9"/>'
        f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" '
        f'dominant-baseline="middle" font-family="sans-serif" font-size="14" '
        f'fill="#5b6270">{escape(message)}</text></svg>'
    )
