// Stops the page behind an open modal from scrolling, without the page jumping sideways when
// its scrollbar goes away: the scrollbar's width is kept as a gutter (or, where
// scrollbar-gutter is unsupported, added to the body's right padding). Done with a
// constructable stylesheet on the document, so it needs no 'unsafe-inline' and is removed
// exactly as it was added. Counted, so two quizzes on a page share one lock.

let holders = 0;
let sheet: CSSStyleSheet | undefined;

export function lockScroll(doc: Document = document): () => void {
  if (holders++ === 0) {
    const html = doc.documentElement;
    const gap = (doc.defaultView?.innerWidth ?? html.clientWidth) - html.clientWidth;
    let css = 'html{overflow:hidden!important}';
    if (gap > 0) {
      css += CSS.supports('scrollbar-gutter', 'stable')
        ? 'html{scrollbar-gutter:stable!important}'
        : `body{padding-right:${parseFloat(getComputedStyle(doc.body).paddingRight) + gap}px!important}`;
    }
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0 && sheet) {
      const s = sheet;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
      sheet = undefined;
    }
  };
}
