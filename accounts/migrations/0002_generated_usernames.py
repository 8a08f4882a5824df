"""Give a generated username to an account that signed up without one."""

import secrets

from django.db import migrations
from django.utils.text import slugify


def fill_empty_usernames(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(username=""):
        user.username = f"{slugify(user.email.split('@')[0])[:100] or 'user'}-{secrets.token_hex(6)}"
        user.save(update_fields=["username"])


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(fill_empty_usernames, migrations.RunPython.noop)]
