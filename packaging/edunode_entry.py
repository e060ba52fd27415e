"""The frozen app's entry point: the ``edunode`` command (a bare ``edunode`` opens the window)."""

import warnings

# The frozen app leaves Pillow out (edunode.spec): fpdf2 then warns, on every transcript, that
# it could not add images. The transcript has none (its QR code is drawn as vector squares).
warnings.filterwarnings("ignore", message="Pillow could not be imported", category=UserWarning)

from edunode.cli import main  # noqa: E402

raise SystemExit(main())
