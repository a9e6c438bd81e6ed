"""Drafted documents: golden files for every kind, language and format; CLI hooks.

Regenerate the golden files after a deliberate change with::

    BREACHMODEL_UPDATE_GOLDEN=1 pytest tests/test_documents.py

then review the diff like any other change.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import attrs
import pytest

from breachmodel.documents import (
    KINDS,
    LANGUAGES,
    Document,
    NotOwedError,
    draft,
    draft_regimes,
    languages,
    templates,
)
from breachmodel.documents.cli import (
    add_draft_arguments,
    add_register_arguments,
    run_draft,
    run_register,
)
from breachmodel.errors import BreachModelError
from breachmodel.model import ContactPoint, Incident, ResidenceCount
from breachmodel.processor import ProcessorIncident, controller_incident, load_any
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("BREACHMODEL_UPDATE_GOLDEN") == "1"
FORMATS = {"text": "txt", "markdown": "md", "html": "html"}


def _pi() -> ProcessorIncident:
    record = load_any(EXAMPLE)
    assert isinstance(record, ProcessorIncident)
    return record


def _example(name: str) -> Incident:
    record = load_any(ROOT / "examples" / name)
    assert isinstance(record, Incident)
    return record


def _check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}; run with BREACHMODEL_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file; see the module docstring"


# Each kind for a controller that owes it: Atlas Santé notifies late and, holding no
# addresses, informs people publicly (Art. 34(3)(c)); Mutuelle Horizon writes to them.
OWED = {"authority": "atlas-sante", "people": "mutuelle-horizon", "public": "atlas-sante"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(kind: str, lang: str, fmt: str) -> None:
    if lang not in languages(kind):
        with pytest.raises(ValueError, match=f"no {kind} template in '{lang}'"):
            draft(_pi(), controller=OWED[kind], kind=kind, lang=lang, as_of=AS_OF)
        return
    controller = OWED[kind]
    doc = draft(_pi(), controller=controller, kind=kind, lang=lang, as_of=AS_OF)
    out = getattr(doc, f"to_{fmt}")()
    _check_golden(f"{controller}-{kind}-{lang}.{FORMATS[fmt]}", out)


def test_golden_requested_although_not_owed() -> None:
    doc = draft(_pi(), controller="atlas-sante", kind="people", lang="fr", as_of=AS_OF, force=True)
    assert len(doc.warnings) == 1
    _check_golden("atlas-sante-people-forced-fr.txt", doc.to_text())


def test_templates_have_the_same_keys_in_every_language() -> None:
    assert set(languages("people")) == set(languages("public")) == set(LANGUAGES)
    assert set(languages("authority")) == set(languages("processor")) == set(LANGUAGES)
    for name in ("common", "authority", "people", "public", "processor"):
        data = templates(name)
        for lang in languages(name) if name != "common" else LANGUAGES:
            optional = {"law_terms"}  # only where a law other than the GDPR has drafts
            assert set(data[lang]) - optional == set(data["en"]) - optional, (name, lang)
            for key, value in data[lang].items():
                if isinstance(value, dict) and key not in ("national_id", "elide", *optional):
                    assert set(value) == set(data["en"][key]), (name, lang, key)


def test_authority_draft_marks_missing_items_and_phases() -> None:
    pi = _pi()
    share = attrs.evolve(
        pi.share("mutuelle-horizon"),
        organisation=attrs.evolve(pi.share("mutuelle-horizon").organisation, contact=None),
    )
    bare = attrs.evolve(
        pi,
        controllers=(share,),
        consequences=frozenset(),
        measures=attrs.evolve(pi.measures, subsequent=()),
        translations=(),  # they render the measures removed here
    )
    doc = draft(bare, controller="mutuelle-horizon", kind="authority", lang="en", as_of=AS_OF)
    text = doc.to_text()
    assert "Contact point: To be completed\n" in text  # (b) never follows later
    assert "Likely consequences: To be completed — may follow in phases (Art. 33(4) GDPR)" in text
    assert "Measures: To be completed — may follow in phases (Art. 33(4) GDPR)" in text
    fr = draft(bare, controller="mutuelle-horizon", kind="authority", lang="fr", as_of=AS_OF)
    assert (
        "À compléter — peut être communiqué ultérieurement (art. 33, paragraphe 4, du RGPD)"
        in fr.to_text()
    )
    assert len(doc.missing) >= 4
    assert 'class="missing"' in doc.to_html()


def test_authority_draft_for_a_late_notice_asks_for_reasons() -> None:
    doc = draft(_pi(), controller="atlas-sante", kind="authority", lang="en", as_of=AS_OF)
    assert "Reasons for the delay (Art. 33(1) GDPR): To be completed" in doc.to_text()
    on_time = draft(_pi(), controller="mutuelle-horizon", kind="authority", lang="en", as_of=AS_OF)
    assert "Reasons for the delay" not in on_time.to_text()


def test_follow_up_after_an_initial_notice() -> None:
    doc = draft(_pi(), controller="mutuelle-peuplier", kind="authority", lang="fr", as_of=AS_OF)
    assert "notification complémentaire" in doc.to_text()


def test_people_letter_advice_follows_the_data() -> None:
    pi = _pi()
    text = draft(pi, controller="mutuelle-horizon", kind="people", lang="en").to_text()
    assert "social security number" in text
    assert "will never ask you for your password" in text
    assert "Change your password" not in text
    from breachmodel.model import DataConcerned

    with_credentials = attrs.evolve(
        pi, data=(*pi.data, DataConcerned(category="credentials")), consequences=frozenset()
    )
    text = draft(
        with_credentials, controller="mutuelle-horizon", kind="people", lang="en"
    ).to_text()
    assert "Change your password" in text
    assert "will never ask you" not in text


def test_public_notice_names_the_controller_and_art_34_3_c() -> None:
    text = draft(_pi(), controller="atlas-sante", kind="public", lang="en").to_text()
    assert text.startswith("Public notice: personal data breach at Atlas Santé Collective")
    assert "Article 34(3)(c) GDPR" in text


def test_a_document_is_drafted_only_where_owed() -> None:
    pi = _pi()
    with pytest.raises(NotOwedError, match=r"gdpr\.art34\.communicate_subjects is not_required"):
        draft(pi, controller="atlas-sante", kind="people", lang="en", as_of=AS_OF)
    with pytest.raises(NotOwedError, match=r"gdpr\.art34\.public_communication is not_required"):
        draft(pi, controller="mutuelle-horizon", kind="public", lang="en", as_of=AS_OF)
    forced = draft(
        pi, controller="mutuelle-horizon", kind="public", lang="en", as_of=AS_OF, force=True
    )
    text = forced.to_text()
    assert "/!\\ Warning: drafted on request, although the assessment concludes that the " in text
    assert "public communication (Art. 34(3)(c) GDPR) is not required" in text
    # The notice never claims Art. 34(3)(c) for a controller that can reach its members.
    assert "disproportionate effort" not in text
    assert 'class="warning"' in forced.to_html()


def test_draft_uses_the_assessment_it_is_given() -> None:
    from breachmodel.processor import assess_processor_incident

    pi = _pi()
    pa = assess_processor_incident(pi, as_of=AS_OF)
    doc = draft(pi, controller="atlas-sante", kind="authority", assessment=pa)
    assert (
        doc.to_text()
        == draft(pi, controller="atlas-sante", kind="authority", as_of=AS_OF).to_text()
    )
    incident = controller_incident(pi, pi.share("mutuelle-horizon"))
    with pytest.raises(ValueError, match="processor assessment"):
        draft(incident, kind="authority", assessment=pa)


def test_free_text_in_another_language_is_marked() -> None:
    pi = _pi()
    untranslated = attrs.evolve(pi, translations=())
    fr = draft(untranslated, controller="atlas-sante", kind="authority", lang="fr", as_of=AS_OF)
    marked = [b for b in fr.blocks if b.key in ("description", "measure_with_note")]
    assert len(marked) == 4
    assert all(b.missing for b in marked)
    assert "[texte libre saisi en anglais, à traduire avant envoi]" in fr.to_text()
    same = draft(
        pi, controller="atlas-sante", kind="authority", lang="fr", as_of=AS_OF, text_lang="fr"
    )
    assert "texte libre" not in same.to_text()
    en = draft(pi, controller="atlas-sante", kind="authority", lang="en", as_of=AS_OF)
    assert "free text recorded in" not in en.to_text()


def test_french_reads_as_french() -> None:
    pi = _pi()
    notice = draft(pi, controller="atlas-sante", kind="authority", lang="fr", as_of=AS_OF)
    text = notice.to_text()
    assert "Destinataire : Commission nationale de l'informatique et des libertés (CNIL)" in text
    assert "(Europe/Paris)" not in text
    assert "heure de Paris" in text
    assert "Data Protection Officer" not in text
    assert "Délégué à la protection des données" in text
    assert "numéro de sécurité sociale (NIR)" in text
    letter = draft(pi, controller="mutuelle-horizon", kind="people", lang="fr", as_of=AS_OF)
    text = letter.to_text()
    assert "violation de données à caractère personnel" in text
    assert "et en a extrait une copie" in text  # exfiltration confirmed (Art. 34(2))
    assert "Viamedis, qui traite ces données pour notre compte, a pris les mesures" in text
    assert "perdu la maîtrise" not in text
    follow = draft(pi, controller="mutuelle-peuplier", kind="authority", lang="fr", as_of=AS_OF)
    assert "notification initiale du 1er février 2024 à 10:00 (heure de Paris" in follow.to_text()


def test_sector_wording_follows_the_controller() -> None:
    from breachmodel.model import Sector

    pi = _pi()
    share = pi.share("mutuelle-horizon")
    bank = attrs.evolve(share, organisation=attrs.evolve(share.organisation, sector=Sector.FINANCE))
    other = attrs.evolve(pi, controllers=(bank,))
    text = draft(other, controller="mutuelle-horizon", kind="people", lang="fr").to_text()
    assert "complémentaire santé" not in text
    assert "votre banque" in text


def test_default_language_follows_the_people_and_the_authority() -> None:
    from breachmodel.processor import assess_processor_incident

    pi = _pi()
    pa = assess_processor_incident(pi, as_of=AS_OF)
    letter = draft(pi, controller="mutuelle-horizon", kind="people", assessment=pa)
    assert letter.lang == "fr"
    assert draft(pi, controller="atlas-sante", kind="authority", assessment=pa).lang == "fr"
    share = pi.share("mutuelle-horizon")
    moved = [
        attrs.evolve(g, by_country=(ResidenceCount(country="DE", count=g.count),))
        for g in share.subjects
    ]
    german = attrs.evolve(pi, controllers=(attrs.evolve(share, subjects=tuple(moved)),))
    letter = draft(german, controller="mutuelle-horizon", kind="people", as_of=AS_OF)
    assert letter.lang == "de"
    assert "Verletzung des Schutzes personenbezogener Daten" in letter.to_text()


@pytest.mark.parametrize(
    ("lang", "term"),
    [
        ("de", "Verletzung des Schutzes personenbezogener Daten"),
        ("es", "violación de la seguridad de los datos personales"),
        ("it", "violazione dei dati personali"),
        ("nl", "inbreuk in verband met persoonsgegevens"),
    ],
)
def test_letters_use_the_official_term(lang: str, term: str) -> None:
    for kind, controller in (("people", "mutuelle-horizon"), ("public", "atlas-sante")):
        text = draft(_pi(), controller=controller, kind=kind, lang=lang, as_of=AS_OF).to_text()
        assert term.casefold() in text.casefold(), (kind, lang)
        assert "{" not in text


def test_draft_plain_incident_and_errors() -> None:
    pi = _pi()
    incident = controller_incident(pi, pi.controllers[0])
    doc = draft(incident, kind="people", lang="fr", force=True)
    assert isinstance(doc, Document)
    assert repr(doc).startswith("<Document people (fr)")
    with pytest.raises(ValueError, match="unknown document kind"):
        draft(incident, kind="letter")
    with pytest.raises(ValueError, match="no people template in 'pl'"):
        draft(incident, kind="people", lang="pl")
    with pytest.raises(ValueError, match="controller="):
        draft(pi, kind="people")
    with pytest.raises(ValueError, match="no controller 'nobody'"):
        draft(pi, kind="people", controller="nobody")


def test_user_text_is_never_a_template() -> None:
    pi = _pi()
    share = pi.share("mutuelle-horizon")
    org = attrs.evolve(
        share.organisation,
        name="{controller} {0} {__class__}",
        contact=ContactPoint(name="{name}", email="{value}"),
    )
    evil = attrs.evolve(pi, controllers=(attrs.evolve(share, organisation=org),))
    for kind in KINDS:
        text = draft(evil, controller="mutuelle-horizon", kind=kind, force=True).to_text()
        assert "{controller} {0} {__class__}" in text
        assert "__main__" not in text


# --- command line ---------------------------------------------------------------------------


def _parser(add: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="breachmodel x")
    add(parser)  # type: ignore[operator]
    return parser


def test_cli_draft(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parser(add_draft_arguments).parse_args(
        [
            str(EXAMPLE),
            "--kind",
            "authority",
            "--lang",
            "fr",
            "--controller",
            "atlas-sante",
            "--as-of",
            "2024-02-02T12:00:00+01:00",
        ]
    )
    assert run_draft(args) == 0
    out = capsys.readouterr().out
    assert out == (GOLDEN / "atlas-sante-authority-fr.txt").read_text(encoding="utf-8")


def test_cli_draft_every_controller(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parser(add_draft_arguments).parse_args(
        [str(EXAMPLE), "--kind", "people", "--format", "html"]
    )
    assert run_draft(args) == 0
    captured = capsys.readouterr()
    # Atlas Santé informs people by a public notice (Art. 34(3)(c)), not by letter.
    assert captured.out.count('<div class="bmdoc"') == 6
    assert captured.err.splitlines() == [
        f"{EXAMPLE}: controller atlas-sante: no people document is owed: "
        "gdpr.art34.communicate_subjects is not_required; pass force=True (--force on the "
        "command line) to draft it anyway, with a warning"
    ]


def test_cli_draft_plain_incident(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples" / "viamedis-almerys.json"
    args = _parser(add_draft_arguments).parse_args(
        [str(path), "--kind", "public", "--format", "markdown"]
    )
    assert run_draft(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no public document is owed" in captured.err
    args = _parser(add_draft_arguments).parse_args(
        [str(path), "--kind", "public", "--format", "markdown", "--force", "--lang", "en"]
    )
    assert run_draft(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Public notice")
    assert "> **⚠ Warning: drafted on request" in out
    assert "disproportionate effort" not in out


def test_cli_draft_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "record_type": "processor_incident", "id": "x"}')
    args = _parser(add_draft_arguments).parse_args([str(bad), "--kind", "people"])
    assert run_draft(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"{bad}: required field missing; add it @ $.processor"]
    args = _parser(add_draft_arguments).parse_args(
        [str(EXAMPLE), "--kind", "people", "--controller", "nobody"]
    )
    assert run_draft(args) == 1
    assert "no controller 'nobody'" in capsys.readouterr().err
    missing = tmp_path / "missing.json"
    assert (
        run_draft(_parser(add_draft_arguments).parse_args([str(missing), "--kind", "people"])) == 1
    )
    assert capsys.readouterr().err == f"{missing}: no such file @ $\n"


def test_cli_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = ROOT / "examples" / "lost-laptop-encrypted.json"
    args = _parser(add_register_arguments).parse_args(
        [str(EXAMPLE), str(plain), "--format", "json"]
    )
    assert run_register(args) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 8
    args = _parser(add_register_arguments).parse_args([str(EXAMPLE)])
    assert run_register(args) == 0
    assert capsys.readouterr().out.startswith("incident_id,controller_id,")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    args = _parser(add_register_arguments).parse_args([str(EXAMPLE), str(bad)])
    assert run_register(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{bad}: not valid JSON")


def test_cli_as_of_needs_an_offset() -> None:
    parser = _parser(add_draft_arguments)
    with pytest.raises(SystemExit):
        parser.parse_args([str(EXAMPLE), "--kind", "people", "--as-of", "2024-02-02T12:00"])


# --- the processor's notice to the controller (Art. 33(2)) ------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_processor_notice(lang: str, fmt: str) -> None:
    doc = draft(_pi(), controller="mutuelle-horizon", kind="processor", lang=lang, as_of=AS_OF)
    _check_golden(f"mutuelle-horizon-processor-{lang}.{FORMATS[fmt]}", getattr(doc, f"to_{fmt}")())


def test_processor_notice_gives_the_controller_its_art_33_3_items() -> None:
    pi = _pi()
    doc = draft(pi, controller="escaut-assurances", kind="processor", as_of=AS_OF)
    assert doc.lang == "fr"  # the controller's country (Belgium) -> French by default
    text = doc.to_text()
    assert text.startswith("Notification d'une violation de données à caractère personnel au ")
    assert (
        "Destinataire : Escaut Assurances Santé SA (fictional), responsable du traitement" in text
    )
    assert "Pays de résidence des personnes concernées : Belgique, France" in text
    assert "Nombre approximatif de vos personnes concernées : environ 75\u202f000" in text
    assert "Mesures prises par" not in text  # the processor's own measures
    assert {"nature", "subject_categories", "record_categories", "h_c", "h_d"} <= set(doc.keys)
    incident = controller_incident(pi, pi.share("atlas-sante"))
    with pytest.raises(ValueError, match="drafted from a processor incident"):
        draft(incident, kind="processor")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "La violation s'est produite le 10 juin 2024. "),
        ("en", "The breach took place on 10 June 2024. "),
    ],
)
def test_a_period_within_one_day_is_dated_once_in_a_letter(lang: str, expected: str) -> None:
    record = _example("telecom-operator-fr.json")
    start = record.timeline.occurred.start
    end = record.timeline.occurred.end
    assert start is not None
    assert end is not None
    assert start.date() == end.date()
    assert start != end
    text = draft(record, kind="people", lang=lang).to_text()
    assert expected in text
    assert "10 juin 2024 et le 10 juin" not in text


def test_a_letter_for_a_breach_at_a_processor_does_not_claim_its_measures() -> None:
    record = _example("viamedis-almerys.json")
    assert record.processors  # the breach happened at Viamedis
    text = draft(record, kind="people", lang="fr").to_text()
    assert "Ce qui a été fait\n" in text
    assert "Ce que nous avons fait" not in text


def test_a_generic_dpo_name_with_a_note_is_named_by_its_function() -> None:
    record = _example("viamedis-almerys.json")
    contact = record.controller.contact
    assert contact is not None
    assert contact.name == "Data Protection Officer (placeholder)"
    text = draft(record, kind="people", lang="fr").to_text()
    assert "contacter notre délégué à la protection des données.\n" in text
    assert "Data Protection Officer" not in text


def test_uk_gdpr_drafts_go_to_the_ico_citing_the_uk_gdpr() -> None:
    record = _example("uk-insurer.json")
    assert draft_regimes() == ("gdpr", "uk_gdpr")
    assert languages("authority", "uk_gdpr") == ("en",)
    uk = draft(record, kind="authority", regime="uk_gdpr").to_text()
    assert "To: Information Commissioner's Office (ICO)\n" in uk
    assert "Draft notification under Article 33 UK GDPR" in uk
    assert "London time" in uk
    assert " GDPR)" not in uk.replace(" UK GDPR)", "")
    eu = draft(record, kind="authority").to_text()
    assert "To: Data Protection Commission (DPC)\n" in eu
    assert "UK GDPR" not in eu
    letter = draft(record, kind="people", regime="uk_gdpr").to_text()
    assert "supervisory authority: Information Commissioner's Office (ICO)." in letter


def test_a_draft_under_a_law_that_has_none_or_does_not_reach_is_refused() -> None:
    with pytest.raises(
        ValueError, match="no drafts under 'lgpd'; drafts exist under: gdpr, uk_gdpr"
    ):
        draft(_example("uk-insurer.json"), kind="authority", regime="lgpd")
    with pytest.raises(ValueError, match="no authority template in 'fr'; available: en"):
        draft(_example("uk-insurer.json"), kind="authority", regime="uk_gdpr", lang="fr")
    with pytest.raises(BreachModelError, match="uk_gdpr does not reach this incident"):
        draft(_example("misdirected-email.json"), kind="authority", regime="uk_gdpr")


def test_a_name_ending_in_a_full_stop_gets_no_second_one() -> None:
    record = _example("uk-insurer.json")
    named = attrs.evolve(record, controller=attrs.evolve(record.controller, name="Thistle Inc."))
    doc = draft(named, kind="authority", regime="uk_gdpr")
    for text in (doc.to_text(), doc.to_markdown(), doc.to_html()):
        assert "Inc.." not in text
    assert "prepared for Thistle Inc. Review it" in doc.to_text()
