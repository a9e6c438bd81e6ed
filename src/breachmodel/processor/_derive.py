"""Each controller's own incident, derived from the processor incident and its share."""

from __future__ import annotations

from breachmodel.model import Incident, ProcessorLink, ProcessorRole
from breachmodel.processor._model import (
    ControllerShare,
    ProcessorIncident,
    _contract,
    _timeline,
)

__all__ = ["controller_incident"]


def controller_incident(pi: ProcessorIncident, share: ControllerShare) -> Incident:
    """Derive one controller's own :class:`~breachmodel.model.Incident`.

    The processor becomes a :class:`~breachmodel.model.ProcessorLink` acting for this
    controller (with the share's contract, else the incident's default), followed by the
    sub-processors. The timeline carries the processor's awareness, its notice to this
    controller and the controller's own earlier awareness, if any; the processor's first
    signal (``detected_at``) is not the controller's and is left out, the processor's
    awareness standing for it (encoding note E5). Authority notices made by the processor
    count only where the contract lets it notify on the controller's behalf.

    Args:
        pi: The processor incident.
        share: One of its controllers' shares.

    Returns:
        The controller's incident, with id ``"<incident id>/<controller id>"``.
    """
    link = ProcessorLink(
        organisation=pi.processor,
        role=ProcessorRole.PROCESSOR,
        acts_for=share.organisation.id,
        contract=_contract(pi, share),
    )
    return Incident(
        id=f"{pi.id}/{share.organisation.id}",
        title=pi.title,
        description=pi.description,
        personal_data=pi.personal_data,
        controller=share.organisation,
        processors=(link, *pi.sub_processors),
        cross_border=share.cross_border,
        data=pi.data,
        custom_categories=pi.custom_categories,
        subjects=share.subjects,
        effects=pi.effects,
        cause=pi.cause,
        measures=pi.measures,
        consequences=share.consequences if share.consequences is not None else pi.consequences,
        timeline=_timeline(pi, share),
        judgment=share.judgment,
        authority_decision=share.authority_decision,
        contact=share.contact,
        service_impact=share.service_impact,
        findings=share.findings,
        text_lang=pi.text_lang,
        translations=pi.translations,
    )
