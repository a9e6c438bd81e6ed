"""The NIS2 reports as checklists, in English and French (Art. 23(4)).

Each report names the determination it answers and the checklist items (``art23.CONTENT``)
it carries. The French terms are those of the French language version of Directive (EU)
2022/2555: "incident important", "destinataires de leurs services" and "CSIRT ou, selon le
cas, autorité compétente" (Art. 23(1)-(3), read as reproduced from the Official Journal by
advisera.com); "alerte précoce", "notification d'incident", "rapport intermédiaire",
"rapport final" and "rapport d'avancement" (Art. 23(4)): from the identical wording of
Art. 21(2) of Regulation (EU) 2023/2841 in French (read) and memory of the Directive's
French text, not read in the Directive itself.
"""

from __future__ import annotations

from typing import Final

from breachmodel.regimes._sector import Report
from breachmodel.regimes.nis2.art23 import (
    EARLY_WARNING,
    FINAL_REPORT,
    INTERMEDIATE_REPORT,
    NOTIFICATION,
)

__all__ = ["LABELS", "REPORTS", "TITLES"]

_A: Final = "art. 23, paragraphe 4, point {p}), de la directive (UE) 2022/2555"

TITLES: Final = {
    "en": "NIS2 (Directive (EU) 2022/2555): reports on a significant incident",
    "fr": "SRI 2 (directive (UE) 2022/2555) : rapports sur un incident important",
}

REPORTS: Final = (
    Report(
        det_id=EARLY_WARNING,
        names={
            "en": "Early warning (Art. 23(4)(a))",
            "fr": "Alerte précoce (" + _A.format(p="a") + ")",
        },
        items=("nis2.23.4.a.malicious", "nis2.23.4.a.cross_border"),
    ),
    Report(
        det_id=NOTIFICATION,
        names={
            "en": "Incident notification (Art. 23(4)(b))",
            "fr": "Notification d'incident (" + _A.format(p="b") + ")",
        },
        items=("nis2.23.4.b.assessment", "nis2.23.4.b.ioc"),
    ),
    Report(
        det_id=INTERMEDIATE_REPORT,
        names={
            "en": "Intermediate report, on request (Art. 23(4)(c))",
            "fr": "Rapport intermédiaire, sur demande (" + _A.format(p="c") + ")",
        },
        items=(),
    ),
    Report(
        det_id=FINAL_REPORT,
        names={
            "en": "Final report (Art. 23(4)(d))",
            "fr": "Rapport final (" + _A.format(p="d") + ")",
        },
        items=(
            "nis2.23.4.d.description",
            "nis2.23.4.d.cause",
            "nis2.23.4.d.mitigation",
            "nis2.23.4.d.cross_border",
        ),
    ),
)
"""The staged reports of Art. 23(4), in order."""

LABELS: Final = {
    "fr": {
        "nis2.23.4.a.malicious": "Alerte précoce : indiquer si l'on suspecte que l'incident "
        "important a pu être causé par des actes illicites ou malveillants ("
        + _A.format(p="a")
        + ")",
        "nis2.23.4.a.cross_border": "Alerte précoce : indiquer si l'incident pourrait avoir un "
        "impact transfrontière (" + _A.format(p="a") + ")",
        "nis2.23.4.b.assessment": "Notification d'incident : évaluation initiale de l'incident "
        "important, y compris de sa gravité et de son impact (" + _A.format(p="b") + ")",
        "nis2.23.4.b.ioc": "Notification d'incident : indicateurs de compromission, lorsqu'ils "
        "sont disponibles (" + _A.format(p="b") + ")",
        "nis2.23.4.d.description": "Rapport final : description détaillée de l'incident, y "
        "compris de sa gravité et de son impact (" + _A.format(p="d") + ")",
        "nis2.23.4.d.cause": "Rapport final : type de menace ou cause profonde ayant "
        "probablement déclenché l'incident (" + _A.format(p="d") + ")",
        "nis2.23.4.d.mitigation": "Rapport final : mesures d'atténuation appliquées et en "
        "cours (" + _A.format(p="d") + ")",
        "nis2.23.4.d.cross_border": "Rapport final : le cas échéant, impact transfrontière de "
        "l'incident (" + _A.format(p="d") + ")",
    },
}
"""Checklist labels by language (English: the items' own labels)."""
