using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>Which steps are scheduling points: only accesses another thread can observe.</summary>
public sealed class SharedGlobalsTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13")]
    public void Explore_Memory_StatesStaySmallWithMainsSetUpInvisible(string python)
    {
        var machine = new PythonMachine(ProgramCode.Load("load_store_counter", python), new PythonMachineOptions { Granularity = Granularity.Memory });

        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        // With main's set-up, start() and join() as scheduling points this program had 33,794 states; without
        // them 2,006 remain, leaving dead locals (a value already stored back) out of the keys 1,300, and with
        // the two workers merged by symmetry (joins deferred, main's dead list of threads left out) 684.
        Assert.InRange(result.States, 650, 700);
    }
}
