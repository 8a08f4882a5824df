"""Every cluster's editors may add events under the events index, in each language (the groups
and indexes that already exist; new ones get it from `clusters.open_indexes`)."""

from django.db import migrations


def open_events_indexes(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ClusterPage = apps.get_model("clusters", "ClusterPage")
    EventIndexPage = apps.get_model("agenda", "EventIndexPage")
    adding = Permission.objects.filter(content_type__app_label="wagtailcore", codename="add_page").first()
    if adding is None:  # a new database: no group exists yet
        return
    editors = Group.objects.filter(
        page_permissions__page__in=ClusterPage.objects.values("pk"),
        page_permissions__permission__codename="change_page",
    ).distinct()
    for group in editors:
        for index in EventIndexPage.objects.all():
            GroupPagePermission.objects.get_or_create(group=group, page_id=index.pk, permission=adding)


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0002_programme_plenary_items"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(open_events_indexes, migrations.RunPython.noop)]
