"""Serve the reader app (`make app`): the country comparison and the re-weighting as a standalone page.

The page is `app/explore.py` (a jupytext notebook) run by Voila: no code is shown and the page asks for nothing
outside this server (template `reader` in `app/voila/`). To hold an audience on one machine:

- `--preheat N` kernels have already run the page when a reader arrives, so the page is ready at once (the view
  in the address is applied then); a taken kernel is replaced `--refill-after` seconds later, so that a crowd
  arriving at once is served before new kernels compete with it for the processor.
- `--max-readers N` caps the kernels serving readers (each holds about 150 MB); a reader beyond the cap gets a
  short "busy, try again" page (HTTP 503 with Retry-After) that retries by itself, instead of a stalled server.
- closing the page shuts its kernel down (the page sends the `_xsrf` token Voila's shutdown call needs), and a
  kernel left without a page is shut down once idle for `--cull-after` seconds.

For more readers than one machine holds, run it on several machines behind a load balancer or on JupyterHub
(see README, "For readers: the app").
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

import jupytext

APP = Path(__file__).resolve().parent
PAGE = APP / "explore.py"
RETRY_AFTER = 10  # seconds
BUSY_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{retry}"><title>{busy_title}</title>
<style>body {{ font-family: system-ui, sans-serif; max-width: 36em; margin: 3em auto; padding: 0 16px;
line-height: 1.5; color: #1a1a1a; }} a {{ color: #0b5cad; }}</style></head>
<body class="kit-busy-page"><h1>{heading}</h1>
<p>{title}</p>
<p>{text}
<a href="">{again}</a>.</p></body></html>
"""


def busy_page(language: str, title: str) -> str:
    """The "busy, try again" page in a language, naming the page's title (in that language)."""
    from kit import i18n

    with i18n.use(language):
        return BUSY_PAGE.format(
            lang=language,
            retry=RETRY_AFTER,
            busy_title=html.escape(i18n.t("reader-busy-title", title=title)),
            heading=html.escape(i18n.t("reader-busy-heading")),
            title=html.escape(title),
            text=html.escape(i18n.t("reader-busy-text", seconds=RETRY_AFTER)),
            again=html.escape(i18n.t("reader-busy-again")),
        )


def voila_arguments(notebook: Path, port: int, cull_after: int, preheat: int, refill_after: float) -> list[str]:
    arguments = [
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
    if preheat > 0:
        arguments += [
            "--preheat_kernel=True",
            f"--pool_size={preheat}",
            f"--VoilaKernelManager.fill_delay={refill_after}",
        ]
    return arguments


def page_notebook(target: Path) -> None:
    """The page as a notebook, with a title and description for the browser tab and link previews taken from the
    chart it opens on: in English (`title`, `description`), and in every language built (`languages`: code ->
    title and description; the page's script shows those of the language its address asks for)."""
    from kit import i18n
    from kit.stories.ai_vibrancy import charts

    notebook = jupytext.read(PAGE)
    texts = {}
    for language in i18n.languages():
        with i18n.use(language):
            chart = charts.ranking_chart()
            texts[language] = {"title": chart.title, "description": f"{chart.subtitle}. {chart.alt_text}"}
    notebook.metadata["title"] = texts[i18n.SOURCE]["title"]
    notebook.metadata["description"] = texts[i18n.SOURCE]["description"]
    notebook.metadata["languages"] = texts
    jupytext.write(notebook, target)


def reader_app(max_readers: int, titles: dict[str, str]):
    """Voila, with the page handler replaced by one that caps the readers and sets the `_xsrf` cookie; `titles`
    are the page's title in each language (code -> title), for the busy page in the reader's language."""
    from kit.widgets import language_of
    from voila.app import Voila
    from voila.tornado.handler import TornadoVoilaHandler

    class ReaderPageHandler(TornadoVoilaHandler):
        async def get(self, path=None):
            if self.readers() >= max_readers:
                self.log.warning("Reader turned away: %d readers at the cap of %d", self.readers(), max_readers)
                self.set_status(503)
                self.set_header("Retry-After", str(RETRY_AFTER))
                self.set_header("Cache-Control", "no-store")
                language = language_of(self.request.query)
                self.finish(busy_page(language, titles.get(language, titles["en"])))
                return
            self.xsrf_token  # noqa: B018  sets the _xsrf cookie that the page's shutdown call on closing sends
            await super().get(path)

        def readers(self) -> int:
            """Kernels serving readers: all of them but the preheated ones still waiting in the pool."""
            manager = self.kernel_manager
            waiting = {
                task.result()["kernel_id"]
                for pool in getattr(manager, "_pools", {}).values()
                for task in pool
                if task.done() and not task.cancelled() and task.exception() is None
            }
            return len(set(manager.list_kernel_ids()) - waiting)

    class ReaderApp(Voila):
        def init_handlers(self):
            return [
                (pattern, ReaderPageHandler, *rest) if handler is TornadoVoilaHandler else (pattern, handler, *rest)
                for pattern, handler, *rest in super().init_handlers()
            ]

    return ReaderApp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--cull-after", type=int, default=600, help="seconds an unconnected kernel may idle")
    parser.add_argument("--preheat", type=int, default=4, help="kernels kept ready with the page already run")
    parser.add_argument("--max-readers", type=int, default=40, help="readers served at once (about 150 MB each)")
    parser.add_argument("--refill-after", type=float, default=20, help="seconds before a taken kernel is replaced")
    parser.add_argument("--write-page", type=Path, help="only write the page as a notebook here (for JupyterHub)")
    options = parser.parse_args(argv)
    if options.write_page:
        page_notebook(options.write_page)
        return 0
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(APP), os.environ.get("JUPYTER_PATH")]))
    with tempfile.TemporaryDirectory(prefix="kit-app-") as folder:
        notebook = Path(folder) / f"{PAGE.stem}.ipynb"
        page_notebook(notebook)
        texts = jupytext.read(notebook).metadata["languages"]
        app = reader_app(options.max_readers, {language: text["title"] for language, text in texts.items()})
        arguments = voila_arguments(notebook, options.port, options.cull_after, options.preheat, options.refill_after)
        app.launch_instance(arguments)
    return 0


if __name__ == "__main__":
    sys.exit(main())
