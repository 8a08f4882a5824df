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

CE3M_MISSION_AR = (
    "<p>أُنشئ تجمع CE3M سنة 2010 لتطوير منتجات مبتكرة مصنوعة في المغرب لقطاعات الطاقة والتنقل والطب والطيران. "
    "يواكب المشاريع المبتكرة بتحديد التقنيات اللازمة لتنفيذها والمساعدة في إدارتها، ويساعد أعضاءه على إيجاد "
    "التمويل، ويدعم تطوير الأعمال والمشاركة في المعارض الدولية والتشبيك والربط مع الجهات المانحة الوطنية "
    "والدولية.</p>"
)
CE3M_SERVICES_AR = (
    "<ul><li>منصة للنماذج الأولية الميكانيكية والإلكترونية</li>"
    "<li>مركز تكنولوجي لاحتضان واستضافة الشركات الناشئة وحاملي المشاريع</li>"
    "<li>شراء مجمّع للمكونات لفائدة القطاع</li>"
    "<li>تكوينات جماعية وأعمال مساعدة ومواكبة</li>"
    "<li>تمثيل في المعارض الدولية مثل CES لاس فيغاس وProductronica وGlobal Industrie</li></ul>"
)
CE3M_PLATFORMS_EN = (
    "<p>Members have priority access, at differentiated prices, to the cluster's shared platforms:</p>"
    "<ul><li>A mechanical and electronic prototyping platform, equipped to offer prototyping services</li>"
    "<li>A tech centre that incubates and hosts startups and project leaders</li>"
    "<li>Pooled purchasing of components, to solve the sector's supply problems</li></ul>"
)
CE3M_PLATFORMS_FR = (
    "<p>Les membres ont un accès prioritaire, à des tarifs différenciés, aux plateformes partagées du cluster :</p>"
    "<ul><li>Une plateforme de prototypage mécanique et électronique, équipée pour proposer des services de "
    "prototypage</li>"
    "<li>Un centre technologique qui incube et héberge des startups et des porteurs de projets</li>"
    "<li>Des achats groupés de composants, pour résoudre les problèmes d’approvisionnement de la filière</li></ul>"
)
CE3M_PLATFORMS_AR = (
    "<p>يستفيد الأعضاء بالأولوية، وبأسعار تفضيلية، من المنصات المشتركة للتجمع:</p>"
    "<ul><li>منصة للنماذج الأولية الميكانيكية والإلكترونية، مجهزة لتقديم خدمات النمذجة</li>"
    "<li>مركز تكنولوجي يحتضن ويستضيف الشركات الناشئة وحاملي المشاريع</li>"
    "<li>شراء مجمّع للمكونات لحل مشاكل التزويد في القطاع</li></ul>"
)
CE3M_INTERNATIONAL_EN = (
    "<p>A network of partners covering around ten countries, and a regular presence at major industrial meetings "
    "around the world, in particular CES Las Vegas, Productronica in Germany and Global Industrie. CE3M works with "
    "the Morocco Cluster network, which brings together all Moroccan clusters, and seeks cooperation with European "
    "clusters, in Horizon Europe projects and at Techdays held alternately on both shores of the "
    "Mediterranean.</p>"
)
CE3M_INTERNATIONAL_FR = (
    "<p>Un réseau de partenaires couvrant une dizaine de pays et une présence régulière aux grands rendez-vous "
    "industriels dans le monde, notamment le CES Las Vegas, Productronica en Allemagne et Global Industrie. Le CE3M "
    "travaille avec le réseau Maroc Cluster, qui rassemble tous les clusters marocains, et recherche la coopération "
    "avec les clusters européens, dans des projets Horizon Europe et lors des Techdays organisés alternativement sur "
    "les deux rives de la Méditerranée.</p>"
)
CE3M_INTERNATIONAL_AR = (
    "<p>شبكة من الشركاء تغطي نحو عشرة بلدان، وحضور منتظم في كبرى الملتقيات الصناعية عبر العالم، ولا سيما معرض "
    "CES في لاس فيغاس ومعرض Productronica في ألمانيا ومعرض Global Industrie. يعمل CE3M مع شبكة المغرب كلستر "
    "التي تجمع كل التجمعات المغربية، ويسعى إلى التعاون مع التجمعات الأوروبية في مشاريع أفق أوروبا وخلال الأيام "
    "التقنية التي تُنظَّم بالتناوب على ضفتي البحر الأبيض المتوسط.</p>"
)
CE3M_CHALLENGES_AR = (
    "<ol><li>رفع حصة التمويل الذاتي مع تراجع التمويل العمومي: خدمات ذات قيمة مضافة مثل النمذجة الأولية، "
    "وشراكات مع تمويلكم والتعاون الألماني وMaroc PME.</li>"
    "<li>تعويض الواردات في مواجهة نقص المكونات، بفضل علامة Maroc PME.</li>"
    "<li>نشر الابتكارات التكنولوجية لدى كبار الزبناء الوطنيين، مع عمليات تجريبية لفائدة المكتب الوطني "
    "للكهرباء والمكتب الوطني للسكك الحديدية.</li>"
    "<li>بناء صناعة محلية للأجهزة الطبية، وتجمع للصناعة 4.0.</li></ol>"
    "<p>يسعى CE3M إلى شراكات مع تجمعات أوروبية تعمل على المواضيع نفسها، وتبادل أفضل الممارسات، وتنظيم "
    "فعاليات وورشات مشتركة، ومشاريع أفق أوروبا، ولقاءات أعمال ثنائية خلال الأيام التقنية التي تُنظَّم بالتناوب "
    "على ضفتي البحر الأبيض المتوسط.</p>"
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
        # (value, label in English, French and Arabic, year)
        "key_figures": [
            ("110+", "members", "membres", "عضو", 2023),
            ("40+", "collaborative projects", "projets collaboratifs", "مشروع تعاوني", 2023),
            ("60+", "startups supported", "startups accompagnées", "شركة ناشئة مدعومة", 2023),
            ("40+", "innovative products launched", "produits innovants lancés", "منتج مبتكر أُطلق", 2023),
            ("~10", "partner countries", "pays partenaires", "بلدان شريكة", 2023),
        ],
        "en": {
            "title": "CE3M",
            "summary": "Innovative products made in Morocco for the energy, mobility, medical and aeronautics sectors.",
            "mission": CE3M_MISSION_EN,
            "services": CE3M_SERVICES_EN,
            "shared_platforms": CE3M_PLATFORMS_EN,
            "international_presence": CE3M_INTERNATIONAL_EN,
            "challenges": CE3M_CHALLENGES_EN,
        },
        "fr": {
            "title": "CE3M",
            "summary": "Des produits innovants fabriqués au Maroc pour l’énergie, la mobilité, le médical et "
            "l’aéronautique.",
            "mission": CE3M_MISSION_FR,
            "services": CE3M_SERVICES_FR,
            "shared_platforms": CE3M_PLATFORMS_FR,
            "international_presence": CE3M_INTERNATIONAL_FR,
            "challenges": CE3M_CHALLENGES_FR,
        },
        "ar": {
            "title": "CE3M",
            "summary": "منتجات مبتكرة مصنوعة في المغرب لقطاعات الطاقة والتنقل والطب والطيران.",
            "mission": CE3M_MISSION_AR,
            "services": CE3M_SERVICES_AR,
            "shared_platforms": CE3M_PLATFORMS_AR,
            "international_presence": CE3M_INTERNATIONAL_AR,
            "challenges": CE3M_CHALLENGES_AR,
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
