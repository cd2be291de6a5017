"""gunicorn's logger with calendar keys masked in the access log
(`--logger-class tracker.gunicorn_logging.MaskingLogger`, see `make serve`)."""

from __future__ import annotations

from gunicorn.glogging import Logger

from tracker.log_masking import mask_calendar_keys


class MaskingLogger(Logger):
    def atoms(self, resp, req, environ, request_time) -> dict:
        """Every text atom (request line, path, referer, headers) masked."""
        atoms = super().atoms(resp, req, environ, request_time)
        return {k: mask_calendar_keys(v) if isinstance(v, str) else v for k, v in atoms.items()}
