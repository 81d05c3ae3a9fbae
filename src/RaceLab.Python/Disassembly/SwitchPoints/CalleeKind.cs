namespace RaceLab.Python.Disassembly;

/// <summary>What a call instruction calls, as far as the code shows it.</summary>
public enum CalleeKind
{
    /// <summary>Not determined (a local, an attribute of an unknown object, an imported function).</summary>
    Unknown,

    /// <summary>A function defined by <c>def</c> (or a lambda) in the program: its frame entry polls.</summary>
    PythonFunction,

    /// <summary>A built-in function or C method: runs without polling, the interpreter may poll after it.</summary>
    Builtin,

    /// <summary><c>len(x)</c>, <c>isinstance(x, t)</c>, <c>type(x)</c>, <c>list.append(x)</c>: 3.11+ specializes them to non-polling forms.</summary>
    NonPollingWhenSpecialized,
}
