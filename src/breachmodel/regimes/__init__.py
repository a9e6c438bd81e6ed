"""Breach law, one sub-package per regime, and the registry that lists them.

Each regime sub-package (``gdpr``, ``eprivacy``...) exports its regime object as
``REGIME`` (see :class:`breachmodel.regimes._base.Regime`). Adding a regime is one new
sub-package, one entry in :data:`REGISTRY`, its law page and its scenarios; nothing
outside this package names a regime.

>>> ids()
('gdpr', 'eprivacy', 'uk_gdpr', 'pecr', 'lgpd', 'au_privacy', 'sg_pdpa', 'pipeda', 'nis2', 'dora', 'jp_appi', 'kr_pipa', 'in_dpdp', 'in_certin', 'hipaa', 'us_sec', 'us_states')
>>> get("gdpr").title
'GDPR (Regulation (EU) 2016/679)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from breachmodel.errors import BreachModelError, InvalidIncidentError, Problem
from breachmodel.regimes._base import Regime
from breachmodel.regimes.au_privacy import REGIME as _AU_PRIVACY
from breachmodel.regimes.dora import REGIME as _DORA
from breachmodel.regimes.eprivacy import REGIME as _EPRIVACY
from breachmodel.regimes.gdpr import REGIME as _GDPR
from breachmodel.regimes.hipaa import REGIME as _HIPAA
from breachmodel.regimes.in_certin import REGIME as _IN_CERTIN
from breachmodel.regimes.in_dpdp import REGIME as _IN_DPDP
from breachmodel.regimes.jp_appi import REGIME as _JP_APPI
from breachmodel.regimes.kr_pipa import REGIME as _KR_PIPA
from breachmodel.regimes.lgpd import REGIME as _LGPD
from breachmodel.regimes.nis2 import REGIME as _NIS2
from breachmodel.regimes.pecr import REGIME as _PECR
from breachmodel.regimes.pipeda import REGIME as _PIPEDA
from breachmodel.regimes.sg_pdpa import REGIME as _SG_PDPA
from breachmodel.regimes.uk_gdpr import REGIME as _UK_GDPR
from breachmodel.regimes.us_sec import REGIME as _US_SEC
from breachmodel.regimes.us_states import REGIME as _US_STATES

if TYPE_CHECKING:
    from breachmodel.model import Incident

__all__ = ["REGISTRY", "Regime", "check_findings", "get", "ids"]

REGISTRY: Final[tuple[Regime, ...]] = (
    _GDPR,
    _EPRIVACY,
    _UK_GDPR,
    _PECR,
    _LGPD,
    _AU_PRIVACY,
    _SG_PDPA,
    _PIPEDA,
    _NIS2,
    _DORA,
    _JP_APPI,
    _KR_PIPA,
    _IN_DPDP,
    _IN_CERTIN,
    _HIPAA,
    _US_SEC,
    _US_STATES,
)
"""Every regime, in the order results list them (the baseline law first)."""


def ids() -> tuple[str, ...]:
    """The registered regimes' ids, in registry order."""
    return tuple(r.id for r in REGISTRY)


def get(regime_id: str) -> Regime:
    """The registered regime with this id.

    Raises:
        BreachModelError: If no regime has this id (the message lists the known ids).
    """
    for regime in REGISTRY:
        if regime.id == regime_id:
            return regime
    msg = f"unknown regime {regime_id!r}; known: {', '.join(ids())}"
    raise BreachModelError(msg)


def check_findings(incident: Incident) -> None:
    """Refuse findings that no registered regime reads.

    Raises:
        InvalidIncidentError: If a finding names an unknown regime, or a fact its regime
            does not declare: the problem is located at the finding's field
            (``$.findings[0].regime``) and lists the known names.
    """
    if not incident.findings:
        return
    by_id = {r.id: r for r in REGISTRY}
    for i, finding in enumerate(incident.findings):
        regime = by_id.get(finding.regime)
        if regime is None:
            msg = f"unknown regime {finding.regime!r}; known: {', '.join(by_id)}"
            raise InvalidIncidentError([Problem(f"$.findings[{i}].regime", msg)])
        if finding.fact not in regime.findings:
            known = ", ".join(sorted(regime.findings)) or "none"
            msg = f"{finding.regime!r} reads no finding {finding.fact!r}; it reads: {known}"
            raise InvalidIncidentError([Problem(f"$.findings[{i}].fact", msg)])
