using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Transport;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    public sealed class RobustnessTests
    {
        private static Dictionary<string, string> Workspace() => new Dictionary<string, string>
        {
            [TestTopologies.Root] = TestTopologies.RootText,
            [TestTopologies.Fragment] = TestTopologies.FragmentText,
        };

        [Theory]
        [InlineData("Content-Length: 9\r\n\r\n{\"jsonrpc")]
        [InlineData("Content-Length: 7\r\n\r\n[1,2,3]")]
        [InlineData("Content-Length: 17\r\n\r\n{\"jsonrpc\":\"2.0\"}")]
        [InlineData("Content-Length: abc\r\n\r\n")]
        [InlineData("Garbage without a colon\r\n\r\n")]
        public async Task MalformedMessage_IsLogged_AndTheServerGoesOn(string garbage)
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.IdleAsync();
            byte[] bytes = Encoding.UTF8.GetBytes(garbage);
            await session.RawClientStream.WriteAsync(bytes);
            await session.RawClientStream.FlushAsync();

            await session.OpenAsync(TestTopologies.Root);
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.Equal(1, published.Version);
            Assert.Contains(session.Logs, l => l.StartsWith("topolint: a message", StringComparison.Ordinal));
            Assert.False(session.ServerTask.IsCompleted);
        }

        [Fact]
        public async Task UnknownRequest_GetsMethodNotFound()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());

            RemoteMethodNotFoundException error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => session.RequestAsync<JsonElement>("topolint/noSuchMethod", new { }));

            Assert.Equal(JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
            await session.OpenAsync(TestTopologies.Root);
            Assert.Equal(1, (await session.DiagnosticsAsync(TestTopologies.Root)).Version);
        }

        [Fact]
        public async Task OutOfRangeEdit_IsClampedAndLogged()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root);
            await session.IdleAsync();

            await session.ChangeAsync(TestTopologies.Root, 2, new Protocol.Range(new Position(500, 3), new Position(900, 0)), "# appended\n");
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.Equal(2, published.Version);
            Assert.Contains(session.Logs, l => l.Contains("lies outside the document", StringComparison.Ordinal));
        }

        [Fact]
        public async Task ParamsOfTheWrongShape_AnswerAnError_NotACrash()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());

            await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = 5, position = "x" }));

            await session.OpenAsync(TestTopologies.Root);
            Assert.Equal(1, (await session.DiagnosticsAsync(TestTopologies.Root)).Version);
        }

        [Fact]
        public async Task ShutdownThenExit_EndsWithZero()
        {
            LspSession session = await LspSession.StartAsync(Workspace());
            await session.RequestAsync<JsonElement?>("shutdown", new { });
            await session.NotifyAsync("exit", new { });

            Assert.Equal(0, await session.ServerTask.WaitAsync(TimeSpan.FromSeconds(30)));
            await session.DisposeAsync();
        }

        [Theory]
        [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}", true)]
        [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":null}", true)]
        [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":7}", false)]
        [InlineData("\"text\"", false)]
        [InlineData("{\"jsonrpc\":\"2.0\",\"method\":", false)]
        public void FrameFilter_PassesOnlyJsonRpcObjects(string body, bool passes)
        {
            Assert.Equal(passes, FrameFilter.IsJsonRpcMessage(Encoding.UTF8.GetBytes(body), out string? problem));
            Assert.Equal(passes, problem == null);
        }
    }
}
