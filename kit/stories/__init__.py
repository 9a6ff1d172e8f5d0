"""The stories: one package per statistic, each declaring itself in its `__init__.py` (`STORY = Story(...)`).

The machinery finds them by discovery (`kit.story.stories()`); nothing outside this folder lists them.
`python -m kit new <story>` scaffolds a new one.
"""
