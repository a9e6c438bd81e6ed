"""Indented JSON through the ``fast`` extra is byte for byte what the standard library writes.

``dumps_json(..., indent=N)`` encodes compactly with the standard library's C encoder and
re-indents with ``msgspec.json.format`` when ``msgspec`` is installed; these tests pin
that the text is the same as ``json.dumps`` (then sanitised) for any JSON-ready data, that
what ``msgspec`` refuses goes to the standard library, and that without ``msgspec`` the
standard library does it all.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachmodel import sanitize
from breachmodel.sanitize import dumps_json

needs_msgspec = pytest.mark.skipif(
    not sanitize._formatter(), reason="msgspec (the 'fast' extra) is not installed"
)

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()  # any code point: controls, bidi marks, lone surrogates, non-ASCII
)
_KEYS = st.text(max_size=8) | st.sampled_from(["a", "b", "é", "\u202e", "\n", ""])
_JSON = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=25,
)


def _stdlib(data: Any, indent: int, sort_keys: bool) -> str:
    text = json.dumps(data, indent=indent, sort_keys=sort_keys, ensure_ascii=False)
    return sanitize._UNSAFE_KEEP_NEWLINE.sub(sanitize._json_escape, text)


@needs_msgspec
@settings(max_examples=300, deadline=None)
@given(data=_JSON, indent=st.integers(min_value=1, max_value=4), sort_keys=st.booleans())
def test_indented_output_is_the_standard_librarys(data: Any, indent: int, sort_keys: bool) -> None:
    assert dumps_json(data, indent=indent, sort_keys=sort_keys) == _stdlib(data, indent, sort_keys)


@needs_msgspec
@pytest.mark.parametrize(
    "data",
    [
        {"b": [], "a": {}, "c": [{}, [[]]]},
        [1e-05, 1e16, -0.0, 2.5, 10**25, True, None],
        {"text": 'é \u2028 \\ " \x00 \x7f \ud800'},
        [math.nan, math.inf, -math.inf],
        "a string alone",
        7,
    ],
    ids=["empty", "numbers", "escapes", "non-finite", "string", "integer"],
)
def test_examples_the_formatter_might_differ_on(data: Any) -> None:
    for sort_keys in (False, True):
        assert dumps_json(data, indent=2, sort_keys=sort_keys) == _stdlib(data, 2, sort_keys)


@needs_msgspec
def test_what_the_formatter_refuses_goes_to_the_standard_library() -> None:
    calls: list[str] = []
    real = sanitize._formatter()

    def spy(text: str, *, indent: int) -> str:
        calls.append(text)
        return str(real(text, indent=indent))

    data = {"nan": math.nan, "ok": [1]}
    sanitize._FORMAT = spy
    try:
        assert dumps_json(data, indent=2) == _stdlib(data, 2, False)
        assert dumps_json({"ok": [1]}, indent=2) == _stdlib({"ok": [1]}, 2, False)
    finally:
        sanitize._FORMAT = real
    assert len(calls) == 2  # both tried; the first refused (NaN is not JSON), then json.dumps


def test_without_msgspec_the_standard_library_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sanitize, "_FORMAT", None)
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec now fails
    data = {"b": [1, {"é": "\u202e"}], "a": None}
    assert dumps_json(data, indent=2, sort_keys=True) == _stdlib(data, 2, True)
    assert sanitize._FORMAT is False


def test_errors_are_the_standard_librarys() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_json({"when": object()}, indent=2)


def _compact_stdlib(data: Any, sort_keys: bool) -> str:
    return json.dumps(data, sort_keys=sort_keys, ensure_ascii=False, separators=(",", ":"))


@settings(max_examples=300, deadline=None)
@given(data=_JSON, sort_keys=st.booleans())
def test_compact_text_is_json_dumps(data: Any, sort_keys: bool) -> None:
    """The C encoder called directly writes what ``json.dumps`` writes with it."""
    assert sanitize._compact(data, sort_keys) == _compact_stdlib(data, sort_keys)


def test_compact_text_without_the_c_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    data = {"b": [1.5, None, True], "a": "é\x7f"}
    assert sanitize._compact(data, True) == _compact_stdlib(data, True)
    assert dumps_json(data, indent=2, sort_keys=True) == _stdlib(data, 2, True)


def test_a_failed_call_leaves_nothing_behind() -> None:
    """Each call has its own encoder: a circular value refused, the next value written."""
    loop: list[Any] = []
    loop.append(loop)
    shared = [1]
    for _ in range(2):
        with pytest.raises(ValueError, match="Circular reference detected"):
            dumps_json({"x": loop}, indent=2)
        with pytest.raises(TypeError, match="not JSON serializable"):
            dumps_json([shared, object()], indent=2)
        assert dumps_json({"a": shared, "b": shared}, indent=2) == _stdlib(
            {"a": shared, "b": shared}, 2, False
        )


@pytest.mark.parametrize("data", ["\x7f", {"a": "x\x7fy"}, ["ascii only", 1], {"k": "\u0085"}])
def test_delete_is_escaped_in_ascii_text(data: Any) -> None:
    """ASCII text skips the escapes unless it holds DEL, the one ASCII character escaped."""
    assert dumps_json(data, indent=2) == _stdlib(data, 2, False)
    if data == "\x7f":
        assert dumps_json(data, indent=2) == '"\\u007f"'
