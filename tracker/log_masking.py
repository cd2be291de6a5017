"""Keep calendar feed keys out of the logs.

A feed address (/calendar/<key>/all.ics) needs no login: the key is the whole
credential, so an access log that records it hands the feed to whoever reads
the log. Pure standard library: gunicorn's logger class imports it before
Django is set up.
"""

from __future__ import annotations

import logging
import re

MASK = "***"
# The key segment of /calendar/<key>/all.ics and /calendar/<key>/bodies/<slug>.ics
# (and of any prefix before /calendar/, e.g. a language or a full URL).
_CALENDAR_KEY = re.compile(r"(/calendar/)[^/\s?#\"']+(?=/(?:all\.ics|bodies/))")


def mask_calendar_keys(text: str) -> str:
    """`text` with every calendar key replaced by ***."""
    return _CALENDAR_KEY.sub(rf"\g<1>{MASK}", text)


class CalendarKeyFilter(logging.Filter):
    """Masks calendar keys in a record's message (django.request logs the
    path of a 404 or 500, django.server the request line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_calendar_keys(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
