using RaceLab.Check.Findings;

namespace RaceLab.Check.Reporting;

/// <summary>The closing line of every human-readable format: totals per rule and per target, suppressed, errors.</summary>
public static class Summary
{
    public static string Line(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reported = result.Reported.Count();
        var files = result.Files.Count;
        var text = new List<string>
        {
            $"{reported} {Plural(reported, "finding")} in {files} {Plural(files, "file")}",
        };
        if (reported > 0)
        {
            text.Add("by rule: " + string.Join(", ", result.CountsByRule().Select(c => $"{c.Code} {c.Count}")));
            text.Add("by target: " + string.Join(", ", result.CountsByTarget().Select(c => $"{c.Target.Label} {c.Count}")));
        }

        text.Add($"{result.SuppressedCount} suppressed");
        var errors = result.Errors.Count();
        if (errors > 0)
        {
            text.Add($"{errors} {Plural(errors, "file")} could not be analysed");
        }

        return string.Join("; ", text);
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
