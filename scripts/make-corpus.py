#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/corpus/) and its expected.tsv, once; the files are committed.

usage: scripts/make-corpus.py [OUTDIR]      (default: tests/corpus next to this script's repo)

Every file is ingested by tests/Dlict.Tests/Proof/CorpusTests.cs into a fresh warehouse whose registry holds
the schools 1041010001..1041010003 (district เพ็ญ). expected.tsv columns:
  file  outcome(rejected|loaded)  rows(loaded rows, or -)  rejects(row:RULE;... sorted, or -)  fragment(English message part, or -)  note
Big inputs (a >1 MB line, 100k columns, a zip bomb) are generated at test time instead.
"""
import os, sys, zipfile, io, random

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
BOM = b"\xef\xbb\xbf"
HEAD = "school_code,grade,male,female,total,classrooms"
OK3 = "1041010001,ป.1,10,11,21,1\n1041010002,ป.1,5,5,10,1\n1041010003,ป.2,1,2,3,1\n"
rows = []


def put(name, data, outcome, count="-", rejects="-", fragment="-", note=""):
    if isinstance(data, str):
        data = BOM + data.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    rows.append("\t".join([name, outcome, str(count), rejects, fragment, note]))


def fixed(z):
    """Zip entries with a fixed timestamp, so rerunning the script reproduces the same bytes."""
    plain = z.writestr
    z.writestr = lambda name, data: plain(zipfile.ZipInfo(name, (2025, 6, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return z


def xlsx(sheets):
    """A minimal xlsx (inline strings; a cell "=..." given as ("f", formula, cached) is a formula)."""
    buf = io.BytesIO()
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    with fixed(zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
                   + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
                   + "</Relationships>")
        for i, (_, table) in enumerate(sheets):
            xml = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
            for r, line in enumerate(table):
                xml.append(f'<row r="{r + 1}">')
                for c, v in enumerate(line):
                    ref = f"{chr(65 + c)}{r + 1}"
                    if isinstance(v, tuple):
                        xml.append(f'<c r="{ref}" t="str"><f>{esc(v[1])}</f><v>{esc(v[2])}</v></c>')
                    elif isinstance(v, (int, float)):
                        xml.append(f'<c r="{ref}"><v>{v}</v></c>')
                    else:
                        xml.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
                xml.append("</row>")
            xml.append("</sheetData></worksheet>")
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", "".join(xml))
    return buf.getvalue()


# --- baseline and layout -------------------------------------------------------------------------------------
put("valid 2568-1.csv", HEAD + "\n" + OK3, "loaded", 3, "", "-", "the baseline")
put("crlf 2568-1.csv", (HEAD + "\n" + OK3).replace("\n", "\r\n"), "loaded", 3, "", "-", "Windows line endings")
put("cr only 2568-1.csv", (HEAD + "\n" + OK3).replace("\n", "\r"), "loaded", 3, "", "-", "old Mac line endings")
put("mixed endings 2568-1.csv", HEAD + "\r\n1041010001,ป.1,10,11,21,1\n1041010002,ป.1,5,5,10,1\r1041010003,ป.2,1,2,3,1\r\n", "loaded", 3, "", "-", "")
put("no bom 2568-1.csv", (HEAD + "\n" + OK3).encode("utf-8"), "loaded", 3, "", "-", "UTF-8 without BOM")
put("tab 2568-1.txt", (HEAD + "\n" + OK3).replace(",", "\t"), "loaded", 3, "", "-", "tab-delimited .txt")
put("semicolon 2568-1.csv", (HEAD + "\n" + OK3).replace(",", ";"), "loaded", 3, "", "-", "semicolons")
put("trailing delimiters 2568-1.csv", "".join(l + ",\n" for l in (HEAD + "\n" + OK3).splitlines()), "loaded", 3, "", "-", "")
put("title rows 2568-1.csv", "รายงานจำนวนนักเรียน\nสพป.ทดสอบ\nข้อมูล ณ วันที่ 10 มิ.ย. 2568\n\n" + HEAD + "\n" + OK3, "loaded", 3, "", "-", "titles above the header")
put("header at row 25 2568-1.csv", "title\n" * 24 + HEAD + "\n" + OK3, "rejected", "-", "-", "no recognisable header", "header below row 20")
put("thai header 2568-1.csv", "รหัสโรงเรียน,ชั้น,ชาย,หญิง,รวม,จำนวนห้อง\n" + OK3, "loaded", 3, "", "-", "Thai aliases")
put("windows-874 2568-1.csv", ("รหัสโรงเรียน,ชั้น,ชาย,หญิง,รวม,จำนวนห้อง\n" + OK3).encode("cp874"), "loaded", 3, "", "-", "Thai Windows Excel's encoding")
put("bom then 874 2568-1.csv", BOM + ("รหัสโรงเรียน,ชั้น,ชาย,หญิง,รวม,จำนวนห้อง\n" + OK3).encode("cp874"), "loaded", 3, "", "-", "a UTF-8 BOM in front of Windows-874 text")
put("utf-16 2568-1.csv", (HEAD + "\n" + OK3).encode("utf-16"), "rejected", "-", "-", "-", "UTF-16 is not a supported encoding")
put("extra columns 2568-1.csv", "note," + HEAD + ",x\n" + "".join("n," + l + ",y\n" for l in OK3.splitlines()), "loaded", 3, "", "-", "unknown columns ignored")
put("swapped columns 2568-1.csv", "female,male,grade,school_code\n11,10,ป.1,1041010001\n5,5,ป.1,1041010002\n", "loaded", 2, "", "-", "column order is free")
put("quoted newline 2568-1.csv", HEAD + ",note\n1041010001,ป.1,10,11,21,1,\"two\nlines\"\n1041010002,ป.1,5,5,10,1,\"a \"\"q\"\"\"\n", "loaded", 2, "", "-", "")

# --- whole-file rejects -----------------------------------------------------------------------------------------
put("empty 2568-1.csv", b"", "rejected", "-", "-", "-", "zero bytes")
put("bom only 2568-1.csv", BOM, "rejected", "-", "-", "-", "")
put("blank lines 2568-1.csv", "\n\n\r\n   \n,,,\n\n", "rejected", "-", "-", "no recognisable header", "only blank lines")
put("header only 2568-1.csv", HEAD + "\n", "rejected", "-", "-", "no data rows", "")
put("missing female 2568-1.csv", "school_code,grade,male\n1041010001,ป.1,10\n", "rejected", "-", "-", "no recognisable header", "a required column is missing")
put("no cycle.csv", HEAD + "\n" + OK3, "rejected", "-", "-", "cycle", "no cycle in name or columns")
random.seed(2568)
put("binary 2568-1.csv", bytes(random.getrandbits(8) for _ in range(4096)), "rejected", "-", "-", "-", "random bytes")
put("nul bytes 2568-1.csv", b"\x00" * 2048, "rejected", "-", "-", "-", "")
put("png renamed 2568-1.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(random.getrandbits(8) for _ in range(512)), "rejected", "-", "-", "-", "not a zip")
put("empty 2568-1.xlsx", b"", "rejected", "-", "-", "-", "")
put("csv named xlsx 2568-1.xlsx", HEAD + "\n" + OK3, "rejected", "-", "-", "-", "")
def plain_zip():
    buf = io.BytesIO()
    with fixed(zipfile.ZipFile(buf, "w")) as z:
        z.writestr("hello.txt", "hi")
    return buf.getvalue()


put("zip not xlsx 2568-1.xlsx", plain_zip(), "rejected", "-", "-", "-", "")
put("xlsx named csv 2568-1.csv", xlsx([("Sheet1", [HEAD.split(","), ["1041010001", "ป.1", 10, 11, 21, 1]])]), "rejected", "-", "-", "-", "binary under a .csv name")
put("report 2568-1.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "rejected", "-", "-", "unsupported", "unsupported format")
put("truncated quote 2568-1.csv", HEAD + "\n1041010001,ป.1,10,11,21,1\n1041010002,\"ป.1,5,5,10", "loaded", 1, "-", "-", "an unterminated quote at the end: the first row loads, the rest is one broken field")
put("truncated utf8 2568-1.csv", BOM + (HEAD + "\n" + OK3 + "1041010001,ป").encode("utf-8")[:-1], "loaded", 3, "5:ENR-004", "-", "cut inside a Thai character: still UTF-8, the broken last row is refused")
put("truncated utf8 no bom 2568-1.csv", (HEAD + "\n" + OK3 + "1041010001,ป").encode("utf-8")[:-2], "loaded", 3, "5:ENR-004", "-", "")
full = (HEAD + "\n" + OK3).encode("utf-8")
put("truncated mid row 2568-1.csv", BOM + full[:len(full) - 9], "loaded", 2, "4:ENR-014", "-", "the last row lost its tail")

# --- row rejects --------------------------------------------------------------------------------------------------
put("negative counts 2568-1.csv", HEAD + "\n1041010001,ป.1,-10,11,1,1\n1041010002,ป.1,5,5,10,1\n", "loaded", 1, "2:ENR-005", "-", "")
put("huge numbers 2568-1.csv", HEAD + "\n1041010001,ป.1,1000000000000000000,1,1000000000000000001,1\n1041010002,ป.1,99999999999999999999,5,,1\n1041010003,ป.2,1,2,3,1\n", "loaded", 1, "2:ENR-005;2:ENR-005;3:ENR-005", "-", "10^18 and 10^20 are not head counts (male and total both refused on row 2)")
put("decimals 2568-1.csv", HEAD + "\n1041010001,ป.1,10.5,11,21.5,1\n1041010002,ป.1,1e3,5,,1\n1041010003,ป.2,1,2,3,1\n", "loaded", 1, "2:ENR-005;2:ENR-005;3:ENR-005", "-", "one reject per bad cell")
put("semicolon decimal comma 2568-1.csv", "school_code;grade;male;female;total;classrooms\n1041010001;ป.1;10,5;11;21,5;1\n1041010002;ป.1;5;5;10;1\n", "loaded", 1, "2:ENR-005;2:ENR-005", "-", "a decimal comma is not a head count (male and total)")
put("thousands 2568-1.csv", HEAD + "\n1041010001,ป.1,\"1,200\",\"1,300\",\"2,500\",60\n", "loaded", 1, "", "-", "1,234 is 1234")
put("thai digits 2568-1.csv", HEAD + "\n๑๐๔๑๐๑๐๐๐๑,ป.๑,๑๐,๑๑,๒๑,๑\n", "loaded", 1, "", "-", "")
put("dash missing 2568-1.csv", HEAD + "\n1041010001,ป.1,-,11,,1\n1041010002,ป.1,5,5,10,1\n", "loaded", 1, "2:ENR-014", "-", "- is missing, never zero")
put("total mismatch 2568-1.csv", HEAD + "\n1041010001,ป.1,10,11,22,1\n1041010002,ป.1,5,5,10,1\n", "loaded", 1, "2:ENR-003", "-", "")
put("duplicate grade 2568-1.csv", HEAD + "\n1041010001,ป.1,10,11,21,1\n1041010001,ป.1,5,5,10,1\n", "loaded", 1, "3:ENR-007", "-", "")
put("unknown school 2568-1.csv", HEAD + "\n1041019999,ป.1,10,11,21,1\n1041010002,ป.1,5,5,10,1\n", "loaded", 1, "2:ENR-002", "-", "")
put("bad code 2568-1.csv", HEAD + "\n10410100,ป.1,10,11,21,1\nabc,ป.1,1,1,2,1\n1041010002,ป.1,5,5,10,1\n", "loaded", 1, "2:ENR-002;3:ENR-001", "-", "8 digits is an SMIS code the registry lacks; letters are invalid")
put("dashed code 2568-1.csv", HEAD + "\n104-101-0001,ป.1,10,11,21,1\n\" 1041010002 \",ป.1,5,5,10,1\n", "loaded", 2, "", "-", "spaces and dashes are removed from codes")
put("zero width in codes 2568-1.csv", HEAD + "\n\u200b1041010001,ป.1,10,11,21,1\n\u200f1041010002\u200e,ป.1,5,5,10,1\n1041010003\ufeff,ป.2,1,2,3,1\n", "loaded", 3, "", "-", "zero-width space, RLM/LRM and a stray BOM in codes are invisible: removed")
put("bidi in grade 2568-1.csv", HEAD + "\n1041010001,\u200fป.1\u200b,10,11,21,1\n", "loaded", 1, "", "-", "")
put("unknown grade 2568-1.csv", HEAD + "\n1041010001,ป.9,10,11,21,1\n1041010002,Grade 1,5,5,10,1\n1041010003,ป.2,1,2,3,1\n", "loaded", 1, "2:ENR-004;3:ENR-004", "-", "")
put("csv injection 2568-1.csv", HEAD + "\n1041010001,=1+1,10,11,21,1\n1041010002,\"=cmd|'/c calc'!A1\",5,5,10,1\n1041010003,@SUM(A1),1,2,3,1\n", "loaded", 0, "-", "-", "formulas in a grade cell are unknown grades, never evaluated")
put("no classrooms 2568-1.csv", HEAD + "\n1041010001,ป.1,10,11,21,0\n", "loaded", 1, "2:ENR-006", "-", "a warning: the row still loads")
put("short and long rows 2568-1.csv", HEAD + "\n1041010001,ป.1,10\n1041010002,ป.1,5,5,10,1,extra,cells\n", "loaded", 1, "2:ENR-014", "-", "")
put("duplicate headers 2568-1.csv", "school_code,grade,male,female,male\n1041010001,ป.1,10,11,12\n", "loaded", 1, "-", "-", "which 'male' wins must be deterministic")
dates = HEAD + ",submitted_at\n"
put("impossible date 2568-1.csv", dates + "1041010001,ป.1,10,11,21,1,31/02/2568\n", "loaded", 1, "2:ENR-008", "-", "31 Feb: arrival time used")
put("years 2068 2568 1968 2568-1.csv", dates + "1041010001,ป.1,10,11,21,1,1/6/2568 10:00\n1041010002,ป.1,5,5,10,1,1/6/2068 10:00\n1041010003,ป.2,1,2,3,1,1/6/1968 10:00\n", "loaded", 3, "3:ENR-008;4:ENR-008", "-", "2068 and 1968 are CE by the BE rule but decades from 2568: unreadable, arrival time used")

# --- registry: names are text, formulas never evaluated -----------------------------------------------------------
REG = "school_code,school_name,district\n"
put("registry injection.csv", REG + "1041010004,=cmd|'/c calc'!A1,เพ็ญ\n1041010005,@SUM(1+1)*cmd|' /C calc'!A0,เพ็ญ\n1041010006,+1,เพ็ญ\n1041010007,-1,เพ็ญ\n1041010008,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",เพ็ญ\n",
    "loaded", 5, "", "-", "formula-looking names load as text")
put("registry bad rows.csv", REG + "104101000,ชื่อ,เพ็ญ\n1041010009,,เพ็ญ\n1041010010,บ้านใหม่,เพ็ญ\n1041010010,บ้านใหม่ซ้ำ,เพ็ญ\n", "loaded", 1, "2:SCH-001;3:SCH-002;5:SCH-007", "-", "")
put("registry header only.csv", REG, "rejected", "-", "-", "-", "")

# --- xlsx -------------------------------------------------------------------------------------------------------------
E = [["school_code", "grade", "male", "female"], ["1041010001", "ป.1", 10, 11], ["1041010002", "ป.1", 5, 5]]
put("valid 2568-1.xlsx", xlsx([("Sheet1", E)]), "loaded", 2, "", "-", "")
put("title only 2568-1.xlsx", xlsx([("Sheet1", [["รายงานจำนวนนักเรียน ปีการศึกษา 2568"]])]), "rejected", "-", "-", "no recognisable header", "a title and nothing else")
put("no sheets rows 2568-1.xlsx", xlsx([("Sheet1", [])]), "rejected", "-", "-", "no recognisable header", "")
put("two kinds 2568-1.xlsx", xlsx([("ทะเบียน", [["school_code", "school_name", "district"], ["1041010011", "บ้านสอง", "เพ็ญ"]]), ("นักเรียน", E)]), "loaded", 3, "", "-", "a registry sheet and an enrolment sheet")
put("notes sheet 2568-1.xlsx", xlsx([("หมายเหตุ", [["อ่านก่อน"], ["ข้อมูลอยู่แผ่นถัดไป"]]), ("data", E)]), "loaded", 2, "", "-", "sheets without a header are ignored")
put("formula cells 2568-1.xlsx", xlsx([("Sheet1", [["school_code", "grade", "male", "female", "total"], ["1041010001", "ป.1", 10, 11, ("f", "C2+D2", "21")]])]), "loaded", 1, "", "-", "cached formula values are read")
put("injection names.xlsx", xlsx([("Sheet1", [["school_code", "school_name", "district"], ["1041010012", "=cmd|'/c calc'!A1", "เพ็ญ"], ["1041010013", "@SUM(A1)", "เพ็ญ"]])]), "loaded", 2, "", "-", "")

with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("file\toutcome\trows\trejects\tfragment\tnote\n")
    f.write("\n".join(rows) + "\n")
print(f"{len(rows)} files in {OUT}")
