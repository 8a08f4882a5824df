"""Demo content: the six clusters of the Scale-up voucher for Clusters programme.

CE3M's profile follows its interview with Berytech; the other profiles hold what
is public about each cluster and are meant to be completed by their managers.
"""

HOME = {
    "en": {
        "title": "Mediterranean industrial clusters",
        "intro": "One place where clusters from Morocco, Tunisia, Lebanon and Europe publish their profiles, "
        "share best practices, meet at Techdays and build joint projects.",
        "body": "<p>Clusters bring together SMEs, universities and large companies around collaborative projects "
        "with high innovative content. This portal helps them find partners on both shores of the "
        "Mediterranean, exchange good practices and take part in European programmes such as Horizon Europe.</p>",
    },
    "fr": {
        "title": "Clusters industriels de la Méditerranée",
        "intro": "Un seul lieu où les clusters du Maroc, de Tunisie, du Liban et d’Europe publient leur profil, "
        "partagent leurs bonnes pratiques, se retrouvent aux Techdays et montent des projets communs.",
        "body": "<p>Les clusters rassemblent PME, universités et grandes entreprises autour de projets "
        "collaboratifs à fort contenu innovant. Ce portail les aide à trouver des partenaires sur les deux rives "
        "de la Méditerranée, à échanger leurs bonnes pratiques et à participer aux programmes européens comme "
        "Horizon Europe.</p>",
    },
    "ar": {
        "title": "التجمعات الصناعية المتوسطية",
        "intro": "منصة واحدة تنشر فيها التجمعات الصناعية في المغرب وتونس ولبنان وأوروبا ملفاتها، وتتبادل أفضل "
        "الممارسات، وتلتقي في الأيام التقنية، وتبني مشاريع مشتركة.",
        "body": "<p>تجمع التجمعات الصناعية الشركات الصغيرة والمتوسطة والجامعات والشركات الكبرى حول مشاريع "
        "تعاونية ذات محتوى ابتكاري عالٍ. تساعدها هذه المنصة على إيجاد شركاء على ضفتي البحر الأبيض المتوسط "
        "وتبادل الممارسات الجيدة والمشاركة في البرامج الأوروبية مثل أفق أوروبا.</p>",
    },
}

CLUSTER_INDEX = {
    "en": {"title": "Clusters", "intro": "Industrial clusters from both shores of the Mediterranean."},
    "fr": {"title": "Clusters", "intro": "Les clusters industriels des deux rives de la Méditerranée."},
    "ar": {"title": "التجمعات", "intro": "التجمعات الصناعية من ضفتي البحر الأبيض المتوسط."},
}

CE3M_MISSION_EN = (
    "<p>The CE3M cluster was created in 2010 to develop innovative products made in Morocco for the energy, "
    "mobility, medical and aeronautics sectors. It supports innovative projects by identifying the technologies "
    "they need and assisting with project management, helps members find funding, and supports business "
    "development, participation in international fairs, networking and connections with national and "
    "international donors.</p>"
)
CE3M_MISSION_FR = (
    "<p>Le cluster CE3M a été créé en 2010 pour développer des produits innovants fabriqués au Maroc pour les "
    "secteurs de l’énergie, de la mobilité, du médical et de l’aéronautique. Il accompagne les projets "
    "innovants en identifiant les technologies nécessaires et en assistant la gestion de projet, aide ses "
    "membres à trouver des financements et soutient le développement commercial, la participation aux salons "
    "internationaux, le réseautage et la mise en relation avec les bailleurs nationaux et internationaux.</p>"
)
CE3M_SERVICES_EN = (
    "<ul><li>A mechanical and electronic prototyping platform</li>"
    "<li>A tech centre for incubating and hosting startups and project leaders</li>"
    "<li>Pooled purchasing of components for the sector</li>"
    "<li>Collective training, assistance and support actions</li>"
    "<li>Representation at trade fairs such as CES Las Vegas, Productronica and Global Industrie</li></ul>"
)
CE3M_SERVICES_FR = (
    "<ul><li>Une plateforme de prototypage mécanique et électronique</li>"
    "<li>Un centre technologique pour l’incubation et l’hébergement de startups et de porteurs de projets</li>"
    "<li>Des achats groupés de composants pour la filière</li>"
    "<li>Des formations collectives, de l’assistance et des actions d’accompagnement</li>"
    "<li>Une représentation aux salons comme le CES Las Vegas, Productronica et Global Industrie</li></ul>"
)
CE3M_CHALLENGES_EN = (
    "<ol><li>Increasing the share of self-financing as public funding decreases: value-added services such as "
    "prototyping, and partnerships with Tamwilcom, German Cooperation and Maroc PME.</li>"
    "<li>Import substitution in the face of component shortages, with the Maroc PME label.</li>"
    "<li>Deploying technological innovations with national contractors, with pilots for the national electricity "
    "office and the railway office.</li>"
    "<li>Building a local medical-devices industry, and an industry 4.0 cluster.</li></ol>"
    "<p>CE3M seeks partnerships with European clusters on the same themes, exchange of best practices, joint "
    "events and workshops, Horizon Europe projects, and B2B meetings at Techdays held alternately on both "
    "shores of the Mediterranean.</p>"
)
CE3M_CHALLENGES_FR = (
    "<ol><li>Augmenter la part d’autofinancement face à la baisse des fonds publics : services à valeur ajoutée "
    "comme le prototypage, partenariats avec Tamwilcom, la Coopération allemande et Maroc PME.</li>"
    "<li>La substitution aux importations face à la pénurie de composants, avec le label Maroc PME.</li>"
    "<li>Le déploiement d’innovations auprès des donneurs d’ordre nationaux, avec des opérations pilotes pour "
    "l’Office national de l’électricité et l’Office des chemins de fer.</li>"
    "<li>L’émergence d’une industrie locale des dispositifs médicaux et d’un cluster industrie 4.0.</li></ol>"
    "<p>Le CE3M recherche des partenariats avec des clusters européens sur les mêmes thématiques, l’échange de "
    "bonnes pratiques, des événements et ateliers communs, des projets Horizon Europe et des rencontres B2B lors "
    "de Techdays organisés alternativement sur les deux rives de la Méditerranée.</p>"
)

# Each cluster: facts shared by every language, then per-language text.
CLUSTERS = [
    {
        "slug": "ce3m",
        "acronym": "CE3M",
        "sectors": ["energy", "mobility", "medical", "aeronautics", "electronics", "industry-4-0"],
        "country": "MA",
        "city": "Casablanca",
        "latitude": "33.57311",
        "longitude": "-7.58984",
        "founded_year": 2010,
        "smes": 90,
        "universities": 10,
        "associations": 6,
        "large_companies": 4,
        "startups": 0,
        "key_figures": [
            ("110+", "members", "membres", 2023),
            ("40+", "collaborative projects", "projets collaboratifs", 2023),
            ("60+", "startups supported", "startups accompagnées", 2023),
            ("40+", "innovative products launched", "produits innovants lancés", 2023),
            ("~10", "partner countries", "pays partenaires", 2023),
        ],
        "en": {
            "title": "CE3M",
            "summary": "Innovative products made in Morocco for the energy, mobility, medical and aeronautics sectors.",
            "mission": CE3M_MISSION_EN,
            "services": CE3M_SERVICES_EN,
            "challenges": CE3M_CHALLENGES_EN,
        },
        "fr": {
            "title": "CE3M",
            "summary": "Des produits innovants fabriqués au Maroc pour l’énergie, la mobilité, le médical et "
            "l’aéronautique.",
            "mission": CE3M_MISSION_FR,
            "services": CE3M_SERVICES_FR,
            "challenges": CE3M_CHALLENGES_FR,
        },
        "ar": {
            "title": "CE3M",
            "summary": "منتجات مبتكرة مصنوعة في المغرب لقطاعات الطاقة والتنقل والطب والطيران.",
        },
    },
    {
        "slug": "menara",
        "acronym": "Menara",
        "country": "MA",
        "city": "Marrakech",
        "latitude": "31.62947",
        "longitude": "-7.98108",
        "en": {
            "title": "Menara",
            "summary": "A Moroccan cluster of the Marrakech region, one of the six clusters "
            "selected for the Scale-up voucher for Clusters.",
        },
        "fr": {
            "title": "Menara",
            "summary": "Un cluster marocain de la région de Marrakech, l’un des six clusters "
            "retenus pour le Scale-up voucher for Clusters.",
        },
        "ar": {
            "title": "منارة",
            "summary": "تجمع مغربي من جهة مراكش، أحد التجمعات الستة المختارة لبرنامج قسيمة توسيع التجمعات.",
        },
    },
    {
        "slug": "mdfc",
        "acronym": "MDFC",
        "country": "MA",
        "city": "",
        "en": {
            "title": "MDFC",
            "summary": "A Moroccan cluster selected for the Scale-up voucher for Clusters to "
            "develop its growth strategy and its members' business opportunities.",
        },
        "fr": {
            "title": "MDFC",
            "summary": "Un cluster marocain retenu pour le Scale-up voucher for Clusters afin "
            "de développer sa stratégie de croissance et les opportunités d’affaires de ses membres.",
        },
        "ar": {
            "title": "MDFC",
            "summary": "تجمع مغربي مختار لبرنامج قسيمة توسيع التجمعات لتطوير استراتيجية نموه وفرص أعمال أعضائه.",
        },
    },
    {
        "slug": "valbiom",
        "acronym": "Valbiom",
        "sectors": ["bioeconomy", "agri-food"],
        "country": "MA",
        "city": "",
        "en": {"title": "Valbiom", "summary": "A Moroccan cluster for the valorisation of biomass and bio-resources."},
        "fr": {
            "title": "Valbiom",
            "summary": "Un cluster marocain pour la valorisation de la biomasse et des bio-ressources.",
        },
        "ar": {"title": "فالبيوم", "summary": "تجمع مغربي لتثمين الكتلة الحيوية والموارد البيولوجية."},
    },
    {
        "slug": "2ts",
        "acronym": "2TS",
        "sectors": ["textile"],
        "country": "TN",
        "city": "Monastir",
        "latitude": "35.77799",
        "longitude": "10.82617",
        "en": {
            "title": "Textile Technique du Sahel",
            "summary": "The technical textiles cluster of Tunisia's Sahel region.",
        },
        "fr": {
            "title": "Textile Technique du Sahel",
            "summary": "Le cluster des textiles techniques de la région du Sahel tunisien.",
        },
        "ar": {"title": "النسيج التقني بالساحل", "summary": "تجمع المنسوجات التقنية في منطقة الساحل التونسي."},
    },
    {
        "slug": "qoot",
        "acronym": "QOOT",
        "sectors": ["agri-food"],
        "country": "LB",
        "city": "Beirut",
        "latitude": "33.88863",
        "longitude": "35.49548",
        "en": {
            "title": "QOOT",
            "summary": "Lebanon's agri-food cluster, bringing together producers, processors and innovators.",
        },
        "fr": {
            "title": "QOOT",
            "summary": "Le cluster agroalimentaire du Liban, qui réunit producteurs, transformateurs et innovateurs.",
        },
        "ar": {"title": "قوت", "summary": "التجمع الغذائي الزراعي في لبنان، يجمع المنتجين والمصنعين والمبتكرين."},
    },
]
