"""The ``breachmodel`` logger.

The library logs through ``logging.getLogger("breachmodel")`` and its children
(``breachmodel.importers``, ``breachmodel.bulk``), which carry a
:class:`logging.NullHandler`: nothing is printed unless the application configures
logging. Messages name records by their number in the file and fields by their path;
they never carry a value from the input, which may be personal data.
"""

from __future__ import annotations

import logging
import re

__all__ = ["LOGGER_NAME", "get_logger", "safe_path"]

LOGGER_NAME = "breachmodel"

logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())

_PATH = re.compile(r"^\$(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}|\[\d{1,9}\])*$")


def get_logger(name: str) -> logging.Logger:
    """The logger ``breachmodel.<name>``."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}")


def safe_path(path: str) -> str:
    """A field path fit for a log message: the path itself, or ``$`` when it looks like data.

    >>> safe_path("$.victim.country[0]"), safe_path("$['Jane Doe']")
    ('$.victim.country[0]', '$')
    """
    return path if _PATH.match(path) else "$"
