"""Relevant risk or damage (LGPD Art. 48; Resolution CD/ANPD 15/2024, Art. 5).

An incident may cause relevant risk or damage to data subjects when it may significantly
affect their interests and fundamental rights (Art. 5, I) *and* involves at least one of:
sensitive personal data; data of children, adolescents or elderly people; financial data;
system authentication data; data protected by legal, judicial or professional secrecy;
data processed on a large scale (Art. 5, II). Source: named secondary sources (see
:mod:`breachmodel.regimes.lgpd._law`); the Resolution sets no number for "large scale".

Facts every law reads (data categories, children) come from the incident; the rest are
findings under ``lgpd``. A criterion left unknown matters only when no other is met.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from breachmodel.determination import MissingFact, Reason
from breachmodel.model import DataCategory, Incident
from breachmodel.regimes._national import answer, answer_word, finding_path, unrecorded
from breachmodel.regimes.lgpd._law import REGIME_ID, lgpd, res15

__all__ = ["FINDINGS", "Criterion", "RelevantRisk", "relevant_risk"]

FINDINGS: Final = {
    "significant_effect": "Could the incident significantly affect the data subjects' "
    "interests and fundamental rights (prevent the exercise of rights or the use of a "
    "service, or cause material or moral damage such as discrimination, harm to physical "
    "integrity, image or reputation, financial fraud or identity theft)?",
    "elderly": "Does the incident concern data of elderly people?",
    "secrecy": "Are any of the data protected by legal, judicial or professional secrecy?",
    "large_scale": "Were the data processed on a large scale?",
}
"""The findings the LGPD regime reads (Resolution CD/ANPD 15/2024, Art. 5)."""

_FINANCIAL: Final = frozenset({DataCategory.FINANCIAL.value, DataCategory.PAYMENT_CARD.value})


@frozen(kw_only=True)
class Criterion:
    """One criterion of Art. 5, II: whether it is met (None: unknown) and where to record it."""

    id: str
    label: str
    met: bool | None
    paths: tuple[str, ...]


@frozen(kw_only=True)
class RelevantRisk:
    """Whether the incident may cause relevant risk or damage, why, and what is missing."""

    relevant: bool | None
    criteria: tuple[Criterion, ...]
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    kind: str = "risk"
    title: str = "Relevant risk or damage (LGPD Art. 48; Res. CD/ANPD 15/2024, Art. 5)"

    @property
    def summary(self) -> tuple[str, ...]:
        """The headline: relevant risk yes, no or undetermined, and the criteria met."""
        word = answer_word(self.relevant)
        met = ", ".join(c.label for c in self.criteria if c.met) or "none"
        return (f"Relevant risk or damage: {word}", f"Criteria of Art. 5, II met: {met}")


def _either(*values: bool | None) -> bool | None:
    if True in values:
        return True
    return None if None in values else False


def _data_criteria(incident: Incident) -> list[Criterion]:
    cats = {d.category for d in incident.data}
    known = bool(incident.data)
    sensitive = any(
        incident.category_info(d.category).special_category or d.reveals_special_category
        for d in incident.data
    )
    access = DataCategory.CREDENTIALS.value in cats or any(
        d.grants_access_to for d in incident.data
    )
    path = ("$.data",)

    def crit(cid: str, label: str, met: bool) -> Criterion:
        return Criterion(id=cid, label=label, met=met if met or known else None, paths=path)

    return [
        crit("sensitive", "sensitive personal data", sensitive),
        crit("financial", "financial data", bool(cats & _FINANCIAL)),
        crit("authentication", "system authentication data", access),
    ]


def _people_criterion(incident: Incident) -> Criterion:
    children = [g.includes_children for g in incident.subjects]
    kids = _either(*children) if children else None
    elderly = answer(incident, REGIME_ID, "elderly")
    paths = (*(() if kids is not None else ("$.subjects[*].includes_children",)),)
    paths += () if elderly is not None else (finding_path(REGIME_ID, "elderly"),)
    return Criterion(
        id="children_elderly",
        label="data of children, adolescents or elderly people",
        met=_either(kids, elderly),
        paths=paths,
    )


def _finding_criterion(incident: Incident, fact: str, label: str) -> Criterion:
    return Criterion(
        id=fact,
        label=label,
        met=answer(incident, REGIME_ID, fact),
        paths=(finding_path(REGIME_ID, fact),),
    )


def criteria(incident: Incident) -> tuple[Criterion, ...]:
    """The six criteria of Art. 5, II, each met, not met or unknown."""
    return (
        *_data_criteria(incident)[:1],
        _people_criterion(incident),
        *_data_criteria(incident)[1:],
        _finding_criterion(
            incident, "secrecy", "data under legal, judicial or professional secrecy"
        ),
        _finding_criterion(incident, "large_scale", "data processed on a large scale"),
    )


def _missing(crits: tuple[Criterion, ...], effect_unknown: bool) -> tuple[MissingFact, ...]:
    out = [
        MissingFact(
            path=p, question=FINDINGS.get(p.split(".")[-1].rstrip("]"), f"Is it {c.label}?")
        )
        for c in crits
        for p in c.paths
        if c.met is None
    ]
    if effect_unknown:
        out.append(unrecorded(REGIME_ID, "significant_effect", FINDINGS["significant_effect"]))
    return tuple(out)


def relevant_risk(incident: Incident) -> RelevantRisk:
    """Res. 15/2024 Art. 5: a significant effect and at least one criterion of Art. 5, II."""
    crits = criteria(incident)
    met = [c.label for c in crits if c.met]
    unknown = [c for c in crits if c.met is None]
    effect = answer(incident, REGIME_ID, "significant_effect")
    cites = (lgpd("Art. 48, caput"), res15("Art. 5"))
    if met:
        text = f"The incident involves {', '.join(met)} (Res. 15/2024, Art. 5, II)."
        facts = [Reason.fact(text, (res15("Art. 5, II"),))]
    else:
        facts = []
    if not met and not unknown:
        text = "None of the six kinds of data or scale of Art. 5, II is involved: no relevant risk or damage."
        reason = Reason.fact(text, cites)
        return RelevantRisk(relevant=False, criteria=crits, reasons=(reason,))
    if effect is False:
        text = "The controller found that the incident cannot significantly affect the data subjects' interests and fundamental rights (Art. 5, I): no relevant risk or damage."
        reason = Reason.fact(text, (res15("Art. 5, I"),))
        return RelevantRisk(relevant=False, criteria=crits, reasons=(*facts, reason))
    if not met or effect is None:
        text = "Whether the incident may cause relevant risk or damage cannot be told: " + (
            "whether any criterion of Art. 5, II is met is not recorded."
            if not met
            else "whether it may significantly affect the data subjects (Art. 5, I) is not recorded."
        )
        reason = Reason.missing(text, cites)
        missing = _missing(crits if not met else (), effect is None)
        return RelevantRisk(
            relevant=None, criteria=crits, reasons=(*facts, reason), missing_facts=missing
        )
    text = "The controller found that the incident may significantly affect the data subjects' interests and fundamental rights (Art. 5, I): relevant risk or damage."
    reason = Reason.fact(text, (res15("Art. 5, I"),))
    return RelevantRisk(relevant=True, criteria=crits, reasons=(*facts, reason))
