"""The look: Fusion with a calm light palette and a few named styles (sizes in points, so
200 % scaling stays proportional)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#2f6f9f"

STYLESHEET = f"""
QListWidget#nav {{
    background: #20364f; color: #e8eef5; border: none; font-size: 11pt; outline: 0;
    padding-top: 6px;
}}
QListWidget#nav::item {{ padding: 9px 16px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{
    background: #2f4d6e;
    color: white;
    border-left: 4px solid #7fc1ff;
}}
QListWidget#nav::item:hover:!selected {{ background: #29435f; }}
QWidget#side {{ background: #20364f; }}
QLabel#brand {{
    background: #20364f;
    color: white;
    font-size: 15pt;
    font-weight: 600;
    padding: 14px 16px 2px 16px;
}}
QLabel#brandSchool {{
    background: #20364f;
    color: #a9bfd6;
    font-size: 9pt;
    padding: 0 16px 10px 16px;
}}
QLabel#pageHeading {{
    font-size: 17pt;
    font-weight: 600;
    color: #1d2b3a;
    padding: 2px 0 4px 0;
}}
QLabel#subHeading {{ font-size: 12pt; font-weight: 600; color: #1d2b3a; }}
QLabel#muted, QLabel#saveState {{ color: #5b6b7b; }}
QLabel#fieldError {{ color: #b3261e; }}
QLabel#badge {{ background: #e3eef8; color: #1f4e79; border-radius: 9px; padding: 2px 10px; }}
QLabel#note {{
    background: #fff6d6;
    color: #5c4a00;
    border: 1px solid #ecd889;
    border-radius: 4px;
    padding: 6px 10px;
}}
QLabel#verificationCode {{
    font-size: 16pt;
    font-weight: 700;
    letter-spacing: 2px;
    color: {ACCENT};
}}
QLabel#figure {{ font-size: 16pt; font-weight: 600; color: {ACCENT}; }}
QLabel#figureCaption {{ color: #5b6b7b; }}
QFrame#figureBox {{ background: white; border: 1px solid #d9e1ea; border-radius: 6px; }}
QFrame#banner[kind="error"] {{
    background: #fdecea;
    border: 1px solid #f1b0aa;
    border-radius: 4px;
}}
QFrame#banner[kind="info"] {{
    background: #e7f4ea;
    border: 1px solid #a9d8b4;
    border-radius: 4px;
}}
QFrame#banner[kind="warning"] {{
    background: #fff6d6;
    border: 1px solid #ecd889;
    border-radius: 4px;
}}
QFrame#banner[kind="warning"] QLabel {{ color: #5c4a00; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid #c62828; background: #fff7f6;
}}
QPushButton#danger {{ color: #a11b12; }}
QPushButton#danger:disabled {{ color: #9aa5b1; }}
QPushButton#primary {{
    background: {ACCENT};
    color: white;
    border: 1px solid #255a82;
    border-radius: 3px;
    padding: 4px 14px;
}}
QPushButton#primary:disabled {{ background: #9fb6c8; border-color: #9fb6c8; }}
QGroupBox {{ font-weight: 600; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QTableView, QTreeView, QTreeWidget, QListView {{ background: white; }}
QTreeView::item {{ padding: 3px 2px; }}
QPlainTextEdit {{ background: white; }}
"""


def apply_style(app: QApplication) -> None:
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6fa"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # A selection in a list that does not have the focus is shown softly.
    pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#d3e3f1"))
    pal.setColor(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor("#1d2b3a")
    )
    pal.setColor(QPalette.ColorRole.Button, QColor("#eef1f5"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#1d2b3a"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#1d2b3a"))
    # A control that is off looks off (a transferred learner's forms): grey text on grey.
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#8a96a3"),
        (QPalette.ColorRole.Text, "#8a96a3"),
        (QPalette.ColorRole.Base, "#eef1f5"),
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET)
