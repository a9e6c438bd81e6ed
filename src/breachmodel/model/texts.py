"""Free text in more than one language.

An incident's free text (its description, the notes on the measures taken, the reasons
given for a late notification) is written in one language, ``text_lang``. A draft in that
language quotes it as it is; a draft in another language quotes the assessor's own
:class:`Translation` of the field where one is recorded, and otherwise quotes the original
marked "to be translated": free text is never passed off as being in the draft's language.

A translation names the field it renders by its path in the incident file:

>>> sorted(FREE_TEXT_PATTERNS)
['description', 'measures.subsequent[N].description', 'timeline.authority_notices[N].reasons_for_delay']
>>> t = Translation(path="description", lang="fr", text="Un compte a été hameçonné.")
>>> t.path, t.lang
('description', 'fr')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from attrs import field, frozen

from breachmodel.model._validate import language_code, non_empty

__all__ = ["FREE_TEXT_PATTERNS", "Translation", "check_translations", "free_texts"]

FREE_TEXT_PATTERNS: frozenset[str] = frozenset(
    {
        "description",
        "measures.subsequent[N].description",
        "timeline.authority_notices[N].reasons_for_delay",
    }
)
"""The free-text fields a translation may render (``N``: the item's index, from 0)."""


@frozen(kw_only=True)
class Translation:
    """The assessor's own rendering of one free-text field in another language.

    Attributes:
        path: The field it renders: ``"description"``,
            ``"measures.subsequent[N].description"`` or
            ``"timeline.authority_notices[N].reasons_for_delay"``, with ``N`` the item's
            index from 0.
        lang: The language of this rendering (ISO 639-1).
        text: The rendering (untrusted free text, like the original).
    """

    path: str = field(validator=non_empty)
    lang: str = field(validator=language_code)
    text: str = field(validator=non_empty, repr=False)


class _Note(Protocol):
    @property
    def description(self) -> str | None: ...


class _Notice(Protocol):
    @property
    def reasons_for_delay(self) -> str | None: ...


def free_texts(
    description: str,
    measures: tuple[_Note, ...],
    notices: tuple[_Notice, ...] = (),
) -> dict[str, str]:
    """Every non-empty free-text field of a record, by its path."""
    found = dict(_walk(description, measures, notices))
    return {path: text for path, text in found.items() if text}


def _walk(
    description: str, measures: tuple[_Note, ...], notices: tuple[_Notice, ...]
) -> Iterator[tuple[str, str | None]]:
    yield "description", description
    for i, m in enumerate(measures):
        yield f"measures.subsequent[{i}].description", m.description
    for i, n in enumerate(notices):
        yield f"timeline.authority_notices[{i}].reasons_for_delay", n.reasons_for_delay


def check_translations(
    text_lang: str, translations: tuple[Translation, ...], texts: dict[str, str]
) -> None:
    """Refuse a translation of no field, a second one of a field, or one into ``text_lang``.

    Raises:
        ValueError: Naming ``translations[i]`` and how to fix it.
    """
    seen: set[tuple[str, str]] = set()
    for i, t in enumerate(translations):
        if t.path not in texts:
            known = ", ".join(sorted(texts)) or "none: the record has no free text"
            msg = (
                f"translations[{i}].path: {t.path!r} names no free text of this record; "
                f"use one of: {known}"
            )
            raise ValueError(msg)
        if t.lang == text_lang:
            msg = (
                f"translations[{i}].lang: {t.lang!r} is the language the free text is "
                "written in (text_lang); a translation is into another language"
            )
            raise ValueError(msg)
        if (t.path, t.lang) in seen:
            msg = f"translations[{i}]: {t.path!r} already has a translation into {t.lang!r}"
            raise ValueError(msg)
        seen.add((t.path, t.lang))
