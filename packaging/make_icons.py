"""packaging/windows/edunode.ico and packaging/macos/edunode.icns from packaging/edunode.svg,
with Qt (QtSvg and Qt's ico/icns image plugins). Run once after changing the SVG; the two
files are committed (the Windows/macOS builds and the offline kit use them)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def render(side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "edunode.svg")).render(painter)
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    for path, side in ((HERE / "windows" / "edunode.ico", 256),
                       (HERE / "macos" / "edunode.icns", 512)):  # fmt: skip
        assert render(side).save(str(path)), path
        print(path, path.stat().st_size)
