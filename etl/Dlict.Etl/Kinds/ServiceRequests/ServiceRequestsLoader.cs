using Dapper;
using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.ServiceRequests;

/// <summary>
/// Kind <c>service_requests</c>: the DLICT service-request form as an accumulating snapshot (requested → decided →
/// completed). A later row or file with the same request number updates it. Requester names are never read.
/// </summary>
public sealed class ServiceRequestsLoader : IKindLoader
{
    public KindSchema Schema => ServiceRequestsKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var serviceTypes = ServiceTypeKeys.For(context);

        RequestRecord? Read(FieldReader f)
        {
            var no = f.RequiredText("request_no", Rules.RequestNoMissing);
            var requested = f.DateTime("requested_at", Rules.RequestedAtUnreadable, required: true);
            var group = f.RequiredText("requester_group", Rules.RequesterMissing);
            var type = f.RequiredText("service_type", Rules.ServiceTypeMissing);
            if (!Decision.TryParse(f.Raw("decision"), out var decision)) f.Fail(Rules.DecisionUnknown, "decision");
            var decided = f.DateTime("decided_at", Rules.ServiceDateUnreadable, required: false);
            var completed = f.DateTime("completed_at", Rules.ServiceDateUnreadable, required: false);
            if (f.Failed || no is null || requested is null || group is null || type is null) return null;
            if (completed is { } done && IsBefore(done, requested.Value))
            {
                f.Fail(Rules.CompletedBeforeRequested, "completed_at", $"{Iso.DateTime(done)} < {Iso.DateTime(requested.Value)}");
                return null;
            }
            return new RequestRecord(no, Iso.DateTime(requested.Value), f.Text("requester_position"), group, type, decision,
                decided is { } d ? Iso.DateTime(d) : null, f.Text("performed_by_group"), completed is { } c ? Iso.DateTime(c) : null, context.FileId);
        }

        void Write(IReadOnlyList<RequestRecord> batch)
        {
            foreach (var r in batch)
            {
                var args = new DynamicParameters(r);
                args.Add("TypeKey", serviceTypes.KeyOf(r.ServiceType));
                var updated = context.Connection.Execute(
                    """
                    UPDATE fact_service_request SET requested_at = @RequestedAt, requester_position = @Position, requester_group = @Group,
                           service_type_key = @TypeKey, decision = @Decision, decided_at = @DecidedAt, performed_by_group = @PerformedBy,
                           completed_at = @CompletedAt, file_id = @FileId
                    WHERE request_no = @RequestNo
                    """, args, context.Transaction);
                if (updated == 0)
                    context.Connection.Execute(
                        """
                        INSERT INTO fact_service_request (request_no, requested_at, requester_position, requester_group, service_type_key,
                                                          decision, decided_at, performed_by_group, completed_at, file_id)
                        VALUES (@RequestNo, @RequestedAt, @Position, @Group, @TypeKey, @Decision, @DecidedAt, @PerformedBy, @CompletedAt, @FileId)
                        """, args, context.Transaction);
            }
        }

        return RowLoop.Run(context, header, rows, sheet, Read, Write);
    }

    /// <summary>A completion given as a date alone (midnight) only counts as early when its day is before the request's day.</summary>
    private static bool IsBefore(DateTime completed, DateTime requested) =>
        completed.TimeOfDay == TimeSpan.Zero ? completed.Date < requested.Date : completed < requested;

    private sealed record RequestRecord(string RequestNo, string RequestedAt, string? Position, string Group, string ServiceType, string? Decision,
        string? DecidedAt, string? PerformedBy, string? CompletedAt, long FileId);
}
