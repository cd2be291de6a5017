"""The PostgreSQL pass of CI keeps every test that can touch the database
(tests/conftest.py, TEST_DATABASE_ONLY=1) and leaves out only those that cannot."""

from __future__ import annotations

import pytest
from django.test import SimpleTestCase, TestCase

from tests.conftest import opens_database


def test_a_test_without_the_database_is_left_out(request: pytest.FixtureRequest) -> None:
    assert not opens_database(request.node)


@pytest.mark.django_db
def test_the_marker_keeps_a_test(request: pytest.FixtureRequest) -> None:
    assert opens_database(request.node)


def test_a_fixture_that_needs_the_database_keeps_a_test(
    request: pytest.FixtureRequest, editor
) -> None:
    # `editor` asks for `db` itself: the test never names it.
    assert opens_database(request.node)


def test_the_live_server_keeps_a_test(request: pytest.FixtureRequest, live_server) -> None:
    assert opens_database(request.node)


class DjangoTestCaseKept(TestCase):
    def test_kept(self) -> None:
        assert opens_database(self._pytest_item)

    @pytest.fixture(autouse=True)
    def _item(self, request: pytest.FixtureRequest) -> None:
        self._pytest_item = request.node


class DjangoSimpleTestCaseLeftOut(SimpleTestCase):
    def test_left_out(self) -> None:
        assert not opens_database(self._pytest_item)

    @pytest.fixture(autouse=True)
    def _item(self, request: pytest.FixtureRequest) -> None:
        self._pytest_item = request.node


@pytest.mark.django_db
@pytest.mark.one_engine
def test_a_test_marked_one_engine_is_left_out(request: pytest.FixtureRequest) -> None:
    from tests.conftest import kept_on_the_database_pass

    assert opens_database(request.node)
    assert not kept_on_the_database_pass(request.node)


@pytest.mark.django_db
def test_a_test_of_queries_is_kept(request: pytest.FixtureRequest) -> None:
    from tests.conftest import kept_on_the_database_pass

    assert kept_on_the_database_pass(request.node)
