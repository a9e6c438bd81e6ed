"""The JSON Schema of assessments' JSON output: the names of :mod:`breachmodel.views`, kept here.

>>> assessment_schema()["properties"]["format_version"]["const"]
'1.0'
"""

from __future__ import annotations

from breachmodel.views._schema import assessment_schema, assessment_schema_json

__all__ = ["assessment_schema", "assessment_schema_json"]
