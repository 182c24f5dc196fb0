"""Demo opportunities: roles a young person can train in, in six languages.

Used by opportunities.demo, which places each role in each host country.
"""

COMMON = {
    "costs_covered": {
        "en": "Your travel, accommodation, insurance and a daily allowance are paid by the Erasmus+ grant.",
        "de": "Deine Reise, Unterkunft, Versicherung und ein Tagegeld werden aus dem Erasmus+-Zuschuss bezahlt.",
        "es": "El viaje, el alojamiento, el seguro y una ayuda diaria se pagan con la beca Erasmus+.",
        "it": "Il viaggio, l'alloggio, l'assicurazione e una diaria sono pagati dalla borsa Erasmus+.",
        "pl": "Podróż, zakwaterowanie, ubezpieczenie i dzienne kieszonkowe są opłacane z grantu Erasmus+.",
        "fr": (
            "Votre voyage, votre logement, votre assurance et une indemnité journalière "
            "sont payés par la bourse Erasmus+."
        ),
    },
    "how_to_apply": {
        "en": (
            "Talk to your youth worker or teacher. "
            "Together with you, they send the application to the sending organisation."
        ),
        "de": (
            "Sprich mit deiner Fachkraft aus der Jugendarbeit oder deiner Lehrkraft. "
            "Gemeinsam mit dir schicken sie die Bewerbung an die entsendende Organisation."
        ),
        "es": (
            "Habla con tu educador juvenil o tu profesor. Juntos enviaréis la solicitud a la organización de envío."
        ),
        "it": (
            "Parla con il tuo educatore o con il tuo insegnante. "
            "Insieme a te invieranno la candidatura all'organizzazione di invio."
        ),
        "pl": (
            "Porozmawiaj ze swoim opiekunem z pracy z młodzieżą lub nauczycielem. "
            "Razem z tobą wyślą zgłoszenie do organizacji wysyłającej."
        ),
        "fr": (
            "Parlez-en à votre animateur jeunesse ou à votre enseignant. "
            "Ensemble, vous envoyez la candidature à l'organisme d'envoi."
        ),
    },
    "contact_role": {
        "en": "Mobility coordinator",
        "de": "Mobilitätskoordinator/in",
        "es": "Coordinador/a de movilidad",
        "it": "Referente per la mobilità",
        "pl": "Koordynator/ka mobilności",
        "fr": "Coordinateur/trice de mobilité",
    },
}

ROLES = []

ROLES += [
    {
        "key": "kitchen-assistant",
        "sector": "I",
        "field": "10",
        "type": "work_placement",
        "eqf": (1, 3),
        "weeks": (4, 12),
        "title": {
            "en": "Kitchen assistant",
            "de": "Küchenhilfe",
            "es": "Ayudante de cocina",
            "it": "Aiutante di cucina",
            "pl": "Pomoc kuchenna",
            "fr": "Aide de cuisine",
        },
        "summary": {
            "en": (
                "You wash and cut vegetables, keep the kitchen clean and help the cooks when it gets busy. "
                "Good for you if you like working with your hands and in a team."
            ),
            "de": (
                "Du wäschst und schneidest Gemüse, hältst die Küche sauber und hilfst den Köchen, wenn viel los ist. "
                "Passt zu dir, wenn du gern mit den Händen und im Team arbeitest."
            ),
            "es": (
                "Lavas y cortas verduras, mantienes la cocina limpia "
                "y ayudas a los cocineros cuando hay mucho trabajo. "
                "Es para ti si te gusta trabajar con las manos y en equipo."
            ),
            "it": (
                "Lavi e tagli le verdure, tieni pulita la cucina e aiuti i cuochi quando c'è tanto lavoro. "
                "Fa per te se ti piace lavorare con le mani e in squadra."
            ),
            "pl": (
                "Myjesz i kroisz warzywa, dbasz o czystość w kuchni i pomagasz kucharzom, gdy jest dużo pracy. "
                "To coś dla ciebie, jeśli lubisz pracę rękami i w zespole."
            ),
            "fr": (
                "Vous lavez et coupez les légumes, gardez la cuisine propre "
                "et aidez les cuisiniers quand il y a du monde. "
                "C'est pour vous si vous aimez travailler de vos mains et en équipe."
            ),
        },
        "keywords": {
            "en": "kitchen assistant, kitchen helper, kitchen porter, dishwasher, food preparation, kitchen",
            "de": "Küchenhilfe, Küchenhelfer, Küchenhelferin, Spüler, Spülerin, Küche, Gastronomie",
            "es": "ayudante de cocina, auxiliar de cocina, pinche, friegaplatos, cocina, hostelería",
            "it": "aiutante di cucina, aiuto cucina, lavapiatti, cucina, ristorazione",
            "pl": "pomoc kuchenna, pomocnik kuchenny, pomocniczka kuchenna, zmywak, kuchnia, gastronomia",
            "fr": "aide de cuisine, commis de cuisine, plongeur, plongeuse, cuisine, restauration",
        },
        "unit": {
            "title": {
                "en": "Basic food preparation and kitchen hygiene",
                "de": "Einfache Speisenvorbereitung und Küchenhygiene",
                "es": "Preparación básica de alimentos e higiene en la cocina",
                "it": "Preparazione di base degli alimenti e igiene in cucina",
                "pl": "Podstawowe przygotowanie żywności i higiena w kuchni",
                "fr": "Préparation simple des aliments et hygiène en cuisine",
            },
            "knowledge": {
                "en": "You know the basic hygiene rules and how to store food safely.",
                "de": "Du kennst die wichtigsten Hygieneregeln und weißt, wie man Lebensmittel sicher lagert.",
                "es": "Conoces las normas básicas de higiene y sabes guardar los alimentos de forma segura.",
                "it": "Conosci le regole base di igiene e sai conservare gli alimenti in modo sicuro.",
                "pl": "Znasz podstawowe zasady higieny i wiesz, jak bezpiecznie przechowywać żywność.",
                "fr": "Vous connaissez les règles d'hygiène de base et savez conserver les aliments sans risque.",
            },
            "skills": {
                "en": "You can wash, peel and cut vegetables and clean work surfaces and dishes.",
                "de": "Du kannst Gemüse waschen, schälen und schneiden sowie Arbeitsflächen und Geschirr reinigen.",
                "es": "Sabes lavar, pelar y cortar verduras y limpiar las superficies de trabajo y la vajilla.",
                "it": "Sai lavare, sbucciare e tagliare le verdure e pulire i piani di lavoro e le stoviglie.",
                "pl": "Umiesz myć, obierać i kroić warzywa oraz czyścić blaty i naczynia.",
                "fr": (
                    "Vous savez laver, éplucher et couper les légumes, nettoyer "
                    "les plans de travail et faire la vaisselle."
                ),
            },
            "autonomy": {
                "en": "You work under the guidance of a cook and follow clear instructions.",
                "de": "Du arbeitest unter Anleitung eines Kochs oder einer Köchin und folgst klaren Anweisungen.",
                "es": "Trabajas bajo la supervisión de un cocinero o una cocinera y sigues instrucciones claras.",
                "it": "Lavori sotto la guida di un cuoco o di una cuoca e segui istruzioni chiare.",
                "pl": "Pracujesz pod okiem kucharza lub kucharki i wykonujesz jasne polecenia.",
                "fr": (
                    "Vous travaillez sous la direction d'un cuisinier ou d'une cuisinière "
                    "et suivez des consignes claires."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "hotel-cook",
        "sector": "I",
        "field": "10",
        "type": "apprenticeship",
        "eqf": (3, 4),
        "weeks": (8, 26),
        "title": {
            "en": "Cook in a hotel kitchen",
            "de": "Koch oder Köchin in einer Hotelküche",
            "es": "Cocinero o cocinera en la cocina de un hotel",
            "it": "Cuoco o cuoca nella cucina di un hotel",
            "pl": "Kucharz lub kucharka w kuchni hotelowej",
            "fr": "Cuisinier ou cuisinière dans une cuisine d'hôtel",
        },
        "summary": {
            "en": (
                "You cook breakfast, lunch and dinner for hotel guests as part of a kitchen team. "
                "Good for you if you can already cook a little and want to learn how a big kitchen works."
            ),
            "de": (
                "Du kochst im Küchenteam Frühstück, Mittag- und Abendessen für die Hotelgäste. "
                "Passt zu dir, wenn du schon etwas kochen kannst und lernen willst, wie eine große Küche läuft."
            ),
            "es": (
                "Preparas desayunos, comidas y cenas para los huéspedes del hotel dentro de un equipo de cocina. "
                "Es para ti si ya sabes cocinar un poco y quieres aprender cómo funciona una cocina grande."
            ),
            "it": (
                "Prepari colazioni, pranzi e cene per gli ospiti dell'hotel insieme alla brigata di cucina. "
                "Fa per te se sai già cucinare un po' e vuoi scoprire come funziona una grande cucina."
            ),
            "pl": (
                "Razem z zespołem kuchni przygotowujesz śniadania, obiady i kolacje dla gości hotelu. "
                "To coś dla ciebie, jeśli już trochę umiesz gotować i chcesz poznać pracę w dużej kuchni."
            ),
            "fr": (
                "Vous préparez les petits-déjeuners, déjeuners et dîners des clients de l'hôtel "
                "au sein d'une brigade. "
                "C'est pour vous si vous savez déjà un peu cuisiner et voulez découvrir une grande cuisine."
            ),
        },
        "keywords": {
            "en": "cook, chef, commis chef, hotel kitchen, cooking, catering, hospitality",
            "de": "Koch, Köchin, Jungkoch, Jungköchin, Kochen, Hotelküche, Hotel, Gastronomie",
            "es": "cocinero, cocinera, cocina, ayudante de cocina, hotel, hostelería",
            "it": "cuoco, cuoca, commis di cucina, cucina, hotel, albergo, ristorazione",
            "pl": "kucharz, kucharka, gotowanie, kuchnia hotelowa, hotel, gastronomia",
            "fr": "cuisinier, cuisinière, commis de cuisine, cuisine, hôtel, hôtellerie, restauration",
        },
        "unit": {
            "title": {
                "en": "Preparing dishes in a hotel kitchen",
                "de": "Gerichte in der Hotelküche zubereiten",
                "es": "Preparar platos en la cocina de un hotel",
                "it": "Preparare piatti nella cucina di un hotel",
                "pl": "Przygotowywanie potraw w kuchni hotelowej",
                "fr": "Préparer des plats dans une cuisine d'hôtel",
            },
            "knowledge": {
                "en": "You know basic cooking methods, food safety rules and the most common allergens.",
                "de": (
                    "Du kennst die wichtigsten Garmethoden, die Regeln zur Lebensmittelsicherheit "
                    "und die häufigsten Allergene."
                ),
                "es": (
                    "Conoces las técnicas básicas de cocción, las normas de seguridad alimentaria "
                    "y los alérgenos más comunes."
                ),
                "it": (
                    "Conosci le tecniche di cottura di base, le regole di sicurezza alimentare "
                    "e gli allergeni più comuni."
                ),
                "pl": "Znasz podstawowe techniki gotowania, zasady bezpieczeństwa żywności i najczęstsze alergeny.",
                "fr": (
                    "Vous connaissez les techniques de cuisson de base, les règles de sécurité alimentaire "
                    "et les allergènes les plus courants."
                ),
            },
            "skills": {
                "en": "You can prepare simple dishes from a recipe and plate them for the buffet or for service.",
                "de": (
                    "Du kannst einfache Gerichte nach Rezept zubereiten "
                    "und sie für das Buffet oder den Service anrichten."
                ),
                "es": (
                    "Sabes preparar platos sencillos siguiendo una receta "
                    "y emplatarlos para el bufé o para el servicio."
                ),
                "it": (
                    "Sai preparare piatti semplici seguendo una ricetta e impiattarli per il buffet o per il servizio."
                ),
                "pl": "Umiesz przygotować proste potrawy według przepisu i wyłożyć je na bufet lub do serwisu.",
                "fr": (
                    "Vous savez préparer des plats simples à partir d'une recette "
                    "et les dresser pour le buffet ou pour le service."
                ),
            },
            "autonomy": {
                "en": "You look after your station during service and ask the head chef when something is unclear.",
                "de": (
                    "Du kümmerst dich im Service selbst um deinen Posten und fragst "
                    "den Küchenchef oder die Küchenchefin, wenn etwas unklar ist."
                ),
                "es": (
                    "Te encargas de tu propia partida durante el servicio "
                    "y preguntas al jefe de cocina cuando algo no está claro."
                ),
                "it": (
                    "Durante il servizio gestisci in autonomia la tua postazione "
                    "e chiedi allo chef quando qualcosa non è chiaro."
                ),
                "pl": (
                    "W czasie serwisu samodzielnie prowadzisz swoje stanowisko "
                    "i pytasz szefa kuchni, gdy coś jest niejasne."
                ),
                "fr": (
                    "Pendant le service, vous gérez votre poste en autonomie "
                    "et demandez au chef quand quelque chose n'est pas clair."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "restaurant-cook",
        "sector": "I",
        "field": "10",
        "type": "work_placement",
        "eqf": (2, 4),
        "weeks": (4, 16),
        "title": {
            "en": "Cook in a small restaurant",
            "de": "Koch oder Köchin in einem kleinen Restaurant",
            "es": "Cocinero o cocinera en un restaurante pequeño",
            "it": "Cuoco o cuoca in un piccolo ristorante",
            "pl": "Kucharz lub kucharka w małej restauracji",
            "fr": "Cuisinier ou cuisinière dans un petit restaurant",
        },
        "summary": {
            "en": (
                "You cook local dishes with a small team and learn recipes from the host country. "
                "Good for you if you enjoy food and can stay calm when many orders come in."
            ),
            "de": (
                "Du kochst mit einem kleinen Team regionale Gerichte und lernst Rezepte aus dem Gastland kennen. "
                "Passt zu dir, wenn du gern mit Essen arbeitest und ruhig bleibst, wenn viele Bestellungen kommen."
            ),
            "es": (
                "Cocinas platos típicos con un equipo pequeño y aprendes recetas del país de acogida. "
                "Es para ti si te gusta la comida y mantienes la calma cuando llegan muchos pedidos."
            ),
            "it": (
                "Cucini piatti tipici con una piccola squadra e impari le ricette del paese ospitante. "
                "Fa per te se ami il cibo e sai mantenere la calma quando arrivano tante comande."
            ),
            "pl": (
                "Gotujesz regionalne dania w małym zespole i poznajesz przepisy z kraju przyjmującego. "
                "To coś dla ciebie, jeśli lubisz jedzenie i zachowujesz spokój, gdy przychodzi dużo zamówień."
            ),
            "fr": (
                "Vous cuisinez des plats locaux avec une petite équipe et apprenez des recettes du pays d'accueil. "
                "C'est pour vous si vous aimez la cuisine et restez calme quand les commandes arrivent."
            ),
        },
        "keywords": {
            "en": "cook, line cook, restaurant, cooking, local food, kitchen",
            "de": "Koch, Köchin, Kochen, Restaurant, Restaurantküche, regionale Küche, Gastronomie",
            "es": "cocinero, cocinera, cocinar, restaurante, cocina local, hostelería",
            "it": "cuoco, cuoca, cucinare, ristorante, trattoria, cucina locale",
            "pl": "kucharz, kucharka, gotowanie, restauracja, kuchnia regionalna, gastronomia",
            "fr": "cuisinier, cuisinière, cuisiner, restaurant, cuisine locale, restauration",
        },
        "unit": {
            "title": {
                "en": "Cooking regional dishes to order",
                "de": "Regionale Gerichte auf Bestellung kochen",
                "es": "Cocinar platos regionales según los pedidos",
                "it": "Cucinare piatti regionali su ordinazione",
                "pl": "Gotowanie dań regionalnych na zamówienie",
                "fr": "Cuisiner des plats régionaux à la commande",
            },
            "knowledge": {
                "en": "You know the main ingredients and recipes of the regional cuisine and how to keep them fresh.",
                "de": (
                    "Du kennst die wichtigsten Zutaten und Rezepte der regionalen Küche "
                    "und weißt, wie man sie frisch hält."
                ),
                "es": (
                    "Conoces los ingredientes y las recetas principales de la cocina regional "
                    "y sabes mantener frescos los productos."
                ),
                "it": (
                    "Conosci gli ingredienti e le ricette principali della cucina regionale "
                    "e sai come mantenerli freschi."
                ),
                "pl": "Znasz główne składniki i przepisy kuchni regionalnej i wiesz, jak dbać o ich świeżość.",
                "fr": (
                    "Vous connaissez les ingrédients et les recettes de base de la cuisine régionale "
                    "et savez les garder frais."
                ),
            },
            "skills": {
                "en": "You can cook several dishes at the same time and have them ready when the order is called.",
                "de": (
                    "Du kannst mehrere Gerichte gleichzeitig kochen "
                    "und sie fertig haben, wenn die Bestellung aufgerufen wird."
                ),
                "es": "Sabes cocinar varios platos a la vez y tenerlos listos cuando se canta la comanda.",
                "it": "Sai cucinare più piatti insieme e averli pronti quando viene chiamata la comanda.",
                "pl": "Umiesz gotować kilka dań jednocześnie i mieć je gotowe, gdy zamówienie ma wyjść.",
                "fr": (
                    "Vous savez cuisiner plusieurs plats en même temps "
                    "et les avoir prêts quand la commande est annoncée."
                ),
            },
            "autonomy": {
                "en": "You cook some dishes on your own and check the taste and look with the chef before serving.",
                "de": (
                    "Du kochst einige Gerichte selbstständig und prüfst Geschmack und Aussehen "
                    "vor dem Servieren mit dem Küchenchef oder der Küchenchefin."
                ),
                "es": (
                    "Preparas algunos platos por tu cuenta y compruebas el sabor "
                    "y la presentación con el chef antes de servirlos."
                ),
                "it": (
                    "Prepari alcuni piatti in autonomia e controlli sapore e aspetto con lo chef prima di servirli."
                ),
                "pl": (
                    "Samodzielnie przygotowujesz niektóre dania i przed podaniem "
                    "sprawdzasz z szefem kuchni ich smak i wygląd."
                ),
                "fr": (
                    "Vous préparez certains plats en autonomie et vérifiez le goût "
                    "et la présentation avec le chef avant de servir."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "hotel-receptionist",
        "sector": "I",
        "field": "10",
        "type": "school_based",
        "eqf": (3, 4),
        "weeks": (4, 12),
        "title": {
            "en": "Hotel receptionist",
            "de": "Rezeptionist oder Rezeptionistin im Hotel",
            "es": "Recepcionista de hotel",
            "it": "Addetto o addetta al ricevimento in hotel",
            "pl": "Recepcjonista lub recepcjonistka w hotelu",
            "fr": "Réceptionniste d'hôtel",
        },
        "summary": {
            "en": (
                "You welcome guests, check them in and out and answer their questions at the front desk. "
                "Good for you if you like meeting people and want to practise a foreign language every day."
            ),
            "de": (
                "Du begrüßt Gäste, checkst sie ein und aus und beantwortest ihre Fragen an der Rezeption. "
                "Passt zu dir, wenn du gern mit Menschen zu tun hast und täglich eine Fremdsprache üben willst."
            ),
            "es": (
                "Recibes a los huéspedes, haces las entradas y salidas y respondes a sus preguntas en recepción. "
                "Es para ti si te gusta tratar con gente y quieres practicar un idioma cada día."
            ),
            "it": (
                "Accogli gli ospiti, fai il check-in e il check-out e rispondi alle loro domande alla reception. "
                "Fa per te se ti piace stare con le persone e vuoi praticare una lingua straniera ogni giorno."
            ),
            "pl": (
                "Witasz gości, meldujesz ich i wymeldowujesz oraz odpowiadasz na ich pytania w recepcji. "
                "To coś dla ciebie, jeśli lubisz kontakt z ludźmi i chcesz codziennie ćwiczyć język obcy."
            ),
            "fr": (
                "Vous accueillez les clients, gérez les arrivées et les départs et répondez à leurs questions. "
                "C'est pour vous si vous aimez le contact et voulez pratiquer une langue étrangère chaque jour."
            ),
        },
        "keywords": {
            "en": "receptionist, front desk, hotel reception, check-in, hospitality, tourism",
            "de": "Rezeptionist, Rezeptionistin, Empfang, Rezeption, Hotelfachmann, Hotelfachfrau, Hotel, Tourismus",
            "es": "recepcionista, recepción, hotel, atención al cliente, turismo, hostelería",
            "it": "receptionist, addetto al ricevimento, addetta al ricevimento, reception, hotel, turismo",
            "pl": "recepcjonista, recepcjonistka, recepcja, hotel, obsługa gości, turystyka",
            "fr": "réceptionniste, réception, accueil, hôtel, hôtellerie, tourisme",
        },
        "unit": {
            "title": {
                "en": "Welcoming and helping hotel guests",
                "de": "Hotelgäste empfangen und betreuen",
                "es": "Recibir y atender a los huéspedes del hotel",
                "it": "Accogliere e assistere gli ospiti dell'hotel",
                "pl": "Przyjmowanie i obsługa gości hotelowych",
                "fr": "Accueillir et aider les clients de l'hôtel",
            },
            "knowledge": {
                "en": "You know how check-in, check-out and room bookings work and which services the hotel offers.",
                "de": (
                    "Du weißt, wie Check-in, Check-out und Zimmerbuchungen ablaufen "
                    "und welche Leistungen das Hotel anbietet."
                ),
                "es": (
                    "Sabes cómo funcionan las entradas, las salidas y las reservas y qué servicios ofrece el hotel."
                ),
                "it": "Sai come funzionano check-in, check-out e prenotazioni e quali servizi offre l'hotel.",
                "pl": (
                    "Wiesz, jak wygląda zameldowanie, wymeldowanie i rezerwacja pokoi oraz jakie usługi oferuje hotel."
                ),
                "fr": (
                    "Vous savez comment se passent les arrivées, les départs et les réservations "
                    "et quels services l'hôtel propose."
                ),
            },
            "skills": {
                "en": (
                    "You can greet guests politely, give simple information in another language "
                    "and use the booking system."
                ),
                "de": (
                    "Du kannst Gäste freundlich begrüßen, einfache Auskünfte in einer anderen Sprache geben "
                    "und das Buchungssystem bedienen."
                ),
                "es": (
                    "Sabes saludar con amabilidad, dar información sencilla en otro idioma "
                    "y usar el sistema de reservas."
                ),
                "it": (
                    "Sai salutare gli ospiti con gentilezza, dare informazioni semplici in un'altra lingua "
                    "e usare il sistema di prenotazione."
                ),
                "pl": (
                    "Umiesz uprzejmie witać gości, udzielać prostych informacji w innym języku "
                    "i obsługiwać system rezerwacji."
                ),
                "fr": (
                    "Vous savez accueillir poliment les clients, donner des informations simples "
                    "dans une autre langue et utiliser le logiciel de réservation."
                ),
            },
            "autonomy": {
                "en": "You handle simple requests yourself and pass complaints or special cases to your supervisor.",
                "de": (
                    "Du erledigst einfache Anliegen selbst und gibst Beschwerden oder Sonderfälle "
                    "an deine Vorgesetzten weiter."
                ),
                "es": (
                    "Resuelves por tu cuenta las peticiones sencillas y pasas las quejas "
                    "o los casos especiales a tu responsable."
                ),
                "it": (
                    "Gestisci in autonomia le richieste semplici e passi reclami "
                    "o casi particolari al tuo responsabile."
                ),
                "pl": (
                    "Samodzielnie załatwiasz proste sprawy, a skargi i nietypowe sytuacje przekazujesz przełożonemu."
                ),
                "fr": (
                    "Vous traitez vous-même les demandes simples et transmettez les réclamations "
                    "ou les cas particuliers à votre responsable."
                ),
            },
            "esco": None,
        },
    },
]

ROLES += [
    {
        "key": "cafe-waiter",
        "sector": "I",
        "field": "10",
        "type": "job_shadowing",
        "eqf": (1, 2),
        "weeks": (2, 4),
        "title": {
            "en": "Waiter or waitress in a café",
            "de": "Kellner oder Kellnerin im Café",
            "es": "Camarero o camarera en una cafetería",
            "it": "Cameriere o cameriera in un bar",
            "pl": "Kelner lub kelnerka w kawiarni",
            "fr": "Serveur ou serveuse dans un café",
        },
        "summary": {
            "en": (
                "You follow an experienced waiter for a few weeks and see how tables are served and orders taken. "
                "Good for you if you want to try out the job before you choose a training course."
            ),
            "de": (
                "Du begleitest ein paar Wochen lang eine erfahrene Servicekraft und siehst, "
                "wie Gäste bedient und Bestellungen aufgenommen werden. "
                "Passt zu dir, wenn du den Beruf ausprobieren willst, bevor du dich für eine Ausbildung entscheidest."
            ),
            "es": (
                "Durante unas semanas acompañas a un camarero con experiencia "
                "y ves cómo se sirven las mesas y se toman los pedidos. "
                "Es para ti si quieres probar el oficio antes de elegir tu formación."
            ),
            "it": (
                "Per qualche settimana affianchi un cameriere esperto "
                "e vedi come si servono i tavoli e si prendono le ordinazioni. "
                "Fa per te se vuoi provare il mestiere prima di scegliere un percorso di formazione."
            ),
            "pl": (
                "Przez kilka tygodni towarzyszysz doświadczonemu kelnerowi "
                "i widzisz, jak obsługuje się stoliki i przyjmuje zamówienia. "
                "To coś dla ciebie, jeśli chcesz sprawdzić ten zawód, zanim wybierzesz szkołę lub kurs."
            ),
            "fr": (
                "Pendant quelques semaines, vous suivez un serveur expérimenté "
                "et voyez comment on sert les tables et prend les commandes. "
                "C'est pour vous si vous voulez découvrir le métier avant de choisir une formation."
            ),
        },
        "keywords": {
            "en": "waiter, waitress, server, café, service, restaurant, barista",
            "de": "Kellner, Kellnerin, Servicekraft, Bedienung, Service, Café, Restaurantfachmann, Restaurantfachfrau",
            "es": "camarero, camarera, mesero, cafetería, bar, servicio de sala, hostelería",
            "it": "cameriere, cameriera, bar, caffetteria, servizio in sala, ristorazione",
            "pl": "kelner, kelnerka, kawiarnia, obsługa sali, restauracja, gastronomia",
            "fr": "serveur, serveuse, café, service en salle, restaurant, restauration",
        },
        "unit": {
            "title": {
                "en": "Serving guests in a café",
                "de": "Gäste im Café bedienen",
                "es": "Atender a los clientes en una cafetería",
                "it": "Servire i clienti in un bar",
                "pl": "Obsługa gości w kawiarni",
                "fr": "Servir les clients dans un café",
            },
            "knowledge": {
                "en": "You know how a café works, from taking an order to bringing the bill.",
                "de": "Du weißt, wie ein Café funktioniert – von der Bestellung bis zur Rechnung.",
                "es": "Sabes cómo funciona una cafetería, desde tomar nota hasta llevar la cuenta.",
                "it": "Sai come funziona un bar, dall'ordinazione fino al conto.",
                "pl": "Wiesz, jak działa kawiarnia – od przyjęcia zamówienia do podania rachunku.",
                "fr": "Vous savez comment fonctionne un café, de la prise de commande jusqu'à l'addition.",
            },
            "skills": {
                "en": "You can set a table, carry a tray safely and greet guests in a friendly way.",
                "de": "Du kannst einen Tisch eindecken, ein Tablett sicher tragen und Gäste freundlich begrüßen.",
                "es": (
                    "Sabes poner una mesa, llevar una bandeja con seguridad y saludar a los clientes con amabilidad."
                ),
                "it": (
                    "Sai apparecchiare un tavolo, portare un vassoio in sicurezza e salutare i clienti con gentilezza."
                ),
                "pl": "Umiesz nakryć do stołu, bezpiecznie nosić tacę i życzliwie witać gości.",
                "fr": (
                    "Vous savez dresser une table, porter un plateau sans risque "
                    "et accueillir les clients avec le sourire."
                ),
            },
            "autonomy": {
                "en": "You mostly watch and help, always together with your mentor.",
                "de": "Du schaust vor allem zu und hilfst mit, immer zusammen mit deiner Mentorin oder deinem Mentor.",
                "es": "Sobre todo observas y ayudas, siempre junto a tu tutor o tutora.",
                "it": "Soprattutto osservi e dai una mano, sempre insieme al tuo tutor.",
                "pl": "Przede wszystkim obserwujesz i pomagasz, zawsze razem ze swoim opiekunem.",
                "fr": "Vous observez surtout et donnez un coup de main, toujours avec votre tuteur ou tutrice.",
            },
            "esco": None,
        },
    },
    {
        "key": "garden-helper",
        "sector": "A",
        "field": "08",
        "type": "pre_vocational",
        "eqf": (1, 2),
        "weeks": (4, 8),
        "title": {
            "en": "Gardening and horticulture helper",
            "de": "Helfer oder Helferin im Gartenbau",
            "es": "Ayudante de jardinería y horticultura",
            "it": "Aiutante di giardinaggio e orticoltura",
            "pl": "Pomocnik lub pomocniczka w ogrodnictwie",
            "fr": "Aide en horticulture et jardinage",
        },
        "summary": {
            "en": (
                "You plant, water and look after vegetables, flowers and young trees in a market garden. "
                "Good for you if you like being outside and want a calm start before a longer training."
            ),
            "de": (
                "Du pflanzt, gießt und pflegst Gemüse, Blumen und junge Bäume in einer Gärtnerei. "
                "Passt zu dir, wenn du gern draußen bist und einen ruhigen "
                "Einstieg vor einer längeren Ausbildung suchst."
            ),
            "es": (
                "Plantas, riegas y cuidas verduras, flores y árboles jóvenes en un vivero. "
                "Es para ti si te gusta estar al aire libre y buscas un "
                "comienzo tranquilo antes de una formación larga."
            ),
            "it": (
                "Pianti, annaffi e curi ortaggi, fiori e giovani alberi in un vivaio. "
                "Fa per te se ti piace stare all'aperto e cerchi un inizio tranquillo prima di una formazione lunga."
            ),
            "pl": (
                "Sadzisz, podlewasz i pielęgnujesz warzywa, kwiaty i młode drzewka w gospodarstwie ogrodniczym. "
                "To coś dla ciebie, jeśli lubisz być na dworze i szukasz spokojnego startu przed dłuższą nauką zawodu."
            ),
            "fr": (
                "Vous plantez, arrosez et entretenez des légumes, des fleurs "
                "et de jeunes arbres chez un horticulteur. "
                "C'est pour vous si vous aimez être dehors et cherchez un début en douceur avant une formation longue."
            ),
        },
        "keywords": {
            "en": "gardener, gardening, horticulture, plant nursery, greenhouse, landscaping",
            "de": "Gärtner, Gärtnerin, Gartenbau, Gärtnerei, Gewächshaus, Garten, Landschaftsbau",
            "es": "jardinero, jardinera, jardinería, horticultura, vivero, invernadero",
            "it": "giardiniere, giardiniera, giardinaggio, orticoltura, vivaio, serra",
            "pl": "ogrodnik, ogrodniczka, ogrodnictwo, szkółka roślin, szklarnia, ogród",
            "fr": "jardinier, jardinière, horticulture, jardinage, pépinière, serre, paysagiste",
        },
        "unit": {
            "title": {
                "en": "Caring for plants",
                "de": "Pflanzen pflegen",
                "es": "Cuidar las plantas",
                "it": "Prendersi cura delle piante",
                "pl": "Pielęgnacja roślin",
                "fr": "Entretenir les plantes",
            },
            "knowledge": {
                "en": "You know what plants need to grow: light, water, soil and the right season.",
                "de": "Du weißt, was Pflanzen zum Wachsen brauchen: Licht, Wasser, Erde und die richtige Jahreszeit.",
                "es": "Sabes lo que necesitan las plantas para crecer: luz, agua, tierra y la estación adecuada.",
                "it": "Sai di cosa hanno bisogno le piante per crescere: luce, acqua, terra e la stagione giusta.",
                "pl": "Wiesz, czego rośliny potrzebują do wzrostu: światła, wody, gleby i odpowiedniej pory roku.",
                "fr": "Vous savez ce dont les plantes ont besoin pour pousser : lumière, eau, terre et bonne saison.",
            },
            "skills": {
                "en": "You can sow, plant, water and weed and use simple garden tools safely.",
                "de": "Du kannst säen, pflanzen, gießen und Unkraut jäten und einfache Gartengeräte sicher benutzen.",
                "es": (
                    "Sabes sembrar, plantar, regar y quitar malas hierbas, "
                    "y usar con seguridad herramientas de jardín sencillas."
                ),
                "it": (
                    "Sai seminare, piantare, annaffiare ed estirpare le erbacce "
                    "e usare in sicurezza semplici attrezzi da giardino."
                ),
                "pl": "Umiesz siać, sadzić, podlewać i pielić oraz bezpiecznie używać prostych narzędzi ogrodniczych.",
                "fr": (
                    "Vous savez semer, planter, arroser et désherber "
                    "et utiliser sans danger des outils de jardin simples."
                ),
            },
            "autonomy": {
                "en": "You do simple tasks on your own after someone has shown you how.",
                "de": "Du erledigst einfache Aufgaben selbstständig, nachdem sie dir gezeigt wurden.",
                "es": "Haces tareas sencillas por tu cuenta después de que alguien te las haya enseñado.",
                "it": "Svolgi compiti semplici in autonomia dopo che qualcuno ti ha mostrato come fare.",
                "pl": "Samodzielnie wykonujesz proste zadania, gdy ktoś ci je najpierw pokaże.",
                "fr": "Vous réalisez des tâches simples en autonomie, une fois qu'on vous les a montrées.",
            },
            "esco": None,
        },
    },
    {
        "key": "bakery-apprentice",
        "sector": "C",
        "field": "07",
        "type": "apprenticeship",
        "eqf": (2, 4),
        "weeks": (8, 24),
        "title": {
            "en": "Apprentice baker",
            "de": "Bäcker oder Bäckerin in Ausbildung",
            "es": "Aprendiz de panadería",
            "it": "Apprendista in panetteria",
            "pl": "Piekarz lub piekarka – nauka zawodu",
            "fr": "Apprenti boulanger ou apprentie boulangère",
        },
        "summary": {
            "en": (
                "You bake bread, rolls and pastries in a local bakery, starting early in the morning. "
                "Good for you if you get up early easily and like making things you can see and taste."
            ),
            "de": (
                "Du backst in einer Bäckerei vor Ort Brot, Brötchen und Gebäck und fängst früh am Morgen an. "
                "Passt zu dir, wenn du gut früh aufstehen kannst und gern "
                "etwas herstellst, das man sieht und schmeckt."
            ),
            "es": (
                "Haces pan, panecillos y bollería en una panadería del barrio y empiezas muy temprano. "
                "Es para ti si madrugas sin problema y te gusta crear cosas que se ven y se saborean."
            ),
            "it": (
                "Prepari pane, panini e dolci in un panificio del posto e inizi molto presto la mattina. "
                "Fa per te se ti alzi presto senza fatica e ti piace creare qualcosa che si vede e si assaggia."
            ),
            "pl": (
                "W lokalnej piekarni wypiekasz chleb, bułki i słodkie wypieki, zaczynając wcześnie rano. "
                "To coś dla ciebie, jeśli łatwo wstajesz rano i lubisz tworzyć coś, co można zobaczyć i posmakować."
            ),
            "fr": (
                "Vous faites du pain, des petits pains et des viennoiseries dans une boulangerie, dès le petit matin. "
                "C'est pour vous si vous vous levez tôt sans peine et aimez fabriquer ce qu'on peut voir et goûter."
            ),
        },
        "keywords": {
            "en": "baker, bakery, baking, bread, pastry, dough, apprenticeship",
            "de": "Bäcker, Bäckerin, Bäckerei, Backen, Brot, Konditor, Konditorin, Ausbildung",
            "es": "panadero, panadera, panadería, pan, bollería, pastelería, aprendiz",
            "it": "panettiere, panettiera, fornaio, fornaia, panificio, pane, pasticceria, apprendista",
            "pl": "piekarz, piekarka, piekarnia, pieczenie, chleb, cukiernik, cukierniczka, nauka zawodu",
            "fr": "boulanger, boulangère, boulangerie, pain, viennoiserie, pâtisserie, apprenti, apprentie",
        },
        "unit": {
            "title": {
                "en": "Making bread and pastries",
                "de": "Brot und Gebäck herstellen",
                "es": "Elaborar pan y bollería",
                "it": "Produrre pane e dolci da forno",
                "pl": "Wypiek chleba i słodkich wypieków",
                "fr": "Fabriquer du pain et des viennoiseries",
            },
            "knowledge": {
                "en": "You know the main ingredients of dough, how yeast works and why baking time and heat matter.",
                "de": (
                    "Du kennst die wichtigsten Teigzutaten, weißt, wie Hefe wirkt, "
                    "und warum Backzeit und Temperatur wichtig sind."
                ),
                "es": (
                    "Conoces los ingredientes básicos de la masa, cómo actúa la levadura "
                    "y por qué importan el tiempo y la temperatura del horno."
                ),
                "it": (
                    "Conosci gli ingredienti base dell'impasto, come agisce il lievito "
                    "e perché contano i tempi e le temperature di cottura."
                ),
                "pl": (
                    "Znasz podstawowe składniki ciasta, wiesz, jak działają drożdże "
                    "i dlaczego czas oraz temperatura pieczenia są ważne."
                ),
                "fr": (
                    "Vous connaissez les ingrédients de base de la pâte, le rôle de la levure "
                    "et l'importance du temps et de la température de cuisson."
                ),
            },
            "skills": {
                "en": "You can weigh ingredients, knead and shape dough and use the bakery oven safely.",
                "de": "Du kannst Zutaten abwiegen, Teig kneten und formen und den Backofen sicher bedienen.",
                "es": "Sabes pesar ingredientes, amasar y formar la masa y usar el horno con seguridad.",
                "it": "Sai pesare gli ingredienti, impastare, dare forma all'impasto e usare il forno in sicurezza.",
                "pl": "Umiesz odważać składniki, wyrabiać i formować ciasto oraz bezpiecznie obsługiwać piec.",
                "fr": "Vous savez peser les ingrédients, pétrir et façonner la pâte et utiliser le four en sécurité.",
            },
            "autonomy": {
                "en": "You make some products on your own and learn to check quality together with the master baker.",
                "de": (
                    "Du stellst einige Produkte selbstständig her und lernst, die Qualität "
                    "gemeinsam mit dem Bäckermeister oder der Bäckermeisterin zu prüfen."
                ),
                "es": (
                    "Elaboras algunos productos por tu cuenta "
                    "y aprendes a controlar la calidad con el maestro panadero."
                ),
                "it": (
                    "Prepari alcuni prodotti in autonomia e impari a controllare la qualità insieme al mastro fornaio."
                ),
                "pl": (
                    "Samodzielnie wykonujesz niektóre wyroby "
                    "i uczysz się sprawdzać ich jakość razem z mistrzem piekarskim."
                ),
                "fr": (
                    "Vous fabriquez certains produits en autonomie "
                    "et apprenez à contrôler la qualité avec le maître boulanger."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "carpentry-apprentice",
        "sector": "C",
        "field": "07",
        "type": "apprenticeship",
        "eqf": (3, 4),
        "weeks": (12, 26),
        "title": {
            "en": "Apprentice carpenter in a workshop",
            "de": "Tischler oder Tischlerin in Ausbildung",
            "es": "Aprendiz de carpintería en un taller",
            "it": "Apprendista falegname in laboratorio",
            "pl": "Uczeń lub uczennica w zakładzie stolarskim",
            "fr": "Apprenti menuisier ou apprentie menuisière en atelier",
        },
        "summary": {
            "en": (
                "You build furniture, doors and wooden parts in a workshop together with experienced carpenters. "
                "Good for you if you are patient, work carefully and like wood."
            ),
            "de": (
                "Du baust in einer Tischlerei mit erfahrenen Fachleuten Möbel, Türen und Holzteile. "
                "Passt zu dir, wenn du geduldig und sorgfältig bist und gern mit Holz arbeitest."
            ),
            "es": (
                "Fabricas muebles, puertas y piezas de madera en un taller junto a carpinteros con experiencia. "
                "Es para ti si tienes paciencia, trabajas con cuidado y te gusta la madera."
            ),
            "it": (
                "Costruisci mobili, porte e pezzi in legno in una falegnameria insieme a falegnami esperti. "
                "Fa per te se hai pazienza, lavori con precisione e ti piace il legno."
            ),
            "pl": (
                "W zakładzie stolarskim razem z doświadczonymi stolarzami robisz meble, drzwi i elementy z drewna. "
                "To coś dla ciebie, jeśli masz cierpliwość, pracujesz dokładnie i lubisz drewno."
            ),
            "fr": (
                "Vous fabriquez des meubles, des portes et des pièces en bois avec des menuisiers expérimentés. "
                "C'est pour vous si vous avez de la patience, travaillez avec soin et aimez le bois."
            ),
        },
        "keywords": {
            "en": "carpenter, joiner, carpentry, joinery, woodwork, furniture, workshop",
            "de": "Tischler, Tischlerin, Schreiner, Schreinerin, Tischlerei, Schreinerei, Holz, Möbel",
            "es": "carpintero, carpintera, carpintería, ebanista, madera, muebles, taller",
            "it": "falegname, falegnameria, ebanista, legno, mobili, laboratorio",
            "pl": "stolarz, stolarstwo, zakład stolarski, drewno, meble, warsztat",
            "fr": "menuisier, menuisière, menuiserie, ébéniste, bois, meubles, atelier",
        },
        "unit": {
            "title": {
                "en": "Making simple wooden pieces",
                "de": "Einfache Werkstücke aus Holz herstellen",
                "es": "Fabricar piezas sencillas de madera",
                "it": "Realizzare semplici pezzi in legno",
                "pl": "Wykonywanie prostych elementów z drewna",
                "fr": "Fabriquer des pièces simples en bois",
            },
            "knowledge": {
                "en": "You know the main types of wood, joints and tools and the safety rules in the workshop.",
                "de": (
                    "Du kennst die wichtigsten Holzarten, Holzverbindungen und Werkzeuge "
                    "sowie die Sicherheitsregeln in der Werkstatt."
                ),
                "es": (
                    "Conoces los principales tipos de madera, uniones y herramientas "
                    "y las normas de seguridad del taller."
                ),
                "it": (
                    "Conosci i principali tipi di legno, di giunzioni e di "
                    "attrezzi e le regole di sicurezza del laboratorio."
                ),
                "pl": "Znasz główne gatunki drewna, rodzaje połączeń i narzędzia oraz zasady BHP w warsztacie.",
                "fr": (
                    "Vous connaissez les principales essences de bois, les assemblages, "
                    "les outils et les règles de sécurité de l'atelier."
                ),
            },
            "skills": {
                "en": "You can measure, saw, drill, sand and assemble parts following a simple drawing.",
                "de": "Du kannst nach einer einfachen Zeichnung messen, sägen, bohren, schleifen und Teile montieren.",
                "es": "Sabes medir, serrar, taladrar, lijar y montar piezas siguiendo un plano sencillo.",
                "it": "Sai misurare, segare, forare, levigare e montare i pezzi seguendo un disegno semplice.",
                "pl": "Umiesz mierzyć, piłować, wiercić, szlifować i składać elementy według prostego rysunku.",
                "fr": "Vous savez mesurer, scier, percer, poncer et assembler des pièces d'après un plan simple.",
            },
            "autonomy": {
                "en": "You make small pieces on your own and work on larger orders as part of the team.",
                "de": "Du fertigst kleine Werkstücke selbstständig und arbeitest bei größeren Aufträgen im Team mit.",
                "es": "Haces piezas pequeñas por tu cuenta y colaboras con el equipo en los encargos más grandes.",
                "it": "Realizzi piccoli pezzi in autonomia e collabori con la squadra negli ordini più grandi.",
                "pl": "Małe elementy wykonujesz samodzielnie, a przy większych zamówieniach pracujesz w zespole.",
                "fr": (
                    "Vous réalisez de petites pièces en autonomie "
                    "et participez en équipe aux commandes plus importantes."
                ),
            },
            "esco": None,
        },
    },
]

ROLES += [
    {
        "key": "metalwork-assistant",
        "sector": "C",
        "field": "07",
        "type": "work_placement",
        "eqf": (2, 3),
        "weeks": (6, 16),
        "title": {
            "en": "Metalwork and welding assistant",
            "de": "Helfer oder Helferin in der Metallbearbeitung",
            "es": "Ayudante de metalistería y soldadura",
            "it": "Aiutante in carpenteria metallica e saldatura",
            "pl": "Pomocnik lub pomocniczka w obróbce metali",
            "fr": "Aide en métallerie et soudure",
        },
        "summary": {
            "en": (
                "You cut, drill, grind and weld metal parts for railings, gates and machines. "
                "Good for you if you like practical work and can follow safety rules carefully."
            ),
            "de": (
                "Du sägst, bohrst, schleifst und schweißt Metallteile für Geländer, Tore und Maschinen. "
                "Passt zu dir, wenn du gern praktisch arbeitest und Sicherheitsregeln genau einhältst."
            ),
            "es": (
                "Cortas, taladras, amolas y sueldas piezas de metal para barandillas, puertas y máquinas. "
                "Es para ti si te gusta el trabajo práctico y respetas bien las normas de seguridad."
            ),
            "it": (
                "Tagli, fori, smerigli e saldi pezzi di metallo per ringhiere, cancelli e macchinari. "
                "Fa per te se ti piace il lavoro pratico e rispetti con attenzione le regole di sicurezza."
            ),
            "pl": (
                "Tniesz, wiercisz, szlifujesz i spawasz metalowe części do balustrad, bram i maszyn. "
                "To coś dla ciebie, jeśli lubisz pracę praktyczną i starannie przestrzegasz zasad bezpieczeństwa."
            ),
            "fr": (
                "Vous coupez, percez, meulez et soudez des pièces en métal "
                "pour des rampes, des portails et des machines. "
                "C'est pour vous si vous aimez le travail concret et respectez bien les règles de sécurité."
            ),
        },
        "keywords": {
            "en": "metalworker, welder, welding, metal fabrication, locksmith, steel, workshop",
            "de": "Metallbauer, Metallbauerin, Schweißer, Schweißerin, Schweißen, Schlosser, Schlosserin, Metall",
            "es": "soldador, soldadora, soldadura, cerrajero, cerrajera, metal, metalistería, taller",
            "it": "saldatore, saldatrice, saldatura, fabbro, carpenteria metallica, metalmeccanico, officina",
            "pl": "ślusarz, spawacz, spawaczka, spawanie, obróbka metali, metal, warsztat",
            "fr": "métallier, métallière, soudeur, soudeuse, soudure, serrurier, métal, atelier",
        },
        "unit": {
            "title": {
                "en": "Cutting, joining and finishing metal",
                "de": "Metall trennen, verbinden und bearbeiten",
                "es": "Cortar, unir y acabar piezas de metal",
                "it": "Tagliare, unire e rifinire il metallo",
                "pl": "Cięcie, łączenie i wykańczanie metalu",
                "fr": "Couper, assembler et finir le métal",
            },
            "knowledge": {
                "en": "You know the common metals, the main workshop machines and the protective equipment you need.",
                "de": (
                    "Du kennst die gängigen Metalle, die wichtigsten Maschinen in "
                    "der Werkstatt und die nötige Schutzausrüstung."
                ),
                "es": (
                    "Conoces los metales más usados, las máquinas principales del "
                    "taller y el equipo de protección necesario."
                ),
                "it": (
                    "Conosci i metalli più comuni, le macchine principali "
                    "dell'officina e i dispositivi di protezione necessari."
                ),
                "pl": "Znasz najczęściej używane metale, główne maszyny w warsztacie i potrzebny sprzęt ochronny.",
                "fr": (
                    "Vous connaissez les métaux courants, les principales machines "
                    "de l'atelier et les protections nécessaires."
                ),
            },
            "skills": {
                "en": "You can measure and mark parts, cut and drill them and do simple welds under supervision.",
                "de": (
                    "Du kannst Teile messen und anreißen, sägen und bohren und "
                    "unter Aufsicht einfache Schweißnähte setzen."
                ),
                "es": (
                    "Sabes medir y marcar piezas, cortarlas, taladrarlas y hacer soldaduras sencillas con supervisión."
                ),
                "it": (
                    "Sai misurare e tracciare i pezzi, tagliarli e forarli e "
                    "fare saldature semplici sotto supervisione."
                ),
                "pl": (
                    "Umiesz mierzyć i trasować elementy, ciąć je i wiercić oraz wykonywać proste spoiny pod nadzorem."
                ),
                "fr": (
                    "Vous savez mesurer et tracer des pièces, les couper, les percer "
                    "et faire des soudures simples sous contrôle."
                ),
            },
            "autonomy": {
                "en": "You prepare parts on your own and always weld with an experienced colleague nearby.",
                "de": (
                    "Du bereitest Teile selbstständig vor und schweißt immer "
                    "mit einer erfahrenen Fachkraft in der Nähe."
                ),
                "es": "Preparas las piezas por tu cuenta y siempre sueldas con un compañero con experiencia cerca.",
                "it": "Prepari i pezzi in autonomia e saldi sempre con un collega esperto vicino a te.",
                "pl": "Samodzielnie przygotowujesz elementy, a spawasz zawsze przy doświadczonym współpracowniku.",
                "fr": "Vous préparez les pièces en autonomie et soudez toujours avec un collègue expérimenté à côté.",
            },
            "esco": None,
        },
    },
    {
        "key": "painter-helper",
        "sector": "F",
        "field": "07",
        "type": "work_placement",
        "eqf": (1, 3),
        "weeks": (4, 12),
        "title": {
            "en": "Painter and decorator's helper",
            "de": "Helfer oder Helferin im Malerbetrieb",
            "es": "Ayudante de pintor de obra",
            "it": "Aiutante imbianchino",
            "pl": "Pomocnik lub pomocniczka malarza",
            "fr": "Aide peintre en bâtiment",
        },
        "summary": {
            "en": (
                "You prepare walls, protect floors and paint rooms and house fronts with a team of painters. "
                "Good for you if you like seeing quick results and don't mind physical work."
            ),
            "de": (
                "Du bereitest Wände vor, deckst Böden ab und streichst mit einem Malerteam Räume und Fassaden. "
                "Passt zu dir, wenn du gern schnell Ergebnisse siehst und dir körperliche Arbeit nichts ausmacht."
            ),
            "es": (
                "Preparas paredes, proteges suelos y pintas habitaciones y fachadas con un equipo de pintores. "
                "Es para ti si te gusta ver resultados rápidos y no te importa el trabajo físico."
            ),
            "it": (
                "Prepari le pareti, copri i pavimenti e tinteggi stanze e facciate con una squadra di imbianchini. "
                "Fa per te se ti piace vedere subito i risultati e il lavoro fisico non ti pesa."
            ),
            "pl": (
                "Przygotowujesz ściany, zabezpieczasz podłogi i malujesz pomieszczenia oraz elewacje z ekipą malarzy. "
                "To coś dla ciebie, jeśli lubisz szybko widzieć efekty i nie boisz się pracy fizycznej."
            ),
            "fr": (
                "Vous préparez les murs, protégez les sols et peignez des pièces et des façades avec une équipe. "
                "C'est pour vous si vous aimez voir vite le résultat et que le travail physique ne vous gêne pas."
            ),
        },
        "keywords": {
            "en": "painter, decorator, painting, house painter, walls, renovation, construction",
            "de": "Maler, Malerin, Lackierer, Lackiererin, Anstreicher, Malerbetrieb, Streichen, Renovierung",
            "es": "pintor, pintora, pintura, pintor de obra, paredes, reformas, construcción",
            "it": "imbianchino, imbianchina, pittore edile, tinteggiatura, pareti, ristrutturazione, edilizia",
            "pl": "malarz, malarka, malowanie, malarz budowlany, ściany, remont, budownictwo",
            "fr": "peintre, peintre en bâtiment, peinture, décorateur, décoratrice, murs, rénovation, bâtiment",
        },
        "unit": {
            "title": {
                "en": "Preparing and painting surfaces",
                "de": "Flächen vorbereiten und streichen",
                "es": "Preparar y pintar superficies",
                "it": "Preparare e tinteggiare le superfici",
                "pl": "Przygotowanie i malowanie powierzchni",
                "fr": "Préparer et peindre des surfaces",
            },
            "knowledge": {
                "en": (
                    "You know the main types of paint, brushes and rollers and how to protect a room before painting."
                ),
                "de": (
                    "Du kennst die wichtigsten Farben, Pinsel und Rollen und weißt, "
                    "wie man einen Raum vor dem Streichen schützt."
                ),
                "es": (
                    "Conoces los principales tipos de pintura, brochas y rodillos y "
                    "sabes proteger una habitación antes de pintar."
                ),
                "it": (
                    "Conosci i principali tipi di pittura, pennelli e rulli e sai "
                    "proteggere una stanza prima di tinteggiare."
                ),
                "pl": (
                    "Znasz podstawowe rodzaje farb, pędzli i wałków i wiesz, jak "
                    "zabezpieczyć pomieszczenie przed malowaniem."
                ),
                "fr": (
                    "Vous connaissez les peintures, pinceaux et rouleaux courants "
                    "et savez protéger une pièce avant de peindre."
                ),
            },
            "skills": {
                "en": "You can fill holes, sand, tape edges and paint walls evenly.",
                "de": "Du kannst Löcher spachteln, schleifen, Kanten abkleben und Wände gleichmäßig streichen.",
                "es": "Sabes tapar agujeros, lijar, encintar los bordes y pintar las paredes de forma uniforme.",
                "it": (
                    "Sai stuccare i buchi, carteggiare, mascherare i bordi e tinteggiare le pareti in modo uniforme."
                ),
                "pl": "Umiesz szpachlować dziury, szlifować, oklejać krawędzie i równo malować ściany.",
                "fr": (
                    "Vous savez reboucher les trous, poncer, protéger les bords avec "
                    "du ruban et peindre les murs de façon régulière."
                ),
            },
            "autonomy": {
                "en": "You work in a team and do the tasks the team leader gives you.",
                "de": (
                    "Du arbeitest im Team und erledigst die Aufgaben, die dir "
                    "die Vorarbeiterin oder der Vorarbeiter gibt."
                ),
                "es": "Trabajas en equipo y haces las tareas que te encarga el jefe de equipo.",
                "it": "Lavori in squadra e svolgi i compiti che ti assegna il caposquadra.",
                "pl": "Pracujesz w zespole i wykonujesz zadania, które zleca ci brygadzista.",
                "fr": "Vous travaillez en équipe et réalisez les tâches que vous confie le chef d'équipe.",
            },
            "esco": None,
        },
    },
    {
        "key": "electrician-helper",
        "sector": "F",
        "field": "07",
        "type": "apprenticeship",
        "eqf": (3, 4),
        "weeks": (12, 26),
        "title": {
            "en": "Electrician's helper",
            "de": "Helfer oder Helferin in der Elektroinstallation",
            "es": "Ayudante de electricista",
            "it": "Aiutante elettricista",
            "pl": "Pomocnik lub pomocniczka elektryka",
            "fr": "Aide-électricien ou aide-électricienne",
        },
        "summary": {
            "en": (
                "You help install cables, sockets and lights in new and renovated buildings. "
                "Good for you if you work precisely, like technology and want a trade with good job chances."
            ),
            "de": (
                "Du hilfst, Kabel, Steckdosen und Lampen in neuen und renovierten Gebäuden zu installieren. "
                "Passt zu dir, wenn du genau arbeitest, dich für Technik "
                "interessierst und einen Beruf mit Zukunft suchst."
            ),
            "es": (
                "Ayudas a instalar cables, enchufes y luces en edificios nuevos y reformados. "
                "Es para ti si trabajas con precisión, te gusta la tecnología y buscas un oficio con buenas salidas."
            ),
            "it": (
                "Aiuti a installare cavi, prese e luci in edifici nuovi e ristrutturati. "
                "Fa per te se lavori con precisione, ti piace la tecnica e cerchi un mestiere con buone prospettive."
            ),
            "pl": (
                "Pomagasz instalować kable, gniazdka i oświetlenie w nowych i remontowanych budynkach. "
                "To coś dla ciebie, jeśli pracujesz dokładnie, interesujesz "
                "się techniką i szukasz zawodu z przyszłością."
            ),
            "fr": (
                "Vous aidez à installer des câbles, des prises et des éclairages dans des bâtiments neufs ou rénovés. "
                "C'est pour vous si vous travaillez avec précision, aimez la "
                "technique et cherchez un métier qui recrute."
            ),
        },
        "keywords": {
            "en": "electrician, electrical installation, wiring, cables, electrician's mate, construction",
            "de": "Elektriker, Elektrikerin, Elektroniker, Elektronikerin, Elektroinstallation, Strom, Kabel, Bau",
            "es": "electricista, instalador eléctrico, instaladora eléctrica, cableado, electricidad, obra",
            "it": "elettricista, impianti elettrici, cablaggio, installatore, installatrice, cantiere",
            "pl": "elektryk, elektryczka, instalacje elektryczne, okablowanie, prąd, budowa",
            "fr": "électricien, électricienne, installation électrique, câblage, électricité, chantier",
        },
        "unit": {
            "title": {
                "en": "Installing simple electrical circuits",
                "de": "Einfache Stromkreise installieren",
                "es": "Instalar circuitos eléctricos sencillos",
                "it": "Installare semplici circuiti elettrici",
                "pl": "Montaż prostych obwodów elektrycznych",
                "fr": "Installer des circuits électriques simples",
            },
            "knowledge": {
                "en": "You know the basics of electricity, the symbols in wiring plans and the five safety rules.",
                "de": (
                    "Du kennst die Grundlagen der Elektrotechnik, die Symbole in "
                    "Installationsplänen und die fünf Sicherheitsregeln."
                ),
                "es": (
                    "Conoces las bases de la electricidad, los símbolos de los "
                    "esquemas y las cinco reglas de oro de seguridad."
                ),
                "it": (
                    "Conosci le basi dell'elettricità, i simboli degli schemi "
                    "elettrici e le cinque regole di sicurezza."
                ),
                "pl": "Znasz podstawy elektryczności, symbole na schematach instalacji i pięć zasad bezpieczeństwa.",
                "fr": (
                    "Vous connaissez les bases de l'électricité, les symboles "
                    "des schémas et les cinq règles de sécurité."
                ),
            },
            "skills": {
                "en": "You can lay cables, strip wires and connect sockets and switches according to a plan.",
                "de": "Du kannst Leitungen verlegen, abisolieren und Steckdosen und Schalter nach Plan anschließen.",
                "es": "Sabes tender cables, pelar hilos y conectar enchufes e interruptores según un esquema.",
                "it": "Sai posare i cavi, spelare i fili e collegare prese e interruttori secondo uno schema.",
                "pl": (
                    "Umiesz układać przewody, zdejmować izolację i podłączać gniazdka oraz włączniki według schematu."
                ),
                "fr": (
                    "Vous savez poser des câbles, dénuder des fils et raccorder des "
                    "prises et des interrupteurs selon un schéma."
                ),
            },
            "autonomy": {
                "en": (
                    "You do installation work on your own, but a qualified "
                    "electrician always checks it before it is switched on."
                ),
                "de": (
                    "Du installierst selbstständig, aber eine Elektrofachkraft prüft "
                    "deine Arbeit immer, bevor der Strom eingeschaltet wird."
                ),
                "es": (
                    "Haces instalaciones por tu cuenta, pero un electricista titulado "
                    "siempre las revisa antes de dar la corriente."
                ),
                "it": (
                    "Fai installazioni in autonomia, ma un elettricista qualificato "
                    "le controlla sempre prima di dare corrente."
                ),
                "pl": (
                    "Samodzielnie wykonujesz instalacje, ale wykwalifikowany "
                    "elektryk zawsze sprawdza je przed włączeniem prądu."
                ),
                "fr": (
                    "Vous faites des installations en autonomie, mais un électricien "
                    "qualifié les vérifie toujours avant la mise sous tension."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "supermarket-assistant",
        "sector": "G",
        "field": "04",
        "type": "work_placement",
        "eqf": (1, 3),
        "weeks": (3, 10),
        "title": {
            "en": "Shop assistant in a supermarket",
            "de": "Verkäufer oder Verkäuferin im Supermarkt",
            "es": "Dependiente o dependienta de supermercado",
            "it": "Addetto o addetta alle vendite in un supermercato",
            "pl": "Sprzedawca lub sprzedawczyni w supermarkecie",
            "fr": "Vendeur ou vendeuse en supermarché",
        },
        "summary": {
            "en": (
                "You fill shelves, check prices and best-before dates and help customers find what they need. "
                "Good for you if you like keeping things tidy and are friendly with people."
            ),
            "de": (
                "Du füllst Regale auf, prüfst Preise und Haltbarkeitsdaten und hilfst der Kundschaft, "
                "das Richtige zu finden. Passt zu dir, wenn du gern Ordnung "
                "hältst und freundlich mit Menschen umgehst."
            ),
            "es": (
                "Repones estanterías, revisas precios y fechas de caducidad y ayudas a los clientes a encontrar "
                "lo que buscan. Es para ti si te gusta el orden y eres amable con la gente."
            ),
            "it": (
                "Riempi gli scaffali, controlli prezzi e date di scadenza e "
                "aiuti i clienti a trovare quello che cercano. "
                "Fa per te se ti piace tenere tutto in ordine e sei gentile con le persone."
            ),
            "pl": (
                "Uzupełniasz półki, sprawdzasz ceny i daty ważności oraz pomagasz klientom znaleźć to, czego szukają. "
                "To coś dla ciebie, jeśli lubisz porządek i łatwo nawiązujesz kontakt z ludźmi."
            ),
            "fr": (
                "Vous remplissez les rayons, vérifiez les prix et les dates de péremption et aidez les clients. "
                "C'est pour vous si vous aimez l'ordre et le contact avec les gens."
            ),
        },
        "keywords": {
            "en": "shop assistant, sales assistant, retail, supermarket, cashier, shelf filler, shop",
            "de": "Verkäufer, Verkäuferin, Einzelhandel, Supermarkt, Kasse, Kassierer, Kassiererin, Laden",
            "es": "dependiente, dependienta, reponedor, reponedora, cajero, cajera, supermercado, comercio",
            "it": "commesso, commessa, addetto vendite, scaffalista, cassiere, cassiera, supermercato, negozio",
            "pl": "sprzedawca, sprzedawczyni, kasjer, kasjerka, supermarket, sklep, handel",
            "fr": "vendeur, vendeuse, employé de libre-service, caissier, caissière, supermarché, commerce",
        },
        "unit": {
            "title": {
                "en": "Keeping the shop ready for customers",
                "de": "Den Laden für die Kundschaft bereit halten",
                "es": "Mantener la tienda lista para los clientes",
                "it": "Tenere il negozio pronto per i clienti",
                "pl": "Przygotowanie sklepu na przyjęcie klientów",
                "fr": "Tenir le magasin prêt pour les clients",
            },
            "knowledge": {
                "en": (
                    "You know how goods are delivered, priced and put on "
                    "shelves and why older products go to the front."
                ),
                "de": (
                    "Du weißt, wie Waren angeliefert, ausgezeichnet und eingeräumt "
                    "werden und warum ältere Produkte nach vorne kommen."
                ),
                "es": (
                    "Sabes cómo se reciben, etiquetan y colocan los productos y por qué los más antiguos van delante."
                ),
                "it": (
                    "Sai come la merce viene ricevuta, prezzata e sistemata e "
                    "perché i prodotti più vecchi vanno davanti."
                ),
                "pl": (
                    "Wiesz, jak przyjmuje się, metkuje i układa towar oraz "
                    "dlaczego starsze produkty stawia się z przodu."
                ),
                "fr": (
                    "Vous savez comment la marchandise est reçue, étiquetée et mise "
                    "en rayon et pourquoi la plus ancienne va devant."
                ),
            },
            "skills": {
                "en": "You can fill shelves neatly, use a price scanner and show customers where a product is.",
                "de": (
                    "Du kannst Regale ordentlich einräumen, einen Preisscanner "
                    "benutzen und der Kundschaft Produkte zeigen."
                ),
                "es": (
                    "Sabes colocar bien los productos, usar el lector de precios e "
                    "indicar a los clientes dónde está cada cosa."
                ),
                "it": (
                    "Sai sistemare bene gli scaffali, usare il lettore dei prezzi e "
                    "indicare ai clienti dove si trova un prodotto."
                ),
                "pl": "Umiesz starannie układać towar, używać czytnika cen i wskazywać klientom, gdzie jest produkt.",
                "fr": (
                    "Vous savez ranger les rayons avec soin, utiliser un lecteur de "
                    "prix et indiquer aux clients où est un produit."
                ),
            },
            "autonomy": {
                "en": (
                    "You look after one section of the shop on your own and ask "
                    "your team leader about anything unusual."
                ),
                "de": (
                    "Du betreust einen Bereich des Ladens selbstständig und "
                    "fragst bei Ungewöhnlichem deine Teamleitung."
                ),
                "es": (
                    "Te ocupas por tu cuenta de una sección de la tienda y "
                    "consultas a tu responsable si pasa algo raro."
                ),
                "it": (
                    "Ti occupi in autonomia di un reparto del negozio e chiedi al tuo "
                    "responsabile se succede qualcosa di insolito."
                ),
                "pl": (
                    "Samodzielnie dbasz o jeden dział sklepu i pytasz "
                    "kierownika zmiany, gdy dzieje się coś nietypowego."
                ),
                "fr": (
                    "Vous gérez un rayon du magasin en autonomie et prévenez votre "
                    "responsable en cas de situation inhabituelle."
                ),
            },
            "esco": None,
        },
    },
]

ROLES += [
    {
        "key": "car-mechanic-apprentice",
        "sector": "G",
        "field": "07",
        "type": "apprenticeship",
        "eqf": (3, 4),
        "weeks": (8, 20),
        "title": {
            "en": "Apprentice car mechanic",
            "de": "Kfz-Mechatroniker oder Kfz-Mechatronikerin in Ausbildung",
            "es": "Aprendiz de mecánico de coches",
            "it": "Apprendista meccanico d'auto",
            "pl": "Uczeń lub uczennica w warsztacie samochodowym",
            "fr": "Apprenti mécanicien ou apprentie mécanicienne auto",
        },
        "summary": {
            "en": (
                "You service cars in a garage: changing oil, tyres and brake pads and helping to find faults. "
                "Good for you if you like engines and tools and don't mind getting your hands dirty."
            ),
            "de": (
                "Du wartest Autos in einer Werkstatt: Öl, Reifen und "
                "Bremsbeläge wechseln und bei der Fehlersuche helfen. "
                "Passt zu dir, wenn du Motoren und Werkzeug magst und dir schmutzige Hände nichts ausmachen."
            ),
            "es": (
                "Haces el mantenimiento de coches en un taller: cambias aceite, neumáticos y pastillas de freno "
                "y ayudas a buscar averías. Es para ti si te gustan los motores y las herramientas "
                "y no te importa mancharte las manos."
            ),
            "it": (
                "Fai la manutenzione delle auto in officina: cambi olio, gomme e pastiglie dei freni "
                "e aiuti a trovare i guasti. Fa per te se ti piacciono i motori e gli attrezzi "
                "e non ti dispiace sporcarti le mani."
            ),
            "pl": (
                "W warsztacie serwisujesz samochody: wymieniasz olej, opony i "
                "klocki hamulcowe oraz pomagasz szukać usterek. "
                "To coś dla ciebie, jeśli lubisz silniki i narzędzia i nie przeszkadzają ci brudne ręce."
            ),
            "fr": (
                "Vous entretenez des voitures au garage : vidange, pneus, plaquettes de frein et recherche de pannes. "
                "C'est pour vous si vous aimez les moteurs et les outils et n'avez pas peur de vous salir les mains."
            ),
        },
        "keywords": {
            "en": "car mechanic, mechanic, garage, car repair, vehicle technician, tyres, motor",
            "de": "Kfz-Mechatroniker, Kfz-Mechatronikerin, Automechaniker, Mechaniker, Werkstatt, Auto, Reifen",
            "es": "mecánico, mecánica, taller, coches, automóvil, reparación de vehículos, neumáticos",
            "it": "meccanico, meccanica, autoriparatore, officina, auto, automobili, gommista",
            "pl": "mechanik samochodowy, mechaniczka, warsztat samochodowy, samochody, naprawa aut, opony",
            "fr": "mécanicien, mécanicienne, mécanique auto, garage, voiture, réparation automobile, pneus",
        },
        "unit": {
            "title": {
                "en": "Routine car servicing",
                "de": "Regelmäßige Fahrzeugwartung",
                "es": "Mantenimiento periódico de vehículos",
                "it": "Manutenzione ordinaria dell'auto",
                "pl": "Okresowy przegląd samochodu",
                "fr": "Entretien courant des véhicules",
            },
            "knowledge": {
                "en": (
                    "You know the main parts of a car, the service schedule and "
                    "how to handle oil and other fluids safely."
                ),
                "de": (
                    "Du kennst die wichtigsten Bauteile eines Autos, den Wartungsplan und "
                    "den sicheren Umgang mit Öl und anderen Flüssigkeiten."
                ),
                "es": (
                    "Conoces las piezas principales de un coche, el plan de mantenimiento y "
                    "cómo manejar con seguridad el aceite y otros líquidos."
                ),
                "it": (
                    "Conosci le parti principali di un'auto, il piano di manutenzione e "
                    "come maneggiare in sicurezza olio e altri liquidi."
                ),
                "pl": (
                    "Znasz główne części samochodu, harmonogram przeglądów i zasady "
                    "bezpiecznego obchodzenia się z olejem i innymi płynami."
                ),
                "fr": (
                    "Vous connaissez les principales pièces d'une voiture, le carnet d'entretien "
                    "et la manipulation sûre de l'huile et des autres liquides."
                ),
            },
            "skills": {
                "en": "You can change oil, filters, wheels and brake pads and use a car lift safely.",
                "de": "Du kannst Öl, Filter, Räder und Bremsbeläge wechseln und eine Hebebühne sicher bedienen.",
                "es": (
                    "Sabes cambiar el aceite, los filtros, las ruedas y las "
                    "pastillas de freno y usar el elevador con seguridad."
                ),
                "it": (
                    "Sai cambiare olio, filtri, ruote e pastiglie dei freni e usare il ponte sollevatore in sicurezza."
                ),
                "pl": "Umiesz wymienić olej, filtry, koła i klocki hamulcowe oraz bezpiecznie obsługiwać podnośnik.",
                "fr": (
                    "Vous savez changer l'huile, les filtres, les roues et les plaquettes "
                    "de frein et utiliser le pont élévateur en sécurité."
                ),
            },
            "autonomy": {
                "en": (
                    "You do routine jobs on your own, and a mechanic checks "
                    "every car before it goes back to the customer."
                ),
                "de": (
                    "Du erledigst Routinearbeiten selbstständig, und eine Fachkraft "
                    "prüft jedes Auto, bevor es zurück zur Kundschaft geht."
                ),
                "es": (
                    "Haces los trabajos rutinarios por tu cuenta y un mecánico "
                    "revisa cada coche antes de devolverlo al cliente."
                ),
                "it": (
                    "Svolgi in autonomia i lavori di routine e un meccanico "
                    "controlla ogni auto prima di riconsegnarla al cliente."
                ),
                "pl": (
                    "Rutynowe prace wykonujesz samodzielnie, a mechanik sprawdza każde auto, zanim wróci do klienta."
                ),
                "fr": (
                    "Vous réalisez les travaux courants en autonomie et un mécanicien "
                    "contrôle chaque voiture avant sa remise au client."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "warehouse-assistant",
        "sector": "H",
        "field": "10",
        "type": "pre_vocational",
        "eqf": (1, 2),
        "weeks": (2, 6),
        "title": {
            "en": "Warehouse and logistics assistant",
            "de": "Helfer oder Helferin im Lager und in der Logistik",
            "es": "Ayudante de almacén y logística",
            "it": "Addetto o addetta al magazzino e alla logistica",
            "pl": "Pracownik lub pracowniczka magazynu i logistyki",
            "fr": "Aide-magasinier ou aide-magasinière en logistique",
        },
        "summary": {
            "en": (
                "You unpack deliveries, scan goods, pick orders and pack parcels in a logistics centre. "
                "Good for you if you like clear tasks, moving around and working at a steady pace."
            ),
            "de": (
                "Du packst Lieferungen aus, scannst Waren, stellst Bestellungen zusammen und packst Pakete "
                "in einem Logistikzentrum. Passt zu dir, wenn du klare Aufgaben magst, gern in Bewegung bist "
                "und in gleichmäßigem Tempo arbeitest."
            ),
            "es": (
                "Desempaquetas entregas, escaneas mercancía, preparas pedidos "
                "y embalas paquetes en un centro logístico. "
                "Es para ti si te gustan las tareas claras, moverte y trabajar a un ritmo constante."
            ),
            "it": (
                "Disimballi le consegne, scansioni la merce, prepari gli ordini "
                "e imballi i pacchi in un centro logistico. "
                "Fa per te se ti piacciono i compiti chiari, muoverti e lavorare con un ritmo costante."
            ),
            "pl": (
                "W centrum logistycznym rozpakowujesz dostawy, skanujesz towar, "
                "kompletujesz zamówienia i pakujesz paczki. "
                "To coś dla ciebie, jeśli lubisz jasne zadania, ruch i pracę w równym tempie."
            ),
            "fr": (
                "Vous déballez les livraisons, scannez la marchandise, préparez les commandes et emballez des colis. "
                "C'est pour vous si vous aimez les tâches claires, bouger et travailler à un rythme régulier."
            ),
        },
        "keywords": {
            "en": "warehouse worker, logistics, order picker, picking, packing, storage, forklift",
            "de": "Lagerhelfer, Lagerhelferin, Lagerist, Lageristin, Fachlagerist, Lager, Logistik, Kommissionierer",
            "es": "mozo de almacén, moza de almacén, almacén, logística, preparador de pedidos, embalaje, carretilla",
            "it": "magazziniere, magazziniera, magazzino, logistica, picking, imballaggio, mulettista",
            "pl": "magazynier, magazynierka, magazyn, logistyka, kompletowanie zamówień, pakowanie, wózek widłowy",
            "fr": "magasinier, magasinière, préparateur de commandes, préparatrice de commandes, entrepôt, logistique",
        },
        "unit": {
            "title": {
                "en": "Receiving, storing and sending goods",
                "de": "Waren annehmen, lagern und versenden",
                "es": "Recibir, almacenar y enviar mercancía",
                "it": "Ricevere, stoccare e spedire la merce",
                "pl": "Przyjmowanie, składowanie i wysyłka towaru",
                "fr": "Réceptionner, stocker et expédier la marchandise",
            },
            "knowledge": {
                "en": (
                    "You know how a warehouse is organised, what shelf labels mean and how to lift heavy loads safely."
                ),
                "de": (
                    "Du weißt, wie ein Lager aufgebaut ist, was Lagerplatz-Etiketten "
                    "bedeuten und wie man schwere Lasten sicher hebt."
                ),
                "es": (
                    "Sabes cómo se organiza un almacén, qué indican las etiquetas de "
                    "ubicación y cómo levantar peso sin hacerte daño."
                ),
                "it": (
                    "Sai come è organizzato un magazzino, cosa indicano le etichette "
                    "di ubicazione e come sollevare carichi pesanti."
                ),
                "pl": (
                    "Wiesz, jak zorganizowany jest magazyn, co oznaczają etykiety "
                    "lokalizacji i jak bezpiecznie podnosić ciężary."
                ),
                "fr": (
                    "Vous savez comment un entrepôt est organisé, ce que disent les étiquettes "
                    "d'emplacement et comment porter lourd sans vous blesser."
                ),
            },
            "skills": {
                "en": (
                    "You can use a hand scanner, pick items from a list, pack "
                    "parcels and move goods with a pallet truck."
                ),
                "de": (
                    "Du kannst einen Handscanner benutzen, Artikel nach Liste "
                    "kommissionieren, Pakete packen und Waren mit dem Hubwagen bewegen."
                ),
                "es": (
                    "Sabes usar un escáner de mano, preparar pedidos con una lista, "
                    "embalar paquetes y mover mercancía con una transpaleta."
                ),
                "it": (
                    "Sai usare uno scanner portatile, prelevare articoli da una lista, "
                    "imballare pacchi e spostare merce con il transpallet."
                ),
                "pl": (
                    "Umiesz obsługiwać skaner ręczny, kompletować towar według listy, "
                    "pakować paczki i przewozić towar wózkiem paletowym."
                ),
                "fr": (
                    "Vous savez utiliser un scanner, préparer une commande d'après une "
                    "liste, emballer des colis et utiliser un transpalette."
                ),
            },
            "autonomy": {
                "en": "You follow a daily task list, and a team leader is always there to help.",
                "de": "Du arbeitest nach einer täglichen Aufgabenliste, und eine Teamleitung ist immer für dich da.",
                "es": "Sigues una lista diaria de tareas y siempre hay un jefe de equipo para ayudarte.",
                "it": "Segui un elenco di compiti giornaliero e c'è sempre un caposquadra pronto ad aiutarti.",
                "pl": "Pracujesz według codziennej listy zadań, a kierownik zmiany zawsze służy pomocą.",
                "fr": (
                    "Vous suivez une liste de tâches quotidienne et un chef d'équipe est toujours là pour vous aider."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "it-support-assistant",
        "sector": "J",
        "field": "06",
        "type": "school_based",
        "eqf": (3, 5),
        "weeks": (8, 16),
        "title": {
            "en": "IT support assistant",
            "de": "Mitarbeiter oder Mitarbeiterin im IT-Support",
            "es": "Técnico o técnica de soporte informático",
            "it": "Assistente di supporto informatico",
            "pl": "Asystent lub asystentka wsparcia IT",
            "fr": "Assistant ou assistante support informatique",
        },
        "summary": {
            "en": (
                "You set up laptops, install software and help staff when their computer or printer doesn't work. "
                "Good for you if you enjoy solving puzzles and can explain things patiently."
            ),
            "de": (
                "Du richtest Laptops ein, installierst Software und hilfst Mitarbeitenden, wenn Computer "
                "oder Drucker nicht funktionieren. Passt zu dir, wenn du gern "
                "knobelst und Dinge geduldig erklären kannst."
            ),
            "es": (
                "Configuras portátiles, instalas programas y ayudas al personal "
                "cuando el ordenador o la impresora fallan. "
                "Es para ti si te gusta resolver problemas y sabes explicar las cosas con paciencia."
            ),
            "it": (
                "Configuri portatili, installi programmi e aiuti i colleghi "
                "quando il computer o la stampante non vanno. "
                "Fa per te se ti piace risolvere problemi e sai spiegare le cose con pazienza."
            ),
            "pl": (
                "Konfigurujesz laptopy, instalujesz programy i pomagasz "
                "pracownikom, gdy nie działa komputer albo drukarka. "
                "To coś dla ciebie, jeśli lubisz rozwiązywać zagadki i potrafisz cierpliwie tłumaczyć."
            ),
            "fr": (
                "Vous configurez des ordinateurs, installez des logiciels et aidez le personnel quand un ordinateur "
                "ou une imprimante ne marche pas. C'est pour vous si vous aimez résoudre des énigmes "
                "et expliquer avec patience."
            ),
        },
        "keywords": {
            "en": "IT support, helpdesk, computer technician, IT technician, computers, networks, software",
            "de": (
                "IT-Support, Helpdesk, Fachinformatiker, Fachinformatikerin, "
                "IT-Techniker, Computer, Netzwerk, Informatik"
            ),
            "es": (
                "soporte informático, técnico informático, técnica "
                "informática, helpdesk, ordenadores, redes, informática"
            ),
            "it": (
                "supporto informatico, tecnico informatico, tecnica informatica, helpdesk, computer, reti, informatica"
            ),
            "pl": "wsparcie IT, helpdesk, informatyk, informatyczka, technik informatyk, komputery, sieci",
            "fr": (
                "support informatique, technicien informatique, technicienne "
                "informatique, helpdesk, ordinateurs, réseaux"
            ),
        },
        "unit": {
            "title": {
                "en": "First-level IT support",
                "de": "IT-Support auf der ersten Ebene",
                "es": "Soporte informático de primer nivel",
                "it": "Supporto informatico di primo livello",
                "pl": "Wsparcie IT pierwszej linii",
                "fr": "Support informatique de premier niveau",
            },
            "knowledge": {
                "en": (
                    "You know how computers, operating systems and simple "
                    "networks work and why data protection matters."
                ),
                "de": (
                    "Du weißt, wie Computer, Betriebssysteme und einfache Netzwerke "
                    "funktionieren und warum Datenschutz wichtig ist."
                ),
                "es": (
                    "Sabes cómo funcionan los ordenadores, los sistemas operativos y las "
                    "redes sencillas y por qué importa proteger los datos."
                ),
                "it": (
                    "Sai come funzionano computer, sistemi operativi e reti semplici "
                    "e perché la protezione dei dati è importante."
                ),
                "pl": (
                    "Wiesz, jak działają komputery, systemy operacyjne i proste "
                    "sieci oraz dlaczego ochrona danych jest ważna."
                ),
                "fr": (
                    "Vous savez comment marchent les ordinateurs, les systèmes d'exploitation "
                    "et les réseaux simples, et pourquoi protéger les données."
                ),
            },
            "skills": {
                "en": (
                    "You can set up devices, install updates, reset passwords and record problems in a ticket system."
                ),
                "de": (
                    "Du kannst Geräte einrichten, Updates installieren, Passwörter "
                    "zurücksetzen und Probleme in einem Ticketsystem erfassen."
                ),
                "es": (
                    "Sabes configurar equipos, instalar actualizaciones, restablecer "
                    "contraseñas y registrar incidencias en un sistema de tickets."
                ),
                "it": (
                    "Sai configurare dispositivi, installare aggiornamenti, reimpostare "
                    "password e registrare i problemi in un sistema di ticket."
                ),
                "pl": (
                    "Umiesz konfigurować sprzęt, instalować aktualizacje, resetować "
                    "hasła i rejestrować problemy w systemie zgłoszeń."
                ),
                "fr": (
                    "Vous savez configurer des appareils, installer des mises à jour, "
                    "réinitialiser des mots de passe et créer des tickets."
                ),
            },
            "autonomy": {
                "en": "You solve common problems on your own and pass harder cases on to the IT team.",
                "de": "Du löst häufige Probleme selbstständig und gibst schwierigere Fälle an das IT-Team weiter.",
                "es": (
                    "Resuelves por tu cuenta los problemas habituales y pasas "
                    "los casos difíciles al equipo informático."
                ),
                "it": "Risolvi in autonomia i problemi più comuni e passi i casi difficili al team informatico.",
                "pl": "Samodzielnie rozwiązujesz typowe problemy, a trudniejsze przypadki przekazujesz zespołowi IT.",
                "fr": (
                    "Vous résolvez les problèmes courants en autonomie et "
                    "transmettez les cas difficiles à l'équipe informatique."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "cleaning-facility-assistant",
        "sector": "N",
        "field": "10",
        "type": "pre_vocational",
        "eqf": (1, 2),
        "weeks": (2, 8),
        "title": {
            "en": "Cleaning and building care assistant",
            "de": "Helfer oder Helferin in der Gebäudereinigung",
            "es": "Auxiliar de limpieza y mantenimiento de edificios",
            "it": "Addetto o addetta alle pulizie e alla cura degli edifici",
            "pl": "Pracownik lub pracowniczka sprzątania i utrzymania budynków",
            "fr": "Agent ou agente de propreté et d'entretien",
        },
        "summary": {
            "en": (
                "You clean offices, schools or sports halls and help with small repairs and checks in the building. "
                "Good for you if you like working to a clear plan and want a first step into work."
            ),
            "de": (
                "Du reinigst Büros, Schulen oder Sporthallen und hilfst bei "
                "kleinen Reparaturen und Kontrollen im Gebäude. "
                "Passt zu dir, wenn du gern nach einem klaren Plan arbeitest und "
                "einen ersten Schritt ins Berufsleben suchst."
            ),
            "es": (
                "Limpias oficinas, colegios o polideportivos y ayudas con "
                "pequeñas reparaciones y revisiones del edificio. "
                "Es para ti si te gusta trabajar con un plan claro y buscas un primer paso hacia el empleo."
            ),
            "it": (
                "Pulisci uffici, scuole o palestre e aiuti con piccole riparazioni e controlli nell'edificio. "
                "Fa per te se ti piace lavorare con un piano chiaro e cerchi un primo passo nel mondo del lavoro."
            ),
            "pl": (
                "Sprzątasz biura, szkoły lub hale sportowe i pomagasz przy drobnych naprawach i kontrolach w budynku. "
                "To coś dla ciebie, jeśli lubisz pracować według jasnego planu i szukasz pierwszego kroku do pracy."
            ),
            "fr": (
                "Vous nettoyez des bureaux, des écoles ou des gymnases et aidez aux petites réparations du bâtiment. "
                "C'est pour vous si vous aimez suivre un plan clair et cherchez un premier pas vers l'emploi."
            ),
        },
        "keywords": {
            "en": "cleaner, cleaning, caretaker, janitor, facility management, building services, housekeeping",
            "de": (
                "Reinigungskraft, Gebäudereiniger, Gebäudereinigerin, "
                "Hausmeister, Hausmeisterin, Reinigung, Facility Management"
            ),
            "es": "limpiador, limpiadora, limpieza, conserje, mantenimiento, servicios de edificios",
            "it": "addetto pulizie, addetta pulizie, pulizie, custode, manutentore, manutenzione, facility management",
            "pl": "sprzątacz, sprzątaczka, sprzątanie, konserwator, dozorca, utrzymanie czystości, obsługa obiektów",
            "fr": (
                "agent d'entretien, agente d'entretien, nettoyage, propreté, "
                "concierge, gardien, maintenance des bâtiments"
            ),
        },
        "unit": {
            "title": {
                "en": "Cleaning and checking rooms",
                "de": "Räume reinigen und kontrollieren",
                "es": "Limpiar y revisar espacios",
                "it": "Pulire e controllare gli ambienti",
                "pl": "Sprzątanie i kontrola pomieszczeń",
                "fr": "Nettoyer et contrôler les locaux",
            },
            "knowledge": {
                "en": (
                    "You know which cleaning products to use on which surfaces "
                    "and what the warning symbols on them mean."
                ),
                "de": (
                    "Du weißt, welches Reinigungsmittel zu welcher Oberfläche "
                    "passt und was die Warnzeichen darauf bedeuten."
                ),
                "es": (
                    "Sabes qué producto de limpieza usar en cada superficie y qué significan los símbolos de peligro."
                ),
                "it": (
                    "Sai quale detergente usare su ogni superficie e cosa "
                    "significano i simboli di pericolo sulle confezioni."
                ),
                "pl": (
                    "Wiesz, jakiego środka czystości użyć na danej powierzchni i co "
                    "oznaczają symbole ostrzegawcze na opakowaniu."
                ),
                "fr": (
                    "Vous savez quel produit utiliser sur chaque surface et ce "
                    "que signifient les pictogrammes de danger."
                ),
            },
            "skills": {
                "en": (
                    "You can clean rooms following a plan, use a cleaning "
                    "machine and report damage such as broken lights."
                ),
                "de": (
                    "Du kannst Räume nach Plan reinigen, eine Reinigungsmaschine "
                    "bedienen und Schäden wie defekte Lampen melden."
                ),
                "es": (
                    "Sabes limpiar siguiendo un plan, usar una máquina de "
                    "limpieza y avisar de daños como luces fundidas."
                ),
                "it": (
                    "Sai pulire seguendo un piano, usare una macchina per le "
                    "pulizie e segnalare guasti come luci rotte."
                ),
                "pl": (
                    "Umiesz sprzątać według planu, obsługiwać maszynę czyszczącą "
                    "i zgłaszać usterki, np. przepalone żarówki."
                ),
                "fr": (
                    "Vous savez nettoyer selon un plan, utiliser une autolaveuse et "
                    "signaler des dégâts comme une lampe cassée."
                ),
            },
            "autonomy": {
                "en": (
                    "You look after your area on your own and check in with your "
                    "supervisor at the start and end of each shift."
                ),
                "de": (
                    "Du betreust deinen Bereich selbstständig und sprichst zu Beginn und am Ende "
                    "jeder Schicht mit deiner Vorgesetzten oder deinem Vorgesetzten."
                ),
                "es": (
                    "Te encargas de tu zona por tu cuenta y hablas con tu "
                    "responsable al empezar y al terminar cada turno."
                ),
                "it": (
                    "Ti occupi della tua zona in autonomia e parli con il tuo "
                    "responsabile all'inizio e alla fine di ogni turno."
                ),
                "pl": (
                    "Samodzielnie dbasz o swój rejon i rozmawiasz z przełożonym na początku i na końcu każdej zmiany."
                ),
                "fr": (
                    "Vous vous occupez de votre zone en autonomie et faites le point "
                    "avec votre responsable en début et fin de service."
                ),
            },
            "esco": None,
        },
    },
]

ROLES += [
    {
        "key": "office-assistant",
        "sector": "N",
        "field": "04",
        "type": "work_placement",
        "eqf": (2, 4),
        "weeks": (4, 12),
        "title": {
            "en": "Office assistant",
            "de": "Büroassistent oder Büroassistentin",
            "es": "Auxiliar administrativo o administrativa",
            "it": "Assistente d'ufficio",
            "pl": "Asystent lub asystentka biura",
            "fr": "Assistant ou assistante de bureau",
        },
        "summary": {
            "en": (
                "You answer the phone, file documents, type simple letters and help keep the office running. "
                "Good for you if you are organised, like working on a computer and want to improve a foreign language."
            ),
            "de": (
                "Du gehst ans Telefon, legst Unterlagen ab, schreibst einfache Briefe und sorgst mit dafür, "
                "dass im Büro alles läuft. Passt zu dir, wenn du ordentlich bist, gern am Computer arbeitest "
                "und eine Fremdsprache verbessern willst."
            ),
            "es": (
                "Atiendes el teléfono, archivas documentos, escribes cartas "
                "sencillas y ayudas a que la oficina funcione. "
                "Es para ti si eres una persona organizada, te gusta el ordenador y quieres mejorar un idioma."
            ),
            "it": (
                "Rispondi al telefono, archivi documenti, scrivi lettere semplici e aiuti a far funzionare l'ufficio. "
                "Fa per te se sei una persona organizzata, ti piace il "
                "computer e vuoi migliorare una lingua straniera."
            ),
            "pl": (
                "Odbierasz telefony, archiwizujesz dokumenty, piszesz proste pisma i dbasz o sprawne działanie biura. "
                "To coś dla ciebie, jeśli lubisz porządek i pracę przy komputerze oraz chcesz podszlifować język obcy."
            ),
            "fr": (
                "Vous répondez au téléphone, classez des documents, rédigez des courriers simples "
                "et aidez le bureau à bien fonctionner. C'est pour vous si vous aimez l'organisation "
                "et le travail sur ordinateur et voulez progresser dans une langue étrangère."
            ),
        },
        "keywords": {
            "en": "office assistant, administration, clerk, secretary, office work, admin",
            "de": "Büroassistent, Büroassistentin, Bürokaufmann, Bürokauffrau, Verwaltung, Sekretariat, Büro",
            "es": "auxiliar administrativo, auxiliar administrativa, administración, oficina, secretaría, recepción",
            "it": "assistente d'ufficio, impiegato, impiegata, segreteria, amministrazione, ufficio",
            "pl": "asystent biura, asystentka biura, pracownik biurowy, sekretariat, administracja, biuro",
            "fr": (
                "assistant de bureau, assistante de bureau, employé administratif, secrétariat, administration, bureau"
            ),
        },
        "unit": {
            "title": {
                "en": "Everyday office tasks",
                "de": "Alltägliche Büroaufgaben",
                "es": "Tareas de oficina del día a día",
                "it": "Attività quotidiane d'ufficio",
                "pl": "Codzienne prace biurowe",
                "fr": "Tâches de bureau au quotidien",
            },
            "knowledge": {
                "en": "You know how an office is organised, how documents are filed and how to write a polite email.",
                "de": (
                    "Du weißt, wie ein Büro organisiert ist, wie Unterlagen abgelegt "
                    "werden und wie man eine höfliche E-Mail schreibt."
                ),
                "es": (
                    "Sabes cómo se organiza una oficina, cómo se archivan los "
                    "documentos y cómo escribir un correo educado."
                ),
                "it": (
                    "Sai come è organizzato un ufficio, come si archiviano i "
                    "documenti e come si scrive un'e-mail cortese."
                ),
                "pl": (
                    "Wiesz, jak zorganizowane jest biuro, jak archiwizuje się "
                    "dokumenty i jak napisać uprzejmego e-maila."
                ),
                "fr": (
                    "Vous savez comment un bureau est organisé, comment on classe "
                    "les documents et comment écrire un e-mail poli."
                ),
            },
            "skills": {
                "en": "You can use a word processor and a spreadsheet, answer calls and take clear messages.",
                "de": (
                    "Du kannst mit Textverarbeitung und Tabellenkalkulation "
                    "arbeiten, Anrufe annehmen und klare Notizen machen."
                ),
                "es": (
                    "Sabes usar un procesador de textos y una hoja de cálculo, "
                    "atender llamadas y tomar nota de los recados."
                ),
                "it": (
                    "Sai usare la videoscrittura e un foglio di calcolo, "
                    "rispondere alle chiamate e prendere messaggi chiari."
                ),
                "pl": (
                    "Umiesz korzystać z edytora tekstu i arkusza kalkulacyjnego, "
                    "odbierać telefony i zapisywać wiadomości."
                ),
                "fr": (
                    "Vous savez utiliser un traitement de texte et un tableur, "
                    "répondre au téléphone et prendre des messages clairs."
                ),
            },
            "autonomy": {
                "en": (
                    "You do routine tasks on your own and check with a colleague "
                    "before sending anything outside the company."
                ),
                "de": (
                    "Du erledigst Routineaufgaben selbstständig und sprichst dich mit "
                    "Kolleginnen oder Kollegen ab, bevor etwas nach außen geht."
                ),
                "es": (
                    "Haces las tareas rutinarias por tu cuenta y consultas con un "
                    "compañero antes de enviar algo fuera de la empresa."
                ),
                "it": (
                    "Svolgi in autonomia i compiti di routine e ti confronti con un "
                    "collega prima di inviare qualcosa all'esterno."
                ),
                "pl": (
                    "Rutynowe zadania wykonujesz samodzielnie, a zanim coś wyślesz "
                    "poza firmę, konsultujesz to ze współpracownikiem."
                ),
                "fr": (
                    "Vous effectuez les tâches courantes en autonomie et vérifiez avec "
                    "un collègue avant tout envoi hors de l'entreprise."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "elderly-care-assistant",
        "sector": "Q",
        "field": "09",
        "type": "work_placement",
        "eqf": (2, 4),
        "weeks": (6, 16),
        "title": {
            "en": "Care assistant in a home for older people",
            "de": "Helfer oder Helferin in der Altenpflege",
            "es": "Auxiliar en una residencia de mayores",
            "it": "Assistente in una casa di riposo",
            "pl": "Opiekun lub opiekunka w domu seniora",
            "fr": "Aide auprès des personnes âgées en maison de retraite",
        },
        "summary": {
            "en": (
                "You help older people with meals, short walks and daily activities and take time to talk with them. "
                "Good for you if you are patient and kind and interested in a job in care."
            ),
            "de": (
                "Du unterstützt ältere Menschen beim Essen, bei kleinen Spaziergängen und im Alltag "
                "und nimmst dir Zeit für Gespräche. Passt zu dir, wenn du geduldig und einfühlsam bist "
                "und dich für einen Pflegeberuf interessierst."
            ),
            "es": (
                "Ayudas a personas mayores con las comidas, los paseos cortos y las actividades diarias "
                "y pasas tiempo charlando con ellas. Es para ti si tienes paciencia, eres amable "
                "y te interesa trabajar cuidando a personas."
            ),
            "it": (
                "Aiuti le persone anziane durante i pasti, le brevi passeggiate e le attività quotidiane "
                "e passi del tempo a parlare con loro. Fa per te se hai pazienza, sei gentile "
                "e ti interessa un lavoro nell'assistenza."
            ),
            "pl": (
                "Pomagasz seniorom przy posiłkach, krótkich spacerach i codziennych zajęciach "
                "oraz znajdujesz czas na rozmowę. To coś dla ciebie, jeśli masz cierpliwość, dobre serce "
                "i interesuje cię praca w opiece."
            ),
            "fr": (
                "Vous aidez des personnes âgées pendant les repas, les petites promenades et les activités "
                "du quotidien et prenez le temps de discuter avec elles. C'est pour vous si vous avez "
                "de la patience et de la bienveillance et vous intéressez aux métiers du soin."
            ),
        },
        "keywords": {
            "en": "care assistant, carer, elderly care, care home, nursing home, support worker, older people",
            "de": (
                "Altenpflege, Altenpfleger, Altenpflegerin, Pflegehelfer, "
                "Pflegehelferin, Pflegeheim, Seniorenheim, Betreuung"
            ),
            "es": (
                "auxiliar de geriatría, cuidador, cuidadora, residencia de "
                "mayores, personas mayores, atención sociosanitaria"
            ),
            "it": (
                "operatore socio-sanitario, operatrice socio-sanitaria, OSS, assistente anziani, casa di riposo, RSA"
            ),
            "pl": "opiekun osób starszych, opiekunka, dom seniora, dom opieki, seniorzy, opieka",
            "fr": "aide-soignant, aide-soignante, auxiliaire de vie, maison de retraite, EHPAD, personnes âgées, soin",
        },
        "unit": {
            "title": {
                "en": "Supporting older people in daily life",
                "de": "Ältere Menschen im Alltag begleiten",
                "es": "Acompañar a las personas mayores en su día a día",
                "it": "Sostenere le persone anziane nella vita quotidiana",
                "pl": "Wspieranie osób starszych w codziennym życiu",
                "fr": "Accompagner les personnes âgées au quotidien",
            },
            "knowledge": {
                "en": (
                    "You know the daily routine in a care home, the hygiene "
                    "rules and how to respect privacy and dignity."
                ),
                "de": (
                    "Du kennst den Tagesablauf im Pflegeheim und die Hygieneregeln "
                    "und weißt, wie man Privatsphäre und Würde achtet."
                ),
                "es": (
                    "Conoces la rutina diaria de una residencia, las normas de "
                    "higiene y cómo respetar la intimidad y la dignidad."
                ),
                "it": (
                    "Conosci la giornata tipo in una casa di riposo, le regole di "
                    "igiene e come rispettare privacy e dignità."
                ),
                "pl": (
                    "Znasz rytm dnia w domu opieki i zasady higieny oraz wiesz, jak "
                    "szanować prywatność i godność podopiecznych."
                ),
                "fr": (
                    "Vous connaissez le rythme de la maison de retraite, les règles "
                    "d'hygiène et le respect de l'intimité et de la dignité."
                ),
            },
            "skills": {
                "en": (
                    "You can help residents eat and move around safely, lead a "
                    "simple activity and notice when someone is unwell."
                ),
                "de": (
                    "Du kannst Bewohnerinnen und Bewohnern sicher beim Essen und Gehen helfen, eine "
                    "einfache Aktivität anleiten und merken, wenn es jemandem nicht gut geht."
                ),
                "es": (
                    "Sabes ayudar a los residentes a comer y moverse con seguridad, dirigir una "
                    "actividad sencilla y notar si alguien se encuentra mal."
                ),
                "it": (
                    "Sai aiutare gli ospiti a mangiare e a muoversi in sicurezza, guidare "
                    "un'attività semplice e accorgerti se qualcuno sta male."
                ),
                "pl": (
                    "Umiesz bezpiecznie pomóc mieszkańcom w jedzeniu i poruszaniu się, "
                    "poprowadzić proste zajęcia i zauważyć, że ktoś źle się czuje."
                ),
                "fr": (
                    "Vous savez aider les résidents à manger et à se déplacer en sécurité, animer "
                    "une activité simple et voir quand quelqu'un ne va pas bien."
                ),
            },
            "autonomy": {
                "en": (
                    "You always work with qualified care staff and tell them right away about any change you notice."
                ),
                "de": (
                    "Du arbeitest immer mit Pflegefachkräften zusammen und sagst "
                    "ihnen sofort Bescheid, wenn dir etwas auffällt."
                ),
                "es": "Trabajas siempre con personal cualificado y le avisas enseguida de cualquier cambio que notes.",
                "it": "Lavori sempre con personale qualificato e segnali subito ogni cambiamento che noti.",
                "pl": "Zawsze pracujesz z wykwalifikowanym personelem i od razu zgłaszasz każdą zauważoną zmianę.",
                "fr": (
                    "Vous travaillez toujours avec des soignants qualifiés et leur "
                    "signalez tout de suite chaque changement remarqué."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "kindergarten-assistant",
        "sector": "Q",
        "field": "09",
        "type": "job_shadowing",
        "eqf": (2, 3),
        "weeks": (2, 6),
        "title": {
            "en": "Assistant in a kindergarten",
            "de": "Helfer oder Helferin im Kindergarten",
            "es": "Auxiliar en una escuela infantil",
            "it": "Assistente in una scuola dell'infanzia",
            "pl": "Pomoc w przedszkolu",
            "fr": "Aide en crèche",
        },
        "summary": {
            "en": (
                "You spend a few weeks with the staff of a kindergarten and see how they play, sing "
                "and care for small children. Good for you if you love being with children "
                "and are thinking about a job in education or social work."
            ),
            "de": (
                "Du verbringst ein paar Wochen mit den Fachkräften eines Kindergartens und erlebst, "
                "wie sie mit kleinen Kindern spielen, singen und sie betreuen. Passt zu dir, wenn du gern "
                "mit Kindern zusammen bist und über einen Beruf in Erziehung oder Sozialarbeit nachdenkst."
            ),
            "es": (
                "Pasas unas semanas con el equipo de una escuela infantil y ves cómo juegan, cantan "
                "y cuidan a los niños pequeños. Es para ti si te encanta estar con niños "
                "y piensas en un trabajo en educación o en el ámbito social."
            ),
            "it": (
                "Passi qualche settimana con le educatrici e gli educatori di una scuola dell'infanzia e vedi come "
                "giocano, cantano e si prendono cura dei bambini piccoli. Fa per te se ami stare con i bambini "
                "e pensi a un lavoro nell'educazione o nel sociale."
            ),
            "pl": (
                "Spędzasz kilka tygodni z wychowawcami w przedszkolu i widzisz, jak bawią się z małymi dziećmi, "
                "śpiewają i się nimi opiekują. To coś dla ciebie, jeśli uwielbiasz przebywać z dziećmi "
                "i myślisz o pracy w edukacji lub pomocy społecznej."
            ),
            "fr": (
                "Vous passez quelques semaines avec l'équipe d'une crèche et voyez comment elle joue, chante "
                "et prend soin des jeunes enfants. C'est pour vous si vous aimez être avec les enfants "
                "et pensez à un métier de l'éducation ou du social."
            ),
        },
        "keywords": {
            "en": "childcare, nursery, kindergarten, early years, nanny, educator, children",
            "de": "Kinderbetreuung, Kindergarten, Kita, Erzieher, Erzieherin, Kinderpfleger, Kinderpflegerin, Kinder",
            "es": "cuidado infantil, escuela infantil, guardería, educador infantil, educadora infantil, niños",
            "it": "assistenza all'infanzia, scuola dell'infanzia, asilo nido, educatore, educatrice, bambini",
            "pl": "opieka nad dziećmi, przedszkole, żłobek, wychowawca, wychowawczyni, opiekunka dziecięca, dzieci",
            "fr": (
                "petite enfance, crèche, école maternelle, auxiliaire de puériculture, éducateur, éducatrice, enfants"
            ),
        },
        "unit": {
            "title": {
                "en": "Getting to know everyday life in a kindergarten",
                "de": "Den Alltag im Kindergarten kennenlernen",
                "es": "Conocer el día a día de una escuela infantil",
                "it": "Conoscere la giornata in una scuola dell'infanzia",
                "pl": "Poznawanie codzienności w przedszkolu",
                "fr": "Découvrir le quotidien d'une crèche",
            },
            "knowledge": {
                "en": (
                    "You know the daily routine of a kindergarten and the basic "
                    "safety rules for looking after small children."
                ),
                "de": (
                    "Du kennst den Tagesablauf im Kindergarten und die wichtigsten "
                    "Sicherheitsregeln bei der Betreuung kleiner Kinder."
                ),
                "es": (
                    "Conoces la rutina diaria de una escuela infantil y las "
                    "normas básicas de seguridad con niños pequeños."
                ),
                "it": (
                    "Conosci la routine quotidiana di una scuola dell'infanzia e le "
                    "regole base di sicurezza con i bambini piccoli."
                ),
                "pl": (
                    "Znasz rytm dnia w przedszkolu i podstawowe zasady bezpieczeństwa przy opiece nad małymi dziećmi."
                ),
                "fr": (
                    "Vous connaissez le rythme d'une journée en crèche et les règles "
                    "de sécurité de base avec les jeunes enfants."
                ),
            },
            "skills": {
                "en": "You can join in games, read a story aloud and help children at mealtimes.",
                "de": "Du kannst bei Spielen mitmachen, eine Geschichte vorlesen und Kindern beim Essen helfen.",
                "es": (
                    "Sabes participar en juegos, leer un cuento en voz alta y ayudar a los niños a la hora de comer."
                ),
                "it": (
                    "Sai partecipare ai giochi, leggere una storia ad alta voce e aiutare i bambini durante i pasti."
                ),
                "pl": "Umiesz włączyć się do zabawy, przeczytać dzieciom bajkę i pomóc im przy posiłku.",
                "fr": (
                    "Vous savez participer aux jeux, lire une histoire à voix "
                    "haute et aider les enfants pendant les repas."
                ),
            },
            "autonomy": {
                "en": "You are never alone with the children: a trained educator is always with you.",
                "de": "Du bist nie allein mit den Kindern – eine Erzieherin oder ein Erzieher ist immer dabei.",
                "es": "Nunca te quedas a solas con los niños: siempre hay un educador o una educadora contigo.",
                "it": "Non resti mai da solo o da sola con i bambini: c'è sempre un'educatrice o un educatore con te.",
                "pl": "Nigdy nie zostajesz sam ani sama z dziećmi – zawsze jest przy tobie wychowawca.",
                "fr": (
                    "Vous n'êtes jamais seul ou seule avec les enfants : un "
                    "éducateur ou une éducatrice est toujours là."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "sports-leisure-assistant",
        "sector": "R",
        "field": "10",
        "type": "work_placement",
        "eqf": (2, 4),
        "weeks": (4, 10),
        "title": {
            "en": "Sports and leisure assistant",
            "de": "Helfer oder Helferin im Sport- und Freizeitbereich",
            "es": "Monitor o monitora de deporte y ocio",
            "it": "Animatore o animatrice sportiva e del tempo libero",
            "pl": "Animator lub animatorka sportu i rekreacji",
            "fr": "Animateur ou animatrice sport et loisirs",
        },
        "summary": {
            "en": (
                "You help run sports sessions, games and trips at a leisure centre or holiday camp. "
                "Good for you if you are active, like working with groups and enjoy motivating others."
            ),
            "de": (
                "Du hilfst bei Sportstunden, Spielen und Ausflügen in einem Freizeitzentrum oder Ferienlager. "
                "Passt zu dir, wenn du aktiv bist, gern mit Gruppen arbeitest und andere gern motivierst."
            ),
            "es": (
                "Ayudas a organizar clases de deporte, juegos y excursiones en un centro de ocio o un campamento. "
                "Es para ti si eres una persona activa, te gusta trabajar con "
                "grupos y disfrutas motivando a los demás."
            ),
            "it": (
                "Aiuti a organizzare attività sportive, giochi e gite in un centro ricreativo o in un campo estivo. "
                "Fa per te se sei una persona attiva, ti piace lavorare con i gruppi e ami motivare gli altri."
            ),
            "pl": (
                "Pomagasz prowadzić zajęcia sportowe, gry i wycieczki w ośrodku rekreacji lub na obozie. "
                "To coś dla ciebie, jeśli lubisz ruch, pracę z grupą i motywowanie innych."
            ),
            "fr": (
                "Vous aidez à animer des séances de sport, des jeux et des sorties dans un centre de loisirs "
                "ou une colonie de vacances. C'est pour vous si vous aimez bouger, travailler avec des groupes "
                "et motiver les autres."
            ),
        },
        "keywords": {
            "en": "sports assistant, leisure, activity leader, camp counsellor, animator, fitness, recreation",
            "de": (
                "Sporthelfer, Sporthelferin, Animateur, Animateurin, Freizeit, "
                "Betreuer, Betreuerin, Ferienlager, Sport, Übungsleiter"
            ),
            "es": "monitor deportivo, monitora deportiva, animador, animadora, tiempo libre, campamento, deporte",
            "it": (
                "animatore, animatrice, istruttore sportivo, istruttrice sportiva, tempo libero, centro estivo, sport"
            ),
            "pl": "animator, animatorka, instruktor sportu, instruktorka, rekreacja, czas wolny, obóz, sport",
            "fr": "animateur, animatrice, moniteur, monitrice, loisirs, colonie de vacances, sport",
        },
        "unit": {
            "title": {
                "en": "Helping to lead group activities",
                "de": "Gruppenaktivitäten mit anleiten",
                "es": "Ayudar a dirigir actividades de grupo",
                "it": "Aiutare a guidare le attività di gruppo",
                "pl": "Współprowadzenie zajęć grupowych",
                "fr": "Aider à animer des activités de groupe",
            },
            "knowledge": {
                "en": (
                    "You know how to plan a simple activity, the safety rules in "
                    "sport and what to do if someone gets hurt."
                ),
                "de": (
                    "Du weißt, wie man eine einfache Aktivität plant, kennst die "
                    "Sicherheitsregeln im Sport und weißt, was bei einer Verletzung zu tun ist."
                ),
                "es": (
                    "Sabes planificar una actividad sencilla, conoces las normas de seguridad "
                    "en el deporte y sabes qué hacer si alguien se lesiona."
                ),
                "it": (
                    "Sai organizzare un'attività semplice, conosci le regole di sicurezza "
                    "nello sport e sai cosa fare se qualcuno si fa male."
                ),
                "pl": (
                    "Wiesz, jak zaplanować proste zajęcia, znasz zasady bezpieczeństwa w "
                    "sporcie i wiesz, co robić, gdy ktoś dozna urazu."
                ),
                "fr": (
                    "Vous savez préparer une activité simple, connaissez les règles de "
                    "sécurité en sport et savez quoi faire en cas de blessure."
                ),
            },
            "skills": {
                "en": "You can explain a game clearly, set up equipment and keep a group motivated and safe.",
                "de": (
                    "Du kannst ein Spiel verständlich erklären, Geräte aufbauen "
                    "und eine Gruppe motiviert und sicher halten."
                ),
                "es": (
                    "Sabes explicar un juego con claridad, montar el material y mantener al grupo motivado y seguro."
                ),
                "it": (
                    "Sai spiegare un gioco in modo chiaro, preparare "
                    "l'attrezzatura e tenere il gruppo motivato e al sicuro."
                ),
                "pl": (
                    "Umiesz jasno wytłumaczyć zasady gry, przygotować sprzęt i "
                    "dbać o motywację oraz bezpieczeństwo grupy."
                ),
                "fr": (
                    "Vous savez expliquer un jeu clairement, installer le matériel "
                    "et garder un groupe motivé et en sécurité."
                ),
            },
            "autonomy": {
                "en": (
                    "You lead short parts of an activity on your own, while a "
                    "trained instructor keeps overall responsibility."
                ),
                "de": (
                    "Du leitest kurze Teile einer Aktivität selbst, während eine "
                    "ausgebildete Fachkraft die Gesamtverantwortung trägt."
                ),
                "es": (
                    "Diriges por tu cuenta partes cortas de una actividad, mientras "
                    "un monitor titulado mantiene la responsabilidad."
                ),
                "it": (
                    "Guidi in autonomia brevi parti di un'attività, mentre un "
                    "istruttore qualificato mantiene la responsabilità."
                ),
                "pl": (
                    "Samodzielnie prowadzisz krótkie części zajęć, a ogólną "
                    "odpowiedzialność ponosi wykwalifikowany instruktor."
                ),
                "fr": (
                    "Vous animez en autonomie de courtes parties d'une activité, "
                    "sous la responsabilité d'un animateur diplômé."
                ),
            },
            "esco": None,
        },
    },
]

ROLES += [
    {
        "key": "hairdressing-apprentice",
        "sector": "S",
        "field": "10",
        "type": "apprenticeship",
        "eqf": (2, 4),
        "weeks": (8, 26),
        "title": {
            "en": "Apprentice hairdresser",
            "de": "Friseur oder Friseurin in Ausbildung",
            "es": "Aprendiz de peluquería",
            "it": "Apprendista parrucchiere o parrucchiera",
            "pl": "Fryzjer lub fryzjerka – nauka zawodu",
            "fr": "Apprenti coiffeur ou apprentie coiffeuse",
        },
        "summary": {
            "en": (
                "You wash hair, get the salon ready and learn step by step to cut, colour and style hair. "
                "Good for you if you are creative, care about looks and enjoy chatting with customers."
            ),
            "de": (
                "Du wäschst Haare, bereitest den Salon vor und lernst Schritt "
                "für Schritt schneiden, färben und stylen. "
                "Passt zu dir, wenn du kreativ bist, ein Auge für Aussehen hast und gern mit der Kundschaft plauderst."
            ),
            "es": (
                "Lavas el pelo, preparas el salón y aprendes paso a paso a cortar, teñir y peinar. "
                "Es para ti si tienes creatividad, te importa la imagen y te gusta charlar con la clientela."
            ),
            "it": (
                "Lavi i capelli, prepari il salone e impari passo dopo passo a tagliare, colorare e acconciare. "
                "Fa per te se hai fantasia, curi l'aspetto e ti piace chiacchierare con i clienti."
            ),
            "pl": (
                "Myjesz włosy, przygotowujesz salon i krok po kroku uczysz się strzyżenia, koloryzacji i stylizacji. "
                "To coś dla ciebie, jeśli masz zmysł estetyczny, lubisz kreatywną pracę i rozmowy z klientami."
            ),
            "fr": (
                "Vous faites les shampooings, préparez le salon et apprenez pas à pas à couper, colorer et coiffer. "
                "C'est pour vous si vous avez l'esprit créatif, soignez "
                "l'apparence et aimez discuter avec les clients."
            ),
        },
        "keywords": {
            "en": "hairdresser, hairstylist, barber, hair salon, hair, styling, beauty",
            "de": "Friseur, Friseurin, Frisör, Frisörin, Barbier, Friseursalon, Haare, Styling",
            "es": "peluquero, peluquera, barbero, barbera, peluquería, pelo, estética",
            "it": "parrucchiere, parrucchiera, acconciatore, acconciatrice, barbiere, salone, capelli",
            "pl": "fryzjer, fryzjerka, barber, salon fryzjerski, włosy, stylizacja, uroda",
            "fr": "coiffeur, coiffeuse, barbier, salon de coiffure, cheveux, coiffure, esthétique",
        },
        "unit": {
            "title": {
                "en": "Basic hair care and salon work",
                "de": "Grundlagen der Haarpflege und Arbeit im Salon",
                "es": "Cuidado básico del cabello y trabajo en el salón",
                "it": "Cura di base dei capelli e lavoro in salone",
                "pl": "Podstawy pielęgnacji włosów i pracy w salonie",
                "fr": "Soins capillaires de base et travail en salon",
            },
            "knowledge": {
                "en": "You know the main hair types, care products and the hygiene rules in a salon.",
                "de": "Du kennst die wichtigsten Haartypen, Pflegeprodukte und die Hygieneregeln im Salon.",
                "es": (
                    "Conoces los principales tipos de cabello, los productos de "
                    "cuidado y las normas de higiene del salón."
                ),
                "it": "Conosci i principali tipi di capelli, i prodotti per la cura e le regole di igiene del salone.",
                "pl": "Znasz główne rodzaje włosów, kosmetyki do pielęgnacji i zasady higieny w salonie.",
                "fr": (
                    "Vous connaissez les principaux types de cheveux, les "
                    "produits de soin et les règles d'hygiène du salon."
                ),
            },
            "skills": {
                "en": (
                    "You can wash and dry hair, give a head massage and do simple cuts and styles on a practice head."
                ),
                "de": (
                    "Du kannst Haare waschen und föhnen, eine Kopfmassage geben und "
                    "einfache Schnitte und Frisuren am Übungskopf machen."
                ),
                "es": (
                    "Sabes lavar y secar el pelo, dar un masaje capilar y hacer cortes "
                    "y peinados sencillos en una cabeza de prácticas."
                ),
                "it": (
                    "Sai lavare e asciugare i capelli, fare un massaggio alla testa e "
                    "realizzare tagli e acconciature semplici su una testina."
                ),
                "pl": (
                    "Umiesz myć i suszyć włosy, wykonać masaż głowy oraz proste "
                    "strzyżenia i fryzury na główce treningowej."
                ),
                "fr": (
                    "Vous savez laver et sécher les cheveux, masser le cuir chevelu et faire "
                    "des coupes et coiffures simples sur tête d'entraînement."
                ),
            },
            "autonomy": {
                "en": "You wash and dry customers' hair on your own and do cuts with a hairdresser beside you.",
                "de": (
                    "Du übernimmst Waschen und Föhnen selbstständig und "
                    "schneidest nur mit einer Fachkraft an deiner Seite."
                ),
                "es": "Te encargas tú del lavado y el secado y haces los cortes con un peluquero a tu lado.",
                "it": (
                    "Ti occupi in autonomia di lavaggio e asciugatura e fai i tagli con un parrucchiere accanto a te."
                ),
                "pl": "Samodzielnie myjesz i suszysz włosy klientów, a strzyżesz zawsze przy doświadczonym fryzjerze.",
                "fr": (
                    "Vous vous chargez en autonomie du shampooing et du "
                    "séchage, et coupez avec un coiffeur à vos côtés."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "junior-graphic-designer",
        "sector": "M",
        "field": "02",
        "type": "school_based",
        "eqf": (4, 5),
        "weeks": (6, 16),
        "title": {
            "en": "Junior graphic designer",
            "de": "Grafikdesigner oder Grafikdesignerin im Einstieg",
            "es": "Diseñador o diseñadora gráfica junior",
            "it": "Assistente grafico o grafica",
            "pl": "Młodszy grafik lub młodsza graficzka",
            "fr": "Graphiste junior",
        },
        "summary": {
            "en": (
                "You design posters, social media posts and flyers in a small design studio. "
                "Good for you if you love drawing or photography and want to turn your ideas into real projects."
            ),
            "de": (
                "Du gestaltest Plakate, Social-Media-Beiträge und Flyer in einem kleinen Designbüro. "
                "Passt zu dir, wenn du gern zeichnest oder fotografierst und "
                "aus deinen Ideen echte Projekte machen willst."
            ),
            "es": (
                "Diseñas carteles, publicaciones para redes sociales y folletos en un pequeño estudio de diseño. "
                "Es para ti si te encanta dibujar o hacer fotos y quieres convertir tus ideas en proyectos reales."
            ),
            "it": (
                "Crei manifesti, post per i social e volantini in un piccolo studio grafico. "
                "Fa per te se ami disegnare o fotografare e vuoi trasformare le tue idee in progetti veri."
            ),
            "pl": (
                "W małym studiu graficznym projektujesz plakaty, posty do mediów społecznościowych i ulotki. "
                "To coś dla ciebie, jeśli uwielbiasz rysować lub fotografować i "
                "chcesz zamieniać pomysły w prawdziwe projekty."
            ),
            "fr": (
                "Vous créez des affiches, des publications pour les réseaux "
                "sociaux et des flyers dans un petit studio. "
                "C'est pour vous si vous aimez dessiner ou photographier et "
                "voulez transformer vos idées en vrais projets."
            ),
        },
        "keywords": {
            "en": "graphic designer, graphic design, media designer, layout, illustration, design studio",
            "de": "Grafikdesigner, Grafikdesignerin, Mediengestalter, Mediengestalterin, Grafik, Design, Layout",
            "es": "diseñador gráfico, diseñadora gráfica, diseño gráfico, maquetación, ilustración, estudio de diseño",
            "it": (
                "grafico, grafica, graphic designer, progettazione grafica, "
                "impaginazione, illustrazione, studio grafico"
            ),
            "pl": "grafik, graficzka, projektant graficzny, projektantka graficzna, grafika, skład, ilustracja",
            "fr": "graphiste, designer graphique, maquettiste, PAO, mise en page, illustration, studio de création",
        },
        "unit": {
            "title": {
                "en": "Designing simple print and online media",
                "de": "Einfache Print- und Online-Medien gestalten",
                "es": "Diseñar piezas sencillas para papel e internet",
                "it": "Progettare semplici materiali per la stampa e il web",
                "pl": "Projektowanie prostych materiałów drukowanych i internetowych",
                "fr": "Créer des supports simples pour l'impression et le web",
            },
            "knowledge": {
                "en": "You know the basics of layout, colour and typography and the copyright rules for photos.",
                "de": (
                    "Du kennst die Grundlagen von Layout, Farbe und Typografie und "
                    "die Regeln für die Nutzung fremder Bilder."
                ),
                "es": (
                    "Conoces las bases de la maquetación, el color y la "
                    "tipografía y las normas para usar imágenes ajenas."
                ),
                "it": (
                    "Conosci le basi di impaginazione, colore e tipografia e le "
                    "regole per usare immagini di altre persone."
                ),
                "pl": (
                    "Znasz podstawy kompozycji, koloru i typografii oraz zasady korzystania z cudzych zdjęć i grafik."
                ),
                "fr": (
                    "Vous connaissez les bases de la mise en page, de la couleur "
                    "et de la typographie et le droit à l'image."
                ),
            },
            "skills": {
                "en": (
                    "You can use design software to create a layout, prepare files "
                    "for print and adapt a design for social media."
                ),
                "de": (
                    "Du kannst mit Grafiksoftware ein Layout erstellen, Druckdaten "
                    "vorbereiten und ein Design für Social Media anpassen."
                ),
                "es": (
                    "Sabes usar programas de diseño para crear una maqueta, preparar "
                    "archivos para imprenta y adaptar un diseño a redes sociales."
                ),
                "it": (
                    "Sai usare software di grafica per creare un layout, preparare i "
                    "file per la stampa e adattare un progetto ai social."
                ),
                "pl": (
                    "Umiesz w programie graficznym przygotować układ strony, pliki do "
                    "druku i wersję projektu do mediów społecznościowych."
                ),
                "fr": (
                    "Vous savez utiliser un logiciel de graphisme pour mettre en page, préparer "
                    "des fichiers d'impression et adapter un visuel aux réseaux."
                ),
            },
            "autonomy": {
                "en": "You work on your own designs and present them to the art director and the client for feedback.",
                "de": (
                    "Du arbeitest selbstständig an eigenen Entwürfen und stellst sie der "
                    "Art-Direktion und der Kundschaft für Feedback vor."
                ),
                "es": (
                    "Trabajas por tu cuenta en tus propios diseños y los presentas al "
                    "director de arte y al cliente para recibir comentarios."
                ),
                "it": (
                    "Lavori in autonomia sulle tue proposte e le presenti al direttore "
                    "artistico e al cliente per avere un riscontro."
                ),
                "pl": (
                    "Samodzielnie pracujesz nad własnymi projektami i przedstawiasz je "
                    "dyrektorowi artystycznemu oraz klientowi do oceny."
                ),
                "fr": (
                    "Vous travaillez en autonomie sur vos maquettes et les présentez au "
                    "directeur artistique et au client pour avoir leur avis."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "recycling-assistant",
        "sector": "E",
        "field": "07",
        "type": "pre_vocational",
        "eqf": (1, 2),
        "weeks": (2, 6),
        "title": {
            "en": "Recycling centre assistant",
            "de": "Helfer oder Helferin im Recyclinghof",
            "es": "Ayudante en un centro de reciclaje",
            "it": "Addetto o addetta in un centro di riciclo",
            "pl": "Pracownik lub pracowniczka punktu recyklingu",
            "fr": "Agent ou agente de déchetterie et de tri",
        },
        "summary": {
            "en": (
                "You sort waste, take apart old furniture and electronics and help visitors use the right containers. "
                "Good for you if you care about the environment and like simple, hands-on work."
            ),
            "de": (
                "Du sortierst Abfälle, zerlegst alte Möbel und Elektrogeräte und hilfst den Leuten, "
                "den richtigen Container zu finden. Passt zu dir, wenn dir die Umwelt wichtig ist "
                "und du gern mit anpackst."
            ),
            "es": (
                "Separas residuos, desmontas muebles y aparatos viejos y ayudas a los visitantes a usar el contenedor "
                "correcto. Es para ti si te importa el medio ambiente y te gusta el trabajo práctico y sencillo."
            ),
            "it": (
                "Separi i rifiuti, smonti vecchi mobili e apparecchi elettronici e aiuti i visitatori a usare "
                "il contenitore giusto. Fa per te se hai a cuore l'ambiente e ti piace un lavoro pratico e semplice."
            ),
            "pl": (
                "Segregujesz odpady, rozbierasz stare meble i elektronikę oraz pomagasz odwiedzającym wybrać właściwy "
                "pojemnik. To coś dla ciebie, jeśli zależy ci na środowisku i lubisz prostą pracę fizyczną."
            ),
            "fr": (
                "Vous triez les déchets, démontez de vieux meubles et appareils et aidez les usagers à choisir "
                "la bonne benne. C'est pour vous si l'environnement vous tient à cœur et que vous aimez "
                "le travail manuel simple."
            ),
        },
        "keywords": {
            "en": "recycling, recycling centre, waste sorting, environment, circular economy, upcycling, waste",
            "de": "Recycling, Recyclinghof, Wertstoffhof, Mülltrennung, Umwelt, Kreislaufwirtschaft, Entsorgung",
            "es": "reciclaje, punto limpio, separación de residuos, medio ambiente, economía circular, residuos",
            "it": "riciclo, isola ecologica, raccolta differenziata, ambiente, economia circolare, rifiuti",
            "pl": "recykling, segregacja odpadów, PSZOK, środowisko, gospodarka o obiegu zamkniętym, odpady",
            "fr": "recyclage, déchetterie, tri des déchets, environnement, économie circulaire, valoriste",
        },
        "unit": {
            "title": {
                "en": "Sorting and recovering materials",
                "de": "Wertstoffe sortieren und zurückgewinnen",
                "es": "Separar y recuperar materiales",
                "it": "Separare e recuperare i materiali",
                "pl": "Segregowanie i odzyskiwanie surowców",
                "fr": "Trier et valoriser les matériaux",
            },
            "knowledge": {
                "en": "You know the main types of waste, which ones are dangerous and why recycling matters.",
                "de": (
                    "Du kennst die wichtigsten Abfallarten, weißt, welche "
                    "gefährlich sind, und warum Recycling wichtig ist."
                ),
                "es": "Conoces los principales tipos de residuos, cuáles son peligrosos y por qué importa reciclar.",
                "it": "Conosci i principali tipi di rifiuti, quali sono pericolosi e perché riciclare è importante.",
                "pl": "Znasz główne rodzaje odpadów, wiesz, które są niebezpieczne i dlaczego recykling ma znaczenie.",
                "fr": (
                    "Vous connaissez les principaux types de déchets, ceux qui "
                    "sont dangereux et pourquoi recycler compte."
                ),
            },
            "skills": {
                "en": (
                    "You can sort materials correctly, take apart simple items "
                    "with hand tools and wear protective gear."
                ),
                "de": (
                    "Du kannst Materialien richtig sortieren, einfache Gegenstände mit "
                    "Handwerkzeug zerlegen und Schutzkleidung tragen."
                ),
                "es": (
                    "Sabes separar bien los materiales, desmontar objetos sencillos con "
                    "herramientas manuales y usar ropa de protección."
                ),
                "it": (
                    "Sai separare correttamente i materiali, smontare oggetti "
                    "semplici con attrezzi manuali e usare le protezioni."
                ),
                "pl": (
                    "Umiesz prawidłowo segregować materiały, rozbierać proste przedmioty "
                    "narzędziami ręcznymi i używać sprzętu ochronnego."
                ),
                "fr": (
                    "Vous savez trier les matériaux, démonter des objets simples "
                    "avec des outils à main et porter les protections."
                ),
            },
            "autonomy": {
                "en": "You work in a small team with a clear daily plan and a supervisor you can always ask.",
                "de": (
                    "Du arbeitest in einem kleinen Team mit klarem Tagesplan und "
                    "einer Ansprechperson, die du immer fragen kannst."
                ),
                "es": (
                    "Trabajas en un equipo pequeño con un plan diario claro y un "
                    "responsable al que siempre puedes preguntar."
                ),
                "it": (
                    "Lavori in una piccola squadra con un piano giornaliero chiaro "
                    "e un responsabile a cui puoi sempre chiedere."
                ),
                "pl": "Pracujesz w małym zespole według jasnego planu dnia, a przełożony zawsze służy radą.",
                "fr": (
                    "Vous travaillez dans une petite équipe avec un planning clair "
                    "et un responsable toujours prêt à répondre."
                ),
            },
            "esco": None,
        },
    },
    {
        "key": "event-technician-helper",
        "sector": "R",
        "field": "02",
        "type": "job_shadowing",
        "eqf": (2, 3),
        "weeks": (2, 6),
        "title": {
            "en": "Stage and event technician's helper",
            "de": "Helfer oder Helferin in der Veranstaltungstechnik",
            "es": "Ayudante técnico de escenarios y eventos",
            "it": "Aiutante tecnico per palchi ed eventi",
            "pl": "Pomocnik lub pomocniczka technika scenicznego",
            "fr": "Aide technicien ou technicienne du spectacle",
        },
        "summary": {
            "en": (
                "You follow the crew of a theatre or concert venue and help set up sound, lights and the stage. "
                "Good for you if you like music and technology and don't mind working in the evening."
            ),
            "de": (
                "Du begleitest das Technikteam eines Theaters oder einer Konzerthalle und hilfst beim Aufbau "
                "von Ton, Licht und Bühne. Passt zu dir, wenn du Musik und Technik magst und dir Abendarbeit "
                "nichts ausmacht."
            ),
            "es": (
                "Acompañas al equipo técnico de un teatro o sala de conciertos y ayudas a montar el sonido, las luces "
                "y el escenario. Es para ti si te gustan la música y la "
                "tecnología y no te importa trabajar por la noche."
            ),
            "it": (
                "Affianchi la squadra tecnica di un teatro o di un locale per concerti e aiuti a montare audio, luci "
                "e palco. Fa per te se ti piacciono la musica e la tecnica e non ti pesa lavorare la sera."
            ),
            "pl": (
                "Towarzyszysz ekipie technicznej teatru lub sali koncertowej i pomagasz przygotować nagłośnienie, "
                "oświetlenie i scenę. To coś dla ciebie, jeśli lubisz muzykę i technikę i nie przeszkadza ci "
                "praca wieczorami."
            ),
            "fr": (
                "Vous suivez l'équipe technique d'un théâtre ou d'une salle de concert et aidez à installer le son, "
                "les lumières et la scène. C'est pour vous si vous aimez la musique et la technique "
                "et que travailler le soir ne vous gêne pas."
            ),
        },
        "keywords": {
            "en": "event technician, stagehand, roadie, sound, lighting, concert, theatre",
            "de": (
                "Veranstaltungstechniker, Veranstaltungstechnikerin, "
                "Bühnentechnik, Roadie, Ton, Licht, Konzert, Theater"
            ),
            "es": (
                "técnico de sonido, técnica de iluminación, tramoyista, "
                "montaje de escenarios, eventos, conciertos, teatro"
            ),
            "it": (
                "tecnico del suono, tecnica delle luci, macchinista teatrale, "
                "allestimento palchi, eventi, concerti, teatro"
            ),
            "pl": "technik sceny, akustyk, oświetleniowiec, montaż sceny, eventy, koncerty, teatr",
            "fr": (
                "technicien du spectacle, technicienne du spectacle, machiniste, régie, son, lumière, concert, théâtre"
            ),
        },
        "unit": {
            "title": {
                "en": "Setting up for a show",
                "de": "Eine Veranstaltung aufbauen",
                "es": "Montar un espectáculo",
                "it": "Allestire uno spettacolo",
                "pl": "Przygotowanie sceny do występu",
                "fr": "Installer un spectacle",
            },
            "knowledge": {
                "en": (
                    "You know the main parts of a sound and lighting system and the safety rules for working on stage."
                ),
                "de": (
                    "Du kennst die wichtigsten Teile einer Ton- und Lichtanlage "
                    "und die Sicherheitsregeln auf der Bühne."
                ),
                "es": (
                    "Conoces las partes principales de un equipo de sonido e "
                    "iluminación y las normas de seguridad en el escenario."
                ),
                "it": "Conosci le parti principali di un impianto audio e luci e le regole di sicurezza sul palco.",
                "pl": "Znasz główne elementy systemu nagłośnienia i oświetlenia oraz zasady bezpieczeństwa na scenie.",
                "fr": (
                    "Vous connaissez les éléments principaux d'un système son et "
                    "lumière et les règles de sécurité sur scène."
                ),
            },
            "skills": {
                "en": "You can carry and connect equipment, coil cables properly and tape them down safely.",
                "de": "Du kannst Technik tragen und anschließen, Kabel richtig aufwickeln und sicher abkleben.",
                "es": "Sabes cargar y conectar equipos, enrollar bien los cables y fijarlos al suelo con seguridad.",
                "it": (
                    "Sai trasportare e collegare l'attrezzatura, avvolgere bene "
                    "i cavi e fissarli a terra con il nastro."
                ),
                "pl": (
                    "Umiesz przenosić i podłączać sprzęt, prawidłowo zwijać kable i bezpiecznie przyklejać je taśmą."
                ),
                "fr": (
                    "Vous savez porter et brancher le matériel, enrouler "
                    "correctement les câbles et les scotcher au sol."
                ),
            },
            "autonomy": {
                "en": "You watch and help the crew and only do tasks the head technician has given you.",
                "de": (
                    "Du schaust dem Team über die Schulter, hilfst mit und "
                    "übernimmst nur Aufgaben der technischen Leitung."
                ),
                "es": "Observas y ayudas al equipo y solo haces las tareas que te encarga el jefe técnico.",
                "it": "Osservi e aiuti la squadra e svolgi solo i compiti che ti affida il capo tecnico.",
                "pl": (
                    "Obserwujesz ekipę, pomagasz jej i wykonujesz tylko zadania zlecone przez kierownika technicznego."
                ),
                "fr": "Vous observez et aidez l'équipe et ne faites que les tâches confiées par le régisseur.",
            },
            "esco": None,
        },
    },
]
