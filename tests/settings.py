"""Settings for the test suite: the project's settings in development mode.

DEBUG is off unless the environment turns it on, and production settings
refuse to start without a secret key, hosts, a database and a site address;
the suite runs on the development defaults (pytest-django still runs each
test with DEBUG off). Subprocesses that need production settings pass
DEBUG=0 and the rest explicitly (tests/test_settings.py).
"""

import os

os.environ["DEBUG"] = "1"

from tracker.settings import *  # noqa: E402, F403
