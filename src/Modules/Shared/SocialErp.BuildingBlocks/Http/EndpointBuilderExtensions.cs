using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialErp.BuildingBlocks.Http;

public static class EndpointBuilderExtensions
{
    /// <summary>Validates the <typeparamref name="TRequest"/> body with its registered validator.</summary>
    public static RouteHandlerBuilder WithValidation<TRequest>(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter<ValidationFilter<TRequest>>()
            .ProducesValidationProblem();
}
