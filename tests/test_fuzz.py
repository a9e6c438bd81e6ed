"""Fuzzing the incident JSON: mutated valid files never crash, never leak raw control characters.

Each example mutates one of the valid files (``examples/`` and ``tests/data/valid``) at one
place: a value replaced by one of another type or by hostile text, a key removed, added or
renamed. Whatever comes out, the public API either refuses it with an
:class:`~breachmodel.errors.InvalidIncidentError` whose every problem names a JSON path, or
assesses it; and then every output format is written without a raw control character.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breachmodel.errors import BreachModelError, InvalidIncidentError
from breachmodel.processor import ProcessorIncident, assess_processor_incident, loads_any
from breachmodel.sanitize import has_unsafe

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "examples").glob("*.json")) + sorted(
    (Path(__file__).parent / "data" / "valid").glob("*.json")
)
DOCS: dict[str, Any] = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SEEDS}

HOSTILE_TEXT = [
    "Acme\nRisk: unlikely",
    "\x1b[2J\x1b[31mNOT REQUIRED\x1b[0m",
    "a\x00b",
    "\u202egnp.exe",
    "line\u2028break",
    "\ud800",
    "=cmd|' /C calc'!A0",
    "",
    " ",
    "k" * 5000,
    "9999-12-31T23:59:59-12:00",
    "0001-01-01T00:00:00+14:00",
    "2024-03-31T02:30:00",
    "XX",
    "fr",
    "1.0",
]

FREE_TEXT = {
    "id",
    "name",
    "title",
    "description",
    "note",
    "reason",
    "awareness_rationale",
    "reference",
    "email",
    "kind_description",
}

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(HOSTILE_TEXT)
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*at, i))
    return found


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """The JSON text of a valid file changed at one or two places."""
    doc = copy.deepcopy(DOCS[draw(st.sampled_from(sorted(DOCS)))])
    strings = [p for p in _paths(doc) if p and p[-1] in FREE_TEXT] or [("id",)]
    for path in draw(st.lists(st.sampled_from(strings), max_size=4)):
        # Hostile text where text is expected: most of these files still load.
        _get(doc, path[:-1])[path[-1]] = draw(st.sampled_from(HOSTILE_TEXT) | st.text())
    for _ in range(draw(st.integers(0, 2))):
        path = draw(st.sampled_from(_paths(doc)))
        if not path:
            continue
        parent, last = _get(doc, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add_key", "rename"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif action == "add_key" and isinstance(parent, dict):
            parent[draw(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=10))] = draw(json_values)
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(HOSTILE_TEXT))] = parent.pop(last)
    return json.dumps(doc)


def _outputs(record: Any) -> list[str]:
    from breachmodel import assess
    from breachmodel.documents import draft, register_csv
    from breachmodel.overview import render_overview

    if isinstance(record, ProcessorIncident):
        pa = assess_processor_incident(record)
        return [pa.to_json(), pa.to_text(), pa.to_markdown(), pa.to_html(), render_overview(pa)]
    a = assess(record)
    texts = [a.to_text(), a.to_markdown(), a.to_html(), a.to_json(), register_csv([record])]
    texts.append(render_overview(a))
    for kind in ("authority", "people", "public"):
        try:
            doc = draft(record, kind=kind, assessment=a)
        except BreachModelError:  # not owed: a refusal, not a crash
            doc = draft(record, kind=kind, assessment=a, force=True)
        texts += [doc.to_text(), doc.to_markdown(), doc.to_html()]
    return texts


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_files())
def test_mutated_files_are_refused_with_paths_or_rendered_safely(text: str) -> None:
    try:
        record = loads_any(text)
        outputs = _outputs(record)  # the rules may refuse a value only they read
    except InvalidIncidentError as exc:
        problems = exc.problems
    else:
        for output in outputs:
            assert not has_unsafe(output), repr(output[:300])
        return
    assert problems
    for problem in problems:
        assert problem.path.startswith("$"), problem
        assert problem.message.strip(), problem
