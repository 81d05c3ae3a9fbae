using RaceLab.Python.Bytecode;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>Finds code objects by name at any depth, in the order <c>dis</c> prints them.</summary>
internal static class CodeSelection
{
    public static IReadOnlyList<CodeObject> Named(CodeObject module, string name) =>
        [.. All(module).Where(c => c.Name == name || c.QualifiedName == name)];

    public static IEnumerable<string> Names(CodeObject module) => All(module).Select(c => c.QualifiedName).Distinct();

    /// <summary>Every code object nested in <paramref name="module"/>, depth first, the module itself excluded.</summary>
    public static IEnumerable<CodeObject> All(CodeObject module)
    {
        foreach (var code in module.NestedCode)
        {
            yield return code;
            foreach (var nested in All(code))
            {
                yield return nested;
            }
        }
    }
}
