namespace RaceLab.Python.Syntax;

/// <summary>A name of one scope: how it occurs there and where it resolves.</summary>
public sealed record Symbol(string Name, SymbolFlags Flags, SymbolScope Scope)
{
    public bool IsParameter => (Flags & SymbolFlags.DefParam) != 0;

    public bool IsBound => (Flags & SymbolFlags.Bound) != 0;
}
