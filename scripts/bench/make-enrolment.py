#!/usr/bin/env python3
"""Writes a school registry and a long-form enrolment CSV of N rows (18 grades per school) for load measurements.

usage: make-enrolment.py ROWS OUTDIR     e.g. make-enrolment.py 1000000 /tmp/bench/inbox
"""
import os, random, sys

rows, out = int(sys.argv[1]), sys.argv[2]
grades = ["อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6", "ม.1", "ม.2", "ม.3", "ม.4", "ม.5", "ม.6", "ปวช.1", "ปวช.2", "ปวช.3"]
schools = (rows + len(grades) - 1) // len(grades)
os.makedirs(out, exist_ok=True)
rnd = random.Random(2568)
with open(os.path.join(out, "registry.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("school_code,school_name,district,cluster,dltv\n")
    for s in range(schools):
        f.write(f"{1000000000 + s},โรงเรียนทดสอบ {s},อำเภอ {s % 50},กลุ่ม {s % 700},{'Y' if s % 3 == 0 else 'N'}\n")
os.utime(os.path.join(out, "registry.csv"), (1714521600, 1714521600))
with open(os.path.join(out, "enrolment_2568-1.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("school_code,grade,male,female,total,classrooms,submitted_at\n")
    n = 0
    for s in range(schools):
        for g in grades:
            if n == rows:
                break
            m, w = rnd.randint(0, 40), rnd.randint(0, 40)
            f.write(f"{1000000000 + s},{g},{m},{w},{m + w},{1 + (m + w) // 40},2025-06-0{1 + s % 9} 10:00\n")
            n += 1
print(f"{schools} schools, {rows} enrolment rows in {out}")
