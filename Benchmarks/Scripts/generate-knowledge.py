#!/usr/bin/env python3
"""Deterministic generator of large knowledge bases for the benchmarks.

Writes a Spanish `faq.md` with N entries (each with a canonical question,
8-15 variants and a short answer) and a `fuera-de-alcance.md`, in the format of
Knowledge/LEEME.md, and copies the other sibling files (synonyms,
abbreviations, stop words, detectors, texts, routes) from the shipped
knowledge so that the analysis is the one served in production.

Entries combine realistic judicial-procedure vocabulary: what is asked
(requirements, cost, deadline, where, schedule, online, format, status),
a procedure, a subject matter, a court (ordinal) and a city. Every entry is a
different combination, every variant names the combination, and a global
set of comparison keys (the parser's: case, accents, spacing and the
surrounding "¿?¡!." ignored) guarantees that no question or variant repeats
across entries, so the project's parser accepts the file.

Standard library only; fixed seed: the same N always gives the same files.

    python3 generate-knowledge.py --entries 10000 --out Benchmarks/.data/kb-10000 \
        --knowledge-dir Knowledge
"""

import argparse
import os
import random
import shutil
import sys
import unicodedata

SEED = 20261129

# What the lawyer asks about the procedure. Each: key, canonical question
# prefix, variant phrasings (with {t} = procedure phrase), short title word,
# answer sentence, and whether {t} is the verb phrase ("inf") or the noun phrase ("noun").
ASPECTS = [
    ("requisitos", "¿Qué requisitos necesito para {t}",
     ["que requisitos piden para {t}", "q papeles necesito pa {t}", "documentos para {t}",
      "que me piden para {t}", "requisitos {t}", "que ocupo para {t}", "lista de requisitos para {t}",
      "que documentacion llevo para {t}"],
     "Requisitos",
     "Los requisitos para {tn} dependen del tipo de asunto; en general se pide identificación oficial, "
     "el escrito firmado y las copias de traslado.", "inf"),
    ("costo", "¿Cuánto cuesta {t}",
     ["cuanto cuesta {t}", "q precio tiene {t}", "cuanto se paga por {t}", "tiene costo {t}",
      "cuanto sale {t}", "tarifa para {t}", "hay que pagar derechos para {t}", "cuanto cobran por {t}"],
     "Costo",
     "El costo de {tn} se rige por la Ley de Ingresos vigente; el pago de derechos se hace en las cajas "
     "del Poder Judicial o en línea.", "inf"),
    ("plazo", "¿Cuánto tarda {t}",
     ["cuanto tarda {t}", "en cuantos dias sale {t}", "cuanto tiempo tarda {t}", "plazo para {t}",
      "en q tiempo resuelven {t}", "cuanto se demora {t}", "tiempo de respuesta de {t}",
      "dias habiles que tarda {t}"],
     "Plazo",
     "El plazo de {tn} depende de la carga del juzgado; por lo común se acuerda dentro de los días hábiles "
     "que marca el código de procedimientos.", "noun"),
    ("donde", "¿Dónde puedo {t}",
     ["donde puedo {t}", "en que oficina se hace {t}", "dnd voy para {t}", "a donde acudo para {t}",
      "ubicacion para {t}", "en que ventanilla es {t}", "que domicilio tiene la oficina para {t}",
      "lugar para {t}"],
     "Dónde",
     "Para {tn} acuda a la Oficialía de Partes del edificio donde se encuentra el juzgado, o consulte "
     "el directorio en www.pjbc.gob.mx.", "inf"),
    ("horario", "¿En qué horario se puede {t}",
     ["en que horario puedo {t}", "a q hora abren para {t}", "hasta que hora se puede {t}",
      "horario de atencion para {t}", "horas habiles para {t}", "a que hora cierran para {t}",
      "que dias atienden para {t}", "horario para {t}"],
     "Horario",
     "El horario para {tn} es el de la Oficialía de Partes (días hábiles, de 8:00 a 14:00 horas); "
     "confirme los días inhábiles en el Boletín Judicial.", "inf"),
    ("linea", "¿Se puede {t} en línea",
     ["se puede {t} en linea", "puedo {t} por internet", "como {t} por el tribunal electronico",
      "es posible {t} de manera electronica", "{t} online se puede", "hay forma de {t} sin ir al juzgado",
      "{t} via electronica", "se permite {t} por el sistema en linea"],
     "En línea",
     "Sí: {tn} puede hacerse en el Tribunal Electrónico con firma electrónica; revise el manual de usuario "
     "en el portal del Poder Judicial.", "inf"),
    ("formato", "¿Hay un formato para {t}",
     ["hay formato para {t}", "tienen machote para {t}", "donde descargo el formato de {t}",
      "modelo de escrito para {t}", "formato oficial de {t}", "me pasan un ejemplo de escrito para {t}",
      "plantilla para {t}", "existe un formato para {t}"],
     "Formato",
     "No hay un formato obligatorio para {tn}; el escrito debe cumplir los requisitos del código "
     "procesal de la materia. Algunos formatos orientativos están en el portal.", "inf"),
    ("seguimiento", "¿Cómo doy seguimiento a {t}",
     ["como doy seguimiento a {t}", "como reviso el avance de {t}", "como se si ya acordaron {t}",
      "donde checo el estatus de {t}", "seguimiento de {t}", "como consulto como va {t}",
      "en donde veo si ya salio {t}", "como me entero del acuerdo de {t}"],
     "Seguimiento",
     "El seguimiento de {tn} se hace en el Boletín Judicial y en la consulta de expedientes del Tribunal "
     "Electrónico, con el número de expediente.", "noun"),
]

# Procedures: infinitive phrase (canonical), colloquial phrase, noun phrase, short title, area.
PROCEDURES = [
    ("presentar una demanda inicial", "meter una demanda", "la demanda inicial", "demanda", "Oficialía de Partes"),
    ("promover un juicio de divorcio", "tramitar el divorcio", "el divorcio", "divorcio", "Juzgados Familiares"),
    ("solicitar copias certificadas", "sacar copias certificadas", "las copias certificadas", "copias",
     "Juzgados"),
    ("presentar una promoción", "meter un escrito", "la promoción", "promoción", "Oficialía de Partes"),
    ("interponer un recurso de apelación", "apelar la sentencia", "la apelación", "apelación", "Salas"),
    ("solicitar la pensión alimenticia", "pedir la pension de alimentos", "la pensión alimenticia", "pensión",
     "Juzgados Familiares"),
    ("cobrar un certificado de depósito", "recoger el dinero del deposito", "el certificado de depósito",
     "depósito", "Administración"),
    ("tramitar un exhorto", "mandar un exhorto", "el exhorto", "exhorto", "Juzgados"),
    ("publicar un edicto", "sacar un edicto", "el edicto", "edicto", "Boletín Judicial"),
    ("registrar mi cédula profesional", "dar de alta la cedula", "el registro de cédula", "cédula",
     "Tribunal Electrónico"),
    ("solicitar una audiencia virtual", "pedir audiencia por videollamada", "la audiencia virtual", "audiencia",
     "Juzgados"),
    ("consultar un expediente", "revisar el expediente", "la consulta del expediente", "expediente",
     "Archivo Judicial"),
    ("pedir la devolución de documentos", "recoger mis documentos originales", "la devolución de documentos",
     "devolución", "Juzgados"),
    ("promover un juicio ejecutivo mercantil", "demandar un pagare", "el juicio ejecutivo mercantil", "ejecutivo",
     "Juzgados Civiles"),
    ("tramitar un juicio sucesorio", "abrir la sucesion", "el juicio sucesorio", "sucesión",
     "Juzgados Civiles"),
    ("solicitar la guarda y custodia", "pedir la custodia de los hijos", "la guarda y custodia", "custodia",
     "Juzgados Familiares"),
    ("pedir medidas de protección", "solicitar una orden de proteccion", "las medidas de protección",
     "protección", "Juzgados Familiares"),
    ("presentar una demanda laboral", "demandar al patron", "la demanda laboral", "laboral",
     "Tribunales Laborales"),
    ("solicitar una mediación", "ir a mediacion", "la mediación", "mediación", "Justicia Alternativa"),
    ("registrarme como perito", "darme de alta como perito", "el registro de peritos", "perito",
     "Presidencia"),
    ("solicitar la versión pública de una sentencia", "pedir una sentencia testada", "la versión pública",
     "versión pública", "Transparencia"),
    ("tramitar un amparo indirecto", "meter un amparo", "el amparo", "amparo", "Juzgados"),
    ("solicitar la firma electrónica", "sacar la firma electronica", "la firma electrónica", "firma",
     "Tribunal Electrónico"),
    ("recuperar mi contraseña del tribunal electrónico", "resetear la clave del tribunal",
     "la recuperación de contraseña", "contraseña", "Tribunal Electrónico"),
    ("solicitar el desarchivo de un expediente", "sacar un expediente del archivo", "el desarchivo",
     "desarchivo", "Archivo Judicial"),
    ("presentar una queja administrativa", "poner una queja contra un funcionario", "la queja administrativa",
     "queja", "Visitaduría"),
    ("pedir una cita con el juez", "agendar cita con el juez", "la cita con el juez", "cita", "Juzgados"),
    ("solicitar la ejecución de sentencia", "hacer cumplir la sentencia", "la ejecución de sentencia",
     "ejecución", "Juzgados"),
    ("tramitar una rectificación de acta", "corregir un acta por via judicial", "la rectificación de acta",
     "rectificación", "Juzgados Familiares"),
    ("promover una jurisdicción voluntaria", "tramitar una jurisdiccion voluntaria",
     "la jurisdicción voluntaria", "jurisdicción", "Juzgados Civiles"),
    ("solicitar la liberación de un embargo", "levantar un embargo", "la liberación del embargo", "embargo",
     "Juzgados Civiles"),
    ("presentar pruebas periciales", "ofrecer la prueba pericial", "la prueba pericial", "pericial",
     "Juzgados"),
    ("solicitar una constancia de radicación", "pedir constancia de que existe el juicio",
     "la constancia de radicación", "constancia", "Juzgados"),
    ("tramitar una adopción", "iniciar el juicio de adopcion", "la adopción", "adopción",
     "Juzgados Familiares"),
    ("promover un incidente de liquidación", "liquidar los intereses", "el incidente de liquidación",
     "incidente", "Juzgados"),
    ("solicitar la notificación por edictos", "notificar por edictos", "la notificación por edictos",
     "notificación", "Juzgados"),
    ("consignar una pensión", "depositar la pension en el juzgado", "la consignación de pensión",
     "consignación", "Juzgados Familiares"),
    ("solicitar la vinculación a proceso", "pedir audiencia de vinculacion", "la audiencia de vinculación",
     "vinculación", "Sistema Penal Acusatorio"),
    ("tramitar la reparación del daño", "cobrar la reparacion del daño", "la reparación del daño",
     "reparación", "Sistema Penal Acusatorio"),
    ("solicitar la devolución de una fianza", "recuperar la fianza", "la devolución de fianza", "fianza",
     "Administración"),
]

# Subject matters: canonical phrase, short form.
MATTERS = [
    ("civil", "civ"), ("familiar", "fam"), ("mercantil", "merc"), ("penal", "penal"), ("laboral", "laboral"),
    ("de oralidad mercantil", "oral merc"), ("de ejecución penal", "ejecucion penal"),
    ("de adolescentes", "adolescentes"), ("civil especializado en arrendamiento", "arrendamiento"),
]

# Court ordinals: canonical word, chat abbreviation (from Knowledge/abreviaturas.md).
ORDINALS = [
    ("primero", "1o"), ("segundo", "2do"), ("tercero", "3ro"), ("cuarto", "4to"), ("quinto", "5to"),
    ("sexto", "6to"), ("séptimo", "7mo"), ("octavo", "8vo"), ("noveno", "9no"), ("décimo", "10mo"),
    ("décimo primero", "11vo"), ("décimo segundo", "12vo"),
]

# Cities: canonical name, chat abbreviation.
CITIES = [
    ("Mexicali", "mxl"), ("Tijuana", "tj"), ("Ensenada", "ens"), ("Tecate", "tecate"),
    ("Playas de Rosarito", "rosarito"), ("San Quintín", "san quintin"), ("San Felipe", "san felipe"),
]

# Variant frames around an aspect phrasing ({a}) and the court/city part ({c}).
FRAMES = [
    "{a} en el juzgado {o} {m} de {city}",
    "{a} en el jdo {oa} {ma} {ca}",
    "disculpe, {a} ante el juzgado {o} de lo {m} en {city}?",
    "buenas tardes lic, {a} en el {oa} {m} de {ca}",
    "{a} juzgado {o} {m} {city}",
    "soy abogado en {city}, {a} en el juzgado {o} {m}",
    "{a} en el juzg {o} {ma} de {ca} xfa",
    "me podria decir {a} en el juzgado {oa} {m} de {city}",
    "{a}, es en el {o} {m} de {city}",
    "una pregunta, {a} en el juzgado {o} {m} ({ca})",
    "{a} para un asunto del juzgado {o} {m} de {city}",
    "oiga {a} en {city} juzgado {oa} {ma}",
    "{a} del jdo {o} de lo {m} en {ca}?",
    "quisiera saber {a} en el juzgado {o} {m} de {city}",
    "{a} aqui en {ca}, juzgado {o} {m}",
    "{a} en el juzgado {o} {m} de la ciudad de {city}",
]

# Out-of-scope messages: other institutions and everyday topics, as lawyers write them.
NEGATIVE_SUBJECTS = [
    "el sat", "el imss", "el infonavit", "la fiscalia", "el registro civil", "transito municipal", "la cfe",
    "la sre", "migracion", "el issste", "profeco", "el registro publico de la propiedad", "catastro",
    "la junta federal de conciliacion", "el juzgado de distrito federal", "la policia municipal",
    "la notaria publica", "el ayuntamiento", "la secretaria de educacion", "el centro de conciliacion laboral",
]
NEGATIVE_FRAMES = [
    "cual es el telefono de {s} en {c}", "a que hora abre {s} en {c}", "donde queda {s} de {c}",
    "como saco cita en {s} de {c}", "que papeles piden en {s} de {c}", "cuanto cobran en {s} de {c}",
    "como me quejo de {s} en {c}", "tienen el correo de {s} en {c}", "{s} de {c} atiende en sabado?",
    "como tramito algo en {s} de {c} por internet",
]


def comparison_key(text):
    """The parser's key (TextNormalization.comparisonKey): folded, spacing collapsed, edges stripped."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()
    key = " ".join(stripped.split())
    return key.strip("¿?¡!. ")


def fold(text):
    """Lower case, no accents: how lawyers type on WhatsApp."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def contract(text):
    """Spanish contractions the templates can produce: "a el" → "al", "de el" → "del"."""
    return text.replace(" a el ", " al ").replace(" de el ", " del ")


def slug(text):
    out, dash = [], False
    for ch in fold(text):
        if ch.isascii() and ch.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch)
        else:
            dash = True
    return "".join(out)


def combination(index):
    """Decodes a combination index into (aspect, procedure, matter, ordinal, city)."""
    index, city = divmod(index, len(CITIES))
    index, ordinal = divmod(index, len(ORDINALS))
    index, matter = divmod(index, len(MATTERS))
    aspect, procedure = divmod(index, len(PROCEDURES))
    return ASPECTS[aspect], PROCEDURES[procedure], MATTERS[matter], ORDINALS[ordinal], CITIES[city]


TOTAL_COMBINATIONS = len(ASPECTS) * len(PROCEDURES) * len(MATTERS) * len(ORDINALS) * len(CITIES)


def make_entry(number, combo, rng, used):
    aspect, procedure, matter, ordinal, city = combo
    key, question_prefix, phrasings, title_word, answer_text, kind = aspect
    infinitive, colloquial, noun, short, area = procedure
    matter_name, matter_abbr = matter
    ordinal_name, ordinal_abbr = ordinal
    city_name, city_abbr = city

    canonical = infinitive if kind == "inf" else noun
    forms = [infinitive, colloquial, fold(infinitive)] if kind == "inf" else [noun, fold(noun)]
    question = (f"{question_prefix.format(t=canonical)} en el Juzgado {ordinal_name.capitalize()} "
                f"{matter_name.capitalize() if matter_name[0] != 'd' else matter_name} de {city_name}?")
    question = contract(question)
    if not question.startswith("¿"):
        question = "¿" + question
    if comparison_key(question) in used:
        return None
    used.add(comparison_key(question))

    variants = []
    target = rng.randint(8, 15)
    frames = FRAMES[:]
    rng.shuffle(frames)
    attempts = 0
    while len(variants) < target and attempts < 200:
        attempts += 1
        frame = frames[attempts % len(frames)]
        phrasing = rng.choice(phrasings)
        procedure_phrase = rng.choice(forms)
        text = frame.format(a=phrasing.format(t=procedure_phrase), o=fold(ordinal_name), oa=ordinal_abbr,
                            m=fold(matter_name), ma=matter_abbr, city=fold(city_name), ca=city_abbr)
        text = contract(" ".join(text.split()))
        k = comparison_key(text)
        if k in used:
            continue
        used.add(k)
        variants.append(text)
    if len(variants) < 8:
        raise SystemExit(f"entry {number}: only {len(variants)} unique variants")

    title = f"{title_word} {short}"
    entry_id = f"gen-{number:06d}-{key}-{slug(short)}-{slug(matter_abbr)}-{slug(ordinal_abbr)}-{slug(city_abbr)}"
    answer = (answer_text.format(tn=noun) + "\n\n"
              f"Este dato corresponde al **Juzgado {ordinal_name.capitalize()} {matter_name}** de "
              f"**{city_name}**. Confirme la información vigente en www.pjbc.gob.mx o en la ventanilla del juzgado.")
    lines = [f"## {question}", f"- id: {entry_id}"]
    if len(title) <= 24:
        lines.append(f"- título: {title}")
    lines += [
        f"- área: {area}",
        f"- ciudades: {city_name}",
        "- fuente: generado para pruebas de rendimiento (Benchmarks/Scripts/generate-knowledge.py)",
        "- revisado: 2026-11-29",
        "- variantes:",
    ]
    lines += [f"  - {variant}" for variant in variants]
    lines += ["", answer, ""]
    return "\n".join(lines)


# Shapes of test messages about one entry: the full question, or with the court or the city left out,
# as users often write.
MESSAGE_SHAPES = [
    "{a} en el juzgado {o} {m} de {city}",
    "{a} en {city}",
    "{a} jdo {oa} {ma}",
    "hola, {a}?",
    "{a} en el {m} de {ca}",
]


def message_for(combo, rng):
    """A message about the entry of `combo` phrased like a user would, not necessarily one of its variants."""
    aspect, procedure, matter, ordinal, city = combo
    phrasings, kind = aspect[2], aspect[5]
    infinitive, colloquial, noun = procedure[0], procedure[1], procedure[2]
    forms = [infinitive, colloquial, fold(infinitive)] if kind == "inf" else [noun, fold(noun)]
    text = rng.choice(MESSAGE_SHAPES).format(
        a=rng.choice(phrasings).format(t=rng.choice(forms)), o=fold(ordinal[0]), oa=ordinal[1],
        m=fold(matter[0]), ma=matter[1], city=fold(city[0]), ca=city[1])
    return contract(" ".join(text.split()))


def negatives(count, rng):
    seen, out = set(), []
    cities = [fold(name) for name, _ in CITIES] + [abbr for _, abbr in CITIES]
    combos = [(f, s, c) for f in NEGATIVE_FRAMES for s in NEGATIVE_SUBJECTS for c in cities]
    rng.shuffle(combos)
    for frame, subject, city in combos:
        text = frame.format(s=subject, c=city)
        if comparison_key(text) in seen:
            continue
        seen.add(comparison_key(text))
        out.append(text)
        if len(out) == count:
            break
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, required=True, help="number of entries (at most %d)" % TOTAL_COMBINATIONS)
    parser.add_argument("--out", required=True, help="folder to write faq.md and its siblings into")
    parser.add_argument("--knowledge-dir", help="shipped Knowledge/ folder whose other sibling files are copied")
    parser.add_argument("--messages", type=int, default=500,
                        help="test messages written to mensajes.txt (paraphrases of random entries)")
    parser.add_argument("--negatives", type=int, default=None,
                        help="out-of-scope messages (default: 150 + entries/100, at most 2,000)")
    args = parser.parse_args()
    if not 1 <= args.entries <= TOTAL_COMBINATIONS:
        raise SystemExit(f"--entries must be between 1 and {TOTAL_COMBINATIONS}")

    rng = random.Random(SEED)
    # A fixed-seed sample of the combination space, in a stable shuffled order.
    chosen = rng.sample(range(TOTAL_COMBINATIONS), args.entries)
    os.makedirs(args.out, exist_ok=True)
    used = set()
    written = 0
    faq_path = os.path.join(args.out, "faq.md")
    with open(faq_path, "w", encoding="utf-8") as faq:
        faq.write("# Preguntas frecuentes (generadas para pruebas de rendimiento)\n\n"
                  "Archivo generado por Benchmarks/Scripts/generate-knowledge.py; no lo edite a mano.\n\n")
        for number, index in enumerate(chosen, start=1):
            block = make_entry(number, combination(index), rng, used)
            if block is None:
                continue
            faq.write(block + "\n")
            written += 1

    # Test messages for the timing benchmarks (one per line): paraphrases of random entries.
    messages_rng = random.Random(SEED + 1)
    with open(os.path.join(args.out, "mensajes.txt"), "w", encoding="utf-8") as out:
        for index in messages_rng.sample(chosen, min(args.messages, len(chosen))):
            out.write(message_for(combination(index), messages_rng) + "\n")

    negative_count = args.negatives if args.negatives is not None else min(2000, 150 + args.entries // 100)
    with open(os.path.join(args.out, "fuera-de-alcance.md"), "w", encoding="utf-8") as out:
        out.write("# Mensajes fuera de alcance (generados para pruebas de rendimiento)\n\n## Otras instituciones\n")
        for text in negatives(negative_count, rng):
            out.write(f"- {text}\n")

    if args.knowledge_dir:
        for name in ["sinonimos.md", "abreviaturas.md", "palabras-vacias.md", "detectores.md", "textos.md",
                     "rutas.md"]:
            source = os.path.join(args.knowledge_dir, name)
            if os.path.exists(source):
                shutil.copyfile(source, os.path.join(args.out, name))
    print(f"{faq_path}: {written} entries, {negative_count} out-of-scope messages", file=sys.stderr)


if __name__ == "__main__":
    main()
