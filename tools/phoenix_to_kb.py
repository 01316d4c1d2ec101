#!/usr/bin/env python3
"""Builds sitrep's KB data files (data/kb/*.tsv) deterministically.

countries.tsv: one row per ISO 3166-1 entry (from the system iso-codes JSON,
/usr/share/iso-codes/json/iso_3166-1.json) merged with curated aliases in
tools/kb-curated/country-aliases.tsv.  `--check` validates every KB file.
Python 3 standard library only; re-running gives identical output.

The Phoenix dictionaries are read from $PHOENIX_DIR when set, else from `shared/data/phoenix`
beside the repository (a clone with `../shared` next to it, as CI runs it), else from
/work/shared/data/phoenix.  Another iso-codes release lists other names, so the
SHA-256 of the iso-codes JSON a run read is written to data/kb/iso-codes.sha256:
`--verify` on a machine whose iso-codes file differs cannot reproduce the
committed KB and says so (exit status 2, "cannot verify here") instead of failing.
"""
import difflib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB = os.path.join(ROOT, "data", "kb")
CURATED = os.path.join(ROOT, "tools", "kb-curated")
HEADER = ["id", "kind", "name", "country", "sector", "role", "from", "until", "aliases"]
KINDS = {"country", "person", "organization", "armed_group", "igo", "media", "group", "place"}
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_SHA_FILE = "iso-codes.sha256"
# Exit status of `--verify` where the committed KB cannot be regenerated (no
# Phoenix dictionaries, or another iso-codes release): not a failure of the KB.
CANNOT_VERIFY = 2


def find_phoenix():
    """$PHOENIX_DIR when set (even if wrong: a user's choice is never second-guessed), else
    the first default folder that holds the dictionaries, or the last one."""
    if os.environ.get("PHOENIX_DIR"):
        return os.environ["PHOENIX_DIR"]
    candidates = [os.path.join(os.path.dirname(ROOT), "shared", "data", "phoenix"),
                  "/work/shared/data/phoenix"]
    for c in candidates:
        if os.path.exists(os.path.join(c, "Phoenix.Countries.actors.txt")):
            return c
    return candidates[-1]


PHOENIX = find_phoenix()


def iso_sha256():
    import hashlib
    with open(ISO_JSON, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_iso_sha():
    with open(os.path.join(KB, ISO_SHA_FILE), "w", encoding="utf-8") as f:
        f.write(iso_sha256() + "  " + ISO_JSON + "\n")


def committed_iso_sha():
    try:
        with open(os.path.join(KB, ISO_SHA_FILE), encoding="utf-8") as f:
            return f.read().split()[0]
    except (OSError, IndexError):
        return None


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows[1:]


def read_curated(name):
    """The rows of the curated KB file `name`, padded to the nine KB columns (trailing empty
    columns may be left out in the file)."""
    return [r + [""] * (9 - len(r)) for r in read_tsv(os.path.join(CURATED, name))]


def clean_name(n):
    # "Iran, Islamic Republic of" -> keep as official; common names preferred.
    return n


def build_countries():
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    # A state may have several rows (later blocks append to it; a block never edits another's).
    extra = {}
    for r in read_tsv(os.path.join(CURATED, "country-aliases.tsv")):
        extra.setdefault(r[0], []).extend(a for a in r[1].split("|") if a)
    names = {r[0]: r[1] for r in read_tsv(os.path.join(CURATED, "country-names.tsv"))} if os.path.exists(os.path.join(CURATED, "country-names.tsv")) else {}
    # A state ISO 3166-1 does not list yet (Kosovo, user-assigned "XKX" as
    # the EU and the IMF use it) is named in country-names.tsv by that code.
    entries += [{"alpha_3": code, "name": name} for code, name in sorted(names.items())
                if code not in {e["alpha_3"] for e in entries}]
    iso = {e["alpha_3"] for e in entries}
    shared_places = {}
    # A town a state held until a date (a third column: "SDN Juba 2011-07-08", Sudan's town
    # until South Sudan's independence) is written with that last day, and the other state's
    # alias of the same text with the day after as its first (see dated_aliases below).
    dated_places = []
    for r in read_tsv(os.path.join(CURATED, "shared-places.tsv")):
        until = r[2].strip() if len(r) > 2 else ""
        shared_places.setdefault(r[0], []).append((r[1], until))
        if until:
            dated_places.append((r[0], r[1], until))
    shared_names = {}
    for r in read_tsv(os.path.join(CURATED, "shared-names.tsv")):
        shared_names.setdefault(r[0], []).append(r[1])
    iso_names_of = {e["alpha_3"]: [names.get(e["alpha_3"], "")] + [e.get(k) or "" for k in ("name", "common_name", "official_name")] for e in entries}
    iso_names_of = {k: [n for n in v if n] for k, v in iso_names_of.items()}
    curated_orgs = read_tsv(os.path.join(CURATED, "organizations.tsv"))
    taken = {r[2] for r in curated_orgs} | {a.split(":", 1)[-1] for r in curated_orgs if len(r) > 8 for a in r[8].split("|") if a}
    phoenix = phoenix_country_aliases(iso, iso_names_of, taken)
    # Curated aliases and ISO names are claimed first, so Phoenix never moves them.
    claimed = {}
    for e in entries:
        for cand in [names.get(e["alpha_3"]) or e.get("common_name") or e["name"]] + [alias_text(a) for a in extra.get(e["alpha_3"], [])]:
            claimed.setdefault(cand, e["alpha_3"])
    out = []
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        code = e["alpha_3"]
        name = names.get(code) or e.get("common_name") or e["name"]
        aliases = []
        for cand in (e["name"], e.get("official_name"), e.get("common_name")):
            # ISO's inverted forms ("Korea, Republic of") never occur in news prose.
            if cand and "," not in cand and "(" not in cand and cand != name:
                aliases.append(cand)
        aliases += extra.get(code, [])
        aliases += phoenix.get(code, [])
        seen, undated, uniq = set(), set(), []
        for a in aliases:
            text = alias_text(a)
            # The first state to claim a surface form keeps it. A dated alias may come again
            # with other dates ("until:1971-10-26:Congo|from:1997-05-17:Congo", the DRC's name
            # before and after it was Zaire): each range is kept.
            dated = re.match(r"^(from|until):", a) is not None
            if (text in seen and not (dated and text not in undated)) or text == name or claimed.get(text, code) != code:
                continue
            seen.add(text)
            if not dated:
                undated.add(text)
            claimed[text] = code
            uniq.append(a)
        # A town named like another state's capital or town ("Tripoli", Lebanon's port and
        # Libya's capital) is a place of this state too: both rows keep the name and the
        # document picks the sense (sitrep-actors' choose_senses), so no claim applies.
        for town, until in shared_places.get(code, []):
            if town not in seen:
                seen.add(town)
                uniq.append(("until:" + until + ":" if until else "") + "place:" + town)
        # A name two states share ("Congo": the DRC's and, before 1997, the Republic of the
        # Congo's) is a name of each: the document's cues pick one, or neither without any.
        for shared in shared_names.get(code, []):
            if shared not in seen:
                seen.add(shared)
                uniq.append(shared)
        out.append([code, "country", name, code, "", "", "", "", "|".join(uniq)])
    dated_aliases(out, dated_places)
    write(os.path.join(KB, "countries.tsv"),
          "Countries and territories (ISO 3166-1 alpha-3 ids), generated by tools/phoenix_to_kb.py; columns: " + " ".join(HEADER),
          out)


def alias_text(a):
    """An alias cell's surface form, its date prefixes and tag left off ("until:1971-10-26:Congo"
    gives "Congo", "meto:Tehran" "Tehran")."""
    a = re.sub(r"^(?:(?:from|until):[0-9-]+:)+", "", a)
    return a.split(":", 1)[-1] if re.match(r"^(adj|meto|desc|abbr|place):", a) else a


def dated_aliases(rows, dated_places):
    """Gives every other state's alias of a dated shared town ("SSD meto:Juba") the day after
    the town's last day as its first ("from:2011-07-09:meto:Juba"): the name passed to it then."""
    import datetime
    for owner, town, until in dated_places:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", until):
            sys.exit(f"shared-places.tsv: {owner} {town}: a last day is YYYY-MM-DD, not {until!r}")
        first = (datetime.date.fromisoformat(until) + datetime.timedelta(days=1)).isoformat()
        for r in rows:
            if r[0] == owner:
                continue
            r[8] = "|".join("from:" + first + ":" + a if a.split(":", 1)[-1] == town else a
                            for a in r[8].split("|"))


def write(path, comment, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# " + comment + "\n")
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


MACROS = {"!PERSON!": ["man", "men", "woman", "women", "person"],
          "!MINIST!": ["minister", "ministers", "ministry", "ministries"]}
GROUP_ENDINGS = ("men", "women", "people", "children", "office", "bank", "commission", "department", "dept", "staff", "personnel", "crew", "public", "youth", "ministry", "ministries", "police", "military", "government",
                 "forces", "force", "army", "navy", "media", "council", "court", "parliament", "committee",
                 "agency", "service", "services", "guard", "authority", "authorities", "union", "party")


def role_number(phrase):
    last = phrase.split()[-1]
    if last.endswith(GROUP_ENDINGS) or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return "group"
    return "person"


def build_roles():
    """Phoenix.agents.txt lines look like `DEFENSE_!MINIST! [~GOVMIL]`: expand the
    macros, keep the three-letter primary sector, and let curated rows win."""
    roles = {}
    expanded = {}
    path = os.path.join(PHOENIX, "Phoenix.agents.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#")[0].strip()
            m = re.fullmatch(r"([A-Z0-9_'!.-]+)\s*\[~([A-Z]{3})[A-Z]*\]", line)
            if not m:
                continue
            pattern, sector = m.groups()
            variants = [pattern]
            for macro, words in MACROS.items():
                variants = [v.replace(macro, "_" + w.upper() if not v.startswith(macro) else w.upper(), 1) if macro in v else v
                            for v in variants for w in (words if macro in v else [None])]
            for v in variants:
                if "!" in v:
                    continue
                phrase = re.sub(r"_+", " ", v).strip().lower()
                if len(phrase) < 3:
                    continue
                if phrase.endswith(" minist"):
                    # "COMMERCE_MINIST": a final stem with no macro marks
                    # matches every word it opens, as "!MINIST!" does; the
                    # stem itself is no word. A phrase listed in full wins.
                    for w in MACROS["!MINIST!"]:
                        full = phrase[: -len("minist")] + w
                        expanded.setdefault(full, (sector, role_number(full)))
                    continue
                roles[phrase] = (sector, role_number(phrase))
    for phrase, row in expanded.items():
        roles.setdefault(phrase, row)
    for r in read_tsv(os.path.join(CURATED, "roles.tsv")):
        # Sector "-": a Phoenix phrase too ambiguous in general news to imply a sector
        # ("captain" of a team, "carrier" an airline), dropped.
        if r[1] == "-":
            roles.pop(r[0].lower(), None)
        else:
            roles[r[0].lower()] = (r[1], r[2])
    # "defense ministries" (from a stem) is of the sector the curated or
    # listed "defense ministry" has.
    for phrase, row in expanded.items():
        for plural, singular in (("ministries", "ministry"), ("ministers", "minister")):
            one = phrase[: -len(plural)] + singular
            if phrase.endswith(" " + plural) and roles.get(phrase) == row and one in roles:
                roles[phrase] = (roles[one][0], row[1])
    with open(os.path.join(KB, "roles.tsv"), "w", encoding="utf-8") as f:
        f.write("# Role phrases (lower-case) with the CAMEO-style sector they imply and whether they name one person or a group.\n")
        f.write("# Generated by tools/phoenix_to_kb.py from Phoenix.agents.txt (MIT, Open Event Data Alliance) plus tools/kb-curated/roles.tsv.\n")
        f.write("# Columns: phrase sector number\nphrase\tsector\tnumber\n")
        for p in sorted(roles):
            f.write(f"{p}\t{roles[p][0]}\t{roles[p][1]}\n")


def copy_curated(name, comment):
    rows = [r + [""] * (9 - len(r)) for r in read_tsv(os.path.join(CURATED, name))]
    write(os.path.join(KB, name), comment, rows)


# A Phoenix MilNonState entry is kept only if its name says it is an organization; the file also
# lists individual militants ("Abu Abdullah") and date-named cells that would match ordinary prose.
ORG_WORDS = re.compile(r"\b(Army|Armies|Brigades?|Front|Movement|Organi[sz]ation|Group|Groups|Party|Forces?|Council|"
                       r"Liberation|Battalions?|League|Union|Committees?|Cells?|Commandos?|Jihad|Resistance|Squads?|"
                       r"Mujahideen|Mujahedin|Militias?|Faction|Alliance|Martyrs|Guards?|Society|Struggle|Revolutionary|"
                       r"Command|Units?|Legion|Corps|Network|Tigers|Association|Fighters|Defenders|Partisans|Vanguard|"
                       r"Nuclei|Jamaat|Jemaah|Tanzim|Ansar|Jaish|Jaysh|Harakat|Hizb|Kataib|Sipah|Lashkar|Insurgents|Rebels|"
                       r"Federation|Coalition|Regiment|Division|Bloc|Order|Students)\b")

SMALL = {"of", "the", "and", "for", "in", "on", "al", "el", "to", "de", "la", "del", "des", "du", "a"}


# Regnal numerals closing a name ("Elizabeth II"). "iv" is left out: Khmer
# names in the dictionary end in the given name "Iv" ("Chan Tong Iv").
REGNAL = {"ii", "iii", "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi"}


def phoenix_title(raw):
    """ANARCHIST_LIBERATION_BRIGADE_ -> Anarchist Liberation Brigade (Phoenix stores upper case)."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and i == len(words) - 1 and lw in REGNAL:
            # "MARGRETHE_II" -> Margrethe II, not "Margrethe Ii".
            out.append(w.upper())
        elif i > 0 and lw in SMALL:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def split_acronym(raw):
    m = re.search(r"\(([A-Z][A-Z0-9-]{1,9})\)", raw)
    acro = m.group(1) if m else None
    # "ISLAMIC_JIHAD_GROUP_(UZBEKISTAN)": a state's name in brackets says where the group acts;
    # as an acronym it would make every all-caps "UZBEKISTAN" in a dateline a mention of the group.
    if acro and acro.lower() in STATE_NAMES:
        acro = None
    return re.sub(r"\([^)]*\)", " ", raw), acro


STATE_NAMES = {}
GROUP_STATES = {}


def state_names(path):
    """Lower-cased country names, plain aliases and adjectives (not capitals or places) -> ids,
    from countries.tsv, for reading a state out of an armed group's name."""
    out = {}
    for r in read_tsv(path):
        terms = [r[2]] + [a for a in r[8].split("|") if a and not a.startswith(("meto:", "place:", "abbr:"))]
        for t in terms:
            t = t.split(":", 1)[-1]
            if len(t) >= 4:
                out.setdefault(t.lower(), set()).add(r[0])
    return out


def state_in_name(name, names):
    """The one state a group's name names ("Eritrean Liberation Front" -> ERI), or "" when it
    names none or several. Phoenix codes many groups by region only (INTREB, MEAREB); their own
    name is the best evidence of where they act. "Latin American" names a region, not the USA."""
    found = set()
    for term, ids in names.items():
        for m in re.finditer(r"\b" + re.escape(term) + r"\b", name, re.I):
            if term in ("american", "america") and re.search(r"\blatin\s+$", name[:m.start()], re.I):
                continue
            found |= ids
    return next(iter(found)) if len(found) == 1 else ""


def build_milnonstate(countries, taken_ids, taken_aliases):
    """Converts Phoenix.MilNonState.actors.txt (name line `NAME_ [CCCREB] # note`, alias lines
    `+ALIAS_`) into armed_group rows. Single-word aliases are skipped: they are too often
    ordinary words; parenthesized acronyms are kept as abbr:."""
    entries = read_phoenix_entries(os.path.join(PHOENIX, "Phoenix.MilNonState.actors.txt"))
    rows = []
    taken_keys = {bare_key(a) for a in taken_aliases}
    for e in entries:
        if not e["codes"]:
            continue
        e["code"] = re.match(r"[A-Z]*", e["codes"][0]).group(0)
        e["aliases"] = e["syn"]
        base, acro = split_acronym(e["name"])
        name = phoenix_title(base)
        if len(name.split()) < 2 or not re.fullmatch(r"[A-Za-z0-9' .&-]+", name) or not ORG_WORDS.search(name):
            continue
        slug = slug_of(name)
        if slug in taken_ids or name in taken_aliases or bare_key(name) in taken_keys:
            continue
        code = e["code"]
        country = code[:3] if code[:3] in countries else (GROUP_STATES.get(slug) or state_in_name(name, STATE_NAMES))
        sector = next((s for s in ("REB", "INS", "MIL", "OPP", "CRM", "SPY", "GOV") if s in code[3:] or (not country and s in code)), "REB")
        if sector == "INS":
            sector = "REB"
        aliases = []
        if acro and acro not in taken_aliases:
            aliases.append("abbr:" + acro)
        for a in e["aliases"]:
            ab, ac = split_acronym(a)
            t = phoenix_title(ab)
            if len(t.split()) >= 2 and re.fullmatch(r"[A-Za-z0-9' .&-]+", t) and t != name and t not in taken_aliases and ORG_WORDS.search(t):
                aliases.append(t)
            if ac and ac not in taken_aliases:
                aliases.append("abbr:" + ac)
        aliases = list(dict.fromkeys(aliases))
        taken_ids.add(slug)
        taken_aliases.add(name)
        taken_aliases.update(a.split(":", 1)[-1] for a in aliases)
        taken_keys.add(bare_key(name))
        taken_keys.update(bare_key(a.split(":", 1)[-1]) for a in aliases)
        rows.append([slug, "armed_group", name, country, sector, "", "", "", "|".join(aliases)])
    return rows


def distinctive_name(name):
    """At least two real words besides a leading "The", so a name cannot match ordinary prose."""
    if not re.fullmatch(r"[A-Za-z0-9' .&-]+", name):
        return False
    words = name.split()
    if words[0] == "The":
        words = words[1:]
    return len([w for w in words if len(w) >= 3 or w.isdigit()]) >= 2


# International.actors.txt mixes bodies with individual officials ("Catherine Ashton"); an entry
# is kept only when its name contains a word that names an institution.
BODY_WORDS = re.compile(r"\b(International|Internationale?|Foundation|Institute|Center|Centre|Agency|Fund|Bank|Watch|"
                        r"Society|Club|Trust|Aid|Relief|Community|Programm?e?|Commission|Court|Conference|Bureau|"
                        r"Office|Initiative|Council|Network|Campaign|Mission|Secretariat|Service|Partners|Church|"
                        r"Federation|Assembly|Forum|Project|Organi[sz]ation|Rights|Cross|Crescent|Union|Association|"
                        r"Committee|League|Alliance|Coalition|Movement|Group|Parliament|Tribunal|Authority|Board|"
                        r"Bank|Fellowship|Academy|Council|Corps|Force|Monitor|Observers|Panel|Treaty|Pact|Nations)\b")


def slug_of(name):
    """A KB id from a name: lower case, every run of other characters a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bare_key(name):
    """A name as it is compared with the names already taken: case folded and without a leading
    "The" ("The European Union", "The Eu" and "European Union" are one body)."""
    key = name.strip()
    key = key[4:] if key.startswith(("The ", "the ")) else key
    # One word keeps its case: "SANA" (a news agency) is not "Sana" (a city).
    return key.casefold() if " " in key else key


def build_international(countries, taken_ids, taken_aliases):
    """Converts the IGO and NGO entries of Phoenix.International.actors.txt (a name line, optional
    `+ALIAS` lines, and the `[CODE]` either on the name line or on its own line). Entries whose
    code carries a date range are office holders of the 1990s-2000s and are skipped, as are
    multinational companies."""
    entries = read_phoenix_entries(os.path.join(PHOENIX, "Phoenix.International.actors.txt"))
    rows = []
    taken_keys = {bare_key(a) for a in taken_aliases}
    for e in entries:
        code = e["codes"][0] if e["codes"] else ""
        if " " in code or not code.startswith(("IGO", "NGO")):
            continue
        base, acro = split_acronym(e["name"])
        name = phoenix_title(base)
        if not distinctive_name(name) or not BODY_WORDS.search(name) or re.search(r"\b[A-Z][a-z]{1,2}\b", name.replace("The ", "")) and re.search(r"\b(Usa|Uk|Un|Eu)\b", name):
            continue
        slug = slug_of(name)
        if slug in taken_ids or name in taken_aliases or bare_key(name) in taken_keys:
            continue
        country = code[3:6] if code[3:6] in countries else ""
        kind, sector = ("igo", "IGO") if code.startswith("IGO") else ("organization", "NGO")
        aliases = []
        if acro and len(acro) >= 3 and acro not in taken_aliases:
            aliases.append("abbr:" + acro)
        for a in e["syn"]:
            ab, ac = split_acronym(a)
            t = phoenix_title(ab)
            if len(t.split()) >= 2 and re.fullmatch(r"[A-Za-z0-9' .&-]+", t) and t != name and t not in taken_aliases:
                aliases.append(t)
            if ac and len(ac) >= 3 and ac not in taken_aliases:
                aliases.append("abbr:" + ac)
        aliases = list(dict.fromkeys(aliases))
        taken_ids.add(slug)
        taken_aliases.add(name)
        taken_aliases.update(a.split(":", 1)[-1] for a in aliases)
        taken_keys.add(bare_key(name))
        taken_keys.update(bare_key(a.split(":", 1)[-1]) for a in aliases)
        rows.append([slug, kind, name, country, sector, "", "", "", "|".join(aliases)])
    return rows


def build_people():
    curated = read_curated("people.tsv")
    iso = {r[0] for r in read_tsv(os.path.join(KB, "countries.tsv"))}
    # A body Phoenix files as a person ("Syrian Observatory for Human Rights")
    # is left out once a curated organization row names it.
    orgs = read_curated("organizations.tsv")
    rows = curated + build_phoenix_people(iso, curated, orgs)
    write(os.path.join(KB, "people.tsv"),
          "People, one row per term (id repeated): tools/kb-curated/people.tsv (current office holders, with roles) plus "
          "historic office holders converted from Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance) by "
          "tools/phoenix_to_kb.py, with no role (Phoenix gives only country and sector); columns: " + " ".join(HEADER),
          rows)


def build_organizations():
    curated = read_curated("organizations.tsv")
    countries = {r[0] for r in read_tsv(os.path.join(KB, "countries.tsv"))}
    STATE_NAMES.update(state_names(os.path.join(KB, "countries.tsv")))
    GROUP_STATES.update({r[0]: r[1] for r in read_tsv(os.path.join(CURATED, "armed-group-states.tsv"))})
    ids = {r[0] for r in curated}
    aliases = {r[2] for r in curated} | {a.split(":", 1)[-1] for r in curated for a in r[8].split("|") if a}
    rows = curated + sorted(build_milnonstate(countries, ids, aliases)) + sorted(build_international(countries, ids, aliases))
    rows += sorted(build_phoenix_bodies(countries, ids, aliases))
    write(os.path.join(KB, "organizations.tsv"),
          "Organizations, armed groups, IGOs and media outlets: tools/kb-curated/organizations.tsv plus rows converted "
          "from Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt and the bodies Phoenix.Countries.actors.txt files as people (MIT, Open Event Data Alliance) by tools/phoenix_to_kb.py; columns: " + " ".join(HEADER),
          rows)


# ---------------------------------------------------------------------------
# Phoenix.Countries.actors.txt: country synonyms and historic office holders.

LEGACY = {"ROM": "ROU", "KSV": "XKX", "TMP": "TLS", "SRP": "SRB", "FRN": "FRA"}

# Words that make a Phoenix place form a mountain range's name ("Sierra Nevada",
# "Ural Mountains", "Cordillera"): never used as place aliases (see above).
RANGE_FIRST = {"Sierra", "Cordillera"}
RANGE_LAST = {"Mountains", "Alps", "Range", "Cordillera"}

# Capitalised words that are also ordinary English (a sentence may start with
# them) or that name places in several countries; never used as place aliases.
PLACE_STOP = set("""
Bath Reading Mobile Orange Nice Split Victoria Hope Union Independence Liberty Columbus Paradise
Lincoln Washington Jackson Madison Franklin Hamilton Kingston Georgetown Santiago Cordoba Granada
Valencia Leon Alexandria Memphis Troy Sparta Athens Florence Naples Vienna Paris Berlin Dublin
Panama Guatemala Mexico Kuwait Djibouti Singapore Luxembourg Monaco Andorra Brazil Chad Niger
Georgia Jordan Turkey Guinea Dominica Grenada Malta Cyprus Bar Male Lome Asia Africa Europe America
Central Northern Southern Eastern Western North South East West Upper Lower New Old Saint Port
Lagos Tripoli Punjab Kashmir Kurdistan Macedonia Moldavia Galilee Golan Sinai Darfur Aceh
Man Mali Peru Cuba Iran Iraq Oman Yemen Qatar Laos Togo Benin Gabon Congo Sudan Spain Wales
Jersey Guernsey Amazon Nile Gulf Bay Lake River Mount Island Islands Coast Valley Delta
Concord Providence Charity Faith Eden Salem Bethel Canaan Zion Jericho Nazareth Ithaca
""".split())


def phoenix_words(raw):
    """NIZHNIY_NOVGOROD_ -> Nizhniy Novgorod; None when the form is not plain words."""
    raw = raw.strip().rstrip("_").strip()
    if not raw or not re.fullmatch(r"[A-Z][A-Z'.\-]*(_[A-Z][A-Z'.\-]*)*", raw):
        return None
    return phoenix_title(raw)


def read_phoenix_entries(path):
    """TABARI entries: a name line, `+` synonym lines, and `[CODE dates]`
    either on the name line or on indented lines after it."""
    entries, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#")[0].rstrip()
            if not line.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", line)
            head = line.split("[")[0].strip()
            if raw[:1] in "\t " and not head:
                if cur is not None:
                    cur["codes"].extend(c.strip() for c in codes)
                continue
            if head.startswith("+"):
                if cur is not None:
                    # One line may hold several synonyms: `+A_ +B_`.
                    cur["syn"].extend(a.strip() for a in head[1:].split("+") if a.strip("_ "))
                    cur["codes"].extend(c.strip() for c in codes)
                continue
            if head:
                cur = {"name": head, "syn": [], "codes": [c.strip() for c in codes]}
                entries.append(cur)
    return entries


def phoenix_date(d, end=False):
    """yymmdd or yyyymmdd -> YYYY-MM-DD (two-digit years above 30 are 19xx)."""
    if not re.fullmatch(r"\d{6}|\d{8}", d):
        return ""
    if len(d) == 6:
        yy = int(d[:2])
        d = ("19" if yy > 30 else "20") + d
    y, m, dd = d[:4], d[4:6], d[6:8]
    if not ("01" <= m <= "12" and "01" <= dd <= "31"):
        return y
    return f"{y}-{m}-{dd}"


def parse_code(c, iso):
    """`IRQGOV 910409-911221` -> (IRQ, GOV, from, until); None if not a state code."""
    parts = c.split()
    if not parts:
        return None
    body = parts[0]
    country = LEGACY.get(body[:3], body[:3])
    if country not in iso:
        return None
    sector = body[3:6] if len(body) >= 6 else ""
    frm = until = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            frm = phoenix_date(rng[1:])
        elif rng.startswith("<"):
            until = phoenix_date(rng[1:])
        elif "-" in rng:
            a, b = rng.split("-", 1)
            frm, until = phoenix_date(a), phoenix_date(b)
    return country, sector, frm, until


def looks_like_demonym(word, names):
    if " " in word or "-" in word:
        return False
    w = word.lower()
    if not w.endswith(("an", "ese", "i", "ish", "ch", "er", "ic", "ot")):
        return False
    return any(w[:4] == n.lower()[:4] for n in names if len(n) >= 4) or w.endswith(("ian", "ean", "ese"))


def looks_like_misspelt_name(word, names):
    """Phoenix lists misspellings of a state's name ("Kyrgystan",
    "Azerbajan", "Armenai"), which end as demonyms do ("-an", "-i") but
    name the state: a word ending in "-stan" (demonyms of those states end in
    "-stani" or drop it: "Kazakhstani", "Kyrgyz"), or one spelt nearly as a
    name of the state, of about its length and ending as it does (or with
    its last two letters swapped). A demonym changes the name's ending
    ("Honduran", "Luxemburger"), or is built on the whole name
    ("Azerbaijani") or a part that opens it ("Philippine")."""
    w = word.lower()
    if " " in w or "-" in w:
        return False
    if w.endswith("stan"):
        return True
    for n in names:
        n = n.lower()
        if len(n) < 5 or " " in n or w.startswith(n) or n.startswith(w):
            continue
        same_end = w[-2:] == n[-2:] or w[-2:] == n[-1:-3:-1]
        if same_end and abs(len(w) - len(n)) <= 1 and difflib.SequenceMatcher(None, w, n).ratio() >= 0.85:
            return True
    return False


def phoenix_country_aliases(iso, iso_names_of, taken):
    """Per ISO3 code: list of tagged aliases from the first Phoenix block of
    the state (names, demonyms, capital) and places from all its blocks."""
    capitals = {r[0]: r[1] for r in read_tsv(os.path.join(CURATED, "capitals.tsv"))}
    out = {}
    seen_state = set()
    entries = read_phoenix_entries(os.path.join(PHOENIX, "Phoenix.Countries.actors.txt"))
    place_owner = {}
    for e in entries:
        states = [parse_code(c, iso) for c in e["codes"]]
        states = [s for s in states if s and not s[1]]
        if not states:
            continue
        code = states[-1][0]
        first = code not in seen_state
        seen_state.add(code)
        forms = [phoenix_words(e["name"])] + [phoenix_words(s) for s in e["syn"]]
        forms = [f for f in forms if f]
        names = [forms[0]] if first and forms else []
        iso_names = iso_names_of.get(code, [])
        for f in forms:
            w = f.split()
            if f == capitals.get(code):
                out.setdefault(code, []).append("meto:" + f)
            elif looks_like_misspelt_name(f, names + iso_names):
                # Not a demonym: a name if it opens as one, else a place.
                tag = "" if any(f.lower()[:4] == n.lower()[:4] for n in names + iso_names if len(n) >= 4) else "place:"
                out.setdefault(code, []).append(tag + f)
            elif first and len(w) == 1 and f.endswith("s") and looks_like_demonym(f[:-1], names + iso_names):
                # The people: "Palestinians", "Iraqis".
                out.setdefault(code, []).append(f)
                out[code].append("the " + f)
            elif first and (looks_like_demonym(f, names + iso_names)
                            or (len(w) == 1 and f.endswith(("ish", "ese", "ian", "ean", "ch", "ss")))):
                out.setdefault(code, []).append("adj:" + f)
            elif any(f.lower()[:4] == n.lower()[:4] for n in names + iso_names if len(n) >= 4) or (
                    len(w) >= 2 and w[0] in ("Republic", "Kingdom", "State", "Democratic", "People's", "Islamic", "Federal", "United", "Union", "Sultanate", "Principality")):
                out.setdefault(code, []).append(f)
            else:
                # Abbreviations and short words ("U.s.", "The Us") would match prose.
                # A mountain range is no actor: ranges cross borders ("Sierra Nevada" is
                # Spain's and California's, the Rockies the US's and Canada's), so a
                # range's name says nothing of which state a story is about.
                if w[0] in RANGE_FIRST or w[-1] in RANGE_LAST:
                    continue
                if (len(f) < 4 or f in PLACE_STOP or "." in f or w[0] in ("The", "La", "Das", "Le")
                        or any(len(x) <= 2 and x.lower() not in SMALL for x in w)):
                    continue
                place_owner.setdefault(f, set()).add(code)
                out.setdefault(code, []).append("place:" + f)
    # The people, from each demonym: "Nigerian" -> "Nigerians", "Iraqi" -> "Iraqis".
    for code, al in out.items():
        for a in list(al):
            if a.startswith("adj:") and " " not in a and a.endswith(("an", "i")):
                al.append(a[4:] + "s")
    # A place claimed by two states, or already an alias elsewhere, is dropped.
    for code, al in out.items():
        keep = []
        for a in al:
            if a.startswith("place:"):
                t = a[6:]
                if len(place_owner.get(t, ())) > 1 or t in taken:
                    continue
            keep.append(a)
        out[code] = list(dict.fromkeys(keep))
    return out


# Words that are ordinary English or very common given names: a Phoenix
# person alias made of one such word alone would match prose.
COMMON_SINGLE = set("""
Bush Rice Brown King Young White Black Green Gray Grey Long Hope May Rich Law Wood Field Hill Ford
Moon Park Lee Kim Khan Ali Ahmed Mohammed Mohammad Muhammad Hassan Hussein Said Saleh Abdullah Omar
Singh Gandhi Sharif Assad Kabila Castro Chavez Santos Garcia Lopez Martinez Rodriguez Gonzalez Jones
Smith Johnson Williams Miller Davis Wilson Taylor Thomas Moore Martin Clark Lewis Walker Hall Allen
Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart
Morris Murphy Cook Rogers Morgan Cooper Peterson Bell Kelly Howard Ward Cox Richardson Brooks Wood
Gates Powell Rose Price Bishop Hunt Mills Page Love Cross Noble Major Blair Short Strong Frank Grant
Mark Paul John James Peter Jordan Chance Power Will Bill Summers Winter Golden Cash Bond Steel Stone
""".split())


def english_words():
    """Lower-case words of sitrep's own lexicons and role phrases: a Phoenix
    "person" whose name holds one ("US Attorney General") is an office, and
    such a word is never a surname alias ("Prime", "Defense")."""
    words = set()
    for d in (os.path.join(ROOT, "data", "lexicons"), CURATED):
        for fn in sorted(os.listdir(d)):
            # given-names.tsv holds names, not English words (sitrep-actors reads it for
            # pronoun agreement): a surname that is also someone's given name stays one.
            if fn.endswith(".tsv") and fn not in ("people.tsv", "capitals.tsv", "country-aliases.tsv", "country-names.tsv", "shared-places.tsv", "shared-names.tsv", "organizations.tsv", "given-names.tsv"):
                with open(os.path.join(d, fn), encoding="utf-8") as f:
                    for line in f:
                        if not line.startswith("#"):
                            words.update(re.findall(r"[a-z]+", line.split("\t")[0].lower()))
    roles = os.path.join(KB, "roles.tsv")
    if os.path.exists(roles):
        with open(roles, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    words.update(re.findall(r"[a-z]+", line.split("\t")[0].lower()))
    return words | {w.lower() for w in COMMON_SINGLE} | {w.lower() for w in PLACE_STOP}


OFFICE_WORDS = {"attorney", "general", "secretary", "minister", "ministry", "department", "house", "office",
                "council", "court", "president", "prime", "defense", "defence", "state", "party", "army",
                "government", "committee", "assembly", "parliament", "senate", "bank", "agency", "embassy",
                "police", "forces", "national", "federal", "republic", "kingdom", "union", "front", "movement"}


# Phoenix.Countries.actors.txt files some bodies as office holders ("REVOLUTIONARY_GUARD",
# "UNITED_STATES_CONGRESS", "AHRAR_AL_SHAM"): a person row would give them a person's role, pronoun
# gender and record kind. A name holding one of these words and no given name is a body. The
# Arabic words are the heads of armed groups' names (jaish "army", jabhat "front", ahrar "free
# men", ghuraba "strangers", harakat "movement", kataib "brigades"). "Jihad" and "Church" are left
# out: they are also given names and surnames ("Jihad Azour", "Michael Church").
PERSON_ROW_BODY_WORDS = re.compile(
    r"\b(Guards?|Front|Congress|Army|Armies|Forces?|Party|Ministry|Committee|Council|Brigades?|Movement|"
    r"Group|Military|Corps|Community|Administration|University|Coalition|Rifles|Militias?|Battalions?|"
    r"Agency|Navy|Police|Union|League|Alliance|Senate|Parliament|Assembly|Institute|Command|Tank|Office|"
    r"Department|Directorate|Staff|"
    r"Jaish|Jaysh|Jabhat|Ahrar|Ghuraba|Harakat|Kataib|Kataeb|Katibat)\b")

# Words that start a kunya, the "father of" name many militants are known by ("Abu Omar al
# Shishani"): a person's name, never a body's.
KUNYA = {"Abu", "Abou", "Umm"}


def given_names():
    """Given names sitrep knows (data/lexicons/given-names.tsv) and the first words of curated
    people's names: a name holding one ("Michael Church", "Abdullah Jihad") is a person's."""
    names = {r[0] for r in read_tsv(os.path.join(ROOT, "data", "lexicons", "given-names.tsv"))}
    names |= {r[2].split()[0] for r in read_tsv(os.path.join(CURATED, "people.tsv")) if " " in r[2]}
    return names | KUNYA


def names_a_body(name, given):
    """True when a person-file name is a body's: a body word and no given name in it."""
    words = re.split(r"[\s-]+", name)
    return bool(PERSON_ROW_BODY_WORDS.search(name)) and not any(w in given for w in words)


def key_words(name, state_words):
    """The words of a body's name that tell it from other bodies: no body word, no small word,
    no state name or demonym ("United States", "Syrian"); "al-"/"Al " and apostrophes dropped."""
    out = set()
    for w in re.split(r"[\s-]+", name):
        w = w.replace("'", "").casefold()
        if len(w) < 3 or w in SMALL or w in state_words or w in {"us", "u.s.", "the"}:
            continue
        if PERSON_ROW_BODY_WORDS.fullmatch(w.capitalize()):
            continue
        out.add(w)
    return out


def names_the_same_body(alias, name, given, state_words):
    """Whether an alias Phoenix lists under a body names that body, not another actor. A person
    ("Abu Muhammad al Joulani", "John Kirby" under a group or a military) is another actor; so is
    a body with a body word the name lacks (a committee under "United States Congress", "Central
    Command" under "United States Military", "Khorasan Group" under Jabhat al Nusra) or with key
    words the name does not share ("Daret Izza Brigade" under "Tawhid Brigade", "Rashtriya Rifles"
    under "Assam Rifles"). Words match with a spelling's slack ("Jaish"/"Jaysh", "Sha'abi"/"Sha'bi")."""
    words = re.split(r"[\s-]+", alias)
    if words[0] in KUNYA or (words[0] in given and not PERSON_ROW_BODY_WORDS.search(alias)):
        return False
    alike = lambda a, b: difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8
    name_body = PERSON_ROW_BODY_WORDS.findall(name)
    if not all(any(alike(a, b) for b in name_body) for a in PERSON_ROW_BODY_WORDS.findall(alias)):
        return False
    mine, theirs = key_words(alias, state_words), key_words(name, state_words)
    return not mine or any(alike(a, b) for a in mine for b in theirs)


def without_state_prefix(name):
    """A body's name without the state's name or abbreviation opening it ("U.S. Department of
    Energy" -> "Department of Energy"), or None when no state name opens it."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and " ".join(words[:n]).lower() in STATE_NAMES:
            return " ".join(words[n:])
    return None


def curated_person_names():
    """The one-word names and aliases of curated people ("Assad", "Putin")."""
    names = set()
    for r in read_curated("people.tsv"):
        for a in [r[2]] + [a.split(":", 1)[-1] for a in r[8].split("|") if a]:
            if a and " " not in a:
                names.add(a)
    return names


def first_code_has_legislature(codes):
    """Whether the first Phoenix code of an entry ends in the legislature sector LEG after its
    first sector ("CHNGOVLEG")."""
    body = codes[0].split()[0] if codes and codes[0].split() else ""
    return len(body) >= 9 and "LEG" in [body[i:i + 3] for i in range(6, len(body) - 2, 3)]


def hyphen_key(name):
    """bare_key with hyphens read as spaces: "Jabhat al Nusra" is "Jabhat al-Nusra"."""
    return bare_key(name.replace("-", " "))


def build_phoenix_bodies(iso, taken_ids, taken_aliases):
    """The bodies Phoenix.Countries.actors.txt files as people (names_a_body), as organization rows
    (armed groups when Phoenix codes them REB). A body whose name a curated row already holds is
    that row's (the Revolutionary Guard is `irgc`) and is left out, as is a generic description
    ("Washington-Based Think Tank", no one body). Aliases that name another actor go
    (names_the_same_body), as do the `surname:` forms the people step would give them."""
    given = given_names()
    state_words = {w.casefold() for n in STATE_NAMES for w in re.split(r"[\s-]+", n)}
    taken_keys = {hyphen_key(a) for a in taken_aliases}
    # "U.S. Department of Health and Human Services" is curated: Phoenix's "Department of Health
    # and Human Services" is that body (a bare alias on the curated row would match inside "the
    # Michigan Department of Health and Human Services").
    taken_keys |= {hyphen_key(b) for b in map(without_state_prefix, list(taken_aliases)) if b}
    person_names = curated_person_names()
    rows = []
    for e in read_phoenix_entries(os.path.join(PHOENIX, "Phoenix.Countries.actors.txt")):
        name = phoenix_words(e["name"])
        # Names with an office word ("Free Syrian Army", "National People's Congress") are bodies
        # too; they never reached the people file (build_phoenix_people skips them).
        if not name or len(name.split()) < 2:
            continue
        if not names_a_body(name, given):
            continue
        # "Assad Forces": the forces of a person the KB knows describe whom they serve (a state's
        # military under its leader), no body's own name.
        if any(w in person_names for w in name.split()):
            continue
        terms = [t for t in (parse_code(c, iso) for c in e["codes"]) if t and t[1]]
        if not terms:
            continue
        slug = slug_of(name)
        if slug in taken_ids or hyphen_key(name) in taken_keys or re.search(r"-Based\b", name):
            continue
        country, sector = terms[0][0], terms[0][1]
        # "CHNGOVLEG", "KSVGOVLEG": a body Phoenix codes as a government's legislature is a
        # legislature (LEG, as the curated parliaments are), not the executive.
        if first_code_has_legislature(e["codes"]):
            sector = "LEG"
        aliases = []
        for s in e["syn"]:
            a = phoenix_words(s)
            if not a or a == name or len(a.split()) < 2 or hyphen_key(a) in taken_keys:
                continue
            if names_the_same_body(a, name, given, state_words):
                aliases.append(a)
        # Phoenix's titling writes the article "Al-Sham"; news writes "al-Sham" (matching is
        # case-sensitive), so each form with a capital "Al-" after the first word gets its twin.
        aliases += [re.sub(r"(?<= )Al-", "al-", a) for a in [name] + aliases if " Al-" in a]
        aliases = [a for a in dict.fromkeys(aliases) if a != name and hyphen_key(a) not in taken_keys]
        taken_ids.add(slug)
        taken_aliases.add(name)
        taken_aliases.update(aliases)
        taken_keys.update(hyphen_key(a) for a in [name] + aliases)
        kind = "armed_group" if sector in ("REB", "INS") else "organization"
        rows.append([slug, kind, name, country, sector, "", "", "", "|".join(aliases)])
    return rows


def build_phoenix_people(iso, curated_rows, curated_orgs=()):
    """Office holders from Phoenix.Countries.actors.txt: one row per dated
    code line `[IRNGOV 130803-...]`; roles are not given by Phoenix. An entry
    whose id or name a curated organization row holds is that body, not a
    person, and is left out."""
    common = english_words()
    given_known = given_names()
    curated_ids = {r[0] for r in curated_rows} | {r[0] for r in curated_orgs}
    org_names = {r[2] for r in curated_orgs}
    curated_names = {r[2] for r in curated_rows} | {a.split(":", 1)[-1] for r in curated_rows for a in r[8].split("|") if a}
    alias_owner = {}
    people = []
    for e in read_phoenix_entries(os.path.join(PHOENIX, "Phoenix.Countries.actors.txt")):
        name = phoenix_words(e["name"])
        if not name or len(name.split()) < 2 or any(w.lower() in OFFICE_WORDS for w in name.split()):
            continue
        # A body is filed with the organizations (build_phoenix_bodies).
        if names_a_body(name, given_known):
            continue
        terms = [parse_code(c, iso) for c in e["codes"]]
        terms = [t for t in terms if t and t[1]]
        if not terms:
            continue
        slug = slug_of(name)
        if slug in curated_ids or name in curated_names or name in org_names:
            continue
        aliases = []
        for s in e["syn"]:
            a = phoenix_words(s)
            if not a or a == name or a in curated_names:
                continue
            w = a.split()
            if len(w) == 1 and (a.lower() in common or len(a) < 5):
                continue
            aliases.append(a)
            alias_owner.setdefault(a, set()).add(slug)
        # Officials are named by surname alone ("President Mugabe"): the
        # surname is an alias when no one else has it. Phoenix gives no roles,
        # so these are tagged `surname:` and the resolver takes them only with
        # context (the full name, a role title, or the person's country).
        surname = name.split()[-1]
        if any(t[1] == "GOV" for t in terms) and len(surname) >= 5 and surname.lower() not in common and surname[0].isupper():
            aliases.append(surname)
            alias_owner.setdefault(surname, set()).add(slug)
        people.append((slug, name, terms, aliases))
    # A surname that is also another person's or a curated actor's name is ambiguous.
    for slug, name, _, _ in people:
        alias_owner.setdefault(name.split()[-1], set()).add(slug)
    # Curated people count too: "Maduro" is Nicolas Maduro's before any
    # Phoenix "Ricardo Maduro"'s, so a Phoenix person never gets a surname
    # a curated person also bears (by name or by a one-word alias).
    for r in curated_rows:
        if r[1] != "person":
            continue
        words = {r[2].split()[-1]} | {a.split(":", 1)[-1] for a in r[8].split("|") if a and " " not in a}
        for w in words:
            if w in alias_owner:
                alias_owner[w].add(r[0])
    # A word that is someone's given name ("Andrew", "Victor", "Jonathan")
    # is far more often that than this person's surname.
    given = {n.split()[0] for _, n, _, _ in people} | {n.split()[0] for n in curated_names if " " in n}
    rows, seen = [], set()
    for slug, name, terms, aliases in people:
        # An alias two people share ("Bush") names neither.
        aliases = [a for a in dict.fromkeys(aliases) if len(alias_owner[a]) == 1]
        aliases = ["surname:" + a if " " not in a else a for a in aliases if " " in a or a not in given]
        for country, sector, frm, until in terms:
            key = (slug, frm)
            if key in seen:
                continue
            seen.add(key)
            rows.append([slug, "person", name, country, sector, "", frm, until, "|".join(aliases)])
    return rows


def check():
    ok = True
    for fn in ("countries.tsv", "organizations.tsv", "people.tsv"):
        p = os.path.join(KB, fn)
        seen = set()
        with open(p, encoding="utf-8") as f:
            hdr = False
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                c = line.split("\t")
                if not hdr:
                    hdr = True
                    if c != HEADER:
                        print(f"{fn}:{n}: bad header"); ok = False
                    continue
                if len(c) != 9:
                    print(f"{fn}:{n}: {len(c)} columns"); ok = False; continue
                if c[1] not in KINDS:
                    print(f"{fn}:{n}: kind {c[1]}"); ok = False
                if c[3] and not re.fullmatch(r"[A-Z]{3}", c[3]):
                    print(f"{fn}:{n}: country {c[3]}"); ok = False
                for d in (c[6], c[7]):
                    if d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                        print(f"{fn}:{n}: date {d}"); ok = False
                if (c[0], c[6]) in seen:
                    print(f"{fn}:{n}: duplicate (id, from) {c[0]} {c[6]}"); ok = False
                seen.add((c[0], c[6]))
    ok = check_bare_names() and ok
    ok = check_cue_order() and ok
    ok = check_no_body_as_person() and ok
    return ok


def check_no_body_as_person():
    """No person row may be named as a body (names_a_body): the converter files such Phoenix
    entries as organizations, and a curated one belongs in organizations.tsv."""
    given, ok = given_names(), True
    for r in read_tsv(os.path.join(KB, "people.tsv")):
        if len(r) > 2 and r[1] == "person" and names_a_body(r[2], given):
            print(f"people.tsv: {r[0]}: {r[2]!r} names a body, not a person"); ok = False
    return ok


def check_cue_order():
    """Says which row shadows which where a `cue:` alias and another actor's name or alias share a
    text. The KB is read countries, organizations, people, each top to bottom, and the matcher
    reports the first row holding a text; a cue hit is never a mention. So a cue listed first hides
    the other row's name ("cue:Bundestag" of the SPD before the `bundestag` row kept "Bundestag" from
    ever naming the parliament), and a cue listed after is inert. Printed as notes: an inert cue is
    harmless, and a cue shadowing another body may be meant. A cue shadowing a person's name or
    alias fails the check: that text could never name the person ("cue:Albanese" of the Australian
    Labor Party kept "Albanese said" from naming Anthony Albanese)."""
    first, told, ok = {}, set(), True
    where = lambda w: f"{w[0]}:{w[1]} {w[2]} {(w[3] + ':') if w[3] else ''}{w[4]}"
    for fn in ("countries.tsv", "organizations.tsv", "people.tsv"):
        with open(os.path.join(KB, fn), encoding="utf-8") as f:
            lines = [(n, line.rstrip("\n").split("\t")) for n, line in enumerate(f, 1)
                     if line.strip() and not line.startswith("#")][1:]
        for n, r in lines:
            r = r + [""] * (9 - len(r))
            texts = [("", r[2])] + [tuple(a.split(":", 1)) if ":" in a else ("", a)
                                    for a in r[8].split("|") if a]
            for kind, text in texts:
                here = (fn, n, r[0], kind, text)
                top = first.setdefault(text.casefold(), here)
                if top[2] == r[0] or (top[3] == "cue") == (kind == "cue"):
                    continue
                if (top[2], r[0], text.casefold()) in told:
                    continue
                told.add((top[2], r[0], text.casefold()))
                if top[3] == "cue" and fn == "people.tsv":
                    print(f"{where(top)} shadows {where(here)}: a cue may not hide a person's name")
                    ok = False
                elif top[3] == "cue":
                    print(f"note: {where(top)} shadows {where(here)}: the cue row comes first")
                else:
                    print(f"note: {where(here)} is inert: {where(top)} comes first")
    return ok


def check_bare_names():
    """No organization's name may be another actor's name or alias but for case and a leading
    "The": such a row is a second actor for one body ("The European Union" beside `eu`)."""
    owner = {}
    rows = []
    for fn in ("countries.tsv", "organizations.tsv"):
        for r in read_tsv(os.path.join(KB, fn)):
            r = r + [""] * (9 - len(r))
            rows.append((fn, r))
            # A `cue:` alias is never a mention (the body a party sits in, "cue:Bundestag"):
            # a row named so is no second actor for the party.
            names = [r[2]] + [a.split(":", 1)[-1] for a in r[8].split("|")
                              if a and not a.startswith("cue:")]
            for a in names:
                owner.setdefault(bare_key(a), r[0])
    ok = True
    for fn, r in rows:
        if fn != "organizations.tsv":
            continue
        other = owner.get(bare_key(r[2]))
        if other and other != r[0]:
            print(f"{fn}: {r[0]}: name {r[2]!r} is {other}'s"); ok = False
    return ok


def build_all():
    # roles.tsv first: the people step reads its phrases (english_words) as
    # words that are never a surname alias, so building it after people made
    # people.tsv depend on the previous run's roles.tsv.
    build_roles()
    build_countries()
    build_organizations()
    build_people()
    write_iso_sha()


def cannot_verify_reason():
    """Why this machine cannot regenerate the committed KB, or None."""
    if not os.path.exists(os.path.join(PHOENIX, "Phoenix.Countries.actors.txt")):
        return f"no Phoenix dictionaries at {PHOENIX} (set PHOENIX_DIR)"
    if not os.path.exists(ISO_JSON):
        return f"no iso-codes file at {ISO_JSON}"
    sha = iso_sha256()
    if sha != committed_iso_sha():
        return (f"{ISO_JSON} (sha256 {sha}) is not the iso-codes file the committed KB was "
                f"generated from (data/kb/{ISO_SHA_FILE}): another iso-codes release gives another KB")
    return None


def verify():
    """Regenerates every KB file into a scratch folder and compares it with
    the committed one. The people step reads the words of data/lexicons (an
    events or claims lexicon word, "struck", "cannon", is never a surname
    alias), so a lexicon edit can change people.tsv: this reports such drift."""
    global KB
    import filecmp, shutil, tempfile
    committed = KB
    with tempfile.TemporaryDirectory() as scratch:
        for fn in os.listdir(committed):
            shutil.copy(os.path.join(committed, fn), scratch)
        KB = scratch
        try:
            build_all()
        finally:
            KB = committed
        stale = [fn for fn in ("countries.tsv", "organizations.tsv", "people.tsv", "roles.tsv")
                 if not filecmp.cmp(os.path.join(scratch, fn), os.path.join(committed, fn), shallow=False)]
    for fn in stale:
        print(f"data/kb/{fn} differs from what tools/phoenix_to_kb.py generates: rerun it")
    return not stale


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--verify" in sys.argv:
        reason = cannot_verify_reason()
        if reason:
            print("cannot verify here: " + reason)
            sys.exit(CANNOT_VERIFY)
        sys.exit(0 if verify() and check() else 1)
    build_all()
    sys.exit(0 if check() else 1)
