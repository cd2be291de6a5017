"""Django's Redis cache, with one client object per connection pool instead
of one per call.

Django's RedisCacheClient.get_client builds a new redis.Redis for every cache
operation; building one fills its table of about 170 response callbacks, which
costs more CPU than the round trip itself (0.06 ms against 0.04 ms on the
bench machine). Every signed-in request makes two or three such calls (the
session, the user, the page's cached content): bench/profile_pages.py showed
it. A redis.Redis holds no state of its own beyond the pool, and is safe to
share between threads; the pool already reconnects after a fork.

Two more costs of every call, paid for each key (the session's read takes
five): Django checks each key for what memcached refuses (over 250
characters, spaces and control characters), one character at a time, to
warn about it, which does not apply to Redis (any bytes make a key); and
its serializer tries every value as an integer first, so that a pickle,
nearly every value, costs a raised and caught ValueError. Here the keys go
unchecked and a pickle is told by its first byte."""

from __future__ import annotations

import pickle

from django.core.cache.backends.redis import RedisCache, RedisCacheClient, RedisSerializer

# The PROTO opcode that opens every pickle of protocol 2 and later (Django
# writes the highest); a plain integer's digits never start with it.
PICKLE_PROTO = b"\x80"


class Serializer(RedisSerializer):
    """Django's, reading a pickle without first trying it as an integer."""

    def loads(self, data):
        if data[:1] != PICKLE_PROTO:
            try:
                return int(data)
            except ValueError:
                pass  # an older protocol's pickle
        return pickle.loads(data)  # noqa: S301 (our own cache, as Django's)


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self._options = {"serializer": Serializer, **self._options}

    def validate_key(self, key) -> None:
        """Nothing to check: Redis takes any key (Django's check warns of
        what memcached would refuse)."""
