"""Property: no user-supplied text ever appears unescaped in any HTML output.

Arbitrary text is put into every free-text field a user controls (titles, descriptions,
organisation and contact names, notes, reasons, justifications) of a processor incident,
then every HTML renderer runs: the processor assessment, each controller's assessment
and determinations, every drafted document in every language, and the notebook views.
The text is wrapped in markers that occur nowhere else, so that finding it raw is a real
escape failure; it must appear escaped.
"""

from __future__ import annotations

import html
from datetime import datetime

import attrs
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.assessment import assess
from breachmodel.documents import KINDS, draft, languages
from breachmodel.model import (
    AssessorJudgment,
    AuthorityNotice,
    ContactPoint,
    CustomCategory,
    DataConcerned,
    EnisaClass,
    NoticeKind,
    RiskLevel,
)
from breachmodel.notebook import deadline_html, incident_html, status_html, timeline_svg
from breachmodel.processor import (
    ProcessorIncident,
    assess_processor_incident,
    controller_incident,
    load_any,
)
from breachmodel.render import render_determination_html
from breachmodel.sanitize import one_line
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE

SPECIAL = "<>&\"'"

_LOADED = load_any(EXAMPLE)
assert isinstance(_LOADED, ProcessorIncident)
_BASE: ProcessorIncident = _LOADED

dangerous = (
    st.lists(
        st.sampled_from([*SPECIAL, "a", " ", "/", "=", "é", "\n", "script", "{x}", "{0}"])
        | st.text(max_size=3),
        min_size=1,
        max_size=10,
    )
    .map("".join)
    .filter(lambda s: any(c in s for c in SPECIAL))
)


def _inject(text: str) -> ProcessorIncident:
    pi = _BASE
    horizon, atlas = pi.share("mutuelle-horizon"), pi.share("atlas-sante")
    org = attrs.evolve(
        horizon.organisation,
        name=f"Org {text}",
        contact=ContactPoint(name=f"DPO {text}", email=f"{text}@x.example", phone=text),
    )
    group = attrs.evolve(horizon.subjects[0], description=text)
    notice = AuthorityNotice(
        kind=NoticeKind.INITIAL,
        at=datetime.fromisoformat("2024-02-02T10:00:00+01:00"),
        authority="fr-cnil",
        reasons_for_delay=text,
    )
    judgment = AssessorJudgment(level=RiskLevel.HIGH, justification=text, by=text, at=AS_OF)
    horizon = attrs.evolve(
        horizon,
        organisation=org,
        subjects=(group, *horizon.subjects[1:]),
        authority_notices=(notice,),
        judgment=judgment,
        awareness_rationale=text,
    )
    atlas = attrs.evolve(
        atlas,
        organisation=attrs.evolve(atlas.organisation, name=f"Atlas {text}"),
        contact=attrs.evolve(atlas.contact, reason=text),
    )
    custom = CustomCategory(id="custom_x", label=f"Label {text}", enisa_class=EnisaClass.SIMPLE)
    measures = attrs.evolve(
        pi.measures,
        subsequent=tuple(attrs.evolve(m, description=text) for m in pi.measures.subsequent),
    )
    return attrs.evolve(
        pi,
        id=f"id-{text}",
        title=f"Title {text}",
        description=text,
        processor=attrs.evolve(pi.processor, name=f"Proc {text}"),
        data=(
            *(attrs.evolve(d, note=text) for d in pi.data),
            DataConcerned(category="custom_x", note=text),
        ),
        custom_categories=(custom,),
        measures=measures,
        controllers=(horizon, atlas),
    )


def _outputs(pi: ProcessorIncident) -> list[str]:
    pa = assess_processor_incident(pi, as_of=AS_OF)
    out = [pa.to_html(), incident_html(pi), timeline_svg(pi, assessment=pa)]
    for share in pi.controllers:
        incident = controller_incident(pi, share)
        a = assess(incident, as_of=AS_OF)
        out += [a.to_html(), incident_html(incident), timeline_svg(incident, assessment=a)]
        out += [render_determination_html(d) for d in a.determinations]
        for d in a.determinations:
            if d.deadline is not None:
                out.append(deadline_html(d.deadline))
            if d.status is not None:
                out.append(status_html(d.status))
        for kind in KINDS:
            for lang in languages(kind):
                doc = draft(incident, kind=kind, lang=lang, assessment=a, force=True)
                out.append(doc.to_html())
    return out


@given(dangerous)
def test_user_text_never_appears_unescaped(text: str) -> None:
    marked = f"\u27e6{text}\u27e7"
    pi = _inject(marked)
    # Control characters are first written as visible escapes (breachmodel.sanitize).
    escaped = html.escape(one_line(marked), quote=True)
    seen_escaped = False
    for out in _outputs(pi):
        assert marked not in out
        assert "<script" not in out
        seen_escaped = seen_escaped or escaped in out
    assert seen_escaped


def test_plain_text_is_shown_as_is() -> None:
    pi = _inject("\u27e6plain words\u27e7")
    assert any("\u27e6plain words\u27e7" in out for out in _outputs(pi))
