"""The cached content of the dashboard, the item list, the body pages and
the report pages, kept in the shared cache (Redis) and, in front of it, in
this process's memory.

Those pages keep their content under a key that holds the change stamp
(every item created or updated), the day, the language and the query: a
key's content never changes, it is replaced by a new key. So a copy of it in
the process's memory cannot go stale; it is kept until the time the shared
cache keeps it (stored beside the content) and no longer. Read from the
memory, a page from the cache skips a Redis round trip with its 200 KiB and
the unpickling of them (about a tenth of the dashboard's CPU time). The
content is the same for every visitor of a kind (no user's data goes into a
cached fragment: tests/test_cached_fragments.py).

`{% cache ... using="pages" %}`; the shared cache is OPTIONS["SHARED"]
(default "default"), the memory holds at most OPTIONS["MAX_ENTRIES"] (default
64) entries, the oldest read dropped first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache


class LayeredCache(BaseCache):
    def __init__(self, location, params) -> None:
        options = params.get("OPTIONS", {})
        super().__init__(params)
        self._shared = options.get("SHARED", "default")
        self._keep = int(options.get("MAX_ENTRIES", 64))
        self._local: OrderedDict[str, tuple[float, object]] = OrderedDict()
        self._lock = threading.Lock()

    def _remember(self, key: str, deadline: float, value) -> None:
        with self._lock:
            self._local[key] = (deadline, value)
            self._local.move_to_end(key)
            while len(self._local) > self._keep:
                self._local.popitem(last=False)

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        found = self._local.get(key)
        now = time.time()
        if found is not None and found[0] > now:
            return found[1]
        shared = caches[self._shared].get(key)
        if shared is None or shared[0] <= now:
            return default
        self._remember(key, *shared)
        return shared[1]

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        key = self.make_and_validate_key(key, version=version)
        seconds = self.default_timeout if timeout is DEFAULT_TIMEOUT else timeout
        if seconds is not None and seconds <= 0:
            self._delete(key)
            return
        deadline = time.time() + seconds if seconds is not None else float("inf")
        caches[self._shared].set(key, (deadline, value), timeout)
        self._remember(key, deadline, value)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        if self.get(key, version=version) is not None:
            return False
        self.set(key, value, timeout, version)
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return False  # the content's time is set once, with it

    def delete(self, key, version=None) -> bool:
        return self._delete(self.make_and_validate_key(key, version=version))

    def _delete(self, key: str) -> bool:
        with self._lock:
            self._local.pop(key, None)
        return caches[self._shared].delete(key)

    def has_key(self, key, version=None) -> bool:
        return self.get(key, version=version) is not None

    def clear(self) -> None:
        """This process's copies; the shared cache is cleared on its own."""
        with self._lock:
            self._local.clear()
