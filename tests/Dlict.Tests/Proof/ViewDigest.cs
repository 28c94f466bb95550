using System.Security.Cryptography;
using System.Text;
using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Proof;

/// <summary>
/// A content hash of every reporting view, rows ordered by all columns. Run bookkeeping (run and file ids,
/// load times, the run log views) differs between a crashed-then-rerun load and a clean one by design, so it is left out.
/// </summary>
public static class ViewDigest
{
    private static readonly HashSet<string> BookkeepingViews = ["v_etl_runs", "v_job_runs"];
    private static readonly HashSet<string> BookkeepingColumns = ["run_id", "file_id", "loaded_at", "started_at", "finished_at"];

    public static SortedDictionary<string, string> Of(string warehouseFile)
    {
        using var connection = SqliteWarehouse.ForFile(warehouseFile).OpenReadOnly();
        var views = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'v!_%' ESCAPE '!' ORDER BY name")
            .Where(v => !BookkeepingViews.Contains(v));
        var digest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{view}')").Where(c => !BookkeepingColumns.Contains(c)).ToList();
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {list} FROM {view} ORDER BY {list}";
            using var reader = command.ExecuteReader();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                    sha.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001f"));
                sha.AppendData("\u001e"u8);
            }
            digest[view] = $"{rows} rows {Convert.ToHexString(sha.GetHashAndReset())[..16]}";
        }
        return digest;
    }
}
