namespace RaceLab.Python.Vm.Values;

/// <summary>
/// The type name and field names of a tuple a native function returns as a named tuple (functools'
/// CacheInfo): its repr shows them, and its fields read by name; otherwise it is a plain tuple.
/// </summary>
internal sealed record TupleShape(string TypeName, string[] Fields);
