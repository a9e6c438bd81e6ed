"""The LGPD regime's options: which Brazilian days count as working days.

Resolution CD/ANPD 15/2024 counts its periods in *dias úteis* (working days) and states no
counting formula of its own; this project counts as the federal administrative-procedure
law does (Lei 9.784/1999, Art. 66: the first day excluded, the last day included, a
non-working last day rolled forward). Which days are working days is a choice the law
leaves open, so it is a named option:

* ``national`` (the default): Saturdays, Sundays and the national public holidays are
  not working days; Carnival, Ash Wednesday and Corpus Christi (*pontos facultativos*)
  count as working days, so deadlines err early.
* ``national_and_optional``: the *pontos facultativos* are not working days either.
* ``federal_district``: the national holidays plus those of the Distrito Federal, where
  the ANPD sits.
"""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

from breachmodel.clocks import HolidayCalendar

__all__ = ["BrazilCalendar", "LgpdOptions"]


class BrazilCalendar(StrEnum):
    """Which Brazilian days are working days for the ANPD's periods."""

    NATIONAL = "national"
    NATIONAL_AND_OPTIONAL = "national_and_optional"
    FEDERAL_DISTRICT = "federal_district"

    def calendar(self) -> HolidayCalendar:
        """The working-day calendar this choice stands for.

        >>> BrazilCalendar.NATIONAL_AND_OPTIONAL.calendar().name
        'BR[public+optional]'
        """
        if self is BrazilCalendar.NATIONAL_AND_OPTIONAL:
            return HolidayCalendar("BR", categories=("public", "optional"))
        if self is BrazilCalendar.FEDERAL_DISTRICT:
            return HolidayCalendar("BR", "DF")
        return HolidayCalendar("BR")


@frozen(kw_only=True)
class LgpdOptions:
    """Options of the LGPD regime.

    Attributes:
        calendar: Which days count as working days (default: national holidays only).
    """

    calendar: BrazilCalendar = BrazilCalendar.NATIONAL
