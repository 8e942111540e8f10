import { describe, expect, it } from 'vitest';
import { scriptJson, snippet } from '../../demo/snippet';

// The embed builder's snippet goes into the owner's page as HTML: whatever the owner typed, the
// JSON inside its <script> must not end that element early or make the parser swallow the page.

const NASTY = ['Spa <!--<script> Deluxe', 'Spa </script><p>x</p>', 'A & B > C', 'line\u2028break\u2029here', '</SCRIPT >'];

describe('the builder snippet', () => {
  it('has no <, >, & or line separators inside the inline JSON, and parses back to the original', () => {
    for (const name of NASTY) {
      const json = scriptJson({ practices: [{ name }] });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ practices: [{ name }] });
    }
    expect(scriptJson({ name: 'Spa <!--<script> Deluxe' })).toContain('Spa \\u003c!--\\u003cscript\\u003e Deluxe');
  });

  it('puts the escaped JSON in the element, and nothing else of the owner\'s text unescaped', () => {
    const html = snippet({ locale: 'en', practices: [{ name: NASTY[0] }] }, 'element');
    const inline = /<script type="application\/json">\n([\s\S]*)\n {2}<\/script>/.exec(html)?.[1];
    expect(JSON.parse(inline!)).toEqual({ practices: [{ name: NASTY[0] }] });
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
  });
});
