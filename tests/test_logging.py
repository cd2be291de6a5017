"""Calendar feed keys stay out of the logs: gunicorn's access log and Django's."""

from __future__ import annotations

import datetime
import io
import logging
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from tracker.gunicorn_logging import MaskingLogger
from tracker.log_masking import CalendarKeyFilter, mask_calendar_keys

KEY = "Zk3v9QpL0mXw7aB2cD4eF6gH8iJ1kL3n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"GET /calendar/{KEY}/all.ics HTTP/1.1", "GET /calendar/***/all.ics HTTP/1.1"),
        (f"/calendar/{KEY}/bodies/mali.ics", "/calendar/***/bodies/mali.ics"),
        (
            f"https://t.example.org/calendar/{KEY}/all.ics?x=1",
            "https://t.example.org/calendar/***/all.ics?x=1",
        ),
        ("GET /calendar/token/ HTTP/1.1", "GET /calendar/token/ HTTP/1.1"),
        ("GET /calendar/ HTTP/1.1", "GET /calendar/ HTTP/1.1"),
        ("GET /items/12/ HTTP/1.1", "GET /items/12/ HTTP/1.1"),
    ],
)
def test_the_mask_hides_the_key_segment_only(text, expected):
    assert mask_calendar_keys(text) == expected


def test_gunicorns_access_log_masks_the_key(capsys):
    cfg = Config()
    cfg.set("accesslog", "-")
    logger = MaskingLogger(cfg)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/calendar/{KEY}/all.ics",
        "PATH_INFO": f"/calendar/{KEY}/all.ics",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "10.0.0.2",
    }
    response = SimpleNamespace(status="200 OK", sent=120, headers=[])
    request = SimpleNamespace(headers=[("HOST", "tracker.example.org")])
    logger.access(response, request, environ, datetime.timedelta(seconds=0.01))
    line = capsys.readouterr().out
    assert "GET /calendar/***/all.ics HTTP/1.1" in line
    assert KEY not in line


def test_the_filter_masks_a_django_request_record():
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        (f"/calendar/{KEY}/all.ics",),
        None,
    )
    assert CalendarKeyFilter().filter(record) is True
    assert record.getMessage() == "Not Found: /calendar/***/all.ics"


@pytest.mark.django_db
def test_a_404_on_a_feed_is_logged_without_its_key(client):
    """Through the logging configuration of the settings: django.request
    logs the path of a 404, and the console handler masks it."""
    (handler,) = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        assert client.get(f"/calendar/{KEY}/all.ics").status_code == 404
    finally:
        handler.setStream(previous)
    assert "Not Found: /calendar/***/all.ics" in stream.getvalue()
    assert KEY not in stream.getvalue()
