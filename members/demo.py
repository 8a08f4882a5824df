"""Demo member organisations for each demo cluster. Every name is invented and marked “(demo)”.

CE3M's members follow its interview: SMEs completing the electronics value chain (fine sheet
metal, wire winding, electronic engineering, precision foundry, electronic prototyping),
universities and engineering schools, associations and a few large companies.
"""

from typing import TextIO

from wagtail.search import index

from clusters.models import ClusterPage, Sector
from portal.translations import sources

from .models import CapabilityTag, MemberOrganisation, MemberType

SME, LARGE, UNIVERSITY, ASSOCIATION, STARTUP, RESEARCH, PUBLIC = (
    MemberType.SME,
    MemberType.LARGE_COMPANY,
    MemberType.UNIVERSITY,
    MemberType.ASSOCIATION,
    MemberType.STARTUP,
    MemberType.RESEARCH_CENTRE,
    MemberType.PUBLIC_BODY,
)


def member(name: str, member_type: str, city: str, sectors: list[str], capabilities: list[str], **fields) -> dict:
    return {"name": name, "type": member_type, "city": city, "sectors": sectors, "capabilities": capabilities, **fields}


MEMBERS = {
    "ce3m": [
        member(
            "Atlas Précision Fonderie (demo)",
            SME,
            "Casablanca",
            ["aeronautics", "medical"],
            ["precision foundry", "investment casting", "CNC machining"],
            description="Investment casting of small precision parts in steel and aluminium alloys.",
            production_capacities="120 tonnes of castings a year; parts from 5 g to 8 kg.",
            certifications="ISO 9001, EN 9100",
            seeks_partners=True,
        ),
        member(
            "Tôlerie Fine Anfa (demo)",
            SME,
            "Casablanca",
            ["electronics", "energy"],
            ["sheet metal", "laser cutting", "bending", "powder coating"],
            description="Fine sheet metal work: enclosures, racks and brackets for electronic equipment.",
            production_capacities="Two fibre laser cutters, four press brakes, a powder coating line.",
            certifications="ISO 9001",
            seeks_subcontracting=True,
        ),
        member(
            "Bobinage Chaouia (demo)",
            SME,
            "Berrechid",
            ["energy", "mobility"],
            ["wire winding", "coil winding", "transformers"],
            description="Wire winding of coils, chokes and small transformers, in series or to drawing.",
            production_capacities="8 automatic winding machines; up to 50,000 coils a month.",
            certifications="ISO 9001",
            seeks_subcontracting=True,
        ),
        member(
            "Cartes & Circuits Maghreb (demo)",
            SME,
            "Casablanca",
            ["electronics", "mobility"],
            ["PCB assembly", "SMT", "through-hole assembly", "conformal coating"],
            description="Electronic board assembly for automotive and industrial customers, from prototype to series.",
            production_capacities="Two SMT lines, selective soldering, automatic optical inspection.",
            certifications="ISO 9001, IATF 16949",
            seeks_subcontracting=True,
            seeks_partners=True,
            website="https://cartes-circuits.example.org",
        ),
        member(
            "Ingénierie Électronique Bouskoura (demo)",
            SME,
            "Bouskoura",
            ["electronics", "industry-4-0"],
            ["electronic engineering", "PCB design", "embedded software"],
            description="Design office for electronic products: hardware, PCB layout and embedded firmware.",
            seeks_partners=True,
        ),
        member(
            "ProtoLab Casa (demo)",
            SME,
            "Casablanca",
            ["electronics", "medical"],
            ["electronic prototyping", "PCB assembly", "3D printing"],
            description="Rapid electronic and mechanical prototypes and small series for start-ups and SMEs.",
            production_capacities="Prototype boards in 5 days; small series up to 500 units.",
        ),
        member(
            "Câblage Technique Mohammedia (demo)",
            SME,
            "Mohammedia",
            ["mobility", "aeronautics"],
            ["wire harnesses", "cable assembly"],
            description="Wire harnesses and cable assemblies for railway, automotive and aeronautics equipment.",
            certifications="IATF 16949, EN 9100",
            seeks_subcontracting=True,
        ),
        member(
            "Onduleurs Solaires du Sud (demo)",
            SME,
            "Casablanca",
            ["energy", "electronics"],
            ["power electronics", "solar inverters", "smart metering"],
            description="Power electronics for solar installations: inverters, chargers and energy meters.",
            seeks_partners=True,
        ),
        member(
            "Médi-Dispositifs Maroc (demo)",
            SME,
            "Casablanca",
            ["medical"],
            ["medical devices", "injection moulding", "clean room assembly"],
            description="Single-use medical devices moulded and assembled in an ISO 7 clean room.",
            certifications="ISO 13485",
            seeks_partners=True,
        ),
        member(
            "Usinage Précis Nouaceur (demo)",
            SME,
            "Nouaceur",
            ["aeronautics"],
            ["CNC machining", "surface treatment"],
            description="Five-axis machining of aluminium and titanium parts for aircraft structures.",
            certifications="ISO 9001, EN 9100",
            seeks_subcontracting=True,
        ),
        member(
            "Capteurs Connectés (demo)",
            STARTUP,
            "Casablanca",
            ["industry-4-0", "energy"],
            ["IoT sensors", "embedded software", "LoRaWAN"],
            description="Wireless sensors and dashboards to monitor machines and energy use on the shop floor.",
            seeks_partners=True,
        ),
        member(
            "École Supérieure d'Électronique de Casablanca (demo)",
            UNIVERSITY,
            "Casablanca",
            ["electronics", "industry-4-0"],
            ["engineering training", "applied research", "EMC testing"],
            description="Engineering school training electronics and embedded systems engineers.",
        ),
        member(
            "Université Technologique de l'Atlantique (demo)",
            UNIVERSITY,
            "El Jadida",
            ["energy", "electronics"],
            ["applied research", "power electronics", "reliability testing"],
            description="Research teams in power electronics, renewable energy and reliability of components.",
            seeks_partners=True,
        ),
        member(
            "Centre de Mécatronique Appliquée (demo)",
            RESEARCH,
            "Casablanca",
            ["electronics", "mobility"],
            ["mechatronics", "EMC testing", "reliability testing"],
            description="Test benches and expertise for mechatronic systems, open to member companies.",
        ),
        member(
            "Réseau des Jeunes Électroniciens (demo)",
            ASSOCIATION,
            "Casablanca",
            ["electronics"],
            ["training", "networking"],
            description="Association of young engineers and technicians of the electronics sector.",
        ),
        member(
            "Association Industrie 4.0 Atlantique (demo)",
            ASSOCIATION,
            "Casablanca",
            ["industry-4-0"],
            ["networking", "digital transformation"],
            description="Brings together manufacturers and integrators around the digitalisation of factories.",
        ),
        member(
            "Groupe Énergie Atlantique (demo)",
            LARGE,
            "Casablanca",
            ["energy"],
            ["power distribution equipment", "smart metering"],
            description="Maker of switchgear and metering equipment for the electricity grid.",
            certifications="ISO 9001, ISO 14001",
            seeks_subcontracting=True,
        ),
        member(
            "Aéro Structures du Détroit (demo)",
            LARGE,
            "Tangier",
            ["aeronautics"],
            ["composite structures", "wire harnesses", "CNC machining"],
            description="Aircraft sub-assemblies: composite panels, electrical harnesses and machined parts.",
            certifications="EN 9100",
            seeks_subcontracting=True,
        ),
    ],
    "menara": [
        member(
            "Huilerie du Haouz (demo)",
            SME,
            "Marrakech",
            ["agri-food"],
            ["food processing", "olive oil pressing", "bottling"],
            description="Olive oil mill and bottling line for the producers of the Haouz plain.",
            seeks_partners=True,
        ),
        member(
            "Menara Solaire Services (demo)",
            SME,
            "Marrakech",
            ["energy"],
            ["solar installation", "solar pumping"],
            description="Installs solar pumping and rooftop systems for farms and hotels.",
            seeks_subcontracting=True,
        ),
        member(
            "Atelier Numérique Guéliz (demo)",
            STARTUP,
            "Marrakech",
            ["ict"],
            ["web development", "mobile apps"],
            description="Web and mobile applications for tourism and craft businesses.",
        ),
        member(
            "Faculté des Sciences Appliquées de Marrakech (demo)",
            UNIVERSITY,
            "Marrakech",
            ["energy", "agri-food"],
            ["applied research", "engineering training"],
            description="Applied research in solar energy and food technology.",
        ),
    ],
    "mdfc": [
        member(
            "Meubles et Bois du Saïss (demo)",
            SME,
            "Fès",
            ["industry-4-0"],
            ["woodworking", "CNC machining", "upholstery"],
            description="Furniture for hotels and offices, cut and machined on CNC routers.",
            seeks_subcontracting=True,
        ),
        member(
            "Design Atlas Studio (demo)",
            STARTUP,
            "Casablanca",
            ["ict"],
            ["product design", "3D modelling"],
            description="Product design and 3D modelling for furniture and interior fittings.",
            seeks_partners=True,
        ),
        member(
            "Finitions Bois Meknès (demo)",
            SME,
            "Meknès",
            [],
            ["varnishing", "lacquering"],
            description="Varnishing and lacquering of furniture parts, by the piece or in series.",
            seeks_subcontracting=True,
        ),
        member(
            "Institut des Métiers du Bois (demo)",
            UNIVERSITY,
            "Casablanca",
            [],
            ["vocational training"],
            description="Training of cabinet makers and furniture technicians.",
        ),
    ],
    "valbiom": [
        member(
            "Granulés Bois du Moyen Atlas (demo)",
            SME,
            "Azrou",
            ["bioeconomy", "energy"],
            ["biomass pellets", "wood drying"],
            description="Wood pellets made from sawmill residues of the Middle Atlas cedar forests.",
            production_capacities="6,000 tonnes of pellets a year.",
            seeks_partners=True,
        ),
        member(
            "Biogaz Souss (demo)",
            STARTUP,
            "Agadir",
            ["bioeconomy", "energy"],
            ["biogas", "anaerobic digestion"],
            description="Small digesters that turn farm and food waste into biogas and fertiliser.",
            seeks_partners=True,
        ),
        member(
            "Valorisation des Grignons (demo)",
            SME,
            "Meknès",
            ["bioeconomy", "agri-food"],
            ["olive pomace valorisation", "biomass pellets", "composting"],
            description="Turns olive pomace into fuel and compost.",
            seeks_subcontracting=True,
        ),
        member(
            "Coopérative Argane Bio (demo)",
            ASSOCIATION,
            "Essaouira",
            ["agri-food", "bioeconomy"],
            ["cosmetic oils", "food processing"],
            description="Women's cooperative producing argan oil and valorising its by-products.",
        ),
        member(
            "Laboratoire de Biotechnologie Végétale (demo)",
            RESEARCH,
            "Rabat",
            ["bioeconomy"],
            ["applied research", "laboratory analysis"],
            description="Research on bio-based materials and the characterisation of biomass.",
        ),
    ],
    "2ts": [
        member(
            "Filature Technique du Sahel (demo)",
            SME,
            "Monastir",
            ["textile"],
            ["technical yarns", "spinning"],
            description="Technical yarns in aramid and high-tenacity polyester.",
            certifications="ISO 9001, OEKO-TEX",
            seeks_partners=True,
        ),
        member(
            "Non-Tissés Ksar Hellal (demo)",
            SME,
            "Ksar Hellal",
            ["textile", "medical"],
            ["nonwovens", "medical textiles"],
            description="Spunlace nonwovens for medical and hygiene products.",
            seeks_subcontracting=True,
        ),
        member(
            "Enduction Sousse (demo)",
            SME,
            "Sousse",
            ["textile"],
            ["coating", "lamination", "technical textiles"],
            description="Coating and lamination of technical fabrics for protective clothing and tarpaulins.",
            certifications="ISO 9001",
            seeks_subcontracting=True,
        ),
        member(
            "Confection de Protection Mahdia (demo)",
            SME,
            "Mahdia",
            ["textile"],
            ["protective clothing", "garment manufacturing"],
            description="Protective and work clothing made to European standards.",
            seeks_subcontracting=True,
            seeks_partners=True,
        ),
        member(
            "Institut Supérieur des Textiles du Sahel (demo)",
            UNIVERSITY,
            "Monastir",
            ["textile"],
            ["textile testing", "engineering training"],
            description="Textile engineering school with a testing laboratory open to companies.",
        ),
    ],
    "qoot": [
        member(
            "Conserves de la Békaa (demo)",
            SME,
            "Zahle",
            ["agri-food"],
            ["food processing", "canning", "jams and preserves"],
            description="Vegetables, jams and preserves from the Bekaa valley.",
            certifications="ISO 22000",
            seeks_partners=True,
        ),
        member(
            "Laiterie du Mont-Liban (demo)",
            SME,
            "Baabda",
            ["agri-food"],
            ["dairy processing", "food processing"],
            description="Labneh, cheeses and yoghurts from local milk.",
            seeks_subcontracting=True,
        ),
        member(
            "Emballages Alimentaires Beyrouth (demo)",
            SME,
            "Beirut",
            ["agri-food"],
            ["food packaging", "injection moulding"],
            description="Food-grade packaging: trays, jars and closures.",
            seeks_subcontracting=True,
        ),
        member(
            "AgriTech Cèdre (demo)",
            STARTUP,
            "Beirut",
            ["agri-food", "ict"],
            ["precision agriculture", "IoT sensors"],
            description="Soil and irrigation sensors with advice for small farms.",
            seeks_partners=True,
        ),
        member(
            "Laboratoire d'Analyses Alimentaires du Liban (demo)",
            RESEARCH,
            "Beirut",
            ["agri-food"],
            ["food safety testing", "laboratory analysis"],
            description="Food safety and quality testing for producers and exporters.",
        ),
        member(
            "Union des Producteurs du Akkar (demo)",
            ASSOCIATION,
            "Halba",
            ["agri-food"],
            ["food processing", "networking"],
            description="Association of fruit and vegetable producers of the Akkar plain.",
        ),
    ],
}


# CE3M's member cards in French and Arabic (the descriptions above are in English).
TRANSLATED_DESCRIPTIONS = {
    "Atlas Précision Fonderie (demo)": (
        "Fonderie à cire perdue de petites pièces de précision en acier et en alliages d’aluminium.",
        "سباكة دقيقة بالشمع المفقود لقطع صغيرة من الفولاذ وسبائك الألمنيوم.",
    ),
    "Tôlerie Fine Anfa (demo)": (
        "Tôlerie fine : coffrets, baies et supports pour équipements électroniques.",
        "أشغال الصفائح المعدنية الدقيقة: علب وخزائن وحوامل للمعدات الإلكترونية.",
    ),
    "Bobinage Chaouia (demo)": (
        "Bobinage de bobines, selfs et petits transformateurs, en série ou sur plan.",
        "لف الأسلاك للملفات والمحاثات والمحولات الصغيرة، بالسلسلة أو حسب التصميم.",
    ),
    "Cartes & Circuits Maghreb (demo)": (
        "Assemblage de cartes électroniques pour l’automobile et l’industrie, du prototype à la série.",
        "تجميع البطاقات الإلكترونية لزبناء قطاعي السيارات والصناعة، من النموذج الأولي إلى الإنتاج بالسلسلة.",
    ),
    "Ingénierie Électronique Bouskoura (demo)": (
        "Bureau d’études en produits électroniques : matériel, routage de circuits imprimés et logiciel embarqué.",
        "مكتب دراسات للمنتجات الإلكترونية: العتاد وتصميم الدارات المطبوعة والبرمجيات المدمجة.",
    ),
    "ProtoLab Casa (demo)": (
        "Prototypes électroniques et mécaniques rapides et petites séries pour les startups et les PME.",
        "نماذج أولية إلكترونية وميكانيكية سريعة وسلاسل صغيرة للشركات الناشئة والمقاولات الصغرى والمتوسطة.",
    ),
    "Câblage Technique Mohammedia (demo)": (
        "Faisceaux et assemblages de câbles pour le ferroviaire, l’automobile et l’aéronautique.",
        "حزم الأسلاك وتجميعات الكابلات لمعدات السكك الحديدية والسيارات والطيران.",
    ),
    "Onduleurs Solaires du Sud (demo)": (
        "Électronique de puissance pour les installations solaires : onduleurs, chargeurs et compteurs d’énergie.",
        "إلكترونيات القدرة للمنشآت الشمسية: العاكسات والشواحن وعدادات الطاقة.",
    ),
    "Médi-Dispositifs Maroc (demo)": (
        "Dispositifs médicaux à usage unique moulés et assemblés en salle blanche ISO 7.",
        "أجهزة طبية للاستعمال الواحد تُقولب وتُجمَّع في غرفة نظيفة من فئة ISO 7.",
    ),
    "Usinage Précis Nouaceur (demo)": (
        "Usinage cinq axes de pièces en aluminium et en titane pour les structures d’avions.",
        "تشغيل خماسي المحاور لقطع من الألمنيوم والتيتانيوم لهياكل الطائرات.",
    ),
    "Capteurs Connectés (demo)": (
        "Capteurs sans fil et tableaux de bord pour suivre les machines et la consommation d’énergie en atelier.",
        "مستشعرات لاسلكية ولوحات قيادة لمراقبة الآلات واستهلاك الطاقة في الورشة.",
    ),
    "École Supérieure d'Électronique de Casablanca (demo)": (
        "École d’ingénieurs formant des ingénieurs en électronique et en systèmes embarqués.",
        "مدرسة مهندسين تكوّن مهندسين في الإلكترونيات والأنظمة المدمجة.",
    ),
    "Université Technologique de l'Atlantique (demo)": (
        "Équipes de recherche en électronique de puissance, énergies renouvelables et fiabilité des composants.",
        "فرق بحث في إلكترونيات القدرة والطاقات المتجددة وموثوقية المكونات.",
    ),
    "Centre de Mécatronique Appliquée (demo)": (
        "Bancs d’essai et expertise en systèmes mécatroniques, ouverts aux entreprises membres.",
        "منصات اختبار وخبرة في الأنظمة الميكاترونية، مفتوحة للشركات الأعضاء.",
    ),
    "Réseau des Jeunes Électroniciens (demo)": (
        "Association de jeunes ingénieurs et techniciens de la filière électronique.",
        "جمعية للمهندسين والتقنيين الشباب في قطاع الإلكترونيات.",
    ),
    "Association Industrie 4.0 Atlantique (demo)": (
        "Rassemble industriels et intégrateurs autour de la numérisation des usines.",
        "تجمع المصنّعين والمدمجين حول رقمنة المصانع.",
    ),
    "Groupe Énergie Atlantique (demo)": (
        "Fabricant d’appareillage électrique et d’équipements de comptage pour le réseau électrique.",
        "مصنّع لمعدات التوزيع والقياس للشبكة الكهربائية.",
    ),
    "Aéro Structures du Détroit (demo)": (
        "Sous-ensembles aéronautiques : panneaux composites, harnais électriques et pièces usinées.",
        "تجميعات فرعية للطائرات: ألواح مركبة وحزم أسلاك كهربائية وقطع مشغولة.",
    ),
}


def load_members(stdout: TextIO) -> int:
    """Create the demo members of each demo cluster that exists; members already there are left alone."""
    stdout.write("  member directory…")
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    clusters = {page.slug: page for page in sources(ClusterPage.objects.filter(slug__in=MEMBERS))}
    created = 0
    for slug, members in MEMBERS.items():
        cluster = clusters.get(slug)
        if cluster is None:
            continue
        for data in members:
            fields = {key: value for key, value in data.items() if key not in ("name", "sectors", "capabilities")}
            if data["name"] in TRANSLATED_DESCRIPTIONS:
                fields["description_fr"], fields["description_ar"] = TRANSLATED_DESCRIPTIONS[data["name"]]
            organisation, is_new = MemberOrganisation.objects.get_or_create(
                cluster=cluster, name=data["name"], defaults=fields
            )
            if not is_new:
                continue
            organisation.sectors.set([sectors[key] for key in data["sectors"] if key in sectors])
            organisation.capabilities.set([_capability(name) for name in data["capabilities"]])
            index.insert_or_update_object(organisation)
            created += 1
    return created


def _capability(name: str) -> CapabilityTag:
    existing = CapabilityTag.objects.filter(name__iexact=name).first()
    return existing or CapabilityTag.objects.create(name=name)
