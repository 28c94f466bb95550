using Dapper;
using Dlict.Etl.Loading;

namespace Dlict.Etl.Kinds.Operations;

/// <summary>
/// Keys of a small lookup dimension with an identity key and one unique text column (dim_person; a kind may have its own):
/// the existing key, or a new row inserted inside the file's transaction. Cached per file.
/// </summary>
public sealed class LookupKeys(LoadContext context, string table, string keyColumn, string valueColumn)
{
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);

    public static LookupKeys Persons(LoadContext context) => context.Shared(() => new PersonKeys(context)).Keys;

    public long KeyOf(string value)
    {
        if (_keys.TryGetValue(value, out var key)) return key;
        key = context.Connection.ExecuteScalar<long?>($"SELECT {keyColumn} FROM {table} WHERE {valueColumn} = @value", new { value }, context.Transaction)
              ?? context.Connection.ExecuteScalar<long>(
                  context.Warehouse.Dialect.InsertReturningId(table, keyColumn, valueColumn, "@value"), new { value }, context.Transaction);
        _keys[value] = key;
        return key;
    }

    private sealed class PersonKeys(LoadContext context)
    {
        public LookupKeys Keys { get; } = new(context, "dim_person", "person_key", "person_hash");
    }
}
