"""The body registry grows to the Member States one by one, the observers, the
OIC's organs and institutions, the United Nations organs and agencies and the
regional organisations OIC texts name (fixtures/bodies.json): new kinds for
them, and the registry loaded again, so that a database migrated before gets
them without `manage.py load_bodies` (`make serve` only migrates).

Loading is idempotent (decisions.registry.services.bodies_sync): a body the file
names is created or brought back to the file, aliases staff added are kept,
and a body an import created under a slug the file now names (an addressee
"Niger" kept for review) becomes that registered body, with its items.
Backwards, nothing is removed: bodies may own items by then.
"""

from django.db import migrations, models

from decisions.registry.services import bodies_sync, registry_read


def forwards(apps, schema_editor):
    bodies_sync(entries=registry_read(), body_model=apps.get_model("decisions", "Body"))


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0016_submission_credit_out_of_notes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="body",
            name="kind",
            field=models.CharField(
                choices=[
                    ("member_states", "Member States"),
                    ("member_state", "Member State"),
                    ("observer_state", "Observer State"),
                    ("observer", "Observer (organisation or community)"),
                    ("oic_organ", "OIC organ"),
                    ("oic_subsidiary", "OIC subsidiary organ"),
                    ("oic_specialised", "OIC specialised institution"),
                    ("oic_affiliated", "OIC affiliated institution"),
                    ("oic_institution", "OIC institution"),
                    ("un_organ", "United Nations organ or agency"),
                    ("international_organisation", "International organisation"),
                    ("external_partner", "External partner"),
                    ("national_government", "National government"),
                    ("non_state_party", "Non-state party"),
                    ("group", "Group of bodies"),
                    ("unknown", "To be reviewed"),
                ],
                default="unknown",
                max_length=32,
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
