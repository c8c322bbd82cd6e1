using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Ged.DemoData;

/// <summary>A minimal one-page PDF showing lines of Latin-1 text in Helvetica (demo letters).</summary>
internal static class PdfTexte
{
    public static byte[] Construire(params string[] lignes)
    {
        var contenu = new StringBuilder("BT /F1 11 Tf 56 780 Td 14 TL\n");
        foreach (var ligne in lignes)
        {
            contenu.Append('(').Append(ligne.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        contenu.Append("ET");
        var flux = Encoding.Latin1.GetBytes(contenu.ToString());
        string[] objets =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        using var pdf = new MemoryStream();
        var positions = new List<long>();
        Ecrire(pdf, "%PDF-1.4\n");
        for (var i = 0; i < objets.Length; i++)
        {
            positions.Add(pdf.Position);
            Ecrire(pdf, $"{i + 1} 0 obj\n{objets[i]}\nendobj\n");
        }

        positions.Add(pdf.Position);
        Ecrire(pdf, $"5 0 obj\n<< /Length {flux.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        pdf.Write(flux);
        Ecrire(pdf, "\nendstream\nendobj\n");
        var xref = pdf.Position;
        Ecrire(pdf, $"xref\n0 {positions.Count + 1}\n0000000000 65535 f \n");
        foreach (var position in positions)
        {
            Ecrire(pdf, $"{position.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Ecrire(pdf, $"trailer\n<< /Size {positions.Count + 1} /Root 1 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void Ecrire(Stream flux, string texte) => flux.Write(Encoding.Latin1.GetBytes(texte));
}
