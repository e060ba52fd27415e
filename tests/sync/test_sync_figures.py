"""The sync figures a session reports: how many changes each side lacks, from two clocks."""

from __future__ import annotations

from edunode.sync.session import lacking

A, B, C = b"a" * 32, b"b" * 32, b"c" * 32


def test_what_each_side_lacks_is_the_difference_of_sequence_numbers() -> None:
    ours = {"d1": {A: (5, b"x"), B: (2, b"y")}, "d2": {A: (3, b"z")}}
    theirs = {"d1": {A: (2, b"p"), C: (4, b"q")}, "d3": {B: (7, b"r")}}
    # d1: we give A 3..5 (3) and B 1..2 (2), take C 1..4 (4); d2: give 3; d3: take 7
    assert lacking(ours, theirs) == (3 + 2 + 3, 4 + 7)
    assert lacking(theirs, ours) == (4 + 7, 3 + 2 + 3)


def test_equal_clocks_lack_nothing() -> None:
    clock = {"d1": {A: (5, b"x")}}
    assert lacking(clock, dict(clock)) == (0, 0)
    assert lacking({}, {}) == (0, 0)
