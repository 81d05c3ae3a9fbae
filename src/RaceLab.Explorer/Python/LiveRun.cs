using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Python;

/// <summary>One live VM run driven by the explorer: the machine, its scheduler in exploring mode, the threads.</summary>
internal sealed class LiveRun
{
    /// <param name="deferJoins">The exhaustive search defers joins (see Scheduler.DeferJoins); sampled runs block in join() as CPython does.</param>
    public LiveRun(LoadedModule module, PythonMachineOptions options, bool deferJoins = true)
    {
        Machine = new Machine(module, options.FreeThreaded, new LostUpdateLedger(module.GlobalNames, false, 0));
        Scheduler = new Scheduler(Machine, 1, 0.005, options.FreeThreaded, 1)
        {
            Exploring = true,
            DeferJoins = deferJoins,
        };
        Machine.Scheduler = Scheduler;
        Machine.LoopBound = options.Bound ?? 0;
        var main = Machine.CreateThread("MainThread");
        Machine.EnterModule(main);
        main.Started = true;
        main.StartTime = 0;
        Scheduler.Threads.Add(main);
    }

    public LiveRun(Machine machine, Scheduler scheduler)
    {
        Machine = machine;
        Scheduler = scheduler;
    }

    public Machine Machine { get; }

    public Scheduler Scheduler { get; }

    public List<SimThread> Threads => Scheduler.Threads;
}
