"""Control characters: text that arrives from outside must not hold them (issue 9 item 9).

A terminal acts on them instead of showing them (escape sequences recolour, move the
cursor, clear the screen; a carriage return or newline forges a line; 0x9b is a one-byte
CSI on some terminals), and the bidirectional overrides reorder what a screen shows. Names
and other one-line texts from the network, a USB stick or mDNS are refused when they hold
any; the CLI also escapes them wherever it prints (``edunode.cli.common.escape``).
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, line and paragraph separators, bidirectional overrides
# and isolates. Joiners (U+200C, U+200D) are letters' business in several scripts: allowed.
_OTHERS = r"\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(rf"[\x00-\x1f{_OTHERS}]")
CONTROL_BUT_LINES = re.compile(rf"[\x00-\x08\x0b-\x1f{_OTHERS}]")  # newline and tab allowed
BEYOND_C0 = re.compile(rf"[{_OTHERS}]")  # what JSON leaves as it is
C0_BUT_TAB = re.compile(r"[\x00-\x08\x0a-\x1f]")  # what one-line input always refused


def has_control(text: str, *, lines: bool = False) -> bool:
    """Whether ``text`` holds a control character other than a tab (people type tabs into
    names, and older versions accepted them; the CLI shows them escaped). ``lines``:
    newlines are allowed too."""
    pattern = CONTROL_BUT_LINES if lines else CONTROL
    return pattern.search(text.replace("\t", " ") if "\t" in text else text) is not None
