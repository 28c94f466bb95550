namespace Dlict.Etl.Kinds;

/// <summary>Headers that mean the same column in every kind that has it.</summary>
public static class SharedColumns
{
    public static readonly string[] SchoolCodeAliases =
        ["รหัสโรงเรียน", "รหัส obec", "รหัสกระทรวง", "รหัสสถานศึกษา", "school id", "รหัสโรงเรียน 10 หลัก"];
}
