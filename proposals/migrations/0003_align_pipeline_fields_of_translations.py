"""Every language version of a proposal holds the pipeline fields of its source (the version first
written): translations made from a stale copy ended their search for partners on another day."""

from django.db import migrations
from django.db.models import Min

PIPELINE_FIELDS = ("status", "status_changed_at", "partner_search_expires_on", "expiry_reminder_sent_for")


def align_pipeline_fields(apps, schema_editor):
    ProposalPage = apps.get_model("proposals", "ProposalPage")
    firsts = ProposalPage.objects.values("translation_key").annotate(first=Min("pk")).values_list("first", flat=True)
    for source in ProposalPage.objects.filter(pk__in=list(firsts)):
        values = {name: getattr(source, name) for name in PIPELINE_FIELDS}
        ProposalPage.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk).update(**values)


class Migration(migrations.Migration):
    dependencies = [("proposals", "0002_default_challenges")]

    operations = [migrations.RunPython(align_pipeline_fields, migrations.RunPython.noop)]
