"""Export to the EDPB's common notification template: the mapping table and its checks."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from breachmodel.assessment import assess
from breachmodel.documents import edpb_fields, edpb_template, validate_edpb
from breachmodel.model import AuthorityNotice, Incident, NoticeKind
from breachmodel.processor import load_any
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE
from strategies import incidents
from test_documents import ROOT, _pi


def test_the_table_is_well_formed() -> None:
    table = edpb_fields()
    assert table["template"]["version"] == "2026-06-10-draft"
    keys = [f["key"] for f in table["fields"]]
    assert len(keys) == len(set(keys))
    for f in table["fields"]:
        assert f["requirement"] in ("required", "conditional", "optional"), f
        assert (f["requirement"] == "conditional") == ("when" in f), f
        assert f["verified"] in table["verified_levels"], f


@pytest.mark.parametrize("controller", [s.organisation.id for s in _pi().controllers])
def test_every_controller_of_the_reference_case_validates(controller: str) -> None:
    export = edpb_template(_pi(), controller=controller, as_of=AS_OF)
    assert validate_edpb(export) == []
    assert "reporting_person.name" in export.missing  # never in an incident record
    assert export.fields["risk.level"] == "high"


def test_initial_follow_up_and_withdrawal_are_tied_to_the_earlier_filing() -> None:
    pi = _pi()
    initial = edpb_template(pi, controller="atlas-sante", as_of=AS_OF)
    assert initial.fields["notification.type"] == "initial"
    assert initial.fields["timing.late"] is True
    assert "timing.reasons_for_delay" in initial.missing
    assert initial.fields["art34.status"] == "public_communication"
    assert initial.fields["art34.exemption"] == "c"
    follow = edpb_template(pi, controller="mutuelle-peuplier", as_of=AS_OF)
    assert follow.fields["notification.type"] == "follow_up"
    assert follow.fields["notification.previous_reference"] == "placeholder-peuplier-1"
    assert follow.fields["notification.previous_date"] == "2024-02-01T10:00:00+01:00"
    withdrawn = edpb_template(
        pi, controller="mutuelle-peuplier", as_of=AS_OF, withdrawal="not a breach after all"
    )
    assert withdrawn.fields["notification.type"] == "withdrawal"
    assert withdrawn.fields["notification.withdrawal_reason"] == "not a breach after all"
    assert validate_edpb(withdrawn) == []
    with pytest.raises(ValueError, match="nothing to withdraw"):
        edpb_template(pi, controller="atlas-sante", as_of=AS_OF, withdrawal="x")


def test_validation_catches_a_wrong_export() -> None:
    export = edpb_template(_pi(), controller="atlas-sante", as_of=AS_OF)
    bad = attrs.evolve(export, fields={**export.fields, "risk.level": "severe"})
    assert validate_edpb(bad) == ["risk.level: 'severe' is not one of ['unlikely', 'risk', 'high']"]
    silent = attrs.evolve(export, missing=())
    assert any("neither filled nor listed" in p for p in validate_edpb(silent))
    fewer = attrs.evolve(
        export, fields={k: v for k, v in export.fields.items() if k != "attachments"}
    )
    assert validate_edpb(fewer) == ["the fields are not exactly the template's, in its order"]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(incidents())
def test_random_incidents_export_to_a_valid_template(incident: Incident) -> None:
    a = assess(incident)
    export = edpb_template(incident, assessment=a)
    assert validate_edpb(export) == []
    json.loads(export.to_json())
    status = a["gdpr.art34.public_communication"].outcome.value
    if status == "required" and not (
        incident.timeline.subject_communications or incident.timeline.public_communications
    ):
        assert export.fields["art34.status"] == "public_communication"


def test_cli_export(capsys: pytest.CaptureFixture[str]) -> None:
    from breachmodel.cli import main

    code = main(
        [
            "export",
            str(EXAMPLE),
            "--to",
            "edpb-template",
            "--controller",
            "atlas-sante",
            "--as-of",
            "2024-02-02T12:00:00+01:00",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [d["fields"]["controller.name"] for d in data] == ["Atlas Santé Collective (fictional)"]
    assert "field(s) to complete: reporting_person.name" in captured.err
    plain = ROOT / "examples" / "viamedis-almerys.json"
    assert main(["export", str(plain), "--to", "edpb-template", "--withdraw", "x"]) == 1
    assert "nothing to withdraw" in capsys.readouterr().err


def test_an_unfilled_optional_field_is_reported_but_not_missing() -> None:
    incident = load_any(ROOT / "examples" / "viamedis-almerys.json")
    assert isinstance(incident, Incident)
    notice = AuthorityNotice(kind=NoticeKind.INITIAL, at=AS_OF, reference="R-1")
    later = attrs.evolve(
        incident, timeline=attrs.evolve(incident.timeline, authority_notices=(notice,))
    )
    data = edpb_template(later, as_of=AS_OF).to_dict()
    assert "attachments" in data["unfilled"]
    assert "attachments" not in data["missing"]
    assert data["fields"]["notification.previous_reference"] == "R-1"


def test_the_docs_page_lists_every_field() -> None:
    page = (ROOT / "docs" / "edpb-template.md").read_text(encoding="utf-8")
    for f in edpb_fields()["fields"]:
        assert f"| `{f['key']}` | {f['label']} |" in page, f["key"]
