"""The demo's CE3M page reads in each language: key figures, mission, services, shared platforms,
international presence, challenges and member cards, from its interview."""

import pytest

from clusters.models import ClusterPage
from portal.demo.content import CE3M_MISSION_EN, CE3M_SERVICES_EN

pytestmark = pytest.mark.django_db

ARABIC = {
    "key figures": "شركة ناشئة مدعومة",
    "mission": "أُنشئ تجمع CE3M سنة 2010",
    "services": "منصة للنماذج الأولية الميكانيكية والإلكترونية",
    "shared platforms": "يستفيد الأعضاء بالأولوية",
    "international presence": "شبكة من الشركاء تغطي نحو عشرة بلدان",
    "challenges": "رفع حصة التمويل الذاتي",
    "member card": "تجميع البطاقات الإلكترونية لزبناء قطاعي السيارات والصناعة",
}
FRENCH = {
    "key figures": "startups accompagnées",
    "mission": "Le cluster CE3M a été créé en 2010",
    "services": "Une plateforme de prototypage mécanique et électronique",
    "shared platforms": "Les membres ont un accès prioritaire",
    "international presence": "Un réseau de partenaires couvrant une dizaine de pays",
    "challenges": "Augmenter la part d’autofinancement",
    "member card": "Assemblage de cartes électroniques pour l’automobile",
}
ENGLISH_ONLY = [
    "startups supported",
    "Electronic board assembly for automotive",
    CE3M_MISSION_EN[3:60],
    CE3M_SERVICES_EN[8:60],
    "Members have priority access",
    "A network of partners covering around ten countries",
]


@pytest.mark.parametrize(("language", "expected"), [("ar", ARABIC), ("fr", FRENCH)])
def test_the_ce3m_page_reads_in_its_language(client, demo, language, expected):
    page = ClusterPage.objects.get(slug="ce3m", locale__language_code=language)
    html = client.get(page.url).content.decode()
    missing = [section for section, text in expected.items() if text not in html]
    assert not missing, f"not in {language}: {missing}"
    assert not [text for text in ENGLISH_ONLY if text in html]


def test_the_english_page_keeps_its_english_texts(client, demo):
    html = client.get(ClusterPage.objects.get(slug="ce3m", locale__language_code="en").url).content.decode()
    assert all(text in html for text in ENGLISH_ONLY)
