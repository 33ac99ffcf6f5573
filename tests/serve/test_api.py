"""The HTTP API (issue 13): records in the spec's shape, strict parameters that name
the wrong one, SQL only through parameters, static files that stay in their folder,
bounded bodies, and writes only with --allow-writes and the token."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dyadscope import api
from dyadscope.errors import UsageError
from dyadscope.serve import create_app

from .conftest import AGREEMENT, FIXTURES, TOKEN, make_client

EVENT_KEYS = {
    "record",
    "id",
    "kind",
    "plover",
    "cameo",
    "goldstein",
    "domain",
    "status",
    "actor1",
    "actor2",
    "others",
    "date",
    "quantities",
    "source",
    "confidence",
}
ACTOR_KEYS = {"code", "name", "sector", "text"}
DATE_KEYS = {"start", "end", "precision", "text", "basis"}
DOC_SOURCE_KEYS = {"doc", "title", "sentence", "start", "end", "citations"}
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEW_DOCUMENT = (
    "Naval talks in Karachi\n\n"
    "Azerbaijan and Pakistan held naval talks in Karachi on 3 March 2019 and signed a "
    "memorandum on maritime security cooperation.\n"
)


def events(client: Any, query: str) -> dict[str, Any]:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def all_events(client: Any, query: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while True:
        page = events(client, f"{query}&limit=7&offset={len(found)}")
        found += page["records"]
        if not page["records"]:
            return found


# --- reading -----------------------------------------------------------------------


def test_pairs_lists_every_pair_with_its_counts(client: Any) -> None:
    body = client.get("/api/pairs").json()
    assert body["total"] == len(body["records"]) > 3
    first = body["records"][0]
    assert first["record"] == "pair"
    assert first["pair"] == ["AZE", "PAK"]
    assert first["names"] == ["Azerbaijan", "Pakistan"]
    assert first["events"] > 10 and first["observations"] > 0


def test_events_are_event_records_of_the_spec(client: Any) -> None:
    body = events(client, "pair=AZE-PAK&limit=5")
    assert body["limit"] == 5 and body["offset"] == 0 and body["total"] > 5
    assert len(body["records"]) == 5
    for record in body["records"]:
        assert set(record) >= EVENT_KEYS
        assert record["record"] == "event"
        assert {record["actor1"]["code"], record["actor2"]["code"]} == {"AZE", "PAK"}
        assert set(record["actor1"]) == ACTOR_KEYS
        assert set(record["date"]) == DATE_KEYS
        assert record["date"]["basis"] in {"explicit", "relative", "context", "document", "none"}
        assert set(record["source"]) >= DOC_SOURCE_KEYS
        assert record["kind"] in api.KINDS and record["domain"] in api.DOMAINS


def test_pages_add_up_to_the_total_without_overlap(client: Any) -> None:
    total = events(client, "pair=AZE-PAK&limit=1")["total"]
    found = all_events(client, "pair=AZE-PAK")
    assert len(found) == total
    assert len({r["id"] for r in found}) == total


@pytest.mark.parametrize("spelling", ["AZE-PAK", "PAK-AZE", "Azerbaijan-Pakistan", "aze,pak"])
def test_a_pair_by_code_name_or_either_order(client: Any, spelling: str) -> None:
    assert events(client, f"pair={spelling}&limit=1")["total"] == events(
        client, "pair=AZE-PAK&limit=1")["total"]  # fmt: skip


def test_kinds_repeated_or_comma_separated_filter_alike(client: Any) -> None:
    repeated = all_events(client, "pair=AZE-PAK&kind=agreement_signed&kind=military_exercise")
    commas = all_events(client, "pair=AZE-PAK&kind=agreement_signed,military_exercise")
    assert repeated == commas
    assert {r["kind"] for r in repeated} == {"agreement_signed", "military_exercise"}
    assert len(repeated) < events(client, "pair=AZE-PAK&limit=1")["total"]


def test_domain_and_period_filters(client: Any) -> None:
    military = all_events(client, "pair=AZE-PAK&domain=military")
    assert military and all(r["domain"] == "military" for r in military)
    period = all_events(client, "pair=AZE-PAK&since=2010&until=2020")
    assert period
    assert all("2010" <= r["date"]["start"][:4] <= "2020" for r in period)


def test_observations_are_observation_records(client: Any) -> None:
    body = client.get("/api/observations?pair=AZE-PAK&limit=3").json()
    assert body["total"] > 3 and len(body["records"]) == 3
    record = body["records"][0]
    assert record["record"] == "observation"
    assert {"indicator", "reporter", "partner", "value", "unit", "period", "source"} <= set(record)


def test_findings_are_finding_records(client: Any) -> None:
    body = client.get("/api/findings?pair=AZE-PAK").json()
    assert body["total"] == len(body["records"]) > 0
    assert all(r["record"] == "finding" and r["pair"] == ["AZE", "PAK"] for r in body["records"])


@pytest.mark.parametrize("by", ["year", "month"])
def test_indicators_per_period(client: Any, by: str) -> None:
    body = client.get(f"/api/indicators?pair=AZE-PAK&by={by}").json()
    periods = [r for r in body["records"] if r["record"] == "period"]
    assert body["by"] == by and periods
    assert len(periods[0]["period"]) == (4 if by == "year" else 7)
    assert sum(p["events"] for p in periods) > 0


def test_a_document_with_its_sentence_and_footnotes(client: Any) -> None:
    event = next(r for r in all_events(client, "pair=AZE-PAK") if r["source"]["citations"])
    source = event["source"]
    response = client.get(
        f"/api/documents/{source['doc']}?highlight={source['start']}-{source['end']}"
    )
    assert response.status_code == 200
    doc = response.json()
    assert doc["record"] == "document" and doc["id"] == source["doc"]
    assert doc["highlight"] == {"start": source["start"], "end": source["end"]}
    # the span may end with the footnote mark the sentence's text leaves out
    assert doc["text"][source["start"] : source["end"]].startswith(source["sentence"].strip())
    labels = {n["label"] for n in doc["footnotes"]}
    assert {c["label"] for c in source["citations"]} <= labels
    assert "/" not in doc["source_path"]  # the server's folders stay private


# --- wrong parameters -------------------------------------------------------------------

BAD = [
    ("/api/events", "pair"),
    ("/api/events?pair=AZE", "pair"),
    ("/api/events?pair=AZE-XYZ", "pair"),
    ("/api/events?pair=AZE-AZE", "pair"),
    ("/api/events?pair=AZE-PAK&kind=weddings", "kind"),
    ("/api/events?pair=AZE-PAK&domain=cooking", "domain"),
    ("/api/events?pair=AZE-PAK&since=2003-13", "since"),
    ("/api/events?pair=AZE-PAK&until=soon", "until"),
    ("/api/events?pair=AZE-PAK&since=2010&until=2003", "since"),
    ("/api/events?pair=AZE-PAK&limit=0", "limit"),
    (f"/api/events?pair=AZE-PAK&limit={api.MAX_LIMIT + 1}", "limit"),
    ("/api/events?pair=AZE-PAK&limit=ten", "limit"),
    ("/api/events?pair=AZE-PAK&offset=-1", "offset"),
    ("/api/observations?pair=AZE-PAK&limit=100000", "limit"),
    ("/api/observations?pair=Atlantis-PAK", "pair"),
    ("/api/findings?pair=AZE-PAK-IND-CHN", "pair"),
    ("/api/indicators?pair=AZE-PAK&by=decade", "by"),
    ("/api/documents/not!an!id", "doc_id"),
    ("/api/documents/abc?highlight=9-2", "highlight"),
    ("/api/documents/abc?highlight=start-end", "highlight"),
    ("/api/events?pair=" + "A" * 300, "pair"),
]


@pytest.mark.parametrize(("url", "field"), BAD)
def test_a_wrong_parameter_is_422_naming_it(client: Any, url: str, field: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == 422
    assert body["error"]["field"] == field
    assert field in body["error"]["message"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("url", ["/api/documents/0123456789abcdef", "/api/findings?pair=ARM-CHN"])
def test_nothing_stored_is_404_with_a_message(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["error"]["message"]
    assert "/" not in response.json()["error"]["message"].replace("ARM-CHN", "")


def test_a_highlight_past_the_end_of_the_text_is_refused(client: Any) -> None:
    doc = events(client, "pair=AZE-PAK&limit=1")["records"][0]["source"]["doc"]
    response = client.get(f"/api/documents/{doc}?highlight=0-99999999")
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "highlight"


INJECTIONS = [
    ("pair", "AZE-PAK'; DROP TABLE events;--"),
    ("pair", 'AZE-PAK" OR 1=1 --'),
    ("kind", "agreement_signed') OR ('1'='1"),
    ("kind", "x'; DROP TABLE events;--"),
    ("domain", "military' UNION SELECT * FROM documents --"),
    ("since", "2003'; DELETE FROM events;--"),
    ("until", "2020) OR (1=1"),
]


@pytest.mark.parametrize(("field", "value"), INJECTIONS)
def test_sql_in_a_filter_is_refused_and_the_store_is_untouched(
    client: Any, demo_db: Path, field: str, value: str
) -> None:
    before = api.event_page(("AZE", "PAK"), db=demo_db, limit=1).total
    params = {"pair": "AZE-PAK", field: value}
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field
    assert api.event_page(("AZE", "PAK"), db=demo_db, limit=1).total == before > 0
    assert client.get("/api/pairs").json()["total"] > 3


# --- static files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2fapp.py",
        "/static/..%2f..%2f..%2f..%2fpyproject.toml",
        "/static/%2e%2e%2fapp.py",
        "/static/%2e%2e/%2e%2e/serve/app.py",
        "/static/..%5capp.py",
        "/static/%2fetc%2fpasswd",
        "/static//etc/passwd",
        "/static/%00style.css",
        "/static/style.css%00.js",
        "/static/templates",
        "/static/",
    ],
)
def test_static_files_stay_in_their_folder(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_the_dashboard_script_is_served_as_javascript(client: Any) -> None:
    response = client.get("/static/dashboard.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "innerHTML" not in response.text  # source text only ever goes in as text


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/pair/AZE-PAK", "/api/pairs", "/api/events?pair=AZE-PAK", "/nowhere"]
)
def test_our_pages_and_records_get_the_strict_policy(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == STRICT_CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_docs_get_their_own_policy_and_list_the_api(client: Any) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn.jsdelivr.net" in docs.headers["content-security-policy"]
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/pairs", "/api/events", "/api/observations", "/api/findings",
            "/api/indicators", "/api/documents/{doc_id}"} <= set(paths)  # fmt: skip


# --- bodies ------------------------------------------------------------------------------------


@pytest.fixture()
def writer(demo_copy: Path) -> Iterator[Any]:
    with make_client(create_app(demo_copy, allow_writes=True, token=TOKEN, max_body=4096)) as found:
        yield found


def test_a_body_over_the_limit_is_413(writer: Any) -> None:
    response = writer.post("/api/ingest?filename=big.txt", content=b"x" * 5000, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["error"]["field"] == "body"


def test_a_streamed_body_is_counted_not_trusted(writer: Any) -> None:
    """Chunked: no Content-Length to check, the bytes are counted as they come."""

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 1000

    response = writer.post("/api/ingest?filename=big.txt", content=chunks(), headers=AUTH)
    assert response.status_code == 413


def test_a_get_with_a_body_is_413(client: Any) -> None:
    response = client.request("GET", "/api/pairs", content=b"z" * 5000)
    assert response.status_code == 413
    assert client.request("GET", "/api/pairs", content=b"small").status_code == 200


# --- writes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "route", ["/api/ingest?filename=a.txt", "/api/import?source=sipri&filename=a.csv"]
)
def test_a_read_only_server_has_no_write_routes(client: Any, route: str) -> None:
    assert client.post(route, content=AGREEMENT.encode(), headers=AUTH).status_code == 404


def test_writes_need_a_token_to_be_allowed(demo_db: Path) -> None:
    with pytest.raises(UsageError) as caught:
        create_app(demo_db, allow_writes=True)
    assert caught.value.field == "token"
    with pytest.raises(UsageError):
        create_app(demo_db, allow_writes=True, token="short")


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Basic " + TOKEN}, 401), ({"Authorization": "Bearer "}, 401),
     ({"Authorization": "Bearer wrong-token-wrong-token"}, 403),
     ({"Authorization": f"Bearer {TOKEN}x"}, 403)],
)  # fmt: skip
def test_a_write_without_the_right_token_is_refused(
    writer: Any, demo_copy: Path, headers: dict[str, str], status: int
) -> None:
    before = api.event_page(("AZE", "PAK"), db=demo_copy, limit=1).total
    response = writer.post("/api/ingest?filename=new.txt", content=NEW_DOCUMENT.encode(),
                           headers=headers)  # fmt: skip
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    assert api.event_page(("AZE", "PAK"), db=demo_copy, limit=1).total == before


def test_an_ingested_document_shows_up_in_events(writer: Any, tmp_path: Path) -> None:
    before = writer.get("/api/events?pair=AZE-PAK&limit=1").json()["total"]
    brief_before = writer.get("/pair/AZE-PAK/brief").text
    response = writer.post("/api/ingest?filename=../../naval-talks.txt",
                           content=NEW_DOCUMENT.encode(), headers=AUTH)  # fmt: skip
    assert response.status_code == 201, response.text
    assert response.json()["file"] == "naval-talks.txt" and response.json()["events"] >= 1
    found = all_events(writer, "pair=AZE-PAK&since=2019-03&until=2019-03")
    assert any("naval talks in Karachi" in r["source"]["sentence"] for r in found)
    assert writer.get("/api/events?pair=AZE-PAK&limit=1").json()["total"] > before
    doc = writer.get(f"/api/documents/{found[0]['source']['doc']}").json()
    assert doc["source_path"] == "naval-talks.txt"
    assert not (tmp_path.parent / "naval-talks.txt").exists()
    # cached pages follow the store
    assert "Naval talks in Karachi" in writer.get("/pair/AZE-PAK/brief").text
    assert "Naval talks in Karachi" not in brief_before
    again = writer.post("/api/ingest?filename=naval-talks.txt", content=NEW_DOCUMENT.encode(),
                        headers=AUTH)  # fmt: skip
    assert again.status_code == 200 and again.json()["unchanged"] is True


@pytest.mark.parametrize(
    ("filename", "field"), [("noextension", "filename"), ("..", "filename"), ("x.xyz", "body")]
)
def test_an_unusable_upload_is_422(writer: Any, filename: str, field: str) -> None:
    response = writer.post(f"/api/ingest?filename={filename}", content=b"Some text.",
                           headers=AUTH)  # fmt: skip
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field


def test_an_imported_data_set_row_shows_its_fields(writer: Any) -> None:
    register = (FIXTURES / "datasets" / "sipri" / "trade-register-fixture.csv").read_bytes()
    response = writer.post("/api/import?source=sipri&filename=register.csv", content=register,
                           headers=AUTH)  # fmt: skip
    assert response.status_code == 201, response.text
    assert response.json()["imported"] > 0
    rows = [r for r in all_events(writer, "pair=AZE-PAK") if r["source"].get("dataset")]
    assert rows and rows[0]["source"]["dataset"] == "sipri"
    assert "tiv" in rows[0]["extra"] or "Weapon designation" in rows[0]["extra"]


def test_an_unknown_source_is_422(writer: Any) -> None:
    response = writer.post("/api/import?source=facebook&filename=a.csv", content=b"a,b",
                           headers=AUTH)  # fmt: skip
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "source"


def test_a_store_open_in_another_program_refuses_writes_clearly(
    writer: Any, demo_copy: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; "
         "con = duckdb.connect(sys.argv[1], read_only=True); print('ready', flush=True); "
         "time.sleep(60)", str(demo_copy)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        response = writer.post("/api/ingest?filename=new.txt", content=NEW_DOCUMENT.encode(),
                               headers=AUTH)  # fmt: skip
        assert response.status_code == 409
        assert "another program" in response.json()["error"]["message"]
    finally:
        holder.kill()
        holder.wait(10)


# --- pages -----------------------------------------------------------------------------------


def test_the_index_links_every_pair(client: Any) -> None:
    html = client.get("/").text
    for record in client.get("/api/pairs").json()["records"]:
        assert f'href="/pair/{"-".join(record["pair"])}"' in html


def test_the_dashboard_has_the_filters_charts_and_timeline(client: Any) -> None:
    response = client.get("/pair/AZE-PAK?domain=military&since=2000")
    assert response.status_code == 200
    html = response.text
    assert 'data-pair="AZE-PAK"' in html and 'id="events"' in html
    assert '<script src="/static/dashboard.js" defer></script>' in html
    assert html.count("<script") == 1  # no inline script
    assert 'value="military" checked' in html
    assert "/pair/AZE-PAK/charts/" in html and ".svg?domain=military&amp;since=2000" in html


def test_a_pair_named_in_words_redirects_to_its_codes(client: Any) -> None:
    response = client.get("/pair/Azerbaijan-Pakistan?since=2000", follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == "/pair/AZE-PAK?since=2000"


def test_a_bad_pair_page_is_an_html_422(client: Any) -> None:
    response = client.get("/pair/AZE-Atlantis")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "Atlantis" in response.text


def test_charts_are_svg_images_with_their_own_policy(client: Any) -> None:
    keys = [c.key for c in api.brief_charts(("AZE", "PAK"), db=client.app.state.server.db)]
    assert keys
    for key in keys:
        response = client.get(f"/pair/AZE-PAK/charts/{key}.svg?domain=military")
        assert response.status_code == 200
        assert response.headers["content-type"] == "image/svg+xml"
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert response.text.lstrip().startswith(("<svg", "<?xml"))
    assert client.get("/pair/AZE-PAK/charts/nonsense.svg").status_code == 404
    assert client.get("/pair/AZE-PAK/charts/../app.py").status_code == 404


def test_the_brief_follows_the_period_asked(client: Any) -> None:
    whole = client.get("/pair/AZE-PAK/brief")
    recent = client.get("/pair/AZE-PAK/brief?since=2020")
    assert whole.status_code == recent.status_code == 200
    assert "script-src" not in whole.headers["content-security-policy"]
    assert "December 1991" in whole.text and "December 1991" not in recent.text


def test_hostile_text_is_escaped_in_the_brief(small_db: Path, tmp_path: Path) -> None:
    from .conftest import HOSTILE, write_documents

    api.ingest(write_documents(tmp_path / "hostile", {"hostile.txt": HOSTILE}), db=small_db)
    with make_client(create_app(small_db)) as hostile:
        html = hostile.get("/pair/AZE-PAK/brief").text
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror=alert(2)>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_errors_are_json_with_one_shape(client: Any) -> None:
    body = json.loads(client.get("/api/no-such-route").text)
    assert body == {"ok": False, "status": 404, "error": {"field": None, "message": "Not Found"}}


def test_an_unexpected_error_is_a_json_500_without_a_traceback(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(api, "observation_page", broken)
    with make_client(create_app(demo_db)) as fresh:
        response = fresh.get("/api/observations?pair=AZE-PAK")
        assert response.status_code == 500
        assert response.json()["error"]["message"].startswith("internal error")
        assert "secret" not in response.text and "Traceback" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
        assert fresh.get("/api/pairs").status_code == 200  # the server goes on
