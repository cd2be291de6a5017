"""The body registry loaded again after fixtures/bodies.json grew (the Member
States of the African Union, ECOWAS, UEMOA, SADC, IGAD and the GCC, and those
four organisations not held before), so that a database migrated before gets
them without `manage.py load_bodies`: a bare "Member States" of those
organisations' texts is read as theirs. Idempotent, as in 0019; backwards,
nothing is removed."""

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
        ("decisions", "0030_item_page_changed_at"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
