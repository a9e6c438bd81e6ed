"""The :class:`Incident`: everything an assessor knows about one personal data breach.

A personal data breach is a breach of security leading to the accidental or unlawful
destruction, loss, alteration, unauthorised disclosure of, or access to, personal data
(Art. 4(12) GDPR).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from attrs import field, frozen

from breachmodel import _display
from breachmodel.model._validate import (
    fixed_offset,
    instant,
    language_code,
    non_empty,
    optional_authority_id,
    unique_by,
)
from breachmodel.model.categories import (
    CategoryInfo,
    CustomCategory,
    check_categories_known,
    custom_info,
    info_by_id,
)
from breachmodel.model.counts import Count
from breachmodel.model.facts import (
    Cause,
    Consequence,
    DataConcerned,
    Effects,
    Measures,
    ResidenceCount,
    SubdivisionCount,
    SubjectGroup,
)
from breachmodel.model.parties import Organisation, ProcessorLink
from breachmodel.model.sectoral import Finding, ServiceImpact
from breachmodel.model.texts import Translation, check_translations, free_texts
from breachmodel.model.timeline import Timeline

__all__ = [
    "AssessorJudgment",
    "AuthorityDecision",
    "AuthorityDecisionKind",
    "ContactFacts",
    "Incident",
    "Residence",
    "RiskLevel",
    "residents_of",
]


class RiskLevel(StrEnum):
    """The three levels the GDPR's breach articles turn on."""

    UNLIKELY = "unlikely"
    """Unlikely to result in a risk to rights and freedoms (Art. 33(1) exception)."""
    RISK = "risk"
    """A risk: the authority must be notified (Art. 33(1))."""
    HIGH = "high"
    """A high risk: the people must be told too (Art. 34(1))."""

    @property
    def rank(self) -> int:
        """0, 1 or 2, for comparisons."""
        return ("unlikely", "risk", "high").index(self.value)

    @property
    def label(self) -> str:
        """The level in plain words, as the views write it."""
        return _RISK_WORDS[self.value]


_RISK_WORDS = {
    "unlikely": "unlikely to result in a risk",
    "risk": "a risk (not high)",
    "high": "high",
}


@frozen(kw_only=True)
class AssessorJudgment:
    """The assessor's own conclusion on the risk, which overrides the suggestion.

    Attributes:
        level: The level concluded.
        justification: Why (kept in the Art. 33(5) register).
        by: Who decided (never shown in reprs).
        at: When.
    """

    level: RiskLevel
    justification: str = field(validator=non_empty, repr=False)
    by: str = field(validator=non_empty, repr=False)
    at: datetime = field(converter=fixed_offset, validator=instant)


class AuthorityDecisionKind(StrEnum):
    """What a supervisory authority decided under Art. 34(4)."""

    REQUIRE_COMMUNICATION = "require_communication"
    EXEMPTION_MET = "exemption_met"


@frozen(kw_only=True)
class AuthorityDecision:
    """A supervisory authority's decision under Art. 34(4); it overrides Art. 34(1)-(3).

    Attributes:
        kind: The authority required communication, or found an Art. 34(3) condition met.
        at: When it decided.
        authority: The authority's registry id.
        exemption: For ``exemption_met``: which point of Art. 34(3) ("a", "b" or "c").
    """

    kind: AuthorityDecisionKind
    at: datetime = field(converter=fixed_offset, validator=instant)
    authority: str | None = field(default=None, validator=optional_authority_id)
    exemption: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.kind is AuthorityDecisionKind.EXEMPTION_MET and self.exemption not in (
            "a",
            "b",
            "c",
        ):
            msg = (
                "exemption: an 'exemption_met' decision names the Art. 34(3) point: 'a', 'b' or 'c'"
            )
            raise ValueError(msg)


@frozen(kw_only=True)
class ContactFacts:
    """What is known about reaching the people concerned (Art. 34(3)(c)).

    Attributes:
        contact_details_available: Whether the controller can contact them individually.
        disproportionate_effort: The controller's documented conclusion that individual
            communication would involve disproportionate effort.
        reason: Why (e.g. contact details lost in the breach or never held).
    """

    contact_details_available: bool | None = None
    disproportionate_effort: bool | None = None
    reason: str | None = field(default=None, repr=False)


def _findings_unique(_inst: object, _attribute: object, value: tuple[Finding, ...]) -> None:
    seen: set[tuple[str, str]] = set()
    for f in value:
        if (f.regime, f.fact) in seen:
            msg = f"findings: {f.regime}/{f.fact} appears more than once; record each fact once"
            raise ValueError(msg)
        seen.add((f.regime, f.fact))


@frozen(kw_only=True)
class Incident:
    """One personal data breach as an assessor knows it.

    Attributes:
        id: The incident's identifier.
        title: A short title.
        description: Free text (untrusted: never rendered unescaped, never in reprs).
        personal_data: Whether personal data is concerned at all (Art. 4(1), 4(12));
            None if not yet established.
        controller: The controller this incident is assessed for.
        joint_controllers: Other controllers who jointly decide purposes and means
            (Art. 26).
        designated_notifier: The id of the joint controller that notifies under the
            Art. 26 arrangement (encoding note E12).
        processors: The processors and sub-processors involved (Art. 28).
        cross_border: Whether the processing is cross-border (Art. 4(23)); None if unknown.
        offers_to_eea: For a controller with no establishment in the EEA: whether the
            processing relates to offering goods or services to people in the EEA
            (Art. 3(2)(a)); None if not recorded.
        monitors_in_eea: For such a controller: whether the processing relates to
            monitoring the behaviour of people in the EEA (Art. 3(2)(b)); None if not
            recorded.
        ecomms_service: Whether the breached processing serves to provide an electronic
            communications (telecommunications) service: for a provider of a publicly
            available one, Regulation 611/2013 applies instead of Art. 33 (Art. 95); in
            Germany the BfDI supervises it (§ 29 TDDDG). None if not recorded.
        data: The categories of personal data concerned.
        custom_categories: Categories this incident declares for itself.
        subjects: The groups of people concerned.
        effects: What happened to the data.
        cause: What caused the breach.
        measures: Protection before, measures after.
        consequences: The consequences the assessor considers likely (Recital 85).
        timeline: When things happened.
        judgment: The assessor's own risk conclusion, if any.
        authority_decision: A supervisory authority's Art. 34(4) decision, if any.
        contact: What is known about reaching the people concerned.
        service_impact: What the incident did to the services the controller provides
            (clients affected, downtime, economic impact...), read by sector laws; None
            if not recorded.
        findings: Facts and judgments particular to one law, each under the id of the
            regime that reads it (at most one per regime and fact).
        text_lang: The language the free text is written in (ISO 639-1; ``"en"``).
        translations: The assessor's own translations of free-text fields, each quoted
            by the drafts written in its language.
    """

    id: str = field(validator=non_empty)
    title: str | None = None
    description: str = field(default="", repr=False)
    personal_data: bool | None = True
    controller: Organisation
    joint_controllers: tuple[Organisation, ...] = ()
    designated_notifier: str | None = None
    processors: tuple[ProcessorLink, ...] = ()
    cross_border: bool | None = None
    offers_to_eea: bool | None = None
    monitors_in_eea: bool | None = None
    ecomms_service: bool | None = None
    data: tuple[DataConcerned, ...] = field(default=(), validator=unique_by("category"))
    custom_categories: tuple[CustomCategory, ...] = field(default=(), validator=unique_by("id"))
    subjects: tuple[SubjectGroup, ...] = ()
    effects: Effects = field(factory=Effects)
    cause: Cause = field(factory=Cause)
    measures: Measures = field(factory=Measures)
    consequences: frozenset[Consequence] = frozenset()
    timeline: Timeline = field(factory=Timeline)
    judgment: AssessorJudgment | None = None
    authority_decision: AuthorityDecision | None = None
    contact: ContactFacts = field(factory=ContactFacts)
    service_impact: ServiceImpact | None = None
    findings: tuple[Finding, ...] = field(default=(), validator=_findings_unique)
    text_lang: str = field(default="en", validator=language_code)
    translations: tuple[Translation, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_categories_known(
            ((d.category, d.grants_access_to) for d in self.data), self.custom_categories
        )
        ids = [self.controller.id, *(o.id for o in self.joint_controllers)]
        ids += [p.organisation.id for p in self.processors]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            msg = f"organisation id {duplicates[0]!r} is used for two organisations; ids must be unique"
            raise ValueError(msg)
        if (
            self.designated_notifier is not None
            and self.designated_notifier not in ids[: 1 + len(self.joint_controllers)]
        ):
            msg = (
                f"designated_notifier: {self.designated_notifier!r} is not the controller or "
                "one of the joint_controllers; use one of their ids"
            )
            raise ValueError(msg)
        for p in self.processors:
            if p.acts_for not in ids:
                msg = (
                    f"processors: {p.organisation.id!r} acts_for {p.acts_for!r}, which is not "
                    "an organisation of this incident"
                )
                raise ValueError(msg)
        self._check_measures_after_occurrence()
        if self.translations:
            check_translations(self.text_lang, self.translations, self.free_texts)

    def _check_measures_after_occurrence(self) -> None:
        start = self.timeline.occurred.start
        if start is None:
            return
        for i, m in enumerate(self.measures.subsequent):
            if m.at is not None and m.at < start:
                msg = (
                    f"measures.subsequent[{i}].at: the measure ({m.kind.value}, "
                    f"{m.at.isoformat()}) is dated before the breach occurred "
                    f"(timeline.occurred.start {start.isoformat()}); correct one of the two"
                )
                raise ValueError(msg)

    def _repr_html_(self) -> str:
        return _display.show(self, "html")

    def category_info(self, category: str) -> CategoryInfo:
        """The legal and ENISA facts for a category id used in this incident."""
        builtin = info_by_id(category)
        if builtin is not None:
            return builtin
        custom = custom_info(self.custom_categories, category)
        if custom is not None:
            return custom
        msg = f"unknown data category {category!r}"
        raise KeyError(msg)

    @property
    def total_subjects(self) -> Count:
        """All people concerned, summed over the groups (unknown if any group is)."""
        return Count.total(g.count for g in self.subjects)

    @property
    def free_texts(self) -> dict[str, str]:
        """Every non-empty free-text field, by its path (what :attr:`translations` name)."""
        return free_texts(
            self.description, self.measures.subsequent, self.timeline.authority_notices
        )

    def text_in(self, path: str, lang: str) -> str | None:
        """The free text at ``path`` written in ``lang``: the original or a translation.

        None when the field is empty or has no text in that language.
        """
        original = self.free_texts.get(path)
        if original is None:
            return None
        if lang == self.text_lang:
            return original
        return next((t.text for t in self.translations if (t.path, t.lang) == (path, lang)), None)

    @property
    def subject_countries(self) -> frozenset[str]:
        """Countries where people concerned live, as far as the counts say."""
        return frozenset(rc.country for g in self.subjects for rc in g.by_country)

    def finding(self, regime: str, fact: str) -> Finding | None:
        """The finding recorded for ``regime`` and ``fact``, or None.

        >>> Incident(id="X", controller=Organisation(id="c", name="C")).finding("hipaa", "x") is None
        True
        """
        return next((f for f in self.findings if f.regime == regime and f.fact == fact), None)

    def residents_in(self, place: str) -> Count:
        """How many people concerned live in a country (``"BR"``) or subdivision (``"US-CA"``).

        A group that gives per-country or per-subdivision counts is taken to list every
        place its people live in, so a place it does not list counts zero; a group that
        gives none (or, asked about a subdivision, lists its country without breaking it
        down) contributes an unknown count.

        >>> from breachmodel.model.facts import ResidenceCount, SubdivisionCount, SubjectGroup, SubjectKind
        >>> g = SubjectGroup(kind=SubjectKind.PATIENTS, count=Count.exact(700),
        ...     by_country=(ResidenceCount(country="US", count=Count.exact(700)),),
        ...     by_subdivision=(SubdivisionCount(subdivision="US-TX", count=Count.exact(600)),
        ...                     SubdivisionCount(subdivision="US-OK", count=Count.exact(100))))
        >>> i = Incident(id="X", controller=Organisation(id="c", name="C"), subjects=(g,))
        >>> i.residents_in("US-TX").best, i.residents_in("US-CA").best, i.residents_in("FR").best
        (600, 0, 0)
        """
        return residents_of(self.residence, place)

    @property
    def residence(self) -> Residence:
        """Where the people concerned live: each group's per-country and per-subdivision counts.

        All that :meth:`residents_in` reads, so a key for results that depend on nothing
        else (a regime's pre-filter): unlike :attr:`subjects`, it leaves out the groups'
        sizes and descriptions, which differ from one incident to the next.
        """
        return tuple((g.by_country, g.by_subdivision) for g in self.subjects)


Residence = tuple[tuple[tuple[ResidenceCount, ...], tuple[SubdivisionCount, ...]], ...]
"""Per group of people, its counts by country and by subdivision (:attr:`Incident.residence`)."""


def residents_of(residence: Residence, place: str) -> Count:
    """How many people live in a country or subdivision, from :attr:`Incident.residence`.

    The count :meth:`Incident.residents_in` gives.
    """
    return Count.total(_residents(by_country, listed, place) for by_country, listed in residence)


def _residents(
    by_country: tuple[ResidenceCount, ...], by_subdivision: tuple[SubdivisionCount, ...], place: str
) -> Count:
    country = place[:2]
    in_country = next((c.count for c in by_country if c.country == country), None)
    listed = [s for s in by_subdivision if s.country == country]
    if (by_country and in_country is None) or (not by_country and by_subdivision and not listed):
        return Count.exact(0)
    if len(place) == 2:
        if in_country is not None:
            return in_country
        return Count.total(s.count for s in listed) if listed else Count.unknown()
    if not listed:
        return Count.unknown()
    return next((s.count for s in listed if s.subdivision == place), Count.exact(0))
