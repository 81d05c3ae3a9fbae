using System.Globalization;
using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Report.Timelines;

/// <summary>A lost update told in a few sentences, as <c>sim --trace</c> tells it.</summary>
internal static class StoryText
{
    public static string Of(LostUpdateStory s)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{s.Thread} loaded {s.Global} = {s.LoadedValue} at {TimelineSvg.Ms(s.LoadSeconds)} ({s.LoadInstruction}, line {s.LoadLine}).");
        if (s.SwitchedOutSeconds is { } outAt)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" It lost the GIL at {TimelineSvg.Ms(outAt)} ({s.SwitchReason} {s.SwitchedOutAfter})");
            text += s.ResumedSeconds is { } back ? string.Create(CultureInfo.InvariantCulture, $" and ran again at {TimelineSvg.Ms(back)}.") : ".";
        }

        text += string.Create(CultureInfo.InvariantCulture,
            $" Meanwhile other threads stored {s.Global} {s.StoresMeanwhile:N0} times. At {TimelineSvg.Ms(s.StoreSeconds)} it stored {s.StoredValue} ({s.StoreInstruction}, line {s.StoreLine}), erasing {s.UpdatesErased:N0} updates.");
        return text;
    }
}
