from django.db import migrations

CHALLENGES = [
    ("health", "Health", "Santé", "الصحة"),
    ("transport", "Transport and mobility", "Transport et mobilité", "النقل والتنقل"),
    ("sustainable-development", "Sustainable development", "Développement durable", "التنمية المستدامة"),
    ("water", "Water", "Eau", "المياه"),
    ("energy", "Energy", "Énergie", "الطاقة"),
    ("agri-food", "Agri-food", "Agroalimentaire", "الصناعات الغذائية الزراعية"),
    ("digital", "Digital transition", "Transition numérique", "التحول الرقمي"),
    ("industrial-sovereignty", "Industrial sovereignty", "Souveraineté industrielle", "السيادة الصناعية"),
    ("climate", "Climate", "Climat", "المناخ"),
]


def create_challenges(apps, schema_editor):
    Challenge = apps.get_model("proposals", "Challenge")
    for slug, name_en, name_fr, name_ar in CHALLENGES:
        Challenge.objects.get_or_create(slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "name_ar": name_ar})


class Migration(migrations.Migration):
    dependencies = [("proposals", "0001_initial")]
    operations = [migrations.RunPython(create_challenges, migrations.RunPython.noop)]
