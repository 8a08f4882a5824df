"""Demo proposals, from the themes of CE3M's interview (import substitution, medical devices, water) and
the other clusters' sectors, at different points of the pipeline, with their history and interest.

`steps` are the statuses each proposal went through after being an idea, with how many days ago.
`interests` are (partner email, organisation, country, role, message, answer) where answer is
"accepted", "declined" or None (still waiting).
"""

PROPOSAL_INDEX = {
    "en": {
        "title": "Joint proposals",
        "intro": "Projects that clusters build together, from the first idea to a funded consortium: "
        "find one looking for partners and express your interest.",
    },
    "fr": {
        "title": "Projets communs",
        "intro": "Les projets que les clusters montent ensemble, de la première idée au consortium financé : "
        "trouvez-en un qui cherche des partenaires et manifestez votre intérêt.",
    },
    "ar": {
        "title": "المشاريع المشتركة",
        "intro": "مشاريع تبنيها التجمعات معًا، من الفكرة الأولى إلى اتحاد ممول: ابحث عن مشروع يبحث عن شركاء "
        "وعبّر عن اهتمامك.",
    },
}

PROPOSALS = [
    {
        "cluster": "ce3m",
        "slug": "made-in-morocco-electronic-components",
        "call": "resilient-electronics-supply-chains",
        "challenges": ["industrial-sovereignty", "energy"],
        "sectors": ["electronics", "energy"],
        "budget": 4200000,
        "duration_months": 36,
        "steps": [("looking_for_partners", 120), ("consortium_formed", 30)],
        "partners_sought": [
            (
                "Component manufacturer (passives and connectors)",
                "large_company",
                "SMT and through-hole production",
                "",
            ),
        ],
        "consortium": [
            ("Pôle SCS – Solutions Communicantes Sécurisées", "FR", "Design for substitution, test benches"),
            ("Politecnico di Torino", "IT", "Reliability testing"),
        ],
        "interests": [
            (
                "partner2@example.org",
                "Atlas Circuits",
                "MA",
                "PCB assembly for the pilot series",
                "We assemble 2 million boards a year in Tangier and can dedicate a line to the pilot series.",
                "accepted",
            ),
        ],
        "en": {
            "title": "Made-in-Morocco electronic components for energy meters",
            "summary": "Replace imported components of smart energy meters with parts designed and made by "
            "CE3M's SMEs, to shorten supply chains hit by the component shortage.",
            "objectives": "<ul><li>Identify the 30 imported components most exposed to shortages in the meters "
            "made by CE3M members.</li><li>Design local substitutes and qualify them with the national "
            "electricity office's pilots.</li><li>Pool purchases of the remaining parts through the cluster.</li>"
            "</ul>",
        },
        "fr": {
            "title": "Des composants électroniques fabriqués au Maroc pour les compteurs d’énergie",
            "summary": "Remplacer les composants importés des compteurs d’énergie intelligents par des pièces "
            "conçues et fabriquées par les PME de CE3M, pour raccourcir des chaînes touchées par la pénurie.",
            "objectives": "<ul><li>Identifier les 30 composants importés les plus exposés aux pénuries dans les "
            "compteurs fabriqués par les membres de CE3M.</li><li>Concevoir des substituts locaux et les qualifier "
            "avec les pilotes de l’office national de l’électricité.</li><li>Mutualiser l’achat des autres pièces "
            "au sein du cluster.</li></ul>",
        },
        "ar": {
            "title": "مكونات إلكترونية مصنوعة في المغرب لعدادات الطاقة",
            "summary": "استبدال المكونات المستوردة لعدادات الطاقة الذكية بقطع تصممها وتصنعها المقاولات الأعضاء "
            "في CE3M، لتقصير سلاسل الإمداد المتأثرة بنقص المكونات.",
            "objectives": "<ul><li>تحديد 30 مكونًا مستوردًا هي الأكثر عرضة للنقص في العدادات التي يصنعها "
            "أعضاء تجمع CE3M.</li><li>تصميم بدائل محلية وتأهيلها في العمليات النموذجية للمكتب الوطني "
            "للكهرباء.</li><li>الشراء المجمّع لبقية القطع عبر التجمع.</li></ul>",
        },
    },
    {
        "cluster": "ce3m",
        "slug": "local-medical-devices-industry",
        "call": "medical-devices-for-resilient-health",
        "challenges": ["health", "industrial-sovereignty"],
        "sectors": ["medical", "electronics"],
        "budget": 6000000,
        "duration_months": 48,
        "steps": [("looking_for_partners", 20)],
        "partners_sought": [
            ("Medical technology cluster", "association", "Experience of MDR certification", "FR, IT, ES, DE, BE"),
            ("Hospital pilot site", "public_body", "Clinical validation of monitoring devices", ""),
            ("Notified body or certification consultancy", "sme", "CE marking of class IIa devices", ""),
        ],
        "consortium": [],
        "interests": [
            (
                "partner3@example.org",
                "BioMed Valencia",
                "ES",
                "Medical technology cluster",
                "Our 60 members include three manufacturers of patient monitors who want to source in Morocco.",
                None,
            ),
        ],
        "en": {
            "title": "A local industry of medical devices",
            "summary": "Build, with European medical technology clusters, a Moroccan production of patient "
            "monitors and ventilator parts, certified and repairable, as started during the Covid pandemic.",
            "objectives": "<ul><li>Bring CE3M's medical industries cluster and European clusters together around "
            "two devices: a patient monitor and ventilator sub-assemblies.</li><li>Certify them under the MDR with "
            "a notified body.</li><li>Validate them in two hospitals and set up local maintenance.</li></ul>",
        },
        "fr": {
            "title": "Une industrie locale de dispositifs médicaux",
            "summary": "Construire, avec des clusters européens des technologies médicales, une production "
            "marocaine de moniteurs patients et de pièces de respirateurs, certifiés et réparables.",
            "objectives": "<ul><li>Réunir le cluster des industries médicales de CE3M et des clusters européens "
            "autour de deux dispositifs : un moniteur patient et des sous-ensembles de respirateurs.</li><li>Les "
            "certifier selon le MDR avec un organisme notifié.</li><li>Les valider dans deux hôpitaux et organiser "
            "la maintenance locale.</li></ul>",
        },
        "ar": {
            "title": "صناعة محلية للأجهزة الطبية",
            "summary": "بناء إنتاج مغربي لأجهزة مراقبة المرضى وقطع أجهزة التنفس، معتمدة وقابلة للإصلاح، مع "
            "تجمعات أوروبية للتكنولوجيا الطبية.",
            "objectives": "<ul><li>الجمع بين تجمع الصناعات الطبية التابع لـ CE3M وتجمعات أوروبية حول جهازين: "
            "جهاز لمراقبة المرضى ووحدات فرعية لأجهزة التنفس.</li><li>اعتمادهما وفق اللائحة الأوروبية للأجهزة "
            "الطبية (MDR) لدى هيئة مُخطَرة.</li><li>التحقق منهما في مستشفيين وإرساء صيانة محلية لهما.</li></ul>",
        },
    },
    {
        "cluster": "ce3m",
        "slug": "smart-irrigation-water-metering",
        "call": "prima-water-management-2027",
        "challenges": ["water", "sustainable-development"],
        "sectors": ["water", "electronics", "agri-food"],
        "budget": 1800000,
        "duration_months": 30,
        "steps": [],
        "partners_sought": [],
        "consortium": [],
        "interests": [],
        "en": {
            "title": "Smart water metering for irrigation",
            "summary": "Low-cost connected water meters, made in Morocco, that help farms measure and reduce "
            "the water they use for irrigation.",
            "objectives": "<p>Design a connected meter with CE3M's prototyping platform and test it on farms of "
            "the Souss-Massa region with an agri-food cluster.</p>",
        },
        "fr": {
            "title": "Comptage intelligent de l’eau d’irrigation",
            "summary": "Des compteurs d’eau connectés à bas coût, fabriqués au Maroc, qui aident les exploitations "
            "à mesurer et réduire l’eau d’irrigation.",
            "objectives": "<p>Concevoir un compteur connecté avec la plateforme de prototypage de CE3M et le tester "
            "dans des exploitations du Souss-Massa avec un cluster agroalimentaire.</p>",
        },
        "ar": {
            "title": "العدادات الذكية لمياه الري",
            "summary": "عدادات مياه متصلة منخفضة التكلفة، مصنوعة في المغرب، تساعد المزارع على قياس مياه الري وتقليلها.",
            "objectives": "<p>تصميم عداد متصل بالاستعانة بمنصة النمذجة الأولية لتجمع CE3M، واختباره في مزارع "
            "جهة سوس ماسة مع تجمع للصناعات الغذائية الزراعية.</p>",
        },
    },
    {
        "cluster": "ce3m",
        "slug": "pcb-assembly-import-substitution",
        "call": "maroc-pme-import-substitution",
        "challenges": ["industrial-sovereignty"],
        "sectors": ["electronics", "industry-4-0"],
        "budget": 9000000,
        "currency": "MAD",
        "duration_months": 18,
        "steps": [("looking_for_partners", 200), ("consortium_formed", 150), ("submitted", 120), ("funded", 40)],
        "partners_sought": [],
        "consortium": [("Électro-Sud SARL", "MA", "PCB assembly line"), ("ENSAM Casablanca", "MA", "Training")],
        "interests": [],
        "en": {
            "title": "A shared PCB assembly line for import substitution",
            "summary": "A pooled surface-mount assembly line for CE3M's SMEs and startups, labelled by Maroc PME, "
            "so that boards no longer have to be assembled abroad.",
            "objectives": "<p>Install and run a shared SMT line, train 40 technicians, and assemble the first "
            "series of five member products locally.</p>",
        },
        "fr": {
            "title": "Une ligne mutualisée d’assemblage de cartes pour substituer les importations",
            "summary": "Une ligne d’assemblage CMS mutualisée pour les PME et startups de CE3M, labellisée par "
            "Maroc PME, pour ne plus faire assembler les cartes à l’étranger.",
            "objectives": "<p>Installer et exploiter une ligne CMS partagée, former 40 techniciens et assembler "
            "localement les premières séries de cinq produits des membres.</p>",
        },
        "ar": {
            "title": "خط مشترك لتجميع اللوحات الإلكترونية لتعويض الواردات",
            "summary": "خط تجميع مشترك للمقاولات والشركات الناشئة الأعضاء في CE3M، معتمد من المغرب المقاولات، "
            "حتى لا يتم تجميع اللوحات في الخارج.",
            "objectives": "<p>إقامة خط مشترك للتجميع بتقنية التركيب السطحي (SMT) وتشغيله، وتكوين 40 تقنيًا، "
            "وتجميع الدفعات الأولى من خمسة منتجات للأعضاء محليًا.</p>",
        },
    },
    {
        "cluster": "valbiom",
        "slug": "olive-pomace-biorefinery",
        "call": "interreg-next-med-smarter-mediterranean",
        "challenges": ["sustainable-development", "agri-food"],
        "sectors": ["bioeconomy", "agri-food"],
        "budget": 2500000,
        "duration_months": 30,
        "steps": [("looking_for_partners", 35)],
        "partners_sought": [
            ("Olive oil mills cluster", "association", "Supply of pomace and pilot sites", "TN, LB, GR, IT, ES"),
        ],
        "consortium": [],
        "interests": [
            (
                "partner1@example.org",
                "Sfax Olive Tech",
                "TN",
                "Pilot site with three olive oil mills",
                "Our mills produce 12,000 tonnes of pomace each season and are ready to host the pilot.",
                "accepted",
            ),
        ],
        "en": {
            "title": "An olive pomace biorefinery for Mediterranean mills",
            "summary": "Turn the pomace of olive oil mills into bio-based products and energy, with pilots on "
            "both shores of the Mediterranean.",
            "objectives": "<p>Test a small-scale biorefinery at three mills, compare the business models, and "
            "share the results with olive clusters around the Mediterranean.</p>",
        },
        "fr": {
            "title": "Une bioraffinerie de grignons d’olive pour les moulins méditerranéens",
            "summary": "Transformer les grignons des moulins à huile en produits biosourcés et en énergie, avec "
            "des pilotes sur les deux rives de la Méditerranée.",
            "objectives": "<p>Tester une bioraffinerie de petite taille dans trois moulins, comparer les modèles "
            "économiques et partager les résultats avec les clusters oléicoles de la Méditerranée.</p>",
        },
        "ar": {
            "title": "مصفاة حيوية لتفل الزيتون لمعاصر المتوسط",
            "summary": "تحويل تفل معاصر زيت الزيتون إلى منتجات حيوية وطاقة، مع تجارب على ضفتي المتوسط.",
            "objectives": "<p>اختبار مصفاة حيوية صغيرة الحجم في ثلاث معاصر، ومقارنة نماذج الأعمال، وتقاسم "
            "النتائج مع تجمعات الزيتون في حوض المتوسط.</p>",
        },
    },
    {
        "cluster": "qoot",
        "slug": "solar-desalination-for-food-processing",
        "call": "renewable-desalination-2025",
        "challenges": ["water", "energy", "agri-food"],
        "sectors": ["agri-food", "water", "energy"],
        "budget": 3100000,
        "duration_months": 36,
        "steps": [("looking_for_partners", 330), ("consortium_formed", 280), ("submitted", 250), ("not_funded", 45)],
        "partners_sought": [],
        "consortium": [("Solar Water Systems", "GR", "Desalination technology"), ("AUB", "LB", "Research")],
        "interests": [],
        "en": {
            "title": "Solar desalination for food processing in Lebanon",
            "summary": "Small solar-powered desalination units for food processors of the Bekaa valley.",
            "objectives": "<p>Demonstrate two solar desalination units at food processors and measure their cost "
            "per cubic metre.</p>",
        },
        "fr": {
            "title": "Dessalement solaire pour la transformation alimentaire au Liban",
            "summary": "De petites unités de dessalement solaires pour les transformateurs alimentaires de la Bekaa.",
            "objectives": "<p>Démontrer deux unités de dessalement solaires chez des transformateurs et mesurer "
            "leur coût par mètre cube.</p>",
        },
        "ar": {
            "title": "تحلية المياه بالطاقة الشمسية للصناعات الغذائية في لبنان",
            "summary": "وحدات تحلية صغيرة تعمل بالطاقة الشمسية لمصنعي الأغذية في سهل البقاع.",
            "objectives": "<p>إثبات جدوى وحدتين لتحلية المياه بالطاقة الشمسية لدى مصنعي الأغذية، وقياس تكلفة "
            "المتر المكعب في كل منهما.</p>",
        },
    },
]
