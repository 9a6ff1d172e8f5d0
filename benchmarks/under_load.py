"""`make test-under-load`: a command (by default `make test`) run beside two CPU-bound processes, as on a busy
two-core laptop. When it ends, or this script is stopped (Ctrl-C, SIGTERM), the two are stopped, and so is the
command with everything it started. Prints whether it passed and how long it took; exits with its status.

    .venv/bin/python benchmarks/under_load.py [COMMAND ...]
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

BUSY = 2  # CPU-bound processes beside the command
SPIN = "while True: pass"


def main(command: list[str]) -> int:
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))  # stopped: clean up as on Ctrl-C
    busy = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(BUSY)]
    start = time.perf_counter()
    status = 1
    suite = None
    try:
        suite = subprocess.Popen(command, start_new_session=True)  # its own group: stopped whole if need be
        status = suite.wait()
    finally:
        if suite is not None and suite.poll() is None:
            os.killpg(suite.pid, signal.SIGTERM)
            suite.wait()
        for process in busy:
            process.kill()
            process.wait()
        minutes = (time.perf_counter() - start) / 60
        verdict = "PASS" if status == 0 else f"FAIL (exit status {status})"
        print(f"{' '.join(command)} beside {BUSY} CPU-bound processes: {verdict} in {minutes:.1f} min", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["make", "test"]))
