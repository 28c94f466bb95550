namespace Dlict.Demo;

/// <summary>Plausible, invented Thai given names and surnames (never real people).</summary>
internal static class ThaiNames
{
    private static readonly string[] Boys =
    [
        "ธนพล", "ณัฐวุฒิ", "ภูมิพัฒน์", "กิตติศักดิ์", "ศุภชัย", "ธีรภัทร", "พีรพัฒน์", "อนุชา", "วีรภาพ", "ชยพล",
        "ปัณณวัฒน์", "สิทธิชัย", "ธนกร", "จิรายุ", "นนทพัทธ์", "ภานุวัฒน์", "ปฏิภาณ", "เกียรติศักดิ์", "ทินกร", "สุรเชษฐ์",
    ];

    private static readonly string[] Girls =
    [
        "ปภาวรินทร์", "ณัฐธิดา", "กัญญาณัฐ", "ศิริพร", "พิมพ์ชนก", "อรัญญา", "ธิดารัตน์", "สุพัตรา", "ชนัญชิดา", "วรรณิศา",
        "จิราพร", "ปนัดดา", "กมลชนก", "นภัสสร", "รัตนาภรณ์", "ภัทราพร", "อัญชลี", "สุนิสา", "พัชรินทร์", "มณีรัตน์",
    ];

    private static readonly string[] Surnames =
    [
        "ศรีสุข", "บุญมา", "แก้วประเสริฐ", "พรหมวงศ์", "สุวรรณศรี", "ทองดี", "จันทร์แก้ว", "ภูผาลา", "วงศ์คำ", "ศรีอุดร",
        "คำภูแก้ว", "มูลสาร", "พลอาษา", "ชัยสิทธิ์", "นามวงศ์", "บุตรดี", "สีหาบุตร", "อินทรวงศ์", "โพธิ์ศรี", "แสนสุข",
        "ประทุมวัน", "หอมจันทร์", "ศรีบุญเรือง", "ทองนาค", "ดวงมณี",
    ];

    public static string Given(bool male, Random rng) => male ? Boys[rng.Next(Boys.Length)] : Girls[rng.Next(Girls.Length)];

    public static string Surname(Random rng) => Surnames[rng.Next(Surnames.Length)];

    public static string FullName(Random rng)
    {
        var male = rng.Next(2) == 0;
        return (male ? "นาย" : "นาง") + Given(male, rng) + " " + Surname(rng);
    }
}
