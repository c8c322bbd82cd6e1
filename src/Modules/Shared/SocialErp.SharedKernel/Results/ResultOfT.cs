using System.Diagnostics.CodeAnalysis;

namespace SocialErp.SharedKernel.Results;

/// <summary>Outcome of a command or query: a value or an <see cref="Results.Error"/>.</summary>
[SuppressMessage("Naming", "CA1716", Justification = "Result<T> is the conventional name.")]
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T value)
        : base(null) => _value = value;

    private Result(Error error)
        : base(error) => _value = default;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value.");

    [SuppressMessage("Design", "CA1000", Justification = "Factory on the generic type reads best at call sites.")]
    public static Result<T> Success(T value) => new(value);

    [SuppressMessage("Design", "CA1000", Justification = "Factory on the generic type reads best at call sites.")]
    public static new Result<T> Failure(Error error) => new(error);

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new(error);
}
