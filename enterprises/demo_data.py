"""Demo organisation profiles: two per host country, with their texts in six languages.

The organisations are invented (addresses use the reserved ``.example`` domain);
names stay in their own language, descriptions and contact roles are translated.
"""

INDEX = {
    "title": {
        "en": "Enterprises and social partners",
        "de": "Unternehmen und Sozialpartner",
        "es": "Empresas e interlocutores sociales",
        "it": "Imprese e parti sociali",
        "pl": "Przedsiębiorstwa i partnerzy społeczni",
        "fr": "Entreprises et partenaires sociaux",
    },
    "introduction": {
        "en": "Companies, chambers, trade unions and training centres that welcome young people from other countries.",
        "de": (
            "Unternehmen, Kammern, Gewerkschaften und Bildungszentren, die junge Menschen aus anderen "
            "Ländern aufnehmen."
        ),
        "es": "Empresas, cámaras, sindicatos y centros de formación que acogen a jóvenes de otros países.",
        "it": "Imprese, camere, sindacati e centri di formazione che accolgono giovani da altri paesi.",
        "pl": "Firmy, izby, związki zawodowe i centra kształcenia, które przyjmują młodych ludzi z innych krajów.",
        "fr": "Entreprises, chambres, syndicats et centres de formation qui accueillent des jeunes d'autres pays.",
    },
    "register_introduction": {
        "en": (
            "Hosting a trainee means a mentor at work, a clear learning plan and a few weeks of patience. "
            "We help you with the rest."
        ),
        "de": (
            "Wer Auszubildende aufnimmt, stellt eine Mentorin oder einen Mentor, einen klaren Lernplan "
            "und ein paar Wochen Geduld. Bei allem anderen helfen wir."
        ),
        "es": (
            "Acoger a un aprendiz significa un mentor en el trabajo, un plan de aprendizaje claro "
            "y unas semanas de paciencia. Nosotros te ayudamos con lo demás."
        ),
        "it": (
            "Accogliere un tirocinante significa un tutor sul lavoro, un piano di apprendimento chiaro "
            "e qualche settimana di pazienza. Per il resto vi aiutiamo noi."
        ),
        "pl": (
            "Przyjęcie praktykanta to mentor w pracy, jasny plan nauki i kilka tygodni cierpliwości. "
            "W pozostałych sprawach pomożemy."
        ),
        "fr": (
            "Accueillir un stagiaire, c'est un tuteur au travail, un plan d'apprentissage clair "
            "et quelques semaines de patience. Nous vous aidons pour le reste."
        ),
    },
}

ROLES = {
    "training": {
        "en": "Training manager",
        "de": "Ausbildungsleitung",
        "es": "Responsable de formación",
        "it": "Responsabile della formazione",
        "pl": "Kierownik ds. szkoleń",
        "fr": "Responsable de la formation",
    },
    "mobility": {
        "en": "International mobility officer",
        "de": "Referat für internationale Mobilität",
        "es": "Responsable de movilidad internacional",
        "it": "Referente per la mobilità internazionale",
        "pl": "Koordynator mobilności międzynarodowej",
        "fr": "Chargé de mobilité internationale",
    },
    "hr": {
        "en": "Head of human resources",
        "de": "Personalleitung",
        "es": "Dirección de recursos humanos",
        "it": "Responsabile delle risorse umane",
        "pl": "Kierownik działu kadr",
        "fr": "Responsable des ressources humaines",
    },
}

PROFILES = [
    # --- Germany -------------------------------------------------------------------
    {
        "slug": "hotel-elbufer-dresden",
        "kind": "enterprise",
        "country": "DE",
        "title": "Hotel Elbufer Dresden",
        "city": "Dresden",
        "size": "medium",
        "sectors": ["I"],
        "languages": ["de", "en"],
        "supports": ["reinforced_mentoring", "local_buddy", "accommodation_arranged"],
        "commitments": ["learning_plan", "mentoring", "recognition"],
        "role": "training",
        "description": {
            "en": (
                "A family-run hotel with 60 rooms by the river Elbe. Trainees work in the kitchen, at reception "
                "and in housekeeping, always with a mentor at their side."
            ),
            "de": (
                "Ein familiengeführtes Hotel mit 60 Zimmern an der Elbe. Auszubildende arbeiten in der Küche, an "
                "der Rezeption und im Housekeeping, immer mit einer Mentorin oder einem Mentor an ihrer Seite."
            ),
            "es": (
                "Un hotel familiar de 60 habitaciones a orillas del Elba. Los aprendices trabajan en la cocina, "
                "en la recepción y en pisos, siempre con un mentor a su lado."
            ),
            "it": (
                "Un hotel a conduzione familiare con 60 camere sulle rive dell'Elba. I tirocinanti lavorano in "
                "cucina, alla reception e ai piani, sempre con un tutor al loro fianco."
            ),
            "pl": (
                "Rodzinny hotel z 60 pokojami nad Łabą. Praktykanci pracują w kuchni, w recepcji i przy obsłudze "
                "pokoi, zawsze z mentorem u boku."
            ),
            "fr": (
                "Un hôtel familial de 60 chambres au bord de l'Elbe. Les stagiaires travaillent en cuisine, à la "
                "réception et aux étages, toujours avec un tuteur à leurs côtés."
            ),
        },
    },
    {
        "slug": "handwerksverbund-leipziger-land",
        "kind": "social_partner",
        "partner_type": "employer_association",
        "country": "DE",
        "title": "Handwerksverbund Leipziger Land",
        "city": "Leipzig",
        "size": "small",
        "sectors": ["F", "C"],
        "languages": ["de", "en", "pl"],
        "supports": ["preparatory_visit", "language_preparation", "travel_arranged"],
        "commitments": ["information_guidance", "logistical_support", "commitments_responsibilities"],
        "role": "mobility",
        "description": {
            "en": (
                "An association of 400 craft businesses around Leipzig. We find host companies for trainees from "
                "abroad and help with paperwork and insurance."
            ),
            "de": (
                "Ein Verbund von 400 Handwerksbetrieben rund um Leipzig. Wir finden Gastbetriebe für "
                "Auszubildende aus dem Ausland und helfen bei Formularen und Versicherung."
            ),
            "es": (
                "Una asociación de 400 empresas artesanas de la región de Leipzig. Buscamos empresas de acogida "
                "para aprendices del extranjero y ayudamos con los trámites y el seguro."
            ),
            "it": (
                "Un'associazione di 400 imprese artigiane intorno a Lipsia. Troviamo aziende ospitanti per "
                "tirocinanti dall'estero e aiutiamo con documenti e assicurazione."
            ),
            "pl": (
                "Zrzeszenie 400 zakładów rzemieślniczych z okolic Lipska. Znajdujemy firmy przyjmujące "
                "praktykantów z zagranicy i pomagamy w formalnościach i ubezpieczeniu."
            ),
            "fr": (
                "Une association de 400 entreprises artisanales autour de Leipzig. Nous trouvons des entreprises "
                "d'accueil pour les apprentis étrangers et aidons pour les démarches et l'assurance."
            ),
        },
    },
    # --- Spain -----------------------------------------------------------------------
    {
        "slug": "talleres-turia",
        "kind": "enterprise",
        "country": "ES",
        "title": "Talleres Turia",
        "city": "Valencia",
        "size": "small",
        "sectors": ["G"],
        "languages": ["es", "en"],
        "supports": ["accessible_workplace", "local_buddy"],
        "commitments": ["personalisation", "mentoring"],
        "role": "training",
        "description": {
            "en": (
                "A car repair workshop with twelve mechanics. Trainees service cars, change tyres and learn to "
                "diagnose faults with modern tools."
            ),
            "de": (
                "Eine Kfz-Werkstatt mit zwölf Mechanikerinnen und Mechanikern. Auszubildende warten Autos, "
                "wechseln Reifen und lernen, Fehler mit moderner Technik zu finden."
            ),
            "es": (
                "Un taller mecánico con doce mecánicos. Los aprendices revisan coches, cambian neumáticos y "
                "aprenden a diagnosticar averías con herramientas modernas."
            ),
            "it": (
                "Un'officina meccanica con dodici meccanici. I tirocinanti fanno la manutenzione delle auto, "
                "cambiano gli pneumatici e imparano a diagnosticare i guasti con strumenti moderni."
            ),
            "pl": (
                "Warsztat samochodowy z dwunastoma mechanikami. Praktykanci serwisują auta, wymieniają opony i "
                "uczą się diagnozować usterki nowoczesnymi narzędziami."
            ),
            "fr": (
                "Un garage automobile avec douze mécaniciens. Les stagiaires entretiennent les voitures, "
                "changent les pneus et apprennent à diagnostiquer les pannes avec des outils modernes."
            ),
        },
    },
    {
        "slug": "cfp-costa-blanca",
        "kind": "vet_provider",
        "mobility_role": "both",
        "country": "ES",
        "title": "Centro de Formación Profesional Costa Blanca",
        "city": "Alicante",
        "size": "medium",
        "sectors": ["P", "I"],
        "languages": ["es", "en", "fr"],
        "supports": ["accompanying_person", "cultural_preparation", "accommodation_arranged"],
        "commitments": ["general_preparation", "learning_plan", "reintegration_evaluation"],
        "role": "mobility",
        "description": {
            "en": (
                "A vocational school for tourism and catering. We send our students abroad and welcome groups "
                "from partner schools, with a teacher who travels with them."
            ),
            "de": (
                "Eine Berufsschule für Tourismus und Gastronomie. Wir schicken unsere Schülerinnen und Schüler "
                "ins Ausland und empfangen Gruppen von Partnerschulen, mit einer Lehrkraft, die mitreist."
            ),
            "es": (
                "Un centro de formación profesional de turismo y hostelería. Enviamos a nuestro alumnado al "
                "extranjero y acogemos grupos de centros socios, con un profesor que los acompaña."
            ),
            "it": (
                "Una scuola professionale per il turismo e la ristorazione. Mandiamo i nostri studenti "
                "all'estero e accogliamo gruppi delle scuole partner, con un insegnante che viaggia con loro."
            ),
            "pl": (
                "Szkoła zawodowa kształcąca w turystyce i gastronomii. Wysyłamy naszych uczniów za granicę i "
                "przyjmujemy grupy ze szkół partnerskich, z nauczycielem, który z nimi podróżuje."
            ),
            "fr": (
                "Un lycée professionnel du tourisme et de la restauration. Nous envoyons nos élèves à l'étranger "
                "et accueillons des groupes d'écoles partenaires, avec un enseignant qui les accompagne."
            ),
        },
    },
    # --- Italy -----------------------------------------------------------------------
    {
        "slug": "cantina-colli-bolognesi",
        "kind": "enterprise",
        "country": "IT",
        "title": "Cantina Colli Bolognesi",
        "city": "Bologna",
        "size": "small",
        "sectors": ["A", "C"],
        "languages": ["it", "en"],
        "supports": ["local_buddy", "travel_arranged"],
        "commitments": ["learning_plan", "recognition"],
        "role": "hr",
        "description": {
            "en": (
                "A cooperative winery in the hills near Bologna. Trainees help in the vineyard, in the cellar "
                "and in the shop, and learn how wine is made from grape to bottle."
            ),
            "de": (
                "Eine Winzergenossenschaft in den Hügeln bei Bologna. Auszubildende helfen im Weinberg, im "
                "Keller und im Laden und lernen, wie Wein von der Traube bis zur Flasche entsteht."
            ),
            "es": (
                "Una bodega cooperativa en las colinas cerca de Bolonia. Los aprendices ayudan en la viña, en la "
                "bodega y en la tienda, y aprenden cómo se hace el vino de la uva a la botella."
            ),
            "it": (
                "Una cantina cooperativa sulle colline vicino a Bologna. I tirocinanti aiutano in vigna, in "
                "cantina e nel punto vendita, e imparano come nasce il vino, dall'uva alla bottiglia."
            ),
            "pl": (
                "Spółdzielcza winnica na wzgórzach koło Bolonii. Praktykanci pomagają w winnicy, w piwnicy i w "
                "sklepie oraz uczą się, jak powstaje wino, od winogrona do butelki."
            ),
            "fr": (
                "Une cave coopérative dans les collines près de Bologne. Les stagiaires aident dans les vignes, "
                "au chai et à la boutique, et apprennent comment le vin est fait, du raisin à la bouteille."
            ),
        },
    },
    {
        "slug": "associazione-artigiani-emilia-centro",
        "kind": "social_partner",
        "partner_type": "employer_association",
        "country": "IT",
        "title": "Associazione Artigiani Emilia Centro",
        "city": "Modena",
        "size": "small",
        "sectors": ["C", "F"],
        "languages": ["it", "en", "es"],
        "supports": ["preparatory_visit", "reinforced_mentoring"],
        "commitments": ["information_guidance", "commitments_responsibilities"],
        "role": "mobility",
        "description": {
            "en": (
                "We represent 900 craft firms in Emilia. Our mobility desk matches trainees with workshops and "
                "visits each trainee during the placement."
            ),
            "de": (
                "Wir vertreten 900 Handwerksbetriebe in der Emilia. Unser Mobilitätsbüro vermittelt "
                "Auszubildende an Werkstätten und besucht alle während des Praktikums."
            ),
            "es": (
                "Representamos a 900 empresas artesanas de Emilia. Nuestra oficina de movilidad pone en contacto "
                "a los aprendices con talleres y visita a cada uno durante las prácticas."
            ),
            "it": (
                "Rappresentiamo 900 imprese artigiane dell'Emilia. Il nostro sportello mobilità abbina i "
                "tirocinanti alle botteghe e visita ogni tirocinante durante il tirocinio."
            ),
            "pl": (
                "Reprezentujemy 900 firm rzemieślniczych z Emilii. Nasze biuro mobilności łączy praktykantów z "
                "warsztatami i odwiedza każdego z nich w trakcie praktyk."
            ),
            "fr": (
                "Nous représentons 900 entreprises artisanales d'Émilie. Notre bureau mobilité met les apprentis "
                "en relation avec des ateliers et rend visite à chacun pendant le stage."
            ),
        },
    },
    # --- Poland ----------------------------------------------------------------------
    {
        "slug": "warsztaty-okretowe-zatoka",
        "kind": "enterprise",
        "country": "PL",
        "title": "Warsztaty Okrętowe Zatoka",
        "city": "Gdańsk",
        "size": "large",
        "sectors": ["C"],
        "languages": ["pl", "en", "de"],
        "supports": ["reinforced_mentoring", "accommodation_arranged", "financial_allowance"],
        "commitments": ["learning_plan", "mentoring", "logistical_support"],
        "role": "hr",
        "description": {
            "en": (
                "A ship repair yard in the port of Gdańsk. Trainees learn welding, metalwork and safety at work "
                "in a team of experienced shipbuilders."
            ),
            "de": (
                "Eine Schiffsreparaturwerft im Hafen von Danzig. Auszubildende lernen Schweißen, "
                "Metallbearbeitung und Arbeitssicherheit in einem Team erfahrener Schiffbauer."
            ),
            "es": (
                "Un astillero de reparación naval en el puerto de Gdansk. Los aprendices aprenden soldadura, "
                "trabajo del metal y seguridad laboral en un equipo de constructores navales con experiencia."
            ),
            "it": (
                "Un cantiere di riparazione navale nel porto di Danzica. I tirocinanti imparano saldatura, "
                "lavorazione dei metalli e sicurezza sul lavoro in una squadra di esperti costruttori navali."
            ),
            "pl": (
                "Stocznia remontowa w porcie w Gdańsku. Praktykanci uczą się spawania, obróbki metalu i "
                "bezpieczeństwa pracy w zespole doświadczonych szkutników."
            ),
            "fr": (
                "Un chantier de réparation navale dans le port de Gdańsk. Les stagiaires apprennent la soudure, "
                "le travail du métal et la sécurité au travail dans une équipe de constructeurs navals "
                "expérimentés."
            ),
        },
    },
    {
        "slug": "zsz-nr-3-poznan",
        "kind": "vet_provider",
        "mobility_role": "sending",
        "country": "PL",
        "title": "Zespół Szkół Zawodowych nr 3 w Poznaniu",
        "city": "Poznań",
        "size": "medium",
        "sectors": ["P"],
        "languages": ["pl", "en"],
        "supports": ["accompanying_person", "language_preparation", "cultural_preparation"],
        "commitments": ["general_preparation", "linguistic_aspects", "reintegration_evaluation"],
        "role": "mobility",
        "description": {
            "en": (
                "A vocational school for cooks, electricians and mechanics. Every year we send about forty "
                "students on placements abroad and prepare them with language and culture classes."
            ),
            "de": (
                "Eine Berufsschule für Köche, Elektriker und Mechaniker. Jedes Jahr schicken wir etwa vierzig "
                "Schülerinnen und Schüler ins Auslandspraktikum und bereiten sie mit Sprach- und Kulturkursen "
                "vor."
            ),
            "es": (
                "Una escuela de formación profesional para cocineros, electricistas y mecánicos. Cada año "
                "enviamos a unos cuarenta alumnos de prácticas al extranjero y los preparamos con clases de "
                "idioma y cultura."
            ),
            "it": (
                "Una scuola professionale per cuochi, elettricisti e meccanici. Ogni anno mandiamo una "
                "quarantina di studenti in tirocinio all'estero e li prepariamo con corsi di lingua e cultura."
            ),
            "pl": (
                "Szkoła zawodowa kształcąca kucharzy, elektryków i mechaników. Co roku wysyłamy około "
                "czterdziestu uczniów na praktyki za granicę i przygotowujemy ich na zajęciach językowych i "
                "kulturowych."
            ),
            "fr": (
                "Un lycée professionnel pour cuisiniers, électriciens et mécaniciens. Chaque année, nous "
                "envoyons une quarantaine d'élèves en stage à l'étranger et les préparons par des cours de "
                "langue et de culture."
            ),
        },
    },
    # --- France ----------------------------------------------------------------------
    {
        "slug": "boulangerie-des-quais",
        "kind": "enterprise",
        "country": "FR",
        "title": "Boulangerie des Quais",
        "city": "Nantes",
        "size": "micro",
        "sectors": ["C", "G"],
        "languages": ["fr", "en"],
        "supports": ["local_buddy", "accessible_workplace"],
        "commitments": ["personalisation", "mentoring"],
        "role": "training",
        "description": {
            "en": (
                "A small bakery near the river Loire. Trainees start early, bake bread and pastries with the "
                "baker and serve customers in the shop."
            ),
            "de": (
                "Eine kleine Bäckerei an der Loire. Auszubildende fangen früh an, backen Brot und Gebäck mit dem "
                "Bäcker und bedienen die Kundschaft im Laden."
            ),
            "es": (
                "Una pequeña panadería junto al río Loira. Los aprendices empiezan temprano, hornean pan y "
                "bollería con el panadero y atienden a los clientes en la tienda."
            ),
            "it": (
                "Un piccolo panificio vicino alla Loira. I tirocinanti iniziano presto, sfornano pane e dolci "
                "con il fornaio e servono i clienti in negozio."
            ),
            "pl": (
                "Mała piekarnia nad Loarą. Praktykanci zaczynają wcześnie, pieką chleb i wypieki z piekarzem i "
                "obsługują klientów w sklepie."
            ),
            "fr": (
                "Une petite boulangerie au bord de la Loire. Les stagiaires commencent tôt, font le pain et les "
                "viennoiseries avec le boulanger et servent les clients en boutique."
            ),
        },
    },
    {
        "slug": "chambre-des-metiers-estuaire",
        "kind": "social_partner",
        "partner_type": "chamber",
        "country": "FR",
        "title": "Chambre des métiers de l'Estuaire",
        "city": "Saint-Nazaire",
        "size": "medium",
        "sectors": ["C", "F", "S"],
        "languages": ["fr", "en", "es"],
        "supports": ["preparatory_visit", "reinforced_mentoring", "travel_arranged"],
        "commitments": ["information_guidance", "recognition", "commitments_responsibilities"],
        "role": "mobility",
        "description": {
            "en": (
                "The chamber of crafts for the Loire estuary. We welcome apprentices from all over Europe and "
                "place them with bakers, hairdressers, carpenters and electricians."
            ),
            "de": (
                "Die Handwerkskammer für die Loiremündung. Wir empfangen Auszubildende aus ganz Europa und "
                "vermitteln sie an Bäckereien, Friseursalons, Tischlereien und Elektrobetriebe."
            ),
            "es": (
                "La cámara de oficios del estuario del Loira. Acogemos a aprendices de toda Europa y los "
                "colocamos en panaderías, peluquerías, carpinterías y empresas de electricidad."
            ),
            "it": (
                "La camera dell'artigianato dell'estuario della Loira. Accogliamo apprendisti da tutta Europa e "
                "li inseriamo presso panifici, parrucchieri, falegnamerie ed elettricisti."
            ),
            "pl": (
                "Izba rzemieślnicza ujścia Loary. Przyjmujemy uczniów z całej Europy i kierujemy ich do "
                "piekarni, salonów fryzjerskich, stolarni i firm elektrycznych."
            ),
            "fr": (
                "La chambre des métiers de l'estuaire de la Loire. Nous accueillons des apprentis de toute "
                "l'Europe et les plaçons chez des boulangers, coiffeurs, menuisiers et électriciens."
            ),
        },
    },
    # --- Ireland ---------------------------------------------------------------------
    {
        "slug": "corrib-care-services",
        "kind": "enterprise",
        "country": "IE",
        "title": "Corrib Care Services",
        "city": "Galway",
        "size": "medium",
        "sectors": ["Q"],
        "languages": ["en", "ga"],
        "supports": ["reinforced_mentoring", "accommodation_arranged", "local_buddy"],
        "commitments": ["learning_plan", "mentoring", "reintegration_evaluation"],
        "role": "hr",
        "description": {
            "en": (
                "A home care provider for older people in Galway. Trainees join care workers on their visits and "
                "learn to support people in their daily lives."
            ),
            "de": (
                "Ein häuslicher Pflegedienst für ältere Menschen in Galway. Auszubildende begleiten Pflegekräfte "
                "bei ihren Besuchen und lernen, Menschen im Alltag zu unterstützen."
            ),
            "es": (
                "Un servicio de atención domiciliaria para personas mayores en Galway. Los aprendices acompañan "
                "a los cuidadores en sus visitas y aprenden a apoyar a las personas en su vida diaria."
            ),
            "it": (
                "Un servizio di assistenza domiciliare per anziani a Galway. I tirocinanti accompagnano gli "
                "operatori nelle visite e imparano a sostenere le persone nella vita di tutti i giorni."
            ),
            "pl": (
                "Firma opieki domowej dla osób starszych w Galway. Praktykanci towarzyszą opiekunom podczas "
                "wizyt i uczą się wspierać ludzi w codziennym życiu."
            ),
            "fr": (
                "Un service d'aide à domicile pour les personnes âgées à Galway. Les stagiaires accompagnent les "
                "aides-soignants lors de leurs visites et apprennent à soutenir les personnes au quotidien."
            ),
        },
    },
    {
        "slug": "lee-valley-training-centre",
        "kind": "vet_provider",
        "mobility_role": "hosting",
        "country": "IE",
        "title": "Lee Valley Training Centre",
        "city": "Cork",
        "size": "small",
        "sectors": ["P", "J"],
        "languages": ["en"],
        "supports": ["language_preparation", "cultural_preparation", "reinforced_mentoring"],
        "commitments": ["general_preparation", "linguistic_aspects", "recognition"],
        "role": "mobility",
        "description": {
            "en": (
                "A training centre that hosts trainees from abroad. We start with two weeks of English and "
                "workplace skills, then place each trainee with a local employer."
            ),
            "de": (
                "Ein Bildungszentrum, das Auszubildende aus dem Ausland aufnimmt. Wir beginnen mit zwei Wochen "
                "Englisch und Arbeitsalltag und vermitteln dann alle an einen Betrieb vor Ort."
            ),
            "es": (
                "Un centro de formación que acoge a aprendices del extranjero. Empezamos con dos semanas de "
                "inglés y competencias laborales y después colocamos a cada aprendiz en una empresa local."
            ),
            "it": (
                "Un centro di formazione che accoglie tirocinanti dall'estero. Iniziamo con due settimane di "
                "inglese e competenze lavorative, poi inseriamo ogni tirocinante presso un'azienda locale."
            ),
            "pl": (
                "Centrum szkoleniowe przyjmujące praktykantów z zagranicy. Zaczynamy od dwóch tygodni "
                "angielskiego i umiejętności zawodowych, a potem kierujemy każdego do lokalnego pracodawcy."
            ),
            "fr": (
                "Un centre de formation qui accueille des stagiaires étrangers. Nous commençons par deux "
                "semaines d'anglais et de savoir-être professionnel, puis plaçons chaque stagiaire chez un "
                "employeur local."
            ),
        },
    },
]
