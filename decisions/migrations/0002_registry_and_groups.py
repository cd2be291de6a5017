"""Load the body registry and create the user groups, so that a freshly
migrated database can import a report and hand out roles at once."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from decisions.registry.services import bodies_sync, registry_read

VIEW = ["view_report", "view_decision", "view_body", "view_actionitem", "view_statusupdate"]
GROUPS = {
    "viewers": VIEW,
    "editors": [*VIEW, "record_update"],
    "focal points": VIEW,
}


def forwards(apps, schema_editor):
    bodies_sync(entries=registry_read(), body_model=apps.get_model("decisions", "Body"))

    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(
            content_type__app_label="decisions", codename__in=codenames
        )
        group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
