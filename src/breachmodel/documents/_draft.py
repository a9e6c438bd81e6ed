"""Drafting the notification to the authority, the letter to people and the public notice."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from datetime import datetime
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from breachmodel.documents._document import Block, BlockKind, Document, Trusted
from breachmodel.model import Count, Incident, NoticeKind, Occurrence, OccurrenceKind, Precision

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.processor import ProcessorIncident
    from breachmodel.rules.gdpr.options import GdprOptions

__all__ = ["KINDS", "LANGUAGES", "draft", "templates"]

Kind = Literal["authority", "people", "public"]
KINDS: tuple[str, ...] = ("authority", "people", "public")
"""The document kinds :func:`draft` writes."""
LANGUAGES: tuple[str, ...] = ("en", "fr")
"""The languages the templates hold."""


@functools.cache
def templates(name: str) -> dict[str, Any]:
    """The packaged template file ``templates/<name>.json`` (cached)."""
    path = resources.files("breachmodel.documents").joinpath("templates", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


class _Writer:
    """Builds a document's blocks from one kind's templates and the common ones."""

    def __init__(self, kind: str, lang: str, tz: str) -> None:
        self.t: dict[str, str] = templates(kind)[lang]
        self.c: dict[str, Any] = templates("common")[lang]
        self.lang = lang
        self.tz = tz
        self.blocks: list[Block] = []

    # --- words ------------------------------------------------------------------------

    def label(self, group: str, key: str) -> Trusted:
        return Trusted(self.c[group].get(key, key))

    def join(self, items: Iterable[str]) -> str:
        parts = list(items)
        text = self.c["list_separator"].join(parts)
        return Trusted(text) if all(isinstance(p, Trusted) for p in parts) else text

    def number(self, n: int) -> str:
        return f"{n:,}".replace(",", self.c["thousands_separator"])

    def count(self, c: Count) -> Trusted:
        forms = self.c["count"]
        if c.precision is Precision.EXACT and c.value is not None:
            return Trusted(forms["exact"].format(n=self.number(c.value)))
        if c.precision is Precision.ESTIMATE and c.value is not None:
            return Trusted(forms["estimate"].format(n=self.number(c.value)))
        if c.precision is Precision.RANGE and c.low is not None:
            if c.high is None:
                return Trusted(forms["at_least"].format(low=self.number(c.low)))
            return Trusted(forms["range"].format(low=self.number(c.low), high=self.number(c.high)))
        return Trusted(forms["unknown"])

    def when(self, value: datetime, *, time: bool = True) -> Trusted:
        from breachmodel.clocks import zone

        local = value.astimezone(zone(self.tz))
        month = self.c["months"][local.month - 1]
        fields = {
            "day": str(local.day),
            "month": month,
            "year": str(local.year),
            "hour": f"{local.hour:02d}",
            "minute": f"{local.minute:02d}",
            "zone": self.tz,
        }
        return Trusted(self.c["datetime" if time else "date"].format(**fields))

    def occurrence(self, occ: Occurrence, *, time: bool = True) -> Trusted:
        forms = self.c["occurrence"]
        if occ.kind is OccurrenceKind.UNKNOWN or occ.start is None:
            return Trusted(forms["unknown"])
        start = self.when(occ.start, time=time)
        if occ.kind is OccurrenceKind.RANGE and occ.end is not None:
            return Trusted(forms["range"].format(start=start, end=self.when(occ.end, time=time)))
        key = "ongoing" if occ.kind is OccurrenceKind.ONGOING else "instant"
        return Trusted(forms[key].format(start=start))

    def missing(self, phased: bool) -> Trusted:
        return Trusted(self.c["missing"] + (self.c["phased"] if phased else ""))

    # --- blocks -----------------------------------------------------------------------

    def add(self, kind: BlockKind, key: str, *, missing: bool = False, **values: str) -> None:
        self.blocks.append(
            Block(kind=kind, template=self.t[key], values=tuple(values.items()), missing=missing)
        )

    def add_raw(self, kind: BlockKind, template: str, **values: str) -> None:
        self.blocks.append(Block(kind=kind, template=template, values=tuple(values.items())))

    def item_or_missing(self, key: str, value: str | None, *, phased: bool) -> None:
        if value:
            self.add("item", key, value=value)
        else:
            self.add("item", key, missing=True, value=self.missing(phased))

    def document(self, kind: str) -> Document:
        return Document(
            kind=kind, lang=self.lang, blocks=tuple(self.blocks), footer=self.c["disclaimer"]
        )


# --- shared pieces --------------------------------------------------------------------------


def _authority_name(a: Assessment, lang: str) -> str | None:
    names = []
    for auth in a.routing.authorities:
        name = auth.name if lang != "en" else auth.name_en
        names.append(f"{name} ({auth.acronym})" if auth.acronym else name)
    return ", ".join(names) or None


def _subjects_text(w: _Writer, incident: Incident) -> str:
    parts = []
    for g in incident.subjects:
        text = str(w.label("subject_kind", g.kind.value))
        if g.has_children:
            text += f" ({w.c['children_note']})"
        if g.count.known:
            text = w.c["labelled"].format(label=text, value=w.count(g.count))
        parts.append(Trusted(text))
    return w.join(parts)


def _categories(w: _Writer, incident: Incident) -> str:
    labels: list[str] = []
    for d in incident.data:
        if d.category in w.c["category"]:
            labels.append(w.label("category", d.category))
        else:
            labels.append(incident.category_info(d.category).label)
    return w.join(labels)


def _first_aware(incident: Incident) -> datetime | None:
    from breachmodel.rules.gdpr.art33 import controller_awareness

    return controller_awareness(incident)[0]


def _via_processor(incident: Incident) -> str | None:
    if not incident.processors:
        return None
    return incident.processors[0].organisation.name


def _advice(w: _Writer, incident: Incident) -> list[str]:
    categories = {d.category for d in incident.data}
    consequences = {c.value for c in incident.consequences}
    for d in incident.data:
        info = incident.category_info(d.category)
        if info.national_id:
            categories.add("national_id")
        if info.special_category:
            categories.add("health")
    chosen = []
    for rule in templates("common")["advice_rules"]:
        if (
            rule.get("always")
            or categories & set(rule["categories"])
            or consequences & set(rule["consequences"])
        ):
            chosen.append(rule["id"])
    return chosen


def _people_sections(w: _Writer, incident: Incident, a: Assessment, *, public: bool) -> None:
    controller = incident.controller.name
    w.add("heading", "h_what")
    types = incident.effects.types
    processor = _via_processor(incident)
    if not types:
        w.add("para", "nature_unknown", controller=controller)
    for t in types:
        key = f"nature_{t}"
        if t == "confidentiality" and processor is not None:
            w.add("para", key + "_via", controller=controller, processor=processor)
        else:
            w.add("para", key, controller=controller)
    aware = _first_aware(incident)
    w.add(
        "para",
        "when",
        controller=controller,
        occurred=w.occurrence(incident.timeline.occurred, time=False),
        aware=w.when(aware, time=False) if aware else w.missing(False),
    )
    if incident.data:
        w.add("para", "data", categories=_categories(w, incident))
    else:
        w.add("para", "data_missing", missing=True, value=w.missing(False))
    w.add("heading", "h_consequences")
    if incident.consequences:
        for c in sorted(incident.consequences, key=lambda c: c.value):
            w.add_raw("item", w.c["consequence_plain"][c.value])
    else:
        w.add("para", "consequences_missing", missing=True, value=w.missing(False))
    w.add("heading", "h_measures")
    if incident.measures.subsequent:
        seen: set[str] = set()
        for m in incident.measures.subsequent:
            if m.kind.value not in seen:
                seen.add(m.kind.value)
                w.add_raw("item", w.c["measure_plain"][m.kind.value])
    else:
        w.add("para", "measures_missing", missing=True, value=w.missing(False))
    w.add("heading", "h_advice")
    for advice_id in _advice(w, incident):
        w.add_raw("item", w.c["advice"][advice_id], controller=controller)
    w.add("heading", "h_contact")
    contact = incident.controller.contact
    if contact is None:
        w.add("para", "contact_missing", missing=True, value=w.missing(False))
    else:
        w.add("para", "contact", name=contact.name)
        if contact.email:
            w.add("item", "contact_email", value=contact.email)
        if contact.phone:
            w.add("item", "contact_phone", value=contact.phone)
    authority = _authority_name(a, w.lang)
    if authority:
        w.add("para", "complaint", authority=authority)
    if not public:
        w.add("para", "closing")
    w.add("para", "signature", controller=controller)


# --- the three kinds ------------------------------------------------------------------------


def _authority(incident: Incident, a: Assessment, lang: str) -> Document:
    from breachmodel.clocks import Status
    from breachmodel.rules.gdpr.art33 import NOTIFY_AUTHORITY, content_items
    from breachmodel.rules.gdpr.art34 import COMMUNICATE_SUBJECTS, PUBLIC_COMMUNICATION

    w = _Writer("authority", lang, a.routing.timezone)
    t = incident.timeline
    controller = incident.controller
    authority = _authority_name(a, lang)
    w.add("title", "title", authority=authority or w.missing(False))
    w.add("para", "intro", controller=controller.name)
    first = t.first_notice(NoticeKind.INITIAL)
    if first is None:
        w.add("para", "type_initial")
    else:
        w.add("para", "type_follow_up", date=w.when(first.at))
    items = {i.id: i for i in content_items(incident)}
    if not all(i.provided for i in items.values()):
        w.add("para", "phases")

    w.add("heading", "h_controller")
    w.add("item", "controller", name=controller.name)
    main = controller.main_establishment
    w.add("item", "establishment", country=Trusted(main.country) if main else w.missing(False))
    for link in incident.processors:
        w.add("item", "processor", name=link.organisation.name)

    w.add("heading", "h_dates")
    w.add("item", "occurred", value=w.occurrence(t.occurred))
    for key, value in (
        ("detected", t.detected_at),
        ("processor_aware", t.processor_aware_at),
        ("processor_notice", t.processor_notified_controller_at),
    ):
        if value is not None:
            w.add("item", key, value=w.when(value))
    aware = _first_aware(incident)
    w.item_or_missing("controller_aware", w.when(aware) if aware else None, phased=False)
    if t.contained_at is not None:
        w.add("item", "contained", value=w.when(t.contained_at))
    notify = a[NOTIFY_AUTHORITY]
    if notify.deadline is not None and notify.deadline.due is not None:
        w.add("item", "deadline", value=w.when(notify.deadline.due))
    status = notify.status
    if status is not None and status.status in (Status.MET_LATE, Status.OVERDUE):
        reasons = first.reasons_for_delay if first is not None else None
        w.item_or_missing("late", reasons, phased=False)

    w.add("heading", "h_a")
    nature = items["art33.3.a.nature"]
    w.item_or_missing(
        "nature",
        w.join(w.label("breach_type", x) for x in incident.effects.types) or None,
        phased=nature.may_follow_later,
    )
    cause = incident.cause
    cause_parts: list[str] = [
        w.label("intent", cause.intent.value),
        w.label("actor", cause.actor.value),
        *(w.label("vector", v.value) for v in sorted(cause.vectors, key=lambda v: v.value)),
    ]
    if cause.via_third_party_account:
        cause_parts.append(Trusted(w.c["third_party_account"]))
    w.add("item", "cause", value=w.join(cause_parts))
    w.item_or_missing(
        "subject_categories",
        _subjects_text(w, incident) or None,
        phased=items["art33.3.a.subject_categories"].may_follow_later,
    )
    count_item = items["art33.3.a.subject_count"]
    w.item_or_missing(
        "subject_count",
        w.count(incident.total_subjects) if count_item.provided else None,
        phased=count_item.may_follow_later,
    )
    if incident.subject_countries:
        w.add("item", "countries", value=Trusted(", ".join(sorted(incident.subject_countries))))
    w.item_or_missing(
        "record_categories",
        _categories(w, incident) or None,
        phased=items["art33.3.a.record_categories"].may_follow_later,
    )
    records = [d for d in incident.data if d.records is not None and d.records.known]
    w.item_or_missing(
        "record_count",
        w.join(
            _record_count(w, incident, d.category, d.records)
            for d in records
            if d.records is not None
        )
        or None,
        phased=items["art33.3.a.record_count"].may_follow_later,
    )
    if incident.description:
        w.add("item", "description", value=incident.description)
    level = a.risk.level.value if a.risk.level else "undetermined"
    w.add("para", "risk", value=w.label("risk", level))

    w.add("heading", "h_b")
    contact = controller.contact
    if contact is None:
        w.add("item", "contact_missing", missing=True, value=w.missing(False))
    else:
        w.add("item", "contact_name", value=contact.name)
        if contact.email:
            w.add("item", "contact_email", value=contact.email)
        if contact.phone:
            w.add("item", "contact_phone", value=contact.phone)

    w.add("heading", "h_c")
    if incident.consequences:
        for c in sorted(incident.consequences, key=lambda c: c.value):
            w.add_raw("item", w.c["consequence"][c.value])
    else:
        w.add("item", "consequences_missing", missing=True, value=w.missing(True))

    w.add("heading", "h_d")
    if incident.measures.subsequent:
        for m in incident.measures.subsequent:
            label = w.label("measure", m.kind.value)
            if m.description:
                w.add("item", "measure_with_note", label=label, note=m.description)
            else:
                w.add_raw("item", label)
    else:
        w.add("item", "measures_missing", missing=True, value=w.missing(True))

    w.add("heading", "h_people")
    individual, public = a[COMMUNICATE_SUBJECTS], a[PUBLIC_COMMUNICATION]
    from breachmodel.determination import Outcome

    if public.outcome is Outcome.REQUIRED:
        w.add("para", "people_public")
    elif individual.outcome is Outcome.REQUIRED:
        w.add("para", "people_individual")
    elif Outcome.UNDETERMINED in (individual.outcome, public.outcome):
        w.add("para", "people_undetermined")
    else:
        w.add("para", "people_not_required")
    sent = [c.at for c in t.subject_communications] + [c.at for c in t.public_communications]
    if sent:
        w.add("item", "people_done", value=w.when(min(sent)))
    return w.document("authority")


def _record_count(w: _Writer, incident: Incident, category: str, records: Count) -> str:
    if category in w.c["category"]:
        return Trusted(
            w.c["labelled"].format(label=w.label("category", category), value=w.count(records))
        )
    label = incident.category_info(category).label
    return str(w.c["labelled"].format(label=label, value=w.count(records)))


def _people(incident: Incident, a: Assessment, lang: str) -> Document:
    w = _Writer("people", lang, a.routing.timezone)
    controller = incident.controller.name
    w.add("title", "title")
    w.add("para", "sender", controller=controller)
    w.add("para", "greeting")
    w.add("para", "intro")
    _people_sections(w, incident, a, public=False)
    return w.document("people")


def _public(incident: Incident, a: Assessment, lang: str) -> Document:
    w = _Writer("public", lang, a.routing.timezone)
    controller = incident.controller.name
    w.add("title", "title", controller=controller)
    w.add("para", "intro", controller=controller)
    subjects = _subjects_text(w, incident)
    if subjects:
        w.add("para", "who", subjects=subjects)
    if incident.total_subjects.known:
        w.add("para", "who_count", value=w.count(incident.total_subjects))
    _people_sections(w, incident, a, public=True)
    return w.document("public")


def draft(
    record: Incident | ProcessorIncident,
    *,
    kind: str,
    lang: str = "en",
    controller: str | None = None,
    assessment: Assessment | None = None,
    as_of: datetime | None = None,
    options: GdprOptions | None = None,
) -> Document:
    """Draft a document for an incident, or for one controller of a processor incident.

    Args:
        record: The incident, or a processor incident with ``controller`` naming the
            controller whose document to draft.
        kind: ``"authority"`` (the Art. 33 notification, Art. 33(3) items a-d, each
            present or marked to be completed), ``"people"`` (the Art. 34(2) letter) or
            ``"public"`` (the Art. 34(3)(c) public notice).
        lang: ``"en"`` or ``"fr"``.
        controller: For a processor incident: the controller's organisation id.
        assessment: The incident's assessment, if already computed (else it is assessed).
        as_of: Passed to the assessment (the deadline statuses).
        options: Passed to the assessment.

    Returns:
        The document; render it with ``to_text``, ``to_markdown`` or ``to_html``.

    Raises:
        ValueError: For an unknown kind or language, or a processor incident without a
            known ``controller``.
    """
    from breachmodel.assessment import assess
    from breachmodel.processor import ProcessorIncident, controller_incident

    if kind not in KINDS:
        msg = f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}"
        raise ValueError(msg)
    if lang not in LANGUAGES:
        msg = f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}"
        raise ValueError(msg)
    if isinstance(record, ProcessorIncident):
        if controller is None:
            msg = "a processor incident concerns several controllers: pass controller=<id>"
            raise ValueError(msg)
        try:
            share = record.share(controller)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
        incident = controller_incident(record, share)
    else:
        incident = record
    a = assessment if assessment is not None else assess(incident, as_of=as_of, options=options)
    if kind == "authority":
        return _authority(incident, a, lang)
    if kind == "people":
        return _people(incident, a, lang)
    return _public(incident, a, lang)
