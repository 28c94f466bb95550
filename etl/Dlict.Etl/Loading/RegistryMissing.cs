using System.Data.Common;
using Dapper;

namespace Dlict.Etl.Loading;

/// <summary>
/// Every row of a file rejected because its school is unknown: the file is rejected whole (exit 1, not recorded as
/// loaded, so it loads once the registry is there), saying plainly whether the registry is missing or lacks these schools.
/// </summary>
public static class RegistryMissing
{
    public static FileRejectedException For(DbTransaction tx, string fileName)
    {
        var schools = tx.Connection!.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_school", transaction: tx);
        return schools == 0
            ? new FileRejectedException(
                $"ยังไม่ได้นำเข้าทะเบียนโรงเรียน: ทุกแถวของ {fileName} จึงไม่รู้ว่าเป็นโรงเรียนใด — นำเข้าทะเบียนโรงเรียนก่อน (dlict ingest --kind schools ทะเบียนโรงเรียน.xlsx) แล้วนำเข้าไฟล์นี้อีกครั้ง",
                $"no school registry is loaded, so no row of {fileName} has a known school: load the registry first (dlict ingest --kind schools registry.xlsx), then this file again")
            : new FileRejectedException(
                $"ไม่มีโรงเรียนใดใน {fileName} อยู่ในทะเบียนโรงเรียน ({schools} โรง) — ตรวจรหัสโรงเรียน หรือนำเข้าทะเบียนที่ถูกต้องก่อน แล้วนำเข้าไฟล์นี้อีกครั้ง",
                $"none of the schools in {fileName} is in the registry ({schools} schools): check the school codes or load the right registry, then this file again");
    }
}
