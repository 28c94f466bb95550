namespace Dlict.Etl.Sources;

/// <summary>The whole-file rejections a reader raises, in Thai then English, naming the file (by its display name).</summary>
internal static class SourceFileProblem
{
    public static FileRejectedException Unsupported(string name) => new(
        $"ไม่รองรับรูปแบบไฟล์นี้: {Name(name)} (ใช้ได้เฉพาะ .csv, .txt หรือ .xlsx)",
        $"unsupported format: {Name(name)}: use .csv, .txt or .xlsx");

    public static FileRejectedException Empty(string name) => new(
        $"ไฟล์ว่าง ไม่มีข้อมูล: {Name(name)}",
        $"the file is empty (no rows): {Name(name)}");

    public static FileRejectedException LineTooLong(string name, long line) => new(
        $"บรรทัดที่ {line} ของไฟล์ {Name(name)} ยาวเกิน 1 MB: ไม่ใช่ไฟล์ตารางข้อมูลที่อ่านได้",
        $"line {line} of {Name(name)} is longer than 1 MB: not a readable table");

    public static FileRejectedException Binary(string name) => new(
        $"ไฟล์ {Name(name)} ไม่ใช่ไฟล์ข้อความ (มีข้อมูลไบนารี): การเข้ารหัสไม่ใช่ UTF-8, UTF-16 หรือ Windows-874 (TIS-620) — บันทึกใหม่เป็น CSV UTF-8",
        $"{Name(name)} is not text (binary bytes): its encoding is not UTF-8, UTF-16 or Windows-874 (TIS-620); save it again as CSV UTF-8");

    public static FileRejectedException MixedEncoding(string name) => new(
        $"ไฟล์ {Name(name)} ใช้การเข้ารหัสปนกัน (บางส่วน UTF-8 บางส่วน Windows-874/TIS-620) อ่านภาษาไทยให้ถูกไม่ได้ — บันทึกใหม่ทั้งไฟล์เป็น CSV UTF-8",
        $"{Name(name)} mixes encodings (part UTF-8, part Windows-874/TIS-620), so its Thai text cannot be read right; save the whole file again as CSV UTF-8");

    public static FileRejectedException TooManyColumns(string name, int row, int columns) => new(
        $"แถวที่ {row} ของไฟล์ {Name(name)} มี {columns} คอลัมน์ เกิน 20,000 คอลัมน์",
        $"row {row} of {Name(name)} has {columns} columns, more than 20,000");

    public static FileRejectedException UnreadableText(string name, Exception inner) => new(
        $"อ่านไฟล์ข้อความไม่ได้: {Name(name)} ({inner.Message})",
        $"cannot read the text file {Name(name)}: {inner.Message}",
        inner);

    public static FileRejectedException UnreadableExcel(string name, Exception? inner = null) => new(
        $"อ่านไฟล์ Excel ไม่ได้: {Name(name)} (ไฟล์เสียหรือไม่ใช่ไฟล์ .xlsx)",
        $"cannot read the Excel file {Name(name)} (corrupt or not an .xlsx workbook)",
        inner);

    public static FileRejectedException ExcelTooLarge(string name) => new(
        $"ไฟล์ Excel {Name(name)} มีข้อมูลเมื่อขยายแล้วใหญ่เกินไป (เกิน 200 MB หรืออัตราการบีบอัดผิดปกติ)",
        $"the Excel file {Name(name)} expands to too much data (over 200 MB or an absurd compression ratio)");

    private static string Name(string name) => Path.GetFileName(name);
}
