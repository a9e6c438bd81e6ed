"""A bounded memo for rule results that depend on a few of the incident's fields only."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["Memo", "fields_key"]

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")

_MEMO_SIZE = 1024
"""Results kept per memo (bounded, per process; oldest dropped first)."""


class Memo(Generic[_K, _V]):
    """A bounded memo of results that depend on a few of the incident's fields only.

    Most incidents of a bulk run repeat the same establishments and the same kinds of
    timeline, so results that read only those are computed once and shared (results are
    frozen objects).
    """

    def __init__(self) -> None:
        self.results: dict[_K, _V] = {}

    def get(self, key: _K, compute: Callable[[], _V]) -> _V:
        """The result for ``key``, computed on first use."""
        found = self.results.get(key)
        if found is None:
            found = compute()
            if len(self.results) >= _MEMO_SIZE:
                del self.results[next(iter(self.results))]
            self.results[key] = found
        return found


def fields_key(obj: object, fields: frozenset[str]) -> tuple[object, ...]:
    """The values of the named fields, in name order: a memo key."""
    return tuple(getattr(obj, name) for name in sorted(fields))
