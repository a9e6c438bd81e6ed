"""The determinations and duties every registered regime gives, read off one probe.

An empty incident assessed once under every registered regime names the columns a bulk
row or a DataFrame holds: each determination's id, and each duty owed to someone outside
the organisation. Kept apart from :mod:`breachmodel.bulk` so that the pandas adapter
(:mod:`breachmodel.frames`) can ask for them without importing the bulk runner.
"""

from __future__ import annotations

import functools

from breachmodel.assessment import Assessment, assess
from breachmodel.model import Incident, Organisation
from breachmodel.obligations import Duty
from breachmodel.regimes import ids

__all__ = ["determination_ids", "duties"]


@functools.cache
def _probe() -> Assessment:
    """An empty incident assessed under every registered regime: the columns' source."""
    probe = Incident(id="probe", controller=Organisation(id="probe", name="probe"))
    return assess(probe, regimes=ids(), sensitivities=False)


def determination_ids() -> tuple[str, ...]:
    """The ids of the determinations of every registered regime, in the assessment's order."""
    return _probe().ids


@functools.cache
def duties() -> tuple[Duty, ...]:
    """The duties a row reports across regimes, in :class:`~breachmodel.obligations.Duty` order.

    Every duty some registered regime decides that is owed to someone outside the
    organisation (a notice, a communication, a report): not the content of a notice nor
    the organisation's own record, which every row's ``outcomes`` hold per regime.
    """
    found = {d.key.duty for d in _probe().determinations if d.key is not None}
    own = (Duty.CONTENT, Duty.RECORD)
    return tuple(d for d in Duty if d in found and d not in own)
