using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SocialErp.Host.Platform;

/// <summary>
/// Traces and metrics over OTLP when <c>OpenTelemetry:OtlpEndpoint</c> is set. Built with the core SDK
/// (OpenTelemetry.Extensions.Hosting is not served here); the providers live as long as the host.
/// </summary>
internal static class TelemetryExtensions
{
    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return;
        }

        var resource = ResourceBuilder.CreateDefault().AddService("socialerp");
        void Otlp(OtlpExporterOptions o) => o.Endpoint = uri;
        builder.Services.AddSingleton(Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource("Microsoft.AspNetCore", "SocialErp")
            .AddOtlpExporter(Otlp)
            .Build());
        builder.Services.AddSingleton(Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", "SocialErp")
            .AddOtlpExporter(Otlp)
            .Build());
    }

    /// <summary>Resolves the providers so they start exporting with the host.</summary>
    public static void StartTelemetry(this WebApplication app)
    {
        app.Services.GetService<TracerProvider>();
        app.Services.GetService<MeterProvider>();
    }
}
