"""The country of a news outlet, from its domain: whose press a GDELT mention is.

Attention in each side's press needs, for every mention, the country whose press
published it. GDELT gives the outlet's domain (MentionSourceName, or the host of
an event's SOURCEURL); the country comes from, in this order:

1. the outlets table (``data/outlets.tsv`` plus the user's files): the domain or
   the nearest parent listed there (``timesofindia.indiatimes.com`` ->
   ``indiatimes.com``), up to the registrable domain. It wins over the TLD, for
   outlets on generic TLDs (dawn.com, geo.tv) and for the few whose TLD misleads
   (sputnik.az is Russian state media);
2. the country-code TLD of the domain's public suffix, read with the Public Suffix
   List (``publicsuffixlist``, its bundled copy: nothing is fetched at run time):
   ``.pk`` -> PAK, ``.com.pk`` -> PAK, ``.co.uk`` -> GBR, ``.рф`` -> RUS. ccTLDs sold
   as generic ones (``GENERIC_CCTLDS``: .tv, .io, .me, .co, .ai ...) say nothing,
   unless the suffix is the registry's own national second level (``.com.co``);
3. otherwise unknown: counted as such by the caller, never dropped.

Two-letter codes become ISO3 through ``iso3166``; ``.uk`` is GBR. Pure functions:
the store and the analyses call them, the store's SQL joins their results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.errors import InputError

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

OUTLETS_FILE = "outlets.tsv"
OUTLET_COLUMNS: tuple[str, ...] = ("domain", "iso3", "name")

# Country-code TLDs registered and marketed worldwide as generic ones (Google treats
# them as generic for the same reason): a .tv or .io domain says nothing of the
# outlet's country. .su (former USSR) and .eu (a region) name no current state.
GENERIC_CCTLDS: Mapping[str, str] = {
    "ac": "Ascension Island, sold generically (academic, accounting)",
    "ad": "Andorra, sold generically (ads)",
    "ai": "Anguilla, sold generically (artificial intelligence)",
    "as": "American Samoa, sold generically",
    "bz": "Belize, sold generically (business)",
    "cc": "Cocos Islands, sold generically",
    "cd": "DR Congo, sold generically (CDs)",
    "co": "Colombia, sold generically (company)",
    "dj": "Djibouti, sold generically (DJs)",
    "fm": "Micronesia, used by radio stations everywhere",
    "gg": "Guernsey, sold generically (gaming)",
    "io": "British Indian Ocean Territory, sold generically (tech)",
    "la": "Laos, sold generically (Los Angeles)",
    "me": "Montenegro, sold generically",
    "ms": "Montserrat, sold generically",
    "nu": "Niue, sold generically",
    "sc": "Seychelles, sold generically",
    "sr": "Suriname, sold generically",
    "su": "the former Soviet Union: no current state",
    "eu": "the European Union: no state",
    "tk": "Tokelau, given away worldwide",
    "to": "Tonga, sold generically",
    "tv": "Tuvalu, used by television channels everywhere (geo.tv is Pakistani)",
    "vc": "Saint Vincent, sold generically (venture capital)",
    "ws": "Samoa, sold generically (website)",
}

# ccTLDs that differ from the ISO 3166 alpha-2 code, and internationalised ccTLDs
# (the Public Suffix List writes them in Unicode).
SPECIAL_CCTLDS: Mapping[str, str] = {
    "uk": "GBR",
    "рф": "RUS",
    "中国": "CHN",
    "中國": "CHN",
    "香港": "HKG",
    "台灣": "TWN",
    "台湾": "TWN",
    "ایران": "IRN",
    "پاکستان": "PAK",
    "भारत": "IND",
    "გე": "GEO",
    "հայ": "ARM",
    "бел": "BLR",
    "укр": "UKR",
    "қаз": "KAZ",
    "срб": "SRB",
    "мкд": "MKD",
    "мон": "MNG",
    "ελ": "GRC",
    "한국": "KOR",
    "ไทย": "THA",
    "قطر": "QAT",
    "امارات": "ARE",
    "السعودية": "SAU",
    "مصر": "EGY",
    "فلسطين": "PSE",
    "الاردن": "JOR",
    "المغرب": "MAR",
    "الجزائر": "DZA",
    "تونس": "TUN",
}

_ISO3 = re.compile(r"^[A-Z]{3}$")
_LABEL = re.compile(r"^[0-9a-z\u00a0-\uffff](?:[0-9a-z\u00a0-\uffff_-]*[0-9a-z\u00a0-\uffff])?$")


@dataclass(frozen=True, slots=True)
class OutletCountry:
    """Whose press an outlet is: ``country`` (ISO3, None when unknown) and the
    ``rule`` that decided it, so that a reader can check any one outlet."""

    host: str | None
    domain: str | None  # the registrable domain ("bbc.co.uk"), when there is one
    country: str | None
    rule: str


def host_of(text: str | None) -> str | None:
    """The host name in a domain or URL ("https://www.Dawn.com:443/news/1" ->
    "www.dawn.com"), in Unicode; None for what is no host name (an IP address,
    "BBC Monitoring", a citation)."""
    if not text:
        return None
    host = text.strip()
    if "://" in host:
        host = host.split("://", 1)[1]
    host = re.split(r"[/?#]", host, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]
    if host.startswith("["):  # an IPv6 literal
        return None
    host = host.split(":", 1)[0].strip().lower().rstrip(".")
    if not host or "." not in host:
        return None
    labels = [_unicode(label) for label in host.split(".")]
    if not all(_LABEL.match(label) for label in labels):
        return None
    if all(label.isdigit() for label in labels):
        return None
    return ".".join(labels)


def _unicode(label: str) -> str:
    """A punycode label ("xn--p1ai") in Unicode ("рф"), as the suffix list writes it."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


@cache
def _suffix_list() -> PublicSuffixList:
    """The Public Suffix List as bundled with ``publicsuffixlist`` (ICANN section:
    private suffixes such as blogspot.com are hosting services, not registries)."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=True, accept_unknown=False)


@cache
def _iso2_to_iso3() -> dict[str, str]:
    import iso3166

    return {code.lower(): country.alpha3 for code, country in iso3166.countries_by_alpha2.items()}


def cctld_country(suffix: str) -> tuple[str | None, str]:
    """(ISO3 or None, why) for a public suffix ("com.pk", "tv", "co.uk")."""
    tld = suffix.rsplit(".", 1)[-1]
    national = "." in suffix  # a registry's own second level (com.co, co.me)
    if tld in GENERIC_CCTLDS and not national:
        return None, f"ccTLD .{tld} says no country: {GENERIC_CCTLDS[tld]}"
    country = SPECIAL_CCTLDS.get(tld) or _iso2_to_iso3().get(tld)
    if country is None:
        if len(tld) == 2 or tld in GENERIC_CCTLDS:
            return None, f"ccTLD .{tld} names no state"
        return None, f"generic TLD .{tld}"
    return country, f"ccTLD .{suffix}"


def registrable_domain(host: str) -> str | None:
    """The domain one registers ("news.bbc.co.uk" -> "bbc.co.uk"), or None."""
    found = _suffix_list().privatesuffix(host)
    return str(found) if found else None


def outlet_country(text: str | None, table: Mapping[str, str] | None = None) -> OutletCountry:
    """The country of the outlet at domain or URL ``text``, by the rules above;
    ``table`` maps domains to ISO3 (default: the package's outlets table)."""
    outlets = package_outlets() if table is None else table
    host = host_of(text)
    if host is None:
        return OutletCountry(None, None, None, "no domain name")
    domain = registrable_domain(host)
    labels = host.split(".")
    floor = len(domain.split(".")) if domain else 2
    for start in range(0, len(labels) - floor + 1):
        candidate = ".".join(labels[start:])
        if candidate in outlets:
            return OutletCountry(host, domain, outlets[candidate], f"outlets table: {candidate}")
    if domain is None:
        return OutletCountry(host, None, None, "not under a known public suffix")
    suffix = domain.split(".", 1)[1]
    country, rule = cctld_country(suffix)
    return OutletCountry(host, domain, country, rule)


def outlet_countries(
    hosts: Iterable[str | None], table: Mapping[str, str] | None = None
) -> dict[str, str | None]:
    """Each distinct host (or URL) -> its outlet's ISO3, or None when unknown."""
    outlets = package_outlets() if table is None else table
    found: dict[str, str | None] = {}
    for host in hosts:
        if host is not None and host not in found:
            found[host] = outlet_country(host, outlets).country
    return found


def read_outlets(text: str, where: str) -> dict[str, str]:
    """Rows of an outlets file (tab-separated ``domain iso3 [name]``, a header line
    naming them, ``#`` comments): domain -> ISO3. A malformed line is refused with
    its line number."""
    found: dict[str, str] = {}
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = [cell.lower() for cell in cells]
            if header[:2] != ["domain", "iso3"]:
                raise InputError(where, "the first line must be the header 'domain<TAB>iso3"
                                 "[<TAB>name]'", number)  # fmt: skip
            continue
        if len(cells) < 2 or len(cells) > len(header):
            raise InputError(where, f"expected {len(header)} tab-separated columns, "
                             f"found {len(cells)}", number)  # fmt: skip
        host, iso3 = host_of(cells[0]), cells[1].upper()
        if host is None or host != cells[0].lower().rstrip("."):
            raise InputError(where, f"{cells[0]!r} is not a domain name (write dawn.com, "
                             "without https:// or a path)", number)  # fmt: skip
        if not _ISO3.match(iso3):
            raise InputError(where, f"{cells[1]!r} is not an ISO 3166 alpha-3 code", number)
        found[host] = iso3
    if header is None:
        raise InputError(where, "no header line 'domain<TAB>iso3[<TAB>name]'")
    return found


@cache
def package_outlets() -> Mapping[str, str]:
    """The package's outlets table (``data/outlets.tsv``)."""
    text = resources.files("dyadscope.data").joinpath(OUTLETS_FILE).read_text("utf-8")
    return read_outlets(text, f"dyadscope/data/{OUTLETS_FILE}")


def load_outlets(files: Sequence[Path | str] = ()) -> dict[str, str]:
    """The package's outlets table extended by the user's ``files`` (later rows win)."""
    table = dict(package_outlets())
    for file in files:
        path = Path(file).expanduser()
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from exc
        except UnicodeDecodeError:
            raise InputError(str(path), "not UTF-8 text") from None
        table.update(read_outlets(text, str(path)))
    return table
