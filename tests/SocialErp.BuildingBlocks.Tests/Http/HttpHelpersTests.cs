using Microsoft.AspNetCore.Http;
using SocialErp.BuildingBlocks.Http;
using SocialErp.SharedKernel.Results;

namespace SocialErp.BuildingBlocks.Tests.Http;

[Trait("Category", "Unit")]
public sealed class HttpHelpersTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("*", null)]
    [InlineData("\"7\"", 7L)]
    [InlineData("W/\"7\"", 7L)]
    public void ReadIfMatch_ValidHeaders_GiveExpectedVersion(string? header, long? expected)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.IfMatch = header;
        }

        var result = ETags.ReadIfMatch(context.Request);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("\"sept\"")]
    public void ReadIfMatch_Unreadable_ValidationError(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = header;

        var result = ETags.ReadIfMatch(context.Request);

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Contains("If-Match", result.Error.Fields!.Keys);
    }

    [Fact]
    public void Check_StaleVersion_PreconditionFailed()
    {
        Assert.True(ETags.Check(null, 3).IsSuccess);
        Assert.True(ETags.Check(3, 3).IsSuccess);
        Assert.Equal(ErrorKind.PreconditionFailed, ETags.Check(2, 3).Error!.Kind);
    }

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, 501, "pageSize")]
    public void PageQuery_OutOfRange_FieldError(int? page, int? pageSize, string field)
    {
        var result = new PageQuery(page, pageSize, null).ToPageRequest();

        Assert.Contains(field, result.Error!.Fields!.Keys);
    }

    [Fact]
    public void PageQuery_Defaults_FirstPageOfFifty()
    {
        var page = new PageQuery(null, null, null).ToPageRequest().Value;

        Assert.Equal((1, 50, 0), (page.Page, page.PageSize, page.Skip));
    }

    [Fact]
    public void Problem_ErrorKinds_MapToStatusCodes()
    {
        Assert.Equal(404, ErrorResults.Problem(Error.NotFound("x", "x")).StatusCode);
        Assert.Equal(409, ErrorResults.Problem(Error.Conflict("x", "x")).StatusCode);
        Assert.Equal(412, ErrorResults.Problem(Error.VersionObsolete).StatusCode);
        Assert.Equal(422, ErrorResults.Problem(Error.BusinessRule("x", "x")).StatusCode);
        Assert.Equal(400, ErrorResults.Problem(Error.Validation("champ", "message")).StatusCode);
        Assert.Equal("urn:socialerp:probleme:x", ErrorResults.Problem(Error.Conflict("x", "x")).ProblemDetails.Type);
    }
}
