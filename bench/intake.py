"""How long a 100-page report takes from upload to the review page
(issue 10's speed target: under 3 s for PDF and for Word).

    DEBUG=1 ALLOWED_HOSTS=testserver DATABASE_URL=sqlite:////tmp/intake-bench.sqlite3 \\
        .venv/bin/python -m bench.intake

Builds the ~400-paragraph report of bench/formats_bench.py as PDF and as
Word, then times, for each: reading the file (decisions.formats), parsing
and planning it into a draft (services_intake.draft_start), and rendering
the draft's review page through the test client. Like every bench script it
refuses a database that holds anything but its own data (bench/guard.py).
"""

from __future__ import annotations

import time

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from bench import formats_bench
from bench.guard import claim_database
from decisions.formats import read_document
from decisions.intake.drafts import draft_start


def main() -> None:
    call_command("migrate", verbosity=0)
    claim_database()
    call_command("load_bodies", verbosity=0)
    user = User.objects.filter(username="bench-importer").first()
    if user is None:
        user = User.objects.create_superuser("bench-importer", password=None)
    client = Client()
    client.force_login(user)
    first, second = formats_bench.build()
    for data in (first, second):
        start = time.perf_counter()
        doc = read_document(data, name="report")
        read = time.perf_counter()
        draft, _ = draft_start(user=user, text=doc.text, source_name=f"report.{doc.format}")
        planned = time.perf_counter()
        response = client.get(f"/reports/import/drafts/{draft.pk}/")
        shown = time.perf_counter()
        print(
            f"{doc.format}: read {read - start:.2f} s, parse and plan {planned - read:.2f} s, "
            f"review page {shown - planned:.2f} s ({response.status_code}, "
            f"{len(response.content) // 1024} KiB); total {shown - start:.2f} s"
        )


if __name__ == "__main__":
    main()
