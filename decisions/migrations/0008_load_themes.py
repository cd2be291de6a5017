"""The theme taxonomy (five OIC focus areas and the 17 SDGs), from the table
in decisions/themes.py. Run again after the table changes by adding a
migration that calls load_themes: it updates names and adds new themes,
never deletes one (items may be tagged with it)."""

from django.db import migrations


def load_themes(apps, schema_editor):
    from decisions.themes.catalog import THEMES

    Theme = apps.get_model("decisions", "Theme")
    for position, theme in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=theme.slug,
            defaults={
                "kind": theme.kind,
                "position": position,
                "name_en": theme.names["en"],
                "name_fr": theme.names["fr"],
                "name_ar": theme.names["ar"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("decisions", "0007_api_tokens_themes_search")]

    operations = [migrations.RunPython(load_themes, migrations.RunPython.noop)]
