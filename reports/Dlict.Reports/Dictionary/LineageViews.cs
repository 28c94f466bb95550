using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class LineageViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_rejects", "แถวข้อมูลที่ถูกปฏิเสธ", "rejected row (or whole file)", true,
            "SELECT source_file, row_number, column_name, [rule], message FROM v_rejects\nWHERE run_id = (SELECT MAX(run_id) FROM v_etl_runs) ORDER BY source_file, row_number;",
        [
            C("run_id", "รหัสการนำเข้า", "The ETL run that rejected the row (v_etl_runs.run_id)."),
            C("source_file", "ไฟล์ต้นทาง", "File name as received in the inbox."),
            C("sheet", "ชีต", "Worksheet name for XLSX input; null for CSV/text."),
            C("row_number", "แถวที่", "Row number as the user sees it in Excel or a text editor; null when the whole file was rejected."),
            C("column_name", "คอลัมน์", "Canonical name of the column with the offending value; null when the problem is not one column."),
            C("rule", "กฎตรวจสอบ", "Stable code of the validation rule that failed (see the rule catalogue)."),
            C("value", "ค่าที่พบ", "The offending value as text; null when there is none."),
            C("message", "ข้อความ", "Message in Thai for the school's data officer."),
            C("message_en", "ข้อความ (อังกฤษ)", "The same message in English."),
            C("severity", "ระดับ", "error (the row was not loaded) or warning (loaded anyway)."),
            C("school_code", "รหัสโรงเรียน", "School the row belongs to, when it could be read; else null."),
            C("cycle", "รอบข้อมูล", "Cycle the row belongs to (e.g. 2568/1), when known; else null."),
            C("file_id", "รหัสไฟล์", "The etl_file the row came from; null when the file itself was not recorded."),
        ]),
        new("v_etl_runs", "ประวัติการนำเข้าข้อมูล", "ETL run", true,
            "SELECT run_id, started_at, status, files_loaded, rows_loaded, rows_rejected FROM v_etl_runs ORDER BY run_id DESC;",
        [
            C("run_id", "รหัสการนำเข้า", "Run id, increasing with each run."),
            C("started_at", "เริ่ม", "Start time (yyyy-MM-dd HH:mm:ss, Asia/Bangkok)."),
            C("finished_at", "เสร็จ", "End time (Asia/Bangkok); null while running."),
            C("status", "สถานะ", "running, succeeded or failed."),
            C("files_seen", "ไฟล์ที่พบ", "Files found in the inbox."),
            C("files_loaded", "ไฟล์ที่นำเข้า", "Files loaded."),
            C("files_skipped", "ไฟล์ที่ข้าม", "Files skipped because identical content (same SHA-256) was loaded before."),
            C("files_rejected", "ไฟล์ที่ปฏิเสธ", "Files rejected as a whole."),
            C("rows_loaded", "แถวที่นำเข้า", "Rows loaded, all files."),
            C("rows_rejected", "แถวที่ปฏิเสธ", "Rows rejected, all files."),
        ]),
        new("v_job_runs", "ประวัติงานตามกำหนดเวลา", "scheduled job run or delivery (dlict serve)", true,
            "SELECT job, step, outcome, COUNT(*) AS runs, MAX(started_at) AS last_started_at\nFROM v_job_runs GROUP BY job, step, outcome ORDER BY job, step, outcome;",
        [
            C("job_run_id", "รหัสการทำงาน", "Row id, increasing."),
            C("job", "งาน", "Scheduled job: ingest, reminders or report."),
            C("step", "ขั้นตอน", "run (the job itself), email or folder (a delivery the job made)."),
            C("started_at", "เริ่ม", "Start time (yyyy-MM-dd HH:mm:ss, Asia/Bangkok)."),
            C("finished_at", "เสร็จ", "End time (Asia/Bangkok); null while running."),
            C("outcome", "ผลลัพธ์", "running, succeeded, skipped or failed."),
            C("recipients", "ผู้รับ", "E-mail addresses of a delivery, separated by '; '; null for runs and folder copies."),
            C("file_path", "ไฟล์", "Path of the file delivered or produced; null when none."),
            C("message", "ข้อความ", "Error or note about the outcome; null when none."),
            C("attempt", "ครั้งที่พยายาม", "Tries a delivery took (1 for a run or a first-try success)."),
        ]),
        new("v_source_fetches", "ประวัติการดึงข้อมูลจากแหล่งข้อมูล", "fetch of one pulled source (dlict pull)", true,
            "SELECT source, outcome, COUNT(*) AS fetches, MAX(started_at) AS last_started_at\nFROM v_source_fetches GROUP BY source, outcome ORDER BY source, outcome;",
        [
            C("fetch_id", "รหัสการดึง", "Row id, increasing."),
            C("source", "แหล่งข้อมูล", "The source's name in dlict.json sources (also its folder under the inbox)."),
            C("source_type", "ชนิดแหล่ง", "http, imap or folder."),
            C("location", "ที่อยู่", "Where it was fetched from, safe to show: a URL with its query string masked, the mailbox, the folder."),
            C("started_at", "เริ่ม", "Start time (yyyy-MM-dd HH:mm:ss, Asia/Bangkok)."),
            C("finished_at", "เสร็จ", "End time (Asia/Bangkok)."),
            C("outcome", "ผลลัพธ์", "new (files brought), not-modified or failed."),
            C("http_status", "รหัส HTTP", "HTTP status of the answer (200, 304, 404…); null for other sources or no answer."),
            C("message_count", "จำนวนอีเมล", "IMAP: unseen messages read; null for other sources."),
            C("bytes", "ไบต์", "Bytes of the files brought."),
            C("file_names", "ไฟล์", "Names of the files put into the inbox, separated by '; '; null when none."),
            C("message", "ข้อความ", "Why it failed, or a note (files still being written, refused messages); null when none."),
        ]),
    ];
}
