"""Where the project's documentation and published JSON Schemas live (one place)."""

from __future__ import annotations

DOCS_URL = "https://breachmodel.readthedocs.io/en/latest/"
"""The documentation, as in the package's ``Documentation`` project URL."""

SCHEMA_BASE_URL = DOCS_URL + "schemas/"
"""The folder of the published JSON Schemas; each schema's ``$id`` is this plus its file name."""
