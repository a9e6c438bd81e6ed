"""``python -m breachmodel``: the same command line as ``breachmodel``."""

from breachmodel.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
