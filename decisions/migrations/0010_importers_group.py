"""The `importers` group: may import reports in the browser (and read every
page, as viewers do)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

IMPORTERS = [
    "view_report",
    "view_decision",
    "view_body",
    "view_actionitem",
    "view_statusupdate",
    "import_report",
]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="importers")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="decisions", codename__in=IMPORTERS)
    )


class Migration(migrations.Migration):
    dependencies = [("decisions", "0009_import_drafts")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
