/// The Snowball Spanish stop-word list (308 words), for dropping function
/// words ("de", "la", "que", "para", ...) before matching.
///
/// Source: the Snowball project's `algorithms/spanish/stop.txt`
/// (snowballstem/snowball-website, commit a5c23fcf6cb8c34f450d5080d888e65bc4681c1b;
/// a copy lives in `Tests/FAQBotTests/Fixtures/snowball-spanish/stop.txt`).
/// License: 3-clause BSD (Copyright (c) 2001 Dr Martin Porter;
/// 2002-2005 Richard Boulton).
///
/// Generated from that file, in its order, by Snowball's format rules: `|` starts
/// a comment; a line that begins with whitespace followed by `|` is entirely a
/// comment (in the ranked part these note verb forms such as "es" and "fue",
/// which are listed later with their verb's paradigm; "sed" stays commented out
/// because it also means "thirst"); the stop word is the first token of every
/// other non-blank line. Words are kept exactly as listed, lowercase and with accents
/// ("más", "él", "tú"), so compare against lowercased tokens before any accent
/// folding or stemming.
enum SnowballStopWords {
    static let spanish: Set<String> = [
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para",
        "con", "no", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este",
        "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "me", "hasta",
        "hay", "donde", "quien", "desde", "todo", "nos", "durante", "todos", "uno", "les", "ni",
        "contra", "otros", "ese", "eso", "ante", "ellos", "e", "esto", "mí", "antes", "algunos",
        "qué", "unos", "yo", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho",
        "quienes", "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo",
        "nosotros", "mi", "mis", "tú", "te", "ti", "tu", "tus", "ellas", "nosotras", "vosotros",
        "vosotras", "os", "mío", "mía", "míos", "mías", "tuyo", "tuya", "tuyos", "tuyas", "suyo",
        "suya", "suyos", "suyas", "nuestro", "nuestra", "nuestros", "nuestras", "vuestro",
        "vuestra", "vuestros", "vuestras", "esos", "esas", "estoy", "estás", "está", "estamos",
        "estáis", "están", "esté", "estés", "estemos", "estéis", "estén", "estaré", "estarás",
        "estará", "estaremos", "estaréis", "estarán", "estaría", "estarías", "estaríamos",
        "estaríais", "estarían", "estaba", "estabas", "estábamos", "estabais", "estaban", "estuve",
        "estuviste", "estuvo", "estuvimos", "estuvisteis", "estuvieron", "estuviera", "estuvieras",
        "estuviéramos", "estuvierais", "estuvieran", "estuviese", "estuvieses", "estuviésemos",
        "estuvieseis", "estuviesen", "estando", "estado", "estada", "estados", "estadas", "estad",
        "he", "has", "ha", "hemos", "habéis", "han", "haya", "hayas", "hayamos", "hayáis", "hayan",
        "habré", "habrás", "habrá", "habremos", "habréis", "habrán", "habría", "habrías",
        "habríamos", "habríais", "habrían", "había", "habías", "habíamos", "habíais", "habían",
        "hube", "hubiste", "hubo", "hubimos", "hubisteis", "hubieron", "hubiera", "hubieras",
        "hubiéramos", "hubierais", "hubieran", "hubiese", "hubieses", "hubiésemos", "hubieseis",
        "hubiesen", "habiendo", "habido", "habida", "habidos", "habidas", "soy", "eres", "es",
        "somos", "sois", "son", "sea", "seas", "seamos", "seáis", "sean", "seré", "serás", "será",
        "seremos", "seréis", "serán", "sería", "serías", "seríamos", "seríais", "serían", "era",
        "eras", "éramos", "erais", "eran", "fui", "fuiste", "fue", "fuimos", "fuisteis", "fueron",
        "fuera", "fueras", "fuéramos", "fuerais", "fueran", "fuese", "fueses", "fuésemos",
        "fueseis", "fuesen", "siendo", "sido", "tengo", "tienes", "tiene", "tenemos", "tenéis",
        "tienen", "tenga", "tengas", "tengamos", "tengáis", "tengan", "tendré", "tendrás", "tendrá",
        "tendremos", "tendréis", "tendrán", "tendría", "tendrías", "tendríamos", "tendríais",
        "tendrían", "tenía", "tenías", "teníamos", "teníais", "tenían", "tuve", "tuviste", "tuvo",
        "tuvimos", "tuvisteis", "tuvieron", "tuviera", "tuvieras", "tuviéramos", "tuvierais",
        "tuvieran", "tuviese", "tuvieses", "tuviésemos", "tuvieseis", "tuviesen", "teniendo",
        "tenido", "tenida", "tenidos", "tenidas", "tened",
    ]
}
