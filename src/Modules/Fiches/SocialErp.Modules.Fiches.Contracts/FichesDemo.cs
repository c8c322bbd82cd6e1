namespace SocialErp.Modules.Fiches.Contracts;

/// <summary>
/// Fixed ids of the demo fiches other modules' demo data refer to (dossiers of the demo families, payees, staff).
/// They exist only where <c>Seed:DemoData</c> is on; nothing outside demo data may rely on them.
/// </summary>
public static class FichesDemo
{
    // Famille Armengaud, Lausanne.
    public static readonly Guid FrancoisArmengaud = new("0193a000-0000-7000-8000-000000000101");
    public static readonly Guid ClaireArmengaud = new("0193a000-0000-7000-8000-000000000102");
    public static readonly Guid LeaArmengaud = new("0193a000-0000-7000-8000-000000000103");
    public static readonly Guid HugoArmengaud = new("0193a000-0000-7000-8000-000000000104");
    public static readonly Guid MoniquePerrin = new("0193a000-0000-7000-8000-000000000105");

    // Famille Da Silva, Renens.
    public static readonly Guid AnaDaSilva = new("0193a000-0000-7000-8000-000000000201");
    public static readonly Guid TiagoDaSilva = new("0193a000-0000-7000-8000-000000000202");
    public static readonly Guid InesDaSilva = new("0193a000-0000-7000-8000-000000000203");

    // Nguyen (Genève), Müller (Fribourg), Berisha (Yverdon), Haile (Genève), Rochat (Vevey).
    public static readonly Guid ThiLanNguyen = new("0193a000-0000-7000-8000-000000000301");
    public static readonly Guid MinhNguyen = new("0193a000-0000-7000-8000-000000000302");
    public static readonly Guid HeleneMuller = new("0193a000-0000-7000-8000-000000000401");
    public static readonly Guid JonasMuller = new("0193a000-0000-7000-8000-000000000402");
    public static readonly Guid ArbenBerisha = new("0193a000-0000-7000-8000-000000000501");
    public static readonly Guid SemharHaile = new("0193a000-0000-7000-8000-000000000601");
    public static readonly Guid MarcelRochat = new("0193a000-0000-7000-8000-000000000701");

    // Staff and partners.
    public static readonly Guid SophieDupuis = new("0193a000-0000-7000-8000-000000000901");
    public static readonly Guid MarcKohler = new("0193a000-0000-7000-8000-000000000902");
    public static readonly Guid PierreJaccard = new("0193a000-0000-7000-8000-000000000903");
    public static readonly Guid RegieDuLac = new("0193a000-0000-7000-8000-000000000911");
    public static readonly Guid CaisseMaladieRomande = new("0193a000-0000-7000-8000-000000000912");
    public static readonly Guid OfficeAiVaud = new("0193a000-0000-7000-8000-000000000913");
    public static readonly Guid ServiceEmploiFribourg = new("0193a000-0000-7000-8000-000000000914");
    public static readonly Guid ProSenectuteVaud = new("0193a000-0000-7000-8000-000000000915");
}
