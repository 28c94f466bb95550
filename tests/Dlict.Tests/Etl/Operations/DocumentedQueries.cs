namespace Dlict.Tests.Etl.Operations;

/// <summary>The example queries of docs/operations-data.md, verbatim: the tests run them so the documentation stays true.</summary>
public static class DocumentedQueries
{
    /// <summary>Which DLTV schools lack a working receiver (latest survey).</summary>
    public const string DltvSchoolsWithoutReceiver =
        "SELECT school_code, school_name, district FROM v_dltv_readiness WHERE has_receiver = 0 ORDER BY school_code";

    /// <summary>Staff trained per school in fiscal year @fy: course attendances (a person on two courses counts twice).</summary>
    public const string StaffTrainedPerSchool =
        "SELECT school_code, SUM(attended) AS attendances FROM v_training WHERE fiscal_year = @fy AND school_code IS NOT NULL GROUP BY school_code ORDER BY school_code";

    /// <summary>Loans overdue today (Asia/Bangkok).</summary>
    public const string OverdueLoansToday =
        "SELECT loan_no, item, borrower_group, due_date FROM v_loans WHERE status = 'overdue' ORDER BY due_date, loan_no";

    /// <summary>Median days to complete a service request (both dialects: no MEDIAN function needed).</summary>
    public const string MedianTurnaroundDays =
        """
        WITH done AS (
            SELECT turnaround_days, ROW_NUMBER() OVER (ORDER BY turnaround_days) AS n, COUNT(*) OVER () AS total
            FROM v_service_requests WHERE turnaround_days IS NOT NULL
        )
        SELECT AVG(turnaround_days * 1.0) AS median_days FROM done WHERE n IN ((total + 1) / 2, (total + 2) / 2)
        """;
}
