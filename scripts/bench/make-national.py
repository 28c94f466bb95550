#!/usr/bin/env python3
"""Writes benchmark inputs: a school registry, a student roster (kind `students`, with names that must be dropped and
~0.5 % bad citizen IDs) and long-form enrolment for three cycles. Roster rows come school by school, grade by grade,
as a DMC export lists them. With `orders`, the same rows are also written in two other orders and once more as a
resubmission, each in a folder of its own (the file name carries the cycle):
  grade/roster_2568-1.csv    grade by grade, the schools in turn within each grade (a file sorted by grade)
  random/roster_2568-1.csv   the rows shuffled (several exports merged, or sorted by name)
  resent/roster_2568-1.csv   school order again, other names (names are dropped): every school sends again
Every row's values come from its student number alone, so each order holds exactly the same rows.

usage: make-national.py SCHOOLS STUDENTS OUTDIR [orders]   e.g. make-national.py 30000 6500000 /tmp/bench/in orders
"""
import os, random, sys

schools, students, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with_orders = sys.argv[4:] == ["orders"]
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

def roster_row(n, names=0):
    # Values drawn from the student number (a multiplicative hash), not from a shared generator: any order, same rows.
    h = (n * 2654435761 + 97) % 4294967296
    s, g = n % schools, grades[(n // schools) % len(grades)]
    year = 2568 - 4 - grades.index(g) - (h >> 7) % 2
    return (f"{1000000000 + s},{citizen_id(n, n % 200 == 7)},{first[(h + names) % len(first)]},{last[(h >> 3) % len(last)]},"
            f"{g},{'ชาย' if n % 2 else 'หญิง'},{1 + (h >> 9) % 28}/{1 + (h >> 14) % 12}/{year}\n")


def write_roster(folder, order, mtime, names=0):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "roster_2568-1.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("school_code,student_id,first_name,last_name,grade,sex,birth_date\n")
        for n in order:
            f.write(roster_row(n, names))
    os.utime(path, (mtime, mtime))


def by_school():
    return (n for s in range(schools) for n in range(s, students, schools))


def by_grade():
    step = schools * len(grades)
    return (n for g in range(len(grades)) for s in range(schools) for n in range(s + g * schools, students, step))


write_roster(out, by_school(), 1748740000)
if with_orders:
    write_roster(os.path.join(out, "grade"), by_grade(), 1748740000)
    shuffled = list(range(students))
    random.Random(2568).shuffle(shuffled)
    write_roster(os.path.join(out, "random"), shuffled, 1748740000)
    del shuffled
    write_roster(os.path.join(out, "resent"), by_school(), 1748826400, names=1)

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
