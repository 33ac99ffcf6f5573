"""Every kind of bad input gives one clear InputError naming the file, or a
warning when the good text can be kept."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from dyadscope.errors import InputError
from dyadscope.ingest import load_bytes, load_path


def _error(path: Path, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as info:
        load_path(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert "\n" not in message
    return info.value


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_empty_files_are_refused(bad: Path, name: str) -> None:
    assert "empty" in _error(bad / name).reason


@pytest.mark.parametrize("name", ["binary.txt", "control.md"])
def test_binary_files_are_refused(bad: Path, name: str) -> None:
    assert "binary" in _error(bad / name).reason


def test_unknown_extension_lists_supported_types(bad: Path) -> None:
    reason = _error(bad / "unknown.xyz").reason
    assert reason == "unsupported file type '.xyz' (supported: .txt, .md, .html, .htm, .pdf)"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "gone.txt").reason
    assert "folder" in _error(tmp_path).reason


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    path = tmp_path / "secret.txt"
    path.write_text("Baku signed.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions do not apply
            pytest.skip("cannot make a file unreadable here")
        assert "cannot read file" in _error(path).reason
    finally:
        path.chmod(0o644)


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Baku and Islamabad signed an agreement. " * 100, encoding="utf-8")
    reason = _error(path, max_bytes=1000).reason
    assert "above the" in reason and "--max-bytes" in reason and "DYADSCOPE_MAX_BYTES" in reason
    assert "3.9 KB" in reason and "1000 bytes limit" in reason


def test_size_limit_message_in_megabytes() -> None:
    with pytest.raises(InputError) as info:
        load_bytes(
            b"x" * (3 * 1024 * 1024), source="big.txt", suffix=".txt", max_bytes=2 * 1024 * 1024
        )
    assert "file is 3.0 MB, above the 2.0 MB limit" in info.value.reason


def test_latin1_is_detected(bad: Path) -> None:
    doc = load_path(bad / "latin1.txt")
    assert "président de la République" in doc.text and "Müller" in doc.text
    assert doc.warnings == ()


def test_utf16_with_bom(bad: Path) -> None:
    doc = load_path(bad / "utf16.txt")
    assert doc.text.startswith("Baku and Islamabad signed")
    assert "«signed»" in doc.text


def test_utf8_bom_is_dropped() -> None:
    doc = load_bytes(b"\xef\xbb\xbfBaku signed.", source="bom.txt", suffix=".txt")
    assert doc.text == "Baku signed."


def test_invalid_utf8_keeps_good_text_and_warns(bad: Path) -> None:
    first_bad = (bad / "invalid_utf8.txt").read_bytes().index(b"\xc3(")
    doc = load_path(bad / "invalid_utf8.txt")
    assert "Bakı and İslamabad" in doc.text and "million in 2015." in doc.text
    assert doc.text.count("\ufffd") == 2
    assert len(doc.warnings) == 1
    assert "2 byte(s)" in doc.warnings[0] and f"offset {first_bad})" in doc.warnings[0]


def test_hostile_html_never_leaks_script(bad: Path) -> None:
    doc = load_path(bad / "hostile.html")
    assert "signed a defence agreement in May 2003." in doc.text
    assert "Pakistan trained Azerbaijani officers." in doc.text
    for leak in (
        "alert",
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "injected",
        "steal",
        "color:red",
    ):
        assert leak not in doc.text
    assert doc.title == "Defence ties"
    assert doc.date == "2017-11-03"


def test_malformed_html_is_recovered(bad: Path) -> None:
    doc = load_path(bad / "malformed.html")
    assert "Baku and Islamabad signed a defence agreement in May 2003." in doc.text
    assert "Unclosed cell text." in doc.text
    assert "<" not in doc.text


def test_html_without_text(bad: Path) -> None:
    assert "no readable text" in _error(bad / "notext.html").reason


def test_corrupt_pdf(tmp_path: Path, make_pdf: Callable[..., Path]) -> None:
    good = make_pdf("good.pdf", [["Baku and Islamabad signed an agreement."]])
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good.read_bytes()[:300])
    assert _error(path).reason.startswith("corrupt or truncated PDF (")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\nthis is not a pdf at all\n")
    assert _error(junk).reason.startswith("corrupt or truncated PDF (")


def _encrypt(src: Path, dst: Path, user: str, owner: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user, owner_password=owner)
    out = io.BytesIO()
    writer.write(out)
    dst.write_bytes(out.getvalue())
    return dst


def test_encrypted_pdf_needs_password(tmp_path: Path, make_pdf: Callable[..., Path]) -> None:
    plain = make_pdf("plain.pdf", [["Baku and Islamabad signed an agreement."]])
    locked = _encrypt(plain, tmp_path / "locked.pdf", "secret", "owner")
    assert _error(locked).reason.startswith("encrypted PDF")


def test_pdf_encrypted_with_empty_password_is_read(
    tmp_path: Path, make_pdf: Callable[..., Path]
) -> None:
    plain = make_pdf("plain.pdf", [["Baku and Islamabad signed an agreement."]])
    opened = _encrypt(plain, tmp_path / "open.pdf", "", "owner")
    assert "Baku and Islamabad signed an agreement." in load_path(opened).text


def test_pdf_without_text(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf("blank.pdf", [[]])
    assert "no extractable text" in _error(path).reason


def test_bad_date_argument(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Baku signed.", encoding="utf-8")
    with pytest.raises(ValueError, match="YYYY"):
        load_path(path, date="03/11/2017")
    with pytest.raises(ValueError, match="month must be 01-12"):
        load_path(path, date="2017-13")


def test_html_declared_charset_is_used() -> None:
    html = ('<html><head><meta charset="windows-1251"><title>Т</title></head><body>'
            "<p>Пакистан ведет переговоры с Азербайджаном.</p></body></html>")
    doc = load_bytes(html.encode("cp1251"), source="ru.html", suffix=".html")
    assert "Пакистан ведет переговоры с Азербайджаном." in doc.text
    assert doc.warnings == ()


def test_pdf_title_from_word_export(tmp_path: Path, make_pdf: Callable[..., Path]) -> None:
    path = make_pdf("w.pdf", [["Some text here."]], title="Microsoft Word - Defence ties.docx")
    assert load_path(path).title == "Defence ties"
