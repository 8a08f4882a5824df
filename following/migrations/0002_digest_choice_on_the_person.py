"""The weekly-digest choice moves to the person's profile (accounts.User.wants_weekly_digest)."""

from django.db import migrations


def copy_choices_to_people(apps, schema_editor):
    DigestPreference = apps.get_model("following", "DigestPreference")
    User = apps.get_model("accounts", "User")
    declined = DigestPreference.objects.filter(weekly_digest=False).values("user")
    User.objects.filter(pk__in=declined).update(wants_weekly_digest=False)


def copy_choices_back(apps, schema_editor):
    DigestPreference = apps.get_model("following", "DigestPreference")
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(wants_weekly_digest=False):
        DigestPreference.objects.create(user=user, weekly_digest=False)


class Migration(migrations.Migration):
    dependencies = [
        ("following", "0001_initial"),
        ("accounts", "0003_profile"),
    ]

    operations = [
        migrations.RunPython(copy_choices_to_people, copy_choices_back),
        migrations.DeleteModel(name="DigestPreference"),
    ]
