using Dapper;
using Dlict.Etl.Loading;

namespace Dlict.Etl.Kinds.Loans;

/// <summary>
/// Writes one batch of loans set-based: the last row of a loan number in the batch wins (as a row-by-row update
/// would leave it), loans already in fact_loan are updated by <see cref="ValuesUpdate"/>, new ones go in by one
/// <see cref="Dlict.Warehouse.IWarehouse.BulkInsert"/>. A few statements per batch instead of one or two per loan.
/// </summary>
public static class LoanRegister
{
    private const int KeysPerLookup = 1000;

    private static readonly string[] ValueColumns = ["item", "equipment_type_key", "borrower_group", "loan_date", "due_date", "returned_date", "file_id"];
    private static readonly string[] InsertColumns = ["loan_no", .. ValueColumns];

    /// <summary>Each row is the loan number, then <see cref="ValueColumns"/>.</summary>
    public static void Write(LoadContext context, IReadOnlyList<object?[]> batch)
    {
        var last = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var row in batch) last[(string)row[0]!] = row;
        var existing = Existing(context, last.Keys.ToList());
        var updates = last.Values.Where(r => existing.Contains((string)r[0]!)).ToList();
        var inserts = last.Values.Where(r => !existing.Contains((string)r[0]!)).ToList();
        ValuesUpdate.Execute(context.Transaction, "fact_loan", "loan_no", ValueColumns, updates);
        context.Warehouse.BulkInsert(context.Transaction, "fact_loan", InsertColumns, inserts);
    }

    private static HashSet<string> Existing(LoadContext context, IReadOnlyList<string> numbers)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(KeysPerLookup))
            found.UnionWith(context.Connection.Query<string>("SELECT loan_no FROM fact_loan WHERE loan_no IN @chunk", new { chunk }, context.Transaction));
        return found;
    }
}
