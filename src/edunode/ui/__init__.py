"""The desktop app (PySide6). The only package that imports Qt.

Importing ``edunode.ui`` itself loads no Qt: ``edunode.ui.cli_gui`` is imported by the CLI
and only pulls Qt in when the window is opened.
"""
