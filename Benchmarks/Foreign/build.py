#!/usr/bin/env python3
"""Builds "foreign" FAQ knowledge bases from public Spanish Rasa NLU training data.

For each data set in DATASETS it reads the raw file saved under data/ (Rasa 1.x Markdown,
`## intent:name` followed by `- example` lines, or Rasa 2/3 YAML, `- intent: name` followed by
`examples: |` and `- example` lines) and writes <name>/faq.md and <name>/test.tsv:

* Rasa entity markup is removed: `[text](entity)`, `[text](entity:value)`,
  `[text]{"entity": ...}` and a bare `[text]` all become `text`.
* Examples are de-duplicated inside an intent under the same key the product uses to compare
  phrasings (accents, case, spacing and the edge marks ¿ ? ¡ ! . ignored).
* An example whose key appears in two or more intents is ambiguous and dropped from all of them.
* Chit-chat intents (greetings, goodbyes, yes/no, thanks, bot challenge, fallback, ...) and
  intents with fewer than MIN_EXAMPLES examples left are skipped.
* Of each kept intent, the first example becomes the question (`## ` heading, wrapped in ¿ ?
  when it is a question), the next four the variants (at most 5 examples are knowledge), and
  the rest are test rows labelled with the entry's id.

usage: python3 Benchmarks/Foreign/build.py        (from anywhere; paths are relative to this file)
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

MIN_EXAMPLES = 6          # intents with fewer examples (after cleaning) are skipped
KNOWLEDGE_EXAMPLES = 5    # question + 4 variants
REVIEWED = "2026-12-07"

DATASETS = [
    {
        "name": "alicia-covid",
        "title": "Alicia: preguntas frecuentes sobre COVID-19",
        "raw": "data/alicia-faq-preguntas.md",
        "source": "https://github.com/Huascar321/ProyectoAlicia",
        "skip": {},
    },
    {
        "name": "compensar-alojamiento",
        "title": "Compensar: alojamiento y hoteles",
        "raw": "data/compensar-alojamiento-nlu.md",
        "source": "https://github.com/aditzend/m-b-c-colombia-alojamiento",
        # Not a question: the user's reply when the bot greets them by another person's name.
        "skip": {"General_ActualizarDatosNoSoy": "dialogue turn, not a question"},
    },
]

# Intent names (folded, without separators) that are chit-chat rather than questions.
CHITCHAT = re.compile(
    r"(greet|goodbye|bye|affirm|deny|thank|botchallenge|chitchat|smalltalk|mood|outofscope|"
    r"fallback|default|saludo|saludar|despedida|despedir|afirma|nega|negar|gracias|agradec|"
    r"comoestas|confirm|insult)"
)

# Openings of a question (folded): interrogative words, alone or after a preposition, and
# the verbs that open the yes/no questions of these data sets.
_WH = ("que", "como", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas", "donde",
       "cuando", "quien", "quienes")
INTERROGATIVES = _WH + tuple(f"{p} {w}" for p in ("a", "de", "en", "por", "para", "hasta", "desde")
                             for w in _WH) + (
    "adonde", "puedo", "puede", "pueden", "podria", "se puede", "hay", "tiene", "tienen",
    "es", "son", "existe", "debo", "me cobran", "cobran", "venden",
)

ENTITY_PATTERNS = [
    re.compile(r"\[([^\]]*)\]\([^)]*\)"),   # [text](entity) and [text](entity:value)
    re.compile(r"\[([^\]]*)\]\{[^}]*\}"),   # [text]{"entity": ...}
    re.compile(r"\[([^\]]*)\]"),            # a bare [text] left by a mistake in the data
]


def folded(text):
    """As TextNormalization.folded: no accents, lowercase, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.lower().split())


def comparison_key(text):
    """As TextNormalization.comparisonKey: folded, without ¿ ? ¡ ! . and spaces at the ends."""
    return folded(text).strip("¿?¡!. ")


def slug(text):
    """Lowercase ASCII words joined by hyphens; CamelCase and snake_case both split."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    spaced = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", " ", spaced)
    words = re.findall(r"[a-z0-9]+", folded(spaced))
    return "-".join(words)


def strip_entities(text):
    for pattern in ENTITY_PATTERNS:
        text = pattern.sub(r"\1", text)
    return " ".join(text.split())


def parse_markdown(lines):
    """Rasa 1.x Markdown: `## intent:name` (also the `##inten:` typo of one source)."""
    intents, current = [], None
    header = re.compile(r"^\s*##\s*(\w+)\s*:\s*(.*?)\s*$")
    for line in lines:
        match = header.match(line)
        if match:
            kind, name = match.group(1).lower(), match.group(2)
            current = (name, []) if kind in ("intent", "inten") and name else None
            if current:
                intents.append(current)
            continue
        if line.lstrip().startswith("#"):
            current = None
            continue
        item = re.match(r"^\s*-\s*(.*?)\s*$", line)
        if item and current is not None:
            current[1].append(item.group(1))
    return intents


def parse_yaml(lines):
    """Rasa 2/3 YAML: `- intent: name` then `examples: |` and `- example` lines."""
    intents, current, in_examples = [], None, False
    for line in lines:
        match = re.match(r"^\s*-\s*(intent|synonym|regex|lookup)\s*:\s*(.*?)\s*$", line)
        if match:
            current = (match.group(2), []) if match.group(1) == "intent" else None
            if current:
                intents.append(current)
            in_examples = False
            continue
        if re.match(r"^\s*examples\s*:\s*\|", line):
            in_examples = current is not None
            continue
        item = re.match(r"^\s+-\s*(.*?)\s*$", line)
        if item and in_examples and current is not None:
            current[1].append(item.group(1))
        elif line.strip() and not item:
            in_examples = False
    return intents


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if any(re.match(r"^\s*nlu\s*:", l) for l in lines):
        return parse_yaml(lines)
    return parse_markdown(lines)


def as_question(text):
    """The first example as a heading: capitalised, and in ¿ ? when it asks something."""
    text = text[0].upper() + text[1:]
    key = folded(text).lstrip("¿¡")
    asks = text.endswith("?") or any(key == w or key.startswith(w + " ") for w in INTERROGATIVES)
    if asks:
        text = text.rstrip("?. ")
        if not text.startswith("¿"):
            text = "¿" + text
        text += "?"
    return text


def build(dataset):
    raw = parse(os.path.join(HERE, dataset["raw"]))
    report = {"intents": len(raw), "skipped": [], "ambiguous": 0}

    # Clean and de-duplicate inside each intent; skip chit-chat.
    cleaned = []
    for name, examples in raw:
        if name in dataset["skip"]:
            report["skipped"].append((name, dataset["skip"][name]))
            continue
        if CHITCHAT.search(re.sub(r"[^a-z]", "", folded(name))):
            report["skipped"].append((name, "chit-chat"))
            continue
        seen, kept = set(), []
        for example in examples:
            text = strip_entities(example)
            key = comparison_key(text)
            if key and key not in seen:
                seen.add(key)
                kept.append(text)
        cleaned.append((name, kept))

    # Examples shared by two or more intents have no single right answer: drop them everywhere.
    owners = {}
    for index, (_, examples) in enumerate(cleaned):
        for text in examples:
            owners.setdefault(comparison_key(text), set()).add(index)
    shared = {key for key, who in owners.items() if len(who) > 1}
    entries, ids = [], set()
    for name, examples in cleaned:
        unique = [t for t in examples if comparison_key(t) not in shared]
        report["ambiguous"] += len(examples) - len(unique)
        if len(unique) < MIN_EXAMPLES:
            report["skipped"].append((name, f"{len(unique)} examples"))
            continue
        entry_id = slug(name) or "intencion"
        base, n = entry_id, 2
        while entry_id in ids:
            entry_id, n = f"{base}-{n}", n + 1
        ids.add(entry_id)
        entries.append({"id": entry_id, "intent": name, "knowledge": unique[:KNOWLEDGE_EXAMPLES],
                        "test": unique[KNOWLEDGE_EXAMPLES:]})

    folder = os.path.join(HERE, dataset["name"])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "faq.md"), "w", encoding="utf-8") as f:
        f.write(f"# {dataset['title']}\n")
        for entry in entries:
            question, *variants = entry["knowledge"]
            f.write(f"\n## {as_question(question)}\n")
            f.write(f"- id: {entry['id']}\n- área: General\n- ciudades: todas\n")
            f.write(f"- fuente: {dataset['source']}\n- revisado: {REVIEWED}\n- variantes:\n")
            for variant in variants:
                f.write(f"  - {variant}\n")
            f.write(f"\nRespuesta de la intención {entry['intent']}.\n")
    rows = 0
    with open(os.path.join(folder, "test.tsv"), "w", encoding="utf-8") as f:
        f.write("text\texpect\n")
        for entry in entries:
            for text in entry["test"]:
                f.write(f"{text.replace(chr(9), ' ')}\t{entry['id']}\n")
                rows += 1

    print(f"{dataset['name']}: {report['intents']} intents read, {len(entries)} entries, "
          f"{rows} test rows, {report['ambiguous']} ambiguous examples dropped")
    for name, why in report["skipped"]:
        print(f"  skipped {name}: {why}")
    return len(entries), rows


def main():
    names = sys.argv[1:]
    for dataset in DATASETS:
        if not names or dataset["name"] in names:
            build(dataset)


if __name__ == "__main__":
    main()
