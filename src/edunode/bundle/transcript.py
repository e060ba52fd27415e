"""The printable transcript of a verified bundle: A4 pages a receiving school can file.

What it shows, all from the *verified* record (never from unchecked claims): the school and
its ID, the learner, each course with its enrolment, results and lessons completed, the
attendance, the PC that issued the bundle (its node ID) and the bundle's fingerprint (the
SHA-256 of its signed history, the digest ``edunode bundle verify`` prints) as text and as
a QR code, so a reader can match the paper to the file.

Names and titles may be in any script: text is shaped with HarfBuzz (fpdf2's text shaping,
uharfbuzz) and falls back, glyph run by glyph run, from Noto Sans (Latin, Greek, Cyrillic)
to Noto Sans Arabic (joined, right to left), Noto Sans Devanagari and Noto Sans CJK. The
fonts come from pip packages (``fontpkg-noto-sans*``, ``cvttf-notosanscjk-regular``), so a
fresh machine has them; nothing is read from the system. No Qt here (``ui/`` only).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import segno
from fpdf import FPDF
from fpdf.errors import FPDFException

from edunode.bundle.file import Checked, parse
from edunode.bundle.verify import verify
from edunode.errors import BundleError
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.identity import node_id_from_public_key

FONTS = {  # family: (package, path inside it), the first is the main one
    "sans": ("fontpkg_noto_sans", ("files", "NotoSans[wdth,wght].ttf")),
    "arabic": ("fontpkg_noto_sans_arabic", ("files", "NotoSansArabic[wdth,wght].ttf")),
    "devanagari": (
        "fontpkg_noto_sans_devanagari",
        ("files", "NotoSansDevanagari[wdth,wght].ttf"),
    ),
    "cjk": ("cvttf_NotoSansCJK_Regular", ("NotoSansCJKtc-Regular.otf",)),
}
MARGIN = 18  # mm
GREY = (90, 90, 90)
STATUS = {"active": "enrolled", "completed": "completed", "withdrawn": "withdrawn"}


def write_transcript_pdf(bundle_bytes: bytes, out: Path) -> None:
    """Verify ``bundle_bytes`` (a bundle file's content) completely and write its transcript
    to ``out``, atomically and readable by the owner only (it holds learner data).
    BundleError, with nothing written, when the bundle does not verify or ``out`` can't be
    written."""
    checked = verify(parse(bundle_bytes))
    data = render(checked)
    out = Path(out)
    try:
        write_atomic(out.parent, out.name, data, mode=0o600)
    except WriteRefused as exc:
        raise BundleError(f"could not write {out}: {exc}") from None


def render(checked: Checked) -> bytes:
    """The transcript of a verified bundle, as PDF bytes."""
    try:
        pdf = _Transcript(checked)
        pdf.build()
        return bytes(pdf.output())
    except (FPDFException, OSError, ValueError) as exc:
        raise BundleError(f"the transcript could not be made ({exc})") from None


def courses_of(checked: Checked) -> list[dict[str, Any]]:
    """Each course of the record with its enrolment, results and lessons completed, ordered
    by title: what the transcript lists (and the tests read back)."""
    record = checked.record
    by_course: dict[str, dict[str, Any]] = {}

    def entry(course: str) -> dict[str, Any]:
        title = checked.courses.get(course, "") or f"Course {course}"
        return by_course.setdefault(
            course, {"id": course, "title": title, "enrolment": None, "results": [], "lessons": 0}
        )

    for e in record["enrolments"]:
        item = entry(e["course"])
        if item["enrolment"] is None:
            item["enrolment"] = e
    for r in record["results"]:
        entry(r["course"])["results"].append(r)
    for p in record["progress"]:
        if p["completed"] and p["course"] in by_course:
            by_course[p["course"]]["lessons"] += 1
    return sorted(by_course.values(), key=lambda c: (c["title"].casefold(), c["id"]))


def _font_path(package: str, parts: tuple[str, ...]) -> str:
    try:
        path = resources.files(package).joinpath(*parts)
    except ModuleNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise BundleError(
            f"the transcript's font {parts[-1]} is missing (package {package}): reinstall EduNode"
        )
    return str(path)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


class _Transcript(FPDF):  # type: ignore[misc]
    def __init__(self, checked: Checked) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.checked = checked
        self.node_id = node_id_from_public_key(checked.issuer_key)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 6)
        for family, (package, parts) in FONTS.items():
            self.add_font(family, fname=_font_path(package, parts))
        self.set_font("sans", size=10)
        self.set_fallback_fonts([f for f in FONTS if f != "sans"])
        self.set_text_shaping(True)
        self.set_title(f"Learning record of {checked.record['name']}")
        self.set_creator("EduNode")
        self.alias_nb_pages()

    # --- page furniture -------------------------------------------------------------------

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.set_font("sans", size=8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 70, 5, f"{self.checked.record['name']} · {self.checked.school_name}")
        self.set_x(self.w - MARGIN - 70)
        self.set_text_shaping(False)  # the page-count alias is replaced after shaping
        self.cell(70, 5, f"{self.checked.digest[:12]}… · page {self.page_no()} of {{nb}}",
                  align="R")  # fmt: skip
        self.set_text_shaping(True)
        self.set_text_color(0, 0, 0)

    def line_of(self, text: str, size: float = 10, *, grey: bool = False, gap: float = 1) -> None:
        self.set_font("sans", size=size)
        if grey:
            self.set_text_color(*GREY)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def rule(self) -> None:
        self.set_draw_color(180, 180, 180)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(3)

    # --- the content ----------------------------------------------------------------------

    def build(self) -> None:
        checked, record = self.checked, self.checked.record
        self.add_page()
        self.line_of("Learning record", 20, gap=2)
        self.line_of(checked.school_name or "(a school with no name)", 14)
        self.line_of(f"School ID {checked.school_id}", 9, grey=True, gap=4)
        self.line_of(record["name"], 16)
        born = f"born {record['birth_year']} · " if record["birth_year"] else ""
        issued = str(checked.credential.get("validFrom", ""))[:10]
        self.line_of(
            f"{born}learner ID {checked.learner_id} · record issued {issued}", 9, grey=True, gap=4
        )
        self.rule()
        courses = courses_of(checked)
        self.line_of("Courses", 13, gap=2)
        if not courses:
            self.line_of("No course recorded.", grey=True)
        for course in courses:
            self.course(course)
        self.rule()
        self.attendance()
        self.rule()
        self.verification()

    def course(self, course: dict[str, Any]) -> None:
        if self.will_page_break(24):
            self.add_page()
        self.line_of(course["title"], 12, gap=0.5)
        enrolment = course["enrolment"]
        facts = []
        if enrolment is not None:
            status = STATUS.get(enrolment["status"], enrolment["status"])
            facts.append(f"enrolled {enrolment['date']}" if enrolment["date"] else "enrolled")
            if status != "enrolled":
                facts.append(status)
        facts.append(f"lessons completed: {course['lessons']}")
        facts.append(f"results: {len(course['results'])}")
        self.line_of(" · ".join(facts), 9, grey=True, gap=1.5)
        if course["results"]:
            self.results(course["results"])
        self.ln(2)

    def results(self, results: list[dict[str, Any]]) -> None:
        widths = (self.epw - 70, 30, 40)
        self.set_font("sans", size=8)
        self.set_text_color(*GREY)
        for text, width, align in zip(("Assessment", "Date", "Score"), widths, "LLR", strict=True):
            self.cell(width, 5, text, align=align)
        self.ln(5)
        self.set_text_color(0, 0, 0)
        self.set_font("sans", size=10)
        for r in results:
            if self.will_page_break(6):
                self.add_page()
            score = f"{_number(r['score'])} / {_number(r['max'])}"
            if r["max"]:
                score += f"  ({100 * r['score'] / r['max']:.0f} %)"
            y = self.get_y()
            self.set_font("sans", size=10)
            self.multi_cell(widths[0] - 2, 5.5, r["title"] or "Result", new_x="LMARGIN",
                            new_y="NEXT")  # fmt: skip
            bottom = self.get_y()
            self.set_xy(MARGIN + widths[0], y)
            self.font_family = ""  # fpdf2 may still hold the fallback font that drew the title
            self.set_font("sans", size=10)
            self.cell(widths[1], 5.5, r["date"])
            self.cell(widths[2], 5.5, score, align="R")
            self.set_xy(MARGIN, max(bottom, y + 5.5))
            self.ln(0.5)

    def attendance(self) -> None:
        days = self.checked.record["attendance"]
        present = sum(1 for a in days if a["present"])
        self.line_of("Attendance", 13, gap=1)
        if not days:
            self.line_of("No attendance recorded.", grey=True, gap=3)
            return
        dates = sorted(a["date"] for a in days)
        self.line_of(
            f"{len(days)} school days recorded, from {dates[0]} to {dates[-1]}: present on "
            f"{present}, absent on {len(days) - present} ({100 * present / len(days):.0f} % "
            "present)",
            gap=3,
        )

    def verification(self) -> None:
        size = 38  # mm, the QR code's side
        if self.will_page_break(size + 12):
            self.add_page()
        self.line_of("Check this record", 13, gap=1)
        top = self.get_y()
        self.qr(self.checked.digest, self.w - MARGIN - size, top, size)
        text_width = self.epw - size - 6
        self.set_font("sans", size=9)
        lines = [
            "Issued by the EduNode PC with node ID",
            self.node_id,
            "",
            "Fingerprint of the record bundle (SHA-256 of its signed history):",
            self.checked.digest[:32],
            self.checked.digest[32:],
            "",
            "The bundle file is signed by that PC (eddsa-rdfc-2022 and eddsa-jcs-2022, "
            "did:key). `edunode bundle verify FILE` checks it offline and prints the same "
            "fingerprint; the QR code holds it too.",
        ]
        for text in lines:
            mono = text and all(c in "0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ-" for c in text)
            self.set_font("sans", size=8.5 if mono else 9)
            self.multi_cell(text_width, 4.6, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_y(max(self.get_y(), top + size) + 2)

    def qr(self, text: str, x: float, y: float, side: float) -> None:
        """A QR code of ``text`` drawn as vector squares (crisp at any zoom, no image)."""
        code = segno.make(text, error="m", micro=False)
        matrix = [list(row) for row in code.matrix]
        quiet = 2
        cells = len(matrix) + 2 * quiet
        module = side / cells
        self.set_fill_color(255, 255, 255)
        self.rect(x, y, side, side, style="F")
        self.set_fill_color(0, 0, 0)
        for row, bits in enumerate(matrix):
            for col, bit in enumerate(bits):
                if bit:
                    self.rect(
                        x + (col + quiet) * module, y + (row + quiet) * module, module, module,
                        style="F",
                    )  # fmt: skip
