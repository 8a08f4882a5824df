from django.db import migrations

SECTORS = [
    ("energy", "Energy", "Énergie", "الطاقة"),
    ("mobility", "Mobility", "Mobilité", "التنقل"),
    ("medical", "Medical devices and health", "Dispositifs médicaux et santé", "الأجهزة الطبية والصحة"),
    ("aeronautics", "Aeronautics", "Aéronautique", "الطيران"),
    ("electronics", "Electronics and mechatronics", "Électronique et mécatronique", "الإلكترونيات والميكاترونيك"),
    ("agri-food", "Agri-food", "Agroalimentaire", "الصناعات الغذائية الزراعية"),
    ("textile", "Textile", "Textile", "النسيج"),
    ("ict", "ICT and digital", "TIC et numérique", "تكنولوجيا المعلومات والاتصالات"),
    ("bioeconomy", "Bioeconomy and biomass", "Bioéconomie et biomasse", "الاقتصاد الحيوي والكتلة الحيوية"),
    ("water", "Water", "Eau", "المياه"),
    ("industry-4-0", "Industry 4.0", "Industrie 4.0", "الصناعة 4.0"),
]


def create_sectors(apps, schema_editor):
    Sector = apps.get_model("clusters", "Sector")
    for slug, name_en, name_fr, name_ar in SECTORS:
        Sector.objects.get_or_create(slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "name_ar": name_ar})


class Migration(migrations.Migration):
    dependencies = [("clusters", "0002_sectors_platforms")]
    operations = [migrations.RunPython(create_sectors, migrations.RunPython.noop)]
