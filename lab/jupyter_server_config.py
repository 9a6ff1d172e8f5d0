"""JupyterLab for the newsroom (`make lab`, and the browser tests): the whole project is served, so links from the
notebooks and the ledger to `exports/`, `data/` and `docs/` open; opening happens in `notebooks/`.

Saving a notebook in Lab writes its jupytext `.py` only. The paired `.ipynb` holds the outputs nbval compares
against and is written by `make notebooks` alone, so running or saving a notebook in Lab never dirties it with
outputs, execution counts or widget ids. Edit the code, save, and `make notebooks` brings the `.ipynb` in line
(a test fails while the pair differs).
"""

from pathlib import Path

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from jupytext.async_contentsmanager import build_async_jupytext_contents_manager_class


class KeepRegressionOutputs(AsyncLargeFileManager):
    """Files as usual, except a notebook `.ipynb` with a jupytext `.py` beside it, which is left as it is."""

    async def save(self, model, path=""):
        target = Path(self._get_os_path(path.strip("/")))
        if model.get("type") == "notebook" and target.suffix == ".ipynb" and target.with_suffix(".py").is_file():
            self.log.info("Kept %s as it is (its outputs come from `make notebooks`); saved its .py", path)
            return await self.get(path, content=False)
        return await super().save(model, path)


c = get_config()  # noqa: F821 - provided by Jupyter when it loads this file
c.ServerApp.contents_manager_class = build_async_jupytext_contents_manager_class(KeepRegressionOutputs)
c.ServerApp.root_dir = str(Path(__file__).resolve().parent.parent)
c.ServerApp.default_url = "/lab/tree/notebooks"
c.LabApp.default_url = "/lab/tree/notebooks"
