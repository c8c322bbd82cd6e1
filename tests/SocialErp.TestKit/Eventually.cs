namespace SocialErp.TestKit;

/// <summary>Polls a condition until it holds or the timeout passes (for background work only).</summary>
public static class Eventually
{
    public static async Task AssertAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Not reached within the timeout: {because}");
    }
}
