"""Law as data: the instrument table, dated versions, citations by instrument, and the
Digital Omnibus as a dated variant rather than a branch in the rules."""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import attrs
import pytest
from _builders import AWARE, breach, notice, run, with_judgment, with_timeline

import breachmodel
from breachmodel import law
from breachmodel.citations import (
    Citation,
    cite,
    edpb,
    encoding_note,
    enisa,
    gdpr,
    recital,
    reg_611_2013,
    reg_1182_71,
    retarget,
)
from breachmodel.clocks import Status
from breachmodel.determination import ReasonKind
from breachmodel.model import NoticeKind, RiskLevel
from breachmodel.regimes.gdpr.options import (
    ART33_VARIANTS,
    GdprOptions,
    Ruleset,
    art33_variant,
)

SRC = Path(breachmodel.__file__).resolve().parent
CELEX = re.compile(r"^[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}$")


class TestTable:
    def test_ids_are_unique_and_every_instrument_is_found_by_id_and_short_name(self) -> None:
        assert len(set(law.ids())) == len(law.INSTRUMENTS)
        for instrument in law.INSTRUMENTS:
            assert law.get(instrument.id) is instrument
            assert law.by_short(instrument.short) is instrument

    @pytest.mark.parametrize(
        "instrument", [i for i in law.INSTRUMENTS if i.kind.value.startswith("eu_")]
    )
    def test_eu_law_has_a_celex_number_and_an_eur_lex_eli_url(
        self, instrument: law.Instrument
    ) -> None:
        if instrument.kind is law.InstrumentKind.EU_PROPOSAL:
            return
        assert CELEX.match(instrument.identifier), instrument.identifier
        assert instrument.url is not None
        assert instrument.url.startswith("https://eur-lex.europa.eu/eli/")

    @pytest.mark.parametrize("instrument", [law.UK_GDPR, law.DPA_2018, law.PECR])
    def test_uk_law_has_a_legislation_gov_uk_id_and_article_level_urls(
        self, instrument: law.Instrument
    ) -> None:
        assert instrument.url == f"https://www.legislation.gov.uk/{instrument.identifier}"
        link = instrument.article_link(5)
        assert link is not None
        assert link.startswith(instrument.url + "/")
        assert link.endswith("/5")

    def test_dated_versions_are_in_order_and_proposals_have_no_date(self) -> None:
        for instrument in law.INSTRUMENTS:
            dated = [v.applies_from for v in instrument.versions if not v.proposed]
            assert dated == sorted(d for d in dated if d is not None), instrument.id
            for v in instrument.versions:
                assert (v.applies_from is None) == v.proposed, v.id

    def test_the_dates_the_rules_rely_on(self) -> None:
        assert law.GDPR.version("gdpr-2016").applies_from == date(2018, 5, 25)  # Art. 99(2)
        assert law.UK_GDPR.versions[0].applies_from == date(2021, 1, 1)
        assert law.REG_611_2013.versions[0].applies_from == date(2013, 8, 25)
        assert law.NIS2.versions[0].applies_from == date(2024, 10, 18)  # Art. 41(1)
        assert law.DORA.versions[0].applies_from == date(2025, 1, 17)  # Art. 64(2)
        omnibus = law.GDPR.version("digital-omnibus-2025")
        assert omnibus.proposed
        assert omnibus.identifier == "COM(2025) 837"

    def test_unknown_ids_name_the_known_ones(self) -> None:
        with pytest.raises(law.UnknownInstrumentError, match="known instruments: gdpr, "):
            law.get("gdpr-2017")
        with pytest.raises(law.UnknownInstrumentError, match="known versions: gdpr-2016"):
            law.GDPR.version("gdpr-2017")
        with pytest.raises(KeyError):  # also a KeyError, for existing except clauses
            law.get("nope")


class TestVersionsByDate:
    def test_nothing_applies_before_the_first_version(self) -> None:
        assert law.GDPR.in_force(date(2018, 5, 24)) is None
        assert law.GDPR.in_force(date(2018, 5, 25)) is not None

    def test_a_proposal_applies_only_on_opt_in(self) -> None:
        on = date(2026, 1, 1)
        assert law.GDPR.in_force(on).id == "gdpr-2016"  # type: ignore[union-attr]
        chosen = law.GDPR.in_force(on, opt_in=frozenset({"digital-omnibus-2025"}))
        assert chosen is not None
        assert chosen.id == "digital-omnibus-2025"
        # An opt-in never reaches back before the instrument itself applies.
        early = law.GDPR.in_force(date(2017, 1, 1), opt_in=frozenset({"digital-omnibus-2025"}))
        assert early is None

    def test_the_latest_version_in_force_is_chosen(self) -> None:
        assert law.PECR.in_force(date(2010, 1, 1)).id == "pecr-2003"  # type: ignore[union-attr]
        assert law.PECR.in_force(date(2012, 1, 1)).id == "pecr-2011"  # type: ignore[union-attr]
        assert law.PECR.in_force(date(2026, 1, 1)).id == "pecr-2025"  # type: ignore[union-attr]


class TestCitations:
    def test_texts_are_unchanged(self) -> None:
        assert [str(c) for c in (gdpr(33, 1), gdpr(34, 3, "c"), recital(85))] == [
            "Art. 33(1) GDPR",
            "Art. 34(3)(c) GDPR",
            "Recital 85 GDPR",
        ]
        assert str(edpb("para. 73")) == "EDPB Guidelines 9/2022, para. 73"
        assert str(enisa("p. 5")) == "ENISA severity methodology (2013), p. 5"
        assert str(reg_1182_71("Art. 3")) == "Regulation 1182/71, Art. 3"
        assert str(reg_611_2013("Art. 2(2)")) == "Regulation 611/2013, Art. 2(2)"
        assert str(encoding_note("E2")) == "breachmodel encoding notes, E2"

    def test_citations_name_their_instrument_and_link_to_the_official_text(self) -> None:
        assert gdpr(33, 1).instrument == "gdpr"
        assert gdpr(33, 1).url == "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
        assert edpb("para. 73").instrument == "edpb-9-2022"
        # A citation built by hand finds its instrument from its short name.
        assert Citation("GDPR", "Art. 5").instrument == "gdpr"
        assert str(Citation("GDPR", "Art. 5")) == "Art. 5 GDPR"
        assert Citation("TDDDG", "§ 29").instrument is None
        assert str(Citation("TDDDG", "§ 29")) == "TDDDG, § 29"

    def test_the_instrument_does_not_change_equality(self) -> None:
        assert attrs.evolve(gdpr(33, 1), instrument=None) == gdpr(33, 1)

    def test_generic_citations_of_other_instruments(self) -> None:
        assert str(cite("uk-gdpr", 33, 1)) == "Art. 33(1) UK GDPR"
        assert str(cite("dpa-2018", 67, 4)) == "DPA 2018, s. 67(4)"
        assert str(cite("pecr", "5A", 2)) == "PECR, reg. 5A(2)"
        assert (
            cite("pecr", "5A").url == "https://www.legislation.gov.uk/uksi/2003/2426/regulation/5A"
        )
        with pytest.raises(ValueError, match="needs its paragraph"):
            cite("uk-gdpr", 34, None, "a")

    def test_a_gdpr_citation_retargeted_to_the_uk_gdpr(self) -> None:
        moved = retarget(gdpr(34, 3, "a"), "uk-gdpr")
        assert str(moved) == "Art. 34(3)(a) UK GDPR"
        assert moved.url == "https://www.legislation.gov.uk/eur/2016/679/article/34"
        assert moved.instrument == "uk-gdpr"
        assert retarget(recital(85), "uk-gdpr").url == law.UK_GDPR.url
        # attrs.evolve on the source alone keeps the citation style of the instrument.
        assert str(attrs.evolve(gdpr(33, 1), source="UK GDPR")) == "Art. 33(1) UK GDPR"


class TestOmnibusAsData:
    def test_the_variants(self) -> None:
        assert {k: (v.threshold, v.hours) for k, v in ART33_VARIANTS.items()} == {
            "gdpr-2016": (RiskLevel.RISK, 72),
            "digital-omnibus-2025": (RiskLevel.HIGH, 96),
        }
        assert art33_variant(Ruleset.GDPR_2016, date(2024, 1, 1)).version == "gdpr-2016"
        omnibus = art33_variant(Ruleset.DIGITAL_OMNIBUS_PROPOSAL, date(2024, 1, 1))
        assert omnibus.version == "digital-omnibus-2025"

    def test_options_keep_their_values(self) -> None:
        assert GdprOptions().notification_hours == 72
        omnibus = GdprOptions(ruleset=Ruleset("digital-omnibus-2025-proposal"))
        assert omnibus.notification_hours == 96

    def test_notify_authority_reads_the_variant(self) -> None:
        src = (SRC / "regimes" / "gdpr" / "art33.py").read_text()
        assert "Ruleset" not in src  # no branch on the option inside the rule


class TestClocksJudgedOnce:
    def test_gdpr_rules_take_no_as_of(self) -> None:
        for path in (SRC / "regimes" / "gdpr").glob("*.py"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    names = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
                    assert "as_of" not in names, f"{path.name}: {node.name}"

    def test_the_clocks_name_no_law(self) -> None:
        for path in (SRC / "clocks").glob("*.py"):
            text = path.read_text()
            assert "gdpr(" not in text, path.name
            assert "gdpr_art33_rule" not in text, path.name
            imported = [
                n.module or "" for n in ast.walk(ast.parse(text)) if isinstance(n, ast.ImportFrom)
            ]
            assert not [m for m in imported if m.startswith("breachmodel.regimes")], path.name

    def test_the_late_notice_warning_follows_the_status_judged(self) -> None:
        inc = with_timeline(
            with_judgment(breach(), RiskLevel.RISK),
            authority_notices=(notice(AWARE + timedelta(hours=80)),),
        )
        late = "The initial notification was late"
        after = run(inc, as_of=AWARE + timedelta(days=10)).notify
        assert after.status.status is Status.MET_LATE
        assert any(r.text.startswith(late) for r in after.reasons)
        # Before the notice was made, it is not seen: overdue, and no word of a late notice.
        before = run(inc, as_of=AWARE + timedelta(hours=75)).notify
        assert before.status.status is Status.OVERDUE
        assert not any(r.text.startswith(late) for r in before.reasons)
        assert [r.kind for r in before.reasons].count(ReasonKind.WARNING) == [
            r.kind for r in after.reasons
        ].count(ReasonKind.WARNING) - 1
        # Judging twice, or again at another instant, gives the same as judging once.
        assert before.judged(AWARE + timedelta(days=10)) == after
        assert after.judged(AWARE + timedelta(hours=75)) == before
        assert NoticeKind.INITIAL.value in after.clock.kinds
        assert after.judged(datetime(2030, 1, 1, tzinfo=UTC)).status == after.status
