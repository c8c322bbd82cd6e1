namespace SocialErp.Modules.Ged.Domain;

/// <summary>A content accepted for storage: sanitised file name, type sniffed from its bytes, size and hash.</summary>
internal sealed record ContenuVerifie(string NomFichier, string TypeContenu, long Taille, string Sha256);
