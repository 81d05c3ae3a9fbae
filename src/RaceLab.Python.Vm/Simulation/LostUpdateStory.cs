namespace RaceLab.Python.Vm.Simulation;

/// <summary>One lost update, told from the loading thread's point of view.</summary>
public sealed record LostUpdateStory
{
    public required string Thread { get; init; }

    public required string Global { get; init; }

    public required string LoadedValue { get; init; }

    public required double LoadSeconds { get; init; }

    public required string LoadInstruction { get; init; }

    public required int LoadLine { get; init; }

    /// <summary>The instruction after which the thread lost the processor between load and store, if it did.</summary>
    public string? SwitchedOutAfter { get; init; }

    public string? SwitchReason { get; init; }

    public double? SwitchedOutSeconds { get; init; }

    public double? ResumedSeconds { get; init; }

    /// <summary>How many stores other threads made to the global between this thread's load and store.</summary>
    public required long StoresMeanwhile { get; init; }

    /// <summary>How many updates the value lost by this store (net; negative when it put back erased ones).</summary>
    public required long UpdatesErased { get; init; }

    public required string StoredValue { get; init; }

    public required double StoreSeconds { get; init; }

    public required string StoreInstruction { get; init; }

    public required int StoreLine { get; init; }
}
