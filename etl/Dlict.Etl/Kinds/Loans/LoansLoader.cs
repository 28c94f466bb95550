using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Loans;

/// <summary>
/// Kind <c>loans</c>: the equipment and media loan register as an accumulating snapshot (loan → due → returned).
/// A later row or file with the same loan number updates the loan. Borrower names are never read.
/// </summary>
public sealed class LoansLoader : IKindLoader
{
    public KindSchema Schema => LoansKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        object?[]? Read(FieldReader f)
        {
            var no = f.RequiredText("loan_no", Rules.LoanNoMissing);
            var item = f.RequiredText("item", Rules.LoanItemMissing);
            var group = f.RequiredText("borrower_group", Rules.BorrowerMissing);
            var lent = f.Date("loan_date", Rules.LoanDateUnreadable, required: true);
            var due = f.Date("due_date", Rules.LoanDueReturnUnreadable, required: false);
            var returned = f.Date("returned_date", Rules.LoanDueReturnUnreadable, required: false);
            if (f.Failed || no is null || item is null || group is null || lent is null) return null;
            if (returned < lent)
            {
                f.Fail(Rules.ReturnedBeforeLoan, "returned_date", $"{Iso.Date(returned.Value)} < {Iso.Date(lent.Value)}");
                return null;
            }
            int? type = null;
            if (f.Text("equipment_type") is { } typeText && (type = EquipmentTypes.KeyOf(typeText)) is null)
                f.Fail(Rules.LoanTypeUnknown, "equipment_type");
            return [no, item, type, group, Iso.Date(lent.Value), Iso.Date(due), Iso.Date(returned), context.FileId];
        }

        return RowLoop.Run(context, header, rows, sheet, Read, batch => LoanRegister.Write(context, batch));
    }
}
