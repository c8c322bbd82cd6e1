using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.ArchitectureTests.Host;
using SocialErp.ArchitectureTests.Support;
using SocialErp.BuildingBlocks.Security;

namespace SocialErp.ArchitectureTests.Security;

/// <summary>
/// Secure by default: every endpoint says who may call it, a permission or an explicit marker, so that an
/// endpoint forgotten by its author is caught here rather than left to the fallback policy.
/// </summary>
[Trait("Category", "Architecture")]
[Collection(HostCollection.Name)]
public sealed class EndpointSecurityTests(HostFixture host)
{
    /// <summary>The host's internal marker for "any signed-in user" endpoints, matched by name.</summary>
    private const string AuthenticatedOnlyMetadataName = "AuthenticatedOnlyMetadata";

    /// <summary>The policy name prefix of BuildingBlocks' (internal) PermissionPolicyProvider.</summary>
    private const string PermissionPolicyPrefix = "permission:";

    private const int MinimumEndpoints = 5;

    [Fact]
    public void Endpoints_Mapped_DeclareAPermissionOrAnExplicitMarker()
    {
        var endpoints = Endpoints();
        ArchitectureAssert.Scanned("endpoints", endpoints, MinimumEndpoints);

        ArchitectureAssert.NoOffenders(
            "Every endpoint declares a permission (RequirePermission), AllowAnonymous, or the host's AuthenticatedOnlyMetadata",
            endpoints
                .Where(e => e.Metadata.GetMetadata<PermissionMetadata>() is null
                    && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                    && !e.Metadata.Any(m => m.GetType().Name == AuthenticatedOnlyMetadataName))
                .Select(Describe));
    }

    [Fact]
    public void Endpoints_PermissionMetadata_NamesAKnownPermission()
    {
        var catalogue = host.Services.GetRequiredService<PermissionCatalogue>();
        var declared = Endpoints()
            .SelectMany(e => e.Metadata.GetOrderedMetadata<PermissionMetadata>().Select(p => (Endpoint: e, p.Permission)))
            .ToList();
        ArchitectureAssert.Scanned("endpoints with a permission", declared, 1);

        ArchitectureAssert.NoOffenders(
            "Every permission an endpoint requires is declared in the PermissionCatalogue",
            declared.Where(d => !catalogue.Exists(d.Permission)).Select(d => $"{Describe(d.Endpoint)}: unknown permission '{d.Permission}'"));
    }

    [Fact]
    public void Endpoints_PermissionMetadata_EnforcedByItsPolicy()
    {
        var declared = Endpoints()
            .SelectMany(e => e.Metadata.GetOrderedMetadata<PermissionMetadata>().Select(p => (Endpoint: e, p.Permission)))
            .ToList();
        ArchitectureAssert.Scanned("endpoints with a permission", declared, 1);

        var offenders = declared
            .Where(d => !d.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == PermissionPolicyPrefix + d.Permission))
            .Select(d => $"{Describe(d.Endpoint)}: declares '{d.Permission}' without its authorization policy (use RequirePermission)")
            .Concat(declared
                .Where(d => d.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                .Select(d => $"{Describe(d.Endpoint)}: AllowAnonymous switches off the '{d.Permission}' check"));
        ArchitectureAssert.NoOffenders("A declared permission is actually enforced", offenders);
    }

    private List<RouteEndpoint> Endpoints() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var route = $"{(methods is { Count: > 0 } ? string.Join(",", methods) : "ANY")} {endpoint.RoutePattern.RawText}";
        return endpoint.DisplayName is { } name && !name.Contains(endpoint.RoutePattern.RawText ?? route, StringComparison.Ordinal)
            ? $"{route} ({name})"
            : route;
    }
}
