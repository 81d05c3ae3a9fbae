using System.Runtime.InteropServices;

namespace RaceLab.IlView.Tests.Support;

/// <summary>A fact about x64 machine code: reported as skipped, with the reason, on any other architecture.</summary>
internal sealed class X64FactAttribute : FactAttribute
{
    public X64FactAttribute()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            Skip = $"asserts x64 instructions; this process runs on {RuntimeInformation.ProcessArchitecture}";
        }
    }
}
