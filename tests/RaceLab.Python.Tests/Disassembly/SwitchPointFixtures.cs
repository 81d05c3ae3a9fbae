using RaceLab.Python.Disassembly;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Disassembly;

internal static class SwitchPointFixtures
{
    public static CodeSwitchPoints Code(string program, string version, string function) =>
        SwitchPointAnalyzer.Analyze(GoldenCorpus.Code(program, version)).CodeObjects.Single(c => c.Code.Name == function);

    public static UpdateWindow SingleWindow(string program, string version, string function, string variable) =>
        Code(program, version, function).Windows.Single(w => w.Variable == variable);
}
