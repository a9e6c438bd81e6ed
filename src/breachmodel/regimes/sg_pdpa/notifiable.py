"""Notifiable data breach (PDPA 2012, s. 26B; Notification of Data Breaches Regulations 2021).

A data breach is notifiable if it results, or is likely to result, in **significant harm**
to an affected individual (s. 26B(1)(a)), or is, or is likely to be, of a **significant
scale** (s. 26B(1)(b)). Significant harm is deemed for the prescribed data (reg. 3): an
individual's full name, alias or identification number with data of Part 1 of the Schedule
(financial data, among others), or an account identifier with its password or other access
data. Significant scale is deemed from 500 affected individuals (reg. 4). A breach confined
within the organisation is not notifiable (s. 26B(4)).

Here the prescribed data is read from the incident's data categories where they map onto
the Schedule (``credentials``; ``financial`` and ``payment_card`` with a name or an
identification number); the organisation's own conclusion, the finding ``significant_harm``,
decides other cases. The scale counts every affected individual (``total_subjects``).
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.determination import MissingFact, Reason
from breachmodel.model import DataCategory, Incident
from breachmodel.regimes._national import UNCOUNTED, above, answer, answer_word, unrecorded
from breachmodel.regimes.sg_pdpa._law import REGIME_ID, SCALE, pdpa, regs

__all__ = ["FINDINGS", "Notifiable", "notifiable"]

FINDINGS: Final = {
    "significant_harm": "Does the breach result, or is it likely to result, in significant "
    "harm to an affected individual (s. 26B(1)(a)), beyond the prescribed data?",
    "within_organisation": "Was the unauthorised access, collection, use, disclosure, "
    "copying or modification only within the organisation (s. 26B(4))?",
    "assessed": "When did the organisation assess that the breach is notifiable (s. 26D(1)); "
    "record it in 'at'?",
    "remedial_action": "After assessing the breach notifiable, did the organisation take "
    "action that makes significant harm to the individuals unlikely (s. 26D(5)(a))?",
    "law_enforcement_instruction": "Has a prescribed law enforcement agency instructed the "
    "organisation not to notify the individuals (s. 26D(6)(a))?",
    "pdpc_direction": "Has the Commission directed the organisation not to notify the "
    "individuals (s. 26D(6)(b)), or waived the notification (s. 26D(7))?",
}
"""The findings the Singapore regime reads."""

_IDENTIFIERS: Final = frozenset(
    {
        DataCategory.IDENTITY.value,
        DataCategory.NATIONAL_ID.value,
        DataCategory.OFFICIAL_DOCUMENT.value,
    }
)
_FINANCIAL: Final = frozenset({DataCategory.FINANCIAL.value, DataCategory.PAYMENT_CARD.value})


@frozen(kw_only=True)
class Notifiable:
    """Whether the breach is notifiable and on which limb; why; what is missing."""

    harm: bool | None
    scale: bool | None
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    harm_missing: tuple[MissingFact, ...] = ()
    """What is needed to tell the significant-harm limb (it decides the individuals' notice)."""
    kind: str = "notifiability"
    title: str = "Notifiable data breach (PDPA 2012, s. 26B)"

    @property
    def notifiable(self) -> bool | None:
        """Either limb met: yes; both excluded: no; otherwise unknown."""
        if self.harm or self.scale:
            return True
        return None if None in (self.harm, self.scale) else False

    @property
    def summary(self) -> tuple[str, ...]:
        """The headline lines."""
        return (
            f"Notifiable data breach: {answer_word(self.notifiable)}",
            f"Significant harm: {answer_word(self.harm)}; "
            f"significant scale: {answer_word(self.scale)}",
        )


def _prescribed(incident: Incident) -> Reason | None:
    cats = {d.category for d in incident.data}
    if DataCategory.CREDENTIALS.value in cats:
        text = "Account credentials (an account identifier with its password or access data) were affected: significant harm is deemed."
        return Reason.presumption(text, (pdpa("26B", "(2)"), regs("reg. 3(1)(b)")))
    if cats & _FINANCIAL and cats & _IDENTIFIERS:
        text = "Financial data with the individuals' names or identification numbers were affected: significant harm is deemed."
        return Reason.presumption(text, (pdpa("26B", "(2)"), regs("reg. 3(1)(a)")))
    return None


def _harm(incident: Incident) -> tuple[bool | None, Reason, tuple[MissingFact, ...]]:
    deemed = _prescribed(incident)
    if deemed is not None:
        return True, deemed, ()
    found = answer(incident, REGIME_ID, "significant_harm")
    cite = (pdpa("26B", "(1)(a)"),)
    if found is None:
        text = (
            "No prescribed data is recorded and whether significant harm is likely is not recorded."
        )
        missing = (unrecorded(REGIME_ID, "significant_harm", FINDINGS["significant_harm"]),)
        return None, Reason.missing(text, cite), missing
    text = f"The organisation concluded that significant harm is {'likely' if found else 'not likely'}."
    return found, Reason.fact(text, cite), ()


def _scale(incident: Incident) -> tuple[bool | None, Reason, tuple[MissingFact, ...]]:
    total = incident.total_subjects
    met = above(total, SCALE, inclusive=True)
    cite = (pdpa("26B", "(3)(a)"), regs("reg. 4"))
    if met is True:
        text = f"{total.describe()} individuals are affected: not fewer than {SCALE}, a significant scale."
        return True, Reason.fact(text, cite), ()
    if met is False:
        text = f"{total.describe()} individuals are affected: fewer than {SCALE}, not a significant scale."
        return False, Reason.fact(text, cite), ()
    text = f"Whether {SCALE} or more individuals are affected is not known ({total.describe()})."
    return None, Reason.missing(text, cite), (UNCOUNTED,)


def notifiable(incident: Incident) -> Notifiable:
    """Section 26B: significant harm or significant scale, unless confined within the organisation."""
    if answer(incident, REGIME_ID, "within_organisation") is True:
        text = "The unauthorised access or use was only within the organisation: not a notifiable data breach."
        reason = Reason.exception_applied(text, (pdpa("26B", "(4)"),))
        return Notifiable(harm=False, scale=False, reasons=(reason,))
    harm, why_harm, miss_harm = _harm(incident)
    scale, why_scale, miss_scale = _scale(incident)
    missing = () if harm or scale else (*miss_harm, *miss_scale)
    return Notifiable(
        harm=harm,
        scale=scale,
        reasons=(why_harm, why_scale),
        missing_facts=missing,
        harm_missing=miss_harm,
    )
