using Playbooks.Core;
using Playbooks.Server.Hosting;

namespace Playbooks.Server.Tests.Hosting;

public sealed class ServerUrlsTests
{
    [Theory]
    [InlineData("127.0.0.1:5988")]
    [InlineData("localhost:5988")]
    [InlineData("ftp://127.0.0.1:5988")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://")]
    public void Rejects_an_address_without_scheme_host_and_port_as_a_usage_error(string urls)
    {
        var error = Assert.Throws<PlaybooksException>(() => ServerUrls.Parse(urls));

        Assert.Equal(($"--urls 的值“{urls}”不是有效的监听地址：要写成 协议://主机:端口", ErrorKind.BadValue), (error.Message, error.Kind));
        Assert.True(error.Kind.IsUsage);
        Assert.Equal("例如 --urls http://127.0.0.1:5988（多个地址用 ; 分隔）", error.Remedy);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://localhost:5080;https://[::1]:5081", false)]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://[::]:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://myhost:5080", true)]
    [InlineData("http://999.1.1.1:5080", true)]
    [InlineData("http://192.168.1.5:5080", false)]
    [InlineData("http://LOCALHOST:5080", false)]
    public void Knows_when_other_machines_can_connect(string urls, bool everyInterface) =>
        Assert.Equal(everyInterface, ServerUrls.Parse(urls).ListensOnAllInterfaces);

    [Fact]
    public void Accepts_loopback_names_the_named_hosts_and_the_extra_ones_but_no_wildcard()
    {
        var hosts = ServerUrls.Parse("http://0.0.0.0:5080;http://Handbook.Local:5081").AllowedHosts(["ops-laptop"]);

        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "handbook.local", "ops-laptop"], hosts);
    }
}
