#!/usr/bin/env python3
"""Check a sitrep store's consistency, and optionally compare it with another.

A store is consistent when SQLite's integrity check passes, the FTS5 index
agrees with its content (when this Python's SQLite has FTS5), and the derived
counters (actor_stats, actor_days) equal what their rows add up to. Two stores
are equal when every table holds the same rows, with documents named by
content id (the integer `doc` keys and ingest times may differ).

Usage: store_check.py DB [--same-as OTHER_DB]
Exit status 0 when consistent (and equal), 1 otherwise. Standard library only.
"""

import argparse
import hashlib
import sqlite3
import sys
import zlib

TABLES = {
    # table: columns to compare (doc is replaced by the document's content id)
    "documents": "content_id, uri, title, outlet, published, language, chars, text,"
    " opinion_share, attributed_share, record",
    "actors": "actor, mentions",
    "events": "eno, eid, type, modality, day",
    "event_actors": "eno, actor, is_source, is_target, day",
    "claims": "cno, cid, speaker_actor, speaker_text, stance, hedged, day",
    "actor_stats": "actor, name, kind, country, docs, mentions",
    "actor_days": "actor, day, type, events",
    # each dated document's edge list (doc-key free: it names actors by id)
    "graph_docs": "published, edges",
    # (actor_names is not compared: its keys depend on the writing order;
    # the tables above are read with the ids' text, see KEYED)
}


# Since schema 8 these tables name an actor by its integer key in
# actor_names; the keys depend on the order actors were first written (a
# store resumed after kills, or migrated, numbers them differently), so two
# stores are compared with the actor ids' text.
KEYED = {
    "actors": "SELECT t.doc, n.actor, t.mentions FROM actors t"
    " LEFT JOIN actor_names n ON n.id = t.actor",
    "event_actors": "SELECT n.actor, t.day, t.doc, t.eno, t.is_source, t.is_target"
    " FROM event_actors t LEFT JOIN actor_names n ON n.id = t.actor",
    "claims": "SELECT t.doc, t.cno, t.cid, n.actor AS speaker_actor, t.speaker_text,"
    " t.stance, t.hedged, t.day FROM claims t"
    " LEFT JOIN actor_names n ON n.id = t.speaker_actor",
    "actor_days": "SELECT n.actor, t.day, t.type, t.events FROM actor_days t"
    " LEFT JOIN actor_names n ON n.id = t.actor",
}


def keyed(conn):
    """Whether the store names actors by integer keys (schema 8 on)."""
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'actor_names'"
    ).fetchone()[0] > 0


def connect(path):
    """A connection that can read documents.text: the store keeps the text
    deflated (text_z) and inflates it with this SQL function."""
    conn = sqlite3.connect(path)
    conn.create_function(
        "sitrep_inflate", 1, lambda z: zlib.decompress(z, -15).decode("utf-8"), deterministic=True
    )
    return conn


def problems(conn):
    found = []
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if ok != "ok":
        found.append(f"integrity_check: {ok}")
    try:
        conn.execute("INSERT INTO docs_fts(docs_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.OperationalError as e:
        if "no such module" not in str(e):
            found.append(f"full-text index: {e}")
    # actor_stats names actors by their text ids in every schema
    actors = f"({KEYED['actors']})" if keyed(conn) else "actors"
    bad = conn.execute(
        f"""SELECT count(*) FROM (SELECT actor, count(*) AS docs, sum(mentions) AS mentions
             FROM {actors} GROUP BY actor) AS t
           LEFT JOIN actor_stats s USING (actor)
           WHERE t.docs IS NOT s.docs OR t.mentions IS NOT s.mentions"""
    ).fetchone()[0]
    bad += conn.execute(
        f"""SELECT count(*) FROM actor_stats s
           WHERE s.actor NOT IN (SELECT actor FROM {actors})"""
    ).fetchone()[0]
    if bad:
        found.append(f"{bad} actor counters disagree with their rows")
    # actor_days's day of undated events: 0 before schema 6, then the
    # lowest integer (src/codes.rs, UNDATED).
    undated = 0 if conn.execute("PRAGMA user_version").fetchone()[0] < 6 else -(2**63)
    bad = conn.execute(
        f"""SELECT count(*) FROM (SELECT a.actor, coalesce(e.day, {undated}) AS day, e.type,
               count(*) AS events
             FROM event_actors a JOIN events e ON e.doc = a.doc AND e.eno = a.eno
             GROUP BY 1, 2, 3) AS t
           LEFT JOIN actor_days d USING (actor, day, type)
           WHERE t.events IS NOT d.events"""
    ).fetchone()[0]
    bad += conn.execute(
        f"""SELECT count(*) FROM actor_days d WHERE NOT EXISTS (
             SELECT 1 FROM event_actors a JOIN events e ON e.doc = a.doc AND e.eno = a.eno
             WHERE a.actor = d.actor AND coalesce(e.day, {undated}) = d.day AND e.type = d.type)"""
    ).fetchone()[0]
    if bad:
        found.append(f"{bad} timeline counters disagree with their rows")
    # Since schema 6 event_actors is keyed by actor and has no foreign key.
    bad = conn.execute(
        f"""SELECT count(*) FROM event_actors a WHERE NOT EXISTS (
             SELECT 1 FROM events e WHERE e.doc = a.doc AND e.eno = a.eno
             AND {"e.day" if undated == 0 else f"coalesce(e.day, {undated})"} IS a.day)"""
    ).fetchone()[0]
    if bad:
        found.append(f"{bad} event-actor rows have no event of their day")
    has_graph_docs = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'graph_docs'"
    ).fetchone()[0]
    if has_graph_docs:
        # Every row belongs to a stored document, under its date.
        bad = conn.execute(
            """SELECT count(*) FROM graph_docs g WHERE NOT EXISTS (
                 SELECT 1 FROM documents d WHERE d.doc = g.doc AND d.published = g.published)"""
        ).fetchone()[0]
        if bad:
            found.append(f"{bad} per-document graph rows without their document")
    return found


def digests(conn):
    out = {}
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for table, cols in TABLES.items():
        if table not in present:
            out[table] = (0, "absent")
            continue
        source = f"({KEYED[table]})" if table in KEYED and keyed(conn) else table
        if table in ("documents", "actor_stats", "actor_days"):
            sql = f"SELECT {cols} FROM {source}"
        else:
            sql = (
                f"SELECT d.content_id, {', '.join('t.' + c.strip() for c in cols.split(','))}"
                f" FROM {source} t JOIN documents d ON d.doc = t.doc"
            )
        rows = sorted(repr(r) for r in conn.execute(sql))
        h = hashlib.sha256()
        for r in rows:
            h.update(r.encode())
            h.update(b"\n")
        out[table] = (len(rows), h.hexdigest())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("--same-as", metavar="OTHER_DB")
    args = ap.parse_args()
    conn = connect(args.db)
    found = problems(conn)
    if args.same_as:
        mine = digests(conn)
        theirs = digests(connect(args.same_as))
        for table in TABLES:
            if mine[table] != theirs[table]:
                found.append(
                    f"{table}: {mine[table][0]} rows differ from {theirs[table][0]} in {args.same_as}"
                )
    for p in found:
        print(f"store_check: {args.db}: {p}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
