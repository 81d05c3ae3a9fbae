namespace RaceLab.Python.Vm.Loading;

/// <summary>A program's code objects and those of the library modules it imports, decoded, and every global slot.</summary>
internal sealed class LoadedModule
{
    public required CompiledCode Main { get; init; }

    public required IReadOnlyList<CompiledCode> AllCode { get; init; }

    /// <summary>Every global slot's name: the program's first, then each library module's.</summary>
    public required IReadOnlyList<string> GlobalNames { get; init; }

    /// <summary>The program's own globals are slots 0 to this count − 1 (what reports show).</summary>
    public required int ProgramGlobalCount { get; init; }

    public IReadOnlyList<LibraryModule> Libraries { get; init; } = [];

    public LibraryModule? Library(string name)
    {
        foreach (var library in Libraries)
        {
            if (library.Name == name)
            {
                return library;
            }
        }

        return null;
    }

    /// <summary>The module a global slot belongs to ("__main__" for the program's).</summary>
    public string ModuleOfSlot(int slot)
    {
        foreach (var library in Libraries)
        {
            if (slot >= library.FirstSlot && slot < library.EndSlot)
            {
                return library.Name;
            }
        }

        return "__main__";
    }

    public int SlotOf(string name)
    {
        for (var i = 0; i < ProgramGlobalCount; i++)
        {
            if (GlobalNames[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
