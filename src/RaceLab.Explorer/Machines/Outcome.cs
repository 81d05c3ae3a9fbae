using System.Text;

namespace RaceLab.Explorer.Machines;

/// <summary>A final state as the user sees it: globals, printed output, and the assertion result.</summary>
public sealed class Outcome : IEquatable<Outcome>
{
    public Outcome(
        IReadOnlyList<KeyValuePair<string, string>> globals,
        IReadOnlyList<string> output,
        bool assertionFailed,
        string? assertionMessage = null,
        string? error = null,
        OutcomeFailure? failure = null)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(output);
        Globals = [.. globals.OrderBy(g => g.Key, StringComparer.Ordinal)];
        Output = output;
        AssertionFailed = assertionFailed;
        AssertionMessage = assertionMessage;
        Error = error;
        Failure = failure;
        Signature = BuildSignature();
    }

    /// <summary>How the run ended: normally, with a failed assertion, an uncaught exception, or a deadlock.</summary>
    public OutcomeKind Kind => Failure?.Kind ?? (Error is not null
        ? (Error.StartsWith("deadlock", StringComparison.Ordinal) ? OutcomeKind.Deadlock : OutcomeKind.Uncaught)
        : AssertionFailed ? OutcomeKind.AssertionFailed : OutcomeKind.Completed);

    /// <summary>The details of an uncaught exception or a deadlock, when the machine knows them.</summary>
    public OutcomeFailure? Failure { get; }

    /// <summary>Global names and their Python repr, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Globals { get; }

    /// <summary>Printed lines in order.</summary>
    public IReadOnlyList<string> Output { get; }

    public bool AssertionFailed { get; }

    public string? AssertionMessage { get; }

    /// <summary>A run that ended abnormally (deadlock, uncaught exception), or null.</summary>
    public string? Error { get; }

    /// <summary>One string that is equal exactly when two outcomes are equal.</summary>
    public string Signature { get; }

    /// <summary>The globals as <c>count=4, x=1</c>.</summary>
    public string DescribeGlobals() => string.Join(", ", Globals.Select(g => $"{g.Key}={g.Value}"));

    /// <summary>
    /// The globals for a table cell or a heading: a value longer than <see cref="ShownValueLength"/> keeps its
    /// start and end around an ellipsis (a list of 150 items filled a table with one cell; --json has them whole).
    /// </summary>
    public string DescribeGlobalsShort() => string.Join(", ", Globals.Select(g => $"{g.Key}={Shorten(g.Value)}"));

    /// <summary>Characters of a global's value shown in <see cref="DescribeGlobalsShort"/>.</summary>
    public const int ShownValueLength = 48;

    private static string Shorten(string value) =>
        value.Length <= ShownValueLength ? value : $"{value[..32]} … {value[^12..]}";

    public bool Equals(Outcome? other) => other is not null && other.Signature == Signature;

    public override bool Equals(object? obj) => Equals(obj as Outcome);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Signature);

    public override string ToString() => Signature;

    private string BuildSignature()
    {
        var text = new StringBuilder();
        text.Append(DescribeGlobals()).Append(" | out: ");
        foreach (var line in Output)
        {
            text.Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append("\\n");
        }

        text.Append(" | assert: ").Append(AssertionFailed ? "failed " + AssertionMessage : "ok");
        if (Error is not null)
        {
            text.Append(" | error: ").Append(Error);
        }

        return text.ToString();
    }
}
