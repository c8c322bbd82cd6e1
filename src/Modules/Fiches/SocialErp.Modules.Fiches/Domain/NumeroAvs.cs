namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Swiss social-security number: 13 digits, prefix 756, EAN-13 check digit; shown 756.XXXX.XXXX.XC.</summary>
internal static class NumeroAvs
{
    /// <summary>The 13 digits without separators, or null when <paramref name="saisie"/> is not a valid number.</summary>
    public static string? Normaliser(string saisie)
    {
        var digits = new string(saisie.Where(c => c is not ('.' or ' ')).ToArray());
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit) || !digits.StartsWith("756", StringComparison.Ordinal))
        {
            return null;
        }

        return Cle(digits[..12]) == digits[12] - '0' ? digits : null;
    }

    /// <summary>The EAN-13 check digit of the first 12 digits.</summary>
    public static int Cle(string douzeChiffres)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var digit = douzeChiffres[i] - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }

        return (10 - (sum % 10)) % 10;
    }

    public static string Formater(string digits) => $"{digits[..3]}.{digits[3..7]}.{digits[7..11]}.{digits[11..]}";
}
