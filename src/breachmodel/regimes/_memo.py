"""Bounded memos for rule results that depend on a few of the incident's fields only."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import attrgetter
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

if TYPE_CHECKING:
    from breachmodel.model import Incident
    from breachmodel.regimes._base import Applicability, Regime

__all__ = ["LastMemo", "Memo", "Quoting", "applicability", "considered", "paths_key"]

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")

_MEMO_SIZE = 1024
"""Results kept per memo (bounded, per process; oldest dropped first)."""

_MISSING = object()


class Memo(Generic[_K, _V]):
    """A bounded memo of results that depend on a few of the incident's fields only.

    Most incidents of a bulk run repeat the same establishments and the same kinds of
    timeline, so results that read only those are computed once and shared (results are
    frozen objects; ``None`` is a result like any other).
    """

    def __init__(self, size: int = _MEMO_SIZE) -> None:
        self.results: dict[_K, _V] = {}
        self.size = size

    def get(self, key: _K, compute: Callable[[], _V]) -> _V:
        """The result for ``key``, computed on first use."""
        found = self.results.get(key, _MISSING)
        if found is _MISSING:
            found = compute()
            if len(self.results) >= self.size:
                del self.results[next(iter(self.results))]
            self.results[key] = found
        return found  # type: ignore[return-value]


class LastMemo(Generic[_V]):
    """The result computed for the last object asked about, reused for that same object.

    For results asked twice about one incident (e.g. a regime's applicability, then its
    determinations): the object itself is held, so its identity cannot be reused by
    another object while it is remembered.
    """

    def __init__(self) -> None:
        self._last: tuple[object, _V] | None = None

    def get(self, obj: object, compute: Callable[[], _V]) -> _V:
        """The result for ``obj`` (the same object, not an equal one), computed on first use."""
        last = self._last
        if last is not None and last[0] is obj:
            return last[1]
        found = compute()
        self._last = (obj, found)
        return found


_GETTERS: dict[frozenset[str], Callable[[object], tuple[object, ...]]] = {}


def _getter(paths: frozenset[str]) -> Callable[[object], tuple[object, ...]]:
    if len(paths) == 1:
        one = attrgetter(*paths)
        return lambda obj: (one(obj),)
    return attrgetter(*sorted(paths))


def paths_key(obj: object, paths: frozenset[str]) -> tuple[object, ...]:
    """The values at the dotted paths (``"controller.establishments"``), in path order.

    A memo key for a result that reads only those attributes: finer than whole fields
    (an organisation's name, say, does not split the key of a rule that never reads it).

    >>> from types import SimpleNamespace as NS
    >>> paths_key(NS(a=NS(b=1), c=2), frozenset({"c", "a.b"}))
    (1, 2)
    """
    getter = _GETTERS.get(paths)
    if getter is None:
        getter = _GETTERS[paths] = _getter(paths)
    return getter(obj)


class Quoting(Generic[_V]):
    """Results kept for one incident, with the places that quote one of its values.

    Incidents that differ only in a value the results quote (say, the date a reason
    names) share them: :meth:`told` gives them with another value in those places. The
    places, found once by equality, are the positions in the results' tuple attributes
    (one level deep, attrs classes) that hold the quoted value; the copies are made
    without running the classes' checks again, as nothing else in them changes.

    >>> from attrs import frozen
    >>> @frozen
    ... class R:
    ...     reasons: tuple[str, ...]
    ...     title: str = "2010"
    >>> kept = Quoting((R(("a", "2010")), R(("b",))), "2010")
    >>> kept.told("2011")
    (R(reasons=('a', '2011'), title='2010'), R(reasons=('b',), title='2010'))
    >>> kept.told("2010") is kept.found
    True
    """

    def __init__(self, found: tuple[_V, ...], quoted: object) -> None:
        self.found = found
        self.quoted = quoted
        self.places = tuple(
            (i, name, tuple(n for n, v in enumerate(value) if v == quoted))
            for i, obj in enumerate(found)
            for name in _names(obj)
            if isinstance(value := getattr(obj, name), tuple) and quoted in value
        )

    def told(self, value: object) -> tuple[_V, ...]:
        """The results with ``value`` in every place that quotes the kept one."""
        if value == self.quoted:
            return self.found
        found = list(self.found)
        for i, name, positions in self.places:
            items = list(getattr(found[i], name))
            for n in positions:
                items[n] = value
            found[i] = _with(found[i], name, tuple(items))
        return tuple(found)


def _with(obj: _V, name: str, value: object) -> _V:
    """A copy of the attrs object ``obj`` with one attribute set, its checks not run again."""
    new = object.__new__(type(obj))
    for kept in _names(obj):
        object.__setattr__(new, kept, getattr(obj, kept))
    object.__setattr__(new, name, value)
    return new


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(obj: object) -> tuple[str, ...]:
    """The attributes of an attrs object's class, in order."""
    cls = type(obj)
    found = _NAMES.get(cls)
    if found is None:
        found = _NAMES[cls] = tuple(a.name for a in attrs.fields(cls))  # type: ignore[arg-type]
    return found


_PREFILTERED: dict[str, Memo[tuple[object, ...], Applicability | None]] = {}


def applicability(regime: Regime, incident: Incident) -> Applicability:
    """The regime's applicability: its pre-filter's answer where it has one, else asked.

    The pre-filter's answers are kept per regime, keyed by the values at its
    :attr:`~breachmodel.regimes.Regime.prefilter_inputs`.
    """
    inputs = regime.prefilter_inputs
    if inputs:
        memo = _PREFILTERED.get(regime.id)
        if memo is None:
            memo = _PREFILTERED[regime.id] = Memo()
        found = memo.get(paths_key(incident, inputs), lambda: regime.prefilter(incident))
        if found is not None:
            return found
    return regime.applicability(incident)


_Quick = tuple["Applicability | None", ...]
_TOGETHER: dict[tuple[Regime, ...], tuple[frozenset[str], Memo[tuple[object, ...], _Quick]]] = {}


def _quick(regimes: tuple[Regime, ...], incident: Incident) -> _Quick:
    return tuple(r.prefilter(incident) if r.prefilter_inputs else None for r in regimes)


def considered(regimes: tuple[Regime, ...], incident: Incident) -> tuple[Applicability, ...]:
    """Every regime's applicability, in order: as :func:`applicability` gives it, one key.

    The pre-filters' answers are kept together, keyed by the values at the union of
    their inputs: one key per incident instead of one per regime, and every regime
    whose pre-filter does not answer is asked. Each pre-filter reads only its own
    inputs (``tests/test_prefilter.py``), so incidents equal at the union get the same
    answers.
    """
    found = _TOGETHER.get(regimes)
    if found is None:
        union = frozenset[str]().union(*(r.prefilter_inputs for r in regimes))
        found = _TOGETHER[regimes] = (union, Memo())
    union, memo = found
    if union:
        quick = memo.get(paths_key(incident, union), lambda: _quick(regimes, incident))
    else:
        quick = _quick(regimes, incident)
    return tuple(
        q if q is not None else r.applicability(incident)
        for r, q in zip(regimes, quick, strict=True)
    )
