"""`make test-under-load`: a command (by default `make test`) run beside two CPU-bound processes, as on a busy
two-core laptop. The two are stopped when the command ends, whatever happens (a failure, Ctrl-C). Prints
whether it passed and how long it took; exits with the command's status.

    .venv/bin/python benchmarks/under_load.py [COMMAND ...]
"""

from __future__ import annotations

import subprocess
import sys
import time

BUSY = 2  # CPU-bound processes beside the command
SPIN = "while True: pass"


def main(command: list[str]) -> int:
    busy = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(BUSY)]
    start = time.perf_counter()
    status = 1
    try:
        status = subprocess.run(command, check=False).returncode
    finally:
        for process in busy:
            process.kill()
            process.wait()
        minutes = (time.perf_counter() - start) / 60
        verdict = "PASS" if status == 0 else f"FAIL (exit status {status})"
        print(f"{' '.join(command)} beside {BUSY} CPU-bound processes: {verdict} in {minutes:.1f} min", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["make", "test"]))
