using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

/// <summary>Whether a view exists, asked the same way in every dialect: select nothing from it.</summary>
public static class ViewProbe
{
    public static bool Exists(DbConnection connection, string view)
    {
        try
        {
            connection.Execute($"SELECT * FROM {view} WHERE 1 = 0");
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
