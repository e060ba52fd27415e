"""The desktop app (PySide6). The only package that imports Qt.

Importing ``edunode.ui`` itself loads no Qt: ``edunode.cli.desktop`` is imported by the CLI
and only pulls Qt in when the window is opened.
"""
