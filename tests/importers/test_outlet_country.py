"""Whose press an outlet is, from its domain: the outlets table, then the ccTLD read
with the Public Suffix List, generic ccTLDs left alone, unknown said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.codes.outlets import (
    GENERIC_CCTLDS,
    host_of,
    load_outlets,
    outlet_countries,
    outlet_country,
    package_outlets,
    read_outlets,
    registrable_domain,
)
from dyadscope.errors import InputError


@pytest.mark.parametrize(
    ("domain", "country"),
    [
        ("azernews.az", "AZE"),  # ccTLD
        ("example.pk", "PAK"),
        ("news.example.am", "ARM"),
        ("example.com.pk", "PAK"),  # a registry's second level
        ("www.example.co.uk", "GBR"),  # .uk is GBR, not the ISO code UK
        ("example.com.tr", "TUR"),
        ("example.ac.in", "IND"),
        ("xn--80aswg.xn--p1ai", "RUS"),  # .рф in punycode
        ("example.com.co", "COL"),  # generic .co, but .com.co is Colombia's own
    ],
)
def test_country_code_tlds(domain: str, country: str) -> None:
    found = outlet_country(domain, {})
    assert found.country == country
    assert found.rule.startswith("ccTLD")


@pytest.mark.parametrize("tld", ["tv", "io", "me", "co", "ai", "fm", "eu", "su"])
def test_generic_cctlds_say_no_country(tld: str) -> None:
    assert tld in GENERIC_CCTLDS
    found = outlet_country(f"example.{tld}", {})
    assert found.country is None
    assert "says no country" in found.rule


@pytest.mark.parametrize(
    ("domain", "country"),
    [
        ("dawn.com", "PAK"),
        ("www.dawn.com", "PAK"),
        ("geo.tv", "PAK"),  # generic .tv: only the table knows
        ("urdu.geo.tv", "PAK"),  # a subdomain of a listed outlet
        ("arynews.tv", "PAK"),
        ("hurriyetdailynews.com", "TUR"),
        ("aljazeera.com", "QAT"),
        ("timesofindia.indiatimes.com", "IND"),
        ("trend.az", "AZE"),
        ("tribune.com.pk", "PAK"),
        ("sputnik.az", "RUS"),  # the table wins over the TLD
        ("news.bbc.co.uk", "GBR"),
    ],
)
def test_the_outlets_table(domain: str, country: str) -> None:
    found = outlet_country(domain)
    assert found.country == country
    assert found.rule.startswith("outlets table")


@pytest.mark.parametrize(
    "text",
    ["unknown-outlet.com", "example.org", "example.tv", "BBC Monitoring", "", None,
     "192.168.1.1", "localhost", "example.invalid"],
)  # fmt: skip
def test_unknown_outlets_are_none(text: str | None) -> None:
    assert outlet_country(text).country is None


def test_hosts_from_urls_and_names() -> None:
    assert host_of("https://user@www.Dawn.com:443/news/1?x#y") == "www.dawn.com"
    assert host_of("prnewswire.com:443") == "prnewswire.com"
    assert host_of("Dawn.com.") == "dawn.com"
    assert host_of("BBC Monitoring") is None
    assert host_of("[::1]") is None
    assert registrable_domain("a.b.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("co.uk") is None


def test_many_hosts_at_once() -> None:
    found = outlet_countries(["dawn.com", "apa.az", "nowhere.com", "dawn.com"])
    assert found == {"dawn.com": "PAK", "apa.az": "AZE", "nowhere.com": None}


def test_the_package_table_is_well_formed() -> None:
    table = package_outlets()
    assert len(table) > 150
    assert all(len(code) == 3 and code.isupper() for code in table.values())
    # every demo and international country named in the table's purpose is covered
    wanted = {"AZE", "PAK", "ARM", "TUR", "IND", "CHN", "GEO", "IRN", "RUS",
              "USA", "GBR", "QAT", "FRA", "DEU"}  # fmt: skip
    assert wanted <= set(table.values())


def test_a_user_file_extends_and_overrides(tmp_path: Path) -> None:
    mine = tmp_path / "my-outlets.tsv"
    mine.write_text(
        "# my outlets\ndomain\tiso3\tname\nlocalpaper.com\tAZE\tLocal Paper\n"
        "dawn.com\tGBR\ta deliberate override\n",
        encoding="utf-8",
    )
    table = load_outlets([mine])
    assert outlet_country("www.localpaper.com", table).country == "AZE"
    assert outlet_country("dawn.com", table).country == "GBR"
    assert outlet_country("geo.tv", table).country == "PAK"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("dawn.com\tPAK\n", "header"),
        ("domain\tiso3\nhttps://dawn.com/x\tPAK\n", "not a domain name"),
        ("domain\tiso3\ndawn.com\tPK\n", "alpha-3"),
        ("domain\tiso3\ndawn.com\n", "columns"),
        ("# nothing\n", "no header"),
    ],
)
def test_malformed_outlet_files_name_the_line(text: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_outlets(text, "mine.tsv")


def test_the_suffix_list_is_the_bundled_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is fetched at run time: loading the list with sockets refused works."""
    import socket

    from dyadscope.codes import outlets

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the Public Suffix List must not be fetched")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    outlets._suffix_list.cache_clear()
    try:
        assert outlet_country("example.com.pk", {}).country == "PAK"
    finally:
        outlets._suffix_list.cache_clear()
