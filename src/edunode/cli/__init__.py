"""The ``edunode`` command line: a thin shell over the Node.

``main`` builds the parser from one module per command family (``records``, ``network``,
``usb``, ``bundle``, ``desktop``); ``common`` holds what they share (the :class:`Out` result,
tables, the admin PIN). A new command goes into its family's ``register``; a new family is a
new module listed in ``main.FAMILIES``.
"""

from edunode.cli.main import main

__all__ = ["main"]
