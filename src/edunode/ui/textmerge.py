"""Text merging for the lesson editor: hunks, three-way merge and UTF-16 positions.

Pure Python, no Qt, so it is tested on its own. The lesson editor keeps a *base* (the body as
last synchronised with the Node), the *local* text in the editor, and receives the
*current* body of the document (which may hold other nodes' edits). ``merge3`` applies the
local edits onto the current body; ``hunks`` finds the few small splices that turn one text
into another so the editor (and the CRDT) can apply them without touching the rest.
"""

from __future__ import annotations

from difflib import SequenceMatcher

Hunk = tuple[int, int, str]  # replace text[start:end] with the string

# Past this many characters in the differing middle, use one hunk instead of difflib
# (SequenceMatcher is quadratic in the worst case; a middle that large is a paste anyway).
_DIFF_LIMIT = 20_000


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    # Compare in chunks first: fast on long equal prefixes.
    step = 256
    while i + step <= n and a[i : i + step] == b[i : i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, floor: int) -> int:
    """Length of the common suffix that does not reach into the first ``floor`` chars."""
    n = min(len(a), len(b)) - floor
    i = 0
    while i < n and a[len(a) - 1 - i] == b[len(b) - 1 - i]:
        i += 1
    return i


def hunks(old: str, new: str) -> list[Hunk]:
    """Splices (start, end, replacement) in ascending order that turn ``old`` into ``new``."""
    if old == new:
        return []
    p = _common_prefix(old, new)
    s = _common_suffix(old, new, p)
    a, b = old[p : len(old) - s], new[p : len(new) - s]
    if len(a) > _DIFF_LIMIT or len(b) > _DIFF_LIMIT or not a or not b:
        return [(p, p + len(a), b)]
    out: list[Hunk] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((p + i1, p + i2, b[j1:j2]))
    return out


def apply(text: str, splices: list[Hunk]) -> str:
    """Apply ascending, non-overlapping hunks (computed against ``text``)."""
    parts: list[str] = []
    pos = 0
    for start, end, rep in splices:
        parts.append(text[pos:start])
        parts.append(rep)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def merge3(base: str, ours: str, theirs: str) -> str:
    """``theirs`` with our edits (``base`` → ``ours``) applied on top.

    Characters we deleted are removed only where they still exist in ``theirs``; what they
    inserted is never lost. Where both sides inserted at the same place, their text comes
    first. The result is deterministic, so every node shown the same inputs agrees.
    """
    if ours in (base, theirs):
        return theirs
    if theirs == base:
        return ours
    # Only the region where anything differs needs the character-level walk.
    p = min(_common_prefix(base, ours), _common_prefix(base, theirs))
    s = min(_common_suffix(base, ours, p), _common_suffix(base, theirs, p))
    b = base[p : len(base) - s]
    o = ours[p : len(ours) - s]
    t = theirs[p : len(theirs) - s]
    middle = _merge_middle(b, o, t)
    return theirs[:p] + middle + theirs[len(theirs) - s :]


def _merge_middle(base: str, ours: str, theirs: str) -> str:
    # Which base characters we deleted, and what we inserted before which base boundary.
    deleted: set[int] = set()
    inserts: dict[int, str] = {}
    for start, end, rep in hunks(base, ours):
        deleted.update(range(start, end))
        if rep:
            inserts[start] = inserts.get(start, "") + rep
    # For each character of theirs: the base index it came from, or -1 if they inserted it.
    origin = [-1] * len(theirs)
    if base and theirs:
        if len(base) > _DIFF_LIMIT or len(theirs) > _DIFF_LIMIT:
            blocks = _coarse_blocks(base, theirs)
        else:
            matcher = SequenceMatcher(None, base, theirs, autojunk=False)
            blocks = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks()]
        for a, bpos, size in blocks:
            for k in range(size):
                origin[bpos + k] = a + k
    out: list[str] = []
    anchors = sorted(inserts)
    next_anchor = 0
    for ch, src in zip(theirs, origin, strict=True):
        if src >= 0:
            while next_anchor < len(anchors) and anchors[next_anchor] <= src:
                out.append(inserts[anchors[next_anchor]])
                next_anchor += 1
            if src in deleted:
                continue
        out.append(ch)
    while next_anchor < len(anchors):
        out.append(inserts[anchors[next_anchor]])
        next_anchor += 1
    return "".join(out)


def _coarse_blocks(base: str, theirs: str) -> list[tuple[int, int, int]]:
    """Matching blocks from the common prefix and suffix only (for very large middles)."""
    p = _common_prefix(base, theirs)
    s = _common_suffix(base, theirs, p)
    blocks = [(0, 0, p)]
    if s:
        blocks.append((len(base) - s, len(theirs) - s, s))
    return blocks


def utf16_index(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points."""
    head = text[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)


def move_position(pos: int, splices: list[Hunk]) -> int:
    """Where a cursor at ``pos`` (in the old text) ends up once ``splices`` are applied.

    A splice entirely before the cursor shifts it; an insertion exactly at the cursor goes
    after it (the person keeps typing where they were); a cursor inside replaced text moves
    to the end of the replacement.
    """
    shift = 0
    for start, end, rep in splices:
        if end < pos or (end == pos and start < end):
            shift += len(rep) - (end - start)
        elif start < pos < end:
            return start + len(rep) + shift
    return pos + shift


def from_utf16(text: str, index16: int) -> int:
    """The code-point index of a Qt (UTF-16) position in ``text``."""
    if text.isascii():
        return min(index16, len(text))
    units = 0
    for i, ch in enumerate(text):
        if units >= index16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
