namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// A library module written in Python (RaceLab's threading, queue, concurrent.futures), compiled for the
/// program's release; its body runs on first import, in the importing thread, as CPython runs a module's.
/// </summary>
/// <param name="Name">The dotted module name.</param>
/// <param name="Body">The module's code.</param>
/// <param name="Slots">Its global names and their slots.</param>
/// <param name="FirstSlot">The first of its slots (they are contiguous).</param>
/// <param name="EndSlot">One past its last slot.</param>
/// <param name="Index">Its position in <see cref="LoadedModule.Libraries"/>.</param>
internal sealed record LibraryModule(string Name, CompiledCode Body, IReadOnlyDictionary<string, int> Slots, int FirstSlot, int EndSlot, int Index)
{
    /// <summary>The modules its body imports (they are initialized before it).</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];
}
