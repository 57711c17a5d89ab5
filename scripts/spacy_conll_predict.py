#!/usr/bin/env python3
"""Writes spaCy en_core_web_sm's mentions on a CoNLL-2003 file as a CoNLL file (IOB2 tags last), so
`dateline eval conll GOLD --system OUT` scores spaCy per type with the same scorer as Dateline.
Labels map to CoNLL as in ../shared/tools/peers/spacy_conll.py (GPE/LOC/FAC→LOC, NORP/EVENT/…→MISC).
Usage: /work/peers-venv/bin/python scripts/spacy_conll_predict.py GOLD OUT [PEERS_DIR]"""
import os, sys
sys.path.insert(0, sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "peers"))
from spacy.tokens import Doc
from spacy_model import load
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC",
       "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}
nlp = load(disable=["parser", "lemmatizer"])
blocks, words = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if not parts or parts[0] == "-DOCSTART-":
        if words: blocks.append(("s", words)); words = []
        if parts: blocks.append(("d", None))
        continue
    words.append(parts[0])
if words: blocks.append(("s", words))
sentences = [w for kind, w in blocks if kind == "s"]
docs = nlp.pipe(Doc(nlp.vocab, words=w) for w in sentences)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for kind, w in blocks:
        if kind == "d":
            out.write("-DOCSTART- -X- -X- O\n\n"); continue
        doc = next(docs)
        tags = ["O"] * len(w)
        for e in doc.ents:
            if e.label_ in MAP:
                tags[e.start] = "B-" + MAP[e.label_]
                for k in range(e.start + 1, e.end): tags[k] = "I-" + MAP[e.label_]
        out.write("".join(f"{t} _ _ {g}\n" for t, g in zip(w, tags)) + "\n")
