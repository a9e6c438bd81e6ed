"""Pieces the national breach laws share: reach, statutory conditions, clocks, obligations.

Regime-neutral: each function takes the regime's ids, keys, citations and time zone as
arguments. Territorial reach is read from where the people concerned live
(``subjects[*].by_country`` and ``by_subdivision``) and where the organisation is
established (:mod:`._reach`); a law's conditions are read as tests (:mod:`._conditions`);
deadlines are counted in the country's legal time (:mod:`._clocks`); each obligation is
decided from the regime's book (:mod:`._book`), bound to its legal time as a
:class:`Law` (:mod:`._notices`).
"""

from __future__ import annotations

from breachmodel.regimes._national._book import (
    INDIVIDUAL_DUTIES,
    Book,
    Entry,
    Row,
    book,
    check,
    content_of,
    decide,
    dependent,
    first_notice_reasons,
    outside,
)
from breachmodel.regimes._national._checklist import Point, points
from breachmodel.regimes._national._cite import pinpoint
from breachmodel.regimes._national._clocks import (
    ClockArgs,
    clock,
    entity_day_zone,
    local_clock,
    open_clock,
)
from breachmodel.regimes._national._conditions import Test, any_met, test
from breachmodel.regimes._national._missing import (
    CLASSIFIED,
    UNCOUNTED,
    unclassified,
    unrecorded,
)
from breachmodel.regimes._national._notices import Law, Then, quick, territorial
from breachmodel.regimes._national._reach import (
    LINK_INPUTS,
    TERRITORY_INPUTS,
    Territory,
    above,
    answer,
    applicable,
    cite_in,
    counted_in,
    established_in,
    finding_path,
    not_applicable,
    reach,
    reach_reason,
    residents,
    started,
    territory,
    undetermined,
    unlinked,
    untouched,
)
from breachmodel.regimes._national._ruling import analysed, analysed_with
from breachmodel.regimes._sector import answer_word, outcome_of

__all__ = [
    "CLASSIFIED",
    "INDIVIDUAL_DUTIES",
    "LINK_INPUTS",
    "TERRITORY_INPUTS",
    "UNCOUNTED",
    "Book",
    "ClockArgs",
    "Entry",
    "Law",
    "Point",
    "Row",
    "Territory",
    "Test",
    "Then",
    "above",
    "analysed",
    "analysed_with",
    "answer",
    "answer_word",
    "any_met",
    "applicable",
    "book",
    "check",
    "cite_in",
    "clock",
    "content_of",
    "counted_in",
    "decide",
    "dependent",
    "entity_day_zone",
    "established_in",
    "finding_path",
    "first_notice_reasons",
    "local_clock",
    "not_applicable",
    "open_clock",
    "outcome_of",
    "outside",
    "pinpoint",
    "points",
    "quick",
    "reach",
    "reach_reason",
    "residents",
    "started",
    "territorial",
    "territory",
    "test",
    "unclassified",
    "undetermined",
    "unlinked",
    "unrecorded",
    "untouched",
]
