from django.db import migrations

TYPES = [
    ("technology", "Technology", "Technologie", "تكنولوجيا"),
    ("partnership", "Business partnership", "Partenariat d’affaires", "شراكة أعمال"),
    ("supply", "Supply and subcontracting", "Fourniture et sous-traitance", "توريد ومناولة"),
    ("investment", "Investment", "Investissement", "استثمار"),
    ("research", "Research and innovation project", "Projet de recherche et d’innovation", "مشروع بحث وابتكار"),
    ("expertise", "Expertise and services", "Expertise et services", "خبرة وخدمات"),
]


def create_types(apps, schema_editor):
    OpportunityType = apps.get_model("meetings", "OpportunityType")
    for slug, name_en, name_fr, name_ar in TYPES:
        OpportunityType.objects.get_or_create(
            programme=None, slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "name_ar": name_ar}
        )


def remove_types(apps, schema_editor):
    apps.get_model("meetings", "OpportunityType").objects.filter(programme=None, slug__in=[t[0] for t in TYPES]).delete()


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(create_types, remove_types)]
