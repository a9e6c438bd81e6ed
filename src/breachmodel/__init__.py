"""breachmodel: personal-data breach incidents and the legal obligations that follow."""

from breachmodel._version import __version__

__all__ = ["__version__"]
