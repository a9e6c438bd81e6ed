"""Report checklists: what each report of a staged reporting duty must contain, in a language.

A regime with staged reports (an early warning, a notification, intermediate and final
reports) lists them as :class:`breachmodel.regimes._sector.Report` records (its
``reports``), with a title and its checklist labels per language. This module writes them
as one :class:`~breachmodel.documents.Document`: for each report, whether it is owed, to
whom and by when (read from the assessment), and each item of its checklist, provided or
to be completed. It names no regime: the regime is a parameter.

>>> from breachmodel.serialization import load
>>> from datetime import datetime
>>> incident = load("examples/viamedis-almerys-2025.json")
>>> doc = report_checklists(incident, regime="dora", lang="fr",
...                         as_of=datetime.fromisoformat("2025-01-31T22:00:00+01:00"))
>>> doc.to_text().splitlines()[0]
'DORA (règlement (UE) 2022/2554) : rapports sur un incident majeur lié aux TIC'
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from breachmodel import regimes as _regimes
from breachmodel.assessment import Assessment, assess
from breachmodel.authorities import get_authority
from breachmodel.determination import ChecklistItem, Determination, Outcome
from breachmodel.documents._document import Block, Document, Trusted
from breachmodel.documents._words import Words, templates
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident

__all__ = ["REPORT_LANGUAGES", "report_checklists"]

REPORT_LANGUAGES: tuple[str, ...] = ("en", "fr")
"""The languages report checklists are written in."""


def _regime(regime: str, lang: str) -> Any:
    found = _regimes.get(regime)
    if not getattr(found, "reports", ()):
        able = ", ".join(r.id for r in _regimes.REGISTRY if getattr(r, "reports", ()))
        msg = f"regime: {regime!r} has no report checklists; regimes that have: {able}"
        raise BreachModelError(msg)
    if lang not in REPORT_LANGUAGES:
        msg = f"lang: {lang!r}; report checklists are written in {', '.join(REPORT_LANGUAGES)}"
        raise BreachModelError(msg)
    return found


def _determination(result: Assessment, det_id: str) -> Determination | None:
    return next((d for d in result.determinations if d.id == det_id), None)


def _recipients(t: dict[str, Any], ids: tuple[str, ...]) -> str:
    names = []
    for rid in ids:
        try:
            found = get_authority(rid)
        except (KeyError, LookupError):
            names.append(t["unnamed"])
            continue
        names.append(f"{found.acronym} ({found.name})")
    return ", ".join(names) or t["unnamed"]


def _status(t: dict[str, Any], det: Determination | None, incident: Incident) -> Block:
    if det is None or det.outcome is Outcome.NOT_APPLICABLE:
        return Block(kind="para", template=t["not_applicable"], key="not_applicable")
    if det.outcome is Outcome.NOT_REQUIRED:
        return Block(kind="para", template=t["not_required"], key="not_required")
    if det.outcome is Outcome.UNDETERMINED:
        facts = ", ".join(dict.fromkeys(m.path for m in det.missing_facts))
        return Block(
            kind="para", template=t["undetermined"], values=(("facts", facts),), key="undetermined"
        )
    to = Trusted(_recipients(t, det.recipients))
    if det.deadline is None or det.deadline.due is None:
        return Block(kind="para", template=t["owed_open"], values=(("to", to),), key="owed_open")
    words = Words(t["_lang"], det.deadline.timezone, incident.text_lang)
    due = words.when(det.deadline.due)
    state = det.status.status.value if det.status is not None else ""
    key = "owed_made" if state in {"met", "met_late"} else "owed"
    status = t["status"].get(state, "")
    template = t[key] + (" " + status if status else "")
    return Block(kind="para", template=template, values=(("to", to), ("due", due)), key=key)


def _item(t: dict[str, Any], item: ChecklistItem, label: str, *, last: bool) -> Block:
    """One checklist line; "may follow" only where a later report remains."""
    key = "provided" if item.provided else "to_complete"
    later = item.may_follow_later and not item.provided and not last
    template = t[key] + (t["may_follow"] if later else "")
    return Block(kind="item", template=template, values=(("label", Trusted(label)),), key=key)


def report_checklists(
    incident: Incident,
    *,
    regime: str,
    lang: str = "en",
    assessment: Assessment | None = None,
    as_of: datetime | None = None,
) -> Document:
    """The checklists of ``regime``'s reports for the incident, in ``lang``.

    Args:
        incident: The incident.
        regime: The id of a regime with staged reports (``reports``).
        lang: One of :data:`REPORT_LANGUAGES`.
        assessment: The incident's assessment (computed with ``as_of`` if not given).
        as_of: The instant the assessment judges deadlines at, when it is computed here.

    Raises:
        BreachModelError: If the regime has no report checklists or the language is not
            one of :data:`REPORT_LANGUAGES`.
    """
    found = _regime(regime, lang)
    result = assessment if assessment is not None else assess(incident, as_of=as_of)
    t = {**templates("reports")[lang], "_lang": lang}
    items = {i.id: i for i in found.content_items(incident, "")}
    labels = found.labels.get(lang, {})
    blocks = [
        Block(kind="title", template=found.report_titles[lang], key="title"),
        Block(
            kind="para",
            template=t["intro"],
            values=(("controller", incident.controller.name),),
            key="intro",
        ),
    ]
    for number, report in enumerate(found.reports, start=1):
        title = Trusted(f"{number}. {report.names[lang]}")
        blocks.append(
            Block(kind="heading", template="{title}", values=(("title", title),), key="report")
        )
        blocks.append(_status(t, _determination(result, report.det_id), incident))
        for item_id in report.items:
            item = items[item_id]
            label = labels.get(item_id, f"{item.label} ({item.citation})")
            blocks.append(_item(t, item, label, last=number == len(found.reports)))
        if not report.items:
            blocks.append(Block(kind="para", template=t["no_items"], key="no_items"))
    return Document(kind="reports", lang=lang, blocks=tuple(blocks), footer=t["disclaimer"])
