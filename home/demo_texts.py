"""Demo content of the home app: the home page and the legal pages, in every language.

Each text is a dict of language code -> text. English is the source; the other
languages are real translations, fed to wagtail-localize by ``home.demo``.
Paragraphs are plain text (each becomes one rich-text paragraph and one
translation segment).
"""

HOME = {
    "title": {
        "en": "Home",
        "de": "Startseite",
        "es": "Inicio",
        "it": "Pagina iniziale",
        "pl": "Strona główna",
        "fr": "Accueil",
    },
    "hero_heading": {
        "en": "Your vocational training abroad starts here",
        "de": "Deine Berufsausbildung im Ausland beginnt hier",
        "es": "Tu formación profesional en el extranjero empieza aquí",
        "it": "La tua formazione professionale all'estero inizia qui",
        "pl": "Twoja nauka zawodu za granicą zaczyna się tutaj",
        "fr": "Votre formation professionnelle à l'étranger commence ici",
    },
    "hero_text": {
        "en": "Find a placement in another European country, see what support you get, "
        "and take your pathway passport with you.",
        "de": "Finde einen Praktikumsplatz in einem anderen europäischen Land, sieh nach, welche Unterstützung du "
        "bekommst, und nimm deinen Pathway-Pass mit.",
        "es": "Encuentra unas prácticas en otro país europeo, descubre qué apoyo recibes y llévate tu pasaporte "
        "Pathway.",
        "it": "Trova un tirocinio in un altro paese europeo, scopri quale sostegno ricevi e porta con te il tuo "
        "passaporto Pathway.",
        "pl": "Znajdź miejsce praktyk w innym kraju europejskim, sprawdź, jakie wsparcie otrzymasz, i zabierz ze "
        "sobą swój paszport Pathway.",
        "fr": "Trouvez un stage dans un autre pays européen, découvrez le soutien dont vous bénéficiez et emportez "
        "votre passeport Pathway avec vous.",
    },
    "paragraphs": [
        {
            "en": "VET Pathway is run by partner organisations in Germany, Spain, Italy, Poland, "
            "France and Ireland. We help young people who face obstacles, such as a disability, "
            "money worries or leaving school early, to train with an employer abroad.",
            "de": "VET Pathway wird von Partnerorganisationen in Deutschland, Spanien, Italien, Polen, Frankreich "
            "und Irland getragen. Wir helfen jungen Menschen, die es schwerer haben als andere, zum Beispiel wegen "
            "einer Behinderung, wegen Geldsorgen oder weil sie die Schule früh verlassen haben. Mit uns können sie "
            "eine Zeit lang bei einem Betrieb im Ausland lernen.",
            "es": "VET Pathway está gestionado por organizaciones socias de Alemania, España, Italia, Polonia, "
            "Francia e Irlanda. Ayudamos a jóvenes que se enfrentan a obstáculos, como una discapacidad, problemas "
            "de dinero o haber dejado la escuela antes de tiempo, a formarse en una empresa en el extranjero.",
            "it": "VET Pathway è gestito da organizzazioni partner in Germania, Spagna, Italia, Polonia, Francia e "
            "Irlanda. Aiutiamo i giovani che incontrano ostacoli, come una disabilità, problemi economici o l'aver "
            "lasciato la scuola presto, a formarsi presso un'azienda all'estero.",
            "pl": "VET Pathway prowadzą organizacje partnerskie z Niemiec, Hiszpanii, Włoch, Polski, Francji i "
            "Irlandii. Pomagamy młodym ludziom, którzy napotykają przeszkody, takie jak niepełnosprawność, kłopoty z "
            "pieniędzmi czy wcześniejsze odejście ze szkoły, w odbyciu szkolenia u pracodawcy za granicą.",
            "fr": "VET Pathway est géré par des organisations partenaires en Allemagne, en Espagne, en Italie, en "
            "Pologne, en France et en Irlande. Nous aidons les jeunes qui rencontrent des obstacles, comme un "
            "handicap, des soucis d'argent ou un décrochage scolaire, à se former chez un employeur à l'étranger.",
        },
        {
            "en": "You do not have to do it alone. A youth worker or teacher can help you choose, "
            "prepare and apply, and someone will support you during your stay and when you come home.",
            "de": "Du musst das nicht allein schaffen. Jemand aus der Jugendarbeit oder eine Lehrkraft kann dir "
            "helfen, etwas auszuwählen, dich vorzubereiten und dich zu bewerben. Auch während deines Aufenthalts und "
            "wenn du zurückkommst, ist jemand für dich da.",
            "es": "No tienes que hacerlo sin ayuda. Un educador social o un profesor puede ayudarte a elegir, a "
            "prepararte y a presentar tu solicitud, y alguien te apoyará durante tu estancia y cuando vuelvas a casa.",
            "it": "Non devi fare tutto da solo o da sola. Un educatore o un insegnante può aiutarti a scegliere, a "
            "prepararti e a fare domanda, e qualcuno ti sosterrà durante il soggiorno e quando tornerai a casa.",
            "pl": "Nie musisz radzić sobie z tym w pojedynkę. Osoba pracująca z młodzieżą lub nauczyciel może pomóc "
            "ci wybrać, przygotować się i złożyć zgłoszenie, a ktoś będzie cię wspierać podczas pobytu i po powrocie "
            "do domu.",
            "fr": "Vous n'avez pas à faire tout cela sans aide. Un animateur jeunesse ou un enseignant peut vous "
            "aider à choisir, à vous préparer et à postuler, et quelqu'un vous accompagnera pendant votre séjour et "
            "à votre retour.",
        },
    ],
}

LEGAL_PAGES = [
    {
        "slug": "privacy",
        "title": {
            "en": "Privacy notice",
            "de": "Datenschutzerklärung",
            "es": "Aviso de privacidad",
            "it": "Informativa sulla privacy",
            "pl": "Polityka prywatności",
            "fr": "Politique de confidentialité",
        },
        "introduction": {
            "en": "This notice explains what information VET Pathway keeps about you, why, and for how long.",
            "de": "Hier erklären wir, welche Daten VET Pathway über dich speichert, warum und wie lange.",
            "es": "Este aviso explica qué información guarda VET Pathway sobre ti, por qué y durante cuánto tiempo.",
            "it": "Questa informativa spiega quali informazioni VET Pathway conserva su di te, perché e per quanto "
            "tempo.",
            "pl": "Wyjaśniamy tutaj, jakie informacje o tobie przechowuje VET Pathway, dlaczego i jak długo.",
            "fr": "Cette page explique quelles informations VET Pathway conserve à votre sujet, pourquoi et pendant "
            "combien de temps.",
        },
        "paragraphs": [
            {
                "en": "The matching tool does not store anything you type. Your answers are used once "
                "to show you results and are then forgotten. They are never put in web addresses, logs or statistics.",
                "de": "Das Matching-Tool speichert nichts, was du eingibst. Deine Antworten werden nur einmal "
                "verwendet, um dir Ergebnisse zu zeigen, und danach vergessen. Sie landen nie in Webadressen, "
                "Protokolldateien oder Statistiken.",
                "es": "La herramienta de búsqueda de prácticas no guarda nada de lo que escribes. Tus respuestas se "
                "usan una sola vez para mostrarte resultados y después se olvidan. Nunca se incluyen en direcciones "
                "web, registros ni estadísticas.",
                "it": "Lo strumento di abbinamento non salva nulla di ciò che scrivi. Le tue risposte vengono usate "
                "una sola volta per mostrarti i risultati e poi vengono dimenticate. Non finiscono mai in indirizzi "
                "web, registri di sistema o statistiche.",
                "pl": "Narzędzie do dopasowywania ofert nie zapisuje niczego, co wpisujesz. Twoje odpowiedzi są "
                "używane tylko raz, żeby pokazać ci wyniki, a potem zostają zapomniane. Nigdy nie trafiają do "
                "adresów internetowych, logów ani statystyk.",
                "fr": "L'outil de mise en relation n'enregistre rien de ce que vous saisissez. Vos réponses sont "
                "utilisées une seule fois pour vous montrer des résultats, puis elles sont oubliées. Elles "
                "n'apparaissent jamais dans les adresses web, les journaux techniques ou les statistiques.",
            },
            {
                "en": "When an employer registers interest in hosting trainees, we keep the organisation's details, "
                "a contact email address, the consent given and when it was given. We delete registrations "
                "that were never confirmed after 7 days, and processed registrations after the retention period.",
                "de": "Wenn ein Betrieb meldet, dass er Auszubildende aufnehmen möchte, speichern wir die Angaben "
                "zur Organisation, eine E-Mail-Adresse für den Kontakt, die erteilte Einwilligung und wann sie "
                "erteilt wurde. Anmeldungen, die nie bestätigt wurden, löschen wir nach 7 Tagen, bearbeitete "
                "Anmeldungen nach Ablauf der Aufbewahrungsfrist.",
                "es": "Cuando una empresa se registra porque le interesa acoger a personas en prácticas, guardamos "
                "los datos de la organización, una dirección de correo electrónico de contacto, el consentimiento "
                "dado y la fecha en que se dio. Eliminamos a los 7 días los registros que nunca se confirmaron, y "
                "los registros ya tramitados, cuando termina el plazo de conservación.",
                "it": "Quando un'azienda registra il suo interesse ad accogliere tirocinanti, conserviamo i dati "
                "dell'organizzazione, un indirizzo email di contatto, il consenso dato e il momento in cui è stato "
                "dato. Cancelliamo dopo 7 giorni le registrazioni mai confermate e, alla fine del periodo di "
                "conservazione, quelle già elaborate.",
                "pl": "Gdy pracodawca zgłasza chęć przyjęcia praktykantów, przechowujemy dane organizacji, "
                "kontaktowy adres e-mail, udzieloną zgodę oraz informację, kiedy jej udzielono. Zgłoszenia, które "
                "nigdy nie zostały potwierdzone, usuwamy po 7 dniach, a rozpatrzone zgłoszenia – po upływie okresu "
                "przechowywania.",
                "fr": "Lorsqu'un employeur indique qu'il souhaite accueillir des stagiaires, nous conservons les "
                "informations sur l'organisation, une adresse e-mail de contact, le consentement donné et la date à "
                "laquelle il a été donné. Nous supprimons au bout de 7 jours les inscriptions qui n'ont jamais été "
                "confirmées, et les inscriptions traitées à la fin de la durée de conservation.",
            },
            {
                "en": "You have the right to see the information we hold about you, to correct it and to have it deleted. "
                "Write to the partner organisation in your country or to the coordinator named in the imprint.",
                "de": "Du hast das Recht, Auskunft über die Daten zu bekommen, die wir über dich gespeichert haben, "
                "sie berichtigen zu lassen und sie löschen zu lassen. Schreib dazu an die Partnerorganisation in "
                "deinem Land oder an die koordinierende Organisation, die im Impressum genannt ist.",
                "es": "Tienes derecho a acceder a la información que tenemos sobre ti, a corregirla y a que se "
                "borre. Escribe a la organización socia de tu país o a la entidad coordinadora que aparece en el "
                "aviso legal.",
                "it": "Hai il diritto di accedere alle informazioni che conserviamo su di te, di correggerle e di "
                "farle cancellare. Scrivi all'organizzazione partner del tuo paese o al coordinatore indicato nelle "
                "note legali.",
                "pl": "Masz prawo zobaczyć informacje, które o tobie przechowujemy, poprawić je i zażądać ich "
                "usunięcia. Napisz do organizacji partnerskiej w swoim kraju albo do organizacji koordynującej "
                "wskazanej w nocie prawnej.",
                "fr": "Vous avez le droit de consulter les informations que nous détenons sur vous, de les faire "
                "corriger et de les faire supprimer. Écrivez à l'organisation partenaire de votre pays ou au "
                "coordinateur indiqué dans les mentions légales.",
            },
            {
                "en": "We use one cookie to remember your language and, on forms, one to protect you against forged requests. "
                "We do not use advertising or tracking cookies.",
                "de": "Wir verwenden ein Cookie, um uns deine Sprache zu merken, und bei Formularen ein weiteres, "
                "das dich vor gefälschten Anfragen schützt. Wir verwenden keine Werbe- oder Tracking-Cookies.",
                "es": "Usamos una cookie para recordar tu idioma y, en los formularios, otra para protegerte contra "
                "solicitudes falsificadas. No usamos cookies publicitarias ni de seguimiento.",
                "it": "Usiamo un cookie per ricordare la tua lingua e, nei moduli, un altro per proteggerti da "
                "richieste falsificate. Non usiamo cookie pubblicitari né di tracciamento.",
                "pl": "Używamy jednego pliku cookie, aby zapamiętać twój język, oraz – w formularzach – drugiego, "
                "który chroni cię przed sfałszowanymi żądaniami. Nie używamy reklamowych ani śledzących plików "
                "cookie.",
                "fr": "Nous utilisons un cookie pour mémoriser votre langue et, sur les formulaires, un autre pour "
                "vous protéger contre les requêtes falsifiées. Nous n'utilisons pas de cookies publicitaires ni de "
                "cookies de suivi.",
            },
        ],
    },
    {
        "slug": "accessibility",
        "title": {
            "en": "Accessibility statement",
            "de": "Erklärung zur Barrierefreiheit",
            "es": "Declaración de accesibilidad",
            "it": "Dichiarazione di accessibilità",
            "pl": "Deklaracja dostępności",
            "fr": "Déclaration d'accessibilité",
        },
        "introduction": {
            "en": "We want everyone to be able to use this website, including people who use a screen reader, "
            "a keyboard only or large text.",
            "de": "Alle sollen diese Website nutzen können, auch Menschen, die einen Screenreader, nur die Tastatur "
            "oder große Schrift verwenden.",
            "es": "Queremos que todo el mundo pueda usar este sitio web, también las personas que usan un lector de "
            "pantalla, solo el teclado o letra grande.",
            "it": "Vogliamo che tutti possano usare questo sito, comprese le persone che usano un lettore di "
            "schermo, solo la tastiera o caratteri grandi.",
            "pl": "Chcemy, aby każdy mógł korzystać z tej witryny, także osoby, które używają czytnika ekranu, tylko "
            "klawiatury lub dużej czcionki.",
            "fr": "Nous voulons que tout le monde puisse utiliser ce site, y compris les personnes qui utilisent un "
            "lecteur d'écran, uniquement le clavier ou de grands caractères.",
        },
        "paragraphs": [
            {
                "en": "This website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. "
                "Every page can be used with a keyboard, has a link to skip to the main content, "
                "and works without JavaScript.",
                "de": "Diese Website soll die Richtlinien für barrierefreie Webinhalte (WCAG) 2.2 auf Stufe AA "
                "erfüllen. Jede Seite lässt sich mit der Tastatur bedienen, hat einen Link, mit dem du direkt zum "
                "Hauptinhalt springen kannst, und funktioniert ohne JavaScript.",
                "es": "Este sitio web pretende cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 "
                "en el nivel AA. Todas las páginas se pueden usar con el teclado, tienen un enlace para saltar al "
                "contenido principal y funcionan sin JavaScript.",
                "it": "Questo sito punta a rispettare le Linee guida per l'accessibilità dei contenuti web (WCAG) "
                "2.2 al livello AA. Ogni pagina si può usare con la tastiera, ha un link per passare direttamente al "
                "contenuto principale e funziona senza JavaScript.",
                "pl": "Ta witryna ma spełniać Wytyczne dotyczące dostępności treści internetowych (WCAG) 2.2 na "
                "poziomie AA. Każdą stronę można obsługiwać za pomocą klawiatury, każda ma link pozwalający przejść "
                "od razu do głównej treści i każda działa bez JavaScriptu.",
                "fr": "Ce site vise à respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.2 au "
                "niveau AA. Chaque page peut être utilisée au clavier, comporte un lien pour accéder directement au "
                "contenu principal et fonctionne sans JavaScript.",
            },
            {
                "en": "Some pages have not yet been translated into every language. They are shown in their original "
                "language with a notice, and screen readers are told which language the text is in.",
                "de": "Einige Seiten sind noch nicht in alle Sprachen übersetzt. Sie werden in ihrer Originalsprache "
                "mit einem Hinweis angezeigt, und Screenreader erfahren, in welcher Sprache der Text ist.",
                "es": "Algunas páginas todavía no están traducidas a todos los idiomas. Se muestran en su idioma "
                "original con un aviso, y se indica a los lectores de pantalla en qué idioma está el texto.",
                "it": "Alcune pagine non sono ancora tradotte in tutte le lingue. Vengono mostrate nella lingua "
                "originale con un avviso, e ai lettori di schermo viene indicata la lingua del testo.",
                "pl": "Niektóre strony nie zostały jeszcze przetłumaczone na wszystkie języki. Są wyświetlane w "
                "języku oryginału z odpowiednim komunikatem, a czytniki ekranu dostają informację, w jakim języku "
                "jest tekst.",
                "fr": "Certaines pages ne sont pas encore traduites dans toutes les langues. Elles s'affichent dans "
                "leur langue d'origine avec un avertissement, et les lecteurs d'écran sont informés de la langue du "
                "texte.",
            },
            {
                "en": "If something does not work for you, please tell us. We will answer within 10 working days "
                "and send you the information in a form you can use.",
                "de": "Wenn etwas für dich nicht funktioniert, sag uns bitte Bescheid. Wir antworten innerhalb von "
                "10 Arbeitstagen und schicken dir die Informationen in einer Form, die du nutzen kannst.",
                "es": "Si algo no te funciona, dínoslo, por favor. Te responderemos en un plazo de 10 días hábiles y "
                "te enviaremos la información en un formato que puedas usar.",
                "it": "Se qualcosa non funziona per te, faccelo sapere. Ti risponderemo entro 10 giorni lavorativi e "
                "ti invieremo le informazioni in un formato che puoi usare.",
                "pl": "Jeśli coś nie działa tak, jak potrzebujesz, daj nam znać. Odpowiemy w ciągu 10 dni roboczych "
                "i prześlemy ci informacje w formie, z której możesz skorzystać.",
                "fr": "Si quelque chose ne fonctionne pas pour vous, dites-le-nous. Nous vous répondrons sous 10 "
                "jours ouvrables et vous enverrons les informations dans un format que vous pouvez utiliser.",
            },
        ],
    },
    {
        "slug": "imprint",
        "title": {
            "en": "Imprint",
            "de": "Impressum",
            "es": "Aviso legal",
            "it": "Note legali",
            "pl": "Nota prawna",
            "fr": "Mentions légales",
        },
        "introduction": {
            "en": "VET Pathway is published by a partnership of organisations that send and host young people "
            "on vocational training placements abroad.",
            "de": "VET Pathway wird von einer Partnerschaft aus Organisationen herausgegeben, die junge Menschen für "
            "Praktika in der Berufsausbildung ins Ausland schicken oder bei sich aufnehmen.",
            "es": "VET Pathway lo publica una asociación de organizaciones que envían y acogen a jóvenes en "
            "prácticas de formación profesional en el extranjero.",
            "it": "VET Pathway è pubblicato da un partenariato di organizzazioni che inviano e accolgono giovani in "
            "tirocini di formazione professionale all'estero.",
            "pl": "Wydawcą VET Pathway jest partnerstwo organizacji, które wysyłają i przyjmują młodych ludzi na "
            "zagraniczne praktyki w ramach kształcenia zawodowego.",
            "fr": "VET Pathway est publié par un partenariat d'organisations qui envoient et accueillent des jeunes "
            "en stage de formation professionnelle à l'étranger.",
        },
        "paragraphs": [
            {
                "en": "The partnership is coordinated by one partner organisation, which is responsible for the content "
                "of this website. Each partner is responsible for the opportunities and profiles of its country.",
                "de": "Die Partnerschaft wird von einer Partnerorganisation koordiniert, die für den Inhalt dieser "
                "Website verantwortlich ist. Jeder Partner ist für die Angebote und Profile aus seinem Land "
                "verantwortlich.",
                "es": "La asociación está coordinada por una organización socia, que es responsable del contenido de "
                "este sitio web. Cada socio es responsable de las oportunidades y los perfiles de su país.",
                "it": "Il partenariato è coordinato da un'organizzazione partner, che è responsabile dei contenuti "
                "di questo sito. Ogni partner è responsabile delle opportunità e dei profili del proprio paese.",
                "pl": "Partnerstwo koordynuje jedna organizacja partnerska, która odpowiada za treść tej witryny. "
                "Każdy partner odpowiada za oferty i profile ze swojego kraju.",
                "fr": "Le partenariat est coordonné par une organisation partenaire, qui est responsable du contenu "
                "de ce site. Chaque partenaire est responsable des offres et des profils de son pays.",
            },
            {
                "en": "This project is co-funded by the European Union. The views and opinions expressed are those of "
                "the authors only and do not necessarily reflect those of the European Union. "
                "Neither the European Union nor the granting authority can be held responsible for them.",
                "de": "Dieses Projekt wird von der Europäischen Union kofinanziert. Die geäußerten Ansichten und "
                "Meinungen entsprechen ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend "
                "die der Europäischen Union wider. Weder die Europäische Union noch die Bewilligungsbehörde können "
                "dafür verantwortlich gemacht werden.",
                "es": "Este proyecto está cofinanciado por la Unión Europea. Las opiniones y puntos de vista "
                "expresados solo comprometen a su(s) autor(es) y no reflejan necesariamente los de la Unión Europea. "
                "Ni la Unión Europea ni la autoridad otorgante pueden ser consideradas responsables de ellos.",
                "it": "Questo progetto è cofinanziato dall'Unione europea. Le opinioni espresse appartengono al solo "
                "o ai soli autori e non riflettono necessariamente le opinioni dell'Unione europea. Né l'Unione "
                "europea né l'autorità concedente possono esserne ritenute responsabili.",
                "pl": "Projekt jest współfinansowany przez Unię Europejską. Wyrażone poglądy i opinie są jedynie "
                "opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej. Ani "
                "Unia Europejska, ani organ przyznający dofinansowanie nie ponoszą za nie odpowiedzialności.",
                "fr": "Ce projet est cofinancé par l'Union européenne. Les points de vue et avis exprimés n'engagent "
                "que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l'Union européenne. Ni l'Union "
                "européenne ni l'autorité chargée de l'octroi ne peuvent en être tenues pour responsables.",
            },
        ],
    },
]

# Signposts on the home page: (path inside the language prefix, title, text).
SIGNPOSTS = [
    (
        "/opportunities/",
        {
            "en": "Find a placement",
            "de": "Finde einen Praktikumsplatz",
            "es": "Encuentra unas prácticas",
            "it": "Trova un tirocinio",
            "pl": "Znajdź praktykę",
            "fr": "Trouver un stage",
        },
        {
            "en": "Browse placements abroad by country and sector.",
            "de": "Stöbere in Praktika im Ausland nach Land und Branche.",
            "es": "Busca prácticas en el extranjero por país y sector.",
            "it": "Cerca tirocini all'estero per paese e settore.",
            "pl": "Przeglądaj praktyki za granicą według kraju i branży.",
            "fr": "Parcourez les stages à l'étranger par pays et par secteur.",
        },
    ),
    (
        "/match/",
        {
            "en": "What fits me?",
            "de": "Was passt zu mir?",
            "es": "¿Qué encaja conmigo?",
            "it": "Cosa fa per me?",
            "pl": "Co do mnie pasuje?",
            "fr": "Qu'est-ce qui me correspond ?",
        },
        {
            "en": "Answer a few questions and see which placements match you, and why.",
            "de": "Beantworte ein paar Fragen und sieh, welche Praktika zu dir passen und warum.",
            "es": "Responde unas preguntas y mira qué prácticas encajan contigo y por qué.",
            "it": "Rispondi ad alcune domande e scopri quali tirocini fanno per te e perché.",
            "pl": "Odpowiedz na kilka pytań i zobacz, które praktyki do ciebie pasują i dlaczego.",
            "fr": "Répondez à quelques questions et découvrez les stages qui vous correspondent, et pourquoi.",
        },
    ),
    (
        "/guidelines/",
        {
            "en": "Get ready",
            "de": "Mach dich bereit",
            "es": "Prepárate",
            "it": "Preparati",
            "pl": "Przygotuj się",
            "fr": "Se préparer",
        },
        {
            "en": "Guidelines for before, during and after your stay abroad.",
            "de": "Tipps für vor, während und nach deinem Auslandsaufenthalt.",
            "es": "Guías para antes, durante y después de tu estancia en el extranjero.",
            "it": "Guide per prima, durante e dopo il tuo soggiorno all'estero.",
            "pl": "Wskazówki na czas przed wyjazdem, w trakcie pobytu i po powrocie.",
            "fr": "Des conseils pour avant, pendant et après votre séjour à l'étranger.",
        },
    ),
    (
        "/passport/",
        {
            "en": "Your pathway passport",
            "de": "Dein Pathway-Pass",
            "es": "Tu pasaporte Pathway",
            "it": "Il tuo passaporto Pathway",
            "pl": "Twój paszport Pathway",
            "fr": "Votre passeport Pathway",
        },
        {
            "en": "The booklet that travels with you: plans, contacts, diary and what you learned.",
            "de": "Das Heft, das mit dir reist: Pläne, Kontakte, Tagebuch und was du gelernt hast.",
            "es": "El cuaderno que viaja contigo: planes, contactos, diario y lo que has aprendido.",
            "it": "Il libretto che viaggia con te: piani, contatti, diario e ciò che hai imparato.",
            "pl": "Zeszyt, który podróżuje z tobą: plany, kontakty, dziennik i to, czego się nauczysz.",
            "fr": "Le livret qui voyage avec vous : projets, contacts, journal et ce que vous avez appris.",
        },
    ),
]
