using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class LineageViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_rejects", "แถวข้อมูลที่ถูกปฏิเสธ", "rejected row (or file)", true,
            "SELECT source_file, row_number, column_name, message FROM v_rejects WHERE run_id = (SELECT MAX(run_id) FROM v_etl_runs);",
        [
            C("run_id", "รหัสการนำเข้า", "The ETL run that rejected the row."),
            C("source_file", "ไฟล์ต้นทาง", "File name as received."),
            C("sheet", "ชีต", "Worksheet name for XLSX input; null for CSV."),
            C("row_number", "แถวที่", "Row number as the user sees it in Excel or a text editor."),
            C("column_name", "คอลัมน์", "Column of the offending value."),
            C("rule", "กฎตรวจสอบ", "Validation rule that failed."),
            C("value", "ค่าที่พบ", "The offending value as text."),
            C("message", "ข้อความ", "Thai message for the data officer."),
            C("message_en", "ข้อความ (อังกฤษ)", "English message."),
            C("severity", "ระดับ", "error (row not loaded) or warning (loaded)."),
            C("school_code", "รหัสโรงเรียน", "School the row belongs to, when known."),
            C("cycle", "รอบข้อมูล", "Cycle the row belongs to, when known."),
            C("file_id", "รหัสไฟล์", "The etl_file the row came from."),
        ]),
        new("v_etl_runs", "ประวัติการนำเข้าข้อมูล", "ETL run", true,
            "SELECT run_id, started_at, status, files_loaded, rows_loaded, rows_rejected FROM v_etl_runs ORDER BY run_id DESC;",
        [
            C("run_id", "รหัสการนำเข้า", "Run id, increasing."),
            C("started_at", "เริ่ม", "Start time (Asia/Bangkok)."),
            C("finished_at", "เสร็จ", "End time; null while running."),
            C("status", "สถานะ", "running, succeeded or failed."),
            C("files_seen", "ไฟล์ที่พบ", "Files found in the inbox."),
            C("files_loaded", "ไฟล์ที่นำเข้า", "Files loaded."),
            C("files_skipped", "ไฟล์ที่ข้าม", "Files skipped (already loaded)."),
            C("files_rejected", "ไฟล์ที่ปฏิเสธ", "Files rejected as a whole."),
            C("rows_loaded", "แถวที่นำเข้า", "Rows loaded."),
            C("rows_rejected", "แถวที่ปฏิเสธ", "Rows rejected."),
        ]),
    ];
}
