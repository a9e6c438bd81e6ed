"""Processor assessments written controller by controller equal the whole-document forms."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime

import attrs
import pytest

from breachmodel.processor import (
    ControllerShare,
    ProcessorIncident,
    assess_processor_incident,
    load_any,
    render_processor_assessment,
    stream_processor_assessment,
)
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE


def _scaled(n: int) -> ProcessorIncident:
    """The example with ``n`` controllers: copies of its own under new ids."""
    base = load_any(EXAMPLE)
    assert isinstance(base, ProcessorIncident)

    def copy(i: int, share: ControllerShare) -> ControllerShare:
        old, new = share.organisation.id, f"{share.organisation.id}-{i}"
        notices = [attrs.evolve(x, by=new) if x.by == old else x for x in share.authority_notices]
        organisation = attrs.evolve(share.organisation, id=new)
        return attrs.evolve(share, organisation=organisation, authority_notices=tuple(notices))

    k = len(base.controllers)
    return attrs.evolve(base, controllers=tuple(copy(i, base.controllers[i % k]) for i in range(n)))


@pytest.mark.parametrize("n", [1, 7, 30])
@pytest.mark.parametrize("as_of", [AS_OF, None])
def test_streamed_output_is_the_rendered_output(n: int, as_of: datetime | None) -> None:
    pi = _scaled(n)
    pa = assess_processor_incident(pi, as_of=as_of)
    whole = json.dumps(pa.to_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    assert pa.to_json() == whole
    assert json.loads(pa.to_json(indent=None)) == json.loads(whole)
    for fmt in ("json", "text"):
        out = io.StringIO()
        stream_processor_assessment(pi, out, fmt, as_of=as_of)
        assert out.getvalue() == render_processor_assessment(pa, fmt)
    assert render_processor_assessment(pa, "text").startswith("Processor incident ")


def test_controllers_are_written_as_they_are_assessed(monkeypatch: pytest.MonkeyPatch) -> None:
    from breachmodel.processor import _assess

    pulled = 0
    original = _assess._controller_results

    def counting(*args: object, **kwargs: object) -> Iterator[object]:
        nonlocal pulled
        for result in original(*args, **kwargs):  # type: ignore[arg-type]
            pulled += 1
            yield result

    class Out(io.StringIO):
        seen_at: list[int]

        def write(self, text: str) -> int:
            self.seen_at.append(pulled)
            return super().write(text)

    monkeypatch.setattr(_assess, "_controller_results", counting)
    out = Out()
    out.seen_at = []
    stream_processor_assessment(_scaled(20), out, "json", as_of=AS_OF)
    assert pulled == 20
    assert 1 in out.seen_at  # the first controller was written before the second was assessed


def test_only_text_and_json_are_streamed() -> None:
    with pytest.raises(ValueError, match="'text' or 'json'"):
        stream_processor_assessment(_scaled(1), io.StringIO(), "html")
