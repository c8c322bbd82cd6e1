namespace SocialErp.ArchitectureTests.Support;

/// <summary>Assertions that name every offender, and refuse a pass over an empty scan.</summary>
public static class ArchitectureAssert
{
    public static void NoOffenders(string rule, IEnumerable<string> offenders)
    {
        var list = offenders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{rule}. {list.Count} offender(s):{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", list)}");
        }
    }

    /// <summary>Guards against a rule passing because the scan found nothing to check.</summary>
    public static void Scanned<T>(string what, IReadOnlyCollection<T> scanned, int atLeast)
    {
        if (scanned.Count < atLeast)
        {
            Assert.Fail($"Expected to scan at least {atLeast} {what}, found {scanned.Count}: the rule would pass vacuously.");
        }
    }
}
