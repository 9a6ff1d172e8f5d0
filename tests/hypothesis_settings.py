"""Settings of the property tests (hypothesis), imported by the test modules that use it, so that a run without
them never imports hypothesis: the same examples on every run (reproducible failures), no example database (and
tests/conftest.py keeps hypothesis's folder out of the working tree)."""

from hypothesis import HealthCheck, settings

settings.register_profile("kit", database=None, derandomize=True, deadline=None, print_blob=True)
settings.load_profile("kit")
FAST = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
