"""The timeline and brief commands over a store (cli/briefs.py on a local Typer app)."""

from __future__ import annotations

from pathlib import Path

import typer
from lxml import html as lxml_html
from typer.testing import CliRunner

from dyadscope.cli import briefs
from dyadscope.model import Document, Event, Observation
from dyadscope.store import Store


def _app() -> typer.Typer:
    app = typer.Typer()
    briefs.register(app)
    return app


def _fill(path: Path, events: list[Event], observations: list[Observation]) -> None:
    doc = Document(id="doc-aze-pak", text="...", title="Azerbaijan and Pakistan: a defence "
                   "partnership", url="https://example.org/brief")
    with Store(path) as store:
        store.save_document(doc, [], [], events, observations)


def test_timeline_command_prints_years_and_sources(db_path: Path, events: list[Event],
                                                   observations: list[Observation]) -> None:
    _fill(db_path, events, observations)
    result = CliRunner().invoke(_app(), ["timeline", "aze", "pak", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("AZE-PAK timeline: 6 events, 2003-2017; 2 figures")
    assert "2003-05  agreement_signed  PAK -> AZE" in result.output


def test_brief_command_writes_html(db_path: Path, tmp_path: Path, events: list[Event],
                                   observations: list[Observation]) -> None:
    _fill(db_path, events, observations)
    out = tmp_path / "b" / "brief.html"
    result = CliRunner().invoke(_app(), ["brief", "AZE", "PAK", "--out", str(out),
                                         "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    tree = lxml_html.document_fromstring(out.read_text(encoding="utf-8"))
    assert len(tree.xpath('//li[contains(@class, "event")]')) == 6
    assert tree.xpath("//script") == []


def test_timeline_of_an_empty_pair_is_a_one_line_error(db_path: Path, events: list[Event],
                                                       observations: list[Observation]) -> None:
    _fill(db_path, events, observations)
    result = CliRunner().invoke(_app(), ["timeline", "CHN", "IND", "--db", str(db_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
