namespace RaceLab.Python.Vm.Values;

/// <summary>Which of a dict's views: keys(), values() or items().</summary>
internal enum DictViewKind
{
    Keys,
    Values,
    Items,
}
