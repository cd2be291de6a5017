"""Settings for the test suite: the project's settings in development mode.

DEBUG is off unless the environment turns it on, and production settings
refuse to start without a secret key, hosts, a database and a site address;
the suite runs on the development defaults (pytest-django still runs each
test with DEBUG off). Subprocesses that need production settings pass
DEBUG=0 and the rest explicitly (tests/test_settings.py).
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ["DEBUG"] = "1"

from tracker.settings import *  # noqa: E402, F403

# Hashing a password the production way (PBKDF2, a million rounds) takes about
# half a second of CPU; the suite makes and logs in thousands of users. What
# the tests check is who may do what, not the hash's strength.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Uploaded files go to a folder of this process's own (each pytest-xdist worker
# is a process), removed when it ends; tests that look at the files set their
# own (tmp_path) on top.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tracker-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)

# Backups made by the backup job go to a folder of this process's own too.
BACKUP_DIR = Path(tempfile.mkdtemp(prefix="tracker-test-backups-"))
atexit.register(shutil.rmtree, BACKUP_DIR, ignore_errors=True)

# A test database is thrown away: its commits need not wait for the disk.
# (PostgreSQL: the session's synchronous_commit; SQLite, a file per process so
# that tests of concurrent writers see real locking: its synchronous pragma.)
# Transactions, locks and what each one sees are unchanged.
_ENGINE = DATABASES["default"]["ENGINE"]  # noqa: F405
if _ENGINE == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
elif _ENGINE == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA synchronous=OFF"  # noqa: F405
