#!/usr/bin/env python3
"""Inputs and JSON checks for src/bench/reliability-probe.sh (a bench script, not part of the build or the tests).

  hostile OUT_DIR SEED_JSON      writes the hostile import files of probe 4 and OUT_DIR/manifest.tsv
                                 (case, expectation accept|refuse|either, flags, file)
  escapes OUT_DIR SEED_JSON      writes the terminal-escape notices of probe 5d
  variant SEED_JSON OUT NAME     the seed with another controller name (and no sign-offs)
  same A.json B.json             exit 0 when both documents are the same notice (sets in enum order, instants by
                                 value), else prints the first difference and exits 1
  cause NOTICE.json              which known root cause a schema-valid notice hits (S2, M2-key, none)
"""
import copy
import hashlib
import json
import os
import re
import sys

LANGUAGES = ["FI", "SV", "EN"]
ALIASES = {"UK": "GB"}  # the one two-letter name fi.seloste.domain.Country reads as another code


def compact(node):
    return json.dumps(node, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "schemas",
                      "notice-interchange.schema.json")


def canonical(content):
    """The canonical form of docs/interchange.md for content Seloste wrote (its properties are in schema order
    already): the two sets sorted by their enums, control characters escaped with upper-case hex digits."""
    measures_order = json.load(open(SCHEMA, encoding="utf-8"))["$defs"]["securityMeasure"]["enum"]
    content = copy.deepcopy(content)
    settings = content.get("settings") or {}
    if isinstance(settings.get("languages"), list):
        settings["languages"].sort(key=LANGUAGES.index)
    for register in content.get("registers") or []:
        security = register.get("security") or {}
        if isinstance(security.get("measures"), list):
            security["measures"].sort(key=measures_order.index)
    text = compact(content).decode("utf-8")
    return re.sub(r"(?<!\\)((?:\\\\)*)\\u00([0-9a-f]{2})", lambda m: m.group(1) + "\\u00" + m.group(2).upper(),
                  text).encode("utf-8")


def fingerprint(content):
    """The fingerprint a producer that follows docs/interchange.md computes: over the canonical form, whatever
    order its file lists the sets in."""
    return hashlib.sha256(canonical(content)).hexdigest()


def dump(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)


def hostile(out, seed_path):
    os.makedirs(out, exist_ok=True)
    seed_bytes = open(seed_path, "rb").read()
    seed = json.loads(seed_bytes)
    text = seed_bytes.decode("utf-8")
    cases = []

    def raw(name, data, expect, flags=""):
        path = os.path.join(out, name + ".json")
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        cases.append((name, expect, flags, path))

    def doc(name, d, expect, flags=""):
        raw(name, json.dumps(d, ensure_ascii=False, indent=1), expect, flags)

    def unsigned(d):
        d = copy.deepcopy(d)
        d["signOffs"] = []
        return d

    base = unsigned(seed)
    name_at = text.index('"name" : "Flowest"')

    doc("control-seed", seed, "accept", "roundtrip")
    raw("deep-array-10000", "[" * 10000 + "]" * 10000, "refuse", "validjson")
    raw("deep-object-10000", '{"a":' * 10000 + "1" + "}" * 10000, "refuse", "validjson")
    d = unsigned(seed); d["x"] = "NESTED"
    raw("deep-array-900-in-unknown", json.dumps(d).replace('"NESTED"', "[" * 900 + "]" * 900), "refuse", "validjson")
    raw("deep-100000-unclosed", "[" * 100000, "refuse")
    d = unsigned(seed); d["notice"]["controller"]["name"] = "x" * 50_000_000
    doc("string-50mb-controller-name", d, "either", "roundtrip,export")
    d = unsigned(seed); d["notice"]["controller"]["name"] = ("Flowest Oy " * 90_000)[:900_000]
    doc("string-900k-controller-name", d, "either", "roundtrip,export")
    raw("key-10mb-unknown", '{"' + "k" * 10_000_000 + '":1}', "refuse", "validjson")
    raw("file-65mb-over-limit", " " * (65 * 1024 * 1024) + json.dumps(base), "refuse")
    b = text[:name_at] + '"name" : "Flowest\u00c3(x"' + text[name_at + len('"name" : "Flowest"'):]
    raw("utf8-c3-28", b.encode("utf-8").replace("\u00c3(".encode("utf-8"), b"\xc3("), "refuse")
    for case, bad in [("utf8-overlong-c0af", b"\xc0\xaf"), ("utf8-lone-continuation", b"\x80"), ("utf8-ff", b"\xff"),
                      ("utf8-cesu-surrogate", b"\xed\xa0\x80"), ("utf8-5byte", b"\xf8\x88\x80\x80\x80"),
                      ("utf8-above-10ffff", b"\xf4\x90\x80\x80")]:
        data = seed_bytes.replace(b'"name" : "Flowest"', b'"name" : "Flowest' + bad + b'"', 1)
        raw(case, data, "refuse")
    raw("utf8-truncated-at-end", seed_bytes.rstrip()[:-3] + b"\xe2\x82", "refuse")
    raw("bom-utf8", b"\xef\xbb\xbf" + seed_bytes, "either", "roundtrip")
    raw("latin1", seed_bytes.decode("utf-8").encode("latin-1", "replace"), "refuse")
    raw("lone-surrogate-escape", text.replace('"name" : "Flowest"', '"name" : "Flowest \\ud800 x"', 1), "either",
        "roundtrip")
    raw("nul-escape-in-name", text.replace('"name" : "Flowest"', '"name" : "Flowest\\u0000Oy"', 1), "accept",
        "roundtrip")
    raw("dup-key-top-format", text.replace('"format" : "seloste-notice",', '"format" : "x", "format" : "seloste-notice",', 1),
        "refuse")
    raw("dup-key-notice", text.replace('"notice" : {', '"notice" : {"controller": {"name": "Evil Corp"},', 1), "refuse")
    raw("dup-key-controller-name", text.replace('"name" : "Flowest"', '"name" : "Evil Corp", "name" : "Flowest"', 1),
        "refuse")
    raw("dup-key-signoff-version", text.replace('"version" : 1,', '"version" : 7, "version" : 1,', 1), "refuse")
    raw("dup-key-signoff-sha", text.replace('"contentSha256" : "', '"contentSha256" : "' + "0" * 64 + '", "contentSha256" : "', 1),
        "refuse")
    for case, value in [("formatVersion-string", '"2"'), ("formatVersion-1.5", "1.5"), ("formatVersion-true", "true"),
                        ("formatVersion-3", "3"), ("formatVersion-0", "0"), ("formatVersion--1", "-1"),
                        ("formatVersion-huge", "99999999999999999999999999")]:
        raw(case, text.replace('"formatVersion" : 2', '"formatVersion" : ' + value, 1), "refuse")
    d = copy.deepcopy(seed); del d["format"]
    doc("format-missing", d, "refuse")
    d = copy.deepcopy(seed); d["format"] = "other-notice"
    doc("format-other", d, "refuse")
    for case, value, expect in [("register-id-string", '"1"', "refuse"), ("register-id-0", "0", "refuse"),
                                ("register-id-1.5", "1.5", "refuse"), ("register-id-max-long", "9223372036854775807", "either"),
                                ("register-id-2^63", "9223372036854775808", "refuse"), ("register-id-1e400", "1e400", "refuse")]:
        d = unsigned(seed)
        raw(case, json.dumps(d, indent=1).replace('"id": %d' % d["notice"]["registers"][0]["id"], '"id": ' + value, 1),
            expect, "roundtrip" if expect != "refuse" else "")
    d = unsigned(seed)
    raw("number-10000-digits", json.dumps(d, indent=1).replace('"id": %d' % d["notice"]["registers"][0]["id"],
                                                               '"id": ' + "9" * 10000, 1), "refuse", "validjson")
    d = unsigned(seed); d["notice"]["registers"].append(copy.deepcopy(d["notice"]["registers"][0]))
    doc("register-id-duplicate", d, "refuse")
    d = unsigned(seed); d["notice"]["registers"][0]["retention"][0]["years"] = 201
    doc("years-201", d, "refuse")
    for case, langs in [("languages-empty", []), ("languages-dup", ["FI", "FI"]), ("languages-lowercase", ["fi"])]:
        d = unsigned(seed); d["notice"]["settings"]["languages"] = langs
        doc(case, d, "refuse")
    for case, value, expect in [("nextReview-feb-31", "2027-02-31", "refuse"), ("nextReview-year-0", "0000-01-01", "either"),
                                ("nextReview-datetime", "2027-01-01T00:00:00Z", "refuse")]:
        d = unsigned(seed); d["notice"]["settings"]["nextReview"] = value
        doc(case, d, expect, "roundtrip" if expect != "refuse" else "")
    for case, value, expect in [("signedAt-offset", "2026-11-22T10:15:30+02:00", "refuse"),
                                ("signedAt-nanos", "2026-11-22T10:15:30.123456789Z", "accept"),
                                ("signedAt-feb-30", "2026-02-30T10:15:30Z", "refuse")]:
        d = copy.deepcopy(seed); d["signOffs"][0]["signedAt"] = value
        without_record_digest(d["signOffs"][0])
        doc(case, d, expect, "roundtrip" if expect != "refuse" else "")
    d = copy.deepcopy(seed); d["signOffs"][0]["signedAt"] = "2026-11-22T10:15:31Z"
    doc("signedAt-changed-record-digest-kept", d, "refuse")
    d = unsigned(seed); d["notice"]["registers"][0]["cookies"]["used"] = True
    doc("answer-as-boolean", d, "refuse")
    d = unsigned(seed); d["notice"]["registers"][0]["template"] = "NO_SUCH_TEMPLATE"
    doc("enum-unknown", d, "refuse")
    d = unsigned(seed); d["notice"]["registers"][0]["name"] = "just a string"
    doc("localized-as-string", d, "refuse")
    d = unsigned(seed); d["notice"]["registers"] = {"0": d["notice"]["registers"][0]}
    doc("registers-object", d, "refuse")
    d = copy.deepcopy(seed); d["signOffs"][0]["signer"] = "   "
    doc("signer-blank", d, "refuse")
    d = copy.deepcopy(seed); d["signOffs"][0]["contentSha256"] = d["signOffs"][0]["contentSha256"].upper()
    doc("sha-uppercase", d, "refuse")
    d = unsigned(seed)
    register = d["notice"]["registers"][0]
    d["notice"]["registers"] = []
    for i in range(3000):
        r = copy.deepcopy(register); r["id"] = i + 1
        d["notice"]["registers"].append(r)
    raw("registers-3000", json.dumps(d, ensure_ascii=False, separators=(",", ":")), "either", "export")
    d = unsigned(seed); d["notice"]["registers"][0]["security"]["measures"] = ["BACKUPS"] * 300000
    doc("measures-300000-dups", d, "refuse", "flood")
    d = unsigned(seed); d["notice"]["registers"] = list(range(1_000_000))
    doc("registers-1M-ints", d, "refuse", "flood")
    d = unsigned(seed)
    for i in range(100_000):
        d["notice"]["u%d" % i] = i
    doc("unknown-100k-props", d, "refuse", "flood")
    d = unsigned(seed); d["notice"]["settings"]["languages"] = ["FI"] * 1_000_000
    doc("languages-1M", d, "refuse", "flood")
    for case, versions in [("versions-zero", [0]), ("versions-duplicate", [1, 1]), ("versions-gap", [1, 3]),
                           ("versions-start-2", [2])]:
        d = copy.deepcopy(seed)
        d["signOffs"] = [dict(copy.deepcopy(seed["signOffs"][0]), version=v) for v in versions]
        doc(case, d, "refuse")
    d = copy.deepcopy(seed)
    d["signOffs"] = [without_record_digest(dict(copy.deepcopy(seed["signOffs"][0]), version=v)) for v in (1, 2, 3)]
    doc("versions-1-2-3", d, "accept", "roundtrip")
    d = copy.deepcopy(seed); d["signOffs"][0]["content"]["controller"]["name"] = "Evil Corp"
    doc("tamper-content", d, "refuse")
    d = copy.deepcopy(seed); d["signOffs"][0]["contentSha256"] = "0" * 64
    doc("tamper-sha", d, "refuse")
    d = copy.deepcopy(seed); d["signOffs"][0]["content"]["controller"]["name"] = "Flowest Oy"
    d["signOffs"][0]["contentSha256"] = fingerprint(d["signOffs"][0]["content"])
    without_record_digest(d["signOffs"][0])
    doc("tamper-and-refingerprint", d, "accept", "roundtrip")
    # docs/interchange.md: a set's order means nothing; a producer that writes it in another order still computes
    # the fingerprint over the canonical form, which sorts it by its enum.
    d = copy.deepcopy(seed); d["signOffs"][0]["content"]["settings"]["languages"] = ["EN", "FI"]
    d["signOffs"][0]["contentSha256"] = fingerprint(d["signOffs"][0]["content"])
    without_record_digest(d["signOffs"][0])
    doc("guide-fingerprint-languages-EN-FI", d, "accept")
    d = copy.deepcopy(seed)
    measures = d["signOffs"][0]["content"]["registers"][0]["security"]["measures"]
    if len(measures) > 1:
        measures.reverse()
    else:
        d["signOffs"][0]["content"]["registers"][0]["security"]["measures"] = ["BACKUPS", "LOCKED_CABINET"]
    d["signOffs"][0]["contentSha256"] = fingerprint(d["signOffs"][0]["content"])
    without_record_digest(d["signOffs"][0])
    doc("guide-fingerprint-measures-unsorted", d, "accept")
    for case, path in [("null-document", None), ("null-notice", ["notice"]), ("null-controller", ["notice", "controller"]),
                       ("null-registers", ["notice", "registers"]), ("null-controller-name", ["notice", "controller", "name"])]:
        if path is None:
            raw(case, "null", "refuse")
            continue
        d = unsigned(seed); node = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = None
        doc(case, d, "refuse")
    d = unsigned(seed); d["extra"] = 1
    doc("extra-top", d, "refuse")
    d = unsigned(seed); d["notice"]["controller"]["vatNumber"] = "FI123"
    doc("extra-controller", d, "refuse")
    d = unsigned(seed); d["notice"]["__proto__"] = {"admin": True}
    doc("extra-proto", d, "refuse")
    raw("empty-file", b"", "refuse")
    raw("whitespace-only", b" \n\t\n", "refuse")
    raw("object-empty", b"{}", "refuse")
    raw("array-empty", b"[]", "refuse")
    raw("trailing-garbage", seed_bytes + b"garbage", "refuse")
    raw("two-documents", seed_bytes + seed_bytes, "refuse")
    raw("comments", b"// a comment\n" + seed_bytes, "refuse")
    raw("nan", text.replace('"formatVersion" : 2', '"formatVersion" : NaN', 1), "refuse")
    raw("single-quotes", text.replace('"format" : "seloste-notice"', "'format' : 'seloste-notice'", 1), "refuse")
    raw("trailing-comma", text.replace('"formatVersion" : 2,', '"formatVersion" : 2,,', 1), "refuse")
    raw("binary-zip", b"PK\x03\x04" + os.urandom(2000), "refuse")
    raw("pdf-file", b"%PDF-1.7\n" + os.urandom(2000) + b"\n%%EOF\n", "refuse")
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        for name, expect, flags, path in cases:
            f.write("%s\t%s\t%s\t%s\n" % (name, expect, flags or "-", path))


def escapes(out, seed_path):
    os.makedirs(out, exist_ok=True)
    seed = json.load(open(seed_path, encoding="utf-8"))
    attack = "\x1b]0;PWNED-title\x07\x1b[2J\x1b[H\x1b[31mFAKE: all notices signed\x1b[0m\r\x1b[8m"
    setters = {
        "controller-name": lambda n: n["controller"].__setitem__("name", "Flowest " + attack),
        "business-id": lambda n: n["controller"].__setitem__("businessId", "3015969-6" + attack),
        # validate names a register or a purpose in a finding: an empty purpose list, a purpose without its basis.
        "register-name": lambda n: (n["registers"][0]["name"].update(fi="Asiakkaat " + attack, sv=attack, en=attack),
                                    n["registers"][0].__setitem__("purposes", [])),
        "purpose": lambda n: (n["registers"][0]["purposes"][0]["description"].update(fi="Hoito " + attack, sv=attack, en=attack),
                              n["registers"][0]["purposes"][0].__setitem__("basis", None)),
    }
    for name, setter in setters.items():
        d = copy.deepcopy(seed); d["signOffs"] = []
        setter(d["notice"])
        dump(os.path.join(out, name + ".json"), d)


def without_record_digest(sign_off):
    """A producer that writes its own sign-off record leaves out the optional recordSha256 (docs/interchange.md)
    rather than keep the one of the record it changed, which the import rightly refuses."""
    sign_off.pop("recordSha256", None)
    return sign_off


def variant(seed_path, out, name):
    d = json.load(open(seed_path, encoding="utf-8"))
    d["signOffs"] = []
    d["notice"]["controller"]["name"] = name
    dump(out, d)


def first_difference(path, a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                return path + "." + k + " is missing"
            d = first_difference(path + "." + k, a[k], b[k])
            if d:
                return d
        for k in b:
            if k not in a:
                return path + "." + k + " was added"
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return "%s has %d items instead of %d" % (path, len(b), len(a))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference("%s[%d]" % (path, i), x, y)
            if d:
                return d
        return None
    return None if a == b else "%s: %.60r became %.60r" % (path, a, b)


def instant_key(value):
    """An instant by its value: 10:15:30Z, 10:15:30.000Z and 10:15:30.000000Z are the same."""
    if not isinstance(value, str) or not value.endswith("Z") or "T" not in value:
        return value
    main, _, fraction = value[:-1].partition(".")
    return main + "." + (fraction + "000000000")[:9] + "Z"


def by_value(node, key=None):
    if isinstance(node, dict):
        return {k: by_value(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [by_value(v) for v in node]
        if key in ("languages", "measures"):
            return sorted(items, key=str)
        return items
    if key == "signedAt":
        return instant_key(node)
    return node


def as_seloste_writes(written, exported):
    """What the export may write differently by design (docs/interchange.md): each sign-off's recordSha256, added
    where the input had none (the import verifies it when present), and a transfer's two-letter country in small
    letters read as its code ("fi" becomes FI, and "uk", the name Country knows, GB). Country names read as codes ("Yhdysvallat") are not modelled here."""
    for before, after in zip(written.get("signOffs") or [], exported.get("signOffs") or []):
        if isinstance(before, dict) and isinstance(after, dict) and "recordSha256" not in before:
            after.pop("recordSha256", None)

    def codes(a, b):
        if isinstance(a, dict) and isinstance(b, dict):
            if isinstance(a.get("country"), str) and isinstance(b.get("country"), str) \
                    and len(a["country"]) == 2 and ALIASES.get(a["country"].upper(), a["country"].upper()) == b["country"]:
                a["country"] = b["country"]
            for k in a:
                if k in b:
                    codes(a[k], b[k])
        elif isinstance(a, list) and isinstance(b, list):
            for x, y in zip(a, b):
                codes(x, y)
    codes(written, exported)


def same(a_path, b_path):
    a = by_value(json.load(open(a_path, encoding="utf-8-sig")))
    b = by_value(json.load(open(b_path, encoding="utf-8-sig")))
    as_seloste_writes(a, b)
    difference = first_difference("", a, b)
    if difference:
        print(difference)
        return 1
    return 0


def cause(path):
    text = open(path, encoding="utf-8").read()
    d = json.loads(text)
    causes = []
    if "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS" in text:
        causes.append("S2 (RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS)")

    def long_keys(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("catalogKey", "catalogId") and isinstance(v, str) and len(v) > 64:
                    return True
                if long_keys(v):
                    return True
        elif isinstance(node, list):
            return any(long_keys(v) for v in node)
        return False

    if long_keys(d):
        causes.append("M2 (catalog key/id over 64 characters)")
    print(" and ".join(causes) if causes else "unknown cause")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "hostile":
        hostile(sys.argv[2], sys.argv[3])
    elif command == "escapes":
        escapes(sys.argv[2], sys.argv[3])
    elif command == "variant":
        variant(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "same":
        sys.exit(same(sys.argv[2], sys.argv[3]))
    elif command == "cause":
        cause(sys.argv[2])
    else:
        sys.exit(__doc__)
