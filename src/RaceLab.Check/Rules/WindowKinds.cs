using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>
/// Tells a window's kind from the instruction that opens it, the one place to touch when the switch-point
/// analysis reports a new shape: a test (`in`, `is`, `==`) opens a check-then-act, an attribute load an
/// attribute update, a subscript an item update; everything else is a variable.
/// </summary>
public static class WindowKinds
{
    public static WindowKind Of(UpdateWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Load.OpName switch
        {
            "CONTAINS_OP" or "IS_OP" or "COMPARE_OP" => WindowKind.CheckThenAct,
            "LOAD_ATTR" or "LOAD_METHOD" or "LOAD_SUPER_ATTR" => WindowKind.Attribute,
            "BINARY_SUBSCR" => WindowKind.Item,
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
