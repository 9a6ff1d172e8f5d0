"""Started by every Python process the tests launch (on PYTHONPATH): install the network guard."""

import os

if os.environ.get("KIT_OFFLINE") == "1":
    import offline_guard

    offline_guard.install()
