#!/usr/bin/env python3
"""Side by side: our ranking against a TF-IDF + logistic-regression peer (issue 13).

The peer is what a plain scikit-learn text classifier makes of the same knowledge:
every question and variant of `faq-admin export --json` is a training example of
its entry; features are TF-IDF of word 1-2-grams and character 2-5-grams (within
word boundaries); the classifier is a logistic regression. For each evaluation
file the script prints, on the rows that expect an entry, the share whose right
entry each system puts first (score.py's `top1_in_scope`), and how many answers
each gives at a false-answer rate of at most 0.03 when the peer answers above a
probability chosen on that file (an upper bound for the peer: its threshold sees
the labels).

usage: Benchmarks/Peer/compare.py [--faq-admin PATH] EVAL.tsv [EVAL.tsv ...]

It imports Knowledge/faq.md into a temporary database, runs `faq-admin ask
--json` on each file and fits the peer. scikit-learn comes from PyPI
(`pip install scikit-learn`); it is used here only, never by the product.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

try:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("compare.py: scikit-learn is needed: pip install scikit-learn")


def load_eval(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    ti, ei = header.index("text"), header.index("expect")
    return [(cols[ti], [e.strip() for e in cols[ei].split("|")]) for cols in (l.split("\t") for l in lines[1:])]


def in_scope_row(expect):
    """As score.py: the row names entries and nothing else."""
    return all(":" not in e for e in expect)


def run(cmd, stdin=None):
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout


class Peer:
    def __init__(self, entries):
        texts, labels = [], []
        for entry in entries:
            for text in [entry["question"]] + entry["variants"]:
                texts.append(text)
                labels.append(entry["id"])
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode")
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, strip_accents="unicode")
        features = hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)]).tocsr()
        self.model = LogisticRegression(C=10, max_iter=2000).fit(features, labels)

    def predict(self, texts):
        features = hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()
        probabilities = self.model.predict_proba(features)
        best = probabilities.argmax(axis=1)
        return [(self.model.classes_[i], probabilities[row, i]) for row, i in enumerate(best)]


def answers_at_false_rate(pairs, rows, limit=0.03):
    """Best share of in-scope rows answered right with false answers ≤ limit, over thresholds."""
    in_scope = sum(1 for _, expect in rows if in_scope_row(expect))
    best = 0.0
    for threshold in sorted({p for _, p in pairs}):
        right = wrong = 0
        for (entry, p), (_, expect) in zip(pairs, rows):
            if p < threshold:
                continue
            if entry in expect:
                right += 1
            else:
                wrong += 1
        if wrong / len(rows) <= limit and in_scope:
            best = max(best, right / in_scope)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--faq-admin", default=".build/debug/faq-admin")
    parser.add_argument("--knowledge", default="Knowledge/faq.md")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "peer.sqlite")
        run([args.faq_admin, "import", args.knowledge, "--db", database])
        peer = Peer(json.loads(run([args.faq_admin, "export", "--json", "--db", database])))
        print(f"{'file':<14} {'rows':>5} {'in scope':>8}   top-1 ours   top-1 peer   answered right at ≤3 % false: ours / peer (best threshold)")
        for path in args.files:
            rows = load_eval(path)
            texts = [text for text, _ in rows]
            ours = [json.loads(l) for l in run([args.faq_admin, "ask", "--json", "--db", database],
                                               "\n".join(texts) + "\n").splitlines() if l.strip()]
            theirs = peer.predict(texts)
            scope = [i for i, (_, expect) in enumerate(rows) if in_scope_row(expect)]
            ours_top = sum(1 for i in scope if ours[i].get("top") in rows[i][1]) / max(len(scope), 1)
            peer_top = sum(1 for i in scope if theirs[i][0] in rows[i][1]) / max(len(scope), 1)
            ours_answered = sum(1 for i in scope if ours[i]["action"] == "answer" and ours[i].get("entry") in rows[i][1])
            ours_false = sum(1 for i, d in enumerate(ours) if d["action"] == "answer" and d.get("entry") not in rows[i][1])
            name = os.path.basename(path)
            print(f"{name:<14} {len(rows):>5} {len(scope):>8}   {ours_top:>10.3f}   {peer_top:>10.3f}   "
                  f"{ours_answered / max(len(scope), 1):.3f} (false {ours_false / len(rows):.3f}) / "
                  f"{answers_at_false_rate(theirs, rows):.3f}")


if __name__ == "__main__":
    main()
