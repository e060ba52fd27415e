"""How much work a change asks of Automerge, read from its operation columns beforehand.

An Automerge change stores its operations column by column, each run-length encoded: a
hundred bytes can declare a million operations. Automerge 1.0.0rc1 handles many operations
on one (object, key) in quadratic time — 100,000 of them take half a minute, whether they
conflict, supersede each other or delete the same value (docs/decisions/0004). Nothing that
EduNode (or Automerge's own API) writes puts more than a handful of operations on one key in
one change: a text edit inserts after, or deletes, a *different* element each time. So
verification reads the columns first and refuses a change that declares more than
:data:`MAX_CHANGE_OPS` operations, or more than :data:`MAX_KEY_OPS` on one (object, key).

Only what is needed is decoded: the header (to find the columns), the action column (one
entry per operation: the count), and — only for a change with more than ``MAX_KEY_OPS``
operations — the object, key and insert columns. Runs of equal keys are counted without
expanding them; a run along which a counter moves (a typed or deleted range of text: every
key differs) is kept as the interval it covers, and only where such intervals overlap can
they meet a key twice; listed values (each paid for with bytes) are walked one by one. The
result is an upper bound of the most operations on one key.

The column format is Automerge's binary format: a column spec is ``id << 4 | deflate << 3 |
type``; types 1 (actor) and 2 (unsigned) are RLE of unsigned LEB128, 3 is RLE of signed
deltas, 4 boolean runs, 5 RLE of strings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple, cast

from edunode.crdt.binary import Header, parse_header_at, read_sleb, read_uleb

MAX_CHANGE_OPS = 500_000  # replacing a 200,000-character lesson text is 400,000
MAX_KEY_OPS = 64  # operations on one (object, key) in one change

_OBJ_ACTOR, _OBJ_CTR = 0x01, 0x02
_KEY_ACTOR, _KEY_CTR, _KEY_STR = 0x11, 0x13, 0x15
_INSERT, _ACTION = 0x34, 0x42
_DEFLATE = 0x08
_KEY_COLUMNS = (_OBJ_ACTOR, _OBJ_CTR, _KEY_ACTOR, _KEY_CTR, _KEY_STR, _INSERT)


class Load(NamedTuple):
    ops: int  # operations the change declares
    hottest: int  # the most operations on one (object, key); ``ops`` when not worked out


def _columns(data: bytes) -> dict[int, bytes]:
    """The operation columns of a change chunk by spec (raises ValueError)."""
    pos, specs = _table(data)
    out: dict[int, bytes] = {}
    for spec, size in specs:
        if pos + size > len(data):
            raise ValueError("a column runs past the end of the change")
        if spec & _DEFLATE and spec & ~_DEFLATE in (_ACTION, *_KEY_COLUMNS):
            raise ValueError("a change with compressed operation columns")
        out[spec] = data[pos : pos + size]
        pos += size
    return out


def _table(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Where the columns of a well-formed change chunk start, and their (spec, size) in
    order. The header is walked with the common case (every number below 128) read inline:
    a bulk sync does this for tens of thousands of changes. Raises ValueError when damaged."""
    try:
        pos = 10 if data[9] < 0x80 else read_uleb(data, 9)[1]  # chunk length
        n = data[pos]
        if n < 0x80:
            pos += 1 + 32 * n  # dependencies
        else:
            n, pos = read_uleb(data, pos)
            pos += 32 * n
    except IndexError:
        raise ValueError("truncated change") from None
    return _table_from(data, pos)


def _table_from(data: bytes, pos: int) -> tuple[int, list[tuple[int, int]]]:
    """:func:`_table` from the actor's length on (at ``pos``)."""
    try:
        for skip in (True, False, False):  # actor (length, bytes), seq, start op
            n = data[pos]
            pos, n = (pos + 1, n) if n < 0x80 else read_uleb(data, pos)[::-1]
            if skip:
                pos += n
        _, pos = read_sleb(data, pos)  # time
        n = data[pos]
        pos, n = (pos + 1, n) if n < 0x80 else read_uleb(data, pos)[::-1]
        pos += n  # message
        others, pos = read_uleb(data, pos)
        for _ in range(others):
            n, pos = read_uleb(data, pos)
            pos += n
        count, pos = read_uleb(data, pos)
        specs = []
        for _ in range(count):
            spec = data[pos]
            pos, spec = (pos + 1, spec) if spec < 0x80 else read_uleb(data, pos)[::-1]
            size = data[pos]
            pos, size = (pos + 1, size) if size < 0x80 else read_uleb(data, pos)[::-1]
            specs.append((spec, size))
    except IndexError:
        raise ValueError("truncated change") from None
    return pos, specs


# A value in a column: a number (actors are numbered; a boolean is 0 or 1), a string's
# bytes, or null.
Value = int | bytes | None
# A piece of a column: (length, first value, step). step 0: every value is the first one;
# another step (delta columns only): the values go up from ``first`` by ``step``.
Run = tuple[int, Value, int]
# step None: the values are listed.
Listed = tuple[int, list[Value], None]
Piece = Run | Listed


def _rle(col: bytes, signed: bool = False, text: bool = False) -> Iterator[Piece]:
    """Pieces of an RLE column: repeat runs, literal runs, null runs."""
    pos = 0
    while pos < len(col):
        n, pos = read_sleb(col, pos)
        if n > 0:
            value, pos = _value(col, pos, signed, text)
            yield n, value, 0
        elif n < 0:
            values: list[Value] = []
            for _ in range(-n):
                value, pos = _value(col, pos, signed, text)
                values.append(value)
            yield -n, values, None
        else:
            nulls, pos = read_uleb(col, pos)
            yield nulls, None, 0


def _value(col: bytes, pos: int, signed: bool, text: bool) -> tuple[Value, int]:
    if text:
        size, pos = read_uleb(col, pos)
        if pos + size > len(col):
            raise ValueError("truncated string")
        return col[pos : pos + size], pos + size
    return read_sleb(col, pos) if signed else read_uleb(col, pos)


def _delta(col: bytes) -> Iterator[Piece]:
    """Pieces of a delta column as absolute values (a run of one delta is a progression)."""
    current = 0
    for piece in _rle(col, signed=True):
        n, value = piece[0], piece[1]
        if value is None:
            yield n, None, 0
        elif piece[2] is None:
            values: list[Value] = []
            for delta in cast("list[int]", piece[1]):  # a signed column lists numbers
                current += delta
                values.append(current)
            yield n, values, None
        else:
            assert isinstance(value, int)  # a signed column's values are numbers
            yield n, current + value, value
            current += value * n


def _booleans(col: bytes) -> Iterator[Piece]:
    pos, value = 0, False
    while pos < len(col):
        n, pos = read_uleb(col, pos)
        if n:
            yield n, value, 0
        value = not value


def _at(piece: Piece, offset: int) -> Value:
    if piece[2] is None:
        return piece[1][offset]
    _, first, step = piece
    if step == 0 or first is None:
        return first
    assert isinstance(first, int)  # only a delta column's runs step: numbers
    return first + step * offset


def _hottest(columns: dict[int, bytes], ops: int) -> int:
    streams = [
        _rle(columns.get(_OBJ_ACTOR, b"")),
        _rle(columns.get(_OBJ_CTR, b"")),
        _rle(columns.get(_KEY_ACTOR, b"")),
        _delta(columns.get(_KEY_CTR, b"")),
        _rle(columns.get(_KEY_STR, b""), text=True),
        _booleans(columns.get(_INSERT, b"")),
    ]
    spent: Piece = (0, None, 0)  # a used-up piece: the next one is read before use
    current = [spent] * len(streams)
    used = [0] * len(streams)
    counts: Counter[tuple[Value, ...]] = Counter()
    intervals: dict[tuple[int, tuple[Value | str, ...]], list[tuple[int, int]]] = {}
    done = 0
    while done < ops:
        for i, stream in enumerate(streams):
            while used[i] >= current[i][0]:
                piece = next(stream, None)
                if piece is None:  # a column shorter than the operations: absent values
                    piece = (ops - done, None, 0)
                current[i], used[i] = piece, 0
        span = min(min(p[0] - u for p, u in zip(current, used, strict=True)), ops - done)
        steps = [p[2] for p in current]
        if all(step == 0 for step in steps):  # one key for the whole span
            counts[tuple(_at(p, u) for p, u in zip(current, used, strict=True))] += span
        elif None not in steps:
            # A counter moves on each operation (typing, deleting a range): every key differs
            # within the span, which covers an interval of that counter. Spans meet a key
            # only where their intervals overlap (with the other columns equal).
            moving = next(i for i, step in enumerate(steps) if step)
            first = _at(current[moving], used[moving])
            last = _at(current[moving], used[moving] + span - 1)
            assert isinstance(first, int) and isinstance(last, int)  # a counter: numbers
            rest = tuple(
                "*" if step else _at(p, u) for p, u, step in zip(current, used, steps, strict=True)
            )
            intervals.setdefault((moving, rest), []).append((min(first, last), max(first, last)))
        else:  # listed values (each costs bytes): one by one
            for k in range(span):
                key = tuple(_at(p, u + k) for p, u in zip(current, used, strict=True))
                counts[key] += 1
        used = [u + span for u in used]
        done += span
    return max(counts.values(), default=0) + max(map(_deepest, intervals.values()), default=0)


def _deepest(intervals: list[tuple[int, int]]) -> int:
    """The most intervals (closed, of integers) that share one point."""
    events = sorted([(lo, 1) for lo, _ in intervals] + [(hi + 1, -1) for _, hi in intervals])
    depth = deepest = 0
    for _, change in events:  # at equal points the -1 sorts first: [1,2] and [3,4] don't meet
        depth += change
        deepest = max(deepest, depth)
    return deepest


def load(data: bytes) -> Load:
    """How many operations ``data`` (a well-formed change chunk) declares, and the most on
    one (object, key) when it declares more than MAX_KEY_OPS in all (the per-key count is
    worked out only up to MAX_CHANGE_OPS operations). Raises ValueError when the columns
    are damaged."""
    return load_counted(data, op_count(data))


def load_counted(data: bytes, ops: int) -> Load:
    """:func:`load` when the operations were counted already (by the wire decoder)."""
    if ops <= MAX_KEY_OPS or ops > MAX_CHANGE_OPS:
        return Load(ops, ops)
    columns = _columns(data)
    return Load(ops, _hottest(columns, ops))


def op_count(data: bytes) -> int:
    """The length of the action column: how many operations the change declares."""
    return _action_length(data, *_table(data))


def counted_header(data: bytes) -> Header:
    """``parse_header(data)`` with ``ops`` (:func:`op_count`) read in the same walk of the
    header: verifying a bundle's or a sync's thousands of changes reads each header once.
    ValueError when damaged, as each of the two raises it."""
    header, actor_at = parse_header_at(data)
    return header._replace(ops=_action_length(data, *_table_from(data, actor_at)))


def _action_length(data: bytes, pos: int, specs: list[tuple[int, int]]) -> int:
    for spec, size in specs:
        if spec & ~_DEFLATE == _ACTION:
            if spec & _DEFLATE:
                raise ValueError("a change with compressed operation columns")
            if pos + size > len(data):
                raise ValueError("a column runs past the end of the change")
            return _rle_length(data[pos : pos + size])
        pos += size
    return 0


def _rle_length(col: bytes) -> int:
    """How many values an RLE column of unsigned numbers holds, without decoding them."""
    pos, total, end = 0, 0, len(col)
    try:
        while pos < end:
            b = col[pos]
            if b < 0x80:  # a one-byte signed count
                n, pos = (b - 0x80 if b & 0x40 else b), pos + 1
            else:
                n, pos = read_sleb(col, pos)
            if n == 0:  # a run of nulls: their number follows
                k, pos = read_uleb(col, pos)
                total += k
                continue
            total += abs(n)
            for _ in range(1 if n > 0 else -n):  # skip the value(s)
                while col[pos] & 0x80:
                    pos += 1
                pos += 1
    except IndexError:
        raise ValueError("truncated column") from None
    if pos != end:
        raise ValueError("truncated column")
    return total


def map_keys(data: bytes) -> frozenset[str]:
    """The map keys (strings) a change's operations write — ``{"score", "max", …}`` when a
    result was recorded — read from its key-string column. What a change did, in words,
    for the activity feed; the change must be a well-formed chunk. Raises ValueError when
    its columns are damaged or compressed."""
    column = _columns(data).get(_KEY_STR, b"")
    keys: set[str] = set()
    for piece in _rle(column, text=True):
        values: list[Value] = piece[1] if piece[2] is None else [piece[1]]
        for value in values:
            if isinstance(value, bytes):
                keys.add(value.decode("utf-8", "replace"))
    return frozenset(keys)
