"""The DORA reports as checklists, in English and French (Art. 19(4)).

The French terms are those of the French language version of Delegated Regulation (EU)
2025/301 (its title and Art. 1, read on EUR-Lex and as reproduced by springlex.eu):
"incident majeur lié aux TIC", "notification initiale", "rapport intermédiaire", "rapport
final", "autorité compétente". The checklist items summarise the reports' content as the
English items do (``art19.CONTENT``: not verified against the final text, and the article
numbers of Delegated Regulation 2025/301 they cite are inferred).
"""

from __future__ import annotations

from typing import Final

from breachmodel.regimes._sector import reports
from breachmodel.regimes.dora.art19 import FINAL_REPORT, INITIAL_NOTIFICATION, INTERMEDIATE_REPORT

__all__ = ["LABELS", "REPORTS", "TITLES"]

_ART: Final = "art. 19, paragraphe 4, point {p}), du règlement (UE) 2022/2554"
_RTS: Final = " (règlement délégué (UE) 2025/301, art. {n} ; numéro non vérifié)"

TITLES: Final = {
    "en": "DORA (Regulation (EU) 2022/2554): reports on a major ICT-related incident",
    "fr": "DORA (règlement (UE) 2022/2554) : rapports sur un incident majeur lié aux TIC",
}

_INITIAL: Final = ("detected", "description", "criteria", "member_states", "origin")

REPORTS: Final = reports(
    (
        (INITIAL_NOTIFICATION, "Initial notification (Art. 19(4)(a))",
         "Notification initiale (" + _ART.format(p="a") + ")",
         tuple(f"dora.initial.{k}" for k in _INITIAL)),
        (INTERMEDIATE_REPORT, "Intermediate report (Art. 19(4)(b))",
         "Rapport intermédiaire (" + _ART.format(p="b") + ")", ("dora.intermediate.impact",)),
        (FINAL_REPORT, "Final report (Art. 19(4)(c))", "Rapport final (" + _ART.format(p="c") + ")",
         ("dora.final.root_cause",)),
    )
)  # fmt: skip
"""The staged reports of Art. 19(4), in order."""

LABELS: Final = {
    "fr": {
        "dora.initial.detected": "Date et heure de la détection et de la classification de "
        "l'incident" + _RTS.format(n=2),
        "dora.initial.description": "Description de l'incident" + _RTS.format(n=2),
        "dora.initial.criteria": "Critères de classification ayant déclenché la notification"
        + _RTS.format(n=2),
        "dora.initial.member_states": "États membres touchés, le cas échéant" + _RTS.format(n=2),
        "dora.initial.origin": "Mode de découverte de l'incident et son origine, si elle est "
        "connue" + _RTS.format(n=2),
        "dora.intermediate.impact": "Clients touchés, durée de l'incident et indisponibilité "
        "du service, impact économique" + _RTS.format(n=3),
        "dora.final.root_cause": "Cause profonde, mesures prises et enseignements tirés"
        + _RTS.format(n=4),
    },
}
"""Checklist labels by language (English: the items' own labels)."""
