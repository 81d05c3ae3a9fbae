namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// The global slots of a run being loaded: one array for the program and every library module it imports,
/// each module naming its own globals (threading's <c>_counter</c> is not the program's).
/// </summary>
internal sealed class GlobalTable
{
    /// <summary>Each slot's name as its module spells it (NameError messages, reports).</summary>
    public List<string> Names { get; } = [];

    /// <summary>The module being loaded: its names and their slots.</summary>
    public Dictionary<string, int> Current { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Modules named by IMPORT_NAME so far, in order, parents before their submodules.</summary>
    public List<string> Imported { get; } = [];

    public int SlotOf(string name)
    {
        if (!Current.TryGetValue(name, out var slot))
        {
            slot = Names.Count;
            Names.Add(name);
            Current[name] = slot;
        }

        return slot;
    }

    /// <summary>The modules the module being loaded imports.</summary>
    public List<string> CurrentImports { get; private set; } = [];

    public void EnterModule()
    {
        Current = new(StringComparer.Ordinal);
        CurrentImports = [];
    }

    public void NoteImport(string dotted)
    {
        // `import concurrent.futures` imports the package `concurrent` first, as CPython does.
        var parts = dotted.Split('.');
        for (var i = 1; i <= parts.Length; i++)
        {
            var name = string.Join('.', parts[..i]);
            if (!CurrentImports.Contains(name))
            {
                CurrentImports.Add(name);
            }

            if (!Imported.Contains(name))
            {
                Imported.Add(name);
            }
        }
    }
}
