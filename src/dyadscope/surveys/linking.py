"""Which country pair a survey figure speaks to: the respondents' country and the
country their answer names. The share of Azerbaijanis naming Pakistan their
country's biggest friend is a figure of the pair (AZE, PAK), in that order.

The respondents' country is the user's ``country``, else the label of a ``where``
value ("COUNTRY = 2" is labelled "Azerbaijan"); the other is the user's ``partner``,
else the answer's label ("8 Turkey"). Names become codes through ``resolve`` (the
API's ``actor_code``, so the same names, capitals and demonyms work as everywhere
else); a label that names no country we know asks for the option instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dyadscope.errors import UsageError

Resolve = Callable[[str, str], str]  # (name, option) -> code, or UsageError


def link_pair(
    *,
    population_labels: Sequence[str],
    answer_label: str | None,
    resolve: Resolve,
    country: str | None = None,
    partner: str | None = None,
) -> tuple[str, str]:
    """(respondents' country, the country the answer names) as codes."""
    first = _respondents(population_labels, resolve, country)
    second = _named(answer_label, resolve, partner)
    if first == second:
        raise UsageError("partner", f"the answer names the respondents' own country ({first}): "
                         "a pair needs two; give --partner")  # fmt: skip
    return first, second


def _respondents(labels: Sequence[str], resolve: Resolve, country: str | None) -> str:
    if country is not None:
        return resolve(country, "country")
    for label in labels:
        try:
            return resolve(label, "country")
        except UsageError:
            continue
    said = f" ({', '.join(labels)})" if labels else ""
    raise UsageError("country", f"whose answers are these? the population{said} names no "
                     "country: give --country, e.g. --country Georgia")  # fmt: skip


def _named(label: str | None, resolve: Resolve, partner: str | None) -> str:
    if partner is not None:
        return resolve(partner, "partner")
    if not label:
        raise UsageError("partner", "the answer has no label naming a country: give --partner")
    try:
        return resolve(label, "partner")
    except UsageError as exc:
        guess = exc.message.partition("did you mean ")[2].split(" ")[0].rstrip("?")
        hint = f" (did you mean {guess}?)" if guess else ""
        raise UsageError("partner", f"the answer {label!r} names no country we know{hint}: "
                         f"give --partner, e.g. --partner {guess or 'TUR'}") from None  # fmt: skip
