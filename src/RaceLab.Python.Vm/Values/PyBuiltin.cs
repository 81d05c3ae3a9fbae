namespace RaceLab.Python.Vm.Values;

/// <summary>A built-in function or (unbound) method.</summary>
internal sealed class PyBuiltin(BuiltinId id, string name)
{
    public BuiltinId Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>For a built-in type's own <c>__new__</c> (<c>int.__new__</c>): that type; null for object's and every other built-in.</summary>
    public PyType? NewOwner { get; init; }

    /// <summary>3.11+ call sites specialize these into forms that do not poll the eval breaker
    /// (PRECALL_NO_KW_LEN / CALL_LEN, ..._ISINSTANCE, ..._TYPE_1, ..._LIST_APPEND).</summary>
    public bool SpecializesWithoutPoll => Id is BuiltinId.Len or BuiltinId.IsInstance or BuiltinId.ListAppend;
}
