"""CE3M's practices, from its interview with Berytech; the figures are the ones it gives."""

CE3M_PRACTICES = [
    {
        "slug": "prototyping-platform",
        "themes": ["shared-prototyping", "self-financing"],
        "sectors": ["electronics", "industry-4-0"],
        "en": {
            "title": "A prototyping platform that helps finance the cluster",
            "summary": "CE3M set up a mechanical and electronic prototyping platform whose paid services speed up "
            "members' innovation and raise the cluster's share of self-financing.",
            "context_and_problem": "<p>Public funding for clusters in Morocco is decreasing, and CE3M needed to "
            "increase the share of its budget it finances itself. At the same time, its SMEs and startups lacked "
            "the equipment to turn ideas into prototypes without going abroad.</p>",
            "approach": "<ul><li>Acquire adequate equipment and open a mechanical and electronic prototyping "
            "platform.</li><li>Sell prototyping as a value-added service, with priority and differentiated prices "
            "for members.</li><li>Diversify partners beyond the Ministry of Industry: Tamwilcom, German "
            "Cooperation and Maroc PME.</li></ul>",
            "results": "<p>Prototyping resources now boost innovation across the sector, and the services bring "
            "the cluster revenue of its own. The platform is one of the missing technological bricks CE3M set "
            "out to add to the Moroccan electronics value chain.</p>",
            "how_to_replicate": "<ol><li>List the prototyping steps your members currently buy abroad.</li>"
            "<li>Start with the equipment most of them need, and price services with a member discount.</li>"
            "<li>Present the platform to several funders, not only your ministry.</li></ol>",
        },
        "fr": {
            "title": "Une plateforme de prototypage qui contribue au financement du cluster",
            "summary": "Le CE3M a créé une plateforme de prototypage mécanique et électronique dont les services "
            "payants accélèrent l’innovation des membres et augmentent l’autofinancement du cluster.",
            "context_and_problem": "<p>Les fonds publics destinés aux clusters diminuent au Maroc, et le CE3M "
            "devait augmenter la part de son budget qu’il finance lui-même. Dans le même temps, ses PME et "
            "startups manquaient d’équipements pour transformer leurs idées en prototypes sans passer par "
            "l’étranger.</p>",
            "approach": "<ul><li>Acquérir des équipements adaptés et ouvrir une plateforme de prototypage "
            "mécanique et électronique.</li><li>Vendre le prototypage comme service à valeur ajoutée, avec priorité "
            "et tarifs différenciés pour les membres.</li><li>Diversifier les partenaires au-delà du ministère de "
            "l’Industrie : Tamwilcom, la Coopération allemande et Maroc PME.</li></ul>",
            "results": "<p>Les moyens de prototypage stimulent désormais l’innovation de toute la filière, et les "
            "services apportent au cluster des recettes propres. La plateforme fait partie des briques "
            "technologiques manquantes que le CE3M s’est donné pour but d’ajouter à la chaîne de valeur "
            "électronique marocaine.</p>",
            "how_to_replicate": "<ol><li>Recensez les étapes de prototypage que vos membres achètent aujourd’hui "
            "à l’étranger.</li><li>Commencez par les équipements dont la plupart ont besoin, et fixez des tarifs "
            "avec une remise pour les membres.</li><li>Présentez la plateforme à plusieurs bailleurs, pas seulement "
            "à votre ministère.</li></ol>",
        },
        "ar": {
            "title": "منصة للنمذجة الأولية تساهم في تمويل التجمع",
            "summary": "أنشأ تجمع CE3M منصة للنمذجة الأولية الميكانيكية والإلكترونية تسرّع خدماتها المدفوعة ابتكار "
            "الأعضاء وترفع حصة التمويل الذاتي للتجمع.",
            "context_and_problem": "<p>يتراجع التمويل العمومي الموجّه إلى التجمعات في المغرب، وكان على تجمع CE3M أن "
            "يرفع حصة ميزانيته التي يموّلها بنفسه. وفي الوقت نفسه، كانت شركاته الصغيرة والمتوسطة وشركاته الناشئة "
            "تفتقر إلى المعدات اللازمة لتحويل أفكارها إلى نماذج أولية دون اللجوء إلى الخارج.</p>",
            "approach": "<ul><li>اقتناء معدات ملائمة وافتتاح منصة للنمذجة الأولية الميكانيكية والإلكترونية.</li>"
            "<li>بيع النمذجة الأولية كخدمة ذات قيمة مضافة، مع منح الأعضاء الأولوية وأسعارًا تفضيلية.</li><li>تنويع "
            "الشركاء بما يتجاوز وزارة الصناعة: Tamwilcom والتعاون الألماني و Maroc PME.</li></ul>",
            "results": "<p>باتت وسائل النمذجة الأولية تعزّز الابتكار في القطاع بأكمله، وتدرّ الخدمات على التجمع موارد "
            "ذاتية. وتُعدّ المنصة إحدى اللبنات التكنولوجية الناقصة التي سعى تجمع CE3M إلى إضافتها إلى سلسلة القيمة "
            "المغربية للإلكترونيات.</p>",
            "how_to_replicate": "<ol><li>أحصوا مراحل النمذجة الأولية التي يشتريها أعضاؤكم حاليًا من الخارج.</li>"
            "<li>ابدؤوا بالمعدات التي يحتاجها معظمهم، وحدّدوا أسعار الخدمات مع تخفيض للأعضاء.</li><li>اعرضوا المنصة "
            "على عدة مموّلين، لا على وزارتكم وحدها.</li></ol>",
        },
    },
    {
        "slug": "pooled-component-purchasing",
        "themes": ["pooled-purchasing"],
        "sectors": ["electronics"],
        "en": {
            "title": "Pooled purchasing of electronic components",
            "summary": "By grouping its members' orders, CE3M helps solve the component supply problems of the "
            "Moroccan electronics sector.",
            "context_and_problem": "<p>Small electronics manufacturers buy components in small quantities: they "
            "pay more, wait longer and are the last served when global supply chains are disrupted.</p>",
            "approach": "<ul><li>Collect members' needs for common components.</li><li>Negotiate and place "
            "grouped orders on behalf of the sector.</li><li>Offer the service with priority and differentiated "
            "prices to members, alongside the cluster's other shared platforms.</li></ul>",
            "results": "<p>Pooled purchasing is one of the structuring actions through which CE3M contributes to "
            "organising the electronics sector in Morocco, by solving component supply problems for its "
            "members.</p>",
            "how_to_replicate": "<ol><li>Start with a short list of components that many members use.</li>"
            "<li>Agree on a simple ordering calendar so orders can be grouped.</li><li>Keep the rules for sharing "
            "costs and deliveries written and visible to every member.</li></ol>",
        },
        "fr": {
            "title": "Achats groupés de composants électroniques",
            "summary": "En regroupant les commandes de ses membres, le CE3M contribue à résoudre les problèmes "
            "d’approvisionnement en composants de la filière électronique marocaine.",
            "context_and_problem": "<p>Les petits fabricants électroniques achètent leurs composants en petites "
            "quantités : ils paient plus cher, attendent plus longtemps et sont les derniers servis quand les "
            "chaînes d’approvisionnement mondiales sont perturbées.</p>",
            "approach": "<ul><li>Recueillir les besoins des membres en composants courants.</li><li>Négocier et "
            "passer des commandes groupées au nom de la filière.</li><li>Proposer le service en priorité et à "
            "tarif différencié aux membres, à côté des autres plateformes partagées du cluster.</li></ul>",
            "results": "<p>Les achats groupés font partie des actions structurantes par lesquelles le CE3M "
            "contribue à organiser la filière électronique au Maroc, en résolvant les problèmes "
            "d’approvisionnement de ses membres.</p>",
            "how_to_replicate": "<ol><li>Commencez par une courte liste de composants utilisés par de nombreux "
            "membres.</li><li>Convenez d’un calendrier de commande simple pour pouvoir les regrouper.</li>"
            "<li>Écrivez les règles de partage des coûts et des livraisons et rendez-les visibles à tous les "
            "membres.</li></ol>",
        },
        "ar": {
            "title": "الشراء المجمّع للمكونات الإلكترونية",
            "summary": "من خلال تجميع طلبيات أعضائه، يساعد تجمع CE3M على حل مشاكل التزود بالمكونات في قطاع "
            "الإلكترونيات المغربي.",
            "context_and_problem": "<p>يشتري صغار مصنّعي الإلكترونيات المكونات بكميات صغيرة: فيدفعون أكثر، وينتظرون "
            "مدة أطول، ويكونون آخر من يُخدَم عندما تضطرب سلاسل التوريد العالمية.</p>",
            "approach": "<ul><li>جمع احتياجات الأعضاء من المكونات الشائعة.</li><li>التفاوض وتقديم طلبيات مجمّعة باسم "
            "القطاع.</li><li>تقديم الخدمة للأعضاء بالأولوية وبأسعار تفضيلية، إلى جانب المنصات المشتركة الأخرى "
            "للتجمع.</li></ul>",
            "results": "<p>يُعدّ الشراء المجمّع من الإجراءات الهيكلية التي يساهم من خلالها تجمع CE3M في تنظيم قطاع "
            "الإلكترونيات في المغرب، عبر حل مشاكل التزود بالمكونات لدى أعضائه.</p>",
            "how_to_replicate": "<ol><li>ابدؤوا بقائمة قصيرة من المكونات التي يستعملها كثير من الأعضاء.</li>"
            "<li>اتفقوا على جدول زمني بسيط للطلبيات حتى يمكن تجميعها.</li><li>دوّنوا قواعد تقاسم التكاليف والتسليمات، "
            "واجعلوها متاحة لاطلاع كل عضو.</li></ol>",
        },
    },
    {
        "slug": "import-substitution-maroc-pme",
        "themes": ["import-substitution"],
        "sectors": ["electronics", "energy"],
        "en": {
            "title": "Import substitution with the Maroc PME label",
            "summary": "Facing component shortages, CE3M steered its SMEs and startups towards import substitution "
            "and obtained the Maroc PME label to access state support for these projects.",
            "context_and_problem": "<p>The shortage of components and the disruption of global supply chains "
            "left Moroccan manufacturers dependent on imports they could no longer obtain on time.</p>",
            "approach": "<ul><li>Direct the activities of member SMEs and startups towards products and parts "
            "that can replace imports.</li><li>Obtain the Maroc PME label, which gives access to state support "
            "for import substitution projects.</li><li>Complete the value chain with missing technological "
            "bricks by attracting complementary investments: fine sheet metal, wire winding, electronic "
            "engineering, precision foundry, electronic prototyping.</li></ul>",
            "results": "<p>With the label, CE3M's members can benefit from state support to increase their "
            "import substitution projects.</p>",
            "how_to_replicate": "<ol><li>Map the imported parts your members struggle to obtain.</li><li>Find "
            "the national programme that supports local production and apply for its label as a cluster.</li>"
            "<li>Identify the missing links in your value chain and present them to investors.</li></ol>",
        },
        "fr": {
            "title": "Substitution aux importations avec le label Maroc PME",
            "summary": "Face à la pénurie de composants, le CE3M a orienté ses PME et startups vers la "
            "substitution aux importations et obtenu le label Maroc PME pour accéder au soutien de l’État.",
            "context_and_problem": "<p>La pénurie de composants et la désorganisation des chaînes "
            "d’approvisionnement mondiales ont laissé les industriels marocains dépendants d’importations qu’ils "
            "ne pouvaient plus obtenir à temps.</p>",
            "approach": "<ul><li>Orienter les activités des PME et startups membres vers des produits et pièces "
            "capables de remplacer les importations.</li><li>Obtenir le label Maroc PME, qui ouvre l’accès au "
            "soutien de l’État pour les projets de substitution aux importations.</li><li>Compléter la chaîne de "
            "valeur par les briques technologiques manquantes en attirant des investissements complémentaires : "
            "tôlerie fine, bobinage, ingénierie électronique, fonderie de précision, prototypage "
            "électronique.</li></ul>",
            "results": "<p>Grâce au label, les membres du CE3M peuvent bénéficier du soutien de l’État pour "
            "multiplier leurs projets de substitution aux importations.</p>",
            "how_to_replicate": "<ol><li>Cartographiez les pièces importées que vos membres peinent à obtenir."
            "</li><li>Repérez le programme national qui soutient la production locale et demandez son label en "
            "tant que cluster.</li><li>Identifiez les maillons manquants de votre chaîne de valeur et présentez-"
            "les aux investisseurs.</li></ol>",
        },
        "ar": {
            "title": "إحلال الواردات بفضل علامة المغرب للمقاولات الصغرى والمتوسطة",
            "summary": "في مواجهة نقص المكونات، وجّه تجمع CE3M شركاته الصغيرة والمتوسطة وشركاته الناشئة نحو إحلال "
            "الواردات وحصل على علامة المغرب للمقاولات للاستفادة من دعم الدولة.",
            "context_and_problem": "<p>ترك نقص المكونات واضطراب سلاسل التوريد العالمية المصنّعين المغاربة معتمدين على "
            "واردات لم يعد بإمكانهم الحصول عليها في الوقت المناسب.</p>",
            "approach": "<ul><li>توجيه أنشطة الشركات الصغيرة والمتوسطة والشركات الناشئة الأعضاء نحو منتجات وقطع يمكن "
            "أن تحلّ محل الواردات.</li><li>الحصول على علامة Maroc PME، التي تتيح الاستفادة من دعم الدولة لمشاريع "
            "إحلال الواردات.</li><li>استكمال سلسلة القيمة باللبنات التكنولوجية الناقصة عبر جذب استثمارات تكميلية: "
            "أشغال الصفائح المعدنية الرقيقة، ولفّ الأسلاك، والهندسة الإلكترونية، والسباكة الدقيقة، والنمذجة الأولية "
            "الإلكترونية.</li></ul>",
            "results": "<p>بفضل هذه العلامة، يمكن لأعضاء تجمع CE3M الاستفادة من دعم الدولة لزيادة مشاريعهم في مجال "
            "إحلال الواردات.</p>",
            "how_to_replicate": "<ol><li>ارسموا خريطة للقطع المستوردة التي يجد أعضاؤكم صعوبة في الحصول عليها.</li>"
            "<li>ابحثوا عن البرنامج الوطني الذي يدعم الإنتاج المحلي، وتقدّموا بطلب علامته بصفتكم تجمعًا.</li>"
            "<li>تعرّفوا على الحلقات الناقصة في سلسلة القيمة الخاصة بكم، واعرضوها على المستثمرين.</li></ol>",
        },
    },
    {
        "slug": "tech-centre-for-startups",
        "themes": ["startup-support"],
        "sectors": ["electronics", "medical"],
        "figures": [("60+", "startups supported", "startups accompagnées", "شركة ناشئة تمت مرافقتها", 2023)],
        "en": {
            "title": "A tech centre to incubate and host startups",
            "summary": "CE3M opened a tech centre where startups and project leaders are incubated and hosted "
            "next to the cluster's prototyping resources.",
            "context_and_problem": "<p>Innovative projects in energy, mobility, medical devices and aeronautics "
            "need more than office space: they need to identify the technologies they require, manage their "
            "projects and find funding.</p>",
            "approach": "<ul><li>Host startups and project leaders in a tech centre run by the cluster.</li>"
            "<li>Identify the technologies each project needs and assist with project management.</li><li>Help "
            "them find funding and connect them with national and international donors.</li><li>Give them access "
            "to the prototyping platform and to the cluster's presence at trade fairs such as CES Las Vegas, "
            "Productronica and Global Industrie.</li></ul>",
            "results": "<p>CE3M has supported more than 60 startups and helped launch more than 40 innovative "
            "products made in Morocco.</p>",
            "how_to_replicate": "<ol><li>Place the incubator next to shared equipment, so startups prototype "
            "where they work.</li><li>Pair each startup with member companies that may become its first "
            "customers.</li><li>Bring startups along to the trade fairs the cluster already attends.</li></ol>",
        },
        "fr": {
            "title": "Un centre technologique pour incuber et héberger des startups",
            "summary": "Le CE3M a ouvert un centre technologique où startups et porteurs de projets sont incubés "
            "et hébergés à côté des moyens de prototypage du cluster.",
            "context_and_problem": "<p>Les projets innovants de l’énergie, de la mobilité, des dispositifs "
            "médicaux et de l’aéronautique ont besoin de plus que des bureaux : ils doivent identifier les "
            "technologies nécessaires, gérer leurs projets et trouver des financements.</p>",
            "approach": "<ul><li>Héberger startups et porteurs de projets dans un centre technologique géré par "
            "le cluster.</li><li>Identifier les technologies dont chaque projet a besoin et l’assister dans sa "
            "gestion de projet.</li><li>Les aider à trouver des financements et les mettre en relation avec les "
            "bailleurs nationaux et internationaux.</li><li>Leur ouvrir la plateforme de prototypage et la présence "
            "du cluster sur des salons comme le CES Las Vegas, Productronica et Global Industrie.</li></ul>",
            "results": "<p>Le CE3M a accompagné plus de 60 startups et aidé à lancer plus de 40 produits innovants "
            "fabriqués au Maroc.</p>",
            "how_to_replicate": "<ol><li>Installez l’incubateur à côté des équipements partagés, pour que les "
            "startups prototypent là où elles travaillent.</li><li>Associez chaque startup à des entreprises "
            "membres qui pourront devenir ses premiers clients.</li><li>Emmenez les startups sur les salons où le "
            "cluster est déjà présent.</li></ol>",
        },
        "ar": {
            "title": "مركز تكنولوجي لاحتضان الشركات الناشئة واستضافتها",
            "summary": "افتتح تجمع CE3M مركزًا تكنولوجيًا تُحتضن فيه الشركات الناشئة وحاملو المشاريع وتُستضاف قرب "
            "وسائل النمذجة الأولية للتجمع.",
            "context_and_problem": "<p>تحتاج المشاريع المبتكرة في مجالات الطاقة والتنقل والأجهزة الطبية والطيران إلى "
            "أكثر من مجرد مكاتب: فعليها أن تحدد التكنولوجيات التي تتطلبها، وأن تدير مشاريعها، وأن تجد التمويل.</p>",
            "approach": "<ul><li>استضافة الشركات الناشئة وحاملي المشاريع في مركز تكنولوجي يديره التجمع.</li><li>تحديد "
            "التكنولوجيات التي يحتاجها كل مشروع، والمساعدة في إدارة المشاريع.</li><li>مساعدتهم على إيجاد التمويل "
            "وربطهم بالجهات المانحة الوطنية والدولية.</li><li>إتاحة منصة النمذجة الأولية لهم وإشراكهم في حضور التجمع "
            "في المعارض التجارية، مثل CES Las Vegas و Productronica و Global Industrie.</li></ul>",
            "results": "<p>دعم تجمع CE3M أكثر من 60 شركة ناشئة، وساعد على إطلاق أكثر من 40 منتجًا مبتكرًا مصنوعًا في "
            "المغرب.</p>",
            "how_to_replicate": "<ol><li>أقيموا الحاضنة بجوار المعدات المشتركة، حتى تنجز الشركات الناشئة نماذجها "
            "الأولية حيث تعمل.</li><li>اربطوا كل شركة ناشئة بشركات أعضاء قد تصبح أول زبنائها.</li><li>اصطحبوا الشركات "
            "الناشئة إلى المعارض التجارية التي يشارك فيها التجمع أصلًا.</li></ol>",
        },
    },
    {
        "slug": "universities-as-members",
        "themes": ["university-industry-collaboration", "training-and-skills"],
        "sectors": ["electronics", "aeronautics"],
        "figures": [
            (
                "10",
                "universities and engineering schools among members",
                "universités et écoles d’ingénieurs membres",
                "جامعات ومدارس مهندسين من بين الأعضاء",
                2023,
            ),
            ("40+", "collaborative projects", "projets collaboratifs", "مشروعًا تعاونيًا", 2023),
        ],
        "en": {
            "title": "Universities and engineering schools as cluster members",
            "summary": "Ten universities and engineering schools are members of CE3M, alongside SMEs and large "
            "companies, and take part in its collaborative projects.",
            "context_and_problem": "<p>SMEs rarely work with research units on their own, and academic research "
            "seldom reaches the market. Collaborative projects with high innovative content need both.</p>",
            "approach": "<ul><li>Welcome universities and engineering schools as full members of the cluster."
            "</li><li>Bring companies, training centres and research units together around collaborative "
            "projects with high R&amp;D content in specific niches.</li><li>Give members priority in these "
            "projects and organise the transfer of know-how and technology through company visits, exhibitions "
            "and the cluster's network.</li></ul>",
            "results": "<p>Collaboration between SMEs, and between SMEs and the academic world, is one of the "
            "structuring actions of CE3M. The cluster has created more than 40 collaborative projects.</p>",
            "how_to_replicate": "<ol><li>Offer universities a membership adapted to them, with a seat in the "
            "cluster's working groups.</li><li>Start from members' technical problems and look for the research "
            "unit that can solve them.</li><li>Use collective training to keep teachers and engineers in "
            "touch.</li></ol>",
        },
        "fr": {
            "title": "Universités et écoles d’ingénieurs membres du cluster",
            "summary": "Dix universités et écoles d’ingénieurs sont membres du CE3M, aux côtés des PME et des "
            "grandes entreprises, et participent à ses projets collaboratifs.",
            "context_and_problem": "<p>Les PME travaillent rarement seules avec des unités de recherche, et la "
            "recherche académique atteint rarement le marché. Les projets collaboratifs à fort contenu innovant "
            "ont besoin des deux.</p>",
            "approach": "<ul><li>Accueillir universités et écoles d’ingénieurs comme membres à part entière du "
            "cluster.</li><li>Réunir entreprises, centres de formation et unités de recherche autour de projets "
            "collaboratifs à fort contenu de R&amp;D sur des niches précises.</li><li>Donner aux membres la "
            "priorité dans ces projets et organiser le transfert de savoir-faire et de technologie par des "
            "visites d’entreprises, des expositions et le réseau du cluster.</li></ul>",
            "results": "<p>La collaboration entre PME, et entre PME et monde académique, est l’une des actions "
            "structurantes du CE3M. Le cluster a monté plus de 40 projets collaboratifs.</p>",
            "how_to_replicate": "<ol><li>Proposez aux universités une adhésion adaptée, avec une place dans les "
            "groupes de travail du cluster.</li><li>Partez des problèmes techniques des membres et cherchez "
            "l’unité de recherche capable de les résoudre.</li><li>Utilisez les formations collectives pour "
            "garder enseignants et ingénieurs en contact.</li></ol>",
        },
        "ar": {
            "title": "جامعات ومدارس مهندسين أعضاء في التجمع",
            "summary": "عشر جامعات ومدارس مهندسين أعضاء في تجمع CE3M إلى جانب الشركات الصغيرة والمتوسطة والشركات "
            "الكبرى، وتشارك في مشاريعه التعاونية.",
            "context_and_problem": "<p>نادرًا ما تعمل الشركات الصغيرة والمتوسطة بمفردها مع وحدات البحث، ونادرًا ما "
            "يصل البحث الأكاديمي إلى السوق. والمشاريع التعاونية ذات المحتوى الابتكاري العالي تحتاج إلى الطرفين "
            "معًا.</p>",
            "approach": "<ul><li>ضمّ الجامعات ومدارس المهندسين إلى التجمع بصفتها أعضاء كاملي العضوية.</li><li>جمع "
            "الشركات ومراكز التكوين ووحدات البحث حول مشاريع تعاونية ذات محتوى عالٍ من البحث والتطوير في مجالات متخصصة "
            "محددة.</li><li>منح الأعضاء الأولوية في هذه المشاريع، وتنظيم نقل الخبرات والتكنولوجيا من خلال زيارات "
            "الشركات والمعارض وشبكة التجمع.</li></ul>",
            "results": "<p>يُعدّ التعاون بين الشركات الصغيرة والمتوسطة، وبينها وبين الوسط الأكاديمي، من الإجراءات "
            "الهيكلية لتجمع CE3M. وقد أطلق التجمع أكثر من 40 مشروعًا تعاونيًا.</p>",
            "how_to_replicate": "<ol><li>اقترحوا على الجامعات عضوية ملائمة لها، مع مقعد في مجموعات العمل التابعة "
            "للتجمع.</li><li>انطلقوا من المشاكل التقنية للأعضاء، وابحثوا عن وحدة البحث القادرة على حلها.</li>"
            "<li>استعملوا دورات التكوين الجماعية لإبقاء الأساتذة والمهندسين على تواصل.</li></ol>",
        },
    },
    {
        "slug": "pilots-with-national-contractors",
        "themes": ["import-substitution"],
        "sectors": ["energy", "mobility"],
        "en": {
            "title": "Pilot operations with national contractors",
            "summary": "CE3M deploys its members' innovations with local contractors, through pilot operations "
            "with the national electricity office and the railway office.",
            "context_and_problem": "<p>Difficulties in moving goods and people made foreign suppliers harder to "
            "rely on, while Moroccan innovations struggled to win their first large customer at home.</p>",
            "approach": "<ul><li>Value and deploy technological innovations in the industrial sectors and "
            "national markets of local contractors.</li><li>Run pilot operations with large national "
            "contractors before a wider roll-out.</li><li>Promote members' know-how and production capacities "
            "with national and international contractors.</li></ul>",
            "results": "<p>CE3M has carried out several pilot operations with the national electricity office "
            "and the railway office.</p>",
            "how_to_replicate": "<ol><li>Ask large public buyers which imported equipment causes them the most "
            "trouble.</li><li>Propose a limited, well-defined pilot led by a member company.</li><li>Document the "
            "pilot's results so the next buyer can decide faster.</li></ol>",
        },
        "fr": {
            "title": "Opérations pilotes avec les donneurs d’ordre nationaux",
            "summary": "Le CE3M déploie les innovations de ses membres auprès des donneurs d’ordre locaux, par des "
            "opérations pilotes avec l’Office national de l’électricité et l’Office des chemins de fer.",
            "context_and_problem": "<p>Les difficultés de circulation des biens et des personnes rendaient les "
            "fournisseurs étrangers moins fiables, tandis que les innovations marocaines peinaient à gagner leur "
            "premier grand client national.</p>",
            "approach": "<ul><li>Valoriser et déployer les innovations technologiques dans les secteurs "
            "industriels et les marchés nationaux des donneurs d’ordre locaux.</li><li>Mener des opérations "
            "pilotes avec de grands donneurs d’ordre nationaux avant un déploiement plus large.</li><li>Promouvoir "
            "le savoir-faire et les capacités de production des membres auprès des donneurs d’ordre nationaux et "
            "internationaux.</li></ul>",
            "results": "<p>Le CE3M a mené plusieurs opérations pilotes avec l’Office national de l’électricité et "
            "l’Office des chemins de fer.</p>",
            "how_to_replicate": "<ol><li>Demandez aux grands acheteurs publics quels équipements importés leur "
            "posent le plus de difficultés.</li><li>Proposez un pilote limité et bien défini, porté par une "
            "entreprise membre.</li><li>Documentez les résultats du pilote pour que l’acheteur suivant décide "
            "plus vite.</li></ol>",
        },
        "ar": {
            "title": "عمليات نموذجية مع كبار الزبناء الوطنيين",
            "summary": "ينشر تجمع CE3M ابتكارات أعضائه لدى الزبناء المحليين من خلال عمليات نموذجية مع المكتب الوطني "
            "للكهرباء ومكتب السكك الحديدية.",
            "context_and_problem": "<p>جعلت صعوبات تنقل البضائع والأشخاص الاعتماد على الموردين الأجانب أصعب، في حين "
            "كانت الابتكارات المغربية تجد صعوبة في كسب أول زبون كبير لها داخل البلاد.</p>",
            "approach": "<ul><li>تثمين الابتكارات التكنولوجية ونشرها في القطاعات الصناعية والأسواق الوطنية للزبناء "
            "المحليين.</li><li>تنفيذ عمليات نموذجية مع كبار الزبناء الوطنيين قبل تعميمها على نطاق أوسع.</li>"
            "<li>الترويج لخبرات الأعضاء وقدراتهم الإنتاجية لدى الزبناء الوطنيين والدوليين.</li></ul>",
            "results": "<p>أنجز تجمع CE3M عدة عمليات نموذجية مع المكتب الوطني للكهرباء ومكتب السكك الحديدية.</p>",
            "how_to_replicate": "<ol><li>اسألوا كبار المشترين العموميين عن المعدات المستوردة التي تسبب لهم أكبر قدر "
            "من المتاعب.</li><li>اقترحوا عملية نموذجية محدودة وواضحة المعالم تقودها شركة عضو.</li><li>وثّقوا نتائج "
            "العملية النموذجية حتى يتمكن المشتري التالي من اتخاذ قراره بسرعة أكبر.</li></ol>",
        },
    },
]
