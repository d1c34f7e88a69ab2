using System.IO.Compression;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Features.Site;

public class CompressionTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Public_pages_are_compressed_and_decompress_to_the_same_page(string encoding)
    {
        var client = factory.ClientFor();
        var plain = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        for (var visit = 0; visit < 2; visit++) // the second visit comes from the cache
        {
            var response = await GetAsync(client, "/", encoding);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            var compressed = await response.Content.ReadAsByteArrayAsync();
            Assert.True(compressed.Length * 3 < plain.Length, $"{compressed.Length} bytes is not much smaller than {plain.Length}");
            using Stream decoder = encoding == "br"
                ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
                : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            Assert.Equal(plain, await new StreamReader(decoder).ReadToEndAsync());
        }
        Assert.Empty((await client.GetAsync("/")).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_with_forms_or_for_signed_in_people_are_never_compressed()
    {
        Assert.Empty((await GetAsync(factory.ClientFor(), "/aanmelden", "br")).Content.Headers.ContentEncoding);
        var admin = await factory.SignedInAsync();
        Assert.Empty((await GetAsync(admin, "/beheer/gebieden", "br")).Content.Headers.ContentEncoding);
        Assert.Empty((await GetAsync(admin, "/", "br")).Content.Headers.ContentEncoding);
    }
}
