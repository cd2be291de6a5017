"""The body registry loaded again after fixtures/bodies.json grew (the Member
States of the African Union, ECOWAS, UEMOA, SADC, IGAD and the GCC, and those
four organisations not held before), so that a database migrated before gets
them without `manage.py load_bodies`: a bare "Member States" of those
organisations' texts is read as theirs. Idempotent, as in 0019; backwards,
nothing is removed."""

from django.db import migrations

from decisions.registry.services import registry_reload


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0030_item_page_changed_at"),
    ]

    operations = [
        migrations.RunPython(registry_reload, migrations.RunPython.noop),
    ]
