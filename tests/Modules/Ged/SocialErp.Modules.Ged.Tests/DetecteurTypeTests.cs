using System.Text;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.DemoData;

namespace SocialErp.Modules.Ged.Tests;

/// <summary>Content types come from the bytes: accepted formats, refused executables and archives.</summary>
public sealed class DetecteurTypeTests
{
    [Theory]
    [InlineData("MZ\u0090\u0000", "rapport.pdf")]
    [InlineData("\u007fELF\u0002\u0001", "photo.jpg")]
    [InlineData("#!/bin/sh\nrm -rf /", "notes.txt")]
    [InlineData("<html><script>alert(1)</script>", "page.txt")]
    public async Task Detecter_ExecutablesEtContenuActif_Refused(string debut, string nom)
    {
        var type = await DetecterAsync(Encoding.Latin1.GetBytes(debut), nom);

        Assert.False(type.EstAccepte);
    }

    [Fact]
    public async Task Detecter_PdfSousUnNomTrompeur_IsPdf()
    {
        var type = await DetecterAsync(PdfTexte.Construire("Bonjour"), "image.png");

        Assert.Equal("application/pdf", type.TypeContenu);
    }

    [Fact]
    public async Task Detecter_Docx_IsWordprocessingml()
    {
        var type = await DetecterAsync(ModeleDocx.Construire("Bonjour {fiche.nom}"), "lettre.bin");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type.TypeContenu);
    }

    [Fact]
    public async Task Detecter_ZipOrdinaire_Refused()
    {
        using var memoire = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(memoire, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entree = archive.CreateEntry("programme.exe").Open();
            entree.Write("MZ"u8);
        }

        var type = await DetecterAsync(memoire.ToArray(), "documents.docx");

        Assert.False(type.EstAccepte);
    }

    [Theory]
    [InlineData("From: a@example.ch\r\nSubject: Loyer\r\n\r\nBonjour", "message/rfc822")]
    [InlineData("Déménagement prévu le 3 décembre.", "text/plain; charset=utf-8")]
    public async Task Detecter_TexteEtCourriel_Accepted(string texte, string attendu)
    {
        var type = await DetecterAsync(Encoding.UTF8.GetBytes(texte), "piece.txt");

        Assert.Equal(attendu, type.TypeContenu);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\Décision <finale>.pdf", "Décision _finale_.pdf")]
    [InlineData("   ..cache ", "cache")]
    [InlineData("a\u0000b\r\n.pdf", "a_b__.pdf")]
    [InlineData("", "document")]
    public void Assainir_NomsDangereux_SafeNames(string nom, string attendu) =>
        Assert.Equal(attendu, NomFichier.Assainir(nom));

    private static Task<TypeDetecte> DetecterAsync(byte[] octets, string nom) =>
        DetecteurType.DetecterAsync(() => new MemoryStream(octets), nom, CancellationToken.None);
}
