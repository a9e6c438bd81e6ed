"""Counting conventions: the rules that turn a start instant and a period into a due instant."""

from __future__ import annotations

from enum import StrEnum

from breachmodel.citations import Citation, reg_1182_71
from breachmodel.clocks._citations import encoding_note, lei_9784, reg_s_t

__all__ = ["CUTOFF_CITATION", "Convention"]


class Convention(StrEnum):
    """How a period is counted. Each convention is cited and explained.

    * ``ELAPSED``: the due instant is the start instant plus the exact elapsed duration
      (calendar days count as 24 hours each). Nothing is rounded and nothing rolls
      forward, so this is the earliest, conservative reading. It is this project's default
      for hour periods such as the GDPR's 72 hours (encoding notes E1-E3): hours include
      weekends and public holidays (Reg. 1182/71 Art. 3(3)) and never roll forward to a
      working day (Art. 3(4)). The strict Art. 3(1)-(2) result is reported alongside as
      information only.
    * ``REG_1182_71``: Regulation 1182/71 Art. 3. The hour or day during which the event
      happens is not counted (Art. 3(1)); an hour period runs from the start of the next
      whole hour, a day, week or month period from the start of the next day, and ends when
      its last hour or day expires (Art. 3(2)); a month period ends on the same date of the
      last month, or that month's last day (Art. 3(2)(c)); weekends and holidays count
      (Art. 3(3)); a day, week or month period whose last day is a public holiday,
      Saturday or Sunday ends at the end of the next working day, but an hour period never
      rolls forward (Art. 3(4)); a period of two days or more includes at least two
      working days (Art. 3(5)).
    * ``BRAZIL``: Lei 9.784/1999 Art. 66. The first day is excluded and the last day
      included (caput); a last day without office hours rolls to the next working day
      (para. 1); day periods run continuously unless expressed in working days (para. 2);
      month periods run from date to date, or to the last day of the month (para. 3).
      This is the federal default; the ANPD's Resolution 15/2024 states no formula of its
      own (global-regimes section 3).
    * ``FIRST_DAY_INCLUDED``: the day of the event counts as day 1 and the period ends at
      the last instant of day *n* in the rule's time zone, with no roll-forward. This is
      one day earlier than ``END_OF_DAY``: the earlier reading where a law's counting rule
      is unsettled (Japan's final report, "within 30 days from the day on which it became
      aware"; global-regimes section 14.4(c): default to the earlier candidate and flag it).
    * ``END_OF_DAY``: for date-granular regimes (HIPAA, US states, Singapore): the day of
      the event is not counted, the period ends at the last instant (23:59:59.999999 local
      time) of its last day in the rule's time zone, and nothing rolls forward
      (global-regimes section 14.4(b)). Month periods use the same date-to-date
      arithmetic as Reg. 1182/71 Art. 3(2)(c).

    A business-day cutoff is not a convention but an option on the rule
    (``DeadlineRule.cutoff``): with a cutoff, a date-based period ends at the cutoff time
    on its last day instead of at midnight, which models filing systems that deem late
    submissions filed on the next business day (SEC Regulation S-T Rule 13(a)(2):
    EDGAR submissions after 5:30 pm Eastern).

    >>> Convention.REG_1182_71.label
    'Regulation 1182/71 Art. 3'
    >>> [str(c) for c in Convention.BRAZIL.citations]
    ['Lei 9.784/1999, Art. 66']
    """

    ELAPSED = "elapsed"
    REG_1182_71 = "reg_1182_71"
    BRAZIL = "brazil"
    END_OF_DAY = "end_of_day"
    FIRST_DAY_INCLUDED = "first_day_included"

    @property
    def label(self) -> str:
        """A short English name."""
        return _LABELS[self]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The sources this convention rests on."""
        return _CITATIONS[self]

    @property
    def summary(self) -> str:
        """One sentence saying how the convention counts."""
        return _SUMMARIES[self]

    @property
    def date_based(self) -> bool:
        """Whether the convention counts in calendar dates (all but ``ELAPSED``)."""
        return self is not Convention.ELAPSED


_LABELS: dict[Convention, str] = {
    Convention.ELAPSED: "elapsed time from the start instant",
    Convention.REG_1182_71: "Regulation 1182/71 Art. 3",
    Convention.BRAZIL: "Lei 9.784/1999 Art. 66",
    Convention.END_OF_DAY: "end of the last day, no roll-forward",
    Convention.FIRST_DAY_INCLUDED: "the day of the event is day 1, no roll-forward",
}

_CITATIONS: dict[Convention, tuple[Citation, ...]] = {
    Convention.ELAPSED: (
        encoding_note("E1"),
        encoding_note("E2"),
        encoding_note("E3"),
        reg_1182_71("Art. 3(3)"),
        reg_1182_71("Art. 3(4)"),
    ),
    Convention.REG_1182_71: (
        reg_1182_71("Art. 3(1)"),
        reg_1182_71("Art. 3(2)"),
        reg_1182_71("Art. 3(3)"),
        reg_1182_71("Art. 3(4)"),
        reg_1182_71("Art. 3(5)"),
    ),
    Convention.BRAZIL: (lei_9784("Art. 66"),),
    Convention.END_OF_DAY: (encoding_note("global-regimes 14.4(b)"),),
    Convention.FIRST_DAY_INCLUDED: (encoding_note("global-regimes 14.4(c)"),),
}

_SUMMARIES: dict[Convention, str] = {
    Convention.ELAPSED: (
        "the exact duration is added to the start instant; weekends and public holidays "
        "are counted (Reg. 1182/71 Art. 3(3)) and nothing rolls forward to a working day"
    ),
    Convention.REG_1182_71: (
        "the hour or day of the event is not counted (Reg. 1182/71 Art. 3(1)); the period "
        "ends when its last hour or day expires (Art. 3(2)); a day, week or month period "
        "ending on a public holiday, Saturday or Sunday rolls forward to the next working "
        "day, an hour period never does (Art. 3(4))"
    ),
    Convention.BRAZIL: (
        "the first day is excluded and the last day included; a non-working last day "
        "rolls forward to the next working day (Lei 9.784/1999 Art. 66)"
    ),
    Convention.END_OF_DAY: (
        "the day of the event is not counted and the period ends at the end of its last "
        "day in the rule's time zone, with no roll-forward"
    ),
    Convention.FIRST_DAY_INCLUDED: (
        "the day of the event counts as day 1 and the period ends at the end of its last "
        "day in the rule's time zone, with no roll-forward"
    ),
}

CUTOFF_CITATION = reg_s_t("Rule 13(a)(2)")
"""The model for business-day cutoffs: EDGAR filings after 5:30 pm Eastern."""
