//! The network's vocabulary of municipal-innovation topics, in the eight
//! languages: each topic's label and the word stems that suggest it in a
//! text of that language. It is data compiled into the binary, the same on
//! every instance; the stems are written folded (lower case, no accents) and
//! a word suggests a topic when it begins with one of its stems.

/// The languages every topic is written in, in the order of [`Topic::words`].
pub const LANGUAGES: [&str; 8] = ["it", "en", "fr", "pt", "nl", "ro", "es", "hu"];

/// A topic's label and stems in one language.
pub struct Words {
    pub label: &'static str,
    pub stems: &'static [&'static str],
}

/// One topic of the vocabulary.
pub struct Topic {
    /// Stable code, stored with proposals and practices.
    pub code: &'static str,
    /// In the order of [`LANGUAGES`].
    pub words: [Words; 8],
}

macro_rules! topic {
    ($code:literal, $([$label:literal, $($stem:literal),+ $(,)?]),+ $(,)?) => {
        Topic { code: $code, words: [$(Words { label: $label, stems: &[$($stem),+] }),+] }
    };
}

pub const TOPICS: &[Topic] = &[
    topic!(
        "energy",
        [
            "Energia negli edifici pubblici",
            "energ",
            "riscald",
            "illumin",
            "fotovolt",
            "termic",
            "caldai"
        ],
        [
            "Energy in public buildings",
            "energ",
            "heating",
            "lighting",
            "photovolt",
            "insulat",
            "boiler",
            "solar"
        ],
        [
            "Énergie dans les bâtiments publics",
            "energ",
            "chauff",
            "eclairag",
            "photovolt",
            "isolat",
            "chaudier",
            "solair"
        ],
        [
            "Energia nos edifícios públicos",
            "energ",
            "aquecim",
            "iluminac",
            "fotovolt",
            "isolam",
            "caldeir",
            "solar"
        ],
        [
            "Energie in openbare gebouwen",
            "energ",
            "verwarm",
            "verlicht",
            "zonnepan",
            "isolat",
            "ketel",
            "stroomverbr"
        ],
        [
            "Energia în clădirile publice",
            "energ",
            "incalz",
            "ilumin",
            "fotovolt",
            "izolat",
            "centrala term",
            "solar"
        ],
        [
            "Energía en los edificios públicos",
            "energ",
            "calefacc",
            "ilumin",
            "fotovolt",
            "aislam",
            "caldera",
            "solar"
        ],
        [
            "Energia a középületekben",
            "energi",
            "futes",
            "vilagit",
            "napelem",
            "szigetel",
            "kazan",
            "aramfogyaszt"
        ]
    ),
    topic!(
        "procurement",
        [
            "Appalti e acquisti",
            "appalt",
            "acquist",
            "fornitor",
            "mepa",
            "forniture"
        ],
        [
            "Procurement",
            "procur",
            "purchas",
            "supplier",
            "tender",
            "contract",
            "buying"
        ],
        [
            "Marchés publics et achats",
            "achat",
            "marche public",
            "marches public",
            "fournisseur",
            "appel d'offre",
            "commande publique"
        ],
        [
            "Contratação pública e compras",
            "compra",
            "contratac",
            "fornecedor",
            "concurso",
            "aquisic",
            "concurs"
        ],
        [
            "Inkoop en aanbesteding",
            "inkoop",
            "aanbested",
            "leverancier",
            "bestel",
            "contract"
        ],
        [
            "Achiziții publice",
            "achizit",
            "licitat",
            "furnizor",
            "contract",
            "cumpar"
        ],
        [
            "Contratación pública y compras",
            "contratac",
            "compra",
            "licitac",
            "proveedor",
            "adquisic"
        ],
        [
            "Közbeszerzés és beszerzés",
            "kozbeszerz",
            "beszerz",
            "szallito",
            "tender",
            "ajanlat",
            "vasarl"
        ]
    ),
    topic!(
        "digital-services",
        [
            "Servizi digitali",
            "digital",
            "online",
            "smartphone",
            "portal",
            "sportello telemat",
            "spid",
            "software"
        ],
        [
            "Digital services",
            "digital",
            "online",
            "smartphone",
            "portal",
            "website",
            "e-service",
            "software"
        ],
        [
            "Services numériques",
            "numerique",
            "en ligne",
            "dematerialis",
            "applicat",
            "portail",
            "site web",
            "logiciel"
        ],
        [
            "Serviços digitais",
            "digital",
            "online",
            "aplicac",
            "portal",
            "site",
            "desmaterializ",
            "software"
        ],
        [
            "Digitale dienstverlening",
            "digita",
            "online",
            "smartphone",
            "portaal",
            "website",
            "software",
            "e-dienst"
        ],
        [
            "Servicii digitale",
            "digital",
            "online",
            "aplicat",
            "portal",
            "site",
            "software",
            "electronic"
        ],
        [
            "Servicios digitales",
            "digital",
            "online",
            "en linea",
            "aplicac",
            "portal",
            "sede electron",
            "software"
        ],
        [
            "Digitális szolgáltatások",
            "digital",
            "online",
            "alkalmazas",
            "portal",
            "honlap",
            "szoftver",
            "elektronikus"
        ]
    ),
    topic!(
        "mobility",
        [
            "Mobilità e trasporti",
            "mobilit",
            "trasport",
            "bicicl",
            "parchegg",
            "traffic",
            "autobus",
            "pendolar"
        ],
        [
            "Mobility and transport",
            "mobilit",
            "transport",
            "bicycl",
            "bike",
            "parking",
            "traffic",
            "commut",
            "bus"
        ],
        [
            "Mobilité et transports",
            "mobilit",
            "transport",
            "velo",
            "stationnem",
            "circulat",
            "trafic",
            "covoitur"
        ],
        [
            "Mobilidade e transportes",
            "mobilid",
            "transport",
            "biciclet",
            "estacionam",
            "transito",
            "autocarr",
            "trafego"
        ],
        [
            "Mobiliteit en vervoer",
            "mobilit",
            "vervoer",
            "fiets",
            "parkeer",
            "verkeer",
            "openbaar vervoer",
            "pendel"
        ],
        [
            "Mobilitate și transport",
            "mobilit",
            "transport",
            "biciclet",
            "parcar",
            "trafic",
            "autobuz",
            "navet"
        ],
        [
            "Movilidad y transporte",
            "movilid",
            "transport",
            "biciclet",
            "aparcam",
            "estacionam",
            "trafico",
            "autobus"
        ],
        [
            "Mobilitás és közlekedés",
            "mobilit",
            "kozleked",
            "kerekpar",
            "bicikl",
            "parkol",
            "forgalom",
            "busz",
            "ingaz"
        ]
    ),
    topic!(
        "waste",
        [
            "Rifiuti e riciclo",
            "rifiut",
            "ricicl",
            "differenziat",
            "riuso",
            "compost",
            "plastic"
        ],
        [
            "Waste and recycling",
            "waste",
            "recycl",
            "reuse",
            "compost",
            "plastic",
            "litter",
            "garbage"
        ],
        [
            "Déchets et recyclage",
            "dechet",
            "recycl",
            "reemploi",
            "compost",
            "plastique",
            "tri selectif",
            "ordure"
        ],
        [
            "Resíduos e reciclagem",
            "residuo",
            "recicl",
            "reutiliz",
            "compost",
            "plastic",
            "lixo"
        ],
        [
            "Afval en recycling",
            "afval",
            "recycl",
            "hergebruik",
            "compost",
            "plastic",
            "zwerfvuil"
        ],
        [
            "Deșeuri și reciclare",
            "deseu",
            "recicl",
            "reutiliz",
            "compost",
            "plastic",
            "gunoi"
        ],
        [
            "Residuos y reciclaje",
            "residuo",
            "recicl",
            "reutiliz",
            "compost",
            "plastic",
            "basura"
        ],
        [
            "Hulladék és újrahasznosítás",
            "hulladek",
            "ujrahasznos",
            "szelektiv",
            "komposzt",
            "muanyag",
            "szemet"
        ]
    ),
    topic!(
        "housing",
        [
            "Casa e abitare",
            "abitat",
            "alloggi",
            "casa popolar",
            "case popolar",
            "affitt",
            "edilizia resid",
            "sfratt"
        ],
        [
            "Housing",
            "housing",
            "dwelling",
            "tenant",
            "rent",
            "homeless",
            "social home"
        ],
        [
            "Logement",
            "logement",
            "habitat",
            "locatai",
            "loyer",
            "hlm",
            "sans-abri",
            "sans abri"
        ],
        [
            "Habitação",
            "habitac",
            "alojament",
            "arrendament",
            "renda",
            "inquilin",
            "sem-abrigo",
            "sem abrigo"
        ],
        [
            "Wonen en huisvesting",
            "wonen",
            "woning",
            "huisvest",
            "huurder",
            "huur",
            "dakloz"
        ],
        [
            "Locuire",
            "locuin",
            "locuir",
            "chiria",
            "adapost",
            "fara adapost"
        ],
        [
            "Vivienda",
            "vivienda",
            "alojamient",
            "alquiler",
            "inquilin",
            "sin hogar",
            "desahuc"
        ],
        [
            "Lakhatás",
            "lakas",
            "lakhat",
            "berlakas",
            "berlo",
            "hajlektalan",
            "berbead"
        ]
    ),
    topic!(
        "social-care",
        [
            "Servizi sociali e assistenza",
            "social",
            "assisten",
            "anzian",
            "disabil",
            "fragil",
            "famigli",
            "cura"
        ],
        [
            "Social care",
            "social",
            "caregiv",
            "care home",
            "elderly",
            "disabilit",
            "vulnerab",
            "famil",
            "carer"
        ],
        [
            "Action sociale et aide à la personne",
            "social",
            "aide",
            "personnes agees",
            "handicap",
            "vulnerab",
            "famill",
            "dependance"
        ],
        [
            "Ação social e cuidados",
            "social",
            "cuidad",
            "idoso",
            "deficien",
            "vulnerab",
            "famil",
            "apoio"
        ],
        [
            "Zorg en welzijn",
            "zorg",
            "welzijn",
            "ouderen",
            "beperking",
            "kwetsba",
            "gezin",
            "mantelzorg"
        ],
        [
            "Asistență socială",
            "social",
            "asisten",
            "varstnic",
            "dizabilit",
            "vulnerab",
            "famil",
            "ingrij"
        ],
        [
            "Servicios sociales y cuidados",
            "social",
            "cuidad",
            "mayores",
            "discapacid",
            "vulnerab",
            "famili",
            "dependenc"
        ],
        [
            "Szociális ellátás és gondozás",
            "szocialis",
            "gondoz",
            "idosek",
            "fogyatek",
            "raszorul",
            "csalad",
            "ellatas"
        ]
    ),
    topic!(
        "training",
        [
            "Personale e formazione",
            "formazion",
            "personale",
            "competenz",
            "dipendent",
            "corso",
            "corsi",
            "aggiornament"
        ],
        [
            "HR and training",
            "training",
            "staff",
            "skill",
            "employee",
            "course",
            "human resource",
            "learning",
            "onboard"
        ],
        [
            "Ressources humaines et formation",
            "formation",
            "personnel",
            "competence",
            "agent",
            "salarie",
            "ressources humaines",
            "stage"
        ],
        [
            "Recursos humanos e formação",
            "formac",
            "pessoal",
            "competenc",
            "trabalhador",
            "funcionari",
            "recursos humanos",
            "curso"
        ],
        [
            "Personeel en opleiding",
            "opleid",
            "personeel",
            "vaardighe",
            "medewerker",
            "cursus",
            "training",
            "leren"
        ],
        [
            "Resurse umane și formare",
            "formare",
            "instruir",
            "personal",
            "competent",
            "angajat",
            "resurse umane",
            "curs"
        ],
        [
            "Recursos humanos y formación",
            "formacion",
            "personal",
            "competenc",
            "emplead",
            "curso",
            "recursos humanos",
            "capacitac"
        ],
        [
            "Humánerőforrás és képzés",
            "kepzes",
            "tovabbkepz",
            "munkatars",
            "kompetenc",
            "dolgozo",
            "humaneroforr",
            "tanfolyam"
        ]
    ),
    topic!(
        "paperless",
        [
            "Meno carta e dematerializzazione",
            "carta",
            "cartace",
            "dematerializ",
            "document",
            "archivi",
            "stampa",
            "firma"
        ],
        [
            "Paperless administration",
            "paper",
            "document",
            "archiv",
            "printing",
            "print",
            "signature",
            "scan"
        ],
        [
            "Zéro papier",
            "papier",
            "document",
            "archiv",
            "impression",
            "imprim",
            "signature",
            "numeris"
        ],
        [
            "Administração sem papel",
            "papel",
            "document",
            "arquiv",
            "impressa",
            "imprim",
            "assinatura",
            "digitaliz"
        ],
        [
            "Papierloos werken",
            "papier",
            "document",
            "archie",
            "print",
            "afdruk",
            "handtekening",
            "scan"
        ],
        [
            "Administrație fără hârtie",
            "hartie",
            "document",
            "arhiv",
            "tiparir",
            "imprim",
            "semnatur",
            "scanar"
        ],
        [
            "Administración sin papel",
            "papel",
            "document",
            "archiv",
            "impresion",
            "imprim",
            "firma",
            "digitaliz"
        ],
        [
            "Papírmentes ügyintézés",
            "papir",
            "dokumentum",
            "irat",
            "archiv",
            "nyomtat",
            "alairas",
            "szkenn"
        ]
    ),
    topic!(
        "data",
        [
            "Dati e analisi",
            "dati",
            "dato",
            "analisi",
            "statistic",
            "open data",
            "cruscott",
            "indicator"
        ],
        [
            "Data and analytics",
            "data",
            "analytic",
            "statistic",
            "dashboard",
            "indicator",
            "open data"
        ],
        [
            "Données et analyse",
            "donnee",
            "analyse",
            "statistiq",
            "tableau de bord",
            "indicateur",
            "open data"
        ],
        [
            "Dados e análise",
            "dados",
            "analise",
            "estatistic",
            "painel",
            "indicador",
            "dados abertos"
        ],
        [
            "Data en analyse",
            "data",
            "gegevens",
            "analyse",
            "statistiek",
            "dashboard",
            "indicator"
        ],
        [
            "Date și analiză",
            "date",
            "datel",
            "analiz",
            "statistic",
            "tablou de bord",
            "indicator"
        ],
        [
            "Datos y análisis",
            "datos",
            "analisis",
            "estadistic",
            "cuadro de mando",
            "indicador",
            "datos abiertos"
        ],
        [
            "Adatok és elemzés",
            "adat",
            "elemzes",
            "statisztik",
            "iranyitopult",
            "mutato",
            "nyilt adat"
        ]
    ),
    topic!(
        "green-spaces",
        [
            "Verde pubblico e parchi",
            "verde",
            "parco",
            "parchi",
            "giardin",
            "alber",
            "aiuol"
        ],
        [
            "Parks and green spaces",
            "park",
            "green space",
            "garden",
            "tree",
            "greener"
        ],
        [
            "Parcs et espaces verts",
            "parc",
            "espace vert",
            "espaces verts",
            "jardin",
            "arbre",
            "vegetal"
        ],
        [
            "Parques e espaços verdes",
            "parque",
            "espaco verde",
            "espacos verdes",
            "jardi",
            "arvore",
            "arboriz"
        ],
        [
            "Parken en groen",
            "park",
            "groen",
            "tuin",
            "bomen",
            "boom",
            "beplant"
        ],
        [
            "Parcuri și spații verzi",
            "parc",
            "spatii verzi",
            "spatiu verde",
            "gradin",
            "arbor",
            "copac"
        ],
        [
            "Parques y zonas verdes",
            "parque",
            "zona verde",
            "zonas verdes",
            "jardin",
            "arbol",
            "arbolado"
        ],
        [
            "Parkok és zöldterületek",
            "park",
            "zoldterulet",
            "zoldfelulet",
            "kert",
            "fasor",
            "faultet"
        ]
    ),
    topic!(
        "water",
        ["Acqua", "acqua", "idric", "fognat", "perdit", "irrigaz"],
        ["Water", "water", "sewer", "leak", "irrigat", "drainage"],
        [
            "Eau",
            "eau",
            "eaux",
            "assainiss",
            "fuite",
            "irrigat",
            "pluvial"
        ],
        ["Água", "agua", "saneament", "fuga", "rega", "pluvia"],
        ["Water", "water", "riool", "lekk", "bevloei", "regenwater"],
        [
            "Apă",
            "apa potabil",
            "apei",
            "apelor",
            "canaliz",
            "pierderi de apa",
            "iriga"
        ],
        ["Agua", "agua", "saneamient", "fuga", "riego", "pluvial"],
        [
            "Víz", "viz", "vizell", "csatorn", "szivarg", "ontoz", "esovi"
        ]
    ),
    topic!(
        "health-safety",
        [
            "Salute e sicurezza sul lavoro",
            "sicurezza sul lavoro",
            "infortun",
            "salute",
            "ergonom",
            "rischi",
            "prevenz"
        ],
        [
            "Workplace health and safety",
            "safety",
            "health",
            "injur",
            "ergonom",
            "risk",
            "accident"
        ],
        [
            "Santé et sécurité au travail",
            "securite au travail",
            "sante",
            "accident",
            "ergonom",
            "risque",
            "prevention"
        ],
        [
            "Saúde e segurança no trabalho",
            "seguranca no trabalho",
            "saude",
            "acident",
            "ergonom",
            "risco",
            "prevenc"
        ],
        [
            "Gezondheid en veiligheid op het werk",
            "arbo",
            "gezondheid",
            "veiligheid",
            "ongeval",
            "ergonom",
            "risico"
        ],
        [
            "Sănătate și securitate în muncă",
            "securitate in munca",
            "sanatat",
            "accident",
            "ergonom",
            "risc",
            "preven"
        ],
        [
            "Salud y seguridad laboral",
            "seguridad laboral",
            "salud",
            "accident",
            "ergonom",
            "riesgo",
            "prevenc"
        ],
        [
            "Munkavédelem és egészség",
            "munkavedelem",
            "egeszseg",
            "baleset",
            "ergonom",
            "kockazat",
            "megelozes"
        ]
    ),
    topic!(
        "employee-welfare",
        [
            "Benessere dei dipendenti",
            "benessere",
            "smart working",
            "lavoro agile",
            "conciliaz",
            "telelavoro",
            "welfare"
        ],
        [
            "Employee welfare",
            "wellbeing",
            "well-being",
            "remote work",
            "telework",
            "work-life",
            "flexible",
            "welfare"
        ],
        [
            "Bien-être des agents",
            "bien-etre",
            "bien etre",
            "teletravail",
            "equilibre",
            "conciliat",
            "qualite de vie"
        ],
        [
            "Bem-estar dos trabalhadores",
            "bem-estar",
            "bem estar",
            "teletrabalho",
            "conciliac",
            "equilibrio",
            "flexib"
        ],
        [
            "Welzijn van medewerkers",
            "welzijn",
            "thuiswerk",
            "hybride",
            "werkplezier",
            "balans",
            "flexibel"
        ],
        [
            "Bunăstarea angajaților",
            "bunastar",
            "munca la distanta",
            "telemunc",
            "echilibr",
            "flexib"
        ],
        [
            "Bienestar de los empleados",
            "bienestar",
            "teletrabajo",
            "conciliac",
            "equilibrio",
            "flexib"
        ],
        [
            "Munkavállalói jóllét",
            "jollet",
            "tavmunk",
            "home office",
            "rugalmas",
            "egyensuly",
            "munkahelyi legkor"
        ]
    ),
    topic!(
        "front-office",
        [
            "Relazione con i cittadini",
            "cittadin",
            "sportell",
            "utent",
            "attesa",
            "prenotaz",
            "urp",
            "reclam"
        ],
        [
            "Relations with citizens",
            "citizen",
            "front office",
            "counter",
            "waiting",
            "appointment",
            "complaint",
            "resident"
        ],
        [
            "Accueil des usagers",
            "usager",
            "citoyen",
            "accueil",
            "guichet",
            "attente",
            "rendez-vous",
            "reclamat"
        ],
        [
            "Atendimento aos cidadãos",
            "cidada",
            "cidadao",
            "atendiment",
            "balcao",
            "espera",
            "marcac",
            "reclamac",
            "munic"
        ],
        [
            "Dienstverlening aan inwoners",
            "inwoner",
            "burger",
            "loket",
            "wachttijd",
            "afspraak",
            "klacht",
            "balie"
        ],
        [
            "Relația cu cetățenii",
            "cetatean",
            "cetaten",
            "ghiseu",
            "asteptar",
            "programar",
            "reclamat",
            "petit"
        ],
        [
            "Atención a la ciudadanía",
            "ciudadan",
            "atencion",
            "ventanilla",
            "espera",
            "cita previa",
            "reclamac",
            "vecino"
        ],
        [
            "Ügyfélszolgálat",
            "ugyfel",
            "allampolgar",
            "lakossag",
            "varakoz",
            "idopont",
            "panasz",
            "ugyintez"
        ]
    ),
    topic!(
        "schools",
        [
            "Scuole ed educazione",
            "scuol",
            "scolast",
            "educaz",
            "studen",
            "asil",
            "mensa",
            "mense",
            "istruz"
        ],
        [
            "Schools and education",
            "school",
            "educat",
            "pupil",
            "student",
            "nurser",
            "kindergarten",
            "canteen"
        ],
        [
            "Écoles et éducation",
            "ecole",
            "scolair",
            "educat",
            "eleve",
            "creche",
            "cantine",
            "enseignem"
        ],
        [
            "Escolas e educação",
            "escol",
            "educac",
            "aluno",
            "creche",
            "cantina",
            "ensino",
            "estudant"
        ],
        [
            "Scholen en onderwijs",
            "school",
            "onderwijs",
            "leerling",
            "student",
            "kinderopvang",
            "kantine"
        ],
        [
            "Școli și educație",
            "scoal",
            "scolar",
            "educat",
            "elev",
            "gradinit",
            "cantin",
            "invatamant"
        ],
        [
            "Escuelas y educación",
            "escuel",
            "escolar",
            "educac",
            "alumno",
            "guarderi",
            "comedor",
            "ensenanz"
        ],
        [
            "Iskolák és oktatás",
            "iskol",
            "oktatas",
            "diak",
            "ovoda",
            "bolcsod",
            "menza",
            "tanulo"
        ]
    ),
    topic!(
        "culture-tourism",
        [
            "Cultura e turismo",
            "cultur",
            "turis",
            "muse",
            "bibliotec",
            "eventi",
            "evento",
            "patrimoni"
        ],
        [
            "Culture and tourism",
            "cultur",
            "touris",
            "museum",
            "librar",
            "events",
            "heritage"
        ],
        [
            "Culture et tourisme",
            "cultur",
            "touris",
            "musee",
            "biblioth",
            "evenement",
            "patrimoine"
        ],
        [
            "Cultura e turismo",
            "cultur",
            "turis",
            "museu",
            "bibliotec",
            "evento",
            "patrimoni"
        ],
        [
            "Cultuur en toerisme",
            "cultu",
            "toeris",
            "museum",
            "bibliothe",
            "evenement",
            "erfgoed"
        ],
        [
            "Cultură și turism",
            "cultur",
            "turis",
            "muzeu",
            "bibliotec",
            "eveniment",
            "patrimoni"
        ],
        [
            "Cultura y turismo",
            "cultur",
            "turis",
            "museo",
            "bibliotec",
            "evento",
            "patrimoni"
        ],
        [
            "Kultúra és turizmus",
            "kultur",
            "turiz",
            "muzeum",
            "konyvtar",
            "rendezveny",
            "orokseg"
        ]
    ),
    topic!(
        "budget",
        [
            "Bilancio e risparmi",
            "bilanc",
            "rispar",
            "costi",
            "costo",
            "spesa",
            "spese",
            "finanz",
            "tribut"
        ],
        [
            "Budget and savings",
            "budget",
            "saving",
            "cost",
            "spending",
            "financ",
            "tax",
            "revenue"
        ],
        [
            "Budget et économies",
            "budget",
            "econom",
            "cout",
            "depense",
            "financ",
            "fiscal",
            "recette"
        ],
        [
            "Orçamento e poupança",
            "orcament",
            "poupanc",
            "custo",
            "despesa",
            "financ",
            "imposto",
            "receita"
        ],
        [
            "Begroting en besparing",
            "begroting",
            "bespar",
            "kosten",
            "uitgave",
            "financ",
            "belasting"
        ],
        [
            "Buget și economii",
            "buget",
            "econom",
            "cost",
            "cheltuiel",
            "financ",
            "impozit",
            "taxe"
        ],
        [
            "Presupuesto y ahorro",
            "presupuest",
            "ahorr",
            "coste",
            "costo",
            "gasto",
            "financ",
            "impuest"
        ],
        [
            "Költségvetés és megtakarítás",
            "koltsegvetes",
            "megtakarit",
            "koltseg",
            "kiadas",
            "penzugy",
            "adobevetel"
        ]
    ),
    topic!(
        "maintenance",
        [
            "Manutenzione di strade ed edifici",
            "manutenz",
            "strad",
            "marciapied",
            "buche",
            "guast",
            "riparaz",
            "segnalaz"
        ],
        [
            "Maintenance of roads and buildings",
            "maintenan",
            "road",
            "pavement",
            "pothole",
            "repair",
            "fault"
        ],
        [
            "Entretien de la voirie et des bâtiments",
            "entretien",
            "voirie",
            "chaussee",
            "trottoir",
            "nid-de-poule",
            "reparat",
            "panne"
        ],
        [
            "Manutenção de vias e edifícios",
            "manutenc",
            "estrada",
            "rua",
            "passeio",
            "buraco",
            "reparac",
            "avaria"
        ],
        [
            "Onderhoud van wegen en gebouwen",
            "onderhoud",
            "weg",
            "stoep",
            "trottoir",
            "gat in de weg",
            "reparat",
            "storing"
        ],
        [
            "Întreținerea drumurilor și clădirilor",
            "intretiner",
            "drum",
            "strazi",
            "trotuar",
            "gropi",
            "reparat",
            "defect"
        ],
        [
            "Mantenimiento de vías y edificios",
            "mantenimient",
            "calle",
            "via publica",
            "acera",
            "bache",
            "reparac",
            "averia"
        ],
        [
            "Utak és épületek karbantartása",
            "karbantart",
            "utfelujit",
            "jarda",
            "katyu",
            "burkolat",
            "epuletfelujit"
        ]
    ),
    topic!(
        "public-safety",
        [
            "Sicurezza urbana e polizia locale",
            "sicurezza urban",
            "polizia",
            "vigil",
            "protezione civil",
            "emergenz",
            "videosorveglian"
        ],
        [
            "Public safety and local police",
            "public safety",
            "police",
            "emergenc",
            "civil protection",
            "cctv",
            "crime"
        ],
        [
            "Sécurité publique et police municipale",
            "securite publique",
            "police",
            "urgence",
            "protection civile",
            "videoprotect",
            "delinquan"
        ],
        [
            "Segurança pública e polícia municipal",
            "seguranca public",
            "policia",
            "emergenc",
            "protecao civil",
            "videovigil",
            "criminal"
        ],
        [
            "Openbare orde en handhaving",
            "openbare orde",
            "handhav",
            "politie",
            "noodsitua",
            "cameratoezicht",
            "criminal"
        ],
        [
            "Ordine publică și poliția locală",
            "ordine public",
            "politi",
            "urgent",
            "protectie civil",
            "supraveghere video",
            "infract"
        ],
        [
            "Seguridad ciudadana y policía local",
            "seguridad ciudadana",
            "policia",
            "emergenc",
            "proteccion civil",
            "videovigil",
            "delincuen"
        ],
        [
            "Közbiztonság és közterület-felügyelet",
            "kozbiztonsag",
            "rendor",
            "kozterulet-felugyel",
            "veszelyhelyzet",
            "katasztrofavedelem",
            "kamera"
        ]
    ),
    topic!(
        "climate",
        [
            "Clima ed emissioni",
            "clima",
            "emission",
            "co2",
            "carbon",
            "sostenib",
            "calore"
        ],
        [
            "Climate and emissions",
            "climat",
            "emission",
            "co2",
            "carbon",
            "sustainab",
            "heatwave"
        ],
        [
            "Climat et émissions",
            "climat",
            "emission",
            "co2",
            "carbone",
            "durable",
            "canicule"
        ],
        [
            "Clima e emissões",
            "clima",
            "emisso",
            "emissa",
            "co2",
            "carbono",
            "sustentab",
            "onda de calor"
        ],
        [
            "Klimaat en uitstoot",
            "klimaat",
            "uitstoot",
            "co2",
            "koolstof",
            "duurzaam",
            "hittegolf"
        ],
        [
            "Climă și emisii",
            "clima",
            "emisi",
            "co2",
            "carbon",
            "sustenab",
            "canicul"
        ],
        [
            "Clima y emisiones",
            "clima",
            "emision",
            "co2",
            "carbono",
            "sostenib",
            "ola de calor"
        ],
        [
            "Éghajlat és kibocsátás",
            "eghajlat",
            "klima",
            "kibocsat",
            "co2",
            "szen-dioxid",
            "fenntarthat",
            "hosegriad"
        ]
    ),
    topic!(
        "participation",
        [
            "Partecipazione dei cittadini",
            "partecipaz",
            "consultaz",
            "bilancio partecip",
            "coinvolg",
            "co-progett",
            "volontar"
        ],
        [
            "Citizen participation",
            "participat",
            "consultat",
            "engagement",
            "co-design",
            "co-creat",
            "volunteer"
        ],
        [
            "Participation citoyenne",
            "participat",
            "concertat",
            "consultat",
            "co-construct",
            "budget participatif",
            "benevol"
        ],
        [
            "Participação cidadã",
            "participac",
            "consulta public",
            "orcamento participativo",
            "envolviment",
            "cocriac",
            "voluntar"
        ],
        [
            "Burgerparticipatie",
            "participat",
            "inspraak",
            "burgerbegroting",
            "betrokken",
            "cocreat",
            "vrijwillig"
        ],
        [
            "Participare cetățenească",
            "participar",
            "consultar",
            "buget participativ",
            "implicar",
            "co-crear",
            "voluntar"
        ],
        [
            "Participación ciudadana",
            "participac",
            "consulta",
            "presupuesto participativo",
            "implicac",
            "cocreac",
            "voluntari"
        ],
        [
            "Lakossági részvétel",
            "reszvetel",
            "egyeztetes",
            "kozossegi koltsegvetes",
            "bevonas",
            "tarsalkot",
            "onkentes"
        ]
    ),
    topic!(
        "inclusion",
        [
            "Accessibilità e inclusione",
            "accessibil",
            "inclusion",
            "barrier",
            "integraz",
            "migrant",
            "pari opportun"
        ],
        [
            "Accessibility and inclusion",
            "accessib",
            "inclusi",
            "barrier",
            "integrat",
            "migrant",
            "equal opportun"
        ],
        [
            "Accessibilité et inclusion",
            "accessib",
            "inclusi",
            "barriere",
            "integrat",
            "migrant",
            "egalite"
        ],
        [
            "Acessibilidade e inclusão",
            "acessib",
            "inclusa",
            "inclusiv",
            "barreira",
            "integrac",
            "migrant",
            "igualdade"
        ],
        [
            "Toegankelijkheid en inclusie",
            "toegankelijk",
            "inclusie",
            "inclusief",
            "drempel",
            "integrat",
            "migrant",
            "gelijke kansen"
        ],
        [
            "Accesibilitate și incluziune",
            "accesibil",
            "incluziun",
            "bariere",
            "integrar",
            "migrant",
            "egalitat"
        ],
        [
            "Accesibilidad e inclusión",
            "accesib",
            "inclusion",
            "inclusiv",
            "barrera",
            "integrac",
            "migrant",
            "igualdad"
        ],
        [
            "Akadálymentesség és befogadás",
            "akadalymentes",
            "befogad",
            "inkluziv",
            "akadaly",
            "integrac",
            "migrans",
            "eselyegyenloseg"
        ]
    ),
    topic!(
        "local-economy",
        [
            "Economia locale e lavoro",
            "impres",
            "commerc",
            "occupaz",
            "posti di lavoro",
            "startup",
            "economi"
        ],
        [
            "Local economy and jobs",
            "business",
            "shop",
            "employment",
            "jobs",
            "startup",
            "econom",
            "entrepreneur"
        ],
        [
            "Économie locale et emploi",
            "entreprise",
            "commerce",
            "emploi",
            "startup",
            "econom",
            "artisan"
        ],
        [
            "Economia local e emprego",
            "empresa",
            "comercio",
            "empreg",
            "startup",
            "econom",
            "empreendedor"
        ],
        [
            "Lokale economie en werk",
            "ondernem",
            "bedrijf",
            "winkel",
            "werkgelegenheid",
            "startup",
            "econom"
        ],
        [
            "Economie locală și locuri de muncă",
            "afacer",
            "firm",
            "comert",
            "locuri de munca",
            "ocupar",
            "startup",
            "econom"
        ],
        [
            "Economía local y empleo",
            "empresa",
            "comercio",
            "empleo",
            "startup",
            "econom",
            "emprended"
        ],
        [
            "Helyi gazdaság és foglalkoztatás",
            "vallalkoz",
            "ceg",
            "bolt",
            "foglalkoztat",
            "munkahely",
            "startup",
            "gazdasag"
        ]
    ),
    topic!(
        "fleet",
        [
            "Parco veicoli comunale",
            "veicol",
            "auto di servizio",
            "flotta",
            "elettric",
            "carburant",
            "mezzi"
        ],
        [
            "Municipal vehicle fleet",
            "vehicle",
            "fleet",
            "car sharing",
            "electric car",
            "fuel",
            "pool car"
        ],
        [
            "Flotte de véhicules municipaux",
            "vehicul",
            "flotte",
            "voiture",
            "electrique",
            "carburant",
            "autopartage"
        ],
        [
            "Frota municipal",
            "veicul",
            "frota",
            "viatura",
            "eletric",
            "combustive",
            "partilha de"
        ],
        [
            "Gemeentelijk wagenpark",
            "voertuig",
            "wagenpark",
            "dienstauto",
            "elektrisch",
            "brandstof",
            "deelauto"
        ],
        [
            "Parcul auto municipal",
            "vehicul",
            "parc auto",
            "autoturism",
            "electric",
            "combustibil",
            "masini"
        ],
        [
            "Flota municipal de vehículos",
            "vehicul",
            "flota",
            "coche",
            "electric",
            "combustible",
            "carsharing"
        ],
        [
            "Önkormányzati járműpark",
            "jarmu",
            "gepjarmu",
            "flotta",
            "szolgalati auto",
            "elektromos",
            "uzemanyag"
        ]
    ),
];

/// Folds a text for matching: lower case, accents removed.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'ă' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ő' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ű' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// The topic with this code.
pub fn by_code(code: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.code == code)
}

/// A topic's label in `lang` (its English label for a language the
/// vocabulary does not hold).
pub fn label(topic: &Topic, lang: &str) -> &'static str {
    let at = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(1);
    topic.words[at].label
}

/// The topics a text in `lang` suggests, the most mentioned first: a
/// topic counts once per word (or phrase) of the text that begins with one
/// of its stems; at most three are suggested.
pub fn suggest(lang: &str, text: &str) -> Vec<&'static str> {
    let Some(at) = LANGUAGES.iter().position(|l| *l == lang) else {
        return Vec::new();
    };
    let index = &stem_index()[at];
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let mut hits = vec![0usize; TOPICS.len()];
    for word in &words {
        let Some(first) = word.chars().next() else {
            continue;
        };
        for (stem, topic) in index.words.get(&first).into_iter().flatten() {
            if word.starts_with(stem) {
                hits[*topic] += 1;
            }
        }
    }
    if !index.phrases.is_empty() {
        // A stem of several words is looked for in the text joined by
        // single spaces, at a word's start.
        let joined = format!(" {} ", words.join(" "));
        for (stem, topic) in &index.phrases {
            hits[*topic] += joined
                .match_indices(stem)
                .filter(|(i, _)| joined.as_bytes().get(i.wrapping_sub(1)) == Some(&b' '))
                .count();
        }
    }
    let mut found: Vec<(usize, usize, &'static str)> = hits
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(order, n)| (n, order, TOPICS[order].code))
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().take(3).map(|(_, _, code)| code).collect()
}

/// One language's stems, arranged for [`suggest`]: single-word stems by
/// their first letter (a word is compared only with the stems that may
/// begin it, a tenth of them), and stems of several words apart; each with
/// its topic's place in [`TOPICS`]. Suggesting runs at every save and every
/// opening of a proposal, and comparing every word with every stem was a
/// twentieth of the proposal page's time in the load bench.
struct StemIndex {
    words: std::collections::HashMap<char, Vec<(&'static str, usize)>>,
    phrases: Vec<(&'static str, usize)>,
}

fn stem_index() -> &'static [StemIndex; 8] {
    static INDEX: std::sync::OnceLock<[StemIndex; 8]> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        std::array::from_fn(|at| {
            let mut index = StemIndex {
                words: std::collections::HashMap::new(),
                phrases: Vec::new(),
            };
            for (topic, entry) in TOPICS.iter().enumerate() {
                for stem in entry.words[at].stems {
                    if stem.contains(' ') {
                        index.phrases.push((stem, topic));
                    } else if let Some(first) = stem.chars().next() {
                        index.words.entry(first).or_default().push((stem, topic));
                    }
                }
            }
            index
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_a_label_and_stems_in_all_eight_languages() {
        assert!(TOPICS.len() >= 25, "{} topics", TOPICS.len());
        for topic in TOPICS {
            for (lang, words) in LANGUAGES.iter().zip(&topic.words) {
                assert!(!words.label.trim().is_empty(), "{} in {lang}", topic.code);
                assert!(words.stems.len() >= 4, "{} in {lang}", topic.code);
                for stem in words.stems {
                    assert_eq!(fold(stem), *stem, "{} in {lang}: {stem}", topic.code);
                }
            }
        }
        let mut codes: Vec<&str> = TOPICS.iter().map(|t| t.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), TOPICS.len(), "topic codes are unique");
    }

    #[test]
    fn the_same_problem_in_two_languages_suggests_the_same_topic() {
        let it = suggest(
            "it",
            "Illuminazione a LED negli edifici comunali: ridurre i consumi di energia",
        );
        let pt = suggest(
            "pt",
            "Iluminação LED nos edifícios municipais para poupar energia",
        );
        assert_eq!(it.first(), Some(&"energy"), "{it:?}");
        assert!(pt.contains(&"energy"), "{pt:?}");
    }

    /// The rule [`suggest`] keeps, written plainly: every word of the text
    /// against every stem, phrases in the text joined by single spaces.
    fn every_stem_against_every_word(at: usize, text: &str) -> Vec<&'static str> {
        let folded = fold(text);
        let words: Vec<&str> = folded
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .collect();
        let joined = format!(" {} ", words.join(" "));
        let mut found: Vec<(usize, usize, &'static str)> = TOPICS
            .iter()
            .enumerate()
            .filter_map(|(order, topic)| {
                let hits: usize = topic.words[at]
                    .stems
                    .iter()
                    .map(|stem| {
                        if stem.contains(' ') {
                            joined.matches(&format!(" {stem}")).count()
                        } else {
                            words.iter().filter(|w| w.starts_with(stem)).count()
                        }
                    })
                    .sum();
                (hits > 0).then_some((hits, order, topic.code))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().take(3).map(|(_, _, code)| code).collect()
    }

    #[test]
    fn suggestions_are_those_of_every_stem_against_every_word() {
        for (at, lang) in LANGUAGES.iter().enumerate() {
            // Texts of every topic's stems, each topic mentioned a different
            // number of times, words continued past their stems, accents and
            // capitals as people write them.
            for shift in 0..TOPICS.len() {
                let text: String = TOPICS
                    .iter()
                    .enumerate()
                    .flat_map(|(i, topic)| {
                        let times = (i + shift) % 4;
                        topic.words[at]
                            .stems
                            .iter()
                            .take(times)
                            .map(|stem| format!("{}zione, ", stem.to_uppercase()))
                    })
                    .collect::<String>()
                    + "Città più efficiente";
                assert_eq!(
                    suggest(lang, &text),
                    every_stem_against_every_word(at, &text),
                    "{lang}: {text}"
                );
            }
        }
    }
}
