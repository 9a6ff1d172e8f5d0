"""Lighthouse on the reader pages (`make lighthouse`): Lighthouse 12.2.3 from npm (installed by the make target in
benchmarks/lighthouse/node_modules, not committed), Debian's Chromium (CHROME_PATH), its default mobile profile
(a mid-range phone on a slow 4G connection, simulated), the pages written fresh into a scratch folder and served
gzip-compressed by a static server on 127.0.0.1. Prints a table per page (the median of RUNS runs) and the first
load's weight, compressed, with and without the data; the reports go to test-output/lighthouse/.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from kit import articles, i18n, paths
from kit.reader import page, serve

LIGHTHOUSE = Path(__file__).resolve().parent / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
OUTPUT = paths.ROOT / "test-output" / "lighthouse"
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
METRICS = {  # audit id -> shown as
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}


def run(url: str, report: Path) -> dict:
    command = [
        "node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")})
    return json.loads(report.read_text(encoding="utf-8"))


def weight(result: dict) -> tuple[int, int, list[tuple[str, int]]]:
    """Bytes transferred on the first load (compressed as served): everything but the data, and the data."""
    requests = result["audits"]["network-requests"]["details"]["items"]
    files = [(item["url"].rsplit("/", 1)[-1], int(item.get("transferSize", 0))) for item in requests]
    data = sum(size for name, size in files if name.endswith(".csv"))
    return sum(size for _, size in files) - data, data, files


def main() -> int:
    if not LIGHTHOUSE.is_file():
        print("Lighthouse is not installed: run `make lighthouse`.", file=sys.stderr)
        return 1
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kit-lighthouse-") as folder:
        pages = []
        for article in articles.names():
            for written in page.write(Path(folder) / article, article):
                if written.name.startswith("reader.") and written.suffix == ".html":
                    pages.append(f"{article}/{written.name}")
        httpd = serve.server(Path(folder), compress=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        print(f"Lighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU slowdown), median of {RUNS} runs per page")
        print(f"{'page':<34} {'perf':>4} {'a11y':>4} " + " ".join(f"{name:>7}" for name in METRICS.values())
              + "   first load (data)")
        for name in pages:
            results = []
            for number in range(RUNS):
                report = OUTPUT / f"{name.replace('/', '-')}.{number}.json"
                results.append(run(f"{base}/{name}", report))
            score = lambda r, c: round(100 * r["categories"][c]["score"])  # noqa: E731
            median = lambda values: statistics.median(values)  # noqa: E731
            metrics = {key: median([r["audits"][key]["numericValue"] for r in results]) for key in METRICS}
            first, data, _ = weight(results[0])
            shown = " ".join(
                f"{metrics[key]:>7.3f}" if key == "cumulative-layout-shift" else f"{metrics[key] / 1000:>6.2f}s"
                for key in METRICS
            )
            print(
                f"{name:<34} {median([score(r, 'performance') for r in results]):>4.0f} "
                f"{median([score(r, 'accessibility') for r in results]):>4.0f} {shown}   "
                f"{first / 1024:.1f} KB ({data / 1024:.1f} KB)"
            )
        _, _, files = weight(results[0])
        print("First load of the last page, bytes transferred: " + ", ".join(f"{n} {s:,}" for n, s in files))
        httpd.shutdown()
        httpd.server_close()
    print(f"Reports: {paths.shown(OUTPUT)}/ (languages: {', '.join(i18n.languages())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
