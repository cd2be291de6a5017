"""How heavy and how slow the review page of a 400-paragraph draft is
(issue 18: under 500 KB of HTML, raw, and no slower than before).

    rm -f /tmp/review-bench.sqlite3
    DEBUG=1 ALLOWED_HOSTS=testserver DATABASE_URL=sqlite:////tmp/review-bench.sqlite3 \\
        .venv/bin/python -m bench.review_page [--paragraphs 400] [--language en|fr|ar] \\
        [--runs 7] [--save /tmp/review.html]

Builds a report of generated paragraphs (requests and statements by turns,
the text of tests/test_intake_review.py's big_report), makes a draft of it,
then renders its review page through the test client several times: prints
the raw and gzipped sizes, the bytes per paragraph and the best and median
times. Like every bench script it refuses a database that holds anything
but its own data (bench/guard.py).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

import django

if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from bench.guard import claim_database  # noqa: E402

MALI = Path(__file__).resolve().parent.parent / "fixtures/reports/OIC-ACM-2017-MALI-REP.fr.md"


def report_text(n: int) -> str:
    head = MALI.read_text(encoding="utf-8").split("- i.")[0]
    paras = []
    for k in range(1, n + 1):
        if k % 2:
            paras.append(
                f"- {k}. La Réunion demande au Secrétaire général de faire rapport sur "
                f"la question numéro {k} à la prochaine session, avec l'ISESCO, et de "
                "suivre la mise en œuvre des résolutions adoptées par les sessions "
                "précédentes du Conseil des ministres des affaires étrangères."
            )
        else:
            paras.append(
                f"- {k}. La Réunion a pris note avec satisfaction du rapport numéro {k} "
                "présenté par le Secrétariat général sur la situation dans la région."
            )
    return head + "\n\n".join(paras) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=400)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--language", default="en", help="the reader's language: en, fr, ar")
    args = parser.parse_args()
    from decisions.intake.drafts import draft_start

    call_command("migrate", verbosity=0)
    claim_database()
    user = User.objects.filter(username="bench-importer").first()
    if user is None:
        user = User.objects.create_superuser("bench-importer", password=None)
    client = Client()
    client.force_login(user)
    draft, _ = draft_start(user=user, text=report_text(args.paragraphs))
    url = draft.get_absolute_url()
    times, html = [], b""
    for _ in range(args.runs):
        start = time.perf_counter()
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=args.language)
        times.append(time.perf_counter() - start)
        html = response.content
    if args.save:
        args.save.write_bytes(html)
    n = html.count(b'class="card intake-para')
    print(
        f"{n} paragraphs: {len(html):,} bytes raw, {len(gzip.compress(html)):,} gzipped, "
        f"{len(html) // max(n, 1):,} bytes per paragraph; "
        f"best {min(times):.3f} s, median {statistics.median(times):.3f} s over {args.runs}"
    )


if __name__ == "__main__":
    main()
