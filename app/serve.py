"""Serve the reader app (`make app`): the country comparison and the re-weighting as a standalone page.

The page is `app/explore.py` (a jupytext notebook) run by Voila: no code is shown, the page asks for nothing
outside this server (template `reader` in `app/voila/`), and the kernel behind each visit is shut down
once it has been idle for `--cull-after` seconds with no page connected.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import jupytext

APP = Path(__file__).resolve().parent
PAGE = APP / "explore.py"


def voila_arguments(notebook: Path, port: int, cull_after: int) -> list[str]:
    return [
        str(notebook),
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        "--no-browser",
        "--template=reader",
        "--strip_sources=True",
        "--show_tracebacks=False",
        f"--MappingKernelManager.cull_idle_timeout={cull_after}",
        f"--MappingKernelManager.cull_interval={max(1, min(60, cull_after // 2))}",
        "--MappingKernelManager.cull_connected=False",  # a reader who keeps the page open keeps the kernel
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--cull-after", type=int, default=600, help="seconds an unconnected kernel may idle")
    options = parser.parse_args(argv)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(APP), os.environ.get("JUPYTER_PATH")]))
    from voila.app import Voila

    with tempfile.TemporaryDirectory(prefix="kit-app-") as folder:
        notebook = Path(folder) / f"{PAGE.stem}.ipynb"
        jupytext.write(jupytext.read(PAGE), notebook)
        Voila.launch_instance(voila_arguments(notebook, options.port, options.cull_after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
