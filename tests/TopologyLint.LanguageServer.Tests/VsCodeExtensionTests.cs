using System.IO;
using System.Text.Json;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>The VS Code extension's settings say what the server accepts, so that VS Code's own validation agrees with it.</summary>
    public sealed class VsCodeExtensionTests
    {
        [Fact]
        public void DebounceSetting_HasTheServersDefaultAndRange()
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(DiagnosticsTests.RepositoryRoot(), "editors", "vscode", "package.json")));
            JsonElement setting = manifest.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties").GetProperty("topolint.debounce");

            Assert.Equal("integer", setting.GetProperty("type").GetString());
            Assert.Equal((int)LanguageServerHost.DefaultDebounce.TotalMilliseconds, setting.GetProperty("default").GetInt32());
            Assert.Equal(0, setting.GetProperty("minimum").GetInt32());
            Assert.Equal(TopologyLanguageServer.MaxDebounceMilliseconds, setting.GetProperty("maximum").GetInt32());
        }
    }
}
