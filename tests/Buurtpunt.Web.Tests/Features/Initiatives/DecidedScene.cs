using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>A <see cref="ReviewScene"/> taken through the whole review to the council's grant, with lead times the tests can count on.</summary>
public static class DecidedScene
{
    /// <summary>
    /// The review chain up to a grant of € 1.250,50: the working group starts and advises, two members
    /// score (averages 3,0 · 3,5 · 3,0 · 4,5; 3,5 in all), the chair advises, the council approves. Then
    /// the dates are set back so that the start came 3 days and the decision 13 days after submission.
    /// </summary>
    public static async Task DecideAsync(ReviewScene s)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.StartReview)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.Recommend, F("Input.Opinion", "Positive"), F("Input.Advice", "Past in de oproep."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Member, 4, 4, 3, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Chair, 2, 3, 3, 4)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Chair, ApplicationStep.Advise, F("Input.Opinion", "Conditional"), F("Input.Advice", "Goed, als de straat afgesloten wordt."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "1.250,50"), F("Input.Conditions", "Verzekering regelen."))).StatusCode);
        await SetBackAsync(s.Factory, s.Application, toStart: 3, toDecision: 13);
    }

    /// <summary>Moves the submission back in time: the working group's start <paramref name="toStart"/> days after it, the decision <paramref name="toDecision"/> days.</summary>
    public static Task SetBackAsync(BuurtpuntFactory factory, int application, int toStart, int? toDecision) => factory.WithDbAsync(async db =>
    {
        var submitted = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-(toDecision ?? toStart) - 1);
        var row = db.Applications.IgnoreQueryFilters().Where(a => a.Id == application);
        await row.ExecuteUpdateAsync(x => x.SetProperty(a => a.SubmittedUtc, submitted).SetProperty(a => a.CreatedUtc, submitted));
        if (toDecision is { } days) await row.ExecuteUpdateAsync(x => x.SetProperty(a => a.DecidedUtc, submitted.AddDays(days)));
        return await db.ApplicationEvents.IgnoreQueryFilters().Where(e => e.ApplicationId == application && e.Step == ApplicationStep.StartReview)
            .ExecuteUpdateAsync(x => x.SetProperty(e => e.AtUtc, submitted.AddDays(toStart)));
    });
}
