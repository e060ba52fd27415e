"""edunode.bundle.jcs gives exactly what the rfc8785 package gives, or raises as it does.

The quick path (Python's C JSON encoder) is taken only where its text is RFC 8785's; these
tests make up JSON values of every kind (floats of every size, integers past 2**53, keys in
any script and beyond the BMP, control characters, lone surrogates) and compare.
"""

from __future__ import annotations

import json
import math

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from edunode.bundle import jcs

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
keys = st.text() | st.sampled_from(["id", "type", "@context", "\ue000", "\U0001f600", "é"])
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=40,
)


def both(value: object) -> tuple[object, object]:
    """What each gives: its bytes, or the type of error it raised."""
    out = []
    for dumps in (jcs.dumps, rfc8785.dumps):
        try:
            out.append(dumps(value))
        except (ValueError, TypeError, RecursionError) as exc:
            out.append(type(exc))
    return out[0], out[1]


@settings(max_examples=400, deadline=None)
@given(values)
def test_any_json_value_gives_rfc8785s_bytes(value: object) -> None:
    quick, reference = both(value)
    assert quick == reference


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_float_is_written_as_rfc8785_writes_it(number: float) -> None:
    assert jcs.dumps([number, {"x": number}]) == rfc8785.dumps([number, {"x": number}])


@pytest.mark.parametrize(
    "value",
    [
        1.0,
        -0.0,
        0.0,
        1e16,
        1e21,
        1e-5,
        0.0001,
        123456789.125,
        2**53 - 1,
        2**53,
        -(2**53),
        {"\U0001f600": 1, "\ue000": 2, "a": 3},  # UTF-16 order puts the emoji first
        {"b": '\x00\x1f\x7f\u2028\u2029"\\\b\f\n\r\t', "a": []},
        ["\ud800"],  # a lone surrogate: not UTF-8
        {1: "a"},  # a key that is not text
        (1, 2),  # a tuple
        float("nan"),
        math.inf,
        {"a": {1, 2}},
    ],
)
def test_the_edges_agree(value: object) -> None:
    quick, reference = both(value)
    assert quick == reference


def test_the_quick_path_is_the_json_encoder_where_they_agree() -> None:
    """A credential's kind of value (text, whole numbers, fractions) takes the quick path,
    so the speed is real; a value with an integral float does not, so rfc8785 decides."""
    credential = {"id": "urn:x", "score": 87.5, "n": 3, "ok": True, "name": "Ärzte 学校 ﷺ"}
    assert jcs._encoder_agrees(credential)
    assert jcs.dumps(credential) == json.dumps(
        credential, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    assert not jcs._encoder_agrees({"score": 87.0})
    assert jcs.dumps({"score": 87.0}) == b'{"score":87}'


def test_deep_nesting_is_refused_as_rfc8785_refuses_it() -> None:
    deep: object = []
    for _ in range(5000):
        deep = [deep]
    quick, reference = both(deep)
    assert quick is RecursionError and reference is RecursionError


def test_a_value_that_holds_itself_is_refused_as_rfc8785_refuses_it() -> None:
    """Only code can build one (JSON text can't): refused, never a walk without end."""
    looped: list[object] = []
    looped.append(looped)
    twice: list[object] = []
    twice.extend([twice, twice])
    for value in (looped, twice, {"a": looped}):
        quick, reference = both(value)
        assert quick is RecursionError and reference is RecursionError


def test_one_object_met_twice_takes_the_quick_path() -> None:
    """A credential built in code shares its issuer between its members: still quick."""
    issuer = {"id": "did:key:z6Mk", "name": "Hill School"}
    value = {"members": [{"issuer": issuer}, {"issuer": issuer}]}
    assert jcs._encoder_agrees(value)
    assert jcs.dumps(value) == rfc8785.dumps(value)
