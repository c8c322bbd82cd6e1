using System.Globalization;
using System.Text.RegularExpressions;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

/// <summary>A settlement period: a year (<c>2026</c>), a semester (<c>2026-S1</c>), a quarter (<c>2026-T3</c>) or a month (<c>2026-03</c>).</summary>
internal sealed partial record PeriodeDecompte(string Code, DateOnly Du, DateOnly Au)
{
    public static Result<PeriodeDecompte> Lire(string? saisie)
    {
        var m = saisie is null ? null : Format().Match(saisie);
        if (m is null || !m.Success)
        {
            return Error.Validation("periode", "Période : AAAA, AAAA-S1|S2 (semestre), AAAA-T1…T4 (trimestre) ou AAAA-MM (mois).");
        }

        var annee = int.Parse(m.Groups["annee"].Value, CultureInfo.InvariantCulture);
        var (premierMois, mois) = m.Groups["s"].Success ? ((int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) - 1) * 6 + 1, 6)
            : m.Groups["t"].Success ? ((int.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 3)
            : m.Groups["m"].Success ? (int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1)
            : (1, 12);
        var du = new DateOnly(annee, premierMois, 1);
        return new PeriodeDecompte(saisie!, du, du.AddMonths(mois).AddDays(-1));
    }

    [GeneratedRegex(@"^(?<annee>20\d\d)(-(S(?<s>[12])|T(?<t>[1-4])|(?<m>0[1-9]|1[0-2])))?$")]
    private static partial Regex Format();
}
