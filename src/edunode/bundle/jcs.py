"""RFC 8785 (JSON Canonicalization Scheme) bytes of a JSON value, quickly.

The ``rfc8785`` package is the canonicalizer; it is pure Python and walks every value,
which made it a tenth of a bundle export (a credential and its thirteen course credentials
are canonicalized when signed and again when the file is checked). For most values
Python's own JSON encoder, written in C, gives exactly the same bytes with sorted keys, no
blanks and UTF-8 text: its string escapes are RFC 8785's (``\\" \\\\ \\b \\f \\n \\r \\t``,
other controls as lowercase ``\\u00xx``, nothing else escaped). They differ only where
:func:`_encoder_agrees` says no, and there ``rfc8785`` is used, errors and all:

- a float, unless it has a fraction and lies in [1e-4, 1e16), where Python's shortest
  round-trip text and ECMAScript's Number-to-String agree digit for digit (elsewhere
  Python writes ``1.0`` and ``1e+16`` where RFC 8785 writes ``1`` and
  ``10000000000000000``);
- an integer past 2**53 - 1, which RFC 8785 refuses;
- a key with a character from U+D800 up: Python sorts keys by code point, RFC 8785 by
  UTF-16 code unit, and the two orders part only there;
- anything that is not a dict, list, str, int, float, bool or None (subclasses included);
- a lone surrogate in a string, which Python writes and UTF-8 can't hold;
- nesting deeper than :data:`MAX_DEPTH` (so also a value that holds itself).

``tests/bundle/test_jcs.py`` checks the two against each other on any JSON value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import rfc8785

_SAFE_INTEGER = 2**53 - 1
MAX_DEPTH = 200  # deeper is rare and left to rfc8785 (json's encoder recurses too)
_SURROGATES = "\ud800"  # the first code point where code point and UTF-16 orders part


def dumps(value: object) -> bytes:
    """The RFC 8785 bytes of ``value``; ValueError, TypeError or RecursionError as
    ``rfc8785.dumps`` raises them for what is not plain JSON."""
    if _encoder_agrees(value):
        try:
            text = json.dumps(
                value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                allow_nan=False,
            )  # fmt: skip
            return text.encode("utf-8")
        except (UnicodeEncodeError, RecursionError):
            pass  # a lone surrogate, or deep nesting: rfc8785 says what is wrong
    return rfc8785.dumps(value)  # type: ignore[arg-type]


def _encoder_agrees(value: object) -> bool:
    """Whether json.dumps writes ``value`` as RFC 8785 does (see the module docstring).
    Nesting deeper than MAX_DEPTH (or a value that holds itself) is left to rfc8785."""
    stack: list[tuple[Any, int]] = []
    if not _child_agrees([value], stack, 0):
        return False
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if type(item) is dict:
            for key in item:
                if type(key) is not str or not (key.isascii() or max(key) < _SURROGATES):
                    return False
            children = item.values()
        else:
            children = item
        if not _child_agrees(children, stack, depth + 1):
            return False
    return True


def _child_agrees(children: Iterable[Any], stack: list[tuple[Any, int]], depth: int) -> bool:
    """Check the scalars among ``children``; put the objects and arrays on ``stack``."""
    for item in children:
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is dict or kind is list:
            stack.append((item, depth))
        elif kind is int:
            if not -_SAFE_INTEGER <= item <= _SAFE_INTEGER:
                return False
        elif kind is float:
            if item.is_integer() or not 1e-4 <= abs(item) < 1e16:
                return False
        else:
            return False
    return True
