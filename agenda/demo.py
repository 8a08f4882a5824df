"""Demo events: the events index, a Techdays edition on each shore and a workshop, with a few registrations.

Dates are set from the day the demo is loaded (the coming Techdays in about four months, the
last ones seven months ago), so the demo always has an upcoming and a past edition.
partner1@example.org is left unregistered for the coming Techdays, to try registering.
"""

import zoneinfo
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page

from clusters.models import ClusterPage

from .models import EventIndexPage, EventPage, Registration, RegistrationQuestion

EVENT_INDEX = {
    "en": {
        "title": "Events",
        "intro": "Techdays on both shores of the Mediterranean, workshops, trade-fair delegations and webinars "
        "organised by the clusters.",
    },
    "fr": {
        "title": "Événements",
        "intro": "Les Techdays sur les deux rives de la Méditerranée, des ateliers, des délégations aux salons et "
        "des webinaires organisés par les clusters.",
    },
    "ar": {
        "title": "الفعاليات",
        "intro": "الأيام التقنية على ضفتي البحر الأبيض المتوسط، وورشات العمل، والوفود إلى المعارض، والندوات "
        "عبر الإنترنت التي تنظمها التجمعات.",
    },
}

# (start, end, title en/fr/ar, speaker)
CASABLANCA_PROGRAMME = [
    ("09:00", "09:30", ("Welcome and registration", "Accueil et enregistrement", "الاستقبال والتسجيل"), ""),
    (
        "09:30",
        "10:15",
        (
            "Opening: clusters on both shores, one market",
            "Ouverture : des clusters sur les deux rives, un seul marché",
            "الافتتاح: تجمعات على الضفتين وسوق واحدة",
        ),
        "CE3M and the Maroc Cluster network",
    ),
    (
        "10:15",
        "11:30",
        (
            "Import substitution: sourcing electronic components locally",
            "Substitution aux importations : s’approvisionner localement en composants électroniques",
            "إحلال الواردات: توفير المكونات الإلكترونية محليًا",
        ),
        "Maroc PME, CE3M member companies",
    ),
    (
        "11:45",
        "12:45",
        (
            "Medical devices made in Morocco: from prototype to certification",
            "Dispositifs médicaux fabriqués au Maroc : du prototype à la certification",
            "أجهزة طبية مصنوعة في المغرب: من النموذج الأولي إلى الاعتماد",
        ),
        "Cluster of medical industries",
    ),
    ("12:45", "14:00", ("Lunch and demonstrations", "Déjeuner et démonstrations", "الغداء والعروض التوضيحية"), ""),
    (
        "14:00",
        "17:30",
        ("B2B meetings", "Rendez-vous B2B", "لقاءات الأعمال الثنائية"),
        "",
    ),
    (
        "17:30",
        "18:15",
        (
            "Horizon Europe: building consortia with European clusters",
            "Horizon Europe : monter des consortiums avec les clusters européens",
            "أفق أوروبا: بناء اتحادات مع التجمعات الأوروبية",
        ),
        "National Contact Point",
    ),
]
CASABLANCA_DAY_TWO = [
    (
        "09:30",
        "12:00",
        (
            "Visit of the prototyping platform and the tech centre",
            "Visite de la plateforme de prototypage et du centre technologique",
            "زيارة منصة النماذج الأولية والمركز التقني",
        ),
        "CE3M",
    ),
    (
        "14:00",
        "16:00",
        (
            "Pilots with national contractors: energy and railways",
            "Projets pilotes avec les donneurs d’ordres nationaux : énergie et chemins de fer",
            "مشاريع تجريبية مع المقاولين الوطنيين: الطاقة والسكك الحديدية",
        ),
        "",
    ),
]

TECHDAYS_QUESTIONS = [
    ("short_text", True, "", ("Company or organisation", "Entreprise ou organisation", "الشركة أو المؤسسة")),
    (
        "single_choice",
        True,
        (
            "Energy\nMobility\nMedical devices\nAeronautics\nIndustry 4.0",
            "Énergie\nMobilité\nDispositifs médicaux\nAéronautique\nIndustrie 4.0",
            "الطاقة\nالتنقل\nالأجهزة الطبية\nالطيران\nالصناعة 4.0",
        ),
        ("Your sector", "Votre secteur", "قطاعك"),
    ),
    (
        "long_text",
        False,
        "",
        (
            "What do you expect from these Techdays?",
            "Qu’attendez-vous de ces Techdays ?",
            "ما الذي تتوقعه من هذه الأيام التقنية؟",
        ),
    ),
]

LANGUAGES = ("en", "fr", "ar")


def _programme(items: list, language: int, day: date | None = None) -> list[tuple[str, dict]]:
    return [
        (
            "session",
            {
                "day": day,
                "start_time": time.fromisoformat(start),
                "end_time": time.fromisoformat(end),
                "title": titles[language],
                "speaker": speaker,
                "description": "",
            },
        )
        for start, end, titles, speaker in items
    ]


def _at(day: date, clock: str, zone: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=zoneinfo.ZoneInfo(zone))


def _events(today: date) -> list[dict]:
    casablanca = today + timedelta(days=120)
    marseille = today - timedelta(days=210)
    workshop = today + timedelta(days=40)
    day_two = casablanca + timedelta(days=1)
    return [
        {
            "slug": "techdays-casablanca",
            "organiser": "ce3m",
            "co_organisers": ["qoot", "2ts"],
            "questions": TECHDAYS_QUESTIONS,
            "fields": {
                "event_type": "techdays",
                "series": "Techdays",
                "edition": f"{casablanca.year} – Casablanca",
                "shore": "south",
                "venue": "Technopark Casablanca",
                "address": "Route de Nouaceur, angle RS 114 et CT 1029",
                "city": "Casablanca",
                "country": "MA",
                "time_zone": "Africa/Casablanca",
                "start": _at(casablanca, "09:00", "Africa/Casablanca"),
                "end": _at(day_two, "16:00", "Africa/Casablanca"),
                "online_url": "https://meet.example.org/techdays-casablanca",
                "capacity": 120,
            },
            "programme": lambda language: (
                _programme(CASABLANCA_PROGRAMME, language, casablanca)
                + _programme(CASABLANCA_DAY_TWO, language, day_two)
            ),
            "texts": {
                "en": {
                    "title": f"Techdays {casablanca.year} – Casablanca",
                    "summary": "Two days for clusters from both shores: import substitution, medical devices, "
                    "Horizon Europe consortia and an afternoon of B2B meetings.",
                    "description": "<p>The Techdays return to the south shore. Companies, startups, universities "
                    "and clusters from Morocco, Tunisia, Lebanon and Europe meet to find partners, share their "
                    "practices and prepare joint projects.</p>",
                    "languages": "English, French, Arabic",
                },
                "fr": {
                    "title": f"Techdays {casablanca.year} – Casablanca",
                    "summary": "Deux jours pour les clusters des deux rives : substitution aux importations, "
                    "dispositifs médicaux, consortiums Horizon Europe et un après-midi de rendez-vous B2B.",
                    "description": "<p>Les Techdays reviennent sur la rive sud. Entreprises, startups, universités "
                    "et clusters du Maroc, de Tunisie, du Liban et d’Europe se retrouvent pour trouver des "
                    "partenaires, partager leurs pratiques et préparer des projets communs.</p>",
                    "languages": "anglais, français, arabe",
                },
                "ar": {
                    "title": f"الأيام التقنية {casablanca.year} – الدار البيضاء",
                    "summary": "يومان للتجمعات من الضفتين: إحلال الواردات، والأجهزة الطبية، واتحادات أفق أوروبا، "
                    "وفترة ما بعد الظهر للقاءات الأعمال.",
                    "description": "<p>تعود الأيام التقنية إلى الضفة الجنوبية. تلتقي الشركات والشركات الناشئة "
                    "والجامعات والتجمعات من المغرب وتونس ولبنان وأوروبا لإيجاد شركاء وتبادل الممارسات وإعداد "
                    "مشاريع مشتركة.</p>",
                    "languages": "الإنجليزية، الفرنسية، العربية",
                },
            },
            "registrations": [("partner2", "confirmed"), ("partner3", "confirmed"), ("partner4", "confirmed")],
        },
        {
            "slug": "techdays-marseille",
            "organiser": "ce3m",
            "co_organisers": ["qoot"],
            "questions": [],
            "fields": {
                "event_type": "techdays",
                "series": "Techdays",
                "edition": f"{marseille.year} – Marseille",
                "shore": "north",
                "venue": "Palais du Pharo",
                "address": "58 boulevard Charles Livon",
                "city": "Marseille",
                "country": "FR",
                "time_zone": "Europe/Paris",
                "start": _at(marseille, "09:00", "Europe/Paris"),
                "end": _at(marseille, "18:00", "Europe/Paris"),
                "capacity": 80,
            },
            "programme": lambda language: _programme(CASABLANCA_PROGRAMME[:3] + CASABLANCA_PROGRAMME[5:6], language),
            "texts": {
                "en": {
                    "title": f"Techdays {marseille.year} – Marseille",
                    "summary": "The north-shore edition: European and Mediterranean clusters met for talks and "
                    "B2B meetings on electronics, energy and mobility.",
                    "languages": "English, French",
                },
                "fr": {
                    "title": f"Techdays {marseille.year} – Marseille",
                    "summary": "L’édition de la rive nord : clusters européens et méditerranéens réunis pour des "
                    "conférences et des rendez-vous B2B sur l’électronique, l’énergie et la mobilité.",
                    "languages": "anglais, français",
                },
                "ar": {
                    "title": f"الأيام التقنية {marseille.year} – مرسيليا",
                    "summary": "نسخة الضفة الشمالية: التقت التجمعات الأوروبية والمتوسطية في محاضرات ولقاءات "
                    "أعمال حول الإلكترونيات والطاقة والتنقل.",
                    "languages": "الإنجليزية، الفرنسية",
                },
            },
            "registrations": [("partner1", "checked_in"), ("partner2", "checked_in"), ("partner3", "confirmed")],
        },
        {
            "slug": "pooled-purchasing-workshop",
            "organiser": "2ts",
            "co_organisers": ["ce3m"],
            "questions": [],
            "fields": {
                "event_type": "workshop",
                "shore": "south",
                "venue": "Pôle de compétitivité de Monastir",
                "city": "Monastir",
                "country": "TN",
                "time_zone": "Africa/Tunis",
                "start": _at(workshop, "14:00", "Africa/Tunis"),
                "end": _at(workshop, "17:00", "Africa/Tunis"),
                "online_url": "https://meet.example.org/pooled-purchasing",
                "capacity": 3,
            },
            "programme": lambda language: [],
            "texts": {
                "en": {
                    "title": "Workshop: pooled purchasing of components",
                    "summary": "How clusters buy components together to cut costs and shortages: CE3M's "
                    "experience, shared with 2TS members. On site in Monastir and online.",
                    "languages": "French, Arabic",
                },
                "fr": {
                    "title": "Atelier : achats groupés de composants",
                    "summary": "Comment les clusters achètent ensemble leurs composants pour réduire coûts et "
                    "pénuries : l’expérience de CE3M partagée avec les membres de 2TS. À Monastir et en ligne.",
                    "languages": "français, arabe",
                },
                "ar": {
                    "title": "ورشة عمل: الشراء المشترك للمكونات",
                    "summary": "كيف تشتري التجمعات المكونات معًا لخفض التكاليف ومواجهة النقص: تجربة CE3M مع "
                    "أعضاء 2TS. في المنستير وعبر الإنترنت.",
                    "languages": "الفرنسية، العربية",
                },
            },
            "registrations": [
                ("partner2", "confirmed"),
                ("partner3", "confirmed"),
                ("partner4", "confirmed"),
                ("partner5", "waitlisted"),
            ],
        },
    ]


def load_events(command, home: Page, locales: dict[str, Locale]) -> None:
    """Create the events index, the demo events and their registrations once; a second run adds nothing."""
    index = command.load_page(EventIndexPage, home, "events", EVENT_INDEX, locales, show_in_menus=True)
    clusters = {cluster.slug: cluster for cluster in ClusterPage.objects.filter(locale=locales["en"])}
    for data in _events(timezone.localdate()):
        command.step(f"event {data['slug']}")
        event = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if event is None:
            event = EventPage(
                slug=data["slug"],
                locale=locales["en"],
                organiser=clusters[data["organiser"]],
                programme=data["programme"](0),
                **data["fields"],
                **data["texts"]["en"],
            )
            event.co_organisers = [clusters[slug] for slug in data["co_organisers"]]
            event.questions = [
                RegistrationQuestion(
                    kind=kind, required=required, label=labels[0], choices=choices[0] if choices else ""
                )
                for kind, required, choices, labels in data["questions"]
            ]
            index.add_child(instance=event)
            event.save_revision().publish()
            command.created += 1
        extra = {
            code: {
                "programme": data["programme"](number),
                "organiser": clusters[data["organiser"]].get_translation_or_none(locales[code])
                or clusters[data["organiser"]],
            }
            for number, code in enumerate(LANGUAGES)
        }
        command.translate(event, data["texts"], locales, extra=extra)
        translate_questions(event, data["questions"])
        add_registrations(event, data["registrations"])


def translate_questions(event: EventPage, questions: list) -> None:
    """Give each translation's questions their wording in its language."""
    for page in EventPage.objects.filter(translation_key=event.translation_key).exclude(pk=event.pk):
        language = LANGUAGES.index(page.locale.language_code)
        for question, (_kind, _required, choices, labels) in zip(
            page.questions.order_by("sort_order"), questions, strict=False
        ):
            question.label = labels[language]
            question.choices = choices[language] if choices else ""
            question.save(update_fields=["label", "choices"])


def add_registrations(event: EventPage, registrations: list[tuple[str, str]]) -> None:
    """Demo registrations, written directly (no mail goes to the demo partners)."""
    users = get_user_model().objects
    moment = event.first_published_at or timezone.now()
    for number, (partner, status) in enumerate(registrations):
        user = users.get(email=f"{partner}@example.org")
        checked_in = status == "checked_in"
        Registration.objects.get_or_create(
            event=event,
            user=user,
            defaults={
                "status": "confirmed" if checked_in else status,
                "created_at": moment + timedelta(minutes=number),
                "confirmed_at": None if status == "waitlisted" else moment + timedelta(minutes=number),
                "checked_in_at": event.start + timedelta(minutes=10 + number) if checked_in else None,
            },
        )
