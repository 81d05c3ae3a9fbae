using RaceLab.Experiment.Environment;

namespace RaceLab.Experiment.Tests.Environment;

public class JitSettingTests
{
    [Fact]
    public void Resolve_EnvironmentVariableSet_WinsAndIsNamed()
    {
        System.Environment.SetEnvironmentVariable("DOTNET_RaceLabTestKnobA", "0");
        var setting = JitSetting.Resolve("RaceLabTestKnobA", "System.Runtime.RaceLabTestKnobA", defaultValue: true);
        Assert.False(setting.Enabled);
        Assert.Equal("DOTNET_RaceLabTestKnobA=0", setting.Source);
        Assert.Equal("off (DOTNET_RaceLabTestKnobA=0)", setting.ToString());
    }

    [Fact]
    public void Resolve_AppContextProperty_IsUsedWhenNoVariable()
    {
        AppContext.SetData("System.Runtime.RaceLabTestKnobB", "false");
        var setting = JitSetting.Resolve("RaceLabTestKnobB", "System.Runtime.RaceLabTestKnobB", defaultValue: true);
        Assert.False(setting.Enabled);
        Assert.Equal("runtimeconfig System.Runtime.RaceLabTestKnobB", setting.Source);
    }

    [Fact]
    public void Resolve_NothingSet_IsTheDefault()
    {
        var setting = JitSetting.Resolve("RaceLabTestKnobC", "System.Runtime.RaceLabTestKnobC", defaultValue: true);
        Assert.Equal(new JitSetting(true, "default"), setting);
    }

    [Fact]
    public void Capture_ReportsThisProcess()
    {
        var info = EnvironmentInfo.Capture();
        Assert.Equal(System.Environment.ProcessorCount, info.LogicalCores);
        Assert.StartsWith(".NET", info.Runtime, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(info.OperatingSystem));
    }
}
