"""The body registry loaded again after fixtures/bodies.json grew (the SADC
Secretariat and its Executive Secretary; the Islamic Development Bank's Board
of Executive Directors, its President and its Islamic Solidarity Fund for
Development), so that a database migrated before gets them without
`manage.py load_bodies`. Idempotent, as in 0019 and 0031; backwards, nothing
is removed."""

from django.db import migrations

from decisions.registry.services import registry_reload


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0032_model_names"),
    ]

    operations = [
        migrations.RunPython(registry_reload, migrations.RunPython.noop),
    ]
