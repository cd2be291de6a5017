"""Members of collective bodies (dated) and each member's response to an item
such a body owns (issue 22)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from decisions.responses.services import memberships_fill


def forwards(apps, schema_editor):
    # The registry's collective bodies get their members (undated: the
    # registry does not say when each joined).
    memberships_fill(
        body_model=apps.get_model("decisions", "Body"),
        membership_model=apps.get_model("decisions", "Membership"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0020_job_runs"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="MemberResponse",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("not_asked", "Not asked"),
                            ("asked", "Asked"),
                            ("answered", "Answered"),
                            ("acted", "Acted"),
                            ("declined", "Declined"),
                        ],
                        default="not_asked",
                        max_length=16,
                        verbose_name="response",
                    ),
                ),
                ("on", models.DateField(blank=True, null=True, verbose_name="date")),
                ("note", models.TextField(blank=True, max_length=2000, verbose_name="note")),
                (
                    "link",
                    models.URLField(blank=True, max_length=2000, verbose_name="evidence (link)"),
                ),
                ("recorded_at", models.DateTimeField(blank=True, null=True)),
                ("version", models.PositiveIntegerField(default=1)),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="member_responses",
                        to="decisions.actionitem",
                    ),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="responses",
                        to="decisions.body",
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["item", "member"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("item", "member"), name="one_response_per_member"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Membership",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("since", models.DateField(blank=True, null=True, verbose_name="member since")),
                ("until", models.DateField(blank=True, null=True, verbose_name="member until")),
                (
                    "collective",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="memberships",
                        to="decisions.body",
                    ),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="member_of",
                        to="decisions.body",
                    ),
                ),
            ],
            options={
                "ordering": ["collective", "member"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("collective", "member", "since"), name="membership_once_per_start"
                    )
                ],
            },
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
