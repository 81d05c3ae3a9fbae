using System.Collections.Immutable;

namespace RaceLab.Python.Bytecode;

/// <summary>
/// A CPython code object, field for field as one release's compiler produces it (see golden.py's
/// <c>*.code.json</c>). <see cref="Code"/> holds that release's real instruction bytes, inline CACHE units
/// included; <see cref="LineTable"/> is <c>co_lnotab</c> (3.9), <c>co_linetable</c> (3.10+) in that
/// release's encoding; <see cref="ExceptionTable"/> is empty before 3.11.
/// </summary>
public sealed class CodeObject
{
    public required PythonVersion Version { get; init; }

    public required string Name { get; init; }

    /// <summary><c>co_qualname</c> (3.11+); the same as <see cref="Name"/> before.</summary>
    public required string QualifiedName { get; init; }

    public required string FileName { get; init; }

    public required int FirstLineNumber { get; init; }

    public int ArgCount { get; init; }

    public int PositionalOnlyArgCount { get; init; }

    public int KeywordOnlyArgCount { get; init; }

    public int LocalCount { get; init; }

    public required int StackSize { get; init; }

    public required CodeFlags Flags { get; init; }

    public required ImmutableArray<byte> Code { get; init; }

    public required ImmutableArray<Constant> Constants { get; init; }

    public required ImmutableArray<string> Names { get; init; }

    public required ImmutableArray<string> VarNames { get; init; }

    public ImmutableArray<string> FreeVars { get; init; } = [];

    public ImmutableArray<string> CellVars { get; init; } = [];

    public required ImmutableArray<byte> LineTable { get; init; }

    public ImmutableArray<byte> ExceptionTable { get; init; } = [];

    /// <summary>The code objects among <see cref="Constants"/>, in order.</summary>
    public IEnumerable<CodeObject> NestedCode => Constants.OfType<CodeConstant>().Select(c => c.Code);

    public override string ToString() => $"<code object {Name}, CPython {Version.Label()}>";
}
