using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Buurtpunt.Web.Shared.Ui;

/// <summary>
/// The query keys a cached page or endpoint reads, as its own code declares them: a page's
/// <c>[BindProperty(SupportsGet = true, Name = …)]</c> properties and GET handler parameters
/// (<c>[FromQuery(Name = …)]</c>), an endpoint's query parameters (also inside <c>[AsParameters]</c>).
/// The public cache varies by these only, so a made-up key (<c>?x=1</c>, <c>?utm_source=…</c>) is
/// served from the cache instead of rendering again — a page reads nothing else from the query.
/// </summary>
public static class KnownQueryKeys
{
    /// <summary>Vary by every key: for a parameter whose keys cannot be told (a complex type bound from the query).</summary>
    private static readonly StringValues All = "*";

    private static readonly ConcurrentDictionary<Endpoint, StringValues> Known = new();

    public static StringValues Of(Endpoint endpoint) => Known.GetOrAdd(endpoint, Read);

    private static StringValues Read(Endpoint endpoint)
    {
        var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var complete = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page
            ? FromPage(page, keys)
            : endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method || method.GetParameters().All(p => FromParameter(p, keys));
        if (!complete) return All;
        // A route value wins over a query key of the same name, so such a key changes nothing.
        if (endpoint is RouteEndpoint route) keys.RemoveWhere(k => route.RoutePattern.GetParameter(k) is not null);
        return new StringValues([.. keys]);
    }

    private static bool FromPage(CompiledPageActionDescriptor page, SortedSet<string> keys)
    {
        var get = new ActionContext(new DefaultHttpContext { Request = { Method = HttpMethods.Get } }, new Microsoft.AspNetCore.Routing.RouteData(), page);
        foreach (var property in page.BoundProperties)
        {
            if (property.BindingInfo?.RequestPredicate is { } bindsOn && !bindsOn(get)) continue;
            if (!Add(property.BindingInfo?.BindingSource, property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType, keys)) return false;
        }
        foreach (var handler in page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase)))
        {
            if (handler.Name is not null) keys.Add("handler");
            foreach (var parameter in handler.Parameters)
                if (!Add(parameter.BindingInfo?.BindingSource, parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, keys)) return false;
        }
        return true;
    }

    private static bool Add(BindingSource? source, string name, Type type, SortedSet<string> keys)
    {
        if (source is not null && source != BindingSource.Query && source != BindingSource.ModelBinding) return true;
        if (!IsSimple(type)) return type == typeof(CancellationToken); // a complex type from the query: its keys are not known
        keys.Add(name);
        return true;
    }

    private static bool FromParameter(ParameterInfo parameter, SortedSet<string> keys)
    {
        var attributes = parameter.GetCustomAttributes(inherit: true);
        if (attributes.OfType<AsParametersAttribute>().Any())
            return parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length) is not { } constructor
                || constructor.GetParameters().All(p => FromParameter(p, keys));
        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } query)
        {
            keys.Add(query.Name ?? parameter.Name!);
            return true;
        }
        if (attributes.Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromBodyMetadata or IFromFormMetadata or IFromServiceMetadata)) return true;
        // Minimal APIs read a simple parameter that is not in the route from the query; anything else is a service or special.
        if (IsSimple(parameter.ParameterType)) keys.Add(parameter.Name!);
        return true;
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string))
            || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not null;
    }
}
