using System.Text;
using System.Text.Json.Nodes;
using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Requests;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Declarative;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Declarative;

public class RuleMatchingTests
{
    private const string Weekday = "2026-06-10"; // a Wednesday, British Summer Time (UTC+1)
    private const string Saturday = "2026-06-13";
    private const string OtherCaller = "441908273801";

    // Each rule says its own name, so a test reads which rule answered.
    private static readonly AppFile MatchingApp = Read("""
        {
          "time_zone": "Europe/London",
          "fallback": [ { "play": { "play_list": [ { "text_to_say": "fallback" } ] } } ],
          "pages": {
            "first": [
              { "name": "holiday", "when": { "dates": [ "2026-12-25", "2027-01-01" ] }, "actions": [ {{say holiday}} ] },
              { "name": "office", "when": { "days": [ "mon", "tue", "wed", "thu", "fri" ], "time": "09:00-17:00" }, "actions": [ {{say office}} ] },
              { "name": "sunday-opening", "when": { "days": "sun", "time": "09:00-12:00" }, "actions": [ {{say sunday-opening}} ] },
              { "name": "night", "when": { "time": "22:00-06:00" }, "actions": [ {{say night}} ] },
              { "name": "north", "when": { "caller_prefix": [ "44161", "+44151" ] }, "actions": [ {{say north}} ] },
              { "name": "london-line", "when": { "called_prefix": "4420" }, "actions": [ {{say london-line}} ] },
              { "name": "vip", "when": { "parameters": [ "vip=1", "tier=gold" ] }, "actions": [ {{say vip}} ] },
              { "name": "leeds-member", "when": { "caller_prefix": "44113", "parameters": "member=1" }, "actions": [ {{say leeds-member}} ] }
            ],
            "choice": [
              { "name": "pin", "when": { "digits": "1234" }, "actions": [ {{say pin}} ] },
              { "name": "one-or-star", "when": { "digits": [ "1", "*" ] }, "actions": [ {{say one-or-star}} ] }
            ]
          }
        }
        """);

    public static TheoryData<string, string, string, string> ClockCases => new()
    {
        // utc instant, call_from, expected rule, why
        { $"{Weekday}T08:00:00Z", OtherCaller, "office", "09:00 local is inside 09:00-17:00 (start included)" },
        { $"{Weekday}T07:59:59Z", OtherCaller, "fallback", "08:59:59 local is before office hours" },
        { $"{Weekday}T15:59:59Z", OtherCaller, "office", "16:59:59 local is still office hours" },
        { $"{Weekday}T16:00:00Z", OtherCaller, "fallback", "17:00 local is outside (end excluded)" },
        { $"{Weekday}T21:00:00Z", OtherCaller, "night", "22:00 local starts the range crossing midnight" },
        { $"{Weekday}T23:30:00Z", OtherCaller, "night", "00:30 local, past midnight, is still night" },
        { $"{Weekday}T04:59:00Z", OtherCaller, "night", "05:59 local is still night" },
        { $"{Weekday}T05:00:00Z", OtherCaller, "fallback", "06:00 local ends the night (end excluded)" },
        { $"{Saturday}T09:00:00Z", OtherCaller, "fallback", "Saturday is not an office day" },
        { "2026-12-25T10:00:00Z", OtherCaller, "holiday", "a holiday date wins over office hours" },
        { "2026-12-31T23:59:59Z", OtherCaller, "night", "23:59:59 on New Year's Eve is not yet the holiday" },
        { "2027-01-01T00:00:00Z", OtherCaller, "holiday", "midnight starts the New Year's Day holiday" },
        { "2026-03-29T08:30:00Z", OtherCaller, "sunday-opening", "clocks went forward that night: 08:30 UTC is 09:30 BST" },
        { "2026-03-29T07:30:00Z", OtherCaller, "fallback", "07:30 UTC is 08:30 BST on the spring-forward day" },
        { "2026-03-29T00:30:00Z", OtherCaller, "night", "00:30 GMT, before the change at 01:00 UTC" },
        { "2026-03-29T05:30:00Z", OtherCaller, "fallback", "05:30 UTC is already 06:30 BST: the night has ended" },
        { "2026-10-25T08:30:00Z", OtherCaller, "fallback", "clocks went back that night: 08:30 UTC is 08:30 GMT" },
        { "2026-10-25T09:00:00Z", OtherCaller, "sunday-opening", "09:00 UTC is 09:00 GMT on the fall-back day" },
        { "2026-10-25T05:30:00Z", OtherCaller, "night", "05:30 UTC is 05:30 GMT once the clocks went back: still night (in BST it would be 06:30)" },
    };

    public static TheoryData<string, string, string, string> CallerCases => new()
    {
        // call_from, call_to, application_parameters, expected rule
        { "441612345678", "441908000000", "", "north" },
        { "+441612345678", "441908000000", "", "north" },
        { "tel:+44-161-234-5678", "441908000000", "", "north" },
        { "sip:441512345678@pbx.example.com", "441908000000", "", "north" },
        { "sip:+441512345678@pbx.example.com;user=phone", "441908000000", "", "north" },
        { "sip:alice@pbx.example.com", "441908000000", "", "fallback" },
        { "441621345678", "441908000000", "", "fallback" },
        { "441908273801", "+442071234567", "", "london-line" },
        { "441908273801", "sip:442071234567@gw.example.com", "", "london-line" },
        { "441908273801", "441908000000", "lang=en;vip=1", "vip" },
        { "441908273801", "441908000000", "tier=gold", "vip" },
        { "441908273801", "441908000000", "vip=0", "fallback" },
        { "441131234567", "441908000000", "member=1", "leeds-member" },
        { "441131234567", "441908000000", "member=0", "fallback" },
        { "441908273801", "441908000000", "member=1", "fallback" },
    };

    [Theory]
    [MemberData(nameof(ClockCases))]
    public void TimeDayAndDateRulesFollowTheAppsTimeZone(string utc, string callFrom, string expected, string why)
    {
        var answer = Answer("first", PageRequests.Inbound(from: callFrom, to: "441908000000"), DateTimeOffset.Parse(utc));

        Assert.True(expected == answer, $"{why}: expected {expected}, answered {answer}");
    }

    [Theory]
    [MemberData(nameof(CallerCases))]
    public void PrefixAndParameterRulesReadTheCallAndEveryConditionOfAWhenMustHold(string callFrom, string callTo, string parameters, string expected)
    {
        var request = PageRequests.With(PageRequests.Inbound(from: callFrom, to: callTo), info => info["this_call"]!["application_parameters"] = parameters);

        Assert.Equal(expected, Answer("first", request, DateTimeOffset.Parse($"{Saturday}T12:00:00Z")));
    }

    [Theory]
    [InlineData("get_number", "entered_number", "1234", "pin")]
    [InlineData("get_number", "entered_number", "12345", "fallback")]
    [InlineData("get_number", "entered_number", "1", "one-or-star")]
    [InlineData("run_menu", "selected_digit", "1", "one-or-star")]
    [InlineData("run_menu", "selected_digit", "*", "one-or-star")]
    [InlineData("run_menu", "selected_digit", "2", "fallback")]
    public void DigitsRulesMatchTheResultOfTheActionThatRequestedThePage(string action, string resultKey, string value, string expected)
    {
        var request = PageRequests.With(PageRequests.Inbound(), info => info["action_result"] = new JsonObject
        {
            ["action"] = action,
            ["interrupted"] = false,
            ["result"] = new JsonObject { [resultKey] = value },
        });

        Assert.Equal(expected, Answer("choice", request, DateTimeOffset.Parse($"{Saturday}T12:00:00Z")));
    }

    [Fact]
    public void AnInterruptedActionMatchesNoDigits()
    {
        var request = PageRequests.With(PageRequests.Inbound(), info => info["action_result"] = new JsonObject { ["action"] = "get_number", ["interrupted"] = true });

        Assert.Equal("fallback", Answer("choice", request, DateTimeOffset.Parse($"{Saturday}T12:00:00Z")));
    }

    [Fact]
    public void EveryFileAppHasFinalAndErrorPages()
    {
        var app = new DeclarativeApp(MatchingApp, new FixedClock(DateTimeOffset.Parse($"{Saturday}T12:00:00Z")), NullLogger<DeclarativeApp>.Instance);

        Assert.True(app.HasPage(PageNames.Final));
        Assert.True(app.HasPage(PageNames.Error));
        Assert.False(app.HasPage("missing"));
        Assert.Empty(app.Answer(Context(PageNames.Final, PageRequests.Final())).Actions);
        Assert.Same(app.Fallback, app.Answer(Context(PageNames.Error, PageRequests.Inbound())));
    }

    [Fact]
    public void PlaceholdersAreFilledFromTheRequestOfANextPage()
    {
        var file = Read("""
            {
              "fallback": [ { "hang_up": {} } ],
              "pages": {
                "first": [ { "actions": [ { "get_number": { "digit_count": 4, "next_page": "connect" } } ] } ],
                "connect": [ { "actions": [
                  { "play": { "play_list": [ { "text_to_say": "Calling extension {entered_number} for {call_from:5} on call {call_id}" } ] } },
                  { "connect": { "destinations": [ "sip:{entered_number}@pbx.example.com" ], "call_from": "{call_to}" } } ] } ]
              }
            }
            """);
        var app = new DeclarativeApp(file, TimeProvider.System, NullLogger<DeclarativeApp>.Instance);
        var request = PageRequests.With(PageRequests.Inbound(callId: "c-77", from: "+441612345678", to: "442071234567"), info => info["action_result"] = new JsonObject
        {
            ["action"] = "get_number",
            ["interrupted"] = false,
            ["result"] = new JsonObject { ["entered_number"] = "2041" },
        });

        var answer = app.Answer(Context("connect", request));

        Assert.Equal("Calling extension 2041 for 44161 on call c-77", SaidText.Of(answer));
        var connect = Assert.IsType<CallFlow.Actions.Verbs.Connect>(answer.Actions[1]);
        Assert.Equal(["sip:2041@pbx.example.com"], connect.Destinations);
        Assert.Equal("442071234567", connect.CallFrom);
    }

    private static string Answer(string page, JsonObject request, DateTimeOffset utcNow)
    {
        var app = new DeclarativeApp(MatchingApp, new FixedClock(utcNow), NullLogger<DeclarativeApp>.Instance);
        return SaidText.Of(app.Answer(Context(page, request)));
    }

    private static PageContext Context(string page, JsonObject request) =>
        new("matching", page, PageRequestReader.Read(request.ToJsonString()), new ServiceCollection().BuildServiceProvider());

    private static AppFile Read(string template)
    {
        var json = System.Text.RegularExpressions.Regex.Replace(template, @"\{\{say ([a-z-]+)\}\}", m => $$"""{ "play": { "play_list": [ { "text_to_say": "{{m.Groups[1].Value}}" } ] } }""");
        var result = AppFileReader.Read("apps/matching.json", Encoding.UTF8.GetBytes(json));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.File!;
    }
}
