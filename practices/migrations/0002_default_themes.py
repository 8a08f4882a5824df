from django.db import migrations

THEMES = [
    ("self-financing", "Self-financing", "Autofinancement", "التمويل الذاتي"),
    ("import-substitution", "Import substitution", "Substitution aux importations", "إحلال الواردات"),
    ("shared-prototyping", "Shared prototyping", "Prototypage mutualisé", "النمذجة الأولية المشتركة"),
    ("pooled-purchasing", "Pooled purchasing", "Achats groupés", "الشراء المجمّع"),
    ("internationalisation", "Internationalisation", "Internationalisation", "التدويل"),
    ("startup-support", "Startup support", "Accompagnement des startups", "دعم الشركات الناشئة"),
    (
        "university-industry-collaboration",
        "University–industry collaboration",
        "Collaboration université–industrie",
        "التعاون بين الجامعة والصناعة",
    ),
    ("training-and-skills", "Training and skills", "Formation et compétences", "التكوين والمهارات"),
]


def create_themes(apps, schema_editor):
    Theme = apps.get_model("practices", "Theme")
    for slug, name_en, name_fr, name_ar in THEMES:
        Theme.objects.get_or_create(slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "name_ar": name_ar})


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]
    operations = [migrations.RunPython(create_themes, migrations.RunPython.noop)]
