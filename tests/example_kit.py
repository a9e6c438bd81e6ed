"""The shipped processor example the tests read, and the instant they judge it at."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

PROCESSOR_EXAMPLE = (
    Path(__file__).resolve().parent.parent / "examples" / "viamedis-almerys-processor.json"
)
"""The Viamedis/Almerys breach as a processor incident that concerns several controllers."""

PROCESSOR_AS_OF = datetime.fromisoformat("2024-02-02T12:00:00+01:00")
"""The instant the tests judge its deadlines at: 2 February 2024, noon in Paris."""
