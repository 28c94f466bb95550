#!/usr/bin/env python3
"""Writes benchmark inputs: a school registry, a student roster (kind `students`, with names that must be dropped and
~0.5 % bad citizen IDs) and long-form enrolment for three cycles. Roster rows come school by school, grade by grade,
as a DMC export lists them; add `interleaved` to deal them round-robin over the schools instead (the worst order for
an index in school order: docs/performance.md measures both).

usage: make-national.py SCHOOLS STUDENTS OUTDIR [interleaved]   e.g. make-national.py 30000 6500000 /tmp/bench/in
"""
import os, random, sys

schools, students, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
interleaved = sys.argv[4:] == ["interleaved"]
os.makedirs(out, exist_ok=True)
grades = ["อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6"]
first = ["สมชาย", "สมหญิง", "ณัฐวุฒิ", "กานต์ธิดา", "ปิยะ", "วรรณา", "อนุชา", "พิมพ์ชนก"]
last = ["ใจดี", "รักเรียน", "ศรีสุข", "บุญมา", "ทองคำ", "แก้วใส"]
rnd = random.Random(2568)


def citizen_id(n, bad):
    digits = [1 + n % 8] + [int(c) for c in f"{n:011d}"[-11:]]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits)) + str((check + 1) % 10 if bad else check)


with open(os.path.join(out, "registry.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("school_code,school_name,district,cluster,dltv\n")
    for s in range(schools):
        f.write(f"{1000000000 + s},โรงเรียนทดสอบ {s},อำเภอ {s % 50},กลุ่ม {s % 700},{'Y' if s % 3 == 0 else 'N'}\n")
os.utime(os.path.join(out, "registry.csv"), (1714521600, 1714521600))

with open(os.path.join(out, "roster_2568-1.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("school_code,student_id,first_name,last_name,grade,sex,birth_date\n")
    order = range(students) if interleaved else (n for s in range(schools) for n in range(s, students, schools))
    for n in order:
        s, g = n % schools, grades[(n // schools) % len(grades)]
        year = 2568 - 4 - grades.index(g) - rnd.randint(0, 1)
        f.write(f"{1000000000 + s},{citizen_id(n, n % 200 == 7)},{rnd.choice(first)},{rnd.choice(last)},{g},"
                f"{'ชาย' if n % 2 else 'หญิง'},{rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{year}\n")
os.utime(os.path.join(out, "roster_2568-1.csv"), (1748740000, 1748740000))

for i, year in enumerate([2566, 2567, 2568]):
    path = os.path.join(out, f"enrolment_{year}-1.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("school_code,grade,male,female,total,classrooms,submitted_at\n")
        for s in range(schools):
            for g in grades:
                m, w = rnd.randint(0, 30), rnd.randint(0, 30)
                f.write(f"{1000000000 + s},{g},{m},{w},{m + w},{1 + (m + w) // 40},{year - 543}-06-0{1 + s % 9} 10:00\n")
    os.utime(path, (1685000000 + i * 31536000,) * 2)
print(f"{schools} schools, {students} students, 3 enrolment cycles in {out}")
