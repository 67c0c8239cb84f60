using System.Text;
using Corroborate.Cli.Rendering;

namespace Corroborate.Cli.Tests;

/// <summary>The stream that carries the JSON contract into standard output as it is written.</summary>
public sealed class TextWriterStreamTests
{
    [Fact]
    public void Write_KeepsACharacterSplitAcrossWrites()
    {
        const string text = "Gdańsk — “quoted” 😀 end";
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            // One byte at a time, so every multi-byte character arrives in pieces.
            foreach (var b in bytes) stream.Write([b], 0, 1);
        }

        Assert.Equal(text, output.ToString());
    }

    [Fact]
    public void Write_TakesABufferLargerThanItsOwn()
    {
        var text = new string('é', 10_000);
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output)) stream.Write(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, output.ToString());
    }
}
