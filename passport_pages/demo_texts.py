"""Texts of the demo guidelines, quality charter and passport, with their translations.

Written for young people with fewer opportunities (and those beside them) in
plain language: short sentences, everyday words, "you". Each text is a dict of
language code -> text; English is the source. No "&", "<" or ">" in the texts:
the rich-text ones are matched as HTML by wagtail-localize.
"""

LANGUAGES = ("en", "de", "es", "it", "pl", "fr")


def t(en, de, es, it, pl, fr):
    return dict(zip(LANGUAGES, (en, de, es, it, pl, fr), strict=True))


GUIDELINE_INDEX = {
    "title": t("Guidelines", "Leitfäden", "Guías", "Guide", "Poradniki", "Guides"),
    "introduction": t(
        "Short, practical advice for before, during and after your stay abroad: for you, and for the people who support you.",
        (
            "Kurze, praktische Tipps für vor, während und nach deinem Aufenthalt im Ausland: für dich und für die "
            "Menschen, die dich unterstützen."
        ),
        (
            "Consejos breves y prácticos para antes, durante y después de tu estancia en el extranjero: para ti y "
            "para las personas que te apoyan."
        ),
        (
            "Consigli brevi e pratici per prima, durante e dopo il tuo soggiorno all’estero: per te e per le "
            "persone che ti sostengono."
        ),
        (
            "Krótkie, praktyczne rady na czas przed wyjazdem, w trakcie pobytu za granicą i po powrocie: dla "
            "ciebie i dla osób, które cię wspierają."
        ),
        (
            "Des conseils courts et pratiques pour avant, pendant et après ton séjour à l’étranger : pour toi, et "
            "pour les personnes qui t’accompagnent."
        ),
    ),
}

GUIDELINES = [
    {
        "slug": "getting-ready-to-leave",
        "phase": "before",
        "audiences": ["trainee", "sending"],
        "topics": ["practical"],
        "title": t(
            "Getting ready to leave",
            "Die Abreise vorbereiten",
            "Prepararte para el viaje",
            "Prepararsi alla partenza",
            "Przygotowanie do wyjazdu",
            "Se préparer au départ",
        ),
        "introduction": t(
            "A good start begins at home. Plan your trip a few weeks before you go, with your youth worker or teacher.",
            (
                "Ein guter Start beginnt zu Hause. Plane deine Reise ein paar Wochen vorher, zusammen mit deiner "
                "Betreuerin oder deinem Lehrer."
            ),
            "Un buen comienzo empieza en casa. Planifica tu viaje unas semanas antes, con tu educador o tu profesor.",
            (
                "Un buon inizio comincia a casa. Organizza il viaggio qualche settimana prima, con il tuo educatore o "
                "il tuo insegnante."
            ),
            "Dobry start zaczyna się w domu. Zaplanuj podróż kilka tygodni wcześniej, razem ze swoim opiekunem lub nauczycielem.",
            (
                "Un bon départ commence à la maison. Prépare ton voyage quelques semaines avant, avec ton éducateur "
                "ou ton enseignant."
            ),
        ),
        "checklist_title": t(
            "Before you leave",
            "Bevor du losfährst",
            "Antes de salir",
            "Prima di partire",
            "Zanim wyjedziesz",
            "Avant de partir",
        ),
        "items": [
            t(
                "I know the date, time and place of my departure.",
                "Ich kenne Datum, Uhrzeit und Ort meiner Abreise.",
                "Sé la fecha, la hora y el lugar de salida.",
                "So la data, l’ora e il luogo della partenza.",
                "Znam datę, godzinę i miejsce wyjazdu.",
                "Je connais la date, l’heure et le lieu de mon départ.",
            ),
            t(
                "I have the address of where I will live.",
                "Ich habe die Adresse meiner Unterkunft.",
                "Tengo la dirección de donde voy a vivir.",
                "Ho l’indirizzo di dove vivrò.",
                "Mam adres miejsca, w którym będę mieszkać.",
                "J’ai l’adresse de mon logement.",
            ),
            t(
                "I have saved the phone numbers of my contact people.",
                "Ich habe die Telefonnummern meiner Ansprechpersonen gespeichert.",
                "He guardado los teléfonos de mis personas de contacto.",
                "Ho salvato i numeri di telefono delle mie persone di riferimento.",
                "Mam zapisane numery telefonów moich osób kontaktowych.",
                "J’ai enregistré les numéros de téléphone de mes personnes de contact.",
            ),
            t(
                "I have packed work clothes and shoes, if my job needs them.",
                "Ich habe Arbeitskleidung und Schuhe eingepackt, wenn mein Job sie braucht.",
                "He metido ropa y calzado de trabajo, si mi trabajo lo necesita.",
                "Ho messo in valigia abiti e scarpe da lavoro, se servono.",
                "Mam spakowane ubranie i buty robocze, jeśli są potrzebne w pracy.",
                "J’ai mis dans ma valise des vêtements et chaussures de travail, si mon métier en demande.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Make a photo of your ID card, your insurance card and your tickets, and send it to yourself by email.",
            "Mach ein Foto von deinem Ausweis, deiner Versicherungskarte und deinen Tickets und schick es dir selbst per E-Mail.",
            "Haz una foto de tu documento de identidad, tu tarjeta sanitaria y tus billetes, y envíatela por correo electrónico.",
            "Fai una foto della carta d’identità, della tessera sanitaria e dei biglietti e mandala a te stesso per email.",
            "Zrób zdjęcie dowodu osobistego, karty ubezpieczenia i biletów i wyślij je sobie e-mailem.",
            "Prends en photo ta carte d’identité, ta carte d’assurance et tes billets, et envoie-les-toi par e-mail.",
        ),
    },
    {
        "slug": "papers-insurance-and-health",
        "phase": "before",
        "audiences": ["trainee", "sending"],
        "topics": ["practical", "safeguarding"],
        "title": t(
            "Papers, insurance and health",
            "Papiere, Versicherung und Gesundheit",
            "Documentos, seguro y salud",
            "Documenti, assicurazione e salute",
            "Dokumenty, ubezpieczenie i zdrowie",
            "Papiers, assurance et santé",
        ),
        "introduction": t(
            "Some papers take weeks to get. Check them early, so that you can travel, work and see a doctor if you need one.",
            (
                "Manche Papiere dauern Wochen. Prüfe sie früh, damit du reisen, arbeiten und zum Arzt gehen kannst, "
                "wenn du einen brauchst."
            ),
            "Algunos documentos tardan semanas. Revísalos pronto, para poder viajar, trabajar e ir al médico si lo necesitas.",
            (
                "Alcuni documenti richiedono settimane. Controllali presto, così puoi viaggiare, lavorare e andare "
                "dal medico se serve."
            ),
            (
                "Na niektóre dokumenty czeka się tygodniami. Sprawdź je wcześnie, żeby móc podróżować, pracować i "
                "pójść do lekarza, gdy trzeba."
            ),
            (
                "Certains papiers prennent des semaines. Vérifie-les tôt, pour pouvoir voyager, travailler et voir un "
                "médecin si besoin."
            ),
        ),
        "checklist_title": t(
            "Papers to check",
            "Papiere, die du prüfen solltest",
            "Documentos que debes revisar",
            "Documenti da controllare",
            "Dokumenty do sprawdzenia",
            "Papiers à vérifier",
        ),
        "items": [
            t(
                "My ID card or passport is valid until after I come back.",
                "Mein Ausweis oder Reisepass gilt bis nach meiner Rückkehr.",
                "Mi documento de identidad o pasaporte es válido hasta después de volver.",
                "La mia carta d’identità o il passaporto è valido fino a dopo il rientro.",
                "Mój dowód osobisty lub paszport jest ważny do czasu po moim powrocie.",
                "Ma carte d’identité ou mon passeport est valable jusqu’après mon retour.",
            ),
            t(
                "I have my European Health Insurance Card.",
                "Ich habe meine Europäische Krankenversicherungskarte.",
                "Tengo mi Tarjeta Sanitaria Europea.",
                "Ho la mia Tessera europea di assicurazione malattia.",
                "Mam Europejską Kartę Ubezpieczenia Zdrowotnego.",
                "J’ai ma carte européenne d’assurance maladie.",
            ),
            t(
                "I know which insurance covers accidents at work.",
                "Ich weiß, welche Versicherung Unfälle bei der Arbeit abdeckt.",
                "Sé qué seguro cubre los accidentes en el trabajo.",
                "So quale assicurazione copre gli infortuni sul lavoro.",
                "Wiem, które ubezpieczenie obejmuje wypadki w pracy.",
                "Je sais quelle assurance couvre les accidents du travail.",
            ),
            t(
                "I have enough of my medicines, with a letter from my doctor.",
                "Ich habe genug von meinen Medikamenten dabei, mit einem Brief meiner Ärztin.",
                "Llevo suficientes medicamentos, con una carta de mi médico.",
                "Ho abbastanza medicine, con una lettera del mio medico.",
                "Mam wystarczająco dużo leków i zaświadczenie od lekarza.",
                "J’ai assez de médicaments, avec une lettre de mon médecin.",
            ),
        ],
        "tip_kind": "warning",
        "tip_title": t("Important", "Wichtig", "Importante", "Importante", "Ważne", "Important"),
        "tip": t(
            "If you take medicine every day, ask your doctor if you can get it in the host country, and what it is called there.",
            "Wenn du jeden Tag Medikamente nimmst, frag deinen Arzt, ob du sie im Gastland bekommst und wie sie dort heißen.",
            (
                "Si tomas medicamentos cada día, pregunta a tu médico si puedes conseguirlos en el país de acogida y "
                "cómo se llaman allí."
            ),
            "Se prendi medicine ogni giorno, chiedi al medico se puoi trovarle nel paese ospitante e come si chiamano lì.",
            "Jeśli codziennie bierzesz leki, zapytaj lekarza, czy dostaniesz je w kraju przyjmującym i jak się tam nazywają.",
            (
                "Si tu prends un médicament chaque jour, demande à ton médecin si tu peux le trouver dans le pays "
                "d’accueil et comment il s’y appelle."
            ),
        ),
    },
    {
        "slug": "language-and-culture",
        "phase": "before",
        "audiences": ["trainee"],
        "topics": ["linguistic", "cultural"],
        "title": t(
            "Language and culture: a good start",
            "Sprache und Kultur: ein guter Start",
            "Idioma y cultura: un buen comienzo",
            "Lingua e cultura: un buon inizio",
            "Język i kultura: dobry początek",
            "Langue et culture : bien démarrer",
        ),
        "introduction": t(
            "You do not need to speak the language well. A few words and some curiosity open many doors.",
            "Du musst die Sprache nicht gut sprechen. Ein paar Wörter und etwas Neugier öffnen viele Türen.",
            "No necesitas hablar bien el idioma. Unas pocas palabras y algo de curiosidad abren muchas puertas.",
            "Non serve parlare bene la lingua. Qualche parola e un po’ di curiosità aprono molte porte.",
            "Nie musisz dobrze znać języka. Kilka słów i trochę ciekawości otwiera wiele drzwi.",
            "Tu n’as pas besoin de bien parler la langue. Quelques mots et un peu de curiosité ouvrent beaucoup de portes.",
        ),
        "checklist_title": t(
            "Words and habits to learn",
            "Wörter und Gewohnheiten zum Lernen",
            "Palabras y costumbres para aprender",
            "Parole e abitudini da imparare",
            "Słowa i zwyczaje do nauczenia się",
            "Des mots et des habitudes à apprendre",
        ),
        "items": [
            t(
                "I can say hello, thank you, sorry and I do not understand.",
                "Ich kann Hallo, Danke, Entschuldigung und Ich verstehe nicht sagen.",
                "Sé decir hola, gracias, perdón y no entiendo.",
                "So dire ciao, grazie, scusa e non capisco.",
                "Umiem powiedzieć: cześć, dziękuję, przepraszam i nie rozumiem.",
                "Je sais dire bonjour, merci, pardon et je ne comprends pas.",
            ),
            t(
                "I know ten words of my trade in the new language.",
                "Ich kenne zehn Wörter aus meinem Beruf in der neuen Sprache.",
                "Conozco diez palabras de mi oficio en el nuevo idioma.",
                "Conosco dieci parole del mio mestiere nella nuova lingua.",
                "Znam dziesięć słów z mojego zawodu w nowym języku.",
                "Je connais dix mots de mon métier dans la nouvelle langue.",
            ),
            t(
                "I have a translation app on my phone that also works offline.",
                "Ich habe eine Übersetzungs-App auf dem Handy, die auch offline funktioniert.",
                "Tengo en el móvil una aplicación de traducción que funciona sin conexión.",
                "Ho sul telefono un’app di traduzione che funziona anche offline.",
                "Mam w telefonie aplikację do tłumaczenia, która działa też offline.",
                "J’ai sur mon téléphone une application de traduction qui marche aussi hors ligne.",
            ),
            t(
                "I have read about working hours, meal times and how people greet each other.",
                "Ich habe über Arbeitszeiten, Essenszeiten und die Begrüßung gelesen.",
                "He leído sobre los horarios de trabajo, las horas de comer y cómo se saluda la gente.",
                "Ho letto degli orari di lavoro, degli orari dei pasti e di come ci si saluta.",
                "Wiem coś o godzinach pracy, porach posiłków i o tym, jak ludzie się witają.",
                "J’ai lu des informations sur les horaires de travail, les heures des repas et la façon de se saluer.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "People are happy when you try their language, even with mistakes. Smile, point, and ask them to speak slowly.",
            (
                "Die Leute freuen sich, wenn du ihre Sprache versuchst, auch mit Fehlern. Lächle, zeig auf Dinge und "
                "bitte sie, langsam zu sprechen."
            ),
            (
                "A la gente le gusta que intentes hablar su idioma, aunque sea con errores. Sonríe, señala y pide que "
                "hablen despacio."
            ),
            (
                "Le persone sono contente se provi a parlare la loro lingua, anche con errori. Sorridi, indica e "
                "chiedi di parlare piano."
            ),
            (
                "Ludzie się cieszą, gdy próbujesz mówić w ich języku, nawet z błędami. Uśmiechaj się, pokazuj i proś, "
                "żeby mówili wolno."
            ),
            (
                "Les gens sont contents quand tu essaies de parler leur langue, même avec des fautes. Souris, montre "
                "du doigt et demande-leur de parler lentement."
            ),
        ),
    },
    {
        "slug": "money-and-your-budget",
        "phase": "before",
        "audiences": ["trainee", "sending"],
        "topics": ["practical"],
        "title": t(
            "Money: plan your budget",
            "Geld: plane dein Budget",
            "Dinero: planifica tu presupuesto",
            "Soldi: pianifica il tuo budget",
            "Pieniądze: zaplanuj swój budżet",
            "Argent : prévois ton budget",
        ),
        "introduction": t(
            (
                "Your grant pays for a lot, but not always for everything. Know what is paid, when it arrives and "
                "what you pay yourself."
            ),
            (
                "Dein Stipendium bezahlt viel, aber nicht immer alles. Wisse, was bezahlt wird, wann das Geld kommt "
                "und was du selbst zahlst."
            ),
            "Tu beca paga mucho, pero no siempre todo. Averigua qué se paga, cuándo llega el dinero y qué pagas tú.",
            "La borsa copre molto, ma non sempre tutto. Sappi cosa viene pagato, quando arrivano i soldi e cosa paghi tu.",
            (
                "Stypendium pokrywa wiele, ale nie zawsze wszystko. Dowiedz się, co jest opłacone, kiedy przyjdą "
                "pieniądze i za co płacisz sam."
            ),
            (
                "Ta bourse paie beaucoup, mais pas toujours tout. Sache ce qui est payé, quand l’argent arrive et ce "
                "que tu paies toi-même."
            ),
        ),
        "checklist_title": t(
            "My money plan",
            "Mein Geldplan",
            "Mi plan de dinero",
            "Il mio piano dei soldi",
            "Mój plan finansowy",
            "Mon plan d’argent",
        ),
        "items": [
            t(
                "I know what my grant pays for: travel, housing, food, local transport.",
                "Ich weiß, was mein Stipendium bezahlt: Reise, Unterkunft, Essen, Nahverkehr.",
                "Sé qué paga mi beca: viaje, alojamiento, comida, transporte local.",
                "So cosa copre la mia borsa: viaggio, alloggio, cibo, trasporti locali.",
                "Wiem, za co płaci moje stypendium: podróż, mieszkanie, jedzenie, transport lokalny.",
                "Je sais ce que paie ma bourse : voyage, logement, repas, transports locaux.",
            ),
            t(
                "I know on which day the money arrives.",
                "Ich weiß, an welchem Tag das Geld kommt.",
                "Sé qué día llega el dinero.",
                "So in che giorno arrivano i soldi.",
                "Wiem, którego dnia przyjdą pieniądze.",
                "Je sais quel jour l’argent arrive.",
            ),
            t(
                "My bank card works abroad and I know the fees.",
                "Meine Bankkarte funktioniert im Ausland und ich kenne die Gebühren.",
                "Mi tarjeta bancaria funciona en el extranjero y conozco las comisiones.",
                "La mia carta bancaria funziona all’estero e conosco le commissioni.",
                "Moja karta bankowa działa za granicą i znam opłaty.",
                "Ma carte bancaire marche à l’étranger et je connais les frais.",
            ),
            t(
                "I have some cash for the first days.",
                "Ich habe etwas Bargeld für die ersten Tage.",
                "Tengo algo de efectivo para los primeros días.",
                "Ho un po’ di contanti per i primi giorni.",
                "Mam trochę gotówki na pierwsze dni.",
                "J’ai un peu d’argent liquide pour les premiers jours.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Write down what you spend for one week. Then you know how much you can spend each day.",
            "Schreib eine Woche lang auf, was du ausgibst. Dann weißt du, wie viel du jeden Tag ausgeben kannst.",
            "Apunta lo que gastas durante una semana. Así sabrás cuánto puedes gastar cada día.",
            "Scrivi per una settimana quanto spendi. Così saprai quanto puoi spendere ogni giorno.",
            "Przez tydzień zapisuj, ile wydajesz. Wtedy będziesz wiedzieć, ile możesz wydać każdego dnia.",
            "Note ce que tu dépenses pendant une semaine. Tu sauras alors combien tu peux dépenser chaque jour.",
        ),
    },
    {
        "slug": "your-learning-agreement",
        "phase": "before",
        "audiences": ["trainee", "sending", "host"],
        "topics": ["pedagogical", "recognition"],
        "title": t(
            "Your learning agreement",
            "Deine Lernvereinbarung",
            "Tu acuerdo de aprendizaje",
            "Il tuo accordo di apprendimento",
            "Twoje porozumienie o programie nauki",
            "Ton contrat pédagogique",
        ),
        "introduction": t(
            (
                "Before you leave, you, your school or organisation and the host write down what you will learn. This "
                "paper protects you and counts later."
            ),
            (
                "Vor der Abreise schreiben du, deine Schule oder Organisation und der Gastbetrieb auf, was du lernen "
                "wirst. Dieses Papier schützt dich und zählt später."
            ),
            (
                "Antes de salir, tú, tu centro u organización y la empresa de acogida escribís lo que vas a aprender. "
                "Este papel te protege y cuenta después."
            ),
            (
                "Prima di partire, tu, la tua scuola o organizzazione e l’azienda ospitante scrivete cosa imparerai. "
                "Questo documento ti tutela e conta dopo."
            ),
            (
                "Przed wyjazdem ty, twoja szkoła lub organizacja i firma przyjmująca zapisujecie, czego się nauczysz. "
                "Ten dokument cię chroni i liczy się później."
            ),
            (
                "Avant ton départ, toi, ton école ou ton organisme et l’entreprise d’accueil écrivez ce que tu vas "
                "apprendre. Ce papier te protège et compte ensuite."
            ),
        ),
        "checklist_title": t(
            "In my learning agreement",
            "In meiner Lernvereinbarung",
            "En mi acuerdo de aprendizaje",
            "Nel mio accordo di apprendimento",
            "W moim porozumieniu",
            "Dans mon contrat pédagogique",
        ),
        "items": [
            t(
                "The tasks I will do at work.",
                "Die Aufgaben, die ich bei der Arbeit mache.",
                "Las tareas que haré en el trabajo.",
                "I compiti che farò al lavoro.",
                "Zadania, które będę wykonywać w pracy.",
                "Les tâches que je ferai au travail.",
            ),
            t(
                "The units of learning outcomes: what I will know and be able to do.",
                "Die Lerneinheiten: was ich wissen und können werde.",
                "Las unidades de resultados de aprendizaje: lo que sabré y sabré hacer.",
                "Le unità di risultati di apprendimento: cosa saprò e saprò fare.",
                "Jednostki efektów uczenia się: co będę wiedzieć i umieć.",
                "Les unités d’acquis d’apprentissage : ce que je saurai et saurai faire.",
            ),
            t(
                "How my learning will be checked and recognised at home.",
                "Wie mein Lernen geprüft und zu Hause anerkannt wird.",
                "Cómo se evaluará y reconocerá mi aprendizaje en casa.",
                "Come sarà verificato e riconosciuto a casa quello che imparo.",
                "Jak moja nauka zostanie sprawdzona i uznana w kraju.",
                "Comment mes acquis seront évalués et reconnus chez moi.",
            ),
            t(
                "The names of my mentor and my tutor, and how to reach them.",
                "Die Namen meiner Mentorin und meines Tutors und wie ich sie erreiche.",
                "Los nombres de mi mentor y de mi tutor, y cómo contactarlos.",
                "I nomi del mio mentor e del mio tutor, e come contattarli.",
                "Imiona i nazwiska mojego mentora i opiekuna oraz sposób kontaktu z nimi.",
                "Les noms de mon tuteur en entreprise et de mon référent, et comment les joindre.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Ask questions before you sign. If a word is not clear, ask someone to explain it with an example.",
            "Stell Fragen, bevor du unterschreibst. Wenn ein Wort unklar ist, lass es dir mit einem Beispiel erklären.",
            "Haz preguntas antes de firmar. Si una palabra no está clara, pide que te la expliquen con un ejemplo.",
            "Fai domande prima di firmare. Se una parola non è chiara, chiedi che te la spieghino con un esempio.",
            "Zadawaj pytania, zanim podpiszesz. Jeśli jakieś słowo jest niejasne, poproś o wyjaśnienie na przykładzie.",
            "Pose des questions avant de signer. Si un mot n’est pas clair, demande qu’on te l’explique avec un exemple.",
        ),
    },
    {
        "slug": "preparing-a-young-person",
        "phase": "before",
        "audiences": ["sending"],
        "topics": ["pedagogical", "safeguarding"],
        "title": t(
            "Preparing a young person with fewer opportunities",
            "Junge Menschen mit geringeren Chancen vorbereiten",
            "Preparar a jóvenes con menos oportunidades",
            "Preparare giovani con minori opportunità",
            "Przygotowanie młodych osób z mniejszymi szansami",
            "Préparer un jeune ayant moins d’opportunités",
        ),
        "introduction": t(
            (
                "For youth workers and sending organisations: good preparation is the strongest support. Start from "
                "the young person’s needs, not from the programme."
            ),
            (
                "Für Fachkräfte der Jugendarbeit und entsendende Organisationen: Gute Vorbereitung ist die beste "
                "Unterstützung. Geht von den Bedürfnissen der jungen Person aus, nicht vom Programm."
            ),
            (
                "Para educadores y organizaciones de envío: una buena preparación es el mejor apoyo. Partid de las "
                "necesidades de la persona joven, no del programa."
            ),
            (
                "Per educatori e organizzazioni di invio: una buona preparazione è il sostegno più forte. Partite dai "
                "bisogni della persona giovane, non dal programma."
            ),
            (
                "Dla pracowników młodzieżowych i organizacji wysyłających: dobre przygotowanie to najsilniejsze "
                "wsparcie. Wychodźcie od potrzeb młodej osoby, a nie od programu."
            ),
            (
                "Pour les animateurs et les organismes d’envoi : une bonne préparation est le meilleur soutien. "
                "Partez des besoins du jeune, pas du programme."
            ),
        ),
        "checklist_title": t(
            "Before departure, with the young person",
            "Vor der Abreise, mit der jungen Person",
            "Antes de la salida, con la persona joven",
            "Prima della partenza, con la persona giovane",
            "Przed wyjazdem, razem z młodą osobą",
            "Avant le départ, avec le jeune",
        ),
        "items": [
            t(
                "Talk about fears and hopes, and write them down together.",
                "Sprecht über Ängste und Hoffnungen und schreibt sie gemeinsam auf.",
                "Hablad de miedos y esperanzas, y escribidlos juntos.",
                "Parlate di paure e speranze e scrivetele insieme.",
                "Porozmawiajcie o obawach i nadziejach i zapiszcie je razem.",
                "Parlez des peurs et des espoirs, et notez-les ensemble.",
            ),
            t(
                "Agree on the support needed: accompanying person, extra mentoring, adapted housing.",
                "Vereinbart die nötige Unterstützung: Begleitperson, mehr Mentoring, angepasste Unterkunft.",
                "Acordad el apoyo necesario: persona acompañante, más tutoría, alojamiento adaptado.",
                "Concordate il sostegno necessario: accompagnatore, più tutoraggio, alloggio adattato.",
                "Ustalcie potrzebne wsparcie: osoba towarzysząca, dodatkowy mentoring, dostosowane zakwaterowanie.",
                "Convenez du soutien nécessaire : accompagnateur, tutorat renforcé, logement adapté.",
            ),
            t(
                "Share health and support needs with the host only with written consent.",
                "Gebt Gesundheits- und Unterstützungsbedarf nur mit schriftlicher Einwilligung an den Gastbetrieb weiter.",
                "Compartid las necesidades de salud y apoyo con la acogida solo con consentimiento por escrito.",
                "Condividete bisogni di salute e di sostegno con l’ospitante solo con consenso scritto.",
                "Przekazujcie informacje o zdrowiu i potrzebach wsparcia przyjmującym tylko za pisemną zgodą.",
                "Ne transmettez les besoins de santé et de soutien à l’accueil qu’avec un accord écrit.",
            ),
            t(
                "Plan a weekly call during the stay.",
                "Plant ein wöchentliches Telefonat während des Aufenthalts.",
                "Planificad una llamada semanal durante la estancia.",
                "Programmate una chiamata settimanale durante il soggiorno.",
                "Zaplanujcie cotygodniową rozmowę w czasie pobytu.",
                "Prévoyez un appel chaque semaine pendant le séjour.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t(
            "From experience",
            "Aus der Praxis",
            "Por experiencia",
            "Dall’esperienza",
            "Z doświadczenia",
            "Par expérience",
        ),
        "tip": t(
            (
                "A preparatory visit, even one day, takes away much fear. Young people who saw the workplace before "
                "leave with more confidence."
            ),
            (
                "Ein Vorbereitungsbesuch, auch nur ein Tag, nimmt viel Angst. Wer den Arbeitsplatz vorher gesehen "
                "hat, fährt mit mehr Selbstvertrauen los."
            ),
            (
                "Una visita previa, aunque sea de un día, quita mucho miedo. Quien ha visto antes el lugar de trabajo "
                "se va con más confianza."
            ),
            (
                "Una visita preparatoria, anche di un giorno, toglie molta paura. Chi ha visto prima il posto di "
                "lavoro parte con più fiducia."
            ),
            "Wizyta przygotowawcza, nawet jednodniowa, zmniejsza strach. Kto wcześniej zobaczył miejsce pracy, wyjeżdża pewniej.",
            (
                "Une visite préparatoire, même d’une journée, enlève beaucoup de peur. Les jeunes qui ont vu le lieu "
                "de travail partent plus confiants."
            ),
        ),
    },
    {
        "slug": "your-accommodation",
        "phase": "during",
        "audiences": ["trainee", "host"],
        "topics": ["practical"],
        "title": t(
            "Where you live: your accommodation",
            "Wo du wohnst: deine Unterkunft",
            "Dónde vives: tu alojamiento",
            "Dove vivi: il tuo alloggio",
            "Gdzie mieszkasz: twoje zakwaterowanie",
            "Où tu vis : ton logement",
        ),
        "introduction": t(
            "Your room is your base. Check it on the first day, learn the house rules and know whom to call if something breaks.",
            (
                "Dein Zimmer ist deine Basis. Schau es dir am ersten Tag genau an, lerne die Hausregeln und wisse, "
                "wen du anrufst, wenn etwas kaputt ist."
            ),
            (
                "Tu habitación es tu base. Revísala el primer día, aprende las normas de la casa y sabe a quién "
                "llamar si algo se rompe."
            ),
            (
                "La tua stanza è la tua base. Controllala il primo giorno, impara le regole della casa e sappi chi "
                "chiamare se qualcosa si rompe."
            ),
            (
                "Twój pokój to twoja baza. Sprawdź go pierwszego dnia, poznaj zasady domu i dowiedz się, do kogo "
                "dzwonić, gdy coś się zepsuje."
            ),
            (
                "Ta chambre, c’est ta base. Vérifie-la le premier jour, apprends les règles de la maison et sache qui "
                "appeler si quelque chose casse."
            ),
        ),
        "checklist_title": t(
            "On the first day",
            "Am ersten Tag",
            "El primer día",
            "Il primo giorno",
            "Pierwszego dnia",
            "Le premier jour",
        ),
        "items": [
            t(
                "I took photos of the room and anything that is already damaged.",
                "Ich habe Fotos vom Zimmer und von allem gemacht, was schon kaputt ist.",
                "He hecho fotos de la habitación y de todo lo que ya está dañado.",
                "Ho fotografato la stanza e tutto quello che è già rovinato.",
                "Mam zdjęcia pokoju i wszystkiego, co już jest uszkodzone.",
                "J’ai pris en photo la chambre et tout ce qui est déjà abîmé.",
            ),
            t(
                "I know the house rules: quiet hours, guests, cleaning.",
                "Ich kenne die Hausregeln: Ruhezeiten, Besuch, Putzen.",
                "Conozco las normas de la casa: horas de silencio, visitas, limpieza.",
                "Conosco le regole della casa: orari di silenzio, ospiti, pulizie.",
                "Znam zasady domu: cisza nocna, goście, sprzątanie.",
                "Je connais les règles de la maison : heures de calme, invités, ménage.",
            ),
            t(
                "I know the way to work and how long it takes.",
                "Ich kenne den Weg zur Arbeit und wie lange er dauert.",
                "Sé el camino al trabajo y cuánto tiempo se tarda.",
                "Conosco la strada per il lavoro e quanto ci vuole.",
                "Znam drogę do pracy i wiem, ile trwa.",
                "Je connais le chemin du travail et combien de temps il faut.",
            ),
            t(
                "I have the phone number of the person responsible for the house.",
                "Ich habe die Telefonnummer der Person, die für das Haus zuständig ist.",
                "Tengo el teléfono de la persona responsable de la casa.",
                "Ho il numero della persona responsabile della casa.",
                "Mam numer telefonu do osoby odpowiedzialnej za dom.",
                "J’ai le numéro de la personne responsable du logement.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Sharing a kitchen is easier with a plan. Agree with your housemates who cleans what, and when.",
            "Eine Küche zu teilen ist leichter mit einem Plan. Sprich mit deinen Mitbewohnern ab, wer was wann putzt.",
            "Compartir cocina es más fácil con un plan. Acuerda con tus compañeros quién limpia qué y cuándo.",
            "Condividere la cucina è più facile con un piano. Decidi con i coinquilini chi pulisce cosa e quando.",
            "Wspólna kuchnia to mniej kłopotu, gdy jest plan. Ustal ze współlokatorami, kto co sprząta i kiedy.",
            "Partager une cuisine est plus simple avec un planning. Mettez-vous d’accord sur qui nettoie quoi, et quand.",
        ),
    },
    {
        "slug": "your-mentor-and-you",
        "phase": "during",
        "audiences": ["trainee", "mentor"],
        "topics": ["pedagogical"],
        "title": t(
            "Your mentor and you",
            "Deine Mentorin, dein Mentor und du",
            "Tu mentor y tú",
            "Il tuo mentor e tu",
            "Twój mentor i ty",
            "Ton tuteur et toi",
        ),
        "introduction": t(
            (
                "At work you have a mentor: a person who shows you the job and answers your questions. Meet once a "
                "week to talk about how it is going."
            ),
            (
                "Bei der Arbeit hast du eine Mentorin oder einen Mentor: eine Person, die dir die Arbeit zeigt und "
                "deine Fragen beantwortet. Trefft euch einmal pro Woche und sprecht darüber, wie es läuft."
            ),
            (
                "En el trabajo tienes un mentor: una persona que te enseña el trabajo y responde a tus preguntas. "
                "Reuníos una vez por semana para hablar de cómo va."
            ),
            (
                "Al lavoro hai un mentor: una persona che ti insegna il mestiere e risponde alle tue domande. "
                "Incontratevi una volta a settimana per parlare di come va."
            ),
            (
                "W pracy masz mentora: osobę, która pokazuje ci pracę i odpowiada na pytania. Spotykajcie się raz w "
                "tygodniu, żeby porozmawiać, jak idzie."
            ),
            (
                "Au travail, tu as un tuteur : une personne qui te montre le métier et répond à tes questions. "
                "Voyez-vous une fois par semaine pour parler de la façon dont ça se passe."
            ),
        ),
        "checklist_title": t(
            "Talk with your mentor about",
            "Sprich mit deiner Mentorin oder deinem Mentor über",
            "Habla con tu mentor de",
            "Parla con il tuo mentor di",
            "Porozmawiaj z mentorem o",
            "Parle avec ton tuteur de",
        ),
        "items": [
            t(
                "What I learned this week.",
                "Was ich diese Woche gelernt habe.",
                "Lo que he aprendido esta semana.",
                "Cosa ho imparato questa settimana.",
                "Co nowego umiem po tym tygodniu.",
                "Ce que j’ai appris cette semaine.",
            ),
            t(
                "What was difficult, and what could help.",
                "Was schwierig war und was helfen könnte.",
                "Lo que ha sido difícil y lo que podría ayudar.",
                "Cosa è stato difficile e cosa potrebbe aiutare.",
                "Co było trudne i co mogłoby pomóc.",
                "Ce qui a été difficile, et ce qui pourrait aider.",
            ),
            t(
                "Which new task I want to try next.",
                "Welche neue Aufgabe ich als Nächstes ausprobieren möchte.",
                "Qué tarea nueva quiero probar ahora.",
                "Quale nuovo compito voglio provare adesso.",
                "Jakie nowe zadanie chcę teraz spróbować.",
                "Quelle nouvelle tâche je veux essayer ensuite.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Write your questions in your passport during the week. Then you do not forget them at the meeting.",
            "Schreib deine Fragen während der Woche in deinen Pass. Dann vergisst du sie beim Treffen nicht.",
            "Escribe tus preguntas en tu pasaporte durante la semana. Así no las olvidarás en la reunión.",
            "Scrivi le tue domande nel passaporto durante la settimana. Così non le dimentichi all’incontro.",
            "W ciągu tygodnia zapisuj pytania w paszporcie. Wtedy nie zapomnisz ich na spotkaniu.",
            "Note tes questions dans ton passeport pendant la semaine. Comme ça, tu ne les oublies pas au rendez-vous.",
        ),
    },
    {
        "slug": "your-first-days-at-work",
        "phase": "during",
        "audiences": ["trainee"],
        "topics": ["cultural", "practical"],
        "title": t(
            "Your first days at work",
            "Deine ersten Tage bei der Arbeit",
            "Tus primeros días en el trabajo",
            "I tuoi primi giorni al lavoro",
            "Twoje pierwsze dni w pracy",
            "Tes premiers jours au travail",
        ),
        "introduction": t(
            (
                "Everything is new, and that is normal. Watch, ask and take notes. Nobody expects you to know "
                "everything in the first week."
            ),
            (
                "Alles ist neu, und das ist normal. Schau zu, frag nach und mach dir Notizen. Niemand erwartet, dass "
                "du in der ersten Woche alles kannst."
            ),
            "Todo es nuevo, y es normal. Observa, pregunta y toma notas. Nadie espera que lo sepas todo la primera semana.",
            (
                "È tutto nuovo, ed è normale. Osserva, chiedi e prendi appunti. Nessuno si aspetta che tu sappia "
                "tutto la prima settimana."
            ),
            (
                "Wszystko jest nowe i to normalne. Obserwuj, pytaj i rób notatki. Nikt nie oczekuje, że w pierwszym "
                "tygodniu będziesz wszystko umieć."
            ),
            (
                "Tout est nouveau, et c’est normal. Observe, pose des questions et prends des notes. Personne "
                "n’attend que tu saches tout la première semaine."
            ),
        ),
        "checklist_title": t(
            "In the first week",
            "In der ersten Woche",
            "La primera semana",
            "La prima settimana",
            "W pierwszym tygodniu",
            "La première semaine",
        ),
        "items": [
            t(
                "I know my working hours and breaks.",
                "Ich kenne meine Arbeitszeiten und Pausen.",
                "Conozco mi horario y mis descansos.",
                "Conosco il mio orario di lavoro e le pause.",
                "Znam swoje godziny pracy i przerwy.",
                "Je connais mes horaires et mes pauses.",
            ),
            t(
                "I know the safety rules and where the first aid kit is.",
                "Ich kenne die Sicherheitsregeln und weiß, wo der Erste-Hilfe-Kasten ist.",
                "Conozco las normas de seguridad y dónde está el botiquín.",
                "Conosco le regole di sicurezza e so dov’è la cassetta di pronto soccorso.",
                "Znam zasady bezpieczeństwa i wiem, gdzie jest apteczka.",
                "Je connais les règles de sécurité et je sais où est la trousse de secours.",
            ),
            t(
                "I know whom to call if I am ill or late.",
                "Ich weiß, wen ich anrufe, wenn ich krank bin oder zu spät komme.",
                "Sé a quién llamar si estoy enfermo o llego tarde.",
                "So chi chiamare se sono malato o in ritardo.",
                "Wiem, do kogo dzwonić, gdy choruję lub się spóźnię.",
                "Je sais qui appeler si je suis malade ou en retard.",
            ),
            t(
                "I know the names of the people in my team.",
                "Ich kenne die Namen der Leute in meinem Team.",
                "Sé los nombres de las personas de mi equipo.",
                "So i nomi delle persone del mio gruppo.",
                "Znam imiona osób z mojego zespołu.",
                "Je connais les prénoms des personnes de mon équipe.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Be on time, and say so early if you cannot come. In every country this builds trust quickly.",
            "Sei pünktlich und sag früh Bescheid, wenn du nicht kommen kannst. In jedem Land schafft das schnell Vertrauen.",
            "Sé puntual y avisa pronto si no puedes ir. En todos los países esto crea confianza rápidamente.",
            "Sii puntuale e avvisa presto se non puoi venire. In ogni paese questo crea fiducia in fretta.",
            "Przychodź punktualnie i uprzedzaj wcześniej, jeśli nie możesz przyjść. W każdym kraju szybko buduje to zaufanie.",
            "Sois à l’heure, et préviens tôt si tu ne peux pas venir. Dans tous les pays, cela crée vite la confiance.",
        ),
    },
    {
        "slug": "when-things-go-wrong",
        "phase": "during",
        "audiences": ["trainee", "sending"],
        "topics": ["safeguarding", "practical"],
        "title": t(
            "When things go wrong",
            "Wenn etwas schiefgeht",
            "Cuando algo va mal",
            "Quando qualcosa va storto",
            "Kiedy coś idzie nie tak",
            "Quand ça ne va pas",
        ),
        "introduction": t(
            (
                "Problems happen on every stay: a lost bag, a conflict at work, feeling ill. You are not alone, and "
                "asking for help early makes it easier."
            ),
            (
                "Probleme gibt es bei jedem Aufenthalt: eine verlorene Tasche, Streit bei der Arbeit, Krankheit. Du "
                "bist nicht allein, und früh um Hilfe zu bitten macht es leichter."
            ),
            (
                "En toda estancia hay problemas: una bolsa perdida, un conflicto en el trabajo, sentirse mal. No "
                "estás solo, y pedir ayuda pronto lo hace más fácil."
            ),
            (
                "In ogni soggiorno capitano problemi: una borsa persa, un conflitto al lavoro, stare male. Non sei "
                "solo, e chiedere aiuto presto rende tutto più facile."
            ),
            (
                "Problemy zdarzają się podczas każdego pobytu: zgubiona torba, konflikt w pracy, choroba. Masz "
                "wsparcie, a szybka prośba o pomoc wszystko ułatwia."
            ),
            (
                "Des problèmes arrivent à chaque séjour : un sac perdu, un conflit au travail, une maladie. Tu n’es "
                "pas seul, et demander de l’aide tôt rend les choses plus simples."
            ),
        ),
        "checklist_title": t(
            "If something goes wrong",
            "Wenn etwas schiefgeht",
            "Si algo va mal",
            "Se qualcosa va storto",
            "Jeśli coś pójdzie nie tak",
            "Si quelque chose ne va pas",
        ),
        "items": [
            t(
                "In danger: call 112, the emergency number in every EU country.",
                "In Gefahr: Ruf 112 an, die Notrufnummer in jedem EU-Land.",
                "En peligro: llama al 112, el número de emergencias en todos los países de la UE.",
                "In pericolo: chiama il 112, il numero di emergenza in tutti i paesi dell’UE.",
                "W niebezpieczeństwie: dzwoń pod 112, numer alarmowy w każdym kraju UE.",
                "En danger : appelle le 112, le numéro d’urgence dans tous les pays de l’UE.",
            ),
            t(
                "Tell your mentor or your contact person at home the same day.",
                "Sag es noch am selben Tag deiner Mentorin oder deiner Ansprechperson zu Hause.",
                "Díselo el mismo día a tu mentor o a tu persona de contacto en casa.",
                "Dillo lo stesso giorno al tuo mentor o alla tua persona di riferimento a casa.",
                "Powiedz o tym tego samego dnia mentorowi lub osobie kontaktowej w kraju.",
                "Préviens le jour même ton tuteur ou ta personne de contact à la maison.",
            ),
            t(
                "Write down what happened, when and who was there.",
                "Schreib auf, was passiert ist, wann und wer dabei war.",
                "Escribe qué pasó, cuándo y quién estaba.",
                "Scrivi cosa è successo, quando e chi c’era.",
                "Zapisz, co się stało, kiedy i kto przy tym był.",
                "Note ce qui s’est passé, quand, et qui était là.",
            ),
            t(
                "If you lose your ID card, go to the police and call your embassy.",
                "Wenn du deinen Ausweis verlierst, geh zur Polizei und ruf deine Botschaft an.",
                "Si pierdes tu documento de identidad, ve a la policía y llama a tu embajada.",
                "Se perdi la carta d’identità, vai alla polizia e chiama la tua ambasciata.",
                "Jeśli zgubisz dowód osobisty, idź na policję i zadzwoń do swojej ambasady.",
                "Si tu perds ta carte d’identité, va à la police et appelle ton ambassade.",
            ),
        ],
        "tip_kind": "warning",
        "tip_title": t("Important", "Wichtig", "Importante", "Importante", "Ważne", "Important"),
        "tip": t(
            (
                "You can always stop your stay and come home if you are not safe. Your sending organisation will help "
                "you, and you will not be punished for it."
            ),
            (
                "Du kannst deinen Aufenthalt immer abbrechen und nach Hause kommen, wenn du nicht sicher bist. Deine "
                "entsendende Organisation hilft dir, und du wirst dafür nicht bestraft."
            ),
            (
                "Siempre puedes interrumpir tu estancia y volver a casa si no estás seguro. Tu organización de envío "
                "te ayudará y no tendrás ninguna sanción."
            ),
            (
                "Puoi sempre interrompere il soggiorno e tornare a casa se non sei al sicuro. La tua organizzazione "
                "di invio ti aiuterà e non sarai punito."
            ),
            (
                "Zawsze możesz przerwać pobyt i wrócić do domu, jeśli nie czujesz się bezpiecznie. Organizacja "
                "wysyłająca ci pomoże i nie poniesiesz za to kary."
            ),
            (
                "Tu peux toujours arrêter ton séjour et rentrer si tu n’es pas en sécurité. Ton organisme d’envoi "
                "t’aidera, et tu ne seras pas puni pour cela."
            ),
        ),
    },
    {
        "slug": "staying-safe-and-respected",
        "phase": "during",
        "audiences": ["trainee", "host", "mentor"],
        "topics": ["safeguarding"],
        "title": t(
            "Staying safe and being respected",
            "Sicher bleiben und respektiert werden",
            "Estar seguro y ser respetado",
            "Stare al sicuro ed essere rispettati",
            "Bezpieczeństwo i szacunek",
            "Être en sécurité et respecté",
        ),
        "introduction": t(
            (
                "You have the right to be safe and treated with respect, at work and where you live. Nobody may hurt "
                "you, shout at you or touch you without your consent."
            ),
            (
                "Du hast das Recht, sicher zu sein und mit Respekt behandelt zu werden, bei der Arbeit und dort, wo "
                "du wohnst. Niemand darf dich verletzen, anschreien oder ohne dein Einverständnis berühren."
            ),
            (
                "Tienes derecho a estar seguro y a que te traten con respeto, en el trabajo y donde vives. Nadie "
                "puede hacerte daño, gritarte ni tocarte sin tu consentimiento."
            ),
            (
                "Hai il diritto di essere al sicuro e di essere trattato con rispetto, al lavoro e dove vivi. Nessuno "
                "può farti del male, urlarti contro o toccarti senza il tuo consenso."
            ),
            (
                "Masz prawo do bezpieczeństwa i szacunku w pracy i tam, gdzie mieszkasz. Nikt nie może cię krzywdzić, "
                "krzyczeć na ciebie ani dotykać bez twojej zgody."
            ),
            (
                "Tu as le droit d’être en sécurité et d’être traité avec respect, au travail et là où tu vis. "
                "Personne n’a le droit de te faire du mal, de crier sur toi ou de te toucher sans ton accord."
            ),
        ),
        "checklist_title": t(
            "Your rights",
            "Deine Rechte",
            "Tus derechos",
            "I tuoi diritti",
            "Twoje prawa",
            "Tes droits",
        ),
        "items": [
            t(
                "I can say no to tasks that are dangerous or not in my agreement.",
                "Ich darf Nein sagen zu Aufgaben, die gefährlich sind oder nicht in meiner Vereinbarung stehen.",
                "Puedo decir que no a tareas peligrosas o que no están en mi acuerdo.",
                "Posso dire di no a compiti pericolosi o che non sono nel mio accordo.",
                "Mogę odmówić zadań, które są niebezpieczne albo nie ma ich w moim porozumieniu.",
                "Je peux refuser les tâches dangereuses ou qui ne sont pas dans mon contrat.",
            ),
            t(
                "I have safety clothing if my work needs it.",
                "Ich habe Schutzkleidung, wenn meine Arbeit sie braucht.",
                "Tengo ropa de protección si mi trabajo la necesita.",
                "Ho gli indumenti di protezione se il mio lavoro li richiede.",
                "Mam odzież ochronną, jeśli moja praca jej wymaga.",
                "J’ai des vêtements de protection si mon travail en demande.",
            ),
            t(
                "I know a trusted person I can talk to, outside my workplace.",
                "Ich kenne eine Vertrauensperson außerhalb meiner Arbeit, mit der ich sprechen kann.",
                "Conozco a una persona de confianza, fuera del trabajo, con quien puedo hablar.",
                "Conosco una persona di fiducia, fuori dal lavoro, con cui posso parlare.",
                "Znam zaufaną osobę spoza pracy, z którą mogę porozmawiać.",
                "Je connais une personne de confiance, en dehors du travail, à qui je peux parler.",
            ),
        ],
        "tip_kind": "warning",
        "tip_title": t(
            "If someone hurts you",
            "Wenn dich jemand verletzt",
            "Si alguien te hace daño",
            "Se qualcuno ti fa del male",
            "Jeśli ktoś cię krzywdzi",
            "Si quelqu’un te fait du mal",
        ),
        "tip": t(
            "It is not your fault. Tell your contact person at home or call 112. Your safety comes before your placement.",
            (
                "Es ist nicht deine Schuld. Sag es deiner Ansprechperson zu Hause oder ruf 112 an. Deine Sicherheit "
                "ist wichtiger als dein Praktikum."
            ),
            "No es culpa tuya. Díselo a tu persona de contacto en casa o llama al 112. Tu seguridad va antes que tus prácticas.",
            (
                "Non è colpa tua. Dillo alla tua persona di riferimento a casa o chiama il 112. La tua sicurezza "
                "viene prima del tirocinio."
            ),
            (
                "To nie twoja wina. Powiedz osobie kontaktowej w kraju albo zadzwoń pod 112. Twoje bezpieczeństwo "
                "jest ważniejsze niż praktyka."
            ),
            (
                "Ce n’est pas de ta faute. Parles-en à ta personne de contact à la maison ou appelle le 112. Ta "
                "sécurité passe avant ton stage."
            ),
        ),
    },
    {
        "slug": "feeling-homesick",
        "phase": "during",
        "audiences": ["trainee"],
        "topics": ["cultural"],
        "title": t(
            "Feeling homesick? Look after yourself",
            "Heimweh? Pass auf dich auf",
            "¿Echas de menos tu casa? Cuídate",
            "Nostalgia di casa? Prenditi cura di te",
            "Tęsknisz za domem? Zadbaj o siebie",
            "Le mal du pays ? Prends soin de toi",
        ),
        "introduction": t(
            "Many people feel sad or tired after two or three weeks. It usually passes. Small habits help you feel at home.",
            (
                "Viele fühlen sich nach zwei oder drei Wochen traurig oder müde. Das geht meistens vorbei. Kleine "
                "Gewohnheiten helfen, dich zu Hause zu fühlen."
            ),
            (
                "Mucha gente se siente triste o cansada después de dos o tres semanas. Normalmente se pasa. Pequeñas "
                "rutinas te ayudan a sentirte en casa."
            ),
            (
                "Molti si sentono tristi o stanchi dopo due o tre settimane. Di solito passa. Piccole abitudini ti "
                "aiutano a sentirti a casa."
            ),
            (
                "Wiele osób po dwóch, trzech tygodniach czuje smutek lub zmęczenie. Zwykle to mija. Małe nawyki "
                "pomagają poczuć się jak w domu."
            ),
            (
                "Beaucoup de gens se sentent tristes ou fatigués après deux ou trois semaines. En général, ça passe. "
                "De petites habitudes t’aident à te sentir chez toi."
            ),
        ),
        "checklist_title": t(
            "Things that help",
            "Was hilft",
            "Cosas que ayudan",
            "Cose che aiutano",
            "Co pomaga",
            "Ce qui aide",
        ),
        "items": [
            t(
                "Sleep enough and eat regular meals.",
                "Genug schlafen und regelmäßig essen.",
                "Dormir lo suficiente y comer a horas regulares.",
                "Dormire abbastanza e mangiare a orari regolari.",
                "Wysypiaj się i jedz regularne posiłki.",
                "Dormir assez et manger à heures régulières.",
            ),
            t(
                "Go outside: a walk, a park, a sport.",
                "Raus gehen: ein Spaziergang, ein Park, Sport.",
                "Salir: un paseo, un parque, un deporte.",
                "Uscire: una passeggiata, un parco, uno sport.",
                "Wychodź na zewnątrz: spacer, park, sport.",
                "Sortir : une balade, un parc, un sport.",
            ),
            t(
                "Call home, but not every hour.",
                "Zu Hause anrufen, aber nicht jede Stunde.",
                "Llamar a casa, pero no cada hora.",
                "Chiamare a casa, ma non ogni ora.",
                "Dzwoń do domu, ale nie co godzinę.",
                "Appeler la maison, mais pas toutes les heures.",
            ),
            t(
                "Do one new thing each week with people from work or the house.",
                "Jede Woche etwas Neues mit Leuten von der Arbeit oder aus dem Haus machen.",
                "Hacer algo nuevo cada semana con gente del trabajo o de la casa.",
                "Fare ogni settimana una cosa nuova con persone del lavoro o della casa.",
                "Co tydzień zrób coś nowego z ludźmi z pracy albo z domu.",
                "Faire chaque semaine une chose nouvelle avec des gens du travail ou du logement.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            (
                "If the sadness does not go away after a few days, talk to your mentor or your contact person. That "
                "is what they are there for."
            ),
            (
                "Wenn die Traurigkeit nach ein paar Tagen nicht weggeht, sprich mit deiner Mentorin oder deiner "
                "Ansprechperson. Dafür sind sie da."
            ),
            "Si la tristeza no se va después de unos días, habla con tu mentor o tu persona de contacto. Para eso están.",
            (
                "Se la tristezza non passa dopo qualche giorno, parla con il tuo mentor o la tua persona di "
                "riferimento. Sono lì per questo."
            ),
            "Jeśli smutek nie mija po kilku dniach, porozmawiaj z mentorem lub osobą kontaktową. Po to są.",
            (
                "Si la tristesse ne passe pas après quelques jours, parle à ton tuteur ou à ta personne de contact. "
                "Ils sont là pour ça."
            ),
        ),
    },
    {
        "slug": "welcoming-a-trainee",
        "phase": "during",
        "audiences": ["host"],
        "topics": ["pedagogical", "safeguarding"],
        "title": t(
            "Welcoming a trainee: a guide for hosts",
            "Praktikanten willkommen heißen: ein Leitfaden für Gastbetriebe",
            "Acoger a un aprendiz: guía para empresas de acogida",
            "Accogliere un tirocinante: guida per le aziende ospitanti",
            "Przyjęcie praktykanta: poradnik dla firm przyjmujących",
            "Accueillir un stagiaire : guide pour les entreprises d’accueil",
        ),
        "introduction": t(
            (
                "For host organisations: a young person far from home learns best when the first days are planned and "
                "one person is clearly responsible."
            ),
            (
                "Für Gastbetriebe: Eine junge Person weit weg von zu Hause lernt am besten, wenn die ersten Tage "
                "geplant sind und eine Person klar zuständig ist."
            ),
            (
                "Para las empresas de acogida: una persona joven lejos de casa aprende mejor cuando los primeros días "
                "están planificados y una persona es claramente responsable."
            ),
            (
                "Per le aziende ospitanti: una persona giovane lontana da casa impara meglio se i primi giorni sono "
                "pianificati e una persona è chiaramente responsabile."
            ),
            (
                "Dla firm przyjmujących: młoda osoba daleko od domu uczy się najlepiej, gdy pierwsze dni są "
                "zaplanowane, a jedna osoba jest wyraźnie odpowiedzialna."
            ),
            (
                "Pour les entreprises d’accueil : un jeune loin de chez lui apprend mieux quand les premiers jours "
                "sont préparés et qu’une personne est clairement responsable."
            ),
        ),
        "checklist_title": t(
            "Before the trainee arrives",
            "Bevor die Praktikantin oder der Praktikant ankommt",
            "Antes de que llegue el aprendiz",
            "Prima che arrivi il tirocinante",
            "Zanim przyjedzie praktykant",
            "Avant l’arrivée du stagiaire",
        ),
        "items": [
            t(
                "Name a mentor and give them time for the trainee each week.",
                (
                    "Eine Mentorin oder einen Mentor benennen und ihr oder ihm jede Woche Zeit für die Praktikantin oder "
                    "den Praktikanten geben."
                ),
                "Nombrar a un mentor y darle tiempo cada semana para el aprendiz.",
                "Nominare un mentor e dargli tempo ogni settimana per il tirocinante.",
                "Wyznaczyć mentora i dać mu co tydzień czas dla praktykanta.",
                "Désigner un tuteur et lui laisser du temps chaque semaine pour le stagiaire.",
            ),
            t(
                "Plan the first day: welcome, tour, safety briefing, lunch with the team.",
                "Den ersten Tag planen: Begrüßung, Rundgang, Sicherheitseinweisung, Mittagessen mit dem Team.",
                "Planificar el primer día: bienvenida, visita, formación en seguridad, comida con el equipo.",
                "Pianificare il primo giorno: accoglienza, visita, formazione sulla sicurezza, pranzo con il gruppo.",
                "Zaplanować pierwszy dzień: powitanie, oprowadzenie, szkolenie BHP, obiad z zespołem.",
                "Préparer le premier jour : accueil, visite, consignes de sécurité, déjeuner avec l’équipe.",
            ),
            t(
                "Read the learning agreement and choose tasks that match it.",
                "Die Lernvereinbarung lesen und passende Aufgaben auswählen.",
                "Leer el acuerdo de aprendizaje y elegir tareas que encajen.",
                "Leggere l’accordo di apprendimento e scegliere compiti adatti.",
                "Przeczytać porozumienie o programie nauki i dobrać pasujące zadania.",
                "Lire le contrat pédagogique et choisir des tâches qui y correspondent.",
            ),
            t(
                "Agree with the sending organisation whom to call, day and night.",
                "Mit der entsendenden Organisation absprechen, wen man Tag und Nacht anruft.",
                "Acordar con la organización de envío a quién llamar, de día y de noche.",
                "Concordare con l’organizzazione di invio chi chiamare, giorno e notte.",
                "Ustalić z organizacją wysyłającą, do kogo dzwonić w dzień i w nocy.",
                "Convenir avec l’organisme d’envoi de qui appeler, de jour comme de nuit.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t(
            "From other hosts",
            "Von anderen Gastbetrieben",
            "De otras empresas de acogida",
            "Da altre aziende ospitanti",
            "Od innych firm przyjmujących",
            "D’autres entreprises d’accueil",
        ),
        "tip": t(
            (
                "Use simple words, show rather than explain, and check understanding by asking the trainee to show "
                "you. It works in any language."
            ),
            (
                "Einfache Wörter benutzen, lieber zeigen als erklären und das Verständnis prüfen, indem man es sich "
                "zeigen lässt. Das klappt in jeder Sprache."
            ),
            (
                "Usa palabras sencillas, enseña en vez de explicar y comprueba que lo ha entendido pidiéndole que te "
                "lo muestre. Funciona en cualquier idioma."
            ),
            (
                "Usate parole semplici, mostrate invece di spiegare e verificate la comprensione chiedendo al "
                "tirocinante di mostrarvi. Funziona in ogni lingua."
            ),
            (
                "Używaj prostych słów, pokazuj zamiast tłumaczyć i sprawdzaj zrozumienie, prosząc praktykanta, żeby "
                "to pokazał. To działa w każdym języku."
            ),
            (
                "Utilisez des mots simples, montrez plutôt qu’expliquer, et vérifiez la compréhension en demandant au "
                "stagiaire de vous montrer. Cela marche dans toutes les langues."
            ),
        ),
    },
    {
        "slug": "being-a-good-mentor",
        "phase": "during",
        "audiences": ["mentor", "host"],
        "topics": ["pedagogical", "linguistic"],
        "title": t(
            "Being a good mentor",
            "Eine gute Mentorin, ein guter Mentor sein",
            "Ser un buen mentor",
            "Essere un buon mentor",
            "Jak być dobrym mentorem",
            "Être un bon tuteur",
        ),
        "introduction": t(
            (
                "For enterprise mentors: you do not need to be a teacher. Being patient, clear and available is what "
                "makes the difference."
            ),
            (
                "Für betriebliche Mentorinnen und Mentoren: Du musst keine Lehrkraft sein. Geduld, Klarheit und "
                "Erreichbarkeit machen den Unterschied."
            ),
            (
                "Para mentores en la empresa: no hace falta ser profesor. Ser paciente, claro y estar disponible es "
                "lo que marca la diferencia."
            ),
            "Per i mentor in azienda: non serve essere insegnanti. Essere pazienti, chiari e disponibili fa la differenza.",
            "Dla mentorów w firmie: nie musisz być nauczycielem. Cierpliwość, jasność i dostępność robią różnicę.",
            (
                "Pour les tuteurs en entreprise : pas besoin d’être enseignant. Être patient, clair et disponible "
                "fait toute la différence."
            ),
        ),
        "checklist_title": t(
            "Every week",
            "Jede Woche",
            "Cada semana",
            "Ogni settimana",
            "Co tydzień",
            "Chaque semaine",
        ),
        "items": [
            t(
                "A short meeting: what went well, what was hard, what comes next.",
                "Ein kurzes Gespräch: was gut lief, was schwer war, was als Nächstes kommt.",
                "Una reunión corta: qué ha ido bien, qué ha costado, qué viene ahora.",
                "Un breve incontro: cosa è andato bene, cosa è stato difficile, cosa viene dopo.",
                "Krótkie spotkanie: co poszło dobrze, co było trudne, co dalej.",
                "Un court entretien : ce qui s’est bien passé, ce qui a été dur, la suite.",
            ),
            t(
                "One new task that fits the learning agreement.",
                "Eine neue Aufgabe, die zur Lernvereinbarung passt.",
                "Una tarea nueva que encaje con el acuerdo de aprendizaje.",
                "Un nuovo compito in linea con l’accordo di apprendimento.",
                "Jedno nowe zadanie zgodne z porozumieniem o programie nauki.",
                "Une nouvelle tâche en lien avec le contrat pédagogique.",
            ),
            t(
                "Five new work words, written down together.",
                "Fünf neue Fachwörter, gemeinsam aufgeschrieben.",
                "Cinco palabras nuevas del oficio, escritas juntos.",
                "Cinque nuove parole del mestiere, scritte insieme.",
                "Pięć nowych słów zawodowych, zapisanych razem.",
                "Cinq nouveaux mots du métier, notés ensemble.",
            ),
            t(
                "Praise for something done well, said clearly.",
                "Ein klares Lob für etwas, das gut gemacht wurde.",
                "Un elogio claro por algo bien hecho.",
                "Un complimento chiaro per qualcosa fatto bene.",
                "Wyraźna pochwała za dobrze wykonaną pracę.",
                "Un compliment clair pour un travail bien fait.",
            ),
        ],
        "tip_kind": "warning",
        "tip_title": t(
            "Watch for signs",
            "Achte auf Anzeichen",
            "Presta atención a las señales",
            "Fai attenzione ai segnali",
            "Zwracaj uwagę na sygnały",
            "Repérez les signaux",
        ),
        "tip": t(
            "If the trainee stops eating, stays alone or often comes late, ask how they are and inform the sending organisation.",
            (
                "Wenn die Praktikantin oder der Praktikant nicht mehr isst, sich zurückzieht oder oft zu spät kommt, "
                "frag nach, wie es geht, und informiere die entsendende Organisation."
            ),
            (
                "Si el aprendiz deja de comer, se aísla o llega tarde a menudo, pregúntale cómo está e informa a la "
                "organización de envío."
            ),
            (
                "Se il tirocinante smette di mangiare, si isola o arriva spesso in ritardo, chiedigli come sta e "
                "informa l’organizzazione di invio."
            ),
            (
                "Jeśli praktykant przestaje jeść, izoluje się albo często się spóźnia, zapytaj, jak się czuje, i "
                "poinformuj organizację wysyłającą."
            ),
            (
                "Si le stagiaire ne mange plus, s’isole ou arrive souvent en retard, demandez-lui comment il va et "
                "informez l’organisme d’envoi."
            ),
        ),
    },
    {
        "slug": "getting-your-learning-recognised",
        "phase": "after",
        "audiences": ["trainee", "sending"],
        "topics": ["recognition"],
        "title": t(
            "Getting your learning recognised",
            "Dein Lernen anerkennen lassen",
            "Que se reconozca lo que has aprendido",
            "Far riconoscere ciò che hai imparato",
            "Uznanie efektów twojej nauki",
            "Faire reconnaître ce que tu as appris",
        ),
        "introduction": t(
            (
                "What you learned abroad counts. With the right papers your school and future employers can see it: "
                "your units of learning outcomes and your Europass Mobility."
            ),
            (
                "Was du im Ausland gelernt hast, zählt. Mit den richtigen Papieren sehen es deine Schule und künftige "
                "Arbeitgeber: deine Lerneinheiten und dein Europass Mobilität."
            ),
            (
                "Lo que aprendiste fuera cuenta. Con los papeles correctos, tu centro y tus futuros empleadores "
                "pueden verlo: tus unidades de resultados de aprendizaje y tu Europass Movilidad."
            ),
            (
                "Quello che hai imparato all’estero conta. Con i documenti giusti la tua scuola e i futuri datori di "
                "lavoro possono vederlo: le tue unità di risultati di apprendimento e il tuo Europass Mobilità."
            ),
            (
                "Wiedza i umiejętności zdobyte za granicą się liczą. Z odpowiednimi dokumentami twoja szkoła i "
                "przyszli pracodawcy to zobaczą: twoje jednostki efektów uczenia się i Europass Mobilność."
            ),
            (
                "Ce que tu as appris à l’étranger compte. Avec les bons papiers, ton école et tes futurs employeurs "
                "peuvent le voir : tes unités d’acquis d’apprentissage et ton Europass Mobilité."
            ),
        ),
        "checklist_title": t(
            "Before you leave the host",
            "Bevor du den Gastbetrieb verlässt",
            "Antes de dejar la empresa de acogida",
            "Prima di lasciare l’azienda ospitante",
            "Zanim opuścisz firmę przyjmującą",
            "Avant de quitter l’entreprise d’accueil",
        ),
        "items": [
            t(
                "My mentor has filled in the assessment of my units.",
                "Meine Mentorin hat die Bewertung meiner Lerneinheiten ausgefüllt.",
                "Mi mentor ha rellenado la evaluación de mis unidades.",
                "Il mio mentor ha compilato la valutazione delle mie unità.",
                "Mój mentor wypełnił ocenę moich jednostek.",
                "Mon tuteur a rempli l’évaluation de mes unités.",
            ),
            t(
                "My Europass Mobility is signed by the host and my sending organisation.",
                "Mein Europass Mobilität ist vom Gastbetrieb und meiner entsendenden Organisation unterschrieben.",
                "Mi Europass Movilidad está firmado por la empresa de acogida y mi organización de envío.",
                "Il mio Europass Mobilità è firmato dall’azienda ospitante e dalla mia organizzazione di invio.",
                "Mój Europass Mobilność jest podpisany przez firmę przyjmującą i organizację wysyłającą.",
                "Mon Europass Mobilité est signé par l’entreprise d’accueil et par mon organisme d’envoi.",
            ),
            t(
                "I have a certificate or reference letter from the host.",
                "Ich habe eine Bescheinigung oder ein Zeugnis vom Gastbetrieb.",
                "Tengo un certificado o una carta de referencia de la empresa.",
                "Ho un attestato o una lettera di referenze dell’azienda.",
                "Mam zaświadczenie lub list referencyjny od firmy.",
                "J’ai une attestation ou une lettre de recommandation de l’entreprise.",
            ),
            t(
                "I have copies of all papers, on paper and on my phone.",
                "Ich habe Kopien aller Papiere, auf Papier und auf dem Handy.",
                "Tengo copias de todos los papeles, en papel y en el móvil.",
                "Ho copie di tutti i documenti, su carta e sul telefono.",
                "Mam kopie wszystkich dokumentów, na papierze i w telefonie.",
                "J’ai des copies de tous les papiers, sur papier et sur mon téléphone.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Put your stay in your CV with the units you completed. Employers often ask about it at interviews.",
            (
                "Schreib deinen Aufenthalt mit den abgeschlossenen Lerneinheiten in deinen Lebenslauf. Arbeitgeber "
                "fragen im Vorstellungsgespräch oft danach."
            ),
            (
                "Pon tu estancia en tu currículum con las unidades que completaste. Las empresas suelen preguntar por "
                "ella en las entrevistas."
            ),
            (
                "Inserisci il soggiorno nel tuo curriculum con le unità completate. I datori di lavoro ne chiedono "
                "spesso ai colloqui."
            ),
            "Wpisz pobyt do CV razem z ukończonymi jednostkami. Pracodawcy często pytają o to na rozmowach.",
            "Mets ton séjour dans ton CV avec les unités que tu as validées. Les employeurs en parlent souvent en entretien.",
        ),
    },
    {
        "slug": "coming-home-and-next-steps",
        "phase": "after",
        "audiences": ["trainee", "sending"],
        "topics": ["pedagogical", "recognition"],
        "title": t(
            "Coming home and next steps",
            "Zurück zu Hause und die nächsten Schritte",
            "La vuelta a casa y los próximos pasos",
            "Il ritorno a casa e i prossimi passi",
            "Powrót do domu i kolejne kroki",
            "Le retour et la suite",
        ),
        "introduction": t(
            (
                "Coming back can feel strange: you changed, home did not. Take time to look at what you can do now "
                "and where it can lead."
            ),
            (
                "Die Rückkehr kann sich seltsam anfühlen: Du hast dich verändert, zu Hause nicht. Nimm dir Zeit zu "
                "sehen, was du jetzt kannst und wohin es führen kann."
            ),
            (
                "Volver puede ser raro: tú has cambiado y tu casa no. Tómate tiempo para ver lo que ahora sabes hacer "
                "y adónde te puede llevar."
            ),
            (
                "Tornare può sembrare strano: tu sei cambiato, casa no. Prenditi del tempo per vedere cosa sai fare "
                "ora e dove ti può portare."
            ),
            (
                "Powrót bywa dziwny: ty się zmieniasz, a dom nie. Daj sobie czas, żeby zobaczyć, co teraz umiesz i "
                "dokąd to może prowadzić."
            ),
            (
                "Rentrer peut faire bizarre : toi, tu as changé, pas la maison. Prends le temps de voir ce que tu "
                "sais faire maintenant et où cela peut te mener."
            ),
        ),
        "checklist_title": t(
            "In the first month back",
            "Im ersten Monat nach der Rückkehr",
            "El primer mes de vuelta",
            "Il primo mese dopo il rientro",
            "W pierwszym miesiącu po powrocie",
            "Le premier mois après le retour",
        ),
        "items": [
            t(
                "Meet your youth worker or teacher to talk about the stay.",
                "Triff deine Betreuerin oder deinen Lehrer und sprich über den Aufenthalt.",
                "Reúnete con tu educador o profesor para hablar de la estancia.",
                "Incontra il tuo educatore o insegnante per parlare del soggiorno.",
                "Spotkaj się z opiekunem lub nauczycielem i porozmawiaj o pobycie.",
                "Rencontre ton éducateur ou ton enseignant pour parler du séjour.",
            ),
            t(
                "Fill in the evaluation: your opinion helps the next trainees.",
                "Füll die Auswertung aus: Deine Meinung hilft den nächsten Praktikanten.",
                "Rellena la evaluación: tu opinión ayuda a los próximos aprendices.",
                "Compila la valutazione: la tua opinione aiuta i prossimi tirocinanti.",
                "Wypełnij ankietę: twoja opinia pomoże kolejnym praktykantom.",
                "Remplis l’évaluation : ton avis aide les prochains stagiaires.",
            ),
            t(
                "Update your CV and your Europass profile.",
                "Aktualisiere deinen Lebenslauf und dein Europass-Profil.",
                "Actualiza tu currículum y tu perfil Europass.",
                "Aggiorna il tuo curriculum e il tuo profilo Europass.",
                "Zaktualizuj CV i profil Europass.",
                "Mets à jour ton CV et ton profil Europass.",
            ),
            t(
                "Choose one next step: a course, a job, an apprenticeship, another stay.",
                "Wähle einen nächsten Schritt: einen Kurs, einen Job, eine Ausbildung, einen weiteren Aufenthalt.",
                "Elige un próximo paso: un curso, un trabajo, un aprendizaje, otra estancia.",
                "Scegli un prossimo passo: un corso, un lavoro, un apprendistato, un altro soggiorno.",
                "Wybierz kolejny krok: kurs, praca, nauka zawodu, kolejny wyjazd.",
                "Choisis une prochaine étape : une formation, un emploi, un apprentissage, un autre séjour.",
            ),
        ],
        "tip_kind": "tip",
        "tip_title": t("Tip", "Tipp", "Consejo", "Consiglio", "Wskazówka", "Astuce"),
        "tip": t(
            "Tell your story: at school, in a youth centre or online. Others who are unsure may dare to go because of you.",
            (
                "Erzähl deine Geschichte: in der Schule, im Jugendzentrum oder online. Andere, die unsicher sind, "
                "trauen sich vielleicht wegen dir."
            ),
            (
                "Cuenta tu historia: en clase, en un centro juvenil o en internet. Otras personas con dudas quizá se "
                "animen gracias a ti."
            ),
            (
                "Racconta la tua storia: a scuola, in un centro giovani o online. Altri che sono incerti forse "
                "partiranno grazie a te."
            ),
            (
                "Opowiedz swoją historię: w szkole, w klubie młodzieżowym albo w internecie. Inni, którzy się wahają, "
                "może odważą się dzięki tobie."
            ),
            (
                "Raconte ton histoire : à l’école, dans un centre de jeunes ou en ligne. D’autres qui hésitent "
                "oseront peut-être partir grâce à toi."
            ),
        ),
    },
]

CHARTER = {
    "title": t(
        "Quality charter",
        "Qualitätscharta",
        "Carta de calidad",
        "Carta della qualità",
        "Karta jakości",
        "Charte de qualité",
    ),
    "introduction": t(
        (
            "Every partner in VET Pathway works by the ten principles of the European Quality Charter for "
            "Mobility. On each opportunity you can see which ones the host commits to."
        ),
        (
            "Alle Partner von VET Pathway arbeiten nach den zehn Grundsätzen der Europäischen Qualitätscharta für "
            "Mobilität. Bei jedem Angebot siehst du, zu welchen sich der Gastbetrieb verpflichtet."
        ),
        (
            "Todos los socios de VET Pathway trabajan según los diez principios de la Carta Europea de Calidad "
            "para la Movilidad. En cada oferta puedes ver a cuáles se compromete la empresa de acogida."
        ),
        (
            "Tutti i partner di VET Pathway lavorano secondo i dieci principi della Carta europea di qualità per "
            "la mobilità. In ogni offerta puoi vedere a quali si impegna l’azienda ospitante."
        ),
        (
            "Wszyscy partnerzy VET Pathway działają według dziesięciu zasad Europejskiej Karty Jakości "
            "Mobilności. Przy każdej ofercie widać, do których zobowiązuje się firma przyjmująca."
        ),
        (
            "Tous les partenaires de VET Pathway suivent les dix principes de la Charte européenne de qualité "
            "pour la mobilité. Sur chaque offre, tu vois ceux auxquels l’entreprise d’accueil s’engage."
        ),
    ),
    "principles": [
        {
            "code": "information_guidance",
            "title": t(
                "Information and guidance",
                "Information und Beratung",
                "Información y orientación",
                "Informazione e orientamento",
                "Informacja i doradztwo",
                "Information et orientation",
            ),
            "explanation": t(
                (
                    "Everyone who wants to go abroad gets clear and reliable information about the opportunities, the "
                    "conditions and the support, from a person they can ask."
                ),
                (
                    "Wer ins Ausland gehen möchte, bekommt klare und verlässliche Informationen über die Angebote, die "
                    "Bedingungen und die Unterstützung, von einer Person, die man fragen kann."
                ),
                (
                    "Quien quiere ir al extranjero recibe información clara y fiable sobre las ofertas, las condiciones y "
                    "el apoyo, de una persona a la que puede preguntar."
                ),
                (
                    "Chi vuole andare all’estero riceve informazioni chiare e affidabili sulle offerte, le condizioni e "
                    "il sostegno, da una persona a cui può chiedere."
                ),
                (
                    "Każda osoba, która chce wyjechać, dostaje jasne i rzetelne informacje o ofertach, warunkach i "
                    "wsparciu od kogoś, kogo może zapytać."
                ),
                (
                    "Toute personne qui veut partir reçoit des informations claires et fiables sur les offres, les "
                    "conditions et le soutien, de la part d’une personne à qui elle peut poser ses questions."
                ),
            ),
        },
        {
            "code": "learning_plan",
            "title": t(
                "Learning plan",
                "Lernplan",
                "Plan de aprendizaje",
                "Piano di apprendimento",
                "Plan nauki",
                "Plan d’apprentissage",
            ),
            "explanation": t(
                (
                    "Before the stay, the trainee, the sending and the host organisation agree in writing what will be "
                    "learned and how."
                ),
                (
                    "Vor dem Aufenthalt vereinbaren die Praktikantin oder der Praktikant, die entsendende Organisation "
                    "und der Gastbetrieb schriftlich, was und wie gelernt wird."
                ),
                (
                    "Antes de la estancia, el aprendiz, la organización de envío y la de acogida acuerdan por escrito qué "
                    "se aprenderá y cómo."
                ),
                (
                    "Prima del soggiorno, il tirocinante, l’organizzazione di invio e quella ospitante concordano per "
                    "iscritto cosa si imparerà e come."
                ),
                (
                    "Przed pobytem praktykant, organizacja wysyłająca i przyjmująca ustalają na piśmie, czego i jak "
                    "będzie się uczyć."
                ),
                (
                    "Avant le séjour, le stagiaire, l’organisme d’envoi et l’entreprise d’accueil conviennent par écrit "
                    "de ce qui sera appris, et comment."
                ),
            ),
        },
        {
            "code": "personalisation",
            "title": t(
                "Personalisation",
                "Individuelle Anpassung",
                "Personalización",
                "Personalizzazione",
                "Dopasowanie do osoby",
                "Personnalisation",
            ),
            "explanation": t(
                "The stay fits the young person: their training, their skills, their needs and what they want to achieve.",
                (
                    "Der Aufenthalt passt zur jungen Person: zu ihrer Ausbildung, ihren Fähigkeiten, ihren Bedürfnissen "
                    "und ihren Zielen."
                ),
                (
                    "La estancia se adapta a la persona joven: a su formación, sus capacidades, sus necesidades y lo que "
                    "quiere conseguir."
                ),
                (
                    "Il soggiorno è adatto alla persona giovane: alla sua formazione, alle sue capacità, ai suoi bisogni "
                    "e ai suoi obiettivi."
                ),
                "Pobyt jest dopasowany do młodej osoby: do jej nauki zawodu, umiejętności, potrzeb i celów.",
                "Le séjour est adapté au jeune : à sa formation, ses compétences, ses besoins et ce qu’il veut atteindre.",
            ),
        },
        {
            "code": "general_preparation",
            "title": t(
                "General preparation",
                "Allgemeine Vorbereitung",
                "Preparación general",
                "Preparazione generale",
                "Przygotowanie ogólne",
                "Préparation générale",
            ),
            "explanation": t(
                "Before leaving, the trainee is prepared for the practical, professional and cultural side of the stay.",
                (
                    "Vor der Abreise wird die Praktikantin oder der Praktikant auf die praktische, berufliche und "
                    "kulturelle Seite des Aufenthalts vorbereitet."
                ),
                "Antes de salir, el aprendiz se prepara para el lado práctico, profesional y cultural de la estancia.",
                "Prima di partire, il tirocinante viene preparato agli aspetti pratici, professionali e culturali del soggiorno.",
                "Przed wyjazdem praktykant jest przygotowany do praktycznej, zawodowej i kulturowej strony pobytu.",
                "Avant le départ, le stagiaire est préparé aux aspects pratiques, professionnels et culturels du séjour.",
            ),
        },
        {
            "code": "linguistic_aspects",
            "title": t(
                "Language",
                "Sprache",
                "Idioma",
                "Lingua",
                "Język",
                "Langue",
            ),
            "explanation": t(
                "The trainee gets help to learn the language before and during the stay, and language support at work.",
                (
                    "Die Praktikantin oder der Praktikant bekommt Hilfe beim Sprachenlernen vor und während des "
                    "Aufenthalts und sprachliche Unterstützung bei der Arbeit."
                ),
                (
                    "El aprendiz recibe ayuda para aprender el idioma antes y durante la estancia, y apoyo lingüístico en "
                    "el trabajo."
                ),
                (
                    "Il tirocinante riceve aiuto per imparare la lingua prima e durante il soggiorno, e sostegno "
                    "linguistico al lavoro."
                ),
                "Praktykant dostaje pomoc w nauce języka przed pobytem i w jego trakcie oraz wsparcie językowe w pracy.",
                "Le stagiaire est aidé à apprendre la langue avant et pendant le séjour, et soutenu pour la langue au travail.",
            ),
        },
        {
            "code": "logistical_support",
            "title": t(
                "Practical support",
                "Praktische Unterstützung",
                "Apoyo práctico",
                "Sostegno pratico",
                "Wsparcie praktyczne",
                "Soutien pratique",
            ),
            "explanation": t(
                (
                    "Travel, insurance, accommodation and papers are arranged or explained, so that the trainee can focus "
                    "on learning."
                ),
                (
                    "Reise, Versicherung, Unterkunft und Papiere werden organisiert oder erklärt, damit sich die "
                    "Praktikantin oder der Praktikant aufs Lernen konzentrieren kann."
                ),
                (
                    "El viaje, el seguro, el alojamiento y los papeles se organizan o se explican, para que el aprendiz "
                    "pueda centrarse en aprender."
                ),
                (
                    "Viaggio, assicurazione, alloggio e documenti sono organizzati o spiegati, così il tirocinante può "
                    "concentrarsi sull’apprendimento."
                ),
                (
                    "Podróż, ubezpieczenie, zakwaterowanie i dokumenty są załatwione albo wyjaśnione, żeby praktykant "
                    "mógł skupić się na nauce."
                ),
                (
                    "Le voyage, l’assurance, le logement et les papiers sont organisés ou expliqués, pour que le "
                    "stagiaire puisse se concentrer sur ses apprentissages."
                ),
            ),
        },
        {
            "code": "mentoring",
            "title": t(
                "Mentoring",
                "Begleitung durch eine Mentorin oder einen Mentor",
                "Tutoría",
                "Tutoraggio",
                "Mentoring",
                "Tutorat",
            ),
            "explanation": t(
                (
                    "At the host there is a mentor who helps the trainee to learn and to settle in, and who can be asked "
                    "for help at any time."
                ),
                (
                    "Im Gastbetrieb gibt es eine Mentorin oder einen Mentor, die beim Lernen und Ankommen hilft und "
                    "jederzeit um Hilfe gebeten werden kann."
                ),
                (
                    "En la empresa de acogida hay un mentor que ayuda al aprendiz a aprender y a integrarse, y al que "
                    "puede pedir ayuda en todo momento."
                ),
                (
                    "Nell’azienda ospitante c’è un mentor che aiuta il tirocinante a imparare e ad ambientarsi, e a cui "
                    "si può chiedere aiuto in ogni momento."
                ),
                (
                    "W firmie przyjmującej jest mentor, który pomaga praktykantowi w nauce i w zaaklimatyzowaniu się i do "
                    "którego zawsze można zwrócić się o pomoc."
                ),
                (
                    "Dans l’entreprise d’accueil, un tuteur aide le stagiaire à apprendre et à s’intégrer, et on peut lui "
                    "demander de l’aide à tout moment."
                ),
            ),
        },
        {
            "code": "recognition",
            "title": t(
                "Recognition",
                "Anerkennung",
                "Reconocimiento",
                "Riconoscimento",
                "Uznawanie",
                "Reconnaissance",
            ),
            "explanation": t(
                (
                    "What the trainee learned is assessed and recorded, for example as units of learning outcomes and in "
                    "a Europass Mobility, so that it counts at home."
                ),
                (
                    "Was gelernt wurde, wird bewertet und festgehalten, zum Beispiel als Lerneinheiten und im Europass "
                    "Mobilität, damit es zu Hause zählt."
                ),
                (
                    "Lo aprendido se evalúa y se registra, por ejemplo como unidades de resultados de aprendizaje y en un "
                    "Europass Movilidad, para que cuente en casa."
                ),
                (
                    "Ciò che è stato imparato viene valutato e registrato, per esempio come unità di risultati di "
                    "apprendimento e in un Europass Mobilità, perché conti a casa."
                ),
                (
                    "To, czego praktykant się nauczył, jest oceniane i zapisywane, na przykład jako jednostki efektów "
                    "uczenia się i w Europass Mobilność, żeby liczyło się w kraju."
                ),
                (
                    "Ce que le stagiaire a appris est évalué et consigné, par exemple en unités d’acquis d’apprentissage "
                    "et dans un Europass Mobilité, pour que cela compte à son retour."
                ),
            ),
        },
        {
            "code": "reintegration_evaluation",
            "title": t(
                "Coming back and evaluation",
                "Rückkehr und Auswertung",
                "Regreso y evaluación",
                "Rientro e valutazione",
                "Powrót i ocena",
                "Retour et évaluation",
            ),
            "explanation": t(
                (
                    "After the stay, the trainee gets advice on how to use the new skills, and everyone looks back "
                    "together at what worked and what did not."
                ),
                (
                    "Nach dem Aufenthalt bekommt die Praktikantin oder der Praktikant Beratung, wie die neuen Fähigkeiten "
                    "genutzt werden können, und alle schauen gemeinsam zurück, was gut lief und was nicht."
                ),
                (
                    "Después de la estancia, el aprendiz recibe consejo sobre cómo usar sus nuevas capacidades, y todos "
                    "revisan juntos lo que funcionó y lo que no."
                ),
                (
                    "Dopo il soggiorno, il tirocinante riceve consigli su come usare le nuove competenze, e tutti insieme "
                    "guardano cosa ha funzionato e cosa no."
                ),
                (
                    "Po pobycie praktykant dostaje radę, jak wykorzystać nowe umiejętności, a wszyscy razem oceniają, co "
                    "się udało, a co nie."
                ),
                (
                    "Après le séjour, le stagiaire est conseillé pour utiliser ses nouvelles compétences, et chacun fait "
                    "le point sur ce qui a marché ou non."
                ),
            ),
        },
        {
            "code": "commitments_responsibilities",
            "title": t(
                "Commitments and responsibilities",
                "Verpflichtungen und Verantwortung",
                "Compromisos y responsabilidades",
                "Impegni e responsabilità",
                "Zobowiązania i odpowiedzialność",
                "Engagements et responsabilités",
            ),
            "explanation": t(
                "Who does what is written down and shared with everyone: the trainee, the sending organisation and the host.",
                (
                    "Wer was tut, wird aufgeschrieben und mit allen geteilt: mit der Praktikantin oder dem Praktikanten, "
                    "der entsendenden Organisation und dem Gastbetrieb."
                ),
                (
                    "Quién hace qué se pone por escrito y se comparte con todos: el aprendiz, la organización de envío y "
                    "la de acogida."
                ),
                (
                    "Chi fa cosa viene messo per iscritto e condiviso con tutti: il tirocinante, l’organizzazione di "
                    "invio e quella ospitante."
                ),
                (
                    "To, kto za co odpowiada, jest zapisane i przekazane wszystkim: praktykantowi, organizacji "
                    "wysyłającej i firmie przyjmującej."
                ),
                "Qui fait quoi est écrit et partagé avec tous : le stagiaire, l’organisme d’envoi et l’entreprise d’accueil.",
            ),
        },
    ],
}

PASSPORT = {
    "title": t(
        "My pathway passport",
        "Mein Pathway-Pass",
        "Mi pasaporte Pathway",
        "Il mio passaporto Pathway",
        "Mój paszport Pathway",
        "Mon passeport Pathway",
    ),
    "introduction": t(
        (
            "This booklet travels with you: before, during and after your stay abroad. Write in it, tick things "
            "off, and keep it. It is yours."
        ),
        (
            "Dieses Heft begleitet dich: vor, während und nach deinem Aufenthalt im Ausland. Schreib hinein, hake "
            "ab und behalte es. Es gehört dir."
        ),
        (
            "Este cuaderno viaja contigo: antes, durante y después de tu estancia en el extranjero. Escribe en "
            "él, marca lo que hayas hecho y guárdalo. Es tuyo."
        ),
        (
            "Questo libretto viaggia con te: prima, durante e dopo il soggiorno all’estero. Scrivici, spunta le "
            "cose fatte e conservalo. È tuo."
        ),
        (
            "Ta książeczka podróżuje z tobą: przed wyjazdem, w czasie pobytu za granicą i po powrocie. Pisz w "
            "niej, odhaczaj i zachowaj ją. Jest twoja."
        ),
        (
            "Ce carnet voyage avec toi : avant, pendant et après ton séjour à l’étranger. Écris dedans, coche ce "
            "qui est fait, et garde-le. Il est à toi."
        ),
    ),
    "back_cover": t(
        "Keep this booklet with your papers. Show it to your mentor and to your youth worker: it helps them help you.",
        (
            "Bewahre dieses Heft bei deinen Papieren auf. Zeig es deiner Mentorin und deiner Betreuerin: So "
            "können sie dir besser helfen."
        ),
        "Guarda este cuaderno con tus papeles. Enséñaselo a tu mentor y a tu educador: así te pueden ayudar mejor.",
        "Tieni questo libretto con i tuoi documenti. Mostralo al tuo mentor e al tuo educatore: così possono aiutarti meglio.",
        "Trzymaj tę książeczkę razem z dokumentami. Pokaż ją mentorowi i opiekunowi: dzięki temu lepiej ci pomogą.",
        "Garde ce carnet avec tes papiers. Montre-le à ton tuteur et à ton éducateur : ils pourront mieux t’aider.",
    ),
    "chapters": [
        {
            "phase": "before",
            "title": t(
                "My preparation checklist",
                "Meine Checkliste zur Vorbereitung",
                "Mi lista de preparación",
                "La mia lista per prepararmi",
                "Moja lista przygotowań",
                "Ma liste de préparation",
            ),
            "intro": t(
                "Tick each box when it is done. Ask your youth worker if something is not clear.",
                "Hake jedes Kästchen ab, wenn es erledigt ist. Frag deine Betreuerin, wenn etwas unklar ist.",
                "Marca cada casilla cuando esté hecho. Pregunta a tu educador si algo no está claro.",
                "Spunta ogni casella quando è fatto. Chiedi al tuo educatore se qualcosa non è chiaro.",
                "Zaznacz każde pole, gdy sprawa jest załatwiona. Zapytaj opiekuna, jeśli coś jest niejasne.",
                "Coche chaque case quand c’est fait. Demande à ton éducateur si quelque chose n’est pas clair.",
            ),
            "prompts": [
                {
                    "space": "tick",
                    "text": t(
                        "My ID card or passport is valid.",
                        "Mein Ausweis oder Pass ist gültig.",
                        "Mi documento de identidad o pasaporte es válido.",
                        "La mia carta d’identità o il passaporto è valido.",
                        "Mój dowód osobisty lub paszport jest ważny.",
                        "Ma carte d’identité ou mon passeport est valable.",
                    ),
                },
                {
                    "space": "tick",
                    "text": t(
                        "I have my European Health Insurance Card.",
                        "Ich habe meine Europäische Krankenversicherungskarte.",
                        "Tengo mi Tarjeta Sanitaria Europea.",
                        "Ho la mia Tessera europea di assicurazione malattia.",
                        "Mam Europejską Kartę Ubezpieczenia Zdrowotnego.",
                        "J’ai ma carte européenne d’assurance maladie.",
                    ),
                },
                {
                    "space": "tick",
                    "text": t(
                        "My learning agreement is signed.",
                        "Meine Lernvereinbarung ist unterschrieben.",
                        "Mi acuerdo de aprendizaje está firmado.",
                        "Il mio accordo di apprendimento è firmato.",
                        "Moje porozumienie o programie nauki jest podpisane.",
                        "Mon contrat pédagogique est signé.",
                    ),
                },
                {
                    "space": "tick",
                    "text": t(
                        "I know how I travel and where I will live.",
                        "Ich weiß, wie ich reise und wo ich wohnen werde.",
                        "Sé cómo viajo y dónde voy a vivir.",
                        "So come viaggio e dove vivrò.",
                        "Wiem, jak podróżuję i gdzie będę mieszkać.",
                        "Je sais comment je voyage et où je vais vivre.",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "What I still need to do:",
                        "Was ich noch erledigen muss:",
                        "Lo que todavía tengo que hacer:",
                        "Cosa devo ancora fare:",
                        "Co muszę jeszcze załatwić:",
                        "Ce qu’il me reste à faire :",
                    ),
                },
            ],
        },
        {
            "phase": "before",
            "title": t(
                "My learning objectives",
                "Meine Lernziele",
                "Mis objetivos de aprendizaje",
                "I miei obiettivi di apprendimento",
                "Moje cele nauki",
                "Mes objectifs d’apprentissage",
            ),
            "intro": t(
                "What do you want to learn and be able to do when you come back? Use your own words.",
                "Was möchtest du lernen und können, wenn du zurückkommst? Schreib es mit deinen eigenen Worten.",
                "¿Qué quieres aprender y saber hacer cuando vuelvas? Usa tus propias palabras.",
                "Cosa vuoi imparare e saper fare quando torni? Usa parole tue.",
                "Czego chcesz się nauczyć i co chcesz umieć po powrocie? Napisz własnymi słowami.",
                "Qu’est-ce que tu veux apprendre et savoir faire à ton retour ? Écris avec tes mots.",
            ),
            "prompts": [
                {
                    "space": "lines",
                    "lines": 3,
                    "text": t(
                        "At work I want to learn:",
                        "Bei der Arbeit möchte ich lernen:",
                        "En el trabajo quiero aprender:",
                        "Al lavoro voglio imparare:",
                        "W pracy chcę się nauczyć:",
                        "Au travail, je veux apprendre :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "In the language I want to be able to:",
                        "In der Sprache möchte ich Folgendes können:",
                        "En el idioma quiero ser capaz de:",
                        "Nella lingua voglio riuscire a:",
                        "W języku chcę umieć:",
                        "Dans la langue, je veux être capable de :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "For myself I want to:",
                        "Für mich selbst möchte ich:",
                        "Para mí quiero:",
                        "Per me stesso voglio:",
                        "Dla siebie chcę:",
                        "Pour moi-même, je veux :",
                    ),
                },
            ],
        },
        {
            "phase": "before",
            "title": t(
                "My contacts",
                "Meine Kontakte",
                "Mis contactos",
                "I miei contatti",
                "Moje kontakty",
                "Mes contacts",
            ),
            "intro": t(
                "Names and phone numbers of the people who help you. Write them here too, in case your phone is lost or empty.",
                (
                    "Namen und Telefonnummern der Menschen, die dir helfen. Schreib sie auch hier auf, falls dein Handy "
                    "verloren oder leer ist."
                ),
                (
                    "Nombres y teléfonos de las personas que te ayudan. Escríbelos también aquí, por si pierdes el móvil "
                    "o se queda sin batería."
                ),
                (
                    "Nomi e numeri di telefono delle persone che ti aiutano. Scrivili anche qui, nel caso perdi il "
                    "telefono o è scarico."
                ),
                (
                    "Imiona i numery telefonów osób, które ci pomagają. Zapisz je też tutaj, na wypadek gdyby telefon "
                    "zginął albo się rozładował."
                ),
                (
                    "Noms et numéros de téléphone des personnes qui t’aident. Note-les aussi ici, au cas où ton téléphone "
                    "serait perdu ou déchargé."
                ),
            ),
            "prompts": [
                {
                    "space": "lines",
                    "lines": 1,
                    "text": t(
                        "My mentor at work:",
                        "Meine Mentorin oder mein Mentor bei der Arbeit:",
                        "Mi mentor en el trabajo:",
                        "Il mio mentor al lavoro:",
                        "Mój mentor w pracy:",
                        "Mon tuteur au travail :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 1,
                    "text": t(
                        "My contact person at home:",
                        "Meine Ansprechperson zu Hause:",
                        "Mi persona de contacto en casa:",
                        "La mia persona di riferimento a casa:",
                        "Moja osoba kontaktowa w kraju:",
                        "Ma personne de contact à la maison :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 1,
                    "text": t(
                        "Where I live (address):",
                        "Wo ich wohne (Adresse):",
                        "Dónde vivo (dirección):",
                        "Dove vivo (indirizzo):",
                        "Gdzie mieszkam (adres):",
                        "Où j’habite (adresse) :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 1,
                    "text": t(
                        "My embassy or consulate:",
                        "Meine Botschaft oder mein Konsulat:",
                        "Mi embajada o consulado:",
                        "La mia ambasciata o il mio consolato:",
                        "Moja ambasada lub konsulat:",
                        "Mon ambassade ou mon consulat :",
                    ),
                },
            ],
        },
        {
            "phase": "during",
            "title": t(
                "My diary",
                "Mein Tagebuch",
                "Mi diario",
                "Il mio diario",
                "Mój dziennik",
                "Mon journal",
            ),
            "intro": t(
                "Write a few lines every week. Later you will be glad to read what you did, learned and felt.",
                "Schreib jede Woche ein paar Zeilen. Später freust du dich, zu lesen, was du gemacht, gelernt und gefühlt hast.",
                "Escribe unas líneas cada semana. Más tarde te alegrará leer lo que hiciste, aprendiste y sentiste.",
                "Scrivi qualche riga ogni settimana. Più avanti sarai contento di rileggere cosa hai fatto, imparato e provato.",
                "Pisz kilka linijek co tydzień. Później z przyjemnością przeczytasz, co robisz, czego się uczysz i co czujesz.",
                (
                    "Écris quelques lignes chaque semaine. Plus tard, tu seras content de relire ce que tu as fait, "
                    "appris et ressenti."
                ),
            ),
            "prompts": [
                {
                    "space": "box",
                    "lines": 5,
                    "text": t(
                        "Week 1: what I did and learned",
                        "Woche 1: was ich gemacht und gelernt habe",
                        "Semana 1: lo que hice y aprendí",
                        "Settimana 1: cosa ho fatto e imparato",
                        "Tydzień 1: co robię i czego się uczę",
                        "Semaine 1 : ce que j’ai fait et appris",
                    ),
                },
                {
                    "space": "box",
                    "lines": 5,
                    "text": t(
                        "Week 2: what I did and learned",
                        "Woche 2: was ich gemacht und gelernt habe",
                        "Semana 2: lo que hice y aprendí",
                        "Settimana 2: cosa ho fatto e imparato",
                        "Tydzień 2: co robię i czego się uczę",
                        "Semaine 2 : ce que j’ai fait et appris",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 3,
                    "text": t(
                        "Something that surprised me:",
                        "Etwas, das mich überrascht hat:",
                        "Algo que me sorprendió:",
                        "Una cosa che mi ha sorpreso:",
                        "Coś, co mnie zaskoczyło:",
                        "Quelque chose qui m’a surpris :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "New words I use at work:",
                        "Neue Wörter, die ich bei der Arbeit benutze:",
                        "Palabras nuevas que uso en el trabajo:",
                        "Parole nuove che uso al lavoro:",
                        "Nowe słowa, których używam w pracy:",
                        "Nouveaux mots que j’utilise au travail :",
                    ),
                },
            ],
        },
        {
            "phase": "after",
            "title": t(
                "What I learned and how it is recognised",
                "Was ich gelernt habe und wie es anerkannt wird",
                "Lo que aprendí y cómo se reconoce",
                "Cosa ho imparato e come viene riconosciuto",
                "Czego się uczę i jak to zostaje uznane",
                "Ce que j’ai appris et comment c’est reconnu",
            ),
            "intro": t(
                (
                    "Look back at your learning objectives. Your units of learning outcomes and your Europass Mobility "
                    "show others what you can do now."
                ),
                (
                    "Schau auf deine Lernziele zurück. Deine Lerneinheiten und dein Europass Mobilität zeigen anderen, "
                    "was du jetzt kannst."
                ),
                (
                    "Vuelve a mirar tus objetivos de aprendizaje. Tus unidades de resultados de aprendizaje y tu Europass "
                    "Movilidad muestran a otros lo que ahora sabes hacer."
                ),
                (
                    "Riguarda i tuoi obiettivi di apprendimento. Le tue unità di risultati di apprendimento e il tuo "
                    "Europass Mobilità mostrano agli altri cosa sai fare ora."
                ),
                "Wróć do swoich celów nauki. Jednostki efektów uczenia się i Europass Mobilność pokazują innym, co teraz umiesz.",
                (
                    "Relis tes objectifs d’apprentissage. Tes unités d’acquis d’apprentissage et ton Europass Mobilité "
                    "montrent aux autres ce que tu sais faire maintenant."
                ),
            ),
            "prompts": [
                {
                    "space": "lines",
                    "lines": 4,
                    "text": t(
                        "Three things I can do now that I could not do before:",
                        "Drei Dinge, die ich jetzt kann und vorher nicht konnte:",
                        "Tres cosas que ahora sé hacer y antes no:",
                        "Tre cose che ora so fare e prima no:",
                        "Trzy rzeczy, które umiem teraz, a przed wyjazdem nie:",
                        "Trois choses que je sais faire maintenant et pas avant :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "The units of learning outcomes I completed:",
                        "Die Lerneinheiten, die ich abgeschlossen habe:",
                        "Las unidades de resultados de aprendizaje que completé:",
                        "Le unità di risultati di apprendimento che ho completato:",
                        "Ukończone jednostki efektów uczenia się:",
                        "Les unités d’acquis d’apprentissage que j’ai validées :",
                    ),
                },
                {
                    "space": "tick",
                    "text": t(
                        "I have my signed Europass Mobility.",
                        "Ich habe meinen unterschriebenen Europass Mobilität.",
                        "Tengo mi Europass Movilidad firmado.",
                        "Ho il mio Europass Mobilità firmato.",
                        "Mam podpisany Europass Mobilność.",
                        "J’ai mon Europass Mobilité signé.",
                    ),
                },
            ],
        },
        {
            "phase": "after",
            "title": t(
                "My next steps",
                "Meine nächsten Schritte",
                "Mis próximos pasos",
                "I miei prossimi passi",
                "Moje kolejne kroki",
                "Mes prochaines étapes",
            ),
            "intro": t(
                "Your stay is a step on your path. Where do you want to go now?",
                "Dein Aufenthalt ist ein Schritt auf deinem Weg. Wohin möchtest du jetzt?",
                "Tu estancia es un paso en tu camino. ¿Adónde quieres ir ahora?",
                "Il soggiorno è un passo nel tuo percorso. Dove vuoi andare adesso?",
                "Pobyt to krok na twojej drodze. Dokąd chcesz teraz iść?",
                "Ton séjour est une étape sur ton chemin. Où veux-tu aller maintenant ?",
            ),
            "prompts": [
                {
                    "space": "lines",
                    "lines": 3,
                    "text": t(
                        "What I want to do next:",
                        "Was ich als Nächstes machen möchte:",
                        "Lo que quiero hacer ahora:",
                        "Cosa voglio fare adesso:",
                        "Co chcę robić dalej:",
                        "Ce que je veux faire ensuite :",
                    ),
                },
                {
                    "space": "lines",
                    "lines": 2,
                    "text": t(
                        "Who can help me with it:",
                        "Wer mir dabei helfen kann:",
                        "Quién me puede ayudar:",
                        "Chi mi può aiutare:",
                        "Kto może mi w tym pomóc:",
                        "Qui peut m’aider :",
                    ),
                },
                {
                    "space": "box",
                    "lines": 4,
                    "text": t(
                        "A message to the next young person who goes abroad:",
                        "Eine Nachricht an die nächste junge Person, die ins Ausland geht:",
                        "Un mensaje para la próxima persona joven que vaya al extranjero:",
                        "Un messaggio per la prossima persona giovane che parte all’estero:",
                        "Wiadomość dla kolejnej młodej osoby, która wyjeżdża za granicę:",
                        "Un message pour le prochain jeune qui part à l’étranger :",
                    ),
                },
            ],
        },
    ],
}
