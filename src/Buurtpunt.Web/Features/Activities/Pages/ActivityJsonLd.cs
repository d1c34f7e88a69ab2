using System.Text.Json;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Activities.Pages;

/// <summary>schema.org Event for an activity's date, so search engines and calendars understand the page.</summary>
public static class ActivityJsonLd
{
    // The default encoder escapes < and >, so text people wrote cannot close the script element.
    public static string For(ActivityPageModel page, PublicLinks links)
    {
        var activity = page.Activity;
        var date = page.Date;
        object location = page.Point is { } point
            ? new Dictionary<string, object>
            {
                ["@type"] = "Place", ["name"] = point.Name,
                ["address"] = new Dictionary<string, object> { ["@type"] = "PostalAddress", ["streetAddress"] = point.Street, ["postalCode"] = point.PostalCode, ["addressLocality"] = point.City, ["addressCountry"] = "BE" },
            }
            : new Dictionary<string, object> { ["@type"] = "Place", ["name"] = activity.Place ?? "", ["address"] = activity.Place ?? "" };
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = activity.Title,
            ["description"] = activity.Description,
            ["startDate"] = MunicipalClock.Local(date.StartUtc).InZoneLeniently(MunicipalClock.Zone).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["endDate"] = MunicipalClock.Local(date.EndUtc).InZoneLeniently(MunicipalClock.Zone).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["eventStatus"] = date.CancelledUtc is not null ? "https://schema.org/EventCancelled" : date.Moved ? "https://schema.org/EventRescheduled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["location"] = location,
            ["organizer"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = activity.Organiser },
            ["isAccessibleForFree"] = activity.PriceCents == 0,
            ["url"] = links.Absolute($"/activiteit/{date.Id}"),
            ["offers"] = new Dictionary<string, object>
            {
                ["@type"] = "Offer", ["price"] = (activity.PriceCents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), ["priceCurrency"] = "EUR",
            },
        };
        if (activity.TakesRegistrations && date.Capacity is { } capacity)
            data["maximumAttendeeCapacity"] = capacity;
        return JsonSerializer.Serialize(data);
    }
}
