"""The body registry loaded again after fixtures/bodies.json grew (the SADC
Secretariat and its Executive Secretary; the Islamic Development Bank's Board
of Executive Directors, its President and its Islamic Solidarity Fund for
Development), so that a database migrated before gets them without
`manage.py load_bodies`. Idempotent, as in 0019 and 0031; backwards, nothing
is removed."""

from django.db import migrations

from decisions.registry.services import RegistryError, bodies_sync, registry_read


def forwards(apps, schema_editor):
    try:
        entries = registry_read()
    except RegistryError:
        return  # a checkout without the registry file: load_bodies fills it later
    bodies_sync(entries=entries, body_model=apps.get_model("decisions", "Body"))


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0032_model_names"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
