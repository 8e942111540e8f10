// The demo server's own pages (the page list, the lead inbox): text escaped, the demo site's
// stylesheet, nothing inline, so they are served under the strict CSP like csp.html.

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A whole page around `main` (already-escaped HTML), in the demo site's look. */
export const page = (title: string, main: string): string => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/demo/site.css">
</head>
<body>
  <header class="site-header">
    <div class="shell">
      <a class="brand" href="/"><span>treatment-quiz <small>Demo</small></span></a>
    </div>
  </header>
  <main id="main" class="shell demo-page">
${main}
  </main>
</body>
</html>
`;
