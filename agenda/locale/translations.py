"""French and Arabic for the events app's strings; `python agenda/locale/translations.py` writes them
into the app's catalogues (after makemessages), taking the portal's existing translations where they exist."""

T = {
    "Registration is closed.": ("Les inscriptions sont closes.", "التسجيل مغلق."),
    "Your message is on its way to %(count)s people.": (
        "Votre message part vers %(count)s personnes.",
        "رسالتك في طريقها إلى %(count)s شخصًا.",
    ),
    "Message the registrants": ("Écrire aux inscrits", "مراسلة المسجلين"),
    "Events": ("Événements", "الفعاليات"),
    "day": ("jour", "اليوم"),
    "For events over several days.": ("Pour les événements sur plusieurs jours.", "للفعاليات الممتدة على عدة أيام."),
    "In the event's time zone.": ("Dans le fuseau horaire de l’événement.", "بتوقيت المنطقة الزمنية للفعالية."),
    "ends at": ("se termine à", "ينتهي في"),
    "speaker": ("intervenant", "المتحدث"),
    "Programme item": ("Élément du programme", "فقرة من البرنامج"),
    "No": ("Non", "لا"),
    "Position on the waiting list": ("Rang sur la liste d’attente", "الترتيب في قائمة الانتظار"),
    "Registered at": ("Inscrit le", "تاريخ التسجيل"),
    "Checked in at": ("Arrivée enregistrée à", "وقت تسجيل الحضور"),
    "Also send it to the people on the waiting list": (
        "L’envoyer aussi aux personnes sur la liste d’attente",
        "إرسالها أيضًا إلى الأشخاص في قائمة الانتظار",
    ),
    "Techdays": ("Techdays", "الأيام التقنية"),
    "B2B meeting": ("Rendez-vous B2B", "لقاء أعمال"),
    "Workshop": ("Atelier", "ورشة عمل"),
    "Trade-fair delegation": ("Délégation à un salon", "وفد إلى معرض تجاري"),
    "Webinar": ("Webinaire", "ندوة عبر الإنترنت"),
    "North shore": ("Rive nord", "الضفة الشمالية"),
    "South shore": ("Rive sud", "الضفة الجنوبية"),
    "organising cluster": ("cluster organisateur", "التجمع المنظم"),
    "co-organisers": ("co-organisateurs", "الجهات المشاركة في التنظيم"),
    "series": ("série", "السلسلة"),
    "shore": ("rive", "الضفة"),
    "venue": ("lieu", "المكان"),
    "online link": ("lien en ligne", "رابط المشاركة عبر الإنترنت"),
    "For online and hybrid events: where participants join.": (
        "Pour les événements en ligne et hybrides : où les participants se connectent.",
        "للفعاليات عبر الإنترنت والهجينة: حيث ينضم المشاركون.",
    ),
    "time zone": ("fuseau horaire", "المنطقة الزمنية"),
    "languages spoken": ("langues parlées", "اللغات المستخدمة"),
    "For example “English, French, Arabic”.": (
        "Par exemple « anglais, français, arabe ».",
        "مثلًا «الإنجليزية، الفرنسية، العربية».",
    ),
    "programme": ("programme", "البرنامج"),
    "Seats available; leave empty for no limit.": (
        "Places disponibles ; laisser vide pour ne pas limiter.",
        "عدد المقاعد المتاحة؛ اتركه فارغًا لعدم التحديد.",
    ),
    "Empty: open as soon as the page is published.": (
        "Vide : ouvertes dès la publication de la page.",
        "فارغ: يفتح التسجيل بمجرد نشر الصفحة.",
    ),
    "registration closes": ("clôture des inscriptions", "إغلاق التسجيل"),
    "Empty: open until the event starts.": (
        "Vide : ouvertes jusqu’au début de l’événement.",
        "فارغ: يبقى التسجيل مفتوحًا حتى بداية الفعالية.",
    ),
    "registration closed": ("inscriptions closes", "التسجيل مغلق"),
    "Close registration now, whatever the dates say.": (
        "Clore les inscriptions maintenant, quelles que soient les dates.",
        "إغلاق التسجيل الآن بغض النظر عن التواريخ.",
    ),
    "event cancelled": ("événement annulé", "الفعالية ملغاة"),
    "Dates": ("Dates", "التواريخ"),
    "Place": ("Lieu", "المكان"),
    "Registration questions": ("Questions d’inscription", "أسئلة التسجيل"),
    "event": ("événement", "الفعالية"),
    "The event cannot end before it starts.": (
        "L’événement ne peut pas se terminer avant de commencer.",
        "لا يمكن أن تنتهي الفعالية قبل أن تبدأ.",
    ),
    "Registration cannot close before it opens.": (
        "Les inscriptions ne peuvent pas fermer avant d’ouvrir.",
        "لا يمكن إغلاق التسجيل قبل فتحه.",
    ),
    "Short text": ("Texte court", "نص قصير"),
    "Long text": ("Texte long", "نص طويل"),
    "Single choice": ("Choix unique", "اختيار واحد"),
    "Multiple choice": ("Choix multiple", "اختيار متعدد"),
    "Checkbox": ("Case à cocher", "خانة اختيار"),
    "kind of answer": ("type de réponse", "نوع الإجابة"),
    "For single and multiple choice: one choice per line.": (
        "Pour les choix uniques et multiples : un choix par ligne.",
        "للاختيار الواحد والمتعدد: خيار واحد في كل سطر.",
    ),
    "help text": ("texte d’aide", "نص المساعدة"),
    "required": ("obligatoire", "إلزامي"),
    "registration question": ("question d’inscription", "سؤال التسجيل"),
    "registration questions": ("questions d’inscription", "أسئلة التسجيل"),
    "Give at least two choices, one per line.": (
        "Indiquez au moins deux choix, un par ligne.",
        "أدخل خيارين على الأقل، خيارًا في كل سطر.",
    ),
    "Confirmed": ("Confirmée", "مؤكد"),
    "On the waiting list": ("Sur liste d’attente", "في قائمة الانتظار"),
    "Cancelled": ("Annulée", "ملغى"),
    "answers": ("réponses", "الإجابات"),
    "registered at": ("inscrit le", "تاريخ التسجيل"),
    "confirmed at": ("confirmée le", "تاريخ التأكيد"),
    "cancelled at": ("annulée le", "تاريخ الإلغاء"),
    "checked in at": ("arrivée enregistrée le", "تاريخ تسجيل الحضور"),
    "reminded at": ("rappel envoyé le", "تاريخ إرسال التذكير"),
    "This event has been cancelled.": ("Cet événement a été annulé.", "أُلغيت هذه الفعالية."),
    "This event is over.": ("Cet événement est terminé.", "انتهت هذه الفعالية."),
    "Registration opens on %(date)s (%(zone)s).": (
        "Les inscriptions ouvrent le %(date)s (%(zone)s).",
        "يفتح التسجيل في %(date)s (%(zone)s).",
    ),
    "Registration for this event is closed.": (
        "Les inscriptions à cet événement sont closes.",
        "التسجيل في هذه الفعالية مغلق.",
    ),
    "Many people are registering right now. Please try again in a moment.": (
        "Beaucoup de personnes s’inscrivent en ce moment. Veuillez réessayer dans un instant.",
        "يسجّل عدد كبير من الأشخاص الآن. يرجى المحاولة مرة أخرى بعد لحظات.",
    ),
    "Log in to register.": ("Connectez-vous pour vous inscrire.", "سجّل الدخول للتسجيل."),
    "Please verify your email address before registering: follow the link we sent you.": (
        "Veuillez vérifier votre adresse e-mail avant de vous inscrire : suivez le lien que nous vous avons envoyé.",
        "يرجى التحقق من بريدك الإلكتروني قبل التسجيل: اتبع الرابط الذي أرسلناه إليك.",
    ),
    "You are already registered for this event.": (
        "Vous êtes déjà inscrit à cet événement.",
        "أنت مسجل بالفعل في هذه الفعالية.",
    ),
    "This registration is not yours.": ("Cette inscription n’est pas la vôtre.", "هذا التسجيل ليس لك."),
    "This registration is already cancelled.": ("Cette inscription est déjà annulée.", "هذا التسجيل ملغى بالفعل."),
    "Only confirmed registrations can be checked in.": (
        "Seules les inscriptions confirmées peuvent être enregistrées à l’arrivée.",
        "لا يمكن تسجيل حضور إلا التسجيلات المؤكدة.",
    ),
    "Event": ("Événement", "الفعالية"),
    "Organised by": ("Organisé par", "تنظيم"),
    "You organise no event yet. Events are added under the events index, with your cluster as organiser.": (
        "Vous n’organisez encore aucun événement. Les événements s’ajoutent sous la page des événements, "
        "avec votre cluster comme organisateur.",
        "لا تنظّم أي فعالية بعد. تُضاف الفعاليات تحت صفحة الفعاليات مع تحديد تجمعك كجهة منظمة.",
    ),
    "Send": ("Envoyer", "إرسال"),
    "%(registered)s confirmed, %(checked_in)s checked in, %(waiting)s on the waiting list.": (
        "%(registered)s confirmés, %(checked_in)s arrivés, %(waiting)s sur liste d’attente.",
        "%(registered)s مؤكد، %(checked_in)s سجّلوا حضورهم، %(waiting)s في قائمة الانتظار.",
    ),
    "Capacity: %(capacity)s.": ("Capacité : %(capacity)s.", "السعة: %(capacity)s."),
    "Export as Excel": ("Exporter en Excel", "تصدير بصيغة Excel"),
    "Check-in desk": ("Accueil des participants", "مكتب تسجيل الحضور"),
    "Close registration": ("Clore les inscriptions", "إغلاق التسجيل"),
    "Nobody has registered yet.": ("Personne ne s’est encore inscrit.", "لم يسجّل أحد بعد."),
    "Cancel a registration": ("Annuler une inscription", "إلغاء تسجيل"),
    "This registration is cancelled.": ("Cette inscription est annulée.", "هذا التسجيل ملغى."),
    "You are number %(position)s on the waiting list.": (
        "Vous êtes numéro %(position)s sur la liste d’attente.",
        "ترتيبك %(position)s في قائمة الانتظار.",
    ),
    "Your seat is confirmed.": ("Votre place est confirmée.", "مقعدك مؤكد."),
    "Yes, cancel my registration": ("Oui, annuler mon inscription", "نعم، ألغِ تسجيلي"),
    "Scan an attendee's QR code with your phone's camera and open the link, or search by name or email.": (
        "Scannez le code QR d’un participant avec l’appareil photo de votre téléphone et ouvrez le lien, "
        "ou cherchez par nom ou par e-mail.",
        "امسح رمز QR الخاص بالمشارك بكاميرا هاتفك وافتح الرابط، أو ابحث بالاسم أو البريد الإلكتروني.",
    ),
    "Name or email": ("Nom ou e-mail", "الاسم أو البريد الإلكتروني"),
    "Checked in": ("Arrivé", "سجّل حضوره"),
    "Check in": ("Enregistrer l’arrivée", "تسجيل الحضور"),
    "Check-in": ("Arrivée", "تسجيل الحضور"),
    "This registration is not confirmed: do not let this person in on it.": (
        "Cette inscription n’est pas confirmée : elle ne donne pas accès à l’événement.",
        "هذا التسجيل غير مؤكد: لا يسمح بدخول هذا الشخص.",
    ),
    "Your registration is cancelled. If you change your mind, you can register again while registration is open.": (
        "Votre inscription est annulée. Si vous changez d’avis, vous pouvez vous réinscrire tant que les "
        "inscriptions sont ouvertes.",
        "تم إلغاء تسجيلك. إذا غيّرت رأيك، يمكنك التسجيل مجددًا ما دام التسجيل مفتوحًا.",
    ),
    "Your registration for %(title)s is cancelled": (
        "Votre inscription à %(title)s est annulée",
        "تم إلغاء تسجيلك في %(title)s",
    ),
    "Your seat is confirmed. The attached calendar file adds the event to your calendar; show the attached QR "
    "code at the entrance to check in.": (
        "Votre place est confirmée. Le fichier de calendrier joint ajoute l’événement à votre agenda ; présentez "
        "le code QR joint à l’entrée pour enregistrer votre arrivée.",
        "مقعدك مؤكد. يضيف ملف التقويم المرفق الفعالية إلى تقويمك؛ اعرض رمز QR المرفق عند المدخل لتسجيل حضورك.",
    ),
    "Cannot come? Cancel your registration so that someone on the waiting list gets your seat:": (
        "Vous ne pouvez pas venir ? Annulez votre inscription pour que votre place revienne à une personne de la "
        "liste d’attente :",
        "لا تستطيع الحضور؟ ألغِ تسجيلك ليحصل شخص من قائمة الانتظار على مقعدك:",
    ),
    "Cancel my registration": ("Annuler mon inscription", "إلغاء تسجيلي"),
    "Your registration for %(title)s is confirmed": (
        "Votre inscription à %(title)s est confirmée",
        "تم تأكيد تسجيلك في %(title)s",
    ),
    "When": ("Quand", "الموعد"),
    "Where": ("Où", "المكان"),
    "Online": ("En ligne", "عبر الإنترنت"),
    "You receive this message because you registered for this event.": (
        "Vous recevez ce message parce que vous êtes inscrit à cet événement.",
        "تصلك هذه الرسالة لأنك مسجل في هذه الفعالية.",
    ),
    "A seat has been freed and it is yours: your registration is now confirmed. The attached calendar file adds "
    "the event to your calendar; show the attached QR code at the entrance to check in.": (
        "Une place s’est libérée et elle est pour vous : votre inscription est maintenant confirmée. Le fichier de "
        "calendrier joint ajoute l’événement à votre agenda ; présentez le code QR joint à l’entrée pour "
        "enregistrer votre arrivée.",
        "أصبح هناك مقعد شاغر وهو لك: تسجيلك مؤكد الآن. يضيف ملف التقويم المرفق الفعالية إلى تقويمك؛ اعرض رمز QR "
        "المرفق عند المدخل لتسجيل حضورك.",
    ),
    "A seat is yours: %(title)s": ("Une place est à vous : %(title)s", "لديك مقعد: %(title)s"),
    "A reminder: the event starts soon. Bring the QR code from your confirmation, or open it under My events.": (
        "Un rappel : l’événement commence bientôt. Apportez le code QR de votre confirmation, ou ouvrez-le dans "
        "Mes événements.",
        "تذكير: تبدأ الفعالية قريبًا. أحضر رمز QR من رسالة التأكيد، أو افتحه في صفحة فعالياتي.",
    ),
    "Tomorrow: %(title)s": ("Demain : %(title)s", "غدًا: %(title)s"),
    "The event is full: you are number %(position)s on the waiting list. When a seat is freed, it goes to the "
    "first person waiting and we write to you at once.": (
        "L’événement est complet : vous êtes numéro %(position)s sur la liste d’attente. Quand une place se "
        "libère, elle revient à la première personne en attente et nous vous écrivons aussitôt.",
        "الفعالية مكتملة: ترتيبك %(position)s في قائمة الانتظار. عندما يتوفر مقعد يذهب إلى أول شخص في الانتظار "
        "ونراسلك فورًا.",
    ),
    "Leave the waiting list": ("Quitter la liste d’attente", "مغادرة قائمة الانتظار"),
    "Leave the waiting list:": ("Quitter la liste d’attente :", "مغادرة قائمة الانتظار:"),
    "You are on the waiting list for %(title)s": (
        "Vous êtes sur la liste d’attente de %(title)s",
        "أنت في قائمة الانتظار لـ %(title)s",
    ),
    "All events (iCal)": ("Tous les événements (iCal)", "جميع الفعاليات (iCal)"),
    "%(title)s: past events": ("%(title)s : événements passés", "%(title)s: الفعاليات السابقة"),
    "Upcoming or past events": ("Événements à venir ou passés", "الفعاليات القادمة أو السابقة"),
    "Upcoming events": ("Événements à venir", "الفعاليات القادمة"),
    "Past events": ("Événements passés", "الفعاليات السابقة"),
    "My events": ("Mes événements", "فعالياتي"),
    "Subscribe to the calendar (iCal)": ("S’abonner au calendrier (iCal)", "الاشتراك في التقويم (iCal)"),
    "Month": ("Mois", "الشهر"),
    "No past events yet.": ("Pas encore d’événement passé.", "لا توجد فعاليات سابقة بعد."),
    "No upcoming event for now.": ("Aucun événement à venir pour l’instant.", "لا توجد فعاليات قادمة حاليًا."),
    "See past events": ("Voir les événements passés", "عرض الفعاليات السابقة"),
    "Seats": ("Places", "المقاعد"),
    "%(left)s left of %(capacity)s": ("%(left)s restantes sur %(capacity)s", "%(left)s متبقية من %(capacity)s"),
    "You are registered.": ("Vous êtes inscrit.", "أنت مسجل."),
    "The event is full: registering puts you on the waiting list.": (
        "L’événement est complet : vous inscrire vous place sur la liste d’attente.",
        "الفعالية مكتملة: التسجيل يضعك في قائمة الانتظار.",
    ),
    "Join the waiting list": ("Rejoindre la liste d’attente", "الانضمام إلى قائمة الانتظار"),
    "Register": ("S’inscrire", "التسجيل"),
    "Add to my calendar (.ics)": ("Ajouter à mon agenda (.ics)", "إضافة إلى تقويمي (.ics)"),
    "Programme": ("Programme", "البرنامج"),
    "Times are in the event's time zone (%(zone)s).": (
        "Les horaires sont dans le fuseau horaire de l’événement (%(zone)s).",
        "الأوقات بتوقيت المنطقة الزمنية للفعالية (%(zone)s).",
    ),
    "Registered": ("Inscrits", "المسجلون"),
    "Waiting list": ("Liste d’attente", "قائمة الانتظار"),
    "Organised by %(cluster)s": ("Organisé par %(cluster)s", "من تنظيم %(cluster)s"),
    "Full: waiting list open": ("Complet : liste d’attente ouverte", "مكتمل: قائمة الانتظار مفتوحة"),
    "On the waiting list: number %(position)s": (
        "Sur liste d’attente : numéro %(position)s",
        "في قائمة الانتظار: الترتيب %(position)s",
    ),
    "Show this code at the entrance.": ("Présentez ce code à l’entrée.", "اعرض هذا الرمز عند المدخل."),
    "You have not registered for any event yet.": (
        "Vous ne vous êtes encore inscrit à aucun événement.",
        "لم تسجّل في أي فعالية بعد.",
    ),
    "See the events": ("Voir les événements", "عرض الفعاليات"),
    "Back to the event": ("Retour à l’événement", "العودة إلى الفعالية"),
    "Please verify your email address before registering: follow the link we sent you, or send a new one from "
    "your account.": (
        "Veuillez vérifier votre adresse e-mail avant de vous inscrire : suivez le lien que nous vous avons envoyé, "
        "ou demandez-en un nouveau depuis votre compte.",
        "يرجى التحقق من بريدك الإلكتروني قبل التسجيل: اتبع الرابط الذي أرسلناه إليك، أو اطلب رابطًا جديدًا من حسابك.",
    ),
    "The event is full: registering puts you on the waiting list, and you get a seat as soon as one is freed.": (
        "L’événement est complet : vous inscrire vous place sur la liste d’attente, et une place vous revient dès "
        "qu’elle se libère.",
        "الفعالية مكتملة: التسجيل يضعك في قائمة الانتظار، وتحصل على مقعد فور توفره.",
    ),
    "You are registered. We have sent you a confirmation by email.": (
        "Vous êtes inscrit. Nous vous avons envoyé une confirmation par e-mail.",
        "أنت مسجل. أرسلنا إليك تأكيدًا بالبريد الإلكتروني.",
    ),
    "The event is full: you are number %(position)s on the waiting list.": (
        "L’événement est complet : vous êtes numéro %(position)s sur la liste d’attente.",
        "الفعالية مكتملة: ترتيبك %(position)s في قائمة الانتظار.",
    ),
    "Please verify your email address before registering.": (
        "Veuillez vérifier votre adresse e-mail avant de vous inscrire.",
        "يرجى التحقق من بريدك الإلكتروني قبل التسجيل.",
    ),
    "This registration does not exist.": ("Cette inscription n’existe pas.", "هذا التسجيل غير موجود."),
    "Your registration is cancelled.": ("Votre inscription est annulée.", "تم إلغاء تسجيلك."),
    "%(name)s is checked in.": ("L’arrivée de %(name)s est enregistrée.", "تم تسجيل حضور %(name)s."),
    "%(name)s had already checked in.": ("L’arrivée de %(name)s était déjà enregistrée.", "سبق تسجيل حضور %(name)s."),
    "Event registrations": ("Inscriptions aux événements", "التسجيلات في الفعاليات"),
    "starts at": ("commence à", "يبدأ في"),
    "Yes": ("Oui", "نعم"),
    "Email": ("E-mail", "البريد الإلكتروني"),
    "Status": ("Statut", "الحالة"),
    "Registrations": ("Inscriptions", "التسجيلات"),
    "Subject": ("Objet", "الموضوع"),
    "Message": ("Message", "الرسالة"),
    "event index page": ("page des événements", "صفحة الفعاليات"),
    "One or two sentences shown in the list.": (
        "Une ou deux phrases affichées dans la liste.",
        "جملة أو جملتان تظهران في القائمة.",
    ),
    "For example “Techdays”.": ("Par exemple « Techdays ».", "مثلًا «الأيام التقنية»."),
    "edition": ("édition", "الدورة"),
    "For example “2027 – Casablanca”.": ("Par exemple « 2027 – Casablanca ».", "مثلًا «2027 – الدار البيضاء»."),
    "address": ("adresse", "العنوان"),
    "start": ("début", "البداية"),
    "end": ("fin", "النهاية"),
    "capacity": ("capacité", "السعة"),
    "registration opens": ("ouverture des inscriptions", "فتح التسجيل"),
    "Registration": ("Inscription", "التسجيل"),
    "question": ("question", "سؤال"),
    "events": ("événements", "الفعاليات"),
    "choices": ("choix", "الخيارات"),
    "registration": ("inscription", "تسجيل"),
    "registrations": ("inscriptions", "التسجيلات"),
    "This event is not published.": ("Cet événement n’est pas publié.", "هذه الفعالية غير منشورة."),
    "Starts": ("Début", "تبدأ"),
    "Capacity": ("Capacité", "السعة"),
    "Export as CSV": ("Exporter en CSV", "تصدير بصيغة CSV"),
    "Registration of %(name)s.": ("Inscription de %(name)s.", "تسجيل %(name)s."),
    "No confirmed attendee matches this search.": (
        "Aucun participant confirmé ne correspond à cette recherche.",
        "لا يوجد مشارك مؤكد يطابق هذا البحث.",
    ),
    "Hello %(name)s,": ("Bonjour %(name)s,", "مرحبًا %(name)s،"),
    "Your registrations": ("Vos inscriptions", "تسجيلاتك"),
    "Filter events": ("Filtrer les événements", "تصفية الفعاليات"),
    "All months": ("Tous les mois", "جميع الأشهر"),
    "No event matches these filters.": (
        "Aucun événement ne correspond à ces filtres.",
        "لا توجد فعالية تطابق عوامل التصفية هذه.",
    ),
    "Show all events": ("Afficher tous les événements", "عرض جميع الفعاليات"),
    "Languages spoken": ("Langues parlées", "اللغات المستخدمة"),
    "All events": ("Tous les événements", "جميع الفعاليات"),
    "Register: %(title)s": ("Inscription : %(title)s", "التسجيل: %(title)s"),
}

PLURALS = {
    "%(title)s: one email goes to each of the %(counter)s confirmed registrant, in their language around your "
    "message.": (
        [
            "%(title)s : un e-mail part vers chacun des %(counter)s inscrits confirmés, dans sa langue, avec votre "
            "message.",
            "%(title)s : un e-mail part vers chacun des %(counter)s inscrits confirmés, dans sa langue, avec votre "
            "message.",
        ],
        [
            "%(title)s: لا يوجد مسجلون مؤكدون (%(counter)s).",
            "%(title)s: يُرسل بريد إلى المسجل المؤكد الوحيد (%(counter)s) بلغته مع رسالتك.",
            "%(title)s: يُرسل بريد إلى كل من المسجلَين المؤكدَين (%(counter)s) بلغته مع رسالتك.",
            "%(title)s: يُرسل بريد إلى كل واحد من %(counter)s مسجلين مؤكدين بلغته مع رسالتك.",
            "%(title)s: يُرسل بريد إلى كل واحد من %(counter)s مسجلًا مؤكدًا بلغته مع رسالتك.",
            "%(title)s: يُرسل بريد إلى كل واحد من %(counter)s مسجل مؤكد بلغته مع رسالتك.",
        ],
    ),
    "%(counter)s event": (
        ["%(counter)s événement", "%(counter)s événements"],
        [
            "لا فعاليات (%(counter)s)",
            "فعالية واحدة (%(counter)s)",
            "فعاليتان (%(counter)s)",
            "%(counter)s فعاليات",
            "%(counter)s فعالية",
            "%(counter)s فعالية",
        ],
    ),
    "%(counter)s seat left": (
        ["%(counter)s place restante", "%(counter)s places restantes"],
        [
            "لا مقاعد متبقية (%(counter)s)",
            "مقعد واحد متبقٍ (%(counter)s)",
            "مقعدان متبقيان (%(counter)s)",
            "%(counter)s مقاعد متبقية",
            "%(counter)s مقعدًا متبقيًا",
            "%(counter)s مقعد متبقٍ",
        ],
    ),
}


def main() -> None:
    from pathlib import Path

    import polib

    here = Path(__file__).parent
    for number, language in enumerate(("fr", "ar")):
        root_path = here.parents[1] / "locale" / language / "LC_MESSAGES" / "django.po"
        root = {e.msgid: e for e in polib.pofile(str(root_path)) if "fuzzy" not in e.flags}
        catalogue = polib.pofile(str(here / language / "LC_MESSAGES" / "django.po"))
        for entry in catalogue:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            if entry.msgid_plural:
                forms = PLURALS.get(entry.msgid, (None, None))[number]
                if forms is None and entry.msgid in root:
                    forms = [root[entry.msgid].msgstr_plural[i] for i in sorted(root[entry.msgid].msgstr_plural)]
                entry.msgstr_plural = dict(enumerate(forms or []))
            elif entry.msgid in T:
                entry.msgstr = T[entry.msgid][number]
            elif entry.msgid in root and root[entry.msgid].msgstr:
                entry.msgstr = root[entry.msgid].msgstr
        catalogue.metadata["Language"] = language
        catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        catalogue.save()
        missing = [e.msgid for e in catalogue if not (e.msgstr or any(e.msgstr_plural.values()))]
        print(language, "untranslated:", missing)


if __name__ == "__main__":
    main()
