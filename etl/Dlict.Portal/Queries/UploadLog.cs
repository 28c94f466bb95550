using System.Data.Common;
using Dapper;

namespace Dlict.Portal.Queries;

/// <summary>portal_upload: every upload and check a school's link received (time, school, address, kind, outcome).</summary>
public static class UploadLog
{
    public sealed record Entry(DateTime ReceivedAt, string SchoolCode, string? Address, string Mode, string? Kind, string? Cycle, string Outcome,
        long RowsLoaded, long RowsRejected, long SizeBytes, string? FileName, string? StoredAs, long ElapsedMs, string? Message);

    public static void Record(DbConnection c, Entry e) =>
        c.Execute(
            """
            INSERT INTO portal_upload (received_at, school_code, address, mode, kind, cycle, outcome, rows_loaded, rows_rejected, size_bytes,
                                       file_name, stored_as, elapsed_ms, message)
            VALUES (@ReceivedAt, @SchoolCode, @Address, @Mode, @Kind, @Cycle, @Outcome, @RowsLoaded, @RowsRejected, @SizeBytes,
                    @FileName, @StoredAs, @ElapsedMs, @Message)
            """, e);

    public sealed record Row
    {
        public object? received_at { get; init; }
        public string school_code { get; init; } = "";
        public string? school_name { get; init; }
        public string? address { get; init; }
        public string mode { get; init; } = "";
        public string? kind { get; init; }
        public string? cycle { get; init; }
        public string outcome { get; init; } = "";
        public long rows_loaded { get; init; }
        public long rows_rejected { get; init; }
        public string? file_name { get; init; }
    }

    private const string Select =
        """
        SELECT u.received_at, u.school_code, s.school_name, u.address, u.mode, u.kind, u.cycle, u.outcome, u.rows_loaded, u.rows_rejected, u.file_name
        FROM portal_upload u LEFT JOIN dim_school s ON s.school_code = u.school_code AND s.is_current = 1
        """;

    /// <summary>The newest uploads of every school (dashboard) or of one school (its page), newest first.</summary>
    public static List<Row> Recent(DbConnection c, int limit, string? schoolCode = null) =>
        c.Query<Row>(Select + (schoolCode is null ? "" : " WHERE u.school_code = @schoolCode") + " ORDER BY u.upload_id DESC", new { schoolCode }, buffered: false)
            .Take(limit).ToList();
}
