using System.Text.Json;
using CallFlow.AspNetCore.DialConnect;

namespace CallFlow.Server.Tests.DialConnect;

public sealed class DialConnectStatusNamesTests
{
    [Fact]
    public void EveryStatusIsStoredAndQueriedByTheNameItHasInTheApisJson()
    {
        foreach (var status in Enum.GetValues<DialConnectStatus>())
        {
            var name = DialConnectStatusNames.Of(status);

            Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(status));
            Assert.True(DialConnectStatusNames.TryParse(name, out var parsed));
            Assert.Equal(status, parsed);
        }
    }

    [Theory]
    [InlineData("Scheduled")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void ANameSpelledOtherwiseIsNotAStatus(string? name)
    {
        Assert.False(DialConnectStatusNames.TryParse(name, out _));
    }
}
