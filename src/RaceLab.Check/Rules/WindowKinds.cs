using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>
/// A window's kind as the switch-point analysis reports it (<see cref="UpdateWindow.Kind"/> and
/// <see cref="UpdateWindow.CheckThenAct"/>): a check-then-act is a kind of its own whatever it updates.
/// </summary>
public static class WindowKinds
{
    public static WindowKind Of(UpdateWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.CheckThenAct)
        {
            return WindowKind.CheckThenAct;
        }

        return window.Kind switch
        {
            LocationKind.Attribute => WindowKind.Attribute,
            LocationKind.Item => WindowKind.Item,
            _ => WindowKind.Global,
        };
    }

    public static CheckRule RuleFor(WindowKind kind) => kind switch
    {
        WindowKind.Attribute => RuleCatalog.AttributeLostUpdate,
        WindowKind.Item => RuleCatalog.ItemLostUpdate,
        WindowKind.CheckThenAct => RuleCatalog.CheckThenAct,
        _ => RuleCatalog.GlobalLostUpdate,
    };

    /// <summary>How a message names what the window updates: "global `count`", "attribute `self.value`".</summary>
    public static string Noun(WindowKind kind, string variable) => kind switch
    {
        WindowKind.Attribute => $"attribute `{variable}`",
        WindowKind.Item => $"item `{variable}`",
        WindowKind.CheckThenAct => $"`{variable}`",
        _ => $"`{variable}`",
    };
}
