"""Each body's working language (Arabic, French or English), the language
its notes verbales are written in; the registry file's values filled in for
the bodies already loaded (issue 22)."""

from django.db import migrations, models

from decisions.registry.services import RegistryError, registry_read, working_languages_fill


def forwards(apps, schema_editor):
    try:
        entries = registry_read()
    except RegistryError:
        return  # a checkout without the registry file: load_bodies fills it later
    working_languages_fill(entries=entries, body_model=apps.get_model("decisions", "Body"))


class Migration(migrations.Migration):
    dependencies = [("decisions", "0023_security_events")]

    operations = [
        migrations.AddField(
            model_name="body",
            name="working_language",
            field=models.CharField(
                blank=True,
                choices=[("ar", "Arabic"), ("fr", "French"), ("en", "English")],
                help_text="The language its notes verbales are written in.",
                max_length=2,
                verbose_name="working language",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
