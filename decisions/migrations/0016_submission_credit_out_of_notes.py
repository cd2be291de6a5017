"""Accepted submissions used to be credited in the note's text:

    Seminar held in Dakar.

    [Submitted by Aisha Rahman (fp.isdb) on 2026-12-03]

so a login name reached every reader of the note (the follow-up report, the
API, the exports), always in English. The credit is now two fields of the
history row (StatusUpdate.submitted_by, submitted_at, 0015). This fills them
from the notes written before and takes the bracket out of the note.

Who submitted: the author of the submission linked to the row, else the
user with the username in the bracket; if neither exists (an account
deleted since), nobody, as for any deleted author. When: the submission's
time, else the day in the bracket (midnight, local time).

Backwards, the bracket is written again from the fields (as the code before
0015 wrote it, for every accepted submission) and the fields are emptied.
Running it twice changes nothing: a row whose fields are set is left alone.
"""

import datetime
import re

from django.conf import settings
from django.db import migrations
from django.utils import timezone

# What the code before wrote at the end of the note (a blank line, then the
# bracket); anything around it is the focal point's text and is kept.
CREDIT = re.compile(r"\s*\n\[Submitted by (?P<who>[^\n]+?) on (?P<day>\d{4}-\d{2}-\d{2})\]\s*\Z")
# "Full Name (username)" when the user had a full name, else "username".
NAMED = re.compile(r"(?P<name>.+) \((?P<username>[^()\s]+)\)")
BATCH = 500


def _parse(note: str):
    """(note without the bracket, username or None, day) or None."""
    found = CREDIT.search(note)
    if found is None:
        return None
    try:
        day = datetime.date.fromisoformat(found["day"])
    except ValueError:
        return None
    who = found["who"].strip()
    named = NAMED.fullmatch(who)
    # "unknown": the submission had no author any more.
    username = named["username"] if named else (None if who == "unknown" else who)
    return note[: found.start()].rstrip(), username, day


def _batches(queryset):
    """The rows in batches of primary keys read first: each batch is
    written before the next is read (no cursor open across a write)."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        yield queryset.model.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk")


def credit_to_fields(apps, schema_editor):
    StatusUpdate = apps.get_model("decisions", "StatusUpdate")
    Submission = apps.get_model("decisions", "Submission")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    rows = StatusUpdate.objects.filter(submitted_at__isnull=True, note__contains="[Submitted by ")
    for batch in _batches(rows):
        pending = [(u, p) for u in batch if (p := _parse(u.note)) is not None]
        ids = [u.pk for u, _p in pending]
        linked = {
            s.update_id: s
            for s in Submission.objects.filter(update_id__in=ids).select_related("author")
        }
        names = {p[1] for _u, p in pending if p[1]}
        users = {u.username: u for u in User.objects.filter(username__in=names)}
        changed = []
        for update, (note, username, day) in pending:
            submission = linked.get(update.pk)
            update.note = note
            update.submitted_by = (submission.author if submission else None) or users.get(username)
            update.submitted_at = (
                submission.created_at
                if submission
                else timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
            )
            changed.append(update)
        StatusUpdate.objects.bulk_update(changed, ["note", "submitted_by", "submitted_at"])


def _credit(update) -> str:
    """The bracket as the code before 0015 wrote it."""
    user = update.submitted_by
    if user is None:
        name, username = "unknown", ""
    else:
        full = f"{user.first_name} {user.last_name}".strip()
        name = full or user.username
        username = f" ({user.username})" if full else ""
    day = timezone.localtime(update.submitted_at).date().isoformat()
    return f"[Submitted by {name}{username} on {day}]"


def fields_to_credit(apps, schema_editor):
    StatusUpdate = apps.get_model("decisions", "StatusUpdate")
    rows = StatusUpdate.objects.filter(submitted_at__isnull=False)
    for batch in _batches(rows):
        changed = []
        for update in batch.select_related("submitted_by"):
            credit = _credit(update)
            update.note = f"{update.note}\n\n{credit}" if update.note else credit
            update.submitted_by = None
            update.submitted_at = None
            changed.append(update)
        StatusUpdate.objects.bulk_update(changed, ["note", "submitted_by", "submitted_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0015_statusupdate_submitted"),
    ]

    operations = [migrations.RunPython(credit_to_fields, fields_to_credit)]
