using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Operations;

/// <summary>The seeded dim_equipment_type (key, code, Thai label) and the spellings that mean each type.</summary>
public static class EquipmentTypes
{
    public static readonly IReadOnlyList<(int Key, string Code, string Thai)> All =
    [
        (1, "dish", "จานดาวเทียม"), (2, "receiver", "เครื่องรับสัญญาณ"), (3, "tv", "โทรทัศน์"),
        (4, "computer", "คอมพิวเตอร์"), (5, "notebook", "โน้ตบุ๊ก"), (6, "tablet", "แท็บเล็ต"),
        (7, "projector", "โปรเจคเตอร์"), (8, "router", "เราเตอร์"), (9, "other", "อื่นๆ"),
    ];

    private static readonly Dictionary<string, int> KeyBySpelling = Build();

    /// <summary>The type key for <c>dish</c>, <c>จานดาวเทียม</c>, <c>TV</c>, <c>โน๊ตบุ๊ค</c>, …; null when not understood.</summary>
    public static int? KeyOf(string? text) => KeyBySpelling.TryGetValue(Spelling(text), out var key) ? key : null;

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, code, thai) in All)
        {
            map[Spelling(code)] = key;
            map[Spelling(thai)] = key;
        }
        (string, int)[] extra =
        [
            ("จาน", 1), ("จานรับสัญญาณ", 1), ("จานรับสัญญาณดาวเทียม", 1), ("satellite dish", 1),
            ("กล่องรับสัญญาณ", 2), ("เครื่องรับสัญญาณดาวเทียม", 2), ("set top box", 2), ("ทีวี", 3), ("television", 3),
            ("pc", 4), ("เครื่องคอมพิวเตอร์", 4), ("โน๊ตบุ๊ค", 5), ("โน้ตบุ๊ค", 5), ("โน๊ตบุ๊ก", 5), ("laptop", 5),
            ("แท็บเล็ท", 6), ("แทบเล็ต", 6), ("โปรเจ็กเตอร์", 7), ("โปรเจกเตอร์", 7), ("เครื่องฉาย", 7),
            ("wifi router", 8), ("อื่น", 9), ("อื่น ๆ", 9),
        ];
        foreach (var (text, key) in extra) map[Spelling(text)] = key;
        return map;
    }

    private static string Spelling(string? text) => ColumnName.Normalize(text);
}
