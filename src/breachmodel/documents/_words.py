"""Words of one language: labels from the templates; dates, numbers and zones from CLDR.

Dates, times, numbers, city and language names come from Babel (the Unicode CLDR data).
The templates keep only what CLDR lacks: the sentence that joins a date and a time
("1er février 2024 à 09:00"), the ordinal first day of the month in French ("1er") and
Italian ("1º"), the Italian elision before a date ("l'8 febbraio"), and how a zone is
named after its city ("heure de Paris").
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from datetime import datetime
from importlib import resources
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, get_timezone_location
from babel.numbers import format_decimal

from breachmodel.clocks import zone
from breachmodel.documents._document import Trusted
from breachmodel.model import Count, Occurrence, OccurrenceKind, Precision

__all__ = ["LOCALES", "Words", "templates"]

LOCALES: dict[str, str] = {
    "en": "en_IE",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
}
"""The CLDR locale used for each document language (English as written in the EU)."""


@functools.cache
def templates(name: str) -> dict[str, Any]:
    """The packaged template file ``templates/<name>.json`` (cached)."""
    path = resources.files("breachmodel.documents").joinpath("templates", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@functools.cache
def _zone(name: str) -> Any:
    return zone(name)


class Words:
    """Labels and formatted values in one language.

    Args:
        lang: The document's language (a key of :data:`LOCALES`).
        tz: The IANA zone instants are shown in.
        text_lang: The language the record's free text is written in.
    """

    def __init__(self, lang: str, tz: str, text_lang: str) -> None:
        self.c: dict[str, Any] = templates("common")[lang]
        self.lang = lang
        self.locale = LOCALES[lang]
        self.tz = tz
        self.text_lang = text_lang

    def label(self, group: str, key: str) -> Trusted:
        """A label from ``common.json`` (the key itself when the group lacks it)."""
        return Trusted(self.c[group].get(key, key))

    def join(self, items: Iterable[str]) -> str:
        """Items joined by the language's list separator; trusted if every item is."""
        parts = list(items)
        text = self.c["list_separator"].join(parts)
        return Trusted(text) if all(isinstance(p, Trusted) for p in parts) else text

    def number(self, n: float) -> str:
        """A number with the locale's grouping and decimal sign (CLDR)."""
        return format_decimal(n, locale=self.locale)

    def count(self, c: Count) -> Trusted:
        """A count with its precision, in words."""
        forms = self.c["count"]
        if c.precision is Precision.EXACT and c.value is not None:
            return Trusted(forms["exact"].format(n=self.number(c.value)))
        if c.precision is Precision.ESTIMATE and c.value is not None:
            return Trusted(forms["estimate"].format(n=self.number(c.value)))
        if c.precision is Precision.RANGE and c.low is not None:
            if c.high is None:
                return Trusted(forms["at_least"].format(low=self.number(c.low)))
            return Trusted(forms["range"].format(low=self.number(c.low), high=self.number(c.high)))
        return Trusted(forms["unknown"])

    def date(self, local: datetime) -> str:
        """The long date (CLDR), with the first day of the month as the language writes it."""
        text = format_date(local, "long", locale=self.locale)
        first = self.c["first_day"]
        if local.day == 1 and first and text.startswith("1 "):
            text = first + text[1:]
        return text

    def when(self, value: datetime, *, time: bool = True) -> Trusted:
        """An instant in the document's zone: date, time and the zone's city and offset."""
        local = value.astimezone(_zone(self.tz))
        if not time:
            return Trusted(self.date(local))
        zone_name = "UTC"
        if self.tz != "UTC":
            city = get_timezone_location(local.tzinfo, locale=self.locale, return_city=True)
            offset = format_datetime(local, "xxx", locale=self.locale)
            zone_name = self.c["zone"].format(city=city, offset=offset)
        return Trusted(
            self.c["datetime"].format(
                date=self.date(local),
                time=format_time(local, "HH:mm", locale=self.locale),
                zone=zone_name,
            )
        )

    def occurrence(self, occ: Occurrence, *, time: bool = True) -> Trusted:
        """When the breach occurred: an instant, a period, ongoing, or unknown."""
        forms = self.c["occurrence"]
        if occ.kind is OccurrenceKind.UNKNOWN or occ.start is None:
            return Trusted(forms["unknown"])
        start = self.when(occ.start, time=time)
        end = self.when(occ.end, time=time) if occ.end is not None else None
        if occ.kind is OccurrenceKind.RANGE and end is not None and end != start:
            text = forms["range"].format(start=start, end=end)
        else:  # an instant, or a period within the one day a letter shows
            key = "ongoing" if occ.kind is OccurrenceKind.ONGOING else "instant"
            text = forms[key].format(start=start)
        for plain, elided in self.c["elide"].items():  # Italian "il 8" -> "l'8"
            text = text.replace(plain, elided)
        return Trusted(text)

    def missing(self, phased: bool = False) -> Trusted:
        """The "to be completed" marker, saying so when the item may follow (Art. 33(4))."""
        return Trusted(self.c["missing"] + (self.c["phased"] if phased else ""))

    def language_name(self, code: str) -> str:
        """A language's name in the document's language (CLDR)."""
        name: str = Locale.parse(self.locale).languages.get(code, code)
        return name

    @property
    def foreign(self) -> bool:
        """Whether the record's free text is in another language than the document."""
        return self.text_lang != self.lang
