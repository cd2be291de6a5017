"""The body registry loaded again after fixtures/bodies.json grew (Equatorial
Guinea; more names of the African Union Commission, among them its
Chairperson's in French and Arabic), so that a database migrated before gets
them without `manage.py load_bodies`. Idempotent, as in 0017; backwards,
nothing is removed."""

from django.db import migrations

from decisions.registry.services import bodies_sync, registry_read


def forwards(apps, schema_editor):
    bodies_sync(entries=registry_read(), body_model=apps.get_model("decisions", "Body"))


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0018_overlap_signals"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
