using Dapper;
using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Equipment;

/// <summary>
/// Kind <c>equipment</c>: ICT and DLTV equipment surveys as a periodic snapshot. Every survey is kept; the latest per
/// school and type is the current state (v_equipment). A resent survey (same school, type and date) replaces the earlier one.
/// </summary>
public sealed class EquipmentLoader : IKindLoader
{
    private static readonly string[] FactColumns = ["school_code", "survey_date", "equipment_type_key", "quantity", "working", "broken", "file_id"];

    public KindSchema Schema => EquipmentKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var seen = new HashSet<(string, DateOnly, int)>();

        object?[]? Read(FieldReader f)
        {
            var school = f.School("school_code", registry, Rules.EquipmentSchoolInvalid, Rules.EquipmentSchoolUnknown);
            var date = f.Date("survey_date", Rules.SurveyDateUnreadable, required: true);
            var type = EquipmentTypes.KeyOf(f.Text("equipment_type"));
            if (type is null) f.Fail(Rules.EquipmentTypeUnknown, "equipment_type");
            var quantity = f.Integer("quantity", Rules.EquipmentCountInvalid, required: true);
            var working = f.Integer("working", Rules.EquipmentCountInvalid, required: false);
            var broken = f.Integer("broken", Rules.EquipmentCountInvalid, required: false);
            if (f.Failed || school is null || date is null || type is null || quantity is null) return null;
            if ((working ?? 0) + (broken ?? 0) > quantity)
            {
                f.Fail(Rules.EquipmentOverCount, "working", $"{working ?? 0} + {broken ?? 0} > {quantity}");
                return null;
            }
            if (!seen.Add((school, date.Value, type.Value)))
            {
                f.Fail(Rules.EquipmentDuplicate, "equipment_type");
                return null;
            }
            return [school, date.Value, type.Value, quantity, working, broken, context.FileId];
        }

        void Write(IReadOnlyList<object?[]> batch)
        {
            context.Connection.Execute(
                "DELETE FROM fact_equipment_snapshot WHERE school_code = @s AND equipment_type_key = @t AND survey_date = @d",
                batch.Select(r => new { s = r[0], t = r[2], d = Dlict.Warehouse.Iso.Date((DateOnly)r[1]!) }), context.Transaction);
            context.Warehouse.BulkInsert(context.Transaction, "fact_equipment_snapshot", FactColumns, batch);
        }

        return RowLoop.Run(context, header, rows, sheet, Read, Write);
    }
}
