"""Explorers for readers: a story's explorers as a static page computed in the reader's browser.

A story declares them in `Story.readers` (name -> factory of a `Reweighting` or a `Comparison`, see
`kit.reader.kinds`); the build writes the article's reader page with `kit.reader.page.write`."""

from kit.reader.kinds import Caveat, Comparison, Message, Reweighting

__all__ = ["Caveat", "Comparison", "Message", "Reweighting"]
