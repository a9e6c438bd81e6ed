"""Check the HIPAA regime against the HHS OCR breach portal export.

    python scripts/hhs_portal_check.py [CSV ...] [--as-of INSTANT] [--json]

Each row goes through the HHS importer (``breachmodel.importers.hhs``), then the ``hipaa``
regime. The portal's ``Covered Entity Type`` column is recorded as the organisation's HIPAA
role, with the portal as its source; a discovery date is recorded only where the portal's
own narrative (``Web Description``) states one ("discovered on March 3, 2023"). The report
says:

* consistency: every row lists 500 or more individuals (the portal's threshold) and the
  regime sends each such covered entity's breach to the Secretary contemporaneously, not to
  the annual log (45 CFR 164.408(b));
* the 60-day clock: for the rows whose narrative states a discovery date, the days from that
  date to the submission date, and the regime's verdict on the submission (met or late);
* what the data cannot tell: the export has no breach date and no discovery date, and gives
  the entity's State, not where the individuals live (so the media notice of 164.406 stays
  undetermined).

Nothing is read from the clock: ``--as-of`` defaults to the export's snapshot (31 July 2024).
With no CSV given it reads the sample shipped with the tests.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

from breachmodel.assessment import assess
from breachmodel.importers.hhs import EntityType, HhsBreach, hhs_row_to_incident, parse_hhs_row
from breachmodel.model import Classification, Finding, Incident

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "hhs_sample.csv"
SNAPSHOT = "2024-07-31T00:00:00+00:00"
NEW_YORK = ZoneInfo("America/New_York")
SOURCE = "HHS OCR breach portal export, 'Covered Entity Type' column"
SECRETARY = "hipaa.s164_408.notify_secretary"
NOTIFY_CE = "hipaa.s164_410.notify_covered_entity"

_MONTHS = tuple(calendar.month_name)[1:]
_DISCOVERY = re.compile(
    r"\b(?:discovered|learned|became aware|detected)(?: (?!that\b)[a-z]+){0,2},? on "
    r"(?:or about )?(" + "|".join(_MONTHS) + r") (\d{1,2}), (\d{4})",
    re.IGNORECASE,
)
"""A discovery date as the narratives state it: "discovered on ...", "learned on ...",
"discovered the incident on ...". "Discovered that on <date> ..." is left out: that date is
usually when the breach happened, not when it was found."""


def narrative_discovery(text: str | None) -> date | None:
    """The date a narrative gives for the discovery ("discovered on March 5, 2023").

    >>> narrative_discovery("On March 3, 2023, the CE discovered on March 5, 2023 that...")
    datetime.date(2023, 3, 5)
    >>> narrative_discovery("The CE discovered that on March 3, 2023, a laptop was stolen.") is None
    True
    """
    found = _DISCOVERY.search(text or "")
    if found is None:
        return None
    month = [m.lower() for m in _MONTHS].index(found.group(1).lower()) + 1
    try:
        return date(int(found.group(3)), month, int(found.group(2)))
    except ValueError:
        return None


@attrs.define
class Report:
    """What the check found."""

    rows: int = 0
    imported: int = 0
    roles: Counter[str] = attrs.field(factory=Counter)
    at_least_500: int = 0
    fewer_than_500: int = 0
    count_blank: int = 0
    secretary: Counter[str] = attrs.field(factory=Counter)
    media: Counter[str] = attrs.field(factory=Counter)
    narrative_dates: int = 0
    narrative_after_submission: int = 0
    gaps: list[int] = attrs.field(factory=list)
    statuses: Counter[str] = attrs.field(factory=Counter)

    def summary(self) -> dict[str, object]:
        """The numbers, with the gap distribution summarised."""
        data = attrs.asdict(self)
        gaps = sorted(self.gaps)
        data["gaps"] = _distribution(gaps)
        return data


def _distribution(gaps: Sequence[int]) -> dict[str, object]:
    if not gaps:
        return {"n": 0}
    q = statistics.quantiles(gaps, n=10, method="inclusive") if len(gaps) > 1 else [gaps[0]] * 9
    return {
        "n": len(gaps),
        "median": statistics.median(gaps),
        "p90": q[8],
        "max": max(gaps),
        "within_60": sum(1 for g in gaps if g <= 60),
        "over_60": sum(1 for g in gaps if g > 60),
    }


def read_rows(paths: Iterable[Path]) -> list[dict[str, str]]:
    """Every row of the portal exports, in file order."""
    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    return rows


def recorded(incident: Incident, breach: HhsBreach, report: Report) -> Incident:
    """The incident with its HIPAA role (from the portal) and a narrative discovery date."""
    if breach.entity_type is None:
        report.roles["not given"] += 1
        return incident
    role = (
        "business_associate"
        if breach.entity_type is EntityType.BUSINESS_ASSOCIATE
        else "covered_entity"
    )
    report.roles[role] += 1
    c = Classification(scheme="hipaa", category=role, source=SOURCE)
    controller = attrs.evolve(incident.controller, classifications=(c,))
    found = narrative_discovery(breach.web_description)
    findings: tuple[Finding, ...] = ()
    if found is not None:
        report.narrative_dates += 1
        if found > breach.submitted_on:
            report.narrative_after_submission += 1
        else:
            at = datetime(found.year, found.month, found.day, tzinfo=NEW_YORK)
            source = "HHS portal narrative (Web Description), date parsed from its text"
            findings = (Finding(regime="hipaa", fact="discovered", at=at, source=source),)
            report.gaps.append((breach.submitted_on - found).days)
    return attrs.evolve(incident, controller=controller, findings=findings)


def _count(breach: HhsBreach, report: Report) -> None:
    n = breach.individuals_affected
    if n is None:
        report.count_blank += 1
    elif n >= 500:
        report.at_least_500 += 1
    else:
        report.fewer_than_500 += 1


def check_row(row: Mapping[str, str], number: int, as_of: datetime, report: Report) -> None:
    """Import one row, record its role and discovery, and tally the regime's conclusions."""
    report.rows += 1
    breach = parse_hhs_row(row, problems=[])
    result = hhs_row_to_incident(row, row_number=number)
    if breach is None or result.incident is None:
        return
    report.imported += 1
    _count(breach, report)
    incident = recorded(result.incident, breach, report)
    a = assess(incident, as_of=as_of, regimes=["hipaa"])
    by_id = {d.id: d for d in a.determinations}
    for det_id, d in by_id.items():
        if det_id.startswith("hipaa.s164_406.media"):
            report.media[d.outcome.value] += 1
    main_duty = by_id.get(SECRETARY) or by_id.get(NOTIFY_CE)
    if main_duty is None:
        return
    report.secretary[f"{main_duty.id.split('.')[1]}: {main_duty.outcome.value}"] += 1
    if incident.findings and main_duty.id == SECRETARY and main_duty.status is not None:
        report.statuses[main_duty.status.status.value] += 1


def run(paths: Sequence[Path], as_of: datetime) -> Report:
    """The report for these exports."""
    report = Report()
    for number, row in enumerate(read_rows(paths), start=1):
        check_row(row, number, as_of, report)
    return report


def _text(report: Report) -> str:
    g = report.summary()["gaps"]
    lines = [
        f"Rows: {report.rows}; imported: {report.imported}",
        f"Roles from the portal: {dict(sorted(report.roles.items()))}",
        f"Individuals affected: 500 or more {report.at_least_500}; fewer than 500 "
        f"{report.fewer_than_500}; blank {report.count_blank}",
        f"Secretary (covered entities) / covered entity (business associates): "
        f"{dict(sorted(report.secretary.items()))}",
        f"Media notice (no residence by State in the export): {dict(sorted(report.media.items()))}",
        f"Narrative discovery dates: {report.narrative_dates} "
        f"(after the submission date, ignored: {report.narrative_after_submission})",
        f"Days from narrative discovery to submission: {g}",
        f"Regime's verdict on those submissions: {dict(sorted(report.statuses.items()))}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "csv", nargs="*", type=Path, help="portal exports (default: the test sample)"
    )
    parser.add_argument(
        "--as-of", default=SNAPSHOT, help=f"the instant judged (default {SNAPSHOT})"
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    as_of = datetime.fromisoformat(args.as_of)
    if as_of.tzinfo is None:
        parser.error("--as-of: give an offset, e.g. 2024-07-31T00:00:00+00:00")
    report = run(args.csv or [SAMPLE], as_of)
    text = json.dumps(report.summary(), indent=2, default=str) if args.json else _text(report)
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
