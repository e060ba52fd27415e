"""Sorting names as people expect: a locale's alphabetical order, not code point order.

Python's ``sorted`` and SQL's ``ORDER BY`` on plain text put "Aïcha" after "Amina" and
"Céline" after "Chiara". A :class:`Collator` turns a name into a *sort key*, bytes whose
plain byte order is the order a teacher expects; the store keeps that key in the list
projections (``p_learners.sort_key``, ``p_courses.sort_key``, indexed) so that paging
through 10,000 learners stays one indexed ``ORDER BY`` (``store/migrations.py`` builds it,
``Store.use_collation`` rebuilds it when the language changes).

The key is computed here in pure Python (no ICU needed on any PC, and every PC of a school
computes the same bytes), in the spirit of the Unicode Collation Algorithm with three
levels, compared one after the other:

1. *letters*: the text in NFKD, marks removed, case folded, a few letters expanded the way
   UCA's root order does (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, …), runs of white
   space as one space; a language's own letters get their own place (Swedish å ä ö and
   Danish/Norwegian æ ø å after z, Spanish ñ after n);
2. *accents*: where only accents differ, the unaccented one first ("Emile" < "Émile");
3. *case*: where only case differs, lower case first (and "ss" before "ß").

Each letter weighs ``4 × code point`` (3 bytes, big-endian), which leaves room to slot a
tailored letter right after another one (ñ = n + 1); a 3-byte zero separates the levels,
so a shorter name sorts before a longer one that starts with it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

VERSION = 1  # bump when keys change: the store rebuilds its keys when the name differs

# Letters UCA's root order expands or treats as a base letter with a secondary difference.
_EXPAND = {
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "œ": "oe",
    "ĳ": "ij",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ŧ": "t",
    "ı": "i",
    "ŋ": "n",
    "þ": "th",
}
_STROKE = 0x0338  # the secondary weight given to ø, ł, đ… ("Lodz" < "Łodz")

_Z = ord("z") * 4
# A language's own letters: lower-case letter → its letter weight(s).
_NORDIC_SV = {"å": _Z + 1, "ä": _Z + 2, "æ": _Z + 2, "ö": _Z + 3, "ø": _Z + 3}
_NORDIC_DA = {"æ": _Z + 1, "ä": _Z + 1, "ø": _Z + 2, "ö": _Z + 2, "å": _Z + 3}
_SPANISH = {"ñ": ord("n") * 4 + 1}
# Language → (the rules' name, their letters); languages sharing rules share keys.
TAILORINGS: dict[str, tuple[str, dict[str, int]]] = {
    "sv": ("sv", _NORDIC_SV),
    "fi": ("sv", _NORDIC_SV),
    "da": ("da", _NORDIC_DA),
    "nb": ("da", _NORDIC_DA),
    "nn": ("da", _NORDIC_DA),
    "no": ("da", _NORDIC_DA),
    "es": ("es", _SPANISH),
}

_SEPARATOR = b"\x00\x00\x00"


def language_of(locale: str) -> str:
    """``"sv_SE.UTF-8"`` → ``"sv"``; ``""``, ``"C"`` and ``"POSIX"`` → ``""`` (the root order)."""
    code = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    return "" if code in ("", "c", "posix") else code


@dataclass(frozen=True)
class Collator:
    """Sort keys for one language (``""``: the root order, right for most languages)."""

    language: str = ""
    rules: str = "root"
    _tailoring: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def name(self) -> str:
        """What the stored keys were made with: the store rebuilds them when this changes."""
        return f"edunode-fold-{VERSION}/{self.rules}"

    def key(self, text: str) -> bytes:
        letters: list[int] = []
        accents: list[int] = []
        cases: list[int] = []
        pending_space = False
        for ch in unicodedata.normalize("NFC", text):
            if ch.isspace():
                pending_space = bool(letters)
                continue
            if pending_space:
                letters.append(ord(" ") * 4)
                accents.append(1)
                cases.append(0)
                pending_space = False
            lower = ch.lower()
            case = 0 if ch == lower else 1
            weight = self._tailoring.get(lower)
            if weight is not None:
                letters.append(weight)
                accents.append(1)
                cases.append(case)
                continue
            first = True
            for part in unicodedata.normalize("NFKD", lower):
                if unicodedata.combining(part):
                    if accents:
                        accents.append(2 + ord(part))
                    continue
                expanded = _EXPAND.get(part)
                for letter in expanded if expanded is not None else part.casefold():
                    letters.append(ord(letter) * 4)
                    cases.append(case + (2 if expanded is not None else 0))
                    accents.append(2 + _STROKE if expanded is not None and first else 1)
                    if expanded is not None and len(expanded) > 1:
                        accents[-1] = 1
                    first = False
        return b"".join(
            (
                _pack(letters),
                _SEPARATOR,
                _pack(accents),
                _SEPARATOR,
                _pack(cases),
            )
        )

    def sort(self, items: list[str]) -> list[str]:
        """``items`` in this collation's order (for lists kept in memory)."""
        return sorted(items, key=self.key)


def _pack(weights: list[int]) -> bytes:
    return b"".join(w.to_bytes(3, "big") for w in weights)


def collator_for(locale: str) -> Collator:
    """The collator for a locale name such as ``fr_FR``, ``sv-SE`` or ``""`` (root)."""
    language = language_of(locale)
    rules, letters = TAILORINGS.get(language, ("root", {}))
    return Collator(language, rules, dict(letters))


def system_locale(environ: dict[str, str]) -> str:
    """The collation locale POSIX programs would use: LC_ALL, then LC_COLLATE, then LANG."""
    for name in ("LC_ALL", "LC_COLLATE", "LANG"):
        value = environ.get(name)
        if value:
            return value
    return ""
