"""Documents: the notification to the authority, the letter to people, the register.

* :func:`draft` writes a :class:`Document`: the Art. 33 notification to the supervisory
  authority (``kind="authority"``), the Art. 34(2) letter to the people concerned
  (``"people"``) or the Art. 34(3)(c) public notice (``"public"``), in one of
  :data:`LANGUAGES`. A document is drafted only where the assessment makes it owed
  (else :class:`NotOwedError`, or with ``force=True`` a draft that opens with a warning),
  and every statement about risk, exemptions, recipients and deadlines is read from the
  assessment. Every Art. 33(3) item the record supports is filled in; the others are
  marked "To be completed", with those that may follow in phases (Art. 33(4)) said so.
* :func:`edpb_template` exports an incident and its assessment as the fields of the
  EDPB's common notification template (:func:`edpb_fields` is the mapping table,
  :func:`validate_edpb` checks an export against it).
* :func:`register_rows`, :func:`register_csv` and :func:`register_json` write the
  Art. 33(5) register for a set of incidents.
* :func:`report_checklists` writes the checklists of a sector regime's staged reports
  (NIS2, DORA) in English or French.

The wording lives in data files (``documents/templates/*.json``), one entry per language;
code only chooses which sentences apply and fills their placeholders. User text is never
used as a template, and is escaped in HTML and Markdown.

>>> from breachmodel.processor import load_any
>>> pi = load_any("examples/viamedis-almerys-processor.json")
>>> doc = draft(pi, controller="mutuelle-horizon", kind="people", lang="fr")
>>> doc.to_text().splitlines()[0]
'Violation de données à caractère personnel : information importante concernant vos données'
"""

from __future__ import annotations

from breachmodel.documents._document import Block, Document, Trusted
from breachmodel.documents._draft import (
    KINDS,
    LANGUAGES,
    PROCESSOR_KIND,
    NotOwedError,
    default_language,
    draft,
    draft_regimes,
    languages,
    templates,
)
from breachmodel.documents._edpb import (
    EDPB_TEMPLATE,
    EdpbExport,
    edpb_fields,
    edpb_template,
    validate_edpb,
)
from breachmodel.documents._register import (
    REGISTER_COLUMNS,
    Register,
    register_csv,
    register_json,
    register_rows,
)
from breachmodel.documents._reports import REPORT_LANGUAGES, report_checklists

__all__ = [
    "EDPB_TEMPLATE",
    "KINDS",
    "LANGUAGES",
    "PROCESSOR_KIND",
    "REGISTER_COLUMNS",
    "REPORT_LANGUAGES",
    "Block",
    "Document",
    "EdpbExport",
    "NotOwedError",
    "Register",
    "Trusted",
    "default_language",
    "draft",
    "draft_regimes",
    "edpb_fields",
    "edpb_template",
    "languages",
    "register_csv",
    "register_json",
    "register_rows",
    "report_checklists",
    "templates",
    "validate_edpb",
]
