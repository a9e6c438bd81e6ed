"""Counts of people or records that may be exact, a range, an estimate, or unknown.

Art. 33(3)(a) GDPR accepts approximate numbers, and EDPB Guidelines 9/2022 (paras. 51-53)
say a missing exact count must never hold up a timely notification (encoding note E20).

>>> Count.exact(12).best
12
>>> Count.between(1_000, 5_000).describe()
'between 1,000 and 5,000'
>>> Count.unknown().best is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from attrs import field, frozen

from breachmodel.model._validate import optional_non_negative

__all__ = ["Count", "Precision"]


class Precision(StrEnum):
    """How precisely a number is known."""

    EXACT = "exact"
    RANGE = "range"
    ESTIMATE = "estimate"
    UNKNOWN = "unknown"


@frozen(kw_only=True)
class Count:
    """A number of people or records, with its precision.

    Attributes:
        precision: Exact, a range, an estimate, or unknown.
        value: The number, for exact counts and estimates.
        low: The lower bound of a range.
        high: The upper bound of a range; None means "at least ``low``".
    """

    precision: Precision
    value: int | None = field(default=None, validator=optional_non_negative)
    low: int | None = field(default=None, validator=optional_non_negative)
    high: int | None = field(default=None, validator=optional_non_negative)

    def __attrs_post_init__(self) -> None:
        p = self.precision
        if p in (Precision.EXACT, Precision.ESTIMATE):
            if self.value is None or self.low is not None or self.high is not None:
                msg = f"{p.value} count: give 'value' only (no 'low' or 'high')"
                raise ValueError(msg)
        elif p is Precision.RANGE:
            if self.value is not None or self.low is None:
                msg = "range count: give 'low' (and optionally 'high'), not 'value'"
                raise ValueError(msg)
            if self.high is not None and self.high < self.low:
                msg = f"range count: 'low' ({self.low}) is greater than 'high' ({self.high})"
                raise ValueError(msg)
        elif self.value is not None or self.low is not None or self.high is not None:
            msg = "unknown count: give no 'value', 'low' or 'high'"
            raise ValueError(msg)

    @classmethod
    def exact(cls, n: int) -> Count:
        """An exact count."""
        return cls(precision=Precision.EXACT, value=n)

    @classmethod
    def about(cls, n: int) -> Count:
        """An estimate."""
        return cls(precision=Precision.ESTIMATE, value=n)

    @classmethod
    def between(cls, low: int, high: int | None = None) -> Count:
        """A range; ``high=None`` means at least ``low``."""
        return cls(precision=Precision.RANGE, low=low, high=high)

    @classmethod
    def unknown(cls) -> Count:
        """A count nobody knows yet."""
        return cls(precision=Precision.UNKNOWN)

    @classmethod
    def total(cls, counts: Iterable[Count]) -> Count:
        """Add counts up; unknown if there are none or any of them is unknown."""
        result: Count | None = None
        for c in counts:
            result = c if result is None else result + c
        return result if result is not None else cls.unknown()

    @property
    def lower_bound(self) -> int | None:
        """The smallest number consistent with the count (None if unknown)."""
        return self.low if self.precision is Precision.RANGE else self.value

    @property
    def upper_bound(self) -> int | None:
        """The largest number consistent with the count (None if unbounded or unknown)."""
        return self.high if self.precision is Precision.RANGE else self.value

    @property
    def best(self) -> int | None:
        """The single best figure: the value, or the upper bound (else lower) of a range."""
        if self.precision is Precision.RANGE:
            return self.high if self.high is not None else self.low
        return self.value

    @property
    def known(self) -> bool:
        """Whether any figure is known."""
        return self.precision is not Precision.UNKNOWN

    def describe(self) -> str:
        """Say the count in words, e.g. 'about 33,000,000'."""
        if self.precision is Precision.EXACT:
            return f"{self.value:,}"
        if self.precision is Precision.ESTIMATE:
            return f"about {self.value:,}"
        if self.precision is Precision.RANGE:
            if self.high is None:
                return f"at least {self.low:,}"
            return f"between {self.low:,} and {self.high:,}"
        return "unknown"

    def __add__(self, other: Count) -> Count:
        if not self.known or not other.known:
            return Count.unknown()
        if self.precision is Precision.EXACT and other.precision is Precision.EXACT:
            return Count.exact((self.value or 0) + (other.value or 0))
        if Precision.RANGE not in (self.precision, other.precision):
            return Count.about((self.value or 0) + (other.value or 0))
        low = (self.lower_bound or 0) + (other.lower_bound or 0)
        hs, ho = self.upper_bound, other.upper_bound
        high = None if hs is None or ho is None else hs + ho
        return Count.between(low, high)
