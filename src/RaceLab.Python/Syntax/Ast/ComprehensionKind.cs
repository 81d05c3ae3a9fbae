namespace RaceLab.Python.Syntax;

/// <summary>What a comprehension builds: a list, set or dict, or a generator (a generator expression).</summary>
public enum ComprehensionKind
{
    List,
    Set,
    Dict,
    Generator,
}
