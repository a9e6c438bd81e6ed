"""The GDPR outcomes across VCDB, as Markdown tables for ``docs/vcdb-report.md``.

Run with ``python benchmarks/vcdb_report.py [PATH/TO/vcdb_validated.jsonl]`` (default:
``../shared/data/vcdb/vcdb_validated.jsonl`` next to the repository). Assesses every
incident with ``as_of`` unset, twice:

* **as recorded**: the dates as VERIS gives them; incidents before 25 May 2018 are
  outside the GDPR's temporal scope (Art. 99(2)) and come out "not applicable";
* **counterfactual**: every instant of the incident moved forward by whole years so that
  the incident falls on or after 1 January 2019, and nothing else changed, to ask what
  the rules say about the *facts* had they happened under the GDPR.

VCDB data: VERIS Community Database (VCDB), Verizon RISK Team,
https://github.com/vz-risk/VCDB, CC BY-SA 4.0.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import attrs
from dateutil.relativedelta import relativedelta

from breachmodel.assessment import assess
from breachmodel.bulk import iter_incidents
from breachmodel.model import Incident

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "vcdb" / "vcdb_validated.jsonl"
EEA_AND_UK = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "GB",
    ]
)
NOTIFY = "gdpr.art33.notify_authority"
INFORM = "gdpr.art34.communicate_subjects"


def shifted(incident: Incident) -> Incident:
    """The incident with every instant moved forward so that it starts in 2019 or later."""
    t = incident.timeline
    start = t.occurred.start or t.detected_at
    if start is None or start.year >= 2019:
        return incident
    years = relativedelta(years=2019 - start.year)

    def move(value: datetime | None) -> datetime | None:
        return None if value is None else value + years

    occurred = attrs.evolve(t.occurred, start=move(t.occurred.start), end=move(t.occurred.end))
    timeline = attrs.evolve(t, occurred=occurred, detected_at=move(t.detected_at))
    return attrs.evolve(incident, timeline=timeline)


def _label(notify: str, inform: str) -> str:
    if notify == "not_applicable":
        return "outside the GDPR (before 25 May 2018)"
    if "undetermined" in (notify, inform):
        return "facts insufficient to say"
    if notify == "required" and inform == "required":
        return "notify the authority and inform the people"
    if notify == "required":
        return "notify the authority only"
    if inform == "required":
        return "inform the people only"
    return "neither"


def _table(title: str, counts: Counter[str], total: int) -> str:
    lines = [f"**{title}** ({total:,} incidents)", "", "| outcome | incidents | share |"]
    lines.append("|---|---:|---:|")
    for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {label} | {n:,} | {n / total:.1%} |")
    return "\n".join(lines) + "\n"


def report(incidents: Iterable[Incident]) -> str:
    as_recorded: Counter[str] = Counter()
    counterfactual: Counter[str] = Counter()
    eea: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    total = eea_total = 0
    for incident in incidents:
        total += 1
        a = assess(incident)
        as_recorded[_label(a[NOTIFY].outcome.value, a[INFORM].outcome.value)] += 1
        b = assess(shifted(incident))
        label = _label(b[NOTIFY].outcome.value, b[INFORM].outcome.value)
        counterfactual[label] += 1
        if label == "facts insufficient to say":
            missing.update({m.path for det in (b[NOTIFY], b[INFORM]) for m in det.missing_facts})
        if incident.controller.countries & EEA_AND_UK:
            eea_total += 1
            eea[label] += 1
    parts = [
        _table("As recorded", as_recorded, total),
        _table("Counterfactual: the same facts under the GDPR", counterfactual, total),
        _table("Counterfactual, victims established in the EEA or the UK", eea, eea_total),
        "**Facts most often missing when the rules cannot say** (counterfactual; incidents "
        "missing each fact for Art. 33 or Art. 34)\n\n| fact | incidents |\n|---|---:|\n"
        + "".join(f"| `{p}` | {n:,} |\n" for p, n in missing.most_common(8)),
    ]
    return "\n".join(parts)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    incidents = (r.incident for r in iter_incidents(path, format="veris-jsonl") if r.incident)
    print(report(incidents))


if __name__ == "__main__":
    main()
