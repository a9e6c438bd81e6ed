"""JSON written from kept fragments is byte for byte the JSON converted afresh.

A processor incident's JSON renders the parts its controllers' assessments share (the
applicability of regimes that do not reach them, the authorities' routing) once, and
writes them again from the kept text (``breachmodel._jsonstream.Fragments``, by
identity). These tests write every example's and every scenario's assessment through
one such store, so that parts kept for one are written for the next, and compare with
the fresh conversion.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from breachmodel import assess
from breachmodel._jsonstream import Fragments, Items, Rendered, write_json
from breachmodel.assessment import Assessment
from breachmodel.model import Incident
from breachmodel.processor import load_any
from breachmodel.sanitize import dumps_json
from breachmodel.views._processor import _kept_parts
from breachmodel.views._render import _assessment_data, assessment_to_dict
from scenario_kit import SCENARIOS, as_of, incident_of

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AS_OF = datetime(2024, 2, 2, 12, tzinfo=UTC)


def _assessments() -> list[Assessment]:
    found = []
    for path in sorted(EXAMPLES.glob("*.json")):
        record = load_any(path)
        if isinstance(record, Incident):
            found.append(assess(record, as_of=AS_OF))
    for path in sorted(SCENARIOS.glob("*/*.toml")):
        found.append(assess(incident_of(path), as_of=as_of(path)))
    return found


ASSESSMENTS = _assessments()


def _written(value: Any) -> str:
    out = io.StringIO()
    write_json(out, value)
    return out.getvalue()


def test_every_assessment_is_written_as_its_fresh_conversion() -> None:
    kept = Fragments()
    parts = _kept_parts(kept)
    for _ in range(2):  # the second round writes every shared part from what was kept
        for a in ASSESSMENTS:
            fresh = assessment_to_dict(a)
            assert _written(_assessment_data(a, parts)) == dumps_json(
                fresh, indent=2, sort_keys=True
            )
            # As the processor writes them: items of an array, two levels down.
            nested = {"per_controller": Items([_assessment_data(a, parts)])}
            assert _written(nested) == dumps_json(
                {"per_controller": [fresh]}, indent=2, sort_keys=True
            )
    assert len(ASSESSMENTS) > 100
    assert kept.reused > len(ASSESSMENTS)  # parts were written from the kept text


def test_a_small_store_writes_the_same() -> None:
    """Texts dropped for room are rendered again, the same."""
    parts = _kept_parts(Fragments(size=3))
    for a in ASSESSMENTS[:40]:
        expected = dumps_json(assessment_to_dict(a), indent=2, sort_keys=True)
        assert _written(_assessment_data(a, parts)) == expected


def test_the_same_object_is_rendered_once() -> None:
    kept, calls = Fragments(), []

    def convert(value: tuple[str, ...], title: str) -> dict[str, Any]:
        calls.append(value)
        return {"title": title, "items": list(value)}

    one = ("a", "b")
    first = kept.of(convert, one, "T")
    assert kept.of(convert, one, "T") is first
    assert first.text == dumps_json({"title": "T", "items": ["a", "b"]}, indent=2, sort_keys=True)
    assert kept.of(convert, one, "U").text != first.text  # other arguments, other text
    assert len(calls) == 2
    assert kept.reused == 1


def test_equal_objects_are_not_taken_for_one_another() -> None:
    """Equal instants in two UTC offsets are written differently: identity decides."""
    kept = Fragments()
    noon_utc = datetime(2024, 2, 1, 12, tzinfo=UTC)
    one_in_paris = datetime(2024, 2, 1, 13, tzinfo=timezone(timedelta(hours=1)))
    assert noon_utc == one_in_paris
    texts = {kept.of(datetime.isoformat, t).text for t in (noon_utc, one_in_paris)}
    assert texts == {'"2024-02-01T12:00:00+00:00"', '"2024-02-01T13:00:00+01:00"'}
    assert kept.reused == 0


def test_arguments_are_compared_by_type_and_value() -> None:
    """``True == 1``, but they are written ``true`` and ``1``."""
    kept = Fragments()
    obj = ("x",)

    def convert(o: tuple[str], flag: object) -> list[object]:
        return [*o, flag]

    written = [kept.of(convert, obj, flag).text for flag in (True, 1, False)]  # type: ignore[arg-type]
    assert [w.split()[2] for w in written] == ["true", "1", "false"]
    assert kept.reused == 0


def test_the_text_used_least_recently_goes_first() -> None:
    kept, calls = Fragments(size=2), []

    def convert(value: tuple[int]) -> list[int]:
        calls.append(value)
        return list(value)

    a, b, c = (1,), (2,), (3,)
    for obj in (a, b, a, c, a, b):
        kept.of(convert, obj)
    assert calls == [a, b, c, b]  # b, used least recently, was dropped for c; a stayed
    assert len(kept._kept) == 2


@pytest.mark.parametrize("level", [0, 1, 3])
def test_a_rendered_text_is_indented_for_its_depth(level: int) -> None:
    rendered = Rendered(dumps_json({"a": [1, {"b": None}]}, indent=2, sort_keys=True))
    assert rendered.at(level) == rendered.text.replace("\n", "\n" + "  " * level)
    assert rendered.at(level) is rendered.at(level)
    out = io.StringIO()
    write_json(out, {"k": rendered})
    assert out.getvalue() == dumps_json({"k": {"a": [1, {"b": None}]}}, indent=2)


def test_the_parts_kept_by_identity_are_immutable() -> None:
    """Kept by identity only holds for objects that cannot change once written."""
    seen = 0
    for a in ASSESSMENTS:
        parts = [*a.considered, *(x for r in a.regimes for x in r.analyses)]
        for part in parts:
            kind: Any = type(part)
            assert attrs.has(kind), kind
            first = attrs.fields(kind)[0].name
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(part, first, getattr(part, first))
            seen += 1
    assert seen > len(ASSESSMENTS)
