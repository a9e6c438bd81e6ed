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

from breachmodel.regimes._sector import reports
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

_D: Final = ("description", "cause", "mitigation", "cross_border")

REPORTS: Final = reports(
    (
        (EARLY_WARNING, "Early warning (Art. 23(4)(a))", "Alerte précoce (" + _A.format(p="a") + ")",
         ("nis2.23.4.a.malicious", "nis2.23.4.a.cross_border")),
        (NOTIFICATION, "Incident notification (Art. 23(4)(b))",
         "Notification d'incident (" + _A.format(p="b") + ")",
         ("nis2.23.4.b.assessment", "nis2.23.4.b.ioc")),
        (INTERMEDIATE_REPORT, "Intermediate report, on request (Art. 23(4)(c))",
         "Rapport intermédiaire, sur demande (" + _A.format(p="c") + ")", ()),
        (FINAL_REPORT, "Final report (Art. 23(4)(d))", "Rapport final (" + _A.format(p="d") + ")",
         tuple(f"nis2.23.4.d.{k}" for k in _D)),
    )
)  # fmt: skip
"""The staged reports of Art. 23(4), in order."""

_FR: Final = (
    ("a.malicious", "a", "Alerte précoce : indiquer si l'on suspecte que l'incident important "
     "a pu être causé par des actes illicites ou malveillants"),
    ("a.cross_border", "a", "Alerte précoce : indiquer si l'incident pourrait avoir un impact "
     "transfrontière"),
    ("b.assessment", "b", "Notification d'incident : évaluation initiale de l'incident "
     "important, y compris de sa gravité et de son impact"),
    ("b.ioc", "b", "Notification d'incident : indicateurs de compromission, lorsqu'ils sont "
     "disponibles"),
    ("d.description", "d", "Rapport final : description détaillée de l'incident, y compris de "
     "sa gravité et de son impact"),
    ("d.cause", "d", "Rapport final : type de menace ou cause profonde ayant probablement "
     "déclenché l'incident"),
    ("d.mitigation", "d", "Rapport final : mesures d'atténuation appliquées et en cours"),
    ("d.cross_border", "d", "Rapport final : le cas échéant, impact transfrontière de l'incident"),
)  # fmt: skip

LABELS: Final = {"fr": {f"nis2.23.4.{k}": f"{text} ({_A.format(p=p)})" for k, p, text in _FR}}
"""Checklist labels by language (English: the items' own labels)."""
