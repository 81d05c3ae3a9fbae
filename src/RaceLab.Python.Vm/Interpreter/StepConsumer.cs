namespace RaceLab.Python.Vm.Interpreter;

/// <summary>Who takes the item a lazy iterator's step pulls (<see cref="NativeTaskKind.Step"/>).</summary>
internal enum StepConsumer : byte
{
    /// <summary>FOR_ITER: the item is pushed, or the loop is left.</summary>
    ForIter,

    /// <summary>next(it[, default]): the item, the default, or StopIteration.</summary>
    Next,

    /// <summary>Another task (a built-in draining the iterator, or an outer lazy iterator): resumed with the item.</summary>
    Task,
}
