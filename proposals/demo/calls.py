"""Demo funding calls: Horizon Europe topics, Interreg NEXT MED, PRIMA and Moroccan national schemes.

Dates are days from the day the demo is loaded, so the calls stay open, forthcoming or closed
as described whenever the demo is loaded.
"""

CALL_INDEX = {
    "en": {
        "title": "Funding calls",
        "intro": "European, Mediterranean and national calls that clusters can answer together: "
        "upcoming deadlines first, closed calls with their outcome.",
    },
    "fr": {
        "title": "Appels à projets",
        "intro": "Les appels européens, méditerranéens et nationaux auxquels les clusters peuvent répondre "
        "ensemble : les échéances proches d’abord, les appels clos avec leur résultat.",
    },
    "ar": {
        "title": "طلبات التمويل",
        "intro": "طلبات التمويل الأوروبية والمتوسطية والوطنية التي يمكن للتجمعات الاستجابة لها معًا: "
        "المواعيد القريبة أولًا، والطلبات المغلقة مع نتائجها.",
    },
}

CALLS = [
    {
        "slug": "resilient-electronics-supply-chains",
        "programme": "horizon-europe",
        "topic_identifier": "HORIZON-CL4-2027-RESILIENCE-01-13",
        "opens_in": -30,
        "deadline_in": 110,
        "budget": 12000000,
        "currency": "EUR",
        "open_to_associated_countries": True,
        "open_to_neighbourhood_countries": True,
        "min_consortium_countries": 3,
        "official_url": "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/"
        "topic-details/HORIZON-CL4-2027-RESILIENCE-01-13",
        "en": {
            "title": "Resilient supply chains for electronic components",
            "summary": "Innovation actions that secure the supply of critical electronic components through "
            "regional production, second sourcing and design for substitution.",
        },
        "fr": {
            "title": "Chaînes d’approvisionnement résilientes en composants électroniques",
            "summary": "Actions d’innovation qui sécurisent l’approvisionnement en composants électroniques "
            "critiques par la production régionale, le second sourcing et la conception pour la substitution.",
        },
        "ar": {
            "title": "سلاسل إمداد مرنة للمكونات الإلكترونية",
            "summary": "إجراءات ابتكار تؤمّن إمدادات المكونات الإلكترونية الحرجة عبر الإنتاج الإقليمي والمصادر "
            "البديلة والتصميم القابل للاستبدال.",
        },
    },
    {
        "slug": "medical-devices-for-resilient-health",
        "programme": "horizon-europe",
        "topic_identifier": "HORIZON-HLTH-2027-IND-13-02",
        "opens_in": -10,
        "deadline_in": 150,
        "budget": 25000000,
        "currency": "EUR",
        "open_to_associated_countries": True,
        "open_to_neighbourhood_countries": False,
        "min_consortium_countries": 3,
        "official_url": "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/"
        "topic-details/HORIZON-HLTH-2027-IND-13-02",
        "en": {
            "title": "Medical devices for a resilient health industry",
            "summary": "Research and innovation for affordable, repairable medical devices produced close to "
            "the hospitals that use them, with clinical validation and certification under the MDR.",
        },
        "fr": {
            "title": "Dispositifs médicaux pour une industrie de santé résiliente",
            "summary": "Recherche et innovation pour des dispositifs médicaux abordables et réparables, produits "
            "près des hôpitaux qui les utilisent, avec validation clinique et certification selon le MDR.",
        },
        "ar": {
            "title": "أجهزة طبية لصناعة صحية مرنة",
            "summary": "بحث وابتكار لأجهزة طبية ميسورة التكلفة وقابلة للإصلاح تُنتج قرب المستشفيات التي "
            "تستخدمها، مع التحقق السريري والاعتماد.",
        },
    },
    {
        "slug": "interreg-next-med-smarter-mediterranean",
        "programme": "interreg-next-med",
        "topic_identifier": "NEXT MED 2027 – Priority 1.1",
        "opens_in": -45,
        "deadline_in": 60,
        "budget": 30000000,
        "currency": "EUR",
        "open_to_associated_countries": False,
        "open_to_neighbourhood_countries": True,
        "min_consortium_countries": 3,
        "official_url": "https://www.interregnextmed.eu/calls/",
        "en": {
            "title": "Interreg NEXT MED: a smarter and more competitive Mediterranean",
            "summary": "Standard projects bringing together partners from at least three countries, one of "
            "them on each shore, to support innovation and SME growth in the Mediterranean.",
        },
        "fr": {
            "title": "Interreg NEXT MED : une Méditerranée plus intelligente et plus compétitive",
            "summary": "Projets standards réunissant des partenaires d’au moins trois pays, dont un sur chaque "
            "rive, pour soutenir l’innovation et la croissance des PME en Méditerranée.",
        },
        "ar": {
            "title": "إنترريغ نكست ميد: متوسط أذكى وأكثر تنافسية",
            "summary": "مشاريع تجمع شركاء من ثلاث دول على الأقل، من ضفتي المتوسط، لدعم الابتكار ونمو "
            "الشركات الصغيرة والمتوسطة.",
        },
    },
    {
        "slug": "prima-water-management-2027",
        "programme": "prima",
        "topic_identifier": "PRIMA-S2-2027-WATER-1",
        "opens_in": 20,
        "deadline_in": 95,
        "budget": 8000000,
        "currency": "EUR",
        "open_to_associated_countries": True,
        "open_to_neighbourhood_countries": True,
        "min_consortium_countries": 3,
        "official_url": "https://prima-med.org/calls-for-proposals/",
        "en": {
            "title": "PRIMA: non-conventional water resources for agriculture",
            "summary": "Treated wastewater, desalination and smart irrigation for farms around the Mediterranean, "
            "with pilots in at least two southern countries.",
        },
        "fr": {
            "title": "PRIMA : ressources en eau non conventionnelles pour l’agriculture",
            "summary": "Eaux usées traitées, dessalement et irrigation intelligente pour les exploitations "
            "méditerranéennes, avec des pilotes dans au moins deux pays du Sud.",
        },
        "ar": {
            "title": "بريما: موارد مائية غير تقليدية للزراعة",
            "summary": "المياه العادمة المعالجة وتحلية المياه والري الذكي للمزارع المتوسطية، مع تجارب في "
            "بلدين جنوبيين على الأقل.",
        },
    },
    {
        "slug": "maroc-pme-import-substitution",
        "programme": "maroc-pme",
        "topic_identifier": "Tatwir – Substitution des importations",
        "opens_in": -60,
        "deadline_in": 45,
        "budget": 50000000,
        "currency": "MAD",
        "open_to_associated_countries": False,
        "open_to_neighbourhood_countries": False,
        "min_consortium_countries": None,
        "official_url": "https://www.marocpme.gov.ma/",
        "en": {
            "title": "Maroc PME: support for import substitution projects",
            "summary": "Grants for Moroccan SMEs and startups that manufacture locally components and products "
            "currently imported, with priority to labelled clusters' collaborative projects.",
        },
        "fr": {
            "title": "Maroc PME : soutien aux projets de substitution des importations",
            "summary": "Subventions aux PME et startups marocaines qui fabriquent localement des composants et "
            "produits aujourd’hui importés, en priorité pour les projets collaboratifs des clusters labellisés.",
        },
        "ar": {
            "title": "المغرب المقاولات: دعم مشاريع تعويض الواردات",
            "summary": "منح للمقاولات الصغيرة والمتوسطة والناشئة المغربية التي تصنع محليًا مكونات ومنتجات "
            "مستوردة حاليًا، مع الأولوية للمشاريع التعاونية للتجمعات المعتمدة.",
        },
    },
    {
        "slug": "tamwilcom-innov-invest",
        "programme": "tamwilcom",
        "topic_identifier": "Innov Invest – Innov Start",
        "opens_in": -120,
        "deadline_in": 200,
        "budget": 20000000,
        "currency": "MAD",
        "open_to_associated_countries": False,
        "open_to_neighbourhood_countries": False,
        "min_consortium_countries": None,
        "official_url": "https://www.tamwilcom.ma/",
        "en": {
            "title": "Tamwilcom Innov Start: seed funding for innovative startups",
            "summary": "Honour loans and grants for startups incubated by labelled structures, such as a "
            "cluster's tech centre, to build and test their first product.",
        },
        "fr": {
            "title": "Tamwilcom Innov Start : amorçage des startups innovantes",
            "summary": "Prêts d’honneur et subventions pour les startups incubées par des structures labellisées, "
            "comme le centre technologique d’un cluster, pour construire et tester leur premier produit.",
        },
        "ar": {
            "title": "تمويلكم إنوف ستارت: تمويل أولي للشركات الناشئة المبتكرة",
            "summary": "قروض شرف ومنح للشركات الناشئة المحتضنة لدى هياكل معتمدة لبناء منتجها الأول واختباره.",
        },
    },
    {
        "slug": "renewable-desalination-2025",
        "programme": "horizon-europe",
        "topic_identifier": "HORIZON-CL5-2025-D3-02-09",
        "opens_in": -250,
        "deadline_in": -60,
        "budget": 15000000,
        "currency": "EUR",
        "open_to_associated_countries": True,
        "open_to_neighbourhood_countries": True,
        "min_consortium_countries": 3,
        "official_url": "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/"
        "topic-details/HORIZON-CL5-2025-D3-02-09",
        "outcome": "38 proposals evaluated, 4 funded (EUR 14.2 million); two funded consortia include partners "
        "from Tunisia and Morocco.",
        "en": {
            "title": "Renewable energy for desalination",
            "summary": "Demonstrating desalination plants powered by solar and wind energy, with brine "
            "management, in water-scarce regions.",
        },
        "fr": {
            "title": "Énergies renouvelables pour le dessalement",
            "summary": "Démonstration d’usines de dessalement alimentées par l’énergie solaire et éolienne, avec "
            "gestion de la saumure, dans les régions en pénurie d’eau.",
            "outcome": "38 propositions évaluées, 4 financées (14,2 millions d’euros) ; deux consortiums "
            "financés comptent des partenaires tunisiens et marocains.",
        },
        "ar": {
            "title": "الطاقات المتجددة لتحلية المياه",
            "summary": "عرض محطات تحلية تعمل بالطاقة الشمسية وطاقة الرياح، مع إدارة المحلول الملحي، في "
            "المناطق التي تعاني من ندرة المياه.",
            "outcome": "تم تقييم 38 مقترحًا وتمويل 4 منها (14.2 مليون يورو)؛ يضم اتحادان ممولان شركاء من تونس والمغرب.",
        },
    },
]
