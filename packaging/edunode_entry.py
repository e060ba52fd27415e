"""The frozen app's entry point: the ``edunode`` command (a bare ``edunode`` opens the window)."""

from edunode.cli import main

raise SystemExit(main())
