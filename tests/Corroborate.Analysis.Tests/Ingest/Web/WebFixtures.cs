using System.Text;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>Small news pages written for these tests: a real-looking layout around an invented article.</summary>
internal static class WebFixtures
{
    public const string Lead = "The river council approved the new flood barrier on Tuesday, ending a debate that lasted two years.";
    public const string Second = "Engineers say the barrier, which cost 40 million euros, will protect 12,000 homes along the lower valley.";
    public const string Third = "Residents, who had campaigned for the project since the floods of 2019, welcomed the decision at a packed meeting.";

    public static string NewsPage(string extraHead = "", string extraArticle = "", string extraBody = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Council approves flood barrier | Valley Gazette</title>
          <meta property="og:site_name" content="Valley Gazette">
          <meta property="og:title" content="Council approves flood barrier">
          <link rel="canonical" href="https://gazette.example/news/2021/03/09/flood-barrier">
          {{extraHead}}
        </head>
        <body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <main>
            <article>
              <h1>Council approves flood barrier</h1>
              <p>{{Lead}}</p>
              <figure><img src="barrier.jpg"><figcaption>The barrier site near the old mill. Photo: Ann Lee</figcaption></figure>
              <p>{{Second}} The plan was first published on the <a href="/council">council website</a> last spring.</p>
              <h2>What happens next</h2>
              <p>{{Third}}</p>
              <ul><li>Construction starts in May.</li><li>Completion is planned for 2024.</li></ul>
              {{extraArticle}}
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            </article>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm closes bridge</a></li><li><a href="/b">Mayor resigns</a></li></ul></aside>
            <section id="comments"><h3>Comments</h3><p>Great news for the valley, finally something done right by this council!</p></section>
          </main>
          <footer><p>© 2021 Valley Gazette Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
          {{extraBody}}
        </body>
        </html>
        """;

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
