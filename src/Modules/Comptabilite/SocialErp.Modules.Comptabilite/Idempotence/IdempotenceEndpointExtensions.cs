using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Comptabilite.Idempotence;

internal static class IdempotenceEndpointExtensions
{
    /// <summary>
    /// Makes a money POST honour <c>Idempotency-Key</c> (the endpoint declares the header as a parameter so it is
    /// documented). Put it after the validation filter: invalid requests never reach the store.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotence<TRequest>(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter<IdempotenceFilter<TRequest>>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
