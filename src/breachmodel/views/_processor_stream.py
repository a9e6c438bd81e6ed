"""Assess a processor incident and write it as it goes, one controller at a time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import IO

from breachmodel.processor import _assess
from breachmodel.processor._model import ProcessorIncident
from breachmodel.processor._result import _head
from breachmodel.views._processor import _STREAMED

__all__ = ["stream_processor_assessment"]


def stream_processor_assessment(
    pi: ProcessorIncident,
    out: IO[str],
    fmt: str = "json",
    *,
    as_of: datetime | None = None,
    options: object | Iterable[object] | None = None,
) -> None:
    """Assess a processor incident and write it as ``"json"`` or ``"text"``, as it goes.

    The output is the same as ``render_processor_assessment(assess_processor_incident(pi,
    ...), fmt)``, but each controller is assessed, written and dropped in turn, so memory
    does not grow with the number of controllers.

    Raises:
        ValueError: For another format.
        NaiveDatetimeError: If ``as_of`` has no time zone.
    """
    write = _STREAMED.get(fmt)
    if write is None:
        msg = f"unknown streamed format {fmt!r}; expected 'text' or 'json'"
        raise ValueError(msg)
    write(out, _head(pi, as_of), _assess._controller_results(pi, as_of=as_of, options=options))
