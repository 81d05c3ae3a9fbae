using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Tests.Decoding;

public class ShortMethodTests
{
    [Theory]
    [InlineData("int32 [System.Threading]System.Threading.Interlocked::Increment(int32&)", "Interlocked.Increment")]
    [InlineData("instance void [System.Runtime]System.Threading.Lock/Scope::Dispose()", "Scope.Dispose")]
    [InlineData("void [System.Threading]System.Threading.Monitor::Enter(object, bool&)", "Monitor.Enter")]
    public void ShortMethod_ResolvedMember_IsTypeDotMethod(string member, string expected) =>
        Assert.Equal(expected, IlExplainer.ShortMethod(member));
}
