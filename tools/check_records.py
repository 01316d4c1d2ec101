#!/usr/bin/env python3
"""Checks sitrep/1 JSON Lines against the record contract (../shared/spec/records.md).

Written apart from the Rust record types on purpose: it reads the records the way another
tool would, so a change that the Rust types accept but the contract does not (a renamed
field, a new enum value, a span that is not its slice) shows up here.

    sitrep extract --with-text examples/corpus.jsonl | python3 tools/check_records.py
    python3 tools/check_records.py out.jsonl [more.jsonl ...]

Span slices are checked only for records that carry the text (`--with-text`). Prints one
line per problem (file:line: reason) and a summary; exits 1 when any record is invalid.
Standard library only.
"""

import json
import re
import sys

EVENT_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
MODALITIES = {"asserted", "attributed", "hypothetical", "future", "negated"}
ACTOR_KINDS = {
    "country", "person", "organization", "armed_group", "igo", "media", "group", "place",
}
STANCES = {"assert", "deny"}
VIA_ROLES = {"first", "relay", "according_to"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, reason):
        self.items.append(f"{where}: {reason}")


def need(obj, key, where, probs, types):
    """The value of a required key, after checking its presence and type."""
    if not isinstance(obj, dict) or key not in obj:
        probs.add(where, f"missing required field {key!r}")
        return None
    value = obj[key]
    if not isinstance(value, types):
        probs.add(where, f"{key!r} has type {type(value).__name__}")
        return None
    return value



def one_of(obj, key, where, probs, allowed, what):
    """A required string field whose value must be one of `allowed`."""
    value = need(obj, key, where, probs, str)
    if value is not None and value not in allowed:
        probs.add(where, f"unknown {what} {value!r}")


def optional_str(obj, key, where, probs):
    if obj.get(key) is not None and not isinstance(obj[key], str):
        probs.add(where, f"{key!r} is not a string")


def need_span(obj, key, where, text, probs):
    span = need(obj, key, where, probs, dict)
    if span is not None:
        check_span(span, text, where, probs)


def entries(rec, key, where, probs):
    """The objects of the required list `key`, each with its location, and
    the set of their required ids (an id used twice is a problem)."""
    out, ids = [], set()
    for i, item in enumerate(need(rec, key, where, probs, list) or []):
        at = f"{where} {key}[{i}]"
        if not isinstance(item, dict):
            probs.add(at, "not an object")
            continue
        item_id = need(item, "id", at, probs, str)
        if item_id in ids:
            probs.add(at, f"id {item_id!r} used twice")
        ids.add(item_id)
        out.append((at, item))
    return out, ids

def check_span(span, text, where, probs):
    if not isinstance(span, dict):
        probs.add(where, "span is not an object")
        return
    start, end, slice_text = span.get("start"), span.get("end"), span.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(slice_text, str)):
        probs.add(where, f"span needs integer start/end and text: {span!r:.120}")
        return
    if not 0 <= start <= end:
        probs.add(where, f"span {start}..{end} is not ordered")
        return
    if text is None:
        return
    raw = text.encode("utf-8")
    if end > len(raw):
        probs.add(where, f"span {start}..{end} runs past the text ({len(raw)} bytes)")
        return
    try:
        got = raw[start:end].decode("utf-8")
    except UnicodeDecodeError:
        probs.add(where, f"span {start}..{end} cuts a character")
        return
    if got != slice_text:
        probs.add(where, f"span text {slice_text!r:.60} is not the slice {got!r:.60}")


def check_record(rec, where, probs):
    if rec.get("schema") != "sitrep/1":
        probs.add(where, f"schema is {rec.get('schema')!r}, not 'sitrep/1'")
    doc = need(rec, "doc", where, probs, dict)
    text = None
    if doc is not None:
        need(doc, "id", where + " doc", probs, str)
        need(doc, "uri", where + " doc", probs, str)
        for key in ("title", "outlet", "published", "language"):
            if key not in doc:
                probs.add(where + " doc", f"missing required field {key!r}")
            elif doc[key] is not None and not isinstance(doc[key], str):
                probs.add(where + " doc", f"{key!r} is neither a string nor null")
        if isinstance(doc.get("published"), str) and not DATE.match(doc["published"]):
            probs.add(where + " doc", f"published {doc['published']!r} is not YYYY-MM-DD")
        if isinstance(doc.get("language"), str) and not re.match(r"^[a-z]{2}$", doc["language"]):
            probs.add(where + " doc", f"language {doc['language']!r} is not ISO 639-1")
        chars = need(doc, "chars", where + " doc", probs, int)
        text = doc.get("text") if isinstance(doc.get("text"), str) else None
        if text is not None and chars is not None and chars != len(text):
            probs.add(where + " doc", f"chars {chars} but the text has {len(text)}")

    actors, actor_ids = entries(rec, "actors", where, probs)
    for at, actor in actors:
        need(actor, "name", at, probs, str)
        one_of(actor, "kind", at, probs, ACTOR_KINDS, "kind")
        if "country" not in actor:
            probs.add(at, "missing required field 'country'")
        elif actor["country"] is not None and not ISO3.match(str(actor["country"])):
            probs.add(at, f"country {actor['country']!r} is not ISO3")
        for key in ("sector", "role"):
            optional_str(actor, key, at, probs)
        for m in need(actor, "mentions", at, probs, list) or []:
            check_span(m, text, at + " mention", probs)

    def known_actor(actor_id, at, label):
        if actor_id is not None and actor_id not in actor_ids:
            probs.add(at, f"{label} {actor_id!r} is not among the actors")

    claims, claim_ids = entries(rec, "claims", where, probs)
    for at, claim in claims:
        speaker = need(claim, "speaker", at, probs, dict)
        if speaker is not None:
            for key in ("actor", "text", "span"):
                if key not in speaker:
                    probs.add(at + " speaker", f"missing required field {key!r}")
            known_actor(speaker.get("actor"), at + " speaker", "actor")
            if speaker.get("span") is not None:
                check_span(speaker["span"], text, at + " speaker", probs)
        for key in ("cue", "content"):
            need_span(claim, key, f"{at} {key}", text, probs)
        one_of(claim, "stance", at, probs, STANCES, "stance")
        need(claim, "hedged", at, probs, bool)
        optional_str(claim, "audience", at, probs)
        for j, via in enumerate(need(claim, "via", at, probs, list) or []):
            vat = f"{at} via[{j}]"
            if not isinstance(via, dict):
                probs.add(vat, "not an object")
                continue
            need(via, "text", vat, probs, str)
            if via.get("role") not in VIA_ROLES:
                probs.add(vat, f"unknown role {via.get('role')!r}")
            known_actor(via.get("actor"), vat, "actor")

    events, _ = entries(rec, "events", where, probs)
    for at, event in events:
        one_of(event, "type", at, probs, EVENT_TYPES, "PLOVER type")
        for key in ("source", "target"):
            for actor_id in need(event, key, at, probs, list) or []:
                known_actor(actor_id, at, key)
        for key in ("trigger", "sentence"):
            need_span(event, key, f"{at} {key}", text, probs)
        one_of(event, "modality", at, probs, MODALITIES, "modality")
        if event.get("claim") is not None and event["claim"] not in claim_ids:
            probs.add(at, f"claim {event['claim']!r} is not among the claims")

    framing = need(rec, "framing", where, probs, dict)
    if framing is not None:
        for j, loaded in enumerate(need(framing, "loaded", where + " framing", probs, list) or []):
            lat = f"{where} framing.loaded[{j}]"
            if not isinstance(loaded, dict):
                probs.add(lat, "not an object")
                continue
            need(loaded, "term", lat, probs, str)
            need(loaded, "category", lat, probs, str)
            need_span(loaded, "span", lat, text, probs)
        for key in ("opinion_share", "attributed_share"):
            share = need(framing, key, where + " framing", probs, (int, float))
            if share is not None and not 0 <= share <= 1:
                probs.add(where + " framing", f"{key} {share} is outside 0..1")


def main(paths):
    records = invalid = 0
    sources = [(p, open(p, encoding="utf-8")) for p in paths] or [("<stdin>", sys.stdin)]
    for name, handle in sources:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            records += 1
            probs = Problems()
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                probs.add(where, f"not JSON: {e}")
            else:
                if isinstance(rec, dict):
                    check_record(rec, where, probs)
                else:
                    probs.add(where, "not a JSON object")
            if probs.items:
                invalid += 1
                for item in probs.items[:20]:
                    print(item)
    print(f"{records} records, {invalid} invalid")
    return 1 if invalid or records == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
