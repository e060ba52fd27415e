"""bundle/transcript.py: the printable transcript of a verified bundle.

The PDF is rendered to pixels with PDFium (pypdfium2) and read back: its text, its fonts,
its page size and its QR code (decoded with zxing-cpp). Names in Arabic, Chinese and
Devanagari are checked to be drawn as glyphs of their script, and shaped (Arabic joined and
right to left, Devanagari reordered): the shaped rendering differs from the same text set
letter by letter, and CJK glyphs differ from the box a missing glyph draws.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp
from fpdf import FPDF
from PIL import Image, ImageChops
from tests.sync.netutil import cli, make_node

from edunode.bundle import transcript, transfer
from edunode.errors import BundleError
from edunode.identity import node_id_from_public_key

ARABIC = "فاطمة الزهراء"
CHINESE = "王小明"
DEVANAGARI = "अनीता शर्मा"
NAME = f"{ARABIC} {CHINESE} {DEVANAGARI}"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A bundle of a learner whose name and courses are in three scripts, its transcript."""
    folder = tmp_path_factory.mktemp("transcript")
    node = make_node(folder / "hill", "Hill Office", "مدرسة التلال")
    try:
        fractions = node.create_course("Fractions")
        lesson = node.add_lesson(fractions, "Unit 1", "Halves", "One half.")
        chinese = node.create_course("中文 阅读")
        hindi = node.create_course("हिन्दी व्याकरण", shared=False)
        learner = node.add_learner(NAME, birth_year=2014)
        for course in (fractions, chinese, hindi):
            node.enrol(learner, course, "2025-01-06")
        node.set_enrolment_status(learner, hindi, "completed")
        node.record_result(learner, fractions, "Quiz 1", 7, 10, "2025-02-03")
        node.record_result(learner, chinese, "阅读测验", 8.5, 10, "2025-02-10")
        node.record_result(learner, hindi, "परीक्षा", 18, 20, "2025-02-11")
        node.record_attendance(learner, "2025-02-03", True)
        node.record_attendance(learner, "2025-02-04", False)
        node.record_progress(learner, lesson, 25, date="2025-02-03")
        raw = json.dumps(transfer.build(node, learner)).encode()
        node_id = node.node_id
    finally:
        node.close()
    pdf = folder / "out" / "transcript.pdf"
    pdf.parent.mkdir()
    transcript.write_transcript_pdf(raw, pdf)
    checked = transfer.verify(transfer.parse(raw))
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
        size = page.get_size()
        image = page.render(scale=3).to_pil().convert("RGB")
        pages = len(document)
    finally:
        document.close()
    return {"raw": raw, "pdf": pdf, "checked": checked, "text": text, "size": size,
            "image": image, "pages": pages, "node_id": node_id, "folder": folder}  # fmt: skip


def test_the_api_writes_one_a4_page_for_the_owner_only(made) -> None:
    assert made["pdf"].read_bytes().startswith(b"%PDF-")
    assert made["pages"] == 1
    width, height = made["size"]  # points: A4 is 210 x 297 mm
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    assert stat.S_IMODE(made["pdf"].stat().st_mode) == 0o600  # learner data


def test_it_shows_the_school_learner_courses_results_attendance_and_issuer(made) -> None:
    text, checked = made["text"], made["checked"]
    for expected in [
        "Learning record",
        f"School ID {checked.school_id}",
        f"learner ID {checked.learner_id}",
        "born 2014",
        "Fractions",
        "中文 阅读",
        "Quiz 1",
        "7 / 10",
        "(70 %)",
        "阅读测验",
        "8.5 / 10",
        "18 / 20",
        "lessons completed: 1",
        "completed",
        "enrolled 2025-01-06",
        "2 school days recorded",
        "present on 1, absent on 1",
        made["node_id"],
        checked.digest[:32],
        checked.digest[32:],
        CHINESE,
    ]:  # fmt: skip  (shaped Arabic and Devanagari come back in glyph order: drawn, below)
        assert expected in text, expected
    assert made["node_id"] == node_id_from_public_key(checked.issuer_key)


def test_every_script_is_drawn_with_its_own_font(made) -> None:
    data = made["pdf"].read_bytes()
    for font in (b"+NotoSans\n", b"+NotoSansArabic", b"+NotoSansDevanagari", b"+NotoSansCJK"):
        assert font.strip() in data, font


def test_the_qr_code_decodes_to_the_fingerprint(made) -> None:
    found = [code.text for code in zxingcpp.read_barcodes(made["image"])]
    assert found == [made["checked"].digest]


def render(text: str, *, shaping: bool = True) -> Image.Image:
    """``text`` set as the transcript sets it (its fonts, fallbacks and shaping), in pixels."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    for family, (package, parts) in transcript.FONTS.items():
        pdf.add_font(family, fname=transcript._font_path(package, parts))
    pdf.set_font("sans", size=28)
    pdf.set_fallback_fonts([f for f in transcript.FONTS if f != "sans"])
    pdf.set_text_shaping(shaping)
    pdf.cell(0, 20, text)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    try:
        return document[0].render(scale=1).to_pil().convert("L").crop((0, 0, 595, 120))
    finally:
        document.close()


def ink(image: Image.Image) -> int:
    """Dark pixels."""
    return sum(image.histogram()[:128])


def different(a: Image.Image, b: Image.Image) -> int:
    """Pixels that differ clearly between two renderings."""
    return sum(ImageChops.difference(a, b).histogram()[65:])


@pytest.mark.parametrize("text", [ARABIC, DEVANAGARI])
def test_arabic_and_devanagari_are_shaped(text: str) -> None:
    """Joined Arabic and reordered Devanagari look nothing like their letters set one by
    one, left to right: the shaped rendering differs from the unshaped one."""
    shaped, letters = render(text), render(text, shaping=False)
    assert ink(shaped) > 200 and ink(letters) > 200
    assert different(shaped, letters) > 200


def test_chinese_is_drawn_as_glyphs_not_missing_glyph_boxes() -> None:
    missing = render("\U000e0100\U000e0101\U000e0102")  # no font has these: boxes or nothing
    glyphs = render(CHINESE)
    assert ink(glyphs) > 300
    assert different(glyphs, missing) > 300
    assert different(render("中文"), render("阅读")) > 100  # distinct glyphs, not one box


def test_an_unverified_bundle_gets_no_transcript(made, tmp_path: Path) -> None:
    bundle = json.loads(made["raw"])
    member = bundle["credential"]["credentialSubject"]["verifiableCredential"][0]
    member["credentialSubject"]["result"][-1]["value"] = "10"  # a better mark
    out = tmp_path / "t.pdf"
    with pytest.raises(BundleError, match="does not match its content"):
        transcript.write_transcript_pdf(json.dumps(bundle).encode(), out)
    with pytest.raises(BundleError, match="not an EduNode record bundle"):
        transcript.write_transcript_pdf(b"{}", out)
    assert not out.exists()
    with pytest.raises(BundleError, match="could not write"):
        transcript.write_transcript_pdf(made["raw"], tmp_path / "no such folder" / "t.pdf")


def test_the_cli_writes_a_transcript_on_export_and_for_any_verified_bundle(
    made, tmp_path: Path
) -> None:
    node = make_node(tmp_path / "river", "River Office", "River School")
    learner = node.add_learner("Juma Kariuki", birth_year=2013)
    node.close()
    out, pdf = tmp_path / "juma.json", tmp_path / "juma.pdf"
    done = cli(node.paths.home, "bundle", "export", learner, "--out", str(out), "--pdf", str(pdf))
    assert f"transcript written to {pdf}" in done.stdout
    assert out.exists() and pdf.read_bytes().startswith(b"%PDF-")

    nowhere = tmp_path / "nowhere"  # any PC, EduNode set up there or not
    again = tmp_path / "again.pdf"
    source = tmp_path / "b.json"
    source.write_bytes(made["raw"])
    done = cli(nowhere, "bundle", "transcript", str(source), "--pdf", str(again))
    assert again.read_bytes().startswith(b"%PDF-") and not nowhere.exists()

    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(made["raw"].replace(b'"value": "7"', b'"value": "9"'))
    refused = tmp_path / "refused.pdf"
    bad = cli(nowhere, "bundle", "transcript", str(damaged), "--pdf", str(refused), check=False)
    assert bad.returncode == 2 and "edunode:" in bad.stderr and "Traceback" not in bad.stderr
    assert not refused.exists()
