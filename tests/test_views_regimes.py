"""The views are generic over regimes: every assessed regime, the ones set aside, the
overlaps and one combined timeline, in text, Markdown, HTML and JSON, naming no regime."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
import pytest
from _builders import AWARE, breach, org, with_timeline
from jsonschema import Draft202012Validator

import breachmodel
from breachmodel import regimes
from breachmodel.assessment import Assessment, assess
from breachmodel.model import Incident
from breachmodel.regimes._base import analysis_summary
from breachmodel.views import assessment_schema, assessment_timeline_svg

AS_OF = AWARE + timedelta(hours=30)
VIEWS = Path(breachmodel.__file__).resolve().parent / "views"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "viamedis-almerys.json"


def _provider() -> Incident:
    """A telecom operator's breach in connection with its service: two regimes, one overlap."""
    controller = attrs.evolve(org(), public_ecomms_provider=True)
    inc = attrs.evolve(breach(), controller=controller, ecomms_service=True)
    return with_timeline(inc, detected_at=AWARE)


@pytest.fixture(scope="module")
def both() -> Assessment:
    """The Viamedis example as if the insurer were a telecom operator (both regimes' clocks)."""
    inc = breachmodel.load(EXAMPLE)
    inc = attrs.evolve(
        inc,
        controller=attrs.evolve(inc.controller, public_ecomms_provider=True),
        ecomms_service=True,
    )
    inc = with_timeline(inc, detected_at=datetime(2024, 1, 30, 12, tzinfo=UTC))
    return assess(inc, as_of=datetime(2024, 2, 3, tzinfo=UTC), sensitivities=False)


@pytest.fixture(scope="module")
def one() -> Assessment:
    return assess(with_timeline(breach(), detected_at=AWARE), as_of=AS_OF, sensitivities=False)


def test_every_format_has_a_section_per_assessed_regime(both: Assessment) -> None:
    assert len(both.regimes) == 2
    text, md, html = both.to_text(), both.to_markdown(), both.to_html()
    for r in both.regimes:
        assert f"{r.title}: {r.applicability.reach.value.replace('_', ' ')}" in text
        assert f"## {r.title}" in md.replace("\\", "")
        assert r.title in html
        for analysis in r.analyses:
            for line in analysis_summary(analysis):
                assert line in text
    data = both.to_dict()
    assert [r["regime"] for r in data["regimes"]] == [r.regime for r in both.regimes]


def test_the_regimes_set_aside_are_listed_with_their_reason(one: Assessment) -> None:
    assessed = {r.regime for r in one.regimes}
    aside = [c for c in one.considered if c.regime not in assessed]
    assert aside, "a regime that does not reach the incident is considered and set aside"
    text, md, html = one.to_text(), one.to_markdown(), one.to_html()
    assert "Regimes considered and not assessed:" in text
    for c in aside:
        title = regimes.get(c.regime).title
        assert f"  - {title}: not applicable: {c.reasons[0].text}" in text
        assert c.reasons[0].text in md
        assert c.reasons[0].text.replace("'", "&#x27;") in html
    considered = {c["regime"]: c for c in one.to_dict()["considered"]}
    assert {k for k, v in considered.items() if not v["assessed"]} == {c.regime for c in aside}


def test_overlaps_say_which_obligation_yields_to_which(both: Assessment) -> None:
    assert both.overlaps
    text, md = both.to_text(), both.to_markdown()
    for o in both.overlaps:
        assert f"{o.yielding} yields to {o.prevailing}" in text
        assert f"`{o.yielding}` yields to `{o.prevailing}`" in md
    data = both.to_dict()["overlaps"]
    assert data == [
        {
            "yielding": str(o.yielding),
            "prevailing": str(o.prevailing),
            "reason": json.loads(json.dumps(data[0]["reason"])),
        }
        for o in both.overlaps
    ]
    assert data[0]["reason"]["text"] == both.overlaps[0].reason.text


def test_the_timeline_holds_every_clock_of_every_regime_soonest_first(both: Assessment) -> None:
    entries = both.to_dict()["timeline"]
    assert {e["regime"] for e in entries} == {r.regime for r in both.regimes}
    instants = [datetime.fromisoformat(e["at"]) for e in entries]
    assert instants == sorted(instants)
    assert [e["id"] for e in entries] == [d.id for d in both.timeline]
    text = both.to_text()
    rows = text[text.index("Timeline (") : text.index("Overlaps:")]
    positions = [rows.index(e["key"]) for e in entries]
    assert positions == sorted(positions)
    md = both.to_markdown()
    assert md.index("## Timeline") < md.index("## Overlaps")


def test_the_html_timeline_draws_one_lane_per_regime_with_a_clock(both: Assessment) -> None:
    svg = assessment_timeline_svg(both)
    assert svg.startswith("<svg")
    assert "<script" not in svg
    for r in both.regimes:
        assert r.title[:29] in svg
    assert svg in both.to_html()
    assert svg.count("<rect") >= len(both.timeline)


def test_each_determination_carries_its_key(both: Assessment) -> None:
    for d, data in zip(both.determinations, both.to_dict()["determinations"], strict=True):
        assert data["key"] == str(d.key)


@pytest.mark.parametrize("regime_ids", [None, ["eprivacy"]])
def test_json_output_validates_whichever_regimes_are_assessed(
    regime_ids: list[str] | None,
) -> None:
    a = assess(_provider(), as_of=AS_OF, regimes=regime_ids, sensitivities=False)
    output = json.loads(a.to_json())
    assert list(Draft202012Validator(assessment_schema()).iter_errors(output)) == []
    if regime_ids is not None:
        assert output["risk"] is None
        assert output["authorities"] is None


def test_the_baseline_keys_stay_the_first_regimes(one: Assessment) -> None:
    data = one.to_dict()
    first = data["regimes"][0]
    kinds = {x["kind"]: x["data"] for x in first["analyses"]}
    assert data["risk"] == kinds["risk"]
    assert data["authorities"] == kinds["routing"]
    assert data["options"] == first["options"]


def test_the_views_name_no_regime_and_no_determination_id() -> None:
    ids = regimes.ids()
    for path in sorted(VIEWS.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        literals = re.findall(r"[\"']([^\"'\n]*)[\"']", source)
        for text in literals:
            assert text not in ids, f"{path.name} names the regime {text!r}"
            assert text.split(".")[0] not in ids, f"{path.name} names {text!r}"
        assert "import breachmodel.regimes." not in source
        for regime_id in ids:
            assert f"breachmodel.regimes.{regime_id}" not in source, path.name


def test_a_registered_regime_not_assessed_still_gets_its_title(one: Assessment) -> None:
    titles = {c["regime"]: c["title"] for c in one.to_dict()["considered"]}
    assert titles == {r.id: r.title for r in regimes.REGISTRY}


def test_the_combined_timeline_is_rendered_in_markdown_with_status(both: Assessment) -> None:
    md = both.to_markdown()
    table = md[md.index("## Timeline") :].split("\n\n")[2]
    rows = [r for r in table.splitlines() if r.startswith("| ") and "---" not in r][1:]
    assert len(rows) == len(both.timeline)
    for row, d in zip(rows, both.timeline, strict=True):
        assert d.outcome.value.replace("_", " ") in row


def test_nothing_of_the_timeline_when_no_clock_runs() -> None:
    early = assess(
        with_timeline(breach(), detected_at=None, controller_aware_at=None),
        as_of=datetime(2024, 1, 1, tzinfo=UTC),
        sensitivities=False,
    )
    assert early.timeline == ()
    assert "Timeline (" not in early.to_text()
    assert "## Timeline" not in early.to_markdown()
    assert early.to_dict()["timeline"] == []
