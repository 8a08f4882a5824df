"""Practices of Menara, MDFC, Valbiom, 2TS and QOOT: illustrative examples consistent with their
sectors, without figures, meant to be replaced by the clusters' managers."""

OTHER_PRACTICES = [
    {
        "cluster": "menara",
        "slug": "member-led-governance",
        "themes": ["self-financing"],
        "en": {
            "title": "Member-led governance and a catalogue of paid services",
            "summary": "A board elected by members sets the cluster's priorities each year, and a published "
            "catalogue of services gives the team revenue of its own.",
            "context_and_problem": "<p>A young cluster depends on one funder and on a few active members. When "
            "the programme that launched it ends, so can its team.</p>",
            "approach": "<ul><li>Members elect a board that sets yearly priorities and reviews the budget.</li>"
            "<li>The team publishes a catalogue of services (studies, event stands, training, matchmaking), free "
            "or discounted for members.</li><li>Each year the board reports which services members used and "
            "which ones paid for themselves.</li></ul>",
            "results": "<p>Members see what their fee buys, and the team can plan beyond the end of a single "
            "programme.</p>",
            "how_to_replicate": "<ol><li>Write down the services you already provide for free.</li><li>Ask "
            "members which ones they would pay for.</li><li>Publish prices and member discounts, and review them "
            "with the board every year.</li></ol>",
        },
        "fr": {
            "title": "Une gouvernance par les membres et un catalogue de services payants",
            "summary": "Un conseil élu par les membres fixe chaque année les priorités du cluster, et un catalogue "
            "de services publié donne à l’équipe des recettes propres.",
            "context_and_problem": "<p>Un jeune cluster dépend d’un seul bailleur et de quelques membres actifs. "
            "Quand le programme qui l’a lancé s’arrête, son équipe peut s’arrêter aussi.</p>",
            "approach": "<ul><li>Les membres élisent un conseil qui fixe les priorités annuelles et suit le "
            "budget.</li><li>L’équipe publie un catalogue de services (études, stands sur les salons, formations, "
            "mises en relation), gratuits ou à tarif réduit pour les membres.</li><li>Chaque année, le conseil "
            "rend compte des services utilisés et de ceux qui se sont autofinancés.</li></ul>",
            "results": "<p>Les membres voient ce que leur cotisation finance, et l’équipe peut se projeter au-delà "
            "de la fin d’un programme.</p>",
            "how_to_replicate": "<ol><li>Listez les services que vous rendez déjà gratuitement.</li><li>Demandez "
            "aux membres lesquels ils paieraient.</li><li>Publiez tarifs et remises membres, et revoyez-les chaque "
            "année avec le conseil.</li></ol>",
        },
        "ar": {
            "title": "حوكمة يقودها الأعضاء وقائمة خدمات مدفوعة",
            "summary": "مجلس ينتخبه الأعضاء يحدد أولويات التجمع كل سنة، وقائمة خدمات منشورة تمنح الفريق موارد ذاتية.",
            "context_and_problem": "<p>يعتمد التجمع الحديث النشأة على مموّل واحد وعلى عدد قليل من الأعضاء النشطين. "
            "وعندما ينتهي البرنامج الذي أطلقه، قد ينتهي فريقه أيضًا.</p>",
            "approach": "<ul><li>ينتخب الأعضاء مجلسًا يحدد الأولويات السنوية ويراجع الميزانية.</li><li>ينشر الفريق "
            "قائمة خدمات (دراسات، وأجنحة في التظاهرات، وتكوين، وتنظيم لقاءات الأعمال)، مجانية أو بأسعار مخفّضة "
            "للأعضاء.</li><li>يقدّم المجلس كل سنة تقريرًا عن الخدمات التي استعملها الأعضاء وتلك التي غطّت تكاليفها "
            "بنفسها.</li></ul>",
            "results": "<p>يرى الأعضاء ما تموّله اشتراكاتهم، ويستطيع الفريق التخطيط لما بعد نهاية برنامج واحد.</p>",
            "how_to_replicate": "<ol><li>دوّنوا الخدمات التي تقدّمونها حاليًا مجانًا.</li><li>اسألوا الأعضاء عن "
            "الخدمات التي يقبلون الدفع مقابلها.</li><li>انشروا الأسعار والتخفيضات الممنوحة للأعضاء، وراجعوها مع "
            "المجلس كل سنة.</li></ol>",
        },
    },
    {
        "cluster": "menara",
        "slug": "joint-trade-fair-stands",
        "themes": ["internationalisation"],
        "en": {
            "title": "Joint stands at international trade fairs",
            "summary": "Members exhibit together under the cluster's banner, sharing the cost of the stand and "
            "the preparation of meetings with foreign buyers.",
            "context_and_problem": "<p>A stand at a major international fair is beyond the budget of most small "
            "companies, and a company exhibiting alone rarely gets noticed.</p>",
            "approach": "<ul><li>Choose one or two fairs a year with members.</li><li>Book a shared stand and "
            "split its cost between the exhibiting members.</li><li>Prepare meetings with buyers and partner "
            "clusters before the fair, and follow them up together afterwards.</li></ul>",
            "results": "<p>Small members gain a visibility they could not afford alone, and the cluster gains a "
            "recognisable presence abroad.</p>",
            "how_to_replicate": "<ol><li>Pick fairs where your members' customers actually go.</li><li>Agree on "
            "the cost-sharing rule before booking.</li><li>Ask partner clusters in the host country to help "
            "arrange meetings.</li></ol>",
        },
        "fr": {
            "title": "Des stands communs sur les salons internationaux",
            "summary": "Les membres exposent ensemble sous la bannière du cluster, en partageant le coût du stand "
            "et la préparation des rendez-vous avec les acheteurs étrangers.",
            "context_and_problem": "<p>Un stand sur un grand salon international dépasse le budget de la plupart "
            "des petites entreprises, et une entreprise qui expose seule passe souvent inaperçue.</p>",
            "approach": "<ul><li>Choisir avec les membres un ou deux salons par an.</li><li>Réserver un stand "
            "commun et en répartir le coût entre les membres exposants.</li><li>Préparer avant le salon les "
            "rendez-vous avec acheteurs et clusters partenaires, puis en assurer ensemble le suivi.</li></ul>",
            "results": "<p>Les petits membres gagnent une visibilité qu’ils ne pourraient pas s’offrir seuls, et "
            "le cluster une présence reconnaissable à l’étranger.</p>",
            "how_to_replicate": "<ol><li>Choisissez les salons où vont réellement les clients de vos membres."
            "</li><li>Mettez-vous d’accord sur la règle de partage des coûts avant de réserver.</li><li>Demandez "
            "aux clusters partenaires du pays hôte d’aider à organiser les rendez-vous.</li></ol>",
        },
        "ar": {
            "title": "أجنحة مشتركة في المعارض الدولية",
            "summary": "يعرض الأعضاء معًا تحت راية التجمع، ويتقاسمون تكلفة الجناح والتحضير للقاءات مع المشترين الأجانب.",
            "context_and_problem": "<p>يتجاوز جناح في معرض دولي كبير ميزانية معظم الشركات الصغيرة، ونادرًا ما تلفت "
            "الشركة التي تعرض بمفردها الانتباه.</p>",
            "approach": "<ul><li>اختيار معرض أو معرضين في السنة بالتشاور مع الأعضاء.</li><li>حجز جناح مشترك وتوزيع "
            "تكلفته على الأعضاء العارضين.</li><li>التحضير للقاءات مع المشترين والتجمعات الشريكة قبل المعرض، ومتابعتها "
            "معًا بعده.</li></ul>",
            "results": "<p>يحظى الأعضاء الصغار بظهور لم يكن بمقدورهم تحمّل تكلفته بمفردهم، ويكتسب التجمع حضورًا "
            "معروفًا في الخارج.</p>",
            "how_to_replicate": "<ol><li>اختاروا المعارض التي يرتادها فعلًا زبناء أعضائكم.</li><li>اتفقوا على قاعدة "
            "تقاسم التكاليف قبل الحجز.</li><li>اطلبوا من التجمعات الشريكة في البلد المضيف المساعدة في تنظيم "
            "اللقاءات.</li></ol>",
        },
    },
    {
        "cluster": "mdfc",
        "slug": "collective-training-plan",
        "themes": ["training-and-skills"],
        "en": {
            "title": "A collective training plan built from members' needs",
            "summary": "Each year the cluster surveys its members' skill needs and turns the common ones into "
            "shared training sessions.",
            "context_and_problem": "<p>Small companies rarely have a training budget or someone to organise "
            "training, yet they face the same skill gaps as their neighbours.</p>",
            "approach": "<ul><li>Run a short survey of members' skill needs at the start of each year.</li>"
            "<li>Group similar needs into collective sessions given by members, schools or outside "
            "trainers.</li><li>Share the cost between participants and look for public training funds.</li></ul>",
            "results": "<p>Members train their staff at a lower cost, and the survey gives the cluster a clear "
            "picture of the skills its sector lacks.</p>",
            "how_to_replicate": "<ol><li>Keep the survey to a few questions.</li><li>Start with the two or three "
            "needs most members share.</li><li>Ask participants after each session whether it was useful.</li>"
            "</ol>",
        },
        "fr": {
            "title": "Un plan de formation collectif construit à partir des besoins des membres",
            "summary": "Chaque année, le cluster recense les besoins en compétences de ses membres et transforme "
            "les besoins communs en sessions de formation partagées.",
            "context_and_problem": "<p>Les petites entreprises ont rarement un budget de formation ou une "
            "personne pour l’organiser, alors qu’elles manquent des mêmes compétences que leurs voisines.</p>",
            "approach": "<ul><li>Mener en début d’année une courte enquête sur les besoins en compétences des "
            "membres.</li><li>Regrouper les besoins proches en sessions collectives animées par des membres, des "
            "écoles ou des formateurs extérieurs.</li><li>Partager le coût entre participants et rechercher des "
            "fonds publics de formation.</li></ul>",
            "results": "<p>Les membres forment leurs équipes à moindre coût, et l’enquête donne au cluster une "
            "image claire des compétences qui manquent à sa filière.</p>",
            "how_to_replicate": "<ol><li>Limitez l’enquête à quelques questions.</li><li>Commencez par les deux "
            "ou trois besoins partagés par le plus de membres.</li><li>Demandez aux participants, après chaque "
            "session, si elle leur a été utile.</li></ol>",
        },
        "ar": {
            "title": "خطة تكوين جماعية مبنية على احتياجات الأعضاء",
            "summary": "يحصي التجمع كل سنة احتياجات أعضائه من المهارات ويحوّل الاحتياجات المشتركة إلى دورات تكوين "
            "جماعية.",
            "context_and_problem": "<p>نادرًا ما تتوفر الشركات الصغيرة على ميزانية للتكوين أو على شخص ينظّمه، مع أنها "
            "تعاني من نقص المهارات نفسه الذي تعاني منه الشركات المجاورة لها.</p>",
            "approach": "<ul><li>إجراء استبيان قصير حول احتياجات الأعضاء من المهارات في بداية كل سنة.</li><li>تجميع "
            "الاحتياجات المتشابهة في دورات جماعية يؤطّرها أعضاء أو مدارس أو مكوّنون من خارج التجمع.</li><li>تقاسم "
            "التكلفة بين المشاركين، والبحث عن تمويلات عمومية للتكوين.</li></ul>",
            "results": "<p>يكوّن الأعضاء مستخدميهم بتكلفة أقل، ويمنح الاستبيان التجمع صورة واضحة عن المهارات التي "
            "يفتقر إليها قطاعه.</p>",
            "how_to_replicate": "<ol><li>اقتصروا في الاستبيان على بضعة أسئلة.</li><li>ابدؤوا باحتياجين أو ثلاثة يشترك "
            "فيها معظم الأعضاء.</li><li>اسألوا المشاركين بعد كل دورة عمّا إذا كانت مفيدة.</li></ol>",
        },
    },
    {
        "cluster": "mdfc",
        "slug": "b2b-meeting-preparation",
        "themes": ["internationalisation"],
        "en": {
            "title": "Preparing members for B2B meetings with European clusters",
            "summary": "Before each Techday or matchmaking event, the cluster helps members write a clear offer, "
            "choose whom to meet and follow up afterwards.",
            "context_and_problem": "<p>B2B meetings with foreign partners are short. Members who arrive without "
            "a clear offer or a list of targets leave with business cards and little else.</p>",
            "approach": "<ul><li>Help each member write a one-page offer in the partners' language.</li><li>Go "
            "through the list of participants together and choose the meetings worth asking for.</li><li>Meet "
            "again a month after the event to follow up the leads.</li></ul>",
            "results": "<p>Members arrive better prepared, and the cluster learns which partnerships are worth "
            "pursuing at the next event.</p>",
            "how_to_replicate": "<ol><li>Share a template for the one-page offer.</li><li>Book a preparation "
            "session two weeks before the event.</li><li>Keep a shared list of leads and who follows each one.</li>"
            "</ol>",
        },
        "fr": {
            "title": "Préparer les membres aux rencontres B2B avec les clusters européens",
            "summary": "Avant chaque Techday ou rencontre d’affaires, le cluster aide ses membres à rédiger une "
            "offre claire, à choisir qui rencontrer et à assurer le suivi.",
            "context_and_problem": "<p>Les rendez-vous B2B avec des partenaires étrangers sont courts. Les membres "
            "qui arrivent sans offre claire ni liste de cibles repartent avec des cartes de visite et peu "
            "d’autre chose.</p>",
            "approach": "<ul><li>Aider chaque membre à rédiger une offre d’une page dans la langue des "
            "partenaires.</li><li>Parcourir ensemble la liste des participants et choisir les rendez-vous à "
            "demander.</li><li>Se revoir un mois après l’événement pour suivre les pistes.</li></ul>",
            "results": "<p>Les membres arrivent mieux préparés, et le cluster apprend quels partenariats "
            "méritent d’être poursuivis à l’événement suivant.</p>",
            "how_to_replicate": "<ol><li>Partagez un modèle d’offre d’une page.</li><li>Prévoyez une séance de "
            "préparation deux semaines avant l’événement.</li><li>Tenez une liste commune des pistes et de qui "
            "suit chacune.</li></ol>",
        },
        "ar": {
            "title": "تحضير الأعضاء للقاءات الأعمال مع التجمعات الأوروبية",
            "summary": "قبل كل يوم تقني أو لقاء أعمال، يساعد التجمع أعضاءه على صياغة عرض واضح واختيار من يلتقون "
            "ومتابعة اللقاءات بعدها.",
            "context_and_problem": "<p>لقاءات الأعمال (B2B) مع الشركاء الأجانب قصيرة. والأعضاء الذين يحضرون دون عرض "
            "واضح أو قائمة بالجهات المستهدفة يغادرون ببطاقات الزيارة ولا شيء يُذكر غيرها.</p>",
            "approach": "<ul><li>مساعدة كل عضو على صياغة عرض من صفحة واحدة بلغة الشركاء.</li><li>مراجعة قائمة "
            "المشاركين معًا، واختيار اللقاءات التي تستحق أن تُطلب.</li><li>الاجتماع مجددًا بعد شهر من التظاهرة "
            "لمتابعة الفرص المحتملة.</li></ul>",
            "results": "<p>يحضر الأعضاء وهم أفضل استعدادًا، ويتعرّف التجمع على الشراكات التي تستحق المتابعة في "
            "التظاهرة المقبلة.</p>",
            "how_to_replicate": "<ol><li>شاركوا نموذجًا للعرض ذي الصفحة الواحدة.</li><li>حدّدوا موعدًا لجلسة تحضيرية "
            "قبل التظاهرة بأسبوعين.</li><li>احتفظوا بقائمة مشتركة للفرص المحتملة ومن يتابع كل واحدة منها.</li></ol>",
        },
    },
    {
        "cluster": "valbiom",
        "slug": "biomass-residue-mapping",
        "themes": ["university-industry-collaboration"],
        "sectors": ["bioeconomy", "agri-food"],
        "en": {
            "title": "Mapping biomass residues with research laboratories",
            "summary": "Companies and laboratories map together the agricultural and agri-food residues "
            "available in a region, as a basis for valorisation projects.",
            "context_and_problem": "<p>Companies that want to valorise biomass do not know how much residue is "
            "available, where, and at what time of year; laboratories have methods but lack field data.</p>",
            "approach": "<ul><li>Agree with a research laboratory on a simple method to estimate residues.</li>"
            "<li>Collect data from member farms and processors.</li><li>Share the resulting map with members "
            "and use it to select valorisation projects.</li></ul>",
            "results": "<p>Project ideas start from the resources actually available, and students and "
            "researchers work on questions raised by companies.</p>",
            "how_to_replicate": "<ol><li>Start with one region and a few types of residue.</li><li>Agree early "
            "on who owns the data and how it is shared.</li><li>Turn the map into a short list of projects.</li>"
            "</ol>",
        },
        "fr": {
            "title": "Cartographier les résidus de biomasse avec les laboratoires",
            "summary": "Entreprises et laboratoires cartographient ensemble les résidus agricoles et "
            "agroalimentaires disponibles dans une région, comme base de projets de valorisation.",
            "context_and_problem": "<p>Les entreprises qui veulent valoriser la biomasse ne savent pas quelle "
            "quantité de résidus est disponible, où, ni à quelle période ; les laboratoires ont des méthodes mais "
            "manquent de données de terrain.</p>",
            "approach": "<ul><li>Convenir avec un laboratoire d’une méthode simple d’estimation des résidus.</li>"
            "<li>Recueillir les données auprès des exploitations et transformateurs membres.</li><li>Partager la "
            "carte obtenue avec les membres et s’en servir pour choisir les projets de valorisation.</li></ul>",
            "results": "<p>Les idées de projets partent des ressources réellement disponibles, et étudiants et "
            "chercheurs travaillent sur des questions posées par les entreprises.</p>",
            "how_to_replicate": "<ol><li>Commencez par une région et quelques types de résidus.</li><li>Décidez "
            "tôt à qui appartiennent les données et comment elles sont partagées.</li><li>Transformez la carte en "
            "une courte liste de projets.</li></ol>",
        },
        "ar": {
            "title": "رسم خريطة بقايا الكتلة الحيوية مع مختبرات البحث",
            "summary": "ترسم الشركات والمختبرات معًا خريطة البقايا الزراعية والغذائية المتوفرة في جهة ما، كأساس "
            "لمشاريع التثمين.",
            "context_and_problem": "<p>لا تعرف الشركات الراغبة في تثمين الكتلة الحيوية كمية البقايا المتوفرة، ولا "
            "مكانها، ولا في أي فترة من السنة تتوفر؛ أما المختبرات فلديها مناهج، لكنها تفتقر إلى البيانات "
            "الميدانية.</p>",
            "approach": "<ul><li>الاتفاق مع مختبر بحث على طريقة بسيطة لتقدير البقايا.</li><li>جمع البيانات من المزارع "
            "ووحدات التحويل الأعضاء.</li><li>تقاسم الخريطة الناتجة مع الأعضاء، واستعمالها لاختيار مشاريع التثمين.</li>"
            "</ul>",
            "results": "<p>تنطلق أفكار المشاريع من الموارد المتوفرة فعلًا، ويشتغل الطلبة والباحثون على أسئلة تطرحها "
            "الشركات.</p>",
            "how_to_replicate": "<ol><li>ابدؤوا بجهة واحدة وبضعة أنواع من البقايا.</li><li>اتفقوا مبكرًا على من يملك "
            "البيانات وكيف تُتقاسم.</li><li>حوّلوا الخريطة إلى قائمة قصيرة من المشاريع.</li></ol>",
        },
    },
    {
        "cluster": "valbiom",
        "slug": "shared-pilot-scale-trials",
        "themes": ["shared-prototyping"],
        "sectors": ["bioeconomy"],
        "en": {
            "title": "Shared pilot-scale trials for bio-based products",
            "summary": "Members test new bio-based products on shared pilot equipment before investing in their "
            "own production line.",
            "context_and_problem": "<p>Between a laboratory result and an industrial line lies a pilot stage "
            "that small companies cannot equip alone.</p>",
            "approach": "<ul><li>Identify pilot equipment that partners (schools, technical centres, members) "
            "can open to others.</li><li>Book trials through the cluster, with a simple agreement on "
            "confidentiality and costs.</li><li>Review the results with the member before any investment.</li>"
            "</ul>",
            "results": "<p>Members take investment decisions on the basis of real trials, and partners' equipment "
            "is used more.</p>",
            "how_to_replicate": "<ol><li>List the pilot equipment already available in your region.</li><li>Write "
            "one standard trial agreement.</li><li>Keep a calendar of bookings that every member can see.</li>"
            "</ol>",
        },
        "fr": {
            "title": "Des essais pilotes partagés pour les produits biosourcés",
            "summary": "Les membres testent leurs nouveaux produits biosourcés sur des équipements pilotes "
            "partagés avant d’investir dans leur propre ligne de production.",
            "context_and_problem": "<p>Entre un résultat de laboratoire et une ligne industrielle se trouve une "
            "étape pilote que les petites entreprises ne peuvent pas équiper seules.</p>",
            "approach": "<ul><li>Repérer les équipements pilotes que des partenaires (écoles, centres techniques, "
            "membres) peuvent ouvrir à d’autres.</li><li>Réserver les essais par l’intermédiaire du cluster, avec "
            "un accord simple sur la confidentialité et les coûts.</li><li>Analyser les résultats avec le membre "
            "avant tout investissement.</li></ul>",
            "results": "<p>Les membres décident de leurs investissements sur la base d’essais réels, et les "
            "équipements des partenaires sont mieux utilisés.</p>",
            "how_to_replicate": "<ol><li>Recensez les équipements pilotes déjà disponibles dans votre région."
            "</li><li>Rédigez un accord d’essai type.</li><li>Tenez un calendrier des réservations visible par "
            "tous les membres.</li></ol>",
        },
        "ar": {
            "title": "تجارب نموذجية مشتركة للمنتجات ذات الأصل الحيوي",
            "summary": "يختبر الأعضاء منتجاتهم الجديدة ذات الأصل الحيوي على معدات تجريبية مشتركة قبل الاستثمار في "
            "خط إنتاجهم الخاص.",
            "context_and_problem": "<p>بين نتيجة المختبر وخط الإنتاج الصناعي تقع مرحلة تجريبية لا تستطيع الشركات "
            "الصغيرة تجهيزها بمفردها.</p>",
            "approach": "<ul><li>تحديد المعدات التجريبية التي يمكن للشركاء (المدارس، والمراكز التقنية، والأعضاء) "
            "فتحها أمام الآخرين.</li><li>حجز التجارب عن طريق التجمع، مع اتفاق بسيط بشأن السرية والتكاليف.</li>"
            "<li>مراجعة النتائج مع العضو قبل أي استثمار.</li></ul>",
            "results": "<p>يتخذ الأعضاء قرارات الاستثمار على أساس تجارب حقيقية، وتُستعمل معدات الشركاء بشكل أكبر.</p>",
            "how_to_replicate": "<ol><li>أحصوا المعدات التجريبية المتوفرة أصلًا في جهتكم.</li><li>حرّروا اتفاقًا "
            "موحّدًا واحدًا للتجارب.</li><li>احتفظوا بجدول للحجوزات يمكن لكل عضو الاطلاع عليه.</li></ol>",
        },
    },
    {
        "cluster": "2ts",
        "slug": "shared-textile-testing",
        "themes": ["shared-prototyping"],
        "sectors": ["textile"],
        "en": {
            "title": "Shared testing and prototyping for technical textiles",
            "summary": "Members develop and test technical textile samples on shared equipment, so that small "
            "manufacturers can answer demanding industrial customers.",
            "context_and_problem": "<p>Technical textiles must prove their performance (resistance, protection, "
            "durability) before a customer orders. Small manufacturers cannot equip a laboratory each.</p>",
            "approach": "<ul><li>Pool access to testing and sampling equipment between members and partner "
            "schools.</li><li>Help members choose the tests their target customers require.</li><li>Use the "
            "samples and test reports in the cluster's joint prospecting.</li></ul>",
            "results": "<p>Members can show customers tested samples, and move from subcontracting towards "
            "products of their own.</p>",
            "how_to_replicate": "<ol><li>Start with the tests your members' customers ask for most often.</li>"
            "<li>Agree with partner schools on access hours and prices.</li><li>Keep test reports in a format "
            "customers accept.</li></ol>",
        },
        "fr": {
            "title": "Essais et prototypage partagés pour les textiles techniques",
            "summary": "Les membres développent et testent des échantillons de textiles techniques sur des "
            "équipements partagés, pour que les petits fabricants puissent répondre à des clients industriels "
            "exigeants.",
            "context_and_problem": "<p>Les textiles techniques doivent prouver leurs performances (résistance, "
            "protection, durabilité) avant qu’un client ne commande. Les petits fabricants ne peuvent pas chacun "
            "équiper un laboratoire.</p>",
            "approach": "<ul><li>Mutualiser l’accès aux équipements d’essai et d’échantillonnage entre membres et "
            "écoles partenaires.</li><li>Aider les membres à choisir les essais que demandent leurs clients "
            "cibles.</li><li>Utiliser échantillons et rapports d’essai dans la prospection commune du cluster."
            "</li></ul>",
            "results": "<p>Les membres peuvent présenter des échantillons testés à leurs clients, et passer de la "
            "sous-traitance à leurs propres produits.</p>",
            "how_to_replicate": "<ol><li>Commencez par les essais que les clients de vos membres demandent le "
            "plus souvent.</li><li>Convenez avec les écoles partenaires des horaires d’accès et des tarifs.</li>"
            "<li>Rédigez les rapports d’essai dans un format accepté par les clients.</li></ol>",
        },
        "ar": {
            "title": "اختبارات ونمذجة أولية مشتركة للمنسوجات التقنية",
            "summary": "يطوّر الأعضاء عينات من المنسوجات التقنية ويختبرونها على معدات مشتركة، حتى يتمكن المصنعون "
            "الصغار من تلبية طلبات الزبناء الصناعيين.",
            "context_and_problem": "<p>يجب أن تُثبت المنسوجات التقنية أداءها (المقاومة، والحماية، والمتانة) قبل أن "
            "يطلبها الزبون. ولا يستطيع كل مصنّع صغير أن يجهّز مختبرًا خاصًا به.</p>",
            "approach": "<ul><li>إتاحة معدات الاختبار وإعداد العينات بشكل مشترك بين الأعضاء والمدارس الشريكة.</li>"
            "<li>مساعدة الأعضاء على اختيار الاختبارات التي يشترطها زبناؤهم المستهدفون.</li><li>استعمال العينات "
            "وتقارير الاختبار في البحث المشترك عن الزبناء الذي يقوم به التجمع.</li></ul>",
            "results": "<p>يستطيع الأعضاء أن يعرضوا على زبنائهم عينات مختبَرة، وأن ينتقلوا من المناولة إلى منتجات "
            "خاصة بهم.</p>",
            "how_to_replicate": "<ol><li>ابدؤوا بالاختبارات التي يطلبها زبناء أعضائكم في أغلب الأحيان.</li><li>اتفقوا "
            "مع المدارس الشريكة على أوقات الاستعمال والأسعار.</li><li>اعتمدوا في تقارير الاختبار صيغة يقبلها "
            "الزبناء.</li></ol>",
        },
    },
    {
        "cluster": "2ts",
        "slug": "technician-training-with-schools",
        "themes": ["training-and-skills", "university-industry-collaboration"],
        "sectors": ["textile"],
        "en": {
            "title": "Training technicians for technical textiles with schools",
            "summary": "Member companies and training institutions design courses together, with internships "
            "in member plants, so that graduates have the skills the sector is missing.",
            "context_and_problem": "<p>Technical textiles need technicians who understand both textile processes "
            "and the requirements of industrial customers; general textile courses rarely cover both.</p>",
            "approach": "<ul><li>List with members the technical skills they struggle to recruit.</li><li>Adapt "
            "course modules with partner schools and institutes.</li><li>Offer internships and final projects in "
            "member plants.</li></ul>",
            "results": "<p>Students meet potential employers during their studies, and members recruit people "
            "who already know their processes.</p>",
            "how_to_replicate": "<ol><li>Invite teachers to visit member plants.</li><li>Ask engineers from "
            "member companies to teach a module.</li><li>Review the course with companies every year.</li></ol>",
        },
        "fr": {
            "title": "Former des techniciens en textiles techniques avec les écoles",
            "summary": "Entreprises membres et établissements de formation conçoivent ensemble des cursus, avec "
            "des stages dans les usines des membres, pour que les diplômés aient les compétences qui manquent à la "
            "filière.",
            "context_and_problem": "<p>Les textiles techniques demandent des techniciens qui comprennent à la "
            "fois les procédés textiles et les exigences des clients industriels ; les formations textiles "
            "générales couvrent rarement les deux.</p>",
            "approach": "<ul><li>Lister avec les membres les compétences techniques qu’ils peinent à recruter."
            "</li><li>Adapter des modules de cours avec les écoles et instituts partenaires.</li><li>Proposer des "
            "stages et projets de fin d’études dans les usines des membres.</li></ul>",
            "results": "<p>Les étudiants rencontrent de futurs employeurs pendant leurs études, et les membres "
            "recrutent des personnes qui connaissent déjà leurs procédés.</p>",
            "how_to_replicate": "<ol><li>Invitez les enseignants à visiter les usines des membres.</li>"
            "<li>Demandez à des ingénieurs d’entreprises membres d’assurer un module.</li><li>Revoyez le cursus "
            "avec les entreprises chaque année.</li></ol>",
        },
        "ar": {
            "title": "تكوين تقنيين في المنسوجات التقنية بالتعاون مع المدارس",
            "summary": "تصمم الشركات الأعضاء ومؤسسات التكوين معًا برامج دراسية مع تداريب في مصانع الأعضاء، حتى "
            "يكتسب الخريجون المهارات التي يفتقر إليها القطاع.",
            "context_and_problem": "<p>تحتاج المنسوجات التقنية إلى تقنيين يفهمون عمليات النسيج ومتطلبات الزبناء "
            "الصناعيين معًا؛ ونادرًا ما تغطي برامج التكوين العامة في النسيج الجانبين.</p>",
            "approach": "<ul><li>إعداد قائمة، مع الأعضاء، بالمهارات التقنية التي يجدون صعوبة في استقطابها.</li>"
            "<li>تكييف وحدات دراسية مع المدارس والمعاهد الشريكة.</li><li>اقتراح تداريب ومشاريع نهاية الدراسة في مصانع "
            "الأعضاء.</li></ul>",
            "results": "<p>يلتقي الطلبة بمشغّليهم المحتملين أثناء دراستهم، ويوظّف الأعضاء أشخاصًا يعرفون عملياتهم "
            "مسبقًا.</p>",
            "how_to_replicate": "<ol><li>ادعوا الأساتذة إلى زيارة مصانع الأعضاء.</li><li>اطلبوا من مهندسي الشركات "
            "الأعضاء تدريس وحدة دراسية.</li><li>راجعوا البرنامج الدراسي مع الشركات كل سنة.</li></ol>",
        },
    },
    {
        "cluster": "qoot",
        "slug": "pooled-packaging-purchasing",
        "themes": ["pooled-purchasing"],
        "sectors": ["agri-food"],
        "en": {
            "title": "Pooled purchasing of packaging for small food producers",
            "summary": "Small producers group their orders of jars, labels and boxes through the cluster to "
            "reach the minimum quantities suppliers require.",
            "context_and_problem": "<p>Suppliers of food-grade packaging set minimum order quantities far above "
            "what a small producer needs, so small producers pay more or use packaging that does not suit "
            "export.</p>",
            "approach": "<ul><li>Agree with members on a few standard formats.</li><li>Collect orders at fixed "
            "dates and place a single order.</li><li>Share delivery and storage, with each member paying for "
            "its own quantity.</li></ul>",
            "results": "<p>Small producers get packaging suited to retail and export at a better price, and "
            "their products look more professional on the shelf.</p>",
            "how_to_replicate": "<ol><li>Start with one item everyone uses, such as jars or labels.</li><li>Set "
            "clear payment rules before ordering.</li><li>Add formats only when enough members ask for them.</li>"
            "</ol>",
        },
        "fr": {
            "title": "Achats groupés d’emballages pour les petits producteurs alimentaires",
            "summary": "Les petits producteurs regroupent par l’intermédiaire du cluster leurs commandes de bocaux, "
            "d’étiquettes et de cartons pour atteindre les quantités minimales des fournisseurs.",
            "context_and_problem": "<p>Les fournisseurs d’emballages alimentaires imposent des quantités "
            "minimales bien supérieures aux besoins d’un petit producteur, qui paie donc plus cher ou utilise des "
            "emballages inadaptés à l’export.</p>",
            "approach": "<ul><li>Convenir avec les membres de quelques formats standard.</li><li>Recueillir les "
            "commandes à dates fixes et passer une commande unique.</li><li>Partager livraison et stockage, chaque "
            "membre payant sa propre quantité.</li></ul>",
            "results": "<p>Les petits producteurs obtiennent des emballages adaptés à la distribution et à l’export "
            "à meilleur prix, et leurs produits ont une allure plus professionnelle en rayon.</p>",
            "how_to_replicate": "<ol><li>Commencez par un article que tout le monde utilise, comme les bocaux ou "
            "les étiquettes.</li><li>Fixez des règles de paiement claires avant de commander.</li><li>N’ajoutez "
            "des formats que lorsque suffisamment de membres les demandent.</li></ol>",
        },
        "ar": {
            "title": "الشراء المجمّع لمواد التغليف لصغار المنتجين الغذائيين",
            "summary": "يجمّع صغار المنتجين طلبياتهم من البرطمانات والملصقات والصناديق عبر التجمع لبلوغ الكميات "
            "الدنيا التي يشترطها الموردون.",
            "context_and_problem": "<p>يفرض موردو مواد التغليف الغذائية كميات دنيا للطلبية تفوق بكثير حاجة المنتج "
            "الصغير، فيدفع صغار المنتجين أكثر أو يستعملون تغليفًا لا يناسب التصدير.</p>",
            "approach": "<ul><li>الاتفاق مع الأعضاء على بضعة مقاسات موحّدة.</li><li>جمع الطلبيات في مواعيد ثابتة "
            "وتقديم طلبية واحدة.</li><li>تقاسم التسليم والتخزين، على أن يدفع كل عضو ثمن الكمية الخاصة به.</li></ul>",
            "results": "<p>يحصل صغار المنتجين على تغليف ملائم للبيع بالتقسيط وللتصدير بسعر أفضل، وتبدو منتجاتهم أكثر "
            "احترافية على الرفوف.</p>",
            "how_to_replicate": "<ol><li>ابدؤوا بمادة واحدة يستعملها الجميع، مثل البرطمانات أو الملصقات.</li>"
            "<li>حدّدوا قواعد واضحة للدفع قبل تقديم الطلبية.</li><li>لا تضيفوا مقاسات جديدة إلا عندما يطلبها عدد كافٍ "
            "من الأعضاء.</li></ol>",
        },
    },
    {
        "cluster": "qoot",
        "slug": "agri-food-startup-support",
        "themes": ["startup-support"],
        "sectors": ["agri-food"],
        "en": {
            "title": "From recipe to shelf: support for agri-food startups",
            "summary": "The cluster connects agri-food startups with producers, processors and retailers among "
            "its members to take a product from recipe to first sales.",
            "context_and_problem": "<p>Agri-food startups often have a good product but no access to processing "
            "capacity, food-safety expertise or retail buyers.</p>",
            "approach": "<ul><li>Select startups with a product ready to be tested.</li><li>Match each one with "
            "a member processor for small production runs and with an expert for food-safety "
            "requirements.</li><li>Organise tastings and meetings with retail buyers among the cluster's "
            "members.</li></ul>",
            "results": "<p>Startups reach their first sales faster, and established members discover new products "
            "and partners.</p>",
            "how_to_replicate": "<ol><li>Ask member processors which spare capacity they could offer.</li>"
            "<li>Keep the selection light: a product, a founder and a first market.</li><li>Follow each startup "
            "until its first order.</li></ol>",
        },
        "fr": {
            "title": "De la recette au rayon : accompagner les startups agroalimentaires",
            "summary": "Le cluster met en relation les startups agroalimentaires avec les producteurs, "
            "transformateurs et distributeurs membres pour mener un produit de la recette aux premières ventes.",
            "context_and_problem": "<p>Les startups agroalimentaires ont souvent un bon produit mais pas d’accès "
            "à des capacités de transformation, à une expertise en sécurité sanitaire ni aux acheteurs de la "
            "distribution.</p>",
            "approach": "<ul><li>Sélectionner des startups dont le produit est prêt à être testé.</li><li>Associer "
            "chacune à un transformateur membre pour de petites séries et à un expert pour les exigences "
            "sanitaires.</li><li>Organiser des dégustations et des rencontres avec les acheteurs de la distribution "
            "parmi les membres du cluster.</li></ul>",
            "results": "<p>Les startups atteignent plus vite leurs premières ventes, et les membres établis "
            "découvrent de nouveaux produits et partenaires.</p>",
            "how_to_replicate": "<ol><li>Demandez aux transformateurs membres quelles capacités disponibles ils "
            "pourraient proposer.</li><li>Gardez une sélection légère : un produit, un fondateur et un premier "
            "marché.</li><li>Suivez chaque startup jusqu’à sa première commande.</li></ol>",
        },
        "ar": {
            "title": "من الوصفة إلى الرف: دعم الشركات الناشئة في الصناعات الغذائية",
            "summary": "يربط التجمع الشركات الناشئة في الصناعات الغذائية بالمنتجين والمصنعين والموزعين من أعضائه "
            "لنقل المنتج من الوصفة إلى أولى المبيعات.",
            "context_and_problem": "<p>كثيرًا ما تملك الشركات الناشئة في الصناعات الغذائية منتجًا جيدًا، لكنها لا تصل "
            "إلى قدرات التحويل، ولا إلى الخبرة في السلامة الصحية للأغذية، ولا إلى مشتري قطاع التوزيع.</p>",
            "approach": "<ul><li>انتقاء شركات ناشئة لديها منتج جاهز للاختبار.</li><li>ربط كل منها بمصنّع عضو لإنتاج "
            "دفعات صغيرة، وبخبير في متطلبات السلامة الصحية للأغذية.</li><li>تنظيم جلسات تذوق ولقاءات مع مشتري قطاع "
            "التوزيع من بين أعضاء التجمع.</li></ul>",
            "results": "<p>تحقق الشركات الناشئة أولى مبيعاتها بشكل أسرع، ويكتشف الأعضاء الراسخون منتجات وشركاء "
            "جددًا.</p>",
            "how_to_replicate": "<ol><li>اسألوا المصنّعين الأعضاء عن الطاقة الإنتاجية الفائضة التي يمكنهم عرضها.</li>"
            "<li>اجعلوا الانتقاء بسيطًا: منتج، ومؤسس، وسوق أولى.</li><li>رافقوا كل شركة ناشئة حتى أول طلبية لها.</li>"
            "</ol>",
        },
    },
    {
        "cluster": "qoot",
        "slug": "export-readiness",
        "themes": ["internationalisation", "training-and-skills"],
        "sectors": ["agri-food"],
        "en": {
            "title": "Export readiness workshops for food producers",
            "summary": "Short workshops help members meet the labelling, certification and logistics "
            "requirements of their target export markets.",
            "context_and_problem": "<p>Food products are turned away at borders for labelling or certification "
            "details that producers did not know about.</p>",
            "approach": "<ul><li>Choose one target market per workshop.</li><li>Invite importers, certification "
            "bodies and members who already export there.</li><li>Leave each participant with a checklist for "
            "its own product.</li></ul>",
            "results": "<p>Members avoid costly rejections and prepare their first shipments with fewer surprises.</p>",
            "how_to_replicate": "<ol><li>Ask members which markets they want to reach.</li><li>Ask experienced "
            "exporters among your members to share their mistakes.</li><li>Update the checklists when rules "
            "change.</li></ol>",
        },
        "fr": {
            "title": "Des ateliers de préparation à l’export pour les producteurs alimentaires",
            "summary": "De courts ateliers aident les membres à respecter les exigences d’étiquetage, de "
            "certification et de logistique de leurs marchés d’export cibles.",
            "context_and_problem": "<p>Des produits alimentaires sont refoulés aux frontières pour des détails "
            "d’étiquetage ou de certification que les producteurs ignoraient.</p>",
            "approach": "<ul><li>Choisir un marché cible par atelier.</li><li>Inviter importateurs, organismes "
            "de certification et membres qui exportent déjà vers ce marché.</li><li>Remettre à chaque participant "
            "une liste de contrôle pour son propre produit.</li></ul>",
            "results": "<p>Les membres évitent des refus coûteux et préparent leurs premières expéditions avec "
            "moins de surprises.</p>",
            "how_to_replicate": "<ol><li>Demandez aux membres quels marchés ils veulent atteindre.</li>"
            "<li>Demandez aux exportateurs expérimentés parmi vos membres de partager leurs erreurs.</li>"
            "<li>Mettez à jour les listes de contrôle quand les règles changent.</li></ol>",
        },
        "ar": {
            "title": "ورشات للاستعداد للتصدير لفائدة المنتجين الغذائيين",
            "summary": "تساعد ورشات قصيرة الأعضاء على استيفاء متطلبات الوسم والشهادات واللوجستيك في أسواق التصدير "
            "المستهدفة.",
            "context_and_problem": "<p>تُرفض منتجات غذائية عند الحدود بسبب تفاصيل في الوسم أو الشهادات لم يكن "
            "المنتجون على علم بها.</p>",
            "approach": "<ul><li>اختيار سوق مستهدفة واحدة لكل ورشة.</li><li>دعوة المستوردين وهيئات منح الشهادات "
            "والأعضاء الذين يصدّرون إليها بالفعل.</li><li>تزويد كل مشارك بقائمة تحقق خاصة بمنتجه.</li></ul>",
            "results": "<p>يتجنب الأعضاء حالات رفض مكلفة، ويحضّرون شحناتهم الأولى بمفاجآت أقل.</p>",
            "how_to_replicate": "<ol><li>اسألوا الأعضاء عن الأسواق التي يريدون بلوغها.</li><li>اطلبوا من المصدّرين "
            "ذوي الخبرة بين أعضائكم أن يشاركوا أخطاءهم.</li><li>حدّثوا قوائم التحقق كلما تغيّرت القواعد.</li></ol>",
        },
    },
]
