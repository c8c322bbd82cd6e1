using System.Security.Cryptography;
using System.Text;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Builds the idempotency key of a credit from what identifies it at the bank (account, booking date, the
/// bank's entry and transaction references, end-to-end id, amount, currency, reference, debtor) and never from the
/// message id or the position in the file, which change between a camt.054 and its camt.053 or a re-sent copy.
/// Two credits identical in all of this within one file (two equal payments without bank references) are told
/// apart by their rank among the identical ones.
/// </summary>
internal sealed class CleIdempotenceCredit
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public string Calculer(params string?[] elements)
    {
        var base_ = string.Join('|', elements.Select(e => e ?? string.Empty));
        var rang = _occurrences[base_] = _occurrences.GetValueOrDefault(base_) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{base_}|{rang}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
