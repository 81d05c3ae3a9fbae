namespace RaceLab.Python.Disassembly;

/// <summary>What a call instruction calls: its kind and, when the code shows it, the callable's name.</summary>
public sealed record Callee(CalleeKind Kind, string? Name)
{
    public static Callee Unknown { get; } = new(CalleeKind.Unknown, null);

    public string Describe() => Name is null ? "an unknown callable" : $"`{Name}`";
}
