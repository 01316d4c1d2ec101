#!/usr/bin/env python3
"""Build the labelled near-duplicate set (examples/neardup/neardup.jsonl) from the sample corpus.

Every sample article becomes a *group*: the original plus copies made with the edits that news
copies really undergo on their way between sites (syndication headers, bylines and footers,
new titles, truncation, light rewrites, a rewritten lede, a site template). Two documents are
near-duplicates exactly when they share a group. Hard negatives come for free and by
construction: sample articles on the same story and day (the corpus has several), digests that
quote the first paragraph of several articles, a rewritten-lede copy against the article whose
lede it borrowed, and different articles wrapped in the same outlet template.

The split is by *story*, not by document: articles of one story (and all their copies) are all in
dev or all in test, so tuning on dev never sees a test article or its copies.

Deterministic: the same --seed and corpus give the same bytes. Python 3 standard library only.

Usage: tools/make_neardup_set.py [--corpus examples/corpus.jsonl] [--seed 7] [-o FILE]
"""

import argparse
import json
import random
import re
from pathlib import Path

# Sample articles (1-based line numbers) that report one story; the rest stand alone.
STORIES = [[1, 2], [3, 4, 5], [8, 9, 10], [14, 15], [24, 25, 26], [28, 29, 30], [11, 12],
           [18, 19]]

# Light-rewrite synonyms: a copy desk's word swaps, not paraphrase.
SYNONYMS = {
    "said": ["stated", "added"], "says": ["states"], "told": ["informed"],
    "officials": ["authorities"], "agreement": ["accord"], "deal": ["agreement"],
    "talks": ["negotiations"], "announced": ["declared"], "warned": ["cautioned"],
    "country": ["nation"], "killed": ["slain"], "attack": ["assault"], "attacks": ["assaults"],
    "meeting": ["encounter"], "large": ["major"], "big": ["major"], "also": ["additionally"],
    "however": ["but"], "about": ["around"], "several": ["a number of"], "began": ["started"],
    "continued": ["went on"], "reported": ["said"], "claimed": ["asserted"],
    "denied": ["rejected"], "called": ["described"], "military": ["armed forces"],
    "forces": ["troops"], "statement": ["communique"], "launched": ["fired"],
    "spokesman": ["spokesperson"], "minister": ["secretary"], "capital": ["city"],
    "on Tuesday": ["Tuesday"], "on Monday": ["Monday"], "on Wednesday": ["Wednesday"],
    "on Thursday": ["Thursday"], "on Friday": ["Friday"], "on Saturday": ["Saturday"],
    "on Sunday": ["Sunday"], "U.S.": ["US"], "percent": ["per cent"], "nearly": ["almost"],
    "more than": ["over"], "after": ["following"], "because": ["as"], "before": ["prior to"],
    "help": ["assist"], "show": ["demonstrate"], "tried": ["attempted"], "need": ["require"],
}

AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Xinhua", "ANSA"]
CITIES = ["WASHINGTON", "TEHRAN", "JERUSALEM", "LONDON", "DUBAI", "BEIRUT", "NEW YORK", "VIENNA",
          "GAZA CITY", "BAGHDAD", "DOHA", "MUSCAT", "SANAA", "ISTANBUL"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec"]
BYLINES = ["By Staff Reporter", "By Dana Whitfield and Omar Haddad, Reuters",
           "By Lena Korhonen | AFP", "By Samir Nasser", "From our correspondent in the region",
           "By Editorial Staff"]
FOOTERS = [
    "Reporting by Dana Whitfield; Additional reporting by Omar Haddad; Editing by Mark Cole",
    "(Reporting by Lena Korhonen; Writing by Samir Nasser; Editing by Toby Grant)",
    "Copyright {year} The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "© {year} Agence France-Presse",
    "Read more: Live updates from the region",
    "This article was originally published by a partner news agency and has been republished "
    "with permission.",
    "Sign up for our daily briefing to get the top stories in your inbox.",
    "The Associated Press contributed to this report.",
]
TITLE_PREFIXES = ["UPDATE 2-", "WRAPUP 1-", "Analysis: ", "Live: ", "Breaking: ", ""]

# A site template: the same header and footer on every article of one invented outlet,
# including an "about us" paragraph no boilerplate pattern knows about.
TEMPLATES = [
    ("Example Daily Herald",
     "Example Daily Herald | World | Middle East",
     "The Example Daily Herald has reported on the world since 1921. Our journalism is "
     "independent and funded by our readers, who make it possible for us to keep our reporting "
     "open to everyone, wherever they live, whatever they can afford. Support us from as "
     "little as one dollar a month."),
    ("Example Gulf Observer",
     "Gulf Observer > News > Region",
     "The Gulf Observer is the region's English-language daily of record, with bureaus in six "
     "capitals and a newsroom that works around the clock to bring readers the stories that "
     "shape the Middle East, its politics, its economies and its people."),
]


def paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


def sentences(par):
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"”']?\s+(?=[A-Z\"“'])", par):
        out.append(par[start:m.end()].strip())
        start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


def swap_words(text, rng, rate):
    keys = sorted(SYNONYMS, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")

    def repl(m):
        if rng.random() < rate:
            return rng.choice(SYNONYMS[m.group(1)])
        return m.group(1)

    return pattern.sub(repl, text)


def strip_dateline(text):
    return re.sub(r"^[A-Z][A-Z .,'-]{1,40}\s+[—-]\s+", "", text)


def dateline(rng, published):
    city = rng.choice(CITIES)
    agency = rng.choice(AGENCIES)
    if published and rng.random() < 0.5:
        y, m, d = published.split("-")
        return f"{city}, {MONTHS[int(m) - 1]} {int(d)} ({agency}) - "
    return f"{city} ({agency}) — "


def syndicated(a, rng):
    body = strip_dateline(a["text"])
    head = dateline(rng, a.get("published"))
    parts = []
    if rng.random() < 0.6:
        parts.append(rng.choice(BYLINES))
    text = head + body
    year = (a.get("published") or "2024")[:4]
    footers = rng.sample(FOOTERS, rng.randint(1, 3))
    text = "\n".join(parts + [text]) + "".join(
        "\n\n" + f.format(year=year) for f in footers)
    title = rng.choice(TITLE_PREFIXES) + a["title"]
    return title, text


def truncated(a, rng):
    pars = paragraphs(a["text"])
    sents = [(i, s) for i, p in enumerate(pars) for s in sentences(p)]
    keep = max(2, int(len(sents) * rng.uniform(0.45, 0.7)))
    out = []
    for i, s in sents[:keep]:
        if len(out) <= i:
            out.append([])
        out[i].append(s)
    text = "\n\n".join(" ".join(p) for p in out if p)
    if rng.random() < 0.5:
        text += "\n\nContinue reading the full story on our website."
    return a["title"], text


def rewrite(a, rng):
    pars = paragraphs(a["text"])
    if len(pars) >= 4:
        del pars[rng.randrange(1, len(pars))]
    # reorder two sentences inside one paragraph
    multi = [i for i, p in enumerate(pars) if len(sentences(p)) >= 2]
    if multi:
        i = rng.choice(multi)
        s = sentences(pars[i])
        j = rng.randrange(len(s) - 1)
        s[j], s[j + 1] = s[j + 1], s[j]
        pars[i] = " ".join(s)
    text = swap_words("\n\n".join(pars), rng, 0.5)
    words = a["title"].split()
    title = " ".join(words[: max(3, len(words) - 2)]) + ", officials say"
    return title, text


def retitled(a, rng):
    text = a["text"].replace('"', "“", 1)
    text = text.replace("U.S.", "US").replace("U.N.", "UN")
    stamp = f"Updated: {a.get('published') or '2024-01-01'} 14:{rng.randint(10, 59)} GMT"
    return "What we know: " + a["title"].lower(), stamp + "\n" + text


def combo(a, rng):
    t1, text = truncated(a, rng)
    text = swap_words(text, rng, 0.25)
    head = dateline(rng, a.get("published"))
    return rng.choice(TITLE_PREFIXES) + a["title"], head + strip_dateline(text)


def templated(a, template):
    _, header, about = template
    return a["title"], header + "\n\n" + a["text"] + "\n\n" + about


EDITS = [("syndicated", syndicated), ("truncated", truncated), ("rewrite", rewrite),
         ("retitled", retitled), ("combo", combo)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="examples/corpus.jsonl")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", default="examples/neardup/neardup.jsonl")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    arts = [json.loads(l) for l in Path(args.corpus).read_text(encoding="utf-8").splitlines()
            if l.strip()]
    n = len(arts)

    # story units → split, alternating after a seeded shuffle, balancing document counts
    in_story = {i for s in STORIES for i in s}
    units = [list(s) for s in STORIES if all(i <= n for i in s)]
    units += [[i] for i in range(1, n + 1) if i not in in_story]
    rng.shuffle(units)
    units.sort(key=len, reverse=True)
    split_of, counts = {}, {"dev": 0, "test": 0}
    for u in units:
        s = min(counts, key=lambda k: (counts[k], k))
        counts[s] += len(u)
        for i in u:
            split_of[i] = s

    docs = []

    def add(id_, group, kind, a, title, text, outlet=None):
        docs.append({
            "id": id_, "group": group, "split": split_of[int(group[1:])], "kind": kind,
            "title": title, "text": text, "outlet": outlet or a.get("outlet"),
            "published": a.get("published"), "url": f"https://example.org/neardup/{id_}",
        })

    for i, a in enumerate(arts, 1):
        g = f"a{i}"
        add(f"{g}-original", g, "original", a, a["title"], a["text"])
        for kind, edit in EDITS:
            title, text = edit(a, rng)
            add(f"{g}-{kind}", g, kind, a, title, text, outlet=rng.choice(
                ["Example Wire", "Example Times", "Example Post", a.get("outlet")]))

    # Same outlet template on different articles: copies of their own article, and hard
    # negatives of each other.
    for split in ("dev", "test"):
        ids = [i for i in range(1, n + 1) if split_of[i] == split]
        for k, i in enumerate(ids):
            tpl = TEMPLATES[k % len(TEMPLATES)]
            title, text = templated(arts[i - 1], tpl)
            add(f"a{i}-template", f"a{i}", "template", arts[i - 1], title, text, outlet=tpl[0])

    # Rewritten lede: article j's body under article i's first paragraph (i and j report the
    # same story): a copy of j, a hard negative of i.
    for s in STORIES:
        for i, j in zip(s, s[1:] + s[:1]):
            if i > n or j > n:
                continue
            lede = paragraphs(strip_dateline(arts[i - 1]["text"]))[0]
            body = paragraphs(arts[j - 1]["text"])[1:]
            add(f"a{j}-newlede", f"a{j}", "new-lede", arts[j - 1], arts[j - 1]["title"],
                "\n\n".join([lede] + body))

    # Digests: the first paragraph of three articles of one split, a document of its own.
    for split in ("dev", "test"):
        ids = [i for i in range(1, n + 1) if split_of[i] == split]
        for k in range(0, len(ids) - 2, 2):
            pick = ids[k:k + 3]
            text = "Here is what happened today.\n\n" + "\n\n".join(
                paragraphs(arts[i - 1]["text"])[0] for i in pick)
            gid = f"d{pick[0]}"
            docs.append({
                "id": f"{gid}-digest", "group": gid, "split": split, "kind": "digest",
                "title": "News digest", "text": text, "outlet": "Example Digest",
                "published": arts[pick[0] - 1].get("published"),
                "url": f"https://example.org/neardup/{gid}-digest",
            })

    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    by = {}
    for d in docs:
        by.setdefault(d["split"], 0)
        by[d["split"]] += 1
    print(f"{out}: {len(docs)} documents ({', '.join(f'{k} {v}' for k, v in sorted(by.items()))})")


if __name__ == "__main__":
    main()
