using RaceLab.Explorer.Python;
using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Tests.Python;

public sealed class LiveLocalsTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void IsLive_LoadedValue_LivesOnlyBetweenItsLoadAndTheStoreThatUsesIt(string python)
    {
        // worker: for _ in range(5): value = count; count = value + 1
        var module = CodeLoader.Load(ProgramCode.Load("load_store_counter", python), freeThreaded: false);
        var worker = module.AllCode.Single(c => c.Name == "worker");
        var value = worker.Source.VarNames.IndexOf("value");
        var store = Array.FindIndex(worker.Code, i => i.Op == Op.StoreGlobal);
        var load = Array.FindIndex(worker.Code, i => i.Op == Op.LoadGlobal || i.Op == Op.LoadGlobalNullAfter && i.Arg == worker.Code[store].Arg);

        Assert.False(LiveLocals.IsLive(worker, 0, value));
        Assert.False(LiveLocals.IsLive(worker, load, value));
        Assert.Contains(Enumerable.Range(load + 1, store - load), pc => LiveLocals.IsLive(worker, pc, value));
        Assert.False(LiveLocals.IsLive(worker, store + 1, value));
    }

    [Fact]
    public void IsLive_SlotsBeyondTheLocals_AreAlwaysLive()
    {
        var module = CodeLoader.Load(ProgramCode.Load("load_store_counter", "3.9"), freeThreaded: false);
        var worker = module.AllCode.Single(c => c.Name == "worker");

        // The value stack starts after the locals: never left out of a key.
        Assert.All(Enumerable.Range(0, worker.Code.Length), pc => Assert.True(LiveLocals.IsLive(worker, pc, worker.SlotCount)));
    }
}
