using System.Data;
using Dapper;

namespace Dlict.Warehouse;

/// <summary>
/// Lets queries read dates the same way from both engines: SQLite hands back ISO text, SQL Server a DateTime.
/// Called by every provider's constructor; registering twice is harmless.
/// </summary>
public static class DapperTypes
{
    public static void Register()
    {
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.RemoveTypeMap(typeof(DateTime));
        SqlMapper.AddTypeHandler(new DateTimeHandler());
    }

    private sealed class DateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override DateTime Parse(object value) => value is DateTime t ? t : Iso.ParseDateTime(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);

        public override void SetValue(IDbDataParameter parameter, DateTime value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = Iso.DateTime(value);
        }
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override DateOnly Parse(object value) => value switch
        {
            DateTime t => DateOnly.FromDateTime(t),
            DateOnly d => d,
            _ => Iso.ParseDate(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        };

        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = Iso.Date(value);
        }
    }
}
