using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;

namespace Dlict.Etl.Kinds.ServiceRequests;

/// <summary>The keys of dim_service_type, one lookup per file.</summary>
public sealed class ServiceTypeKeys(LoadContext context)
{
    public LookupKeys Keys { get; } = new(context, "dim_service_type", "service_type_key", "service_type");

    public static LookupKeys For(LoadContext context) => context.Shared(() => new ServiceTypeKeys(context)).Keys;
}
