"""VERIS 1.3.x incident records (e.g. the VERIS Community Database) to incidents.

VERIS (the Vocabulary for Event Recording and Incident Sharing) describes security
incidents with actors, actions, assets and attributes. This module maps one parsed VERIS
record onto an :class:`~breachmodel.model.Incident`. The mapping is kept as data: the
module-level tables below are the mapping, and ``docs/importers.md`` is generated from
them.

What it never does: invent facts VERIS does not record. VERIS has no date of the
controller's awareness, so ``timeline.controller_aware_at`` stays unknown and the
Art. 33 deadline is, honestly, undetermined. VERIS dates carry no time zone; they are
read as UTC.

>>> record = {
...     "incident_id": "EX-1",
...     "timeline": {"incident": {"year": 2019, "month": 3}},
...     "victim": {"victim_id": "Example Clinic", "country": ["FR"], "industry": "622110"},
...     "actor": {"external": {"variety": ["Organized crime"]}},
...     "action": {"malware": {"variety": ["Ransomware"]}},
...     "attribute": {
...         "confidentiality": {"data": [{"variety": "Medical"}],
...                             "data_disclosure": "Potentially", "data_total": 1200},
...     },
... }
>>> result = veris_to_incident(record, line=7)
>>> result.status.value, result.unknown
('full', ())
>>> inc = result.incident
>>> [d.category for d in inc.data], inc.subjects[0].count.value
(['health'], 1200)
>>> inc.effects.confidentiality.exfiltration.value, sorted(v.value for v in inc.cause.vectors)
('likely', ['ransomware'])
>>> inc.timeline.occurred.start.isoformat(), inc.timeline.occurred.end.isoformat()
('2019-03-01T00:00:00+00:00', '2019-03-31T23:59:59+00:00')
"""

from __future__ import annotations

import calendar
import functools
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final, TypeVar

from attrs import frozen
from dateutil.relativedelta import relativedelta

from breachmodel.errors import Problem
from breachmodel.importers._result import ImportResult, log_import
from breachmodel.model import (
    ActorOrigin,
    Availability,
    Cause,
    Confidentiality,
    Count,
    DataCategory,
    DataConcerned,
    Effects,
    Encryption,
    Establishment,
    Exfiltration,
    Incident,
    Integrity,
    Intent,
    Measures,
    Occurrence,
    Organisation,
    Recipient,
    Sector,
    SubjectGroup,
    SubjectKind,
    Timeline,
    Vector,
)
from breachmodel.model._validate import ISO_3166_ALPHA2

__all__ = [
    "ACTION_INTENTS",
    "ACTOR_ORIGINS",
    "AVAILABILITY_VARIETIES",
    "DATA_DISCLOSURE",
    "DATA_VARIETIES",
    "DATA_VICTIMS",
    "DURATION_UNITS",
    "INTEGRITY_VARIETIES",
    "NAICS_SECTORS",
    "US_SUBDIVISIONS",
    "VECTORS",
    "ByAsset",
    "veris_to_incident",
]

# --- mapping tables -----------------------------------------------------------------------

DATA_VARIETIES: Final[Mapping[str, tuple[DataCategory, ...] | None]] = {
    "Medical": (DataCategory.HEALTH,),
    "Bank": (DataCategory.FINANCIAL,),
    "Payment": (DataCategory.PAYMENT_CARD,),
    "Credentials": (DataCategory.CREDENTIALS,),
    "Personal": (DataCategory.IDENTITY,),
    "Classified": (),
    "Copyrighted": (),
    "Digital certificate": (),
    "Internal": (),
    "Secrets": (),
    "Source code": (),
    "System": (),
    "Virtual currency": (),
    "Other": None,
    "Unknown": None,
}
"""``attribute.confidentiality.data[].variety`` to data categories.

An empty tuple means "not personal data"; None means "unknown" (it may or may not be
personal data). VERIS "Personal" ("name, SSN, etc.") does not say which personal details;
it maps to ``identity`` only, the least sensitive reading, and the docs say so.
"""

DATA_DISCLOSURE: Final[Mapping[str, Exfiltration]] = {
    "Yes": Exfiltration.CONFIRMED,
    "Potentially": Exfiltration.LIKELY,
    "No": Exfiltration.RULED_OUT,
    "Unknown": Exfiltration.UNKNOWN,
}
"""``attribute.confidentiality.data_disclosure`` to exfiltration."""

DATA_VICTIMS: Final[Mapping[str, SubjectKind | None]] = {
    "Customer": SubjectKind.CUSTOMERS,
    "Patient": SubjectKind.PATIENTS,
    "Employee": SubjectKind.EMPLOYEES,
    "Student": SubjectKind.STUDENTS,
    "Partner": SubjectKind.OTHER,
    "Other": SubjectKind.OTHER,
    "Victim organization": SubjectKind.OTHER,
    "Unknown": None,
}
"""``attribute.confidentiality.data_victim[]`` to the kind of people concerned.

Several kinds make one group of kind ``other`` whose description lists them, so that
``data_total`` stays the group's count.
"""

INTEGRITY_VARIETIES: Final[Mapping[str, bool | None]] = {
    "Modify data": True,
    "Fraudulent transaction": True,
    "Unknown": None,
    "Other": None,
    "Alter behavior": False,
    "Created account": False,
    "Defacement": False,
    "Hardware tampering": False,
    "Log tampering": False,
    "Misrepresentation": False,
    "Modify configuration": False,
    "Modify privileges": False,
    "Repurpose": False,
    "Software installation": False,
}
"""``attribute.integrity.variety[]``: True alters personal data (``altered``); None may
(``altered`` unknown); False concerns systems only (no personal-data integrity effect)."""

AVAILABILITY_VARIETIES: Final[Mapping[str, bool | None]] = {
    "Destruction": True,
    "Loss": None,
    "Obscuration": None,
    "Interruption": False,
    "Degradation": False,
    "Acceleration": False,
    "Other": None,
    "Unknown": None,
}
"""``attribute.availability.variety[]`` to ``permanent``: True permanent, False temporary,
None unknown. "Loss" is the loss of an asset (a laptop, a file box): whether the data is
lost for good depends on a backup VERIS does not record. "Obscuration" is encryption by
ransomware: recoverable or not depending on backups and keys."""

DURATION_UNITS: Final[Mapping[str, timedelta | relativedelta | None]] = {
    "Seconds": timedelta(seconds=1),
    "Minutes": timedelta(minutes=1),
    "Hours": timedelta(hours=1),
    "Days": timedelta(days=1),
    "Weeks": timedelta(weeks=1),
    "Months": relativedelta(months=1),
    "Years": relativedelta(years=1),
    "Never": None,
    "NA": None,
    "Unknown": None,
}
"""``timeline.discovery.unit``; months and years are calendar months and years."""

ACTOR_ORIGINS: Final[Mapping[str, ActorOrigin]] = {
    "external": ActorOrigin.EXTERNAL,
    "partner": ActorOrigin.PARTNER,
    "internal": ActorOrigin.INTERNAL,
}
"""``actor`` sections to the actor's origin; with several, the first in this order wins
(an outside party was involved)."""


@frozen
class ByAsset:
    """A vector that depends on the asset: paper documents, devices, or e-mail.

    Attributes:
        paper: The vector when the asset is paper (``M - Documents``).
        device: The vector when the asset is a device or electronic media.
        mail: The vector when the asset is e-mail (``S - Mail``), if it differs.
    """

    paper: Vector
    device: Vector | None
    mail: Vector | None = None

    def describe(self) -> str:
        """A short text for the docs table."""
        parts = [f"`{self.paper.value}` (paper documents)"]
        if self.device is not None:
            parts.append(f"`{self.device.value}` (devices, media)")
        if self.mail is not None:
            parts.append(f"`{self.mail.value}` (e-mail, other electronic)")
        return " / ".join(parts) + "; none when the asset is unknown"


_ANY: Final = "*"

VECTORS: Final[Mapping[str, Mapping[str, Vector | ByAsset | None]]] = {
    "social": {
        "Phishing": Vector.PHISHING,
        _ANY: Vector.SOCIAL_ENGINEERING,
        "Unknown": Vector.SOCIAL_ENGINEERING,
    },
    "malware": {
        "Ransomware": Vector.RANSOMWARE,
        _ANY: Vector.MALWARE,
    },
    "hacking": {
        "Use of stolen creds": Vector.STOLEN_CREDENTIALS,
        "Brute force": Vector.CREDENTIAL_STUFFING,
        "Exploit vuln": Vector.EXPLOITED_VULNERABILITY,
        "SQLi": Vector.EXPLOITED_VULNERABILITY,
        "XSS": Vector.EXPLOITED_VULNERABILITY,
        "Path traversal": Vector.EXPLOITED_VULNERABILITY,
        "Buffer overflow": Vector.EXPLOITED_VULNERABILITY,
        "RFI": Vector.EXPLOITED_VULNERABILITY,
        "SSI injection": Vector.EXPLOITED_VULNERABILITY,
        "OS commanding": Vector.EXPLOITED_VULNERABILITY,
        "Mail command injection": Vector.EXPLOITED_VULNERABILITY,
        "Forced browsing": Vector.EXPLOITED_VULNERABILITY,
        "Exploit misconfig": Vector.MISCONFIGURATION,
        "Use of backdoor or C2": Vector.MALWARE,
        "DoS": Vector.DENIAL_OF_SERVICE,
        "Unknown": None,
        _ANY: Vector.OTHER,
    },
    "error": {
        "Misdelivery": ByAsset(
            paper=Vector.MISDELIVERED_POST, device=None, mail=Vector.MISDIRECTED_EMAIL
        ),
        "Loss": ByAsset(paper=Vector.LOST_PAPER, device=Vector.LOST_DEVICE),
        "Disposal error": Vector.IMPROPER_DISPOSAL,
        "Misconfiguration": Vector.MISCONFIGURATION,
        "Publishing error": Vector.MISCONFIGURATION,
        "Programming error": Vector.SOFTWARE_ERROR,
        "Malfunction": Vector.SOFTWARE_ERROR,
        "Unknown": None,
        _ANY: Vector.OTHER,
    },
    "physical": {
        "Theft": ByAsset(paper=Vector.STOLEN_PAPER, device=Vector.STOLEN_DEVICE),
        "Bypassed controls": Vector.PHYSICAL_INTRUSION,
        "Disabled controls": Vector.PHYSICAL_INTRUSION,
        "Unknown": None,
        _ANY: Vector.OTHER,
    },
    "misuse": {_ANY: Vector.EMPLOYEE_MISUSE},
    "environmental": {"Unknown": None, _ANY: Vector.OTHER},
    "unknown": {_ANY: None},
}
"""``action.<category>.variety[]`` to vectors; ``*`` is any other variety of the category."""

ACTION_INTENTS: Final[Mapping[str, Intent | Mapping[str, Intent]]] = {
    "hacking": Intent.MALICIOUS,
    "malware": Intent.MALICIOUS,
    "social": Intent.MALICIOUS,
    "physical": Intent.MALICIOUS,
    "misuse": {
        "Privilege abuse": Intent.MALICIOUS,
        "Possession abuse": Intent.MALICIOUS,
        "Knowledge abuse": Intent.MALICIOUS,
        "Illicit content": Intent.MALICIOUS,
        _ANY: Intent.UNKNOWN,
    },
    "error": Intent.ACCIDENTAL,
    "environmental": Intent.ACCIDENTAL,
    "unknown": Intent.UNKNOWN,
}
"""``action`` categories to intent. Misuse is malicious only for the abuse varieties
(data mishandling or an unapproved workaround may be careless). Several: malicious wins,
then accidental."""

NAICS_SECTORS: Final[Mapping[str, Sector | None]] = {
    "00": None,
    "11": Sector.OTHER,
    "21": Sector.ENERGY,
    "22": Sector.ENERGY,
    "23": Sector.OTHER,
    "31": Sector.MANUFACTURING,
    "32": Sector.MANUFACTURING,
    "33": Sector.MANUFACTURING,
    "42": Sector.OTHER,
    "44": Sector.RETAIL,
    "45": Sector.RETAIL,
    "48": Sector.TRANSPORT,
    "49": Sector.TRANSPORT,
    "51": Sector.TECHNOLOGY,
    "517": Sector.TELECOMMUNICATIONS,
    "52": Sector.FINANCE,
    "524": Sector.INSURANCE,
    "524114": Sector.HEALTH_INSURANCE,
    "53": Sector.OTHER,
    "54": Sector.OTHER,
    "5415": Sector.TECHNOLOGY,
    "55": Sector.OTHER,
    "56": Sector.OTHER,
    "61": Sector.EDUCATION,
    "62": Sector.HEALTH,
    "71": Sector.OTHER,
    "72": Sector.HOSPITALITY,
    "81": Sector.OTHER,
    "813": Sector.NON_PROFIT,
    "92": Sector.PUBLIC_ADMINISTRATION,
}
"""``victim.industry`` (NAICS code) prefixes to sectors; the longest prefix wins, another
valid code is ``other``, ``00`` is unknown. NAICS 92 (public administration) also marks
the victim a public authority."""

PUBLIC_AUTHORITY_NAICS: Final = "92"

US_SUBDIVISIONS: Final[frozenset[str]] = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        "AS",
        "GU",
        "MP",
        "PR",
        "UM",
        "VI",
    ]
)
"""The ISO 3166-2:US codes (states, the District of Columbia, outlying areas)."""

_PAPER_ASSETS: Final = frozenset({"M - Documents"})
_MAIL_ASSETS: Final = frozenset({"S - Mail"})
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])(?:\s+UTC)?\s*$")
_YEARS: Final = range(1900, 2101)
_MAX_DURATION_UNITS: Final = 1000.0

# --- shared objects -----------------------------------------------------------------------

_T = TypeVar("_T")
_SHARED_CACHE_SIZE: Final = 2048
"""Distinct argument sets kept per model class (the cache is bounded, per process)."""


def _shared(build: Callable[..., _T]) -> Callable[..., _T]:
    """``build`` through a bounded cache: equal arguments give the same immutable object.

    Records repeat the same few countries, causes, effects, counts and periods; sharing
    them spares building and validating them again. Model objects are frozen, so sharing
    is safe. Arguments are told apart by type as well as value (``True`` is not ``1``).
    """
    return functools.lru_cache(maxsize=_SHARED_CACHE_SIZE, typed=True)(build)


_Establishment = _shared(Establishment)
_Organisation = _shared(Organisation)
_between = _shared(Occurrence.between)
_at = _shared(Occurrence.at)
_Cause = _shared(Cause)
_exact = _shared(Count.exact)
_UNKNOWN_COUNT: Final = Count.unknown()
_DataConcerned = _shared(DataConcerned)
_Confidentiality = _shared(Confidentiality)
_SubjectGroup = _shared(SubjectGroup)
_Encryption = _shared(Encryption)
_Integrity = _shared(Integrity)
_Availability = _shared(Availability)
_Effects = _shared(Effects)
_Measures = _shared(Measures)
_Timeline = _shared(Timeline)

# --- the reader ---------------------------------------------------------------------------


class _RecordError(Exception):
    """A record cannot be imported; raised after the fatal problem is recorded."""


class _Reader:
    """Collects the problems and unknown facts of one record while it is mapped."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unknown: list[str] = []
        self.fatal = False

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))
        self.fatal = True

    def warn(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def missing(self, path: str) -> None:
        if path not in self.unknown:
            self.unknown.append(path)

    def obj(self, parent: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
        value = parent.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(f"{path}.{key}", f"expected an object, got {type(value).__name__}")
            return {}
        return value

    def strings(self, parent: Mapping[str, Any], key: str, path: str) -> list[str]:
        value = parent.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{path}.{key}", "expected a list of strings")
            return []
        return value

    def integer(
        self, parent: Mapping[str, Any], key: str, path: str, *, lo: int, hi: int
    ) -> int | None:
        value = parent.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"{path}.{key}", f"expected a whole number, got {value!r}")
            return None
        if isinstance(value, float) and not value.is_integer():
            self.fail(f"{path}.{key}", f"expected a whole number, got {value!r}")
            return None
        if not lo <= value <= hi:
            self.fail(f"{path}.{key}", f"expected a number from {lo} to {hi}, got {value!r}")
            return None
        return int(value)


# --- the parts ----------------------------------------------------------------------------


def _sector(industry: object) -> Sector | None:
    return _naics_sector(industry) if isinstance(industry, str) else None


@functools.lru_cache(maxsize=1024)
def _naics_sector(industry: str) -> Sector | None:
    """The sector of a NAICS code (kept: records repeat a few hundred codes)."""
    code = industry.replace("-", "").strip()
    if not re.fullmatch(r"\d{2,6}", code):
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in NAICS_SECTORS:
            return NAICS_SECTORS[code[:n]]
    return Sector.OTHER


def _controller(record: Mapping[str, Any], r: _Reader) -> Organisation:
    victim = r.obj(record, "victim", "$")
    name = victim.get("victim_id")
    if not isinstance(name, str) or not name.strip():
        name = "unknown victim"
        r.missing("$.controller.name")
    countries = [
        c for c in r.strings(victim, "country", "$.victim") if c not in ("Unknown", "", "Other")
    ]
    establishments: list[Establishment] = []
    for i, c in enumerate(dict.fromkeys(countries)):
        if c not in ISO_3166_ALPHA2:
            r.warn(f"$.victim.country[{i}]", f"not an ISO 3166-1 alpha-2 code: {c!r}; ignored")
            continue
        establishments.append(_Establishment(country=c))
    if not establishments:
        r.missing("$.controller.establishments")
    state = victim.get("state")
    if len(establishments) == 1 and isinstance(state, str) and state.strip():
        country = establishments[0].country
        code = state.strip().upper()
        if country == "US" and code in US_SUBDIVISIONS:
            code = f"US-{code}"
        if (
            code.startswith(country + "-")
            and re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code)
            and (country != "US" or code[3:] in US_SUBDIVISIONS)
        ):
            establishments[0] = _Establishment(country=country, subdivision=code)
        else:
            r.warn("$.victim.state", f"not a subdivision code of {country}: {state!r}; ignored")
    industry = victim.get("industry")
    sector = _sector(industry)
    if sector is None:
        r.missing("$.controller.sector")
    public = isinstance(industry, str) and industry.startswith(PUBLIC_AUTHORITY_NAICS)
    return _Organisation(
        id="victim",
        name=name.strip(),
        establishments=tuple(establishments),
        sector=sector,
        public_authority=public,
    )


def _parse_time(text: str) -> tuple[int, int, int] | None:
    m = _TIME.match(text)
    if m is None:
        return None
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if not (1 <= hour <= 12 and minute < 60 and second < 60):
        return None
    hour = hour % 12 + (12 if m[4].upper() == "PM" else 0)
    return hour, minute, second


def _occurrence(timeline: Mapping[str, Any], r: _Reader) -> tuple[Occurrence, bool]:
    """The occurrence, and whether it is known to the day (so a duration can follow it)."""
    path = "$.timeline.incident"
    inc = r.obj(timeline, "incident", "$.timeline")
    year = r.integer(inc, "year", path, lo=_YEARS.start, hi=_YEARS.stop - 1)
    month = r.integer(inc, "month", path, lo=1, hi=12)
    day = r.integer(inc, "day", path, lo=1, hi=31)
    if year is None:
        if not r.fatal:
            r.fail(f"{path}.year", "required field missing: VERIS requires the year")
        raise _RecordError
    if month is None:
        if day is not None:
            r.warn(f"{path}.day", "a day without a month; only the year is used")
        start = datetime(year, 1, 1, tzinfo=UTC)
        return _between(start, datetime(year, 12, 31, 23, 59, 59, tzinfo=UTC)), False
    last = calendar.monthrange(year, month)[1]
    if day is None:
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year, month, last, 23, 59, 59, tzinfo=UTC)
        return _between(start, end), False
    if day > last:
        r.fail(f"{path}.day", f"{year:04d}-{month:02d} has no day {day}")
        raise _RecordError
    time_text = inc.get("time")
    if time_text is not None:
        hms = _parse_time(time_text) if isinstance(time_text, str) else None
        if hms is not None:
            return _at(datetime(year, month, day, *hms, tzinfo=UTC)), True
        r.warn(f"{path}.time", f"not a time such as '05:45:00 PM': {time_text!r}; ignored")
    start = datetime(year, month, day, tzinfo=UTC)
    return _between(start, start.replace(hour=23, minute=59, second=59)), True


def _detected(
    timeline: Mapping[str, Any], occurred: Occurrence, to_the_day: bool, r: _Reader
) -> datetime | None:
    disc = r.obj(timeline, "discovery", "$.timeline")
    unit, value = disc.get("unit"), disc.get("value")
    if not disc or value is None or not to_the_day:
        return None
    path = "$.timeline.discovery"
    if unit not in DURATION_UNITS:
        r.warn(f"{path}.unit", f"unknown unit {unit!r}; detection left unknown")
        return None
    step = DURATION_UNITS[str(unit)]
    if step is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        r.warn(f"{path}.value", f"expected a number, got {value!r}; detection left unknown")
        return None
    if not 0 <= value <= _MAX_DURATION_UNITS:
        r.warn(f"{path}.value", f"out of range: {value!r}; detection left unknown")
        return None
    base = occurred.end if occurred.end is not None else occurred.start
    if base is None:  # not reached: known to the day means an instant or a day range
        return None
    if isinstance(step, relativedelta):
        if not float(value).is_integer():
            r.warn(f"{path}.value", f"{value} {unit} is not a whole number; detection unknown")
            return None
        delta: timedelta | relativedelta = step * int(value)
    else:
        delta = step * value
    try:
        return base + delta
    except OverflowError:
        r.warn(f"{path}.value", "the detection date would be out of range; left unknown")
        return None


def _assets(record: Mapping[str, Any], r: _Reader) -> tuple[bool, bool, bool]:
    """Whether the assets include paper, devices or media, and e-mail."""
    asset = r.obj(record, "asset", "$")
    items = asset.get("assets", [])
    if not isinstance(items, list):
        r.fail("$.asset.assets", "expected a list")
        return False, False, False
    varieties = {a.get("variety") for a in items if isinstance(a, dict)}
    paper = bool(varieties & _PAPER_ASSETS)
    mail = bool(varieties & _MAIL_ASSETS)
    device = any(
        isinstance(v, str)
        and v[:4] in ("U - ", "M - ", "S - ", "T - ", "N - ")
        and v != "M - Documents"
        for v in varieties
    )
    return paper, device, mail


def _cause(record: Mapping[str, Any], r: _Reader) -> Cause:
    actor = r.obj(record, "actor", "$")
    origins = [o for key, o in ACTOR_ORIGINS.items() if key in actor]
    origin = origins[0] if origins else ActorOrigin.UNKNOWN
    if origin is ActorOrigin.UNKNOWN:
        r.missing("$.cause.actor")
    action = r.obj(record, "action", "$")
    paper, device, mail = _assets(record, r)
    intents: set[Intent] = set()
    vectors: set[Vector] = set()
    for category, section in action.items():
        path = f"$.action.{category}"
        table = VECTORS.get(category)
        intent_rule = ACTION_INTENTS.get(category)
        if table is None or intent_rule is None:
            r.warn(path, f"unknown action category {category!r}; ignored")
            continue
        if not isinstance(section, dict):
            r.fail(path, "expected an object")
            continue
        varieties = r.strings(section, "variety", path) or ["Unknown"]
        for variety in varieties:
            if isinstance(intent_rule, Intent):
                intents.add(intent_rule)
            else:
                intents.add(intent_rule.get(variety, intent_rule[_ANY]))
            found = table[variety] if variety in table else table.get(_ANY)
            if isinstance(found, ByAsset):
                if paper:
                    vectors.add(found.paper)
                if device and found.device is not None:
                    vectors.add(found.device)
                if found.mail is not None and (mail or (device and found.device is None)):
                    vectors.add(found.mail)
            elif found is not None:
                vectors.add(found)
    if Intent.MALICIOUS in intents:
        intent = Intent.MALICIOUS
    elif Intent.ACCIDENTAL in intents:
        intent = Intent.ACCIDENTAL
    else:
        intent = Intent.UNKNOWN
        r.missing("$.cause.intent")
    if not vectors:
        r.missing("$.cause.vectors")
    if Vector.RANSOMWARE in vectors and Vector.MALWARE in vectors:
        # Ransomware is malware: keep the specific vector unless other malware is named.
        others = set(_as_list(_section(action, "malware").get("variety"))) - {"Ransomware"}
        if not others - {"Unknown"}:
            vectors.discard(Vector.MALWARE)
    return _Cause(intent=intent, actor=origin, vectors=frozenset(vectors))


def _section(parent: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


@frozen
class _Data:
    personal: bool | None
    data: tuple[DataConcerned, ...]
    confidentiality: Confidentiality | None
    subjects: tuple[SubjectGroup, ...]
    encryption: Encryption | None


def _count(value: object, path: str, r: _Reader) -> Count | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.fail(path, f"expected a whole number, got {value!r}")
        return None
    if isinstance(value, float) and not value.is_integer():
        r.fail(path, f"expected a whole number, got {value!r}")
        return None
    if value < 0:
        r.fail(path, f"expected a number >= 0, got {value!r}")
        return None
    return _exact(int(value))


def _data(record: Mapping[str, Any], cause: Cause, r: _Reader) -> _Data:
    attribute = r.obj(record, "attribute", "$")
    path = "$.attribute.confidentiality"
    conf = r.obj(attribute, "confidentiality", "$.attribute")
    if not conf:
        r.missing("$.personal_data")
        return _Data(None, (), None, (), None)
    items = conf.get("data", [])
    if not isinstance(items, list):
        r.fail(f"{path}.data", "expected a list")
        items = []
    categories: dict[DataCategory, Count | None] = {}
    unknown_data = not items
    non_personal = False
    for i, item in enumerate(items):
        variety = item.get("variety") if isinstance(item, dict) else None
        if variety not in DATA_VARIETIES:
            r.warn(f"{path}.data[{i}].variety", f"unknown data variety {variety!r}; unknown")
            unknown_data = True
            continue
        mapped = DATA_VARIETIES[str(variety)]
        if mapped is None:
            unknown_data = True
            continue
        if not mapped:
            non_personal = True
            continue
        amount = _count(item.get("amount"), f"{path}.data[{i}].amount", r)
        for cat in mapped:
            if cat in categories:
                previous = categories[cat]
                both = previous is not None and amount is not None
                categories[cat] = previous + amount if both else None  # type: ignore[operator]
            else:
                categories[cat] = amount
    if categories:
        personal: bool | None = True
    elif non_personal and not unknown_data:
        personal = False
    else:
        personal = None
        r.missing("$.personal_data")
    if unknown_data and personal is not False:
        r.missing("$.data")
    data = tuple(_DataConcerned(category=c.value, records=n) for c, n in categories.items())

    disclosure = conf.get("data_disclosure", "Unknown")
    if disclosure not in DATA_DISCLOSURE:
        r.warn(f"{path}.data_disclosure", f"unknown value {disclosure!r}; exfiltration unknown")
        disclosure = "Unknown"
    exfiltration = DATA_DISCLOSURE[disclosure]
    if exfiltration is Exfiltration.UNKNOWN:
        r.missing("$.effects.confidentiality.exfiltration")
    action = _section(record, "action")
    recipients: set[Recipient] = set()
    if "Publishing error" in _as_list(_section(action, "error").get("variety")):
        recipients.add(Recipient.PUBLIC)
    if exfiltration is not Exfiltration.RULED_OUT and (
        "Theft" in _as_list(_section(action, "physical").get("variety"))
        or (cause.actor is ActorOrigin.EXTERNAL and ({"hacking", "malware"} & set(action)))
    ):
        recipients.add(Recipient.UNKNOWN_THIRD_PARTY)
    confidentiality = _Confidentiality(exfiltration=exfiltration, recipients=frozenset(recipients))

    subjects: tuple[SubjectGroup, ...] = ()
    if personal is not False:
        total = _count(conf.get("data_total"), f"{path}.data_total", r)
        if total is None:
            r.missing("$.subjects[0].count")
            total = _UNKNOWN_COUNT
        victims = r.strings(conf, "data_victim", path)
        kinds: list[SubjectKind] = []
        for i, v in enumerate(victims):
            if v not in DATA_VICTIMS:
                r.warn(f"{path}.data_victim[{i}]", f"unknown value {v!r}; ignored")
                continue
            kind = DATA_VICTIMS[v]
            if kind is not None and kind not in kinds:
                kinds.append(kind)
        note = None
        if len(kinds) == 1:
            kind = kinds[0]
        else:
            kind = SubjectKind.OTHER
            if kinds:
                note = "VERIS data_victim: " + ", ".join(v for v in victims if v != "Unknown")
        subjects = (_SubjectGroup(kind=kind, count=total, description=note),)

    states = set(r.strings(conf, "state", path)) - {"Unknown", "Other", "Processed", "Printed"}
    encryption = None
    encrypted = {s for s in states if s.endswith(" encrypted")}
    clear = {s for s in states if s.endswith(" unencrypted")}
    if encrypted and not clear:
        encryption = _Encryption(applied_to_breached_data=True)
    elif clear and not encrypted:
        encryption = _Encryption(applied_to_breached_data=False)
    return _Data(personal, data, confidentiality, subjects, encryption)


def _integrity(attribute: Mapping[str, Any], r: _Reader) -> Integrity | None:
    section = r.obj(attribute, "integrity", "$.attribute")
    if not section:
        return None
    varieties = r.strings(section, "variety", "$.attribute.integrity") or ["Unknown"]
    values: set[bool | None] = set()
    for i, v in enumerate(varieties):
        if v not in INTEGRITY_VARIETIES:
            r.warn(f"$.attribute.integrity.variety[{i}]", f"unknown value {v!r}; unknown")
            values.add(None)
        else:
            values.add(INTEGRITY_VARIETIES[v])
    if True in values:
        return _Integrity(altered=True)
    if None in values:
        return _Integrity(altered=None)
    return None


def _availability(attribute: Mapping[str, Any], r: _Reader) -> Availability | None:
    path = "$.attribute.availability"
    section = r.obj(attribute, "availability", "$.attribute")
    if not section:
        return None
    varieties = r.strings(section, "variety", path) or ["Unknown"]
    values: set[bool | None] = set()
    for i, v in enumerate(varieties):
        if v not in AVAILABILITY_VARIETIES:
            r.warn(f"{path}.variety[{i}]", f"unknown value {v!r}; permanence unknown")
            values.add(None)
        else:
            values.add(AVAILABILITY_VARIETIES[v])
    permanent = True if True in values else (None if None in values else False)
    hours = None
    duration = _section(section, "duration")
    unit, value = duration.get("unit"), duration.get("value")
    step = DURATION_UNITS.get(unit) if isinstance(unit, str) else None
    if (
        permanent is False
        and isinstance(step, timedelta)
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 <= value <= _MAX_DURATION_UNITS
    ):
        hours = step.total_seconds() * value / 3600
    return _Availability(permanent=permanent, duration_hours=hours)


def veris_to_incident(record: object, *, line: int | None = None) -> ImportResult:
    """Map one VERIS 1.3.x record onto an incident (problems are also logged, without values).

    Args:
        record: The parsed JSON record.
        line: Its line (record number) in its file, kept in the result for messages.

    Returns:
        The import result: the incident (None if the record cannot be imported), the
        incident paths left unknown, and the problems found, each at a path in the
        VERIS record. It never raises for bad input.
    """
    return log_import(_veris_to_incident(record, line))


def _veris_to_incident(record: object, line: int | None) -> ImportResult:
    if not isinstance(record, Mapping):
        return ImportResult(
            incident=None,
            problems=(Problem("$", f"expected a JSON object, got {type(record).__name__}"),),
            record=line,
        )
    r = _Reader()
    raw_id = record.get("incident_id")
    source_id = raw_id if isinstance(raw_id, str) and raw_id.strip() else None
    if source_id is None:
        r.fail("$.incident_id", "required field missing or empty: the VERIS incident_id")
    try:
        incident = _incident(record, source_id or "unknown", r)
    except _RecordError:
        incident = None
    except (TypeError, ValueError) as exc:  # a model invariant the record breaks
        r.fail("$", f"cannot build the incident: {exc}")
        incident = None
    if r.fatal:
        incident = None
    return ImportResult(
        incident=incident,
        unknown=() if incident is None else tuple(r.unknown),
        problems=tuple(r.problems),
        record=line,
        source_id=source_id,
    )


def _incident(record: Mapping[str, Any], incident_id: str, r: _Reader) -> Incident | None:
    timeline = r.obj(record, "timeline", "$")
    occurred, to_the_day = _occurrence(timeline, r)
    detected = _detected(timeline, occurred, to_the_day, r)
    controller = _controller(record, r)
    cause = _cause(record, r)
    found = _data(record, cause, r)
    attribute = r.obj(record, "attribute", "$")
    integrity = _integrity(attribute, r)
    availability = _availability(attribute, r)
    effects = _Effects(
        confidentiality=found.confidentiality,
        integrity=integrity,
        availability=availability,
        unknown=found.confidentiality is None and integrity is None and availability is None,
    )
    if effects.unknown:
        r.missing("$.effects")
    if r.fatal:
        return None
    summary = record.get("summary")
    return Incident(
        id=incident_id,
        description=summary.strip() if isinstance(summary, str) else "",
        personal_data=found.personal,
        controller=controller,
        data=found.data,
        subjects=found.subjects,
        effects=effects,
        cause=cause,
        measures=_Measures(encryption=found.encryption),
        timeline=_Timeline(occurred=occurred, detected_at=detected),
    )
