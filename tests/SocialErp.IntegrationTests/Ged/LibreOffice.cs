using System.Diagnostics;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>LibreOffice headless, when the machine has it (CI installs libreoffice-writer-nogui): DOCX → PDF.</summary>
internal static class LibreOffice
{
    public static string? Executable { get; } =
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Converts a DOCX to PDF and returns the PDF bytes (throws with LibreOffice's output if it fails).</summary>
    public static async Task<byte[]> EnPdfAsync(byte[] docx)
    {
        var dossier = Path.Combine(Path.GetTempPath(), "socialerp-lo", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dossier);
        var source = Path.Combine(dossier, "document.docx");
        await File.WriteAllBytesAsync(source, docx);
        var start = new ProcessStartInfo(Executable!)
        {
            ArgumentList =
            {
                $"-env:UserInstallation=file://{dossier}/profil", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dossier, source,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var sortie = process.StandardOutput.ReadToEndAsync();
        var erreurs = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish the conversion.");
        }

        var pdf = Path.Combine(dossier, "document.pdf");
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice exited {process.ExitCode} without a PDF: {await sortie} {await erreurs}");
        }

        var octets = await File.ReadAllBytesAsync(pdf);
        Directory.Delete(dossier, recursive: true);
        return octets;
    }
}
