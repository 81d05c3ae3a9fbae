namespace RaceLab.Python.Syntax;

/// <summary>The blocks of a module and their resolved names (CPython's struct symtable).</summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _byNode;

    internal SymbolTable(Scope module, Dictionary<Node, Scope> byNode)
    {
        Module = module;
        _byNode = byNode;
    }

    public Scope Module { get; }

    /// <summary>Every block, parents before children, in source order.</summary>
    public IEnumerable<Scope> All => Walk(Module);

    /// <summary>The block of a <see cref="ModuleNode"/>, <see cref="FunctionDefNode"/>, <see cref="LambdaNode"/> or <see cref="ComprehensionNode"/> (by reference).</summary>
    public Scope ScopeOf(Node node) =>
        _byNode.TryGetValue(node, out var scope) ? scope : throw new ArgumentException($"no scope for {node.GetType().Name} at {node.Span}", nameof(node));

    private static IEnumerable<Scope> Walk(Scope scope)
    {
        yield return scope;
        foreach (var child in scope.Children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
