"""A digest (SHA-256) over every output of the VCDB, HHS and example runs.

Run with ``python benchmarks/output_digest.py [--vcdb PATH] [--hhs DIR] [--verbose]``
before and after a change that must not alter any output (a speed-up, say): equal
digests mean byte-identical outputs. Each run is the ``breachmodel`` command line in a
fresh process; its standard output, standard error and exit status all enter the
digest. The runs:

- every VCDB record in bulk, as JSON Lines and as CSV, with 1 and 2 processes, with and
  without ``--as-of``;
- every HHS portal export in bulk, as JSON Lines and CSV;
- every file in ``examples/`` assessed in each output format, drafted, and registered;
- processor incidents with 1 and 200 controllers (the Viamedis/Almerys example and a
  scaled copy) as text and JSON.

``--verbose`` prints one digest per run, to find which output changed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
AS_OF = "2024-02-02T12:00:00+01:00"


def _scaled_processor(directory: Path, n: int) -> Path:
    """The processor example with ``n`` controllers (copies with new ids)."""
    data = json.loads((ROOT / "examples" / "viamedis-almerys-processor.json").read_text())
    base = data["controllers"]
    shares = []
    for i in range(n):
        share = json.loads(json.dumps(base[i % len(base)]))
        old = share["organisation"]["id"]
        new = f"{old}-{i}"
        share["organisation"]["id"] = new
        for notice in share.get("authority_notices", ()):
            if notice.get("by") == old:
                notice["by"] = new
        shares.append(share)
    data["controllers"] = shares
    path = directory / f"processor-{n}.json"
    path.write_text(json.dumps(data))
    return path


def _runs(vcdb: Path | None, hhs: Path | None, tmp: Path) -> Iterator[list[str]]:
    if vcdb is not None:
        for fmt in ("jsonl", "csv"):
            for processes in ("1", "2"):
                yield ["assess", str(vcdb), "--format", fmt, "--processes", processes]
            yield ["assess", str(vcdb), "--format", fmt, "--as-of", AS_OF]
    if hhs is not None:
        for csv_file in sorted(hhs.glob("*.csv")):
            for fmt in ("jsonl", "csv"):
                yield ["assess", str(csv_file), "--format", fmt, "--as-of", AS_OF]
    examples = sorted((ROOT / "examples").glob("*.json"))
    for example in examples:
        for fmt in ("text", "markdown", "html", "json"):
            yield ["assess", str(example), "--format", fmt, "--as-of", AS_OF]
        for kind in ("authority", "people", "public"):
            yield ["draft", str(example), "--kind", kind]
    for fmt in ("csv", "json"):
        yield ["register", *map(str, examples), "--format", fmt]
    scaled = _scaled_processor(tmp, 200)
    for fmt in ("text", "json"):
        yield ["assess", str(scaled), "--format", fmt, "--as-of", AS_OF]
        yield ["assess", str(scaled), "--format", fmt]


def _label(argv: list[str]) -> str:
    return " ".join(Path(a).name if "/" in a else a for a in argv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--vcdb", type=Path, default=DEFAULT_DATA / "vcdb" / "vcdb_validated.jsonl")
    parser.add_argument("--hhs", type=Path, default=DEFAULT_DATA / "hhs")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    vcdb = args.vcdb if args.vcdb.exists() else None
    hhs = args.hhs if args.hhs.is_dir() else None
    total = hashlib.sha256()
    with tempfile.TemporaryDirectory() as tmp:
        for argv in _runs(vcdb, hhs, Path(tmp)):
            done = subprocess.run(
                [sys.executable, "-m", "breachmodel", *argv, "--no-progress"]
                if argv[0] == "assess" and argv[1].endswith((".jsonl", ".csv"))
                else [sys.executable, "-m", "breachmodel", *argv],
                capture_output=True,
                check=False,
                cwd=tmp,
            )
            one = hashlib.sha256()
            for part in (_label(argv).encode(), done.stdout, done.stderr, bytes([done.returncode])):
                one.update(len(part).to_bytes(8, "big"))
                one.update(part)
            total.update(one.digest())
            if args.verbose:
                print(f"{one.hexdigest()[:16]}  {_label(argv)}")
    skipped = [name for name, p in (("VCDB", vcdb), ("HHS", hhs)) if p is None]
    note = f" (skipped: {', '.join(skipped)})" if skipped else ""
    print(f"sha256 {total.hexdigest()}{note}")


if __name__ == "__main__":
    main()
