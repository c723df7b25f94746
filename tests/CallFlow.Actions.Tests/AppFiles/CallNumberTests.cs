using CallFlow.Actions.AppFiles;

namespace CallFlow.Actions.Tests.AppFiles;

public class CallNumberTests
{
    [Theory]
    [InlineData("441611234567", "441611234567")]
    [InlineData("+441611234567", "441611234567")]
    [InlineData("tel:+441611234567", "441611234567")]
    [InlineData("tel:+44-161-123-4567", "441611234567")]
    [InlineData("TEL:+44 (161) 123.4567;ext=22", "441611234567")]
    [InlineData("sip:441611234567@pbx.example.com", "441611234567")]
    [InlineData("sip:+441611234567@pbx.example.com;user=phone", "441611234567")]
    [InlineData("sips:441611234567@pbx.example.com:5061", "441611234567")]
    [InlineData("sip:alice@pbx.example.com", "alice")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void AddressesAreReducedToTheirDigits(string? address, string expected)
    {
        Assert.Equal(expected, CallNumber.Digits(address));
    }
}
