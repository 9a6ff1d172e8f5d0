"""Determinism check (`make determinism`): nbval on every notebook, N times in a row (default 10), each run a
fresh pytest process with fresh kernels, configured as `make test` configures nbval.
Prints one line per run and a summary; exits non-zero if any run failed.

    .venv/bin/python benchmarks/determinism.py [RUNS]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 10


def nbval_once() -> tuple[bool, str, float]:
    """One nbval pass over notebooks/: (passed, pytest's summary line, seconds). The tests' own configuration
    (tests/conftest.py, loaded as the plugin `tests.conftest`) sets it up as in `make test`: offline, writing to
    a fresh scratch folder, every story's claims recorded there before the ledger notebook runs."""
    tests = str(ROOT / "tests")  # for the modules tests/conftest.py imports
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [tests, os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "notebooks", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    lines = [line for line in result.stdout.splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    return result.returncode == 0, (lines[-1].strip("= ") if lines else result.stdout[-500:]), seconds


def main(runs: int = RUNS) -> int:
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    print(f"nbval on {len(notebooks)} notebook(s) ({', '.join(notebooks)}), {runs} runs in a row:")
    passed = 0
    for run in range(1, runs + 1):
        ok, summary, seconds = nbval_once()
        passed += ok
        print(f"  run {run:2d}: {'pass' if ok else 'FAIL'}  {summary}  ({seconds:.0f} s)", flush=True)
    print(f"{passed}/{runs} runs passed")
    return 0 if passed == runs else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS))
