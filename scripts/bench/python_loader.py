#!/usr/bin/env python3
"""The comparison loader: the same work as `dlict ingest` of a roster, in plain Python (csv + sqlite3, stdlib only).

Per row: school code known to the registry, citizen-ID check digit, grade and sex normalised, Buddhist-Era birth date
parsed to ISO, the ID stored only as HMAC-SHA256 with a key, names dropped; bad rows kept as rejects with a reason.
usage: python_loader.py REGISTRY.csv ROSTER.csv OUT.db
"""
import csv, hashlib, hmac, sqlite3, sys

registry, roster, db = sys.argv[1:4]
KEY = b"bench-hash-key-0123456789abcdef"
GRADES = {g: i for i, g in enumerate(["อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6", "ม.1", "ม.2", "ม.3", "ม.4", "ม.5", "ม.6"])}
SEX = {"ชาย": "M", "หญิง": "F", "M": "M", "F": "F", "1": "M", "2": "F"}


def check_digit_ok(cid):
    if len(cid) != 13 or not cid.isdigit():
        return False
    return (11 - sum(int(cid[i]) * (13 - i) for i in range(12)) % 11) % 10 == int(cid[12])


def be_date(text):
    try:
        d, m, y = (int(p) for p in text.split("/"))
        y = y - 543 if y > 2400 else y
        return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None
    except ValueError:
        return None


with open(registry, encoding="utf-8-sig", newline="") as f:
    schools = {row["school_code"] for row in csv.DictReader(f)}
con = sqlite3.connect(db)
con.executescript("""PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS student (school_code TEXT, id_hash TEXT, grade TEXT, sex TEXT, birth_date TEXT);
CREATE TABLE IF NOT EXISTS reject (row_number INTEGER, col TEXT, rule TEXT, value TEXT);""")
good, bad = [], []
with open(roster, encoding="utf-8-sig", newline="") as f:
    for n, row in enumerate(csv.DictReader(f), start=2):
        code, cid, grade, sex = row["school_code"].strip(), row["student_id"].replace("-", "").strip(), row["grade"].strip(), row["sex"].strip()
        if code not in schools:
            bad.append((n, "school_code", "STU-005", code)); continue
        if not check_digit_ok(cid):
            bad.append((n, "student_id", "STU-001", cid[:1] + "x" * 11 + cid[-1:])); continue
        if grade not in GRADES:
            bad.append((n, "grade", "STU-004", grade)); continue
        if sex not in SEX:
            bad.append((n, "sex", "STU-003", sex)); continue
        good.append((code, hmac.new(KEY, cid.encode(), hashlib.sha256).hexdigest(), grade, SEX[sex], be_date(row.get("birth_date") or "")))
with con:
    con.executemany("INSERT INTO student VALUES (?,?,?,?,?)", good)
    con.executemany("INSERT INTO reject VALUES (?,?,?,?)", bad)
print(f"{len(good)} loaded, {len(bad)} rejected")
