using System.Runtime.CompilerServices;
using System.Text;

namespace SocialErp.TestKit.Approval;

/// <summary>
/// Approval (snapshot) tests: the canonical JSON of a value is compared with
/// <c>&lt;TestClass&gt;.&lt;name&gt;.verified.json</c> beside the test's source file. On a difference the
/// new form is written to <c>*.received.json</c> (git-ignored) and the test fails with a short diff: review
/// it, then move the received file over the verified one to approve the change.
/// </summary>
public static class Approvals
{
    private const int DiffLines = 15;

    /// <param name="json">The JSON to approve.</param>
    /// <param name="name">Distinguishes several snapshots of one test class.</param>
    /// <param name="sourceFile">Filled by the compiler: the calling test's source file, named like its class.</param>
    public static void VerifyJson(string json, string name, [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            Assert.Fail($"Approval needs the test sources: {sourceFile} was not found on this machine.");
        }

        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        var verifiedFile = stem + ".verified.json";
        var receivedFile = stem + ".received.json";
        var received = CanonicalJson.Format(json);
        var verified = File.Exists(verifiedFile) ? CanonicalJson.Format(File.ReadAllText(verifiedFile)) : null;
        if (verified == received)
        {
            File.Delete(receivedFile);
            return;
        }

        File.WriteAllText(receivedFile, received);
        Assert.Fail(verified is null
            ? $"No approved snapshot yet. Review {receivedFile} and rename it to {Path.GetFileName(verifiedFile)}."
            : $"The snapshot changed. Review {receivedFile}; if right, move it over {Path.GetFileName(verifiedFile)}.\n{ShortDiff(verified, received)}");
    }

    /// <summary>Fails with a short diff unless both JSON texts have the same canonical form.</summary>
    public static void AssertSameJson(string expected, string actual, string message)
    {
        var canonicalExpected = CanonicalJson.Format(expected);
        var canonicalActual = CanonicalJson.Format(actual);
        if (canonicalExpected != canonicalActual)
        {
            Assert.Fail($"{message}\n{ShortDiff(canonicalExpected, canonicalActual)}");
        }
    }

    /// <summary>The differing block between the common first and last lines, a few lines of each side.</summary>
    public static string ShortDiff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        int endBefore = before.Length - 1, endAfter = after.Length - 1;
        while (endBefore >= start && endAfter >= start && before[endBefore] == after[endAfter])
        {
            endBefore--;
            endAfter--;
        }

        var diff = new StringBuilder($"@@ from line {start + 1}: -{endBefore - start + 1} +{endAfter - start + 1} lines\n");
        Append(diff, '-', before, start, endBefore);
        Append(diff, '+', after, start, endAfter);
        return diff.ToString();
    }

    private static void Append(StringBuilder diff, char sign, string[] lines, int start, int end)
    {
        for (var i = start; i <= end && i < start + DiffLines; i++)
        {
            diff.Append(sign).Append(' ').Append(lines[i]).Append('\n');
        }

        if (end - start + 1 > DiffLines)
        {
            diff.Append(sign).Append($" … {end - start + 1 - DiffLines} more\n");
        }
    }
}
