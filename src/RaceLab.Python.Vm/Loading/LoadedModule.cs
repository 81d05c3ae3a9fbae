namespace RaceLab.Python.Vm.Loading;

/// <summary>A module's code objects, decoded, and the global names they use (each with a fixed slot).</summary>
internal sealed class LoadedModule
{
    public required CompiledCode Main { get; init; }

    public required IReadOnlyList<CompiledCode> AllCode { get; init; }

    public required IReadOnlyList<string> GlobalNames { get; init; }

    public int SlotOf(string name)
    {
        for (var i = 0; i < GlobalNames.Count; i++)
        {
            if (GlobalNames[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
