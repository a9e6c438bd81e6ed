"""Drafting the notification to the authority, the letter to people and the public notice.

The drafts state only what the assessment concludes: which document is owed, the risk,
the Art. 34(3) exemption, the recipients and the deadlines all come from a
:class:`~breachmodel.documents._basis.Basis` read from the determinations. The incident
supplies only the facts a document reports (what happened, which data, which measures).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from babel import Locale

from breachmodel.documents._basis import Basis
from breachmodel.documents._document import Block, BlockKind, Document, Trusted
from breachmodel.documents._words import LOCALES, Words, templates
from breachmodel.errors import BreachModelError
from breachmodel.model import ContactPoint, Count, Exfiltration, Incident, NoticeKind
from breachmodel.model._validate import is_language_code

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.processor import ProcessorAssessment, ProcessorIncident

__all__ = [
    "KINDS",
    "LANGUAGES",
    "NotOwedError",
    "default_language",
    "draft",
    "languages",
    "templates",
]

KINDS: tuple[str, ...] = ("authority", "people", "public")
"""The controller's document kinds :func:`draft` writes."""
PROCESSOR_KIND = "processor"
"""The processor's notice to a controller (Art. 33(2)), drafted from a processor incident."""
BASELINE = "gdpr"
"""The regime the templates are written for; others re-use them through ``law_terms``."""
LANGUAGES: tuple[str, ...] = tuple(LOCALES)
"""The languages the letters and public notices exist in (the notification to the
authority: see :func:`languages`)."""


def languages(kind: str, regime: str | None = None) -> tuple[str, ...]:
    """The languages a kind of document exists in, for the baseline law or ``regime``.

    A regime other than the baseline has drafts in the languages whose ``law_terms`` in
    ``common.json`` name it: the GDPR's templates with the law's name replaced (the UK
    GDPR keeps the GDPR's article numbers).
    """
    every = tuple(templates(kind))
    if regime is None or regime == BASELINE:
        return every
    terms: dict[str, dict[str, Any]] = templates("common")
    return tuple(x for x in every if regime in terms[x].get("law_terms", {}))


def draft_regimes() -> tuple[str, ...]:
    """The regimes documents can be drafted under: the baseline, and those with law terms."""
    common: dict[str, dict[str, Any]] = templates("common")
    named = {r for lang in LOCALES for r in common[lang].get("law_terms", {})}
    return (BASELINE, *sorted(named))


class NotOwedError(BreachModelError, ValueError):
    """A document was asked for although the assessment does not require it.

    Attributes:
        kind: The document kind.
        outcome: The outcome of the determination that decides it.
    """

    def __init__(self, kind: str, outcome: str, det_id: str) -> None:
        self.kind = kind
        self.outcome = outcome
        super().__init__(
            f"no {kind} document is owed: {det_id} is {outcome}; pass force=True "
            "(--force on the command line) to draft it anyway, with a warning"
        )


class _Writer(Words):
    """Builds a document's blocks from one kind's templates and the common ones."""

    def __init__(self, kind: str, lang: str, basis: Basis, ctx: _Context) -> None:
        super().__init__(lang, basis.timezone, ctx.text_lang)
        self.kind = kind
        self.t: dict[str, str] = templates(kind)[lang]
        self.basis = basis
        terms: dict[str, str] = self.c.get("law_terms", {}).get(basis.regime, {})
        self._law = (
            re.compile("|".join(rf"\b{re.escape(t)}\b" for t in terms)) if terms else None,
            terms,
        )
        self.ctx = ctx
        self.blocks: list[Block] = []

    def add(self, kind: BlockKind, key: str, *, missing: bool = False, **values: str) -> None:
        self.add_raw(kind, key, self.t[key], values, missing=missing)

    def add_raw(
        self,
        kind: BlockKind,
        key: str,
        template: str,
        values: Mapping[str, str] | None = None,
        *,
        missing: bool = False,
    ) -> None:
        pattern, terms = self._law
        if pattern is not None:  # "Art. 33(1) GDPR" -> "Art. 33(1) UK GDPR", never in facts
            template = pattern.sub(lambda m: terms[m.group(0)], template)
            values = {
                k: Trusted(pattern.sub(lambda m: terms[m.group(0)], v))
                if isinstance(v, Trusted)
                else v
                for k, v in (values or {}).items()
            }
        self.blocks.append(
            Block(
                kind=kind,
                template=template,
                values=tuple((values or {}).items()),
                missing=missing,
                key=key,
            )
        )

    def item_or_missing(self, key: str, value: str | None, *, phased: bool) -> None:
        if value:
            self.add("item", key, value=value)
        else:
            self.add("item", key, missing=True, value=self.missing(phased))

    def free(self, kind: BlockKind, key: str, template: str, path: str, **values: str) -> None:
        """A block quoting the free text at ``path`` (passed in ``values["value"]``).

        In the document's language: the original, or else the assessor's translation of
        that field; failing both, the original marked as written in another language and
        "to be translated", never passed off as the document's own language.
        """
        if not self.foreign:
            self.add_raw(kind, key, template, values)
            return
        translated = self.ctx.translation(path, self.lang)
        if translated is not None:
            self.add_raw(kind, key, template, {**values, "value": translated})
            return
        language = Trusted(self.language_name(self.text_lang))
        marked = {**values, "language": language}
        self.add_raw(kind, key, template + self.c["free_text"], marked, missing=True)

    def document(self) -> Document:
        return Document(
            kind=self.kind, lang=self.lang, blocks=tuple(self.blocks), footer=self.c["disclaimer"]
        )


class _Context:
    """The facts a draft reports besides the assessment, resolved once."""

    def __init__(
        self, incident: Incident, *, text_lang: str | None, measures_by: str | None
    ) -> None:
        self.incident = incident
        self.text_lang = text_lang or incident.text_lang
        self.processor = measures_by
        self.measures_by = measures_by
        countries = incident.subject_countries
        main = incident.controller.main_establishment
        if len(countries) == 1:
            self.country: str | None = next(iter(countries))
        else:
            self.country = main.country if main is not None else None
        self.sector = incident.controller.sector.value if incident.controller.sector else None

    def translation(self, path: str, lang: str) -> str | None:
        """The assessor's translation of the free text at ``path`` into ``lang``, if any."""
        found = (t.text for t in self.incident.translations if (t.path, t.lang) == (path, lang))
        return next(found, None)


# --- shared pieces --------------------------------------------------------------------------


def _authority_names(w: Words, basis: Basis) -> str | None:
    overrides: dict[str, dict[str, str]] = templates("common")["authority_names"]
    names = []
    for auth in basis.authorities:
        if auth.id in overrides and w.lang in overrides[auth.id]:
            names.append(overrides[auth.id][w.lang])
            continue
        name = auth.name if w.lang != "en" else auth.name_en
        names.append(f"{name} ({auth.acronym})" if auth.acronym else name)
    return Trusted(", ".join(names)) if names else None


def _territories(w: Words, codes: Iterable[str]) -> Trusted:
    names = Locale.parse(w.locale).territories
    return Trusted(w.c["list_separator"].join(names.get(c, c) for c in sorted(codes)))


def _category_label(w: _Writer, category: str) -> str:
    incident = w.ctx.incident
    info = incident.category_info(category)
    if category == "national_id" or (info.national_id and category not in w.c["category"]):
        names: dict[str, str] = w.c["national_id"]
        return Trusted(names.get(w.ctx.country or "", names["default"]))
    if category in w.c["category"]:
        return w.label("category", category)
    return info.label


def _categories(w: _Writer) -> str:
    return w.join(_category_label(w, d.category) for d in w.ctx.incident.data)


def _subjects_text(w: _Writer) -> str:
    parts = []
    for g in w.ctx.incident.subjects:
        text = str(w.label("subject_kind", g.kind.value))
        notes = [w.c["children_note"]] if g.has_children else []
        if g.count.known:
            notes.append(w.count(g.count))
        if notes:  # one parenthesis: "family members (children among them; about 800)"
            text = w.c["labelled"].format(label=text, value=w.c["note_separator"].join(notes))
        parts.append(Trusted(text))
    return w.join(parts)


def _record_count(w: _Writer, category: str, records: Count) -> str:
    label = _category_label(w, category)
    text = w.c["labelled"].format(label=label, value=w.count(records))
    return Trusted(text) if isinstance(label, Trusted) else str(text)


def _advice(incident: Incident) -> list[str]:
    categories = {d.category for d in incident.data}
    consequences = {c.value for c in incident.consequences}
    for d in incident.data:
        info = incident.category_info(d.category)
        if info.national_id:
            categories.add("national_id")
        if info.special_category:
            categories.add("health")
    return [
        rule["id"]
        for rule in templates("common")["advice_rules"]
        if rule.get("always")
        or categories & set(rule["categories"])
        or consequences & set(rule["consequences"])
    ]


def _sector_words(w: _Writer) -> dict[str, str]:
    """The sector's wording (who fraudsters pretend to be, which statements to check)."""
    sectors: dict[str, dict[str, str]] = w.c["sector"]
    chosen = sectors.get(w.ctx.sector or "", sectors["default"])
    names: dict[str, str] = w.c["national_id"]
    return {
        "impersonated": Trusted(chosen["impersonated"]),
        "statements": Trusted(chosen["statements"]),
        "national_id": Trusted(names.get(w.ctx.country or "", names["default"])),
    }


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _contact_name(w: _Writer, contact: ContactPoint, *, letter: bool) -> str:
    """The contact's name, the function named in the document's language for a DPO."""
    bare = _TRAILING_NOTE.sub("", contact.name).strip().casefold()  # "DPO (interim)"
    generic = bare in templates("common")["dpo_generic"]
    if not contact.is_dpo:
        return contact.name
    if generic:
        return Trusted(w.c["dpo_ours"] if letter else w.c["dpo_title"])
    if letter:
        return str(w.c["dpo_named"].replace("{name}", contact.name))
    return contact.name


def _nature_keys(incident: Incident) -> list[str]:
    types = incident.effects.types
    if not types:
        return ["nature_unknown"]
    keys = []
    conf = incident.effects.confidentiality
    for t in types:
        key = f"nature_{t}"
        if t == "confidentiality":
            if conf is not None and conf.exfiltration is Exfiltration.CONFIRMED:
                key += "_copied"
            if incident.processors:
                key += "_via"
        keys.append(key)
    return keys


def _warn_if_not_owed(w: _Writer) -> None:
    det = w.basis.owed(w.kind)
    if det.outcome.value == "required":
        return
    w.add_raw(
        "warning",
        "not_owed",
        w.c["not_owed"],
        {
            "obligation": Trusted(w.c["obligation"][w.kind]),
            "outcome": Trusted(w.c["outcome"][det.outcome.value]),
        },
    )


# --- the letter and the public notice -------------------------------------------------------


def _people_what(w: _Writer) -> None:
    incident = w.ctx.incident
    controller = incident.controller.name
    processor = incident.processors[0].organisation.name if incident.processors else ""
    w.add("heading", "h_what")
    for key in _nature_keys(incident):
        w.add("para", key, controller=controller, processor=processor)
    aware = w.basis.aware
    w.add(
        "para",
        "when",
        controller=controller,
        occurred=w.occurrence(incident.timeline.occurred, time=False),
        aware=w.when(aware, time=False) if aware else w.missing(),
    )
    if incident.data:
        w.add("para", "data", categories=_categories(w))
    else:
        w.add("para", "data_missing", missing=True, value=w.missing())


def _people_effects(w: _Writer, sector: dict[str, str]) -> None:
    incident = w.ctx.incident
    w.add("heading", "h_consequences")
    if incident.consequences:
        for c in sorted(incident.consequences, key=lambda c: c.value):
            w.add_raw("item", f"consequence.{c.value}", w.c["consequence_plain"][c.value], sector)
    else:
        w.add("para", "consequences_missing", missing=True, value=w.missing())
    by = w.ctx.measures_by
    # "What we have done" only when no processor may have taken the measures instead.
    neutral = bool(by or incident.processors)
    w.add("heading", "h_measures_by" if neutral else "h_measures")
    if by and incident.measures.subsequent:
        w.add("para", "measures_by", processor=by)
    if incident.measures.subsequent:
        seen: set[str] = set()
        for m in incident.measures.subsequent:
            if m.kind.value not in seen:
                seen.add(m.kind.value)
                w.add_raw("item", f"measure.{m.kind.value}", w.c["measure_plain"][m.kind.value])
    else:
        w.add("para", "measures_missing", missing=True, value=w.missing())


def _people_sections(w: _Writer, *, public: bool) -> None:
    incident = w.ctx.incident
    controller = incident.controller.name
    sector = _sector_words(w)
    _people_what(w)
    _people_effects(w, sector)
    w.add("heading", "h_advice")
    for advice_id in _advice(incident):
        w.add_raw(
            "item",
            f"advice.{advice_id}",
            w.c["advice"][advice_id],
            {**sector, "controller": controller},
        )
    w.add("heading", "h_contact")
    contact = incident.controller.contact
    if contact is None:
        w.add("para", "contact_missing", missing=True, value=w.missing())
    else:
        w.add("para", "contact", name=_contact_name(w, contact, letter=True))
        if contact.email:
            w.add("item", "contact_email", value=contact.email)
        if contact.phone:
            w.add("item", "contact_phone", value=contact.phone)
    authority = _authority_names(w, w.basis)
    if authority:
        w.add("para", "complaint", authority=authority)
    if not public:
        w.add("para", "closing")
    w.add("para", "signature", controller=controller)


def _people(w: _Writer) -> None:
    controller = w.ctx.incident.controller.name
    w.add("title", "title")
    _warn_if_not_owed(w)
    w.add("para", "sender", controller=controller)
    w.add("para", "greeting")
    w.add("para", "intro")
    _people_sections(w, public=False)


def _public(w: _Writer) -> None:
    controller = w.ctx.incident.controller.name
    w.add("title", "title", controller=controller)
    _warn_if_not_owed(w)
    # Art. 34(3)(c) is claimed only where the assessment applied it.
    intro = "intro" if w.basis.public.outcome.value == "required" else "intro_requested"
    w.add("para", intro, controller=controller)
    subjects = _subjects_text(w)
    if subjects:
        w.add("para", "who", subjects=subjects)
    total = w.ctx.incident.total_subjects
    if total.known:
        w.add("para", "who_count", value=w.count(total))
    _people_sections(w, public=True)


# --- the notification to the authority ------------------------------------------------------


def _authority_header(w: _Writer) -> None:
    incident = w.ctx.incident
    controller = incident.controller
    w.add("title", "title")
    _warn_if_not_owed(w)
    authority = _authority_names(w, w.basis)
    w.add("para", "recipient", missing=authority is None, authority=authority or w.missing())
    w.add("para", "intro", controller=controller.name)
    first = incident.timeline.first_notice(NoticeKind.INITIAL)
    if first is None:
        w.add("para", "type_initial")
    else:
        w.add("para", "type_follow_up", date=w.when(first.at))
    if not all(i.provided for i in _checklist(w).values()):
        w.add("para", "phases")
    w.add("heading", "h_controller")
    w.add("item", "controller", name=controller.name)
    main = controller.main_establishment
    country = _territories(w, [main.country]) if main else w.missing()
    w.add("item", "establishment", missing=main is None, country=country)
    for link in incident.processors:
        w.add("item", "processor", name=link.organisation.name)


def _checklist(w: _Writer) -> dict[str, Any]:
    """The notification's content items by their last id segment (``"subject_count"``...)."""
    return {i.id.rsplit(".", 1)[-1]: i for i in w.basis.content(w.ctx.incident)}


def _authority_dates(w: _Writer) -> None:
    t = w.ctx.incident.timeline
    w.add("heading", "h_dates")
    w.add("item", "occurred", value=w.occurrence(t.occurred))
    for key, value in (
        ("detected", t.detected_at),
        ("processor_aware", t.processor_aware_at),
        ("processor_notice", t.processor_notified_controller_at),
    ):
        if value is not None:
            w.add("item", key, value=w.when(value))
    aware = w.basis.aware
    w.item_or_missing("controller_aware", w.when(aware) if aware else None, phased=False)
    if t.contained_at is not None:
        w.add("item", "contained", value=w.when(t.contained_at))
    if w.basis.due is not None:
        w.add("item", "deadline", value=w.when(w.basis.due))
    if w.basis.late:
        first = t.first_notice(NoticeKind.INITIAL)
        reasons = first.reasons_for_delay if first is not None else None
        if first is not None and reasons:
            at = f"timeline.authority_notices[{t.authority_notices.index(first)}]"
            w.free("item", "late", w.t["late"], f"{at}.reasons_for_delay", value=reasons)
        else:
            w.item_or_missing("late", None, phased=False)


def _cause(w: _Writer) -> str:
    cause = w.ctx.incident.cause
    parts: list[str] = [
        w.label("intent", cause.intent.value),
        w.label("actor", cause.actor.value),
        *(w.label("vector", v.value) for v in sorted(cause.vectors, key=lambda v: v.value)),
    ]
    if cause.via_third_party_account:
        parts.append(Trusted(w.c["third_party_account"]))
    return w.join(parts)


def _authority_a(w: _Writer) -> None:
    incident = w.ctx.incident
    items = _checklist(w)

    def later(item_id: str) -> bool:
        return bool(items[item_id].may_follow_later) if item_id in items else False

    w.add("heading", "h_a")
    natures = w.join(w.label("breach_type", x) for x in incident.effects.types)
    w.item_or_missing("nature", natures or None, phased=later("nature"))
    w.add("item", "cause", value=_cause(w))
    subjects = _subjects_text(w) or None
    w.item_or_missing("subject_categories", subjects, phased=later("subject_categories"))
    counted = items.get("subject_count")
    total = w.count(incident.total_subjects) if counted and counted.provided else None
    w.item_or_missing("subject_count", total, phased=later("subject_count"))
    if incident.subject_countries:
        w.add("item", "countries", value=_territories(w, incident.subject_countries))
    categories = _categories(w) or None
    w.item_or_missing("record_categories", categories, phased=later("record_categories"))
    records = w.join(
        _record_count(w, d.category, d.records)
        for d in incident.data
        if d.records is not None and d.records.known
    )
    w.item_or_missing("record_count", records or None, phased=later("record_count"))
    if incident.description:
        w.free("item", "description", w.t["description"], "description", value=incident.description)


def _authority_contact(w: _Writer, contact: ContactPoint | None) -> None:
    w.add("heading", "h_b")
    if contact is None:
        w.add("item", "contact_missing", missing=True, value=w.missing())
        return
    w.add("item", "contact_name", value=_contact_name(w, contact, letter=False))
    if contact.email:
        w.add("item", "contact_email", value=contact.email)
    if contact.phone:
        w.add("item", "contact_phone", value=contact.phone)


def _authority_c_d(w: _Writer) -> None:
    incident = w.ctx.incident
    w.add("heading", "h_c")
    if incident.consequences:
        for c in sorted(incident.consequences, key=lambda c: c.value):
            w.add_raw("item", f"consequence.{c.value}", w.c["consequence"][c.value])
    else:
        w.add("item", "consequences_missing", missing=True, value=w.missing(True))
    w.add("heading", "h_d")
    measures = incident.measures.subsequent
    if measures and w.ctx.measures_by:
        w.add("para", "measures_by", processor=w.ctx.measures_by)
    for i, m in enumerate(measures):
        label = w.label("measure", m.kind.value)
        if m.description:
            w.free(
                "item",
                "measure_with_note",
                w.t["measure_with_note"],
                f"measures.subsequent[{i}].description",
                label=label,
                value=m.description,
            )
        else:
            w.add_raw("item", f"measure.{m.kind.value}", label)
    if not measures:
        w.add("item", "measures_missing", missing=True, value=w.missing(True))


def _authority(w: _Writer) -> None:
    _authority_header(w)
    _authority_dates(w)
    _authority_a(w)
    w.add("para", f"risk_{w.basis.risk}")
    _authority_contact(w, w.ctx.incident.controller.contact)
    _authority_c_d(w)
    w.add("heading", "h_people")
    w.add("para", w.basis.people_status)
    t = w.ctx.incident.timeline
    sent = [c.at for c in t.subject_communications] + [c.at for c in t.public_communications]
    if sent:
        w.add("item", "people_done", value=w.when(min(sent)))


def _processor_notice(w: _Writer) -> None:
    """The processor's notice to one controller (Art. 33(2)), with the Art. 33(3) items."""
    incident = w.ctx.incident
    link = incident.processors[0]
    processor = link.organisation.name
    t = incident.timeline
    w.add("title", "title")
    _warn_if_not_owed(w)
    w.add("para", "from", processor=processor)
    w.add("para", "to", controller=incident.controller.name)
    w.add("para", "intro", processor=processor)
    w.add("heading", "h_dates")
    w.add("item", "occurred", value=w.occurrence(t.occurred))
    for key, value in (("processor_aware", t.processor_aware_at), ("contained", t.contained_at)):
        if value is not None:
            w.add("item", key, value=w.when(value))
    hours = link.contract.notice_within_hours if link.contract is not None else None
    if hours is not None:
        w.add("para", "contract", hours=Trusted(w.number(hours)))
    w.add("heading", "h_yours")
    w.add("para", "clock")
    if w.basis.due is not None:
        w.add("item", "deadline", value=w.when(w.basis.due))
    _authority_a(w)
    _authority_contact(w, link.organisation.contact)
    _authority_c_d(w)
    w.add("para", "signature", processor=processor)


_BUILDERS = {
    "authority": _authority,
    "people": _people,
    "public": _public,
    PROCESSOR_KIND: _processor_notice,
}


def _people_country(incident: Incident) -> str | None:
    """The country where most of the people concerned live (by the counts recorded)."""
    totals: dict[str, int] = {}
    for g in incident.subjects:
        for rc in g.by_country:
            low = rc.count.value if rc.count.value is not None else rc.count.low
            totals[rc.country] = totals.get(rc.country, 0) + (low or 0)
    if totals:
        return max(sorted(totals), key=lambda c: totals[c])
    countries = sorted(incident.subject_countries)
    if countries:
        return countries[0]
    main = incident.controller.main_establishment
    return main.country if main is not None else None


def default_language(
    kind: str, incident: Incident, assessment: Assessment, regime: str | None = None
) -> str:
    """The language a document is drafted in when none is asked for.

    A letter or public notice follows the country where most of the people concerned
    live (Art. 34(2) GDPR asks for clear and plain language; this project reads that as
    the people's own language); a notification follows the first language the competent
    authority accepts that has a template.
    English when neither applies. A country with several official languages maps to one
    of them (``country_languages`` in ``common.json``): pass ``lang`` to choose.
    """
    available = languages(kind, regime)
    if kind == PROCESSOR_KIND:
        main = incident.controller.main_establishment
        chosen = templates("common")["country_languages"].get(main.country if main else "", "en")
        return chosen if chosen in available else "en"
    if kind == "authority":
        basis = Basis.of(assessment, regime)
        accepted = [x for auth in basis.authorities for x in auth.languages]
        return next((x for x in accepted if x in available), "en")
    mapping: dict[str, str] = templates("common")["country_languages"]
    chosen = mapping.get(_people_country(incident) or "", "en")
    return chosen if chosen in available else "en"


# --- entry point ----------------------------------------------------------------------------


def _resolve(
    record: Incident | ProcessorIncident,
    controller: str | None,
    assessment: Assessment | ProcessorAssessment | None,
    as_of: datetime | None,
    options: Any,
) -> tuple[Incident, Assessment, str | None]:
    """The controller's incident, its assessment, and the processor that took the measures."""
    from breachmodel.assessment import assess  # noqa: PLC0415 - start-up: `--help` loads no assessment code
    from breachmodel.processor import (  # noqa: PLC0415 - start-up: `--help` loads no assessment code
        ProcessorAssessment,
        ProcessorIncident,
        assess_processor_incident,
        controller_incident,
    )

    if not isinstance(record, ProcessorIncident):
        if isinstance(assessment, ProcessorAssessment):
            msg = "a processor assessment goes with its processor incident, not an incident"
            raise ValueError(msg)
        a = assessment if assessment is not None else assess(record, as_of=as_of, options=options)
        return record, a, None
    if controller is None:
        msg = "a processor incident concerns several controllers: pass controller=<id>"
        raise ValueError(msg)
    try:
        share = record.share(controller)
    except KeyError as exc:
        raise ValueError(exc.args[0]) from None
    incident = controller_incident(record, share)
    if assessment is None:
        assessment = assess_processor_incident(record, as_of=as_of, options=options)
    if isinstance(assessment, ProcessorAssessment):
        found = [x for x in assessment.per_controller if x.incident_id == incident.id]
        if not found:
            msg = f"the processor assessment has no controller {controller!r}"
            raise ValueError(msg)
        assessment = found[0]
    return incident, assessment, record.processor.name


def draft(
    record: Incident | ProcessorIncident,
    *,
    kind: str,
    lang: str | None = None,
    controller: str | None = None,
    assessment: Assessment | ProcessorAssessment | None = None,
    as_of: datetime | None = None,
    options: Any = None,
    force: bool = False,
    text_lang: str | None = None,
    regime: str | None = None,
) -> Document:
    """Draft a document for an incident, or for one controller of a processor incident.

    A document is written only when the assessment makes it owed: the notification when
    Art. 33(1) requires it, the letter when Art. 34(1) does, the public notice when Art.
    34(3)(c) does. With ``force=True`` it is written anyway, opening with a warning that
    states the assessment's conclusion.

    Args:
        record: The incident, or a processor incident with ``controller`` naming the
            controller whose document to draft.
        kind: ``"authority"`` (the Art. 33 notification, Art. 33(3) items a-d, each
            present or marked to be completed), ``"people"`` (the Art. 34(2) letter) or
            ``"public"`` (the Art. 34(3)(c) public notice); or, for a processor incident,
            ``"processor"`` (the processor's Art. 33(2) notice to the controller, with
            the Art. 33(3) items it needs, by default in the controller's language).
        lang: One of :func:`languages` for the kind; by default the people's language
            for a letter or public notice, the authority's for a notification (see
            :func:`default_language`).
        controller: For a processor incident: the controller's organisation id.
        assessment: The assessment the draft is derived from (an
            :class:`~breachmodel.assessment.Assessment`, or for a processor incident its
            :class:`~breachmodel.processor.ProcessorAssessment`); assessed here if omitted.
        as_of: Passed to the assessment when it is computed here.
        options: Passed to the assessment when it is computed here.
        force: Draft even when the document is not owed (with a visible warning).
        text_lang: The language (ISO 639-1 code) the record's free text is written in,
            overriding the record's own ``text_lang``. In a draft of another language a
            free-text field is quoted from the record's ``translations`` into the draft's
            language; without one it is quoted as written, marked "to be translated".
        regime: The law the document answers: the baseline (the GDPR) by default, or one
            of :func:`draft_regimes` (``"uk_gdpr"``: the notification to the ICO and the
            letters under the UK GDPR, in English).

    Returns:
        The document; render it with ``to_text``, ``to_markdown`` or ``to_html``.

    Raises:
        NotOwedError: If the document is not owed and ``force`` is false.
        ValueError: For an unknown kind or language, or a processor incident without a
            known ``controller``.
    """
    if kind not in (*KINDS, PROCESSOR_KIND):
        known = ", ".join((*KINDS, PROCESSOR_KIND))
        msg = f"unknown document kind {kind!r}; expected one of {known}"
        raise ValueError(msg)
    incident, a, processor = _resolve(record, controller, assessment, as_of, options)
    if kind == PROCESSOR_KIND and processor is None:
        msg = "a processor's notice (Art. 33(2)) is drafted from a processor incident"
        raise ValueError(msg)
    if regime is not None and regime not in draft_regimes():
        msg = f"no drafts under {regime!r}; drafts exist under: {', '.join(draft_regimes())}"
        raise ValueError(msg)
    basis = Basis.of(a, regime)
    lang = lang or default_language(kind, incident, a, regime)
    available = languages(kind, regime)
    if lang not in available:
        msg = f"no {kind} template in {lang!r}; available: {', '.join(available)}"
        raise ValueError(msg)
    outcome = basis.owed(kind).outcome.value
    if outcome != "required" and not force:
        raise NotOwedError(kind, outcome, basis.owed(kind).id)
    if text_lang is not None and not is_language_code(text_lang):
        msg = (
            f"text_lang: {text_lang!r} is not an ISO 639-1 language code; use two "
            "lower-case letters such as 'en', 'fr' or 'de'"
        )
        raise ValueError(msg)
    by = None if kind == PROCESSOR_KIND else processor  # the processor's own measures
    w = _Writer(kind, lang, basis, _Context(incident, text_lang=text_lang, measures_by=by))
    _BUILDERS[kind](w)
    return w.document()
