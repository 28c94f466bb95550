#!/usr/bin/env python3
"""Writes a school registry and long-form enrolment for 2566/1, 2567/1 and 2568/1 whose years follow each other, as a
real district's do: every class moves up a grade with a few pupils more or less (±2 %), ป.1 and อ.1 take a new intake
near the school's size, boys are 40-60 % of a class and a room holds at most 40. Nothing in that is a flag of
v_enrolment_anomalies (docs/quality.md's thresholds: 10 pupils and 30 %, 20/80 % boys, 50 to a room). Into it go a
few known mistakes, about one school in a hundred a year, as a school makes them in a file: one grade's total doubled,
a grade left at 0, boys typed as a tenth of the class, a big class put in one room, a year not sent at all. The true
figures go on; a mistake is in that year's file only, so the next year compares against it too, as it would.

planted.csv lists each mistake (cycle, school, grade, what); expected-flags.csv every flag the quality views must
show (cycle, school_code, grade, check), found here by the spec's rules (a second reading of them, in Python) and
checked to fall only on schools with a mistake this year or last year.

usage: make-quality.py SCHOOLS OUTDIR      e.g. make-quality.py 30000 /tmp/bench/quality
"""
import os, random, sys

schools, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
grades = ["อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6"]
entry = {"อ.1", "ป.1"}  # the first grade of a level: a new intake, not last year's class moved up
years = [2566, 2567, 2568]
rnd = random.Random(2567)

with open(os.path.join(out, "registry.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("school_code,school_name,district,cluster,dltv\n")
    for s in range(schools):
        f.write(f"{1000000000 + s},โรงเรียนทดสอบ {s},อำเภอ {s % 50},กลุ่ม {s % 700},{'Y' if s % 3 == 0 else 'N'}\n")
os.utime(os.path.join(out, "registry.csv"), (1714521600, 1714521600))

# The true classes: school -> grade -> (pupils as a real number, share of boys). Most Thai primary schools are small.
size = [rnd.choice([rnd.uniform(3, 20), rnd.uniform(8, 35), rnd.uniform(20, 60)]) for _ in range(schools)]
true = [{g: (size[s] * rnd.uniform(0.95, 1.05), rnd.uniform(0.4, 0.6)) for g in grades} for s in range(schools)]


def next_year(classes, s):
    moved = {}
    for i, g in enumerate(grades):
        if g in entry:
            moved[g] = (size[s] * rnd.uniform(0.95, 1.05), rnd.uniform(0.4, 0.6))
        else:
            pupils, boys = classes[grades[i - 1]]
            moved[g] = (pupils * rnd.uniform(0.98, 1.02), boys)
    return moved


def reported(classes):
    """The file's rows: grade -> [male, female, total, classrooms]."""
    rows = {}
    for g, (pupils, boys) in classes.items():
        total = round(pupils)
        male = round(total * boys)
        rows[g] = [male, total - male, total, 1 + total // 40]
    return rows


def plant(rows, year, s):
    """One mistake in this school's file, or None (the school did not send this year's round at all)."""
    what = rnd.choice(["doubled", "zero", "boys", "one_room", "not_sent"] if year == 2567 else ["doubled", "zero", "boys", "one_room"])
    if what == "not_sent":
        return what, None
    if what == "one_room":
        big = [g for g in grades if rows[g][2] > 50]
        if not big:
            what = "doubled"
        else:
            rows[big[0]][3] = 1
            return what, big[0]
    g = rnd.choice([g for g in grades if rows[g][2] >= 20]) if what in ("zero", "boys") and any(rows[g][2] >= 20 for g in grades) else rnd.choice(grades)
    male, female, total, rooms = rows[g]
    if what == "doubled":
        doubled = 2 * total + 10
        boys = round(doubled * male / total)
        rows[g] = [boys, doubled - boys, doubled, 1 + doubled // 40]
    elif what == "zero":
        rows[g] = [0, 0, 0, 1]
    else:
        boys = total // 10
        rows[g] = [boys, total - boys, total, rooms]
    return what, g


files, planted = {}, []
for year in years:
    if year > years[0]:
        true = [next_year(true[s], s) for s in range(schools)]
    files[year] = {}
    for s in range(schools):
        rows = reported(true[s])
        # About one school in a hundred makes one mistake in a year's file (none in the first year, which has nothing to compare with).
        if year > years[0] and rnd.random() < 0.01:
            what, g = plant(rows, year, s)
            planted.append((f"{year}/1", 1000000000 + s, g or "", what))
            if g is None:
                continue
        files[year][s] = rows

for i, year in enumerate(years):
    path = os.path.join(out, f"enrolment_{year}-1.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("school_code,grade,male,female,total,classrooms,submitted_at\n")
        for s, rows in files[year].items():
            for g in grades:
                m, w, t, r = rows[g]
                f.write(f"{1000000000 + s},{g},{m},{w},{t},{r},{year - 543}-06-0{1 + s % 9} 10:00\n")
    os.utime(path, (1685000000 + i * 31536000,) * 2)


def significant(before, now):
    return before > 0 and now > 0 and abs(now - before) >= 10 and abs(now - before) * 100 >= 30 * before


def flags(year, s):
    """The flags of quality.md for one school's file of this year (every school here is open)."""
    rows, found = files[year][s], []
    previous = files.get(year - 1, {}).get(s)
    for i, g in enumerate(grades):
        male, _, total, rooms = rows[g]
        if previous is not None:
            before = previous[g][2]
            if significant(before, total): found.append((g, "jump"))
            if before == 0 and total >= 10: found.append((g, "new_grade"))
            if before >= 10 and total == 0: found.append((g, "grade_vanished"))
            if g not in entry and significant(previous[grades[i - 1]][2], total): found.append((g, "cohort"))
        if total >= 20 and (male * 100 < 20 * total or male * 100 > 80 * total): found.append((g, "sex_ratio"))
        if rooms > 0 and total > 50 * rooms: found.append((g, "crowded_room"))
    return found


planted_at = {(cycle, code) for cycle, code, _, _ in planted}
expected = []
for year in years:
    for s in files[year]:
        for g, check in flags(year, s):
            code = 1000000000 + s
            if (f"{year}/1", code) not in planted_at and (f"{year - 1}/1", code) not in planted_at:
                sys.exit(f"unplanted flag {check} for {code} {g} in {year}/1: the true figures must raise none")
            expected.append((f"{year}/1", code, g, check))

with open(os.path.join(out, "planted.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("cycle,school_code,grade,mistake\n")
    f.writelines(f"{c},{code},{g},{what}\n" for c, code, g, what in planted)
with open(os.path.join(out, "expected-flags.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("cycle,school_code,grade,check\n")
    f.writelines(f"{c},{code},{g},{check}\n" for c, code, g, check in sorted(expected))
print(f"{schools} schools, 3 enrolment cycles, {len(planted)} planted mistakes, {len(expected)} flags in {out}")
