#!/usr/bin/env python3
"""Build a synthetic, news-like JSON Lines corpus for throughput benchmarks.

The text only has to *exercise* the pipeline the way real news does (datelines,
named actors, reported speech, quotes, event verbs, dates), not to be true.
When examples/corpus.jsonl exists its paragraphs and sentences are recombined
across articles, with actor names swapped for others of the same kind so the
same sentence does not recur verbatim thousands of times; a template grammar of
news sentences is mixed in (and used alone when the sample corpus is missing).

Deterministic: the same --seed, --docs and source corpus give the same bytes.
Python 3 standard library only.

Usage: make_corpus.py [-n DOCS] [--seed N] [--source FILE] [-o FILE]
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

# --- actors: name, kind; swapped within a kind so roles stay plausible -------

PEOPLE = [
    ("Foreign Minister", "Abbas Araghchi", "Iranian"),
    ("President", "Masoud Pezeshkian", "Iranian"),
    ("Prime Minister", "Benjamin Netanyahu", "Israeli"),
    ("Secretary of State", "Marco Rubio", "American"),
    ("President", "Donald Trump", "American"),
    ("President", "Joe Biden", "American"),
    ("Supreme Leader", "Ali Khamenei", "Iranian"),
    ("Foreign Minister", "Hakan Fidan", "Turkish"),
    ("President", "Emmanuel Macron", "French"),
    ("Chancellor", "Olaf Scholz", "German"),
    ("Prime Minister", "Keir Starmer", "British"),
    ("Secretary-General", "Antonio Guterres", "UN"),
    ("Director General", "Rafael Grossi", "IAEA"),
    ("Defense Minister", "Israel Katz", "Israeli"),
    ("President", "Vladimir Putin", "Russian"),
    ("Foreign Minister", "Sergei Lavrov", "Russian"),
    ("Emir", "Tamim bin Hamad Al Thani", "Qatari"),
    ("Crown Prince", "Mohammed bin Salman", "Saudi"),
    ("President", "Recep Tayyip Erdogan", "Turkish"),
    ("Prime Minister", "Mohammed Shia al-Sudani", "Iraqi"),
    ("President", "Abdel Fattah el-Sisi", "Egyptian"),
    ("King", "Abdullah II", "Jordanian"),
    ("Foreign Minister", "Wang Yi", "Chinese"),
    ("Special Envoy", "Steve Witkoff", "US"),
]

STATES = [
    ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"),
    ("the United States", "American", "Washington"),
    ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"),
    ("Britain", "British", "London"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Qatar", "Qatari", "Doha"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Lebanon", "Lebanese", "Beirut"),
    ("Syria", "Syrian", "Damascus"),
    ("Jordan", "Jordanian", "Amman"),
    ("Yemen", "Yemeni", "Sanaa"),
    ("Oman", "Omani", "Muscat"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Pakistan", "Pakistani", "Islamabad"),
]

ORGS = [
    "Hamas", "Hezbollah", "the Houthis", "the Revolutionary Guards", "the IAEA",
    "the United Nations", "the European Union", "NATO", "the Pentagon",
    "the Israeli military", "the Red Cross", "the Arab League", "the World Bank",
    "the Security Council", "the Gaza health ministry", "OPEC",
]

OUTLETS = [
    ("Reuters", "reuters"), ("Associated Press", "ap"), ("BBC", "bbc"),
    ("Al Jazeera", "aljazeera"), ("The Guardian", "guardian"), ("IRNA", "irna"),
    ("Press TV", "presstv"), ("Times of Israel", "timesofisrael"),
    ("Haaretz", "haaretz"), ("New York Times", "nytimes"), ("Fox News", "foxnews"),
    ("Tasnim", "tasnim"), ("Jerusalem Post", "jpost"), ("Middle East Eye", "mee"),
]

# --- template grammar --------------------------------------------------------

DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "late on Tuesday", "earlier this week",
        "last month", "overnight"]
REPORT_VERBS = ["said", "told reporters", "said in a statement", "warned",
                "told a news conference", "said on social media", "added",
                "told state television", "said in an interview"]
HEDGES = ["", "", "", "reportedly ", "allegedly ", "may have ", ""]
EVENTS = [
    "launched drone strikes on {t}",
    "imposed new sanctions on {t}",
    "held talks with {t} in {c}",
    "accused {t} of violating the ceasefire",
    "condemned the attack by {t}",
    "signed a security agreement with {t}",
    "withdrew its ambassador from {t}",
    "threatened to retaliate against {t}",
    "called on {t} to show restraint",
    "rejected a proposal from {t}",
    "deployed additional troops near the border with {t}",
    "fired missiles at targets in {t}",
    "agreed to resume negotiations with {t}",
    "denied supplying weapons to {t}",
    "welcomed the decision by {t}",
    "seized a tanker linked to {t}",
    "arrested several people suspected of spying for {t}",
    "offered humanitarian aid to {t}",
]
QUOTES = [
    "We will not accept any conditions imposed from outside",
    "This is a clear violation of international law",
    "Our patience is not unlimited",
    "Diplomacy remains the only sustainable path",
    "Those responsible will pay a heavy price",
    "We are ready to talk, but not under pressure",
    "The region cannot afford another war",
    "Every option remains on the table",
    "We have no intention of escalating, but we will defend ourselves",
    "The talks were constructive and we agreed to meet again",
]
FILLER = [
    "Oil prices rose more than {n} percent in early trading after the news.",
    "At least {n} people were killed and dozens wounded, according to local officials.",
    "The move drew criticism from rights groups, who said civilians would bear the cost.",
    "Analysts said the decision could complicate efforts to revive the negotiations.",
    "Officials did not say when the next round of talks would take place.",
    "The statement gave no further details about the operation.",
    "Witnesses described hearing several loud explosions before dawn.",
    "The ministry said {n} people had been detained in connection with the incident.",
    "Diplomats said a draft resolution was being circulated among council members.",
    "Markets in the region fell sharply, with the main index down {n} percent.",
]


def person(rng):
    """(role, name, nationality adjective) of someone quoted in the news."""
    return rng.choice(PEOPLE)


def state(rng):
    return rng.choice(STATES)


def party(rng):
    """Any actor that can be the object of an event: a state or an organisation."""
    if rng.random() < 0.6:
        return state(rng)[0]
    return rng.choice(ORGS)


def cap(s):
    return s[:1].upper() + s[1:]


def template_sentence(rng):
    kind = rng.random()
    if kind < 0.30:
        role, name, nat = person(rng)
        return "{nat} {role} {name} {v} {d} that {a} had {h}{e}.".format(
            nat=nat, role=role, name=name, v=rng.choice(REPORT_VERBS), d=rng.choice(DAYS),
            a=party(rng), h=rng.choice(HEDGES).replace("may have ", ""),
            e=rng.choice(EVENTS).format(t=party(rng), c=state(rng)[2]))
    if kind < 0.50:
        _, name, _ = person(rng)
        return '"{q}," {name} {v}.'.format(q=rng.choice(QUOTES), name=name,
                                           v=rng.choice(REPORT_VERBS))
    if kind < 0.75:
        return "{a} {h}{e} {d}, {src}.".format(
            a=cap(party(rng)), h=rng.choice(HEDGES),
            e=rng.choice(EVENTS).format(t=party(rng), c=state(rng)[2]),
            d=rng.choice(DAYS),
            src=rng.choice(["according to officials", "the ministry said",
                            "state media reported", "two diplomats said",
                            "a senior official told Reuters"]))
    if kind < 0.85:
        return "According to {a}, {b} {e}.".format(
            a=rng.choice(["state media", "local officials", "a statement", "witnesses"]),
            b=party(rng), e=rng.choice(EVENTS).format(t=party(rng), c=state(rng)[2]))
    return rng.choice(FILLER).format(n=rng.randint(2, 90))


# --- recombining the sample corpus -------------------------------------------

SENTENCE_END = re.compile(r'(?<=[.!?])["\']?\s+(?=["A-Z])')
DATELINE = re.compile(r"^[A-Z][A-Z ,/'.-]+ — ")


def split_sentences(paragraph):
    """Rough sentence split, good enough to shuffle sentences between articles."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(paragraph):
        end = m.start() + len(m.group(0).rstrip())
        out.append(paragraph[start:end].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if len(s) > 20]


def load_source(path):
    paragraphs, sentences, titles = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = doc.get("text") or ""
            if doc.get("title"):
                titles.append(doc["title"])
            for para in re.split(r"\n\s*\n", text):
                para = DATELINE.sub("", para.strip())
                if not para:
                    continue
                paragraphs.append(para)
                sentences.extend(split_sentences(para))
    return paragraphs, sentences, titles


def build_swapper():
    """One regex over every known name; each hit is replaced by a random name of its kind."""
    kinds = {}
    for _, name, _ in PEOPLE:
        kinds[name] = "person"
    for name, adj, capital in STATES:
        kinds[name] = "state"
        kinds[adj] = "adj"
        kinds[capital] = "capital"
    for org in ORGS:
        kinds[org] = "org"
    names = sorted(kinds, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    pools = {
        "person": [p[1] for p in PEOPLE],
        "state": [s[0] for s in STATES],
        "adj": [s[1] for s in STATES],
        "capital": [s[2] for s in STATES],
        "org": ORGS,
    }

    def swap(text, rng, rate=0.5):
        def repl(m):
            if rng.random() >= rate:
                return m.group(0)
            new = rng.choice(pools[kinds[m.group(0)]])
            # Keep sentence-initial capitals ("The United States" vs "the").
            return cap(new) if m.group(0)[:1].isupper() else new
        return pattern.sub(repl, text)

    return swap


# --- articles ----------------------------------------------------------------


def article_size(rng):
    """Target text size in bytes: skewed like real news, mean about 4 KB."""
    return int(min(12000, max(1200, rng.lognormvariate(8.2, 0.4))))


def make_article(i, rng, source, swap):
    paragraphs, sentences, titles = source
    target = article_size(rng)
    city = state(rng)[2].upper()
    paras, size = [], 0
    while size < target:
        r = rng.random()
        if paragraphs and r < 0.25:
            para = swap(rng.choice(paragraphs), rng)
        else:
            n = rng.randint(1, 4)
            parts = []
            for _ in range(n):
                if sentences and rng.random() < 0.7:
                    parts.append(swap(rng.choice(sentences), rng))
                else:
                    parts.append(template_sentence(rng))
            para = " ".join(parts)
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
    paras[0] = "{} — {}".format(city, paras[0])
    if titles and rng.random() < 0.5:
        title = swap(rng.choice(titles), rng, rate=0.8)
    else:
        title = "{} {} {}".format(cap(party(rng)), rng.choice(
            ["warns", "rejects", "backs", "accuses", "meets", "strikes"]), party(rng))
    outlet, slug = rng.choice(OUTLETS)
    year = rng.randint(2015, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return {
        "title": title,
        "outlet": outlet,
        "published": "{:04d}-{:02d}-{:02d}".format(year, month, day),
        "url": "https://example.org/{}/{}/{:02d}/{:02d}/bench-{}".format(
            slug, year, month, day, i),
        "text": "\n\n".join(paras),
    }


def main(argv=None):
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--docs", type=int, default=5000, help="number of articles (5000)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed")
    ap.add_argument("--source", type=Path, default=here.parent / "examples" / "corpus.jsonl",
                    help="sample corpus to recombine (default examples/corpus.jsonl)")
    ap.add_argument("--templates-only", action="store_true",
                    help="ignore the sample corpus and use the template grammar alone")
    ap.add_argument("-o", "--output", type=Path, help="output file (default stdout)")
    args = ap.parse_args(argv)
    if args.docs < 1:
        ap.error("--docs must be at least 1")

    source = ([], [], [])
    if not args.templates_only and args.source.is_file():
        source = load_source(args.source)
    origin = (f"{args.source} ({len(source[0])} paragraphs, {len(source[1])} sentences)"
              if source[1] else "template grammar only")

    rng = random.Random(args.seed)
    swap = build_swapper()
    out = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    total = 0
    try:
        for i in range(args.docs):
            doc = make_article(i, rng, source, swap)
            total += len(doc["text"].encode("utf-8"))
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(f"make_corpus: {args.docs} docs, {total} text bytes "
          f"(mean {total / args.docs:.0f} B/doc), seed {args.seed}, from {origin}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
