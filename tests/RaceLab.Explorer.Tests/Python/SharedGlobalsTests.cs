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
        // them about 2,000 remain (count, each worker's position and loaded value, where main waits).
        Assert.InRange(result.States, 1_900, 2_100);
    }
}
