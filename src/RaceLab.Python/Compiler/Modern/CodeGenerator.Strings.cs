using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void JoinedStr(JoinedStrNode joined, SourceLocation loc)
    {
        if (joined.Values.Length > StackUseGuideline)
        {
            throw Unsupported(joined, $"f-string with more than {StackUseGuideline} parts");
        }

        foreach (var value in joined.Values)
        {
            Expression(value);
        }

        if (joined.Values.Length != 1)
        {
            Emit(Op.BUILD_STRING, joined.Values.Length, loc);
        }
    }

    private void FormattedValue(FormattedValueNode formatted, SourceLocation loc)
    {
        Expression(formatted.Value);
        var conversion = formatted.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (AtLeast313)
        {
            if (conversion != 0)
            {
                Emit(Op.CONVERT_VALUE, conversion, loc);
            }

            if (formatted.FormatSpec is not null)
            {
                Expression(formatted.FormatSpec);
                Emit(Op.FORMAT_WITH_SPEC, loc);
            }
            else
            {
                Emit(Op.FORMAT_SIMPLE, loc);
            }

            return;
        }

        if (formatted.FormatSpec is not null)
        {
            Expression(formatted.FormatSpec);
            conversion |= 4;
        }

        Emit(Op.FORMAT_VALUE, conversion, loc);
    }
}
