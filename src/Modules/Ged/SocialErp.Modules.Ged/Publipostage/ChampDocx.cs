using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// One MERGEFIELD of a DOCX part: a simple field (<c>w:fldSimple</c>) or a complex one (the runs from its
/// <c>begin</c> field character to its <c>end</c>). <see cref="Nom"/> is null when the instruction names no field.
/// </summary>
internal sealed record ChampDocx(string? Nom, string Instruction, IReadOnlyList<OpenXmlElement> Elements, RunProperties? Format);
