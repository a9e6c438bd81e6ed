"""Lawyer-readable GDPR scenarios: ``tests/scenarios/gdpr/*.toml``, checked against ``assess``.

Each scenario states the facts in plain English, the provisions and guidance it relies on,
and the outcome the law gives for each obligation. The expectations were written from the
GDPR, EDPB Guidelines 9/2022 (and 01/2021 where named) and the project's encoding notes,
not by running the code; where the project's reading of an open question decides an
outcome, the scenario says so in a comment.

Keys of a scenario file:

* ``title``, ``facts``, ``relies_on`` (list), ``as_of`` (ISO instant with offset).
* ``[incident]`` (the incident file, without ``schema_version``), or ``example`` (a path
  under the repository root, e.g. ``"examples/misdirected-email.json"``) with optional
  ``[overrides]`` replacing top-level fields of the example.
* ``unknown_fields``: top-level incident fields that are unknown (``null`` in the JSON file,
  which TOML cannot write), e.g. ``["personal_data"]``.
* ``[options]``: ``ruleset``, ``counting``, ``unknowns`` (:class:`GdprOptions` values),
  ``enisa_pointer`` and ``identity_data_severe`` (true or false), ``processor_awareness``
  (``on_notice`` or ``imputed``), ``recipient_assurance``, ``unrecovered_loss`` and
  ``documented_conclusion`` (their enumerations' values), optional.
* ``[expected]``: determination id -> outcome (required, not_required, undetermined,
  not_applicable).
* ``[expected_due]``: id -> the deadline's ``due`` instant (compared as instants), or
  ``"undetermined"`` for a deadline whose start event is missing.
* ``[expected_status]``: id -> the deadline status at ``as_of`` (pending, met, met_late...).
* ``[expected_missing]``: id -> the exact list of missing-fact paths.
* ``[expected_open]``: id -> paths that must be among the open questions.
* ``[expected_cites]``: id -> citations (``str`` form) that must be among its citations.
* ``[expected_warnings]``: id -> citations each cited by at least one warning.
* ``[expected_risk]``: ``level`` and ``suggested`` (a level, or ``"undetermined"``), and
  ``cites``: citations that must be among the risk analysis's reasons.
* ``[expected_routing]``: ``basis``, ``authorities`` (registry ids, in order), ``missing``.
* ``[expected_assumptions]``: id -> paths that must be among the facts assumed at their
  ordinary value.
* ``[expected_sensitivities]``: id -> ``{ change = outcome }`` pairs: each ``FACT=VALUE``
  change must be listed as one that would give that outcome.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from breachmodel.assessment import Assessment, assess
from breachmodel.clocks import Convention
from breachmodel.determination import Determination, Outcome, ReasonKind
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    ProcessorAwareness,
    RecipientAssurance,
    Ruleset,
    Unknowns,
    UnrecoveredLoss,
)
from breachmodel.serialization import from_data
from scenario_kit import COMMON_KEYS, assert_none, each, incident_data, load, readable_problems

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = Path(__file__).resolve().parent / "scenarios" / "gdpr"
FILES = sorted(SCENARIOS.glob("*.toml"))

_TOP_LEVEL = COMMON_KEYS | {"unknown_fields", "expected", "expected_due", "expected_status"}
_TOP_LEVEL |= {"expected_missing", "expected_open", "expected_cites", "expected_warnings"}
_TOP_LEVEL |= {"expected_risk", "expected_routing", "expected_assumptions"}
_TOP_LEVEL |= {"expected_sensitivities"}


def options_of(scenario: dict[str, Any]) -> GdprOptions:
    """The interpretation options the scenario runs under (defaults otherwise)."""
    opts = scenario.get("options", {})
    return GdprOptions(
        ruleset=Ruleset(opts.get("ruleset", Ruleset.GDPR_2016.value)),
        counting=Convention(opts.get("counting", Convention.ELAPSED.value)),
        unknowns=Unknowns(opts.get("unknowns", Unknowns.TYPICAL.value)),
        enisa_pointer=opts.get("enisa_pointer", True),
        processor_awareness=ProcessorAwareness(
            opts.get("processor_awareness", ProcessorAwareness.ON_NOTICE.value)
        ),
        identity_data_severe=opts.get("identity_data_severe", True),
        recipient_assurance=RecipientAssurance(
            opts.get("recipient_assurance", RecipientAssurance.UNLESS_IDENTITY_DATA.value)
        ),
        unrecovered_loss=UnrecoveredLoss(
            opts.get("unrecovered_loss", UnrecoveredLoss.LIKELY_DISCLOSED.value)
        ),
        documented_conclusion=DocumentedConclusion(
            opts.get("documented_conclusion", DocumentedConclusion.FOLLOWED.value)
        ),
    )


@functools.cache
def assessed(path: Path) -> Assessment:
    """The assessment of the scenario's incident at its ``as_of``."""
    scenario = load(path)
    incident = from_data(incident_data(scenario), source=path.name)
    as_of = datetime.fromisoformat(scenario["as_of"])
    return assess(incident, as_of=as_of, options=options_of(scenario))


def _explain(det: Determination) -> str:
    lines = [f"    actual outcome: {det.outcome.value}"]
    lines += [f"    {r.kind.value}: {r.text}" for r in det.reasons]
    lines += [f"    missing: {m.path}" for m in det.missing_facts]
    lines += [f"    open: {m.path}" for m in det.open_questions]
    return "\n".join(lines)


def check(path: Path) -> list[str]:
    """Every expectation of one scenario that the assessment does not meet."""
    scenario = load(path)
    a = assessed(path)
    name = path.name
    problems: list[str] = []

    def det(det_id: str) -> Determination | None:
        if det_id not in a.ids:
            problems.append(f"{name}: no determination {det_id!r} (known: {', '.join(a.ids)})")
            return None
        return a[det_id]

    for det_id, outcome in scenario["expected"].items():
        d = det(det_id)
        if d is not None and d.outcome.value != outcome:
            problems.append(
                f"{name}: {det_id}: expected outcome {outcome!r}, got {d.outcome.value!r}\n"
                + _explain(d)
            )
    for det_id, due in scenario.get("expected_due", {}).items():
        d = det(det_id)
        if d is None:
            continue
        deadline = d.deadline
        if deadline is None:
            problems.append(f"{name}: {det_id}: expected a deadline, got none\n" + _explain(d))
        elif due == "undetermined":
            if deadline.due is not None or not deadline.missing:
                problems.append(
                    f"{name}: {det_id}: expected an undetermined deadline, got due "
                    f"{deadline.due} (missing {deadline.missing})"
                )
        elif deadline.due != datetime.fromisoformat(due):
            actual = None if deadline.due is None else deadline.due.isoformat()
            problems.append(f"{name}: {det_id}: expected due {due}, got {actual}")
    for det_id, status in scenario.get("expected_status", {}).items():
        d = det(det_id)
        if d is None:
            continue
        actual_status = None if d.status is None else d.status.status.value
        if actual_status != status:
            problems.append(f"{name}: {det_id}: expected status {status!r}, got {actual_status!r}")
    for det_id, paths in scenario.get("expected_missing", {}).items():
        d = det(det_id)
        if d is not None and [m.path for m in d.missing_facts] != paths:
            problems.append(
                f"{name}: {det_id}: expected missing facts {paths}, got "
                f"{[m.path for m in d.missing_facts]}"
            )
    for det_id, paths in scenario.get("expected_open", {}).items():
        d = det(det_id)
        if d is None:
            continue
        open_paths = [m.path for m in d.open_questions]
        absent = [p for p in paths if p not in open_paths]
        if absent:
            problems.append(
                f"{name}: {det_id}: expected open questions {absent} among {open_paths}"
            )
    for det_id, wanted in scenario.get("expected_cites", {}).items():
        d = det(det_id)
        if d is None:
            continue
        cited = [str(c) for c in d.citations]
        absent = [c for c in wanted if c not in cited]
        if absent:
            problems.append(f"{name}: {det_id}: expected citations {absent} among {cited}")
    for det_id, wanted in scenario.get("expected_warnings", {}).items():
        d = det(det_id)
        if d is None:
            continue
        warned = {str(c) for r in d.reasons if r.kind is ReasonKind.WARNING for c in r.citations}
        absent = [c for c in wanted if c not in warned]
        if absent:
            problems.append(
                f"{name}: {det_id}: expected warnings citing {absent}; warnings cite "
                f"{sorted(warned)}\n" + _explain(d)
            )
    risk = scenario.get("expected_risk", {})
    for key, actual in (("level", a.risk.level), ("suggested", a.risk.suggested)):
        if key in risk:
            shown = "undetermined" if actual is None else actual.value
            if shown != risk[key]:
                reasons = "\n".join(f"    {r.kind.value}: {r.text}" for r in a.risk.reasons)
                problems.append(
                    f"{name}: risk {key}: expected {risk[key]!r}, got {shown!r}\n{reasons}"
                )
    risk_cited = {str(c) for r in a.risk.reasons for c in r.citations}
    absent_risk = [c for c in risk.get("cites", []) if c not in risk_cited]
    if absent_risk:
        problems.append(
            f"{name}: risk: expected citations {absent_risk} among {sorted(risk_cited)}"
        )
    problems += _check_assumptions(scenario, a, name)
    routing = scenario.get("expected_routing", {})
    if "basis" in routing and a.routing.basis != routing["basis"]:
        problems.append(
            f"{name}: routing basis: expected {routing['basis']!r}, got {a.routing.basis!r}"
        )
    if "authorities" in routing and list(a.routing.ids) != routing["authorities"]:
        problems.append(
            f"{name}: routing: expected authorities {routing['authorities']}, got "
            f"{list(a.routing.ids)}"
        )
    if "missing" in routing and [m.path for m in a.routing.missing_facts] != routing["missing"]:
        problems.append(
            f"{name}: routing: expected missing {routing['missing']}, got "
            f"{[m.path for m in a.routing.missing_facts]}"
        )
    return problems


def _check_assumptions(scenario: dict[str, Any], a: Assessment, name: str) -> list[str]:
    """The expected assumptions and sensitivities that the assessment does not show."""
    problems: list[str] = []
    for det_id, paths in scenario.get("expected_assumptions", {}).items():
        assumed = [x.path for x in a[det_id].assumptions]
        absent = [p for p in paths if p not in assumed]
        if absent:
            problems.append(f"{name}: {det_id}: expected assumptions {absent} among {assumed}")
    for det_id, wanted in scenario.get("expected_sensitivities", {}).items():
        listed = {c: s.outcome.value for s in a[det_id].sensitivities for c in s.changes}
        for change, outcome in wanted.items():
            if listed.get(change) != outcome:
                problems.append(
                    f"{name}: {det_id}: expected sensitivity {change} -> {outcome}; listed: "
                    f"{[str(s) + ' ' + repr(s.changes) for s in a[det_id].sensitivities]}"
                )
    return problems


# --- the scenarios ------------------------------------------------------------------------


@each(FILES)
def test_scenario(path: Path) -> None:
    assert_none(check(path))


@each(FILES)
def test_scenario_is_readable(path: Path) -> None:
    """A lawyer can read it: a header, a title, the facts, the sources, the outcomes."""
    assert_none(readable_problems(path, _TOP_LEVEL))
    scenario = load(path)
    assert scenario["expected"], f"{path.name}: pin at least one outcome"
    outcomes = {o.value for o in Outcome}
    for det_id, outcome in scenario["expected"].items():
        assert outcome in outcomes, f"{path.name}: {det_id}: unknown outcome {outcome!r}"


# --- coverage of the set ------------------------------------------------------------------


def test_there_are_at_least_30_scenarios() -> None:
    assert len(FILES) >= 30, f"only {len(FILES)} scenarios in {SCENARIOS}"


def test_every_determination_is_pinned_by_a_scenario() -> None:
    produced = {det_id for path in FILES for det_id in assessed(path).ids}
    pinned = {det_id for path in FILES for det_id in load(path)["expected"]}
    assert produced, "no scenario was assessed"
    assert produced <= pinned, f"not pinned by any scenario: {sorted(produced - pinned)}"


def test_every_outcome_appears() -> None:
    seen = {outcome for path in FILES for outcome in load(path)["expected"].values()}
    assert seen == {o.value for o in Outcome}, (
        f"missing outcomes: {sorted({o.value for o in Outcome} - seen)}"
    )


def _is_incident_file(path: Path) -> bool:
    """Incident files, not other records (e.g. a processor's multi-controller record)."""
    data = json.loads(path.read_text("utf-8"))
    return isinstance(data, dict) and data.get("record_type", "incident") == "incident"


def test_every_example_is_a_scenario() -> None:
    examples = {
        f"examples/{p.name}" for p in (ROOT / "examples").glob("*.json") if _is_incident_file(p)
    }
    referenced = {load(path).get("example") for path in FILES}
    assert examples, "no examples found"
    assert examples <= referenced, f"examples without a scenario: {sorted(examples - referenced)}"


def test_every_art34_3_exemption_and_34_4_override_is_covered() -> None:
    cited: set[str] = set()
    for path in FILES:
        a = assessed(path)
        for det_id in load(path)["expected"]:
            cited.update(str(c) for c in a[det_id].citations)
    for provision in (
        "Art. 33(1) GDPR",
        "Art. 34(3)(a) GDPR",
        "Art. 34(3)(b) GDPR",
        "Art. 34(3)(c) GDPR",
        "Art. 34(4) GDPR",
        "breachmodel encoding notes, E7",
        "EDPB Guidelines 9/2022, para. 73",
        "Art. 55(2) GDPR",
    ):
        assert provision in cited, f"no scenario exercises {provision}"
