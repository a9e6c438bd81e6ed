"""Free text in several languages: ``text_lang``, ``translations`` and how drafts quote them.

A draft quotes each free-text field in the draft's own language: the original when the
record is written in that language, else the assessor's translation of that field, else
the original marked "to be translated". Bad translations are refused naming the field.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.documents import draft
from breachmodel.model import AuthorityNotice, NoticeKind, Translation
from breachmodel.processor import ProcessorIncident, controller_incident, load_any
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE

ROOT = Path(__file__).resolve().parent.parent
MARK = {
    "en": "to be translated before sending",
    "fr": "à traduire avant envoi",
    "de": "vor dem Versand zu übersetzen",
}
FR_MEASURE = "Viamedis a déposé plainte."


def _pi() -> ProcessorIncident:
    record = load_any(EXAMPLE)
    assert isinstance(record, ProcessorIncident)
    return record


def _authority(pi: ProcessorIncident, lang: str) -> str:
    doc = draft(pi, controller="atlas-sante", kind="authority", lang=lang, as_of=AS_OF)
    return doc.to_text()


def test_the_assessors_translation_is_quoted_unmarked() -> None:
    text = _authority(_pi(), "fr")
    assert f"plainte déposée ou services répressifs informés : {FR_MEASURE}\n" in text
    assert "Viamedis filed a criminal complaint" not in text


def test_a_field_without_translation_stays_marked() -> None:
    # The example translates the measures, not the description.
    lines = [line for line in _authority(_pi(), "fr").splitlines() if MARK["fr"] in line]
    assert len(lines) == 1
    assert "Reference case, modelled as ONE incident" in lines[0]


def test_a_language_without_translations_marks_every_field() -> None:
    text = _authority(_pi(), "de")
    assert text.count(MARK["de"]) == 4  # the description and three measure notes
    assert FR_MEASURE not in text


def test_the_original_language_quotes_the_original() -> None:
    text = _authority(_pi(), "en")
    assert "Viamedis filed a criminal complaint." in text
    assert MARK["en"] not in text
    assert FR_MEASURE not in text


def test_a_record_written_in_french_is_marked_in_english() -> None:
    pi = attrs.evolve(_pi(), text_lang="fr", translations=())
    assert "free text recorded in French" in _authority(pi, "en")
    assert MARK["fr"] not in _authority(pi, "fr")


def test_late_reasons_are_found_by_their_notice() -> None:
    incident = controller_incident(_pi(), _pi().share("atlas-sante"))
    late = AuthorityNotice(
        kind=NoticeKind.INITIAL,
        at=datetime.fromisoformat("2024-02-02T11:00:00+01:00"),
        authority="fr-cnil",
        reasons_for_delay="The insurer's counts were rebuilt from backups first.",
    )
    path = "timeline.authority_notices[0].reasons_for_delay"
    translation = Translation(path=path, lang="fr", text="Les effectifs ont dû être reconstitués.")
    incident = attrs.evolve(
        incident,
        timeline=attrs.evolve(incident.timeline, authority_notices=(late,)),
        translations=(*incident.translations, translation),
    )
    assert incident.text_in(path, "fr") == translation.text
    fr = draft(incident, kind="authority", lang="fr", as_of=AS_OF).to_text()
    assert f"{translation.text}\n" in fr
    en = draft(incident, kind="authority", lang="en", as_of=AS_OF).to_text()
    assert "The insurer's counts were rebuilt from backups first." in en
    de = draft(incident, kind="authority", lang="de", as_of=AS_OF).to_text()
    assert "rebuilt from backups first. [Freitext" in de


@pytest.mark.parametrize(
    ("translation", "message"),
    [
        (
            {"path": "measures.subsequent[7].description", "lang": "fr", "text": "x"},
            r"translations\[0\]\.path: 'measures.subsequent\[7\].description' names no free text",
        ),
        (
            {"path": "description", "lang": "en", "text": "x"},
            r"translations\[0\]\.lang: 'en' is the language the free text is written in",
        ),
        (
            {"path": "description", "lang": "french", "text": "x"},
            r"lang: 'french' is not an ISO 639-1 language code",
        ),
        (
            {"path": "description", "lang": "fr", "text": ""},
            r"text",
        ),
    ],
)
def test_bad_translations_are_refused_naming_the_field(
    translation: dict[str, str], message: str
) -> None:
    pi = _pi()
    fields = {"path", "lang", "text"}
    assert set(translation) == fields
    with pytest.raises(ValueError, match=message):
        attrs.evolve(pi, translations=(Translation(**translation),))


def test_two_translations_of_one_field_into_one_language_are_refused() -> None:
    pi = _pi()
    twice = (*pi.translations, pi.translations[0])
    with pytest.raises(ValueError, match=r"translations\[3\]: .* already has a translation"):
        attrs.evolve(pi, translations=twice)


def test_a_bad_text_lang_is_refused() -> None:
    with pytest.raises(ValueError, match=r"text_lang: 'EN' is not an ISO 639-1"):
        attrs.evolve(_pi(), text_lang="EN")


def test_translations_reach_each_controllers_incident() -> None:
    pi = _pi()
    for share in pi.controllers:
        incident = controller_incident(pi, share)
        assert incident.translations == pi.translations
        assert incident.text_in("measures.subsequent[2].description", "fr") == FR_MEASURE


@given(lang=st.sampled_from(["en", "fr", "de", "es", "it", "nl"]), translate=st.booleans())
def test_no_free_text_is_passed_off_as_the_drafts_language(lang: str, translate: bool) -> None:
    """Each measure note appears as written only in its own language, or else marked."""
    pi = _pi()
    translations = (
        tuple(
            Translation(path=t.path, lang=lang, text=f"[{lang}] {t.text}") for t in pi.translations
        )
        if translate and lang != "en"
        else ()
    )
    pi = attrs.evolve(pi, translations=translations)
    doc = draft(pi, controller="atlas-sante", kind="authority", lang=lang, as_of=AS_OF)
    notes = [b for b in doc.blocks if b.key == "measure_with_note"]
    assert len(notes) == 3
    for block in notes:
        value = dict(block.values)["value"]
        if lang == "en":
            assert not block.missing
        elif translations:
            assert value.startswith(f"[{lang}] ")
            assert not block.missing
        else:
            assert block.missing
            assert "language" in dict(block.values)
