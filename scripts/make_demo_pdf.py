"""Build the demo corpus's PDF brief from the text below (run after editing the text).

    .venv/bin/python scripts/make_demo_pdf.py

Writes src/dyadscope/demo/corpus/aze-pak-tur-trilateral-2021.pdf with title, author
and date in the PDF metadata. ``invariant`` keeps the bytes the same from run to run,
so the committed PDF changes only when the text does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

OUT = (Path(__file__).resolve().parent.parent
       / "src" / "dyadscope" / "demo" / "corpus" / "aze-pak-tur-trilateral-2021.pdf")
TITLE = "Three states, one format: the Azerbaijan-Pakistan-Türkiye trilateral"
AUTHOR = "dyadscope demo desk"
DATE = dt.datetime(2021, 10, 1, 9, 0, 0)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
ASCII_FOLD = str.maketrans("şŞğĞıİ", "sSgGiI")

# (kind, text): "h" heading, "p" paragraph, "n" note. Notes use [n] markers.
CONTENT: tuple[tuple[str, str], ...] = (
    ("h", "Summary"),
    ("p", "Azerbaijan, Pakistan and Türkiye have built a trilateral format on top of three "
          "close bilateral relationships. This brief reviews what the format has produced in "
          "2021 and where it stops."),
    ("h", "The Islamabad Declaration"),
    ("p", "The foreign ministers of the three countries, Jeyhun Bayramov, Shah Mahmood Qureshi "
          "and Mevlüt Çavuşoğlu, met in Islamabad on 13 January 2021 and adopted the Islamabad "
          "Declaration [1]. In it Pakistan and Türkiye supported the territorial integrity of "
          "Azerbaijan, and Azerbaijan and Türkiye supported a settlement of the Kashmir dispute "
          "in line with United Nations Security Council resolutions [1]. The ministers expressed "
          "their intention to expand trilateral cooperation in trade, energy, transport and "
          "education."),
    ("p", "Pakistan remains the only member of the United Nations that does not recognise "
          "Armenia. During the war of autumn 2020 Pakistan declared its support for Azerbaijan, "
          "and after the trilateral statement of 10 November 2020 Islamabad congratulated Baku "
          "on the liberation of its territories [2]."),
    ("h", "Military cooperation"),
    ("p", "Special forces of Azerbaijan, Pakistan and Türkiye held the joint exercise Three "
          "Brothers - 2021 near Baku from 12 to 20 September of this year [3]. It was the first "
          "exercise held by the three armies together."),
    ("p", "Pakistan and Türkiye already buy from each other. In July 2018 Pakistan signed a "
          "contract to buy four MILGEM corvettes from Türkiye, two to be built in Istanbul and "
          "two in Karachi [4]. A $1.5 billion deal for 30 T129 ATAK helicopters, signed the same "
          "year, has stalled because the United States has not granted export licences for "
          "their engines [4]."),
    ("p", "Azerbaijan has expressed interest in buying JF-17 Thunder fighter aircraft from "
          "Pakistan, but no contract has been signed [5]."),
    ("h", "Limits"),
    ("p", "The trilateral format has no secretariat, and no defence treaty links all three "
          "states. Trade among them remains small: Pakistan's trade with Azerbaijan was "
          "$18.735 million in 2014-15 [6]."),
    ("h", "Notes"),
    ("n", "[1] Ministry of Foreign Affairs of Pakistan, \"Islamabad Declaration: "
          "Trilateral Meeting of the Foreign Ministers\", 13 January 2021. "
          "https://mofa.gov.pk/islamabad-declaration/"),
    ("n", "[2] Ministry of Foreign Affairs of Pakistan, 10 November 2020. "
          "https://mofa.gov.pk/press-releases/"),
    ("n", "[3] Ministry of Defence of Azerbaijan, \"Three Brothers - 2021 international "
          "exercises\", September 2021. https://mod.gov.az/en/news/"),
    ("n", "[4] SIPRI Arms Transfers Database. "
          "https://www.sipri.org/databases/armstransfers"),
    ("n", "[5] GlobalSecurity.org, JF-17. "
          "https://www.globalsecurity.org/military/world/pakistan/jf-17.htm"),
    ("n", "[6] Pakistan Bureau of Statistics, external trade by country, 2014-15. "
          "https://www.pbs.gov.pk/trade-tables"),
)


def build(out: Path = OUT) -> Path:
    """Lay out CONTENT on A4 and write the PDF with its metadata."""
    regular, bold = _fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName=regular, fontSize=10.5,
                          leading=14.5)
    note = ParagraphStyle("note", parent=body, fontSize=8.5, leading=11)
    head = ParagraphStyle("head", parent=styles["Heading2"], fontName=bold)
    title = ParagraphStyle("title", parent=styles["Title"], fontName=bold)
    story = [Paragraph(TITLE, title),
             Paragraph(f"Policy brief · {AUTHOR} · 1 October 2021", body),
             Spacer(1, 0.4 * cm)]
    for kind, text in CONTENT:
        escaped = _fold(text, regular).replace("&", "&amp;").replace("<", "&lt;")
        style = {"h": head, "p": body, "n": note}[kind]
        story.append(Paragraph(escaped, style))
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=TITLE, author=AUTHOR,
                            subject="Azerbaijan, Pakistan and Türkiye", creator="dyadscope",
                            invariant=1, leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story, onFirstPage=_stamp_date, onLaterPages=_stamp_date)
    return out


def _stamp_date(canvas: object, _doc: object) -> None:
    """Put the document's own date into the PDF metadata (CreationDate/ModDate)."""
    stamp = DATE.strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas._doc.info._dateFormatter = lambda *_: stamp  # type: ignore[attr-defined]


def _fonts() -> tuple[str, str]:
    """DejaVu Serif (all the letters of Turkish names) where installed, else Times."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSerif.ttf", folder / "DejaVuSerif-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("DemoSerif", str(regular)))
            pdfmetrics.registerFont(TTFont("DemoSerif-Bold", str(bold)))
            return "DemoSerif", "DemoSerif-Bold"
    return "Times-Roman", "Times-Bold"


def _fold(text: str, font: str) -> str:
    """Standard PDF fonts lack some Turkish letters: spell them in ASCII there."""
    return text if font == "DemoSerif" else text.translate(ASCII_FOLD)


if __name__ == "__main__":
    print(build())
