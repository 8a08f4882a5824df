"""Every cluster's editors may start translations of their cluster's pages (wagtail-localize's
`submit_translation`; the pages they may not edit stay refused to them)."""

from django.db import migrations


def give_submit_translation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ClusterPage = apps.get_model("clusters", "ClusterPage")
    permission = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    editors = Group.objects.filter(
        page_permissions__page__in=ClusterPage.objects.values("pk"),
        page_permissions__permission__codename="change_page",
    ).distinct()
    for group in editors:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("clusters", "0004_contacts"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(give_submit_translation, migrations.RunPython.noop)]
