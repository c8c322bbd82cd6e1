using System.Xml;
using System.Xml.Schema;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

/// <summary>
/// The real schemas and bank files of <c>../shared/data/iso20022</c> (copied beside the tests by the project
/// file), and validation of generated XML against those schemas with <see cref="System.Xml.Schema"/>.
/// </summary>
internal static class DonneesIso20022
{
    public const string SchemaPain001 = "pain.001.001.09.ch.03.xsd";
    public const string SchemaCamt054V08 = "camt.054.001.08.xsd";
    public const string SchemaCamt054V04 = "camt.054.001.04.xsd";
    public const string Camt054V08 = "200519_camt.054_P_CH2909000000250094239_1111091335_0_2020061900081727_v2019.xml";
    public const string Camt054V04 = "200519_camt.054_P_CH2909000000250094239_1111091335_0_2020061900081727_v2009.xml";

    public static string Chemin(string fichier)
    {
        var chemin = Path.Combine(AppContext.BaseDirectory, "iso20022", fichier);
        Assert.True(File.Exists(chemin), $"{fichier} is missing: the tests copy it from ../shared/data/iso20022 (clone shared beside the repository).");
        return chemin;
    }

    public static byte[] Lire(string fichier) => File.ReadAllBytes(Chemin(fichier));

    /// <summary>The schema validation errors of <paramref name="xml"/> (empty when valid).</summary>
    public static IReadOnlyList<string> ErreursSchema(byte[] xml, string schema)
    {
        var erreurs = new List<string>();
        var reglages = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        using (var xsd = XmlReader.Create(Chemin(schema)))
        {
            reglages.Schemas.Add(null, xsd);
        }

        reglages.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        reglages.ValidationEventHandler += (_, e) => erreurs.Add($"{e.Severity} l.{e.Exception.LineNumber}: {e.Message}");
        using var lecteur = XmlReader.Create(new MemoryStream(xml), reglages);
        while (lecteur.Read())
        {
        }

        return erreurs;
    }
}
