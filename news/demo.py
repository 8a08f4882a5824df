"""Demo news: the news index and a few items from CE3M, QOOT and 2TS, in English, French and Arabic.

Drawn from what the clusters say of their work: CE3M at CES Las Vegas and Productronica, the coming
Techdays, its startup programme and prototyping platform; QOOT's and 2TS's own news.
"""

from datetime import date

from wagtail.models import Locale, Page

from agenda.models import EventPage
from clusters.models import ClusterPage, Sector
from proposals.models import ProposalPage

from .models import NewsIndexPage, NewsPage

NEWS_INDEX = {
    "en": {"title": "News", "intro": "What the clusters on both shores of the Mediterranean are doing."},
    "fr": {"title": "Actualités", "intro": "Ce que font les clusters des deux rives de la Méditerranée."},
    "ar": {"title": "الأخبار", "intro": "ما تقوم به التجمعات على ضفتي البحر الأبيض المتوسط."},
}

NEWS = [
    {
        "slug": "ce3m-at-ces-las-vegas",
        "cluster": "ce3m",
        "date": date(2026, 1, 9),
        "sectors": ["electronics", "medical"],
        "en": {
            "title": "Made in Morocco at CES Las Vegas",
            "summary": "Eight CE3M member companies showed their connected products on the cluster's stand at CES.",
            "body": "<p>For the fourth year, CE3M brought Moroccan innovation to CES Las Vegas. Eight member "
            "companies presented connected medical devices, energy meters and electronic modules designed and "
            "made in Morocco.</p><p>The stand led to more than 120 business contacts.</p>",
        },
        "fr": {
            "title": "Le made in Morocco au CES de Las Vegas",
            "summary": "Huit entreprises membres du CE3M ont présenté leurs produits connectés sur le stand du "
            "cluster au CES.",
            "body": "<p>Pour la quatrième année, le CE3M a porté l’innovation marocaine au CES de Las Vegas. Huit "
            "entreprises membres ont présenté des dispositifs médicaux connectés, des compteurs d’énergie et des "
            "modules électroniques conçus et fabriqués au Maroc.</p><p>Le stand a permis plus de 120 contacts "
            "d’affaires.</p>",
        },
        "ar": {
            "title": "صُنع في المغرب في معرض CES لاس فيغاس",
            "summary": "عرضت ثماني شركات أعضاء في تجمع CE3M منتجاتها المتصلة في جناح التجمع بمعرض CES.",
            "body": "<p>للسنة الرابعة، حمل تجمع CE3M الابتكار المغربي إلى معرض CES في لاس فيغاس. قدمت ثماني شركات "
            "أعضاء أجهزة طبية متصلة وعدادات للطاقة ووحدات إلكترونية مصممة ومصنوعة في المغرب.</p><p>أتاح الجناح "
            "أكثر من 120 اتصالًا تجاريًا.</p>",
        },
    },
    {
        "slug": "ce3m-startup-programme",
        "cluster": "ce3m",
        "date": date(2026, 3, 2),
        "sectors": ["electronics", "industry-4-0"],
        "en": {
            "title": "CE3M opens its startup programme to a new cohort",
            "summary": "Ten hardware startups will get a year at the tech centre and access to the prototyping "
            "platform.",
            "body": "<p>After supporting more than 60 startups, CE3M opens applications for a new cohort. The "
            "selected teams are hosted in the cluster's tech centre and use its mechanical and electronic "
            "prototyping platform.</p>",
        },
        "fr": {
            "title": "Le CE3M ouvre son programme startups à une nouvelle promotion",
            "summary": "Dix startups du matériel passeront un an au centre technique, avec accès à la plateforme "
            "de prototypage.",
            "body": "<p>Après avoir accompagné plus de 60 startups, le CE3M ouvre les candidatures pour une "
            "nouvelle promotion. Les équipes retenues sont hébergées dans le centre technique du cluster et "
            "utilisent sa plateforme de prototypage mécanique et électronique.</p>",
        },
        "ar": {
            "title": "تجمع CE3M يفتح برنامج الشركات الناشئة لدفعة جديدة",
            "summary": "ستقضي عشر شركات ناشئة في مجال العتاد سنة في المركز التقني مع الوصول إلى منصة النماذج الأولية.",
            "body": "<p>بعد مواكبة أكثر من 60 شركة ناشئة، يفتح تجمع CE3M باب الترشح لدفعة جديدة. تستضيف الفرقُ "
            "المختارة في المركز التقني للتجمع وتستعمل منصته للنماذج الأولية الميكانيكية والإلكترونية.</p>",
        },
    },
    {
        "slug": "techdays-casablanca-announced",
        "cluster": "ce3m",
        "date": date(2026, 5, 18),
        "sectors": ["electronics", "mobility", "energy"],
        "event": "techdays-casablanca",
        "en": {
            "title": "Techdays Casablanca: registration is open",
            "summary": "Talks, demonstrations and B2B meetings between clusters on both shores of the Mediterranean.",
            "body": "<p>CE3M hosts the next Techdays in Casablanca. The day covers local sourcing of electronic "
            "components and medical devices made in Morocco, and ends with B2B meetings.</p>",
        },
        "fr": {
            "title": "Techdays Casablanca : les inscriptions sont ouvertes",
            "summary": "Conférences, démonstrations et rendez-vous B2B entre clusters des deux rives de la "
            "Méditerranée.",
            "body": "<p>Le CE3M accueille les prochains Techdays à Casablanca. La journée porte sur "
            "l’approvisionnement local en composants électroniques et les dispositifs médicaux fabriqués au "
            "Maroc, et se termine par des rendez-vous B2B.</p>",
        },
        "ar": {
            "title": "الأيام التقنية بالدار البيضاء: التسجيل مفتوح",
            "summary": "محاضرات وعروض ولقاءات أعمال ثنائية بين تجمعات ضفتي البحر الأبيض المتوسط.",
            "body": "<p>يستضيف تجمع CE3M الأيام التقنية المقبلة في الدار البيضاء. يتناول اليوم التوريد المحلي "
            "للمكونات الإلكترونية والأجهزة الطبية المصنوعة في المغرب، ويُختتم بلقاءات أعمال ثنائية.</p>",
        },
    },
    {
        "slug": "ce3m-at-productronica",
        "cluster": "ce3m",
        "date": date(2026, 11, 20),
        "sectors": ["electronics"],
        "proposal": "pcb-assembly-import-substitution",
        "en": {
            "title": "CE3M members meet European buyers at Productronica",
            "summary": "In Munich, the cluster looked for partners to assemble printed circuit boards in Morocco.",
            "body": "<p>A CE3M delegation visited Productronica in Munich to meet equipment makers and "
            "European buyers, and to find partners for its joint proposal on printed circuit board "
            "assembly.</p>",
        },
        "fr": {
            "title": "Les membres du CE3M rencontrent des acheteurs européens à Productronica",
            "summary": "À Munich, le cluster a cherché des partenaires pour assembler des cartes électroniques "
            "au Maroc.",
            "body": "<p>Une délégation du CE3M s’est rendue à Productronica, à Munich, pour rencontrer des "
            "fabricants d’équipements et des acheteurs européens, et trouver des partenaires pour sa "
            "proposition commune sur l’assemblage de cartes électroniques.</p>",
        },
        "ar": {
            "title": "أعضاء تجمع CE3M يلتقون مشترين أوروبيين في معرض Productronica",
            "summary": "في ميونيخ، بحث التجمع عن شركاء لتجميع لوحات الدوائر المطبوعة في المغرب.",
            "body": "<p>زار وفد من تجمع CE3M معرض Productronica في ميونيخ للقاء صانعي المعدات والمشترين "
            "الأوروبيين، والعثور على شركاء لمقترحه المشترك حول تجميع لوحات الدوائر المطبوعة.</p>",
        },
    },
    {
        "slug": "qoot-food-export-mission",
        "cluster": "qoot",
        "date": date(2026, 4, 14),
        "sectors": ["agri-food"],
        "en": {
            "title": "QOOT takes Lebanese food producers to Gulfood",
            "summary": "Twelve small producers tested export markets together on one shared stand.",
            "body": "<p>QOOT organised a shared stand for twelve Lebanese food producers, who met importers "
            "from the Gulf and Europe.</p>",
        },
        "fr": {
            "title": "QOOT emmène des producteurs alimentaires libanais au Gulfood",
            "summary": "Douze petits producteurs ont testé ensemble les marchés d’exportation sur un stand partagé.",
            "body": "<p>QOOT a organisé un stand partagé pour douze producteurs alimentaires libanais, qui ont "
            "rencontré des importateurs du Golfe et d’Europe.</p>",
        },
        "ar": {
            "title": "تجمع QOOT يصطحب منتجي الأغذية اللبنانيين إلى معرض Gulfood",
            "summary": "اختبر اثنا عشر منتجًا صغيرًا أسواق التصدير معًا في جناح مشترك.",
            "body": "<p>نظم تجمع QOOT جناحًا مشتركًا لاثني عشر منتجًا لبنانيًا للأغذية التقوا بمستوردين من الخليج "
            "وأوروبا.</p>",
        },
    },
    {
        "slug": "2ts-technical-textiles-lab",
        "cluster": "2ts",
        "date": date(2026, 6, 25),
        "sectors": ["textile"],
        "en": {
            "title": "2TS opens a testing lab for technical textiles",
            "summary": "Members can now certify protective and medical fabrics without sending samples abroad.",
            "body": "<p>The new lab in the Sahel tests resistance, filtration and fire behaviour of technical "
            "textiles for the cluster's members.</p>",
        },
        "fr": {
            "title": "2TS ouvre un laboratoire d’essais pour les textiles techniques",
            "summary": "Les membres peuvent désormais certifier leurs tissus de protection et médicaux sans "
            "envoyer d’échantillons à l’étranger.",
            "body": "<p>Le nouveau laboratoire du Sahel teste la résistance, la filtration et le comportement au "
            "feu des textiles techniques pour les membres du cluster.</p>",
        },
        "ar": {
            "title": "تجمع 2TS يفتتح مختبرًا لاختبار المنسوجات التقنية",
            "summary": "يمكن للأعضاء الآن اعتماد أقمشة الحماية والأقمشة الطبية دون إرسال عينات إلى الخارج.",
            "body": "<p>يختبر المختبر الجديد في الساحل المقاومة والترشيح والسلوك عند الحريق للمنسوجات التقنية "
            "لفائدة أعضاء التجمع.</p>",
        },
    },
]


def load_news(command, home: Page, locales: dict[str, Locale]) -> None:
    """Create the news index and the demo news once; a second run adds nothing."""
    index = command.load_page(NewsIndexPage, home, "news", NEWS_INDEX, locales, show_in_menus=True)
    for data in NEWS:
        command.step(f"news {data['slug']}")
        cluster = ClusterPage.objects.get(locale=locales["en"], slug=data["cluster"])
        news = NewsPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if news is None:
            news = NewsPage(
                slug=data["slug"],
                locale=locales["en"],
                date=data["date"],
                cluster=cluster,
                related_event=_related(EventPage, data.get("event"), locales["en"]),
                related_proposal=_related(ProposalPage, data.get("proposal"), locales["en"]),
                **data["en"],
            )
            news.sectors = list(Sector.objects.filter(slug__in=data["sectors"]))
            index.add_child(instance=news)
            news.save_revision().publish()
            command.created += 1
        extra = {
            code: {
                "cluster": cluster.get_translation_or_none(locales[code]) or cluster,
                "related_event": _related(EventPage, data.get("event"), locales[code]),
                "related_proposal": _related(ProposalPage, data.get("proposal"), locales[code]),
            }
            for code in ("fr", "ar")
        }
        command.translate(news, data, locales, extra=extra)


def _related(model: type[Page], slug: str | None, locale: Locale) -> Page | None:
    return model.objects.filter(slug=slug, locale=locale).first() if slug else None
