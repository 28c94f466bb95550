using Dlict.Etl.Loading;
using Dlict.Etl.Values;
using Dlict.Warehouse;

namespace Dlict.Cli.Verbs;

/// <summary><c>ingest --school CODE</c>: a 10-digit or 8-digit SMIS code of a school in the registry, else exit 2.</summary>
public static class SchoolHint
{
    public static string? Parse(string? raw)
    {
        if (raw is null) return null;
        if (SchoolCode.TryNormalize(raw, out var code) && code is not null) return code;
        throw new UsageException(
            $"--school '{raw}' ไม่ใช่รหัสโรงเรียน (ตัวเลข 10 หลัก หรือรหัส SMIS 8 หลัก) / --school '{raw}' is not a school code (10 digits, or an 8-digit SMIS code)");
    }

    /// <summary>The registry's 10-digit code for the given code; unknown: exit 2 before anything is read.</summary>
    public static string? Resolve(IWarehouse warehouse, string? code)
    {
        if (code is null) return null;
        using var connection = warehouse.Open();
        var registry = SchoolRegistry.Load(connection);
        return registry.Resolve(code) ?? throw new UsageException(registry.Count == 0
            ? $"--school {code}: ยังไม่ได้นำเข้าทะเบียนโรงเรียน — นำเข้าทะเบียนก่อน (dlict ingest --kind schools ทะเบียน.xlsx) / no school registry is loaded yet: load it first (dlict ingest --kind schools registry.xlsx)"
            : $"--school {code}: ไม่มีโรงเรียนรหัสนี้ในทะเบียนโรงเรียน ({registry.Count} โรง) ตรวจรหัสอีกครั้ง / no school with this code in the registry ({registry.Count} schools): check the code");
    }
}
