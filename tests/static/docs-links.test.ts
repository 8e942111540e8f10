import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README and docs/ link to each other, to sections and to source files. A renamed heading
// or a moved file breaks a link silently on GitHub; this keeps every relative link and #anchor
// pointing at something that exists.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Markdown without fenced code blocks, inline code and HTML comments: links there are examples. */
function prose(md: string): string {
  return md
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, text] of md.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = text!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** Every inline link and image target in the prose: `[text](target)`. */
function links(md: string): string[] {
  return [...prose(md).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** What is wrong with each relative link of `file` (a path from the root), or nothing. */
function brokenLinks(file: string, md: string, read: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const target of links(md)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: … are not ours to check
    const [path = '', anchor] = target.split('#', 2);
    const to = path ? relative(ROOT, join(ROOT, dirname(file), decodeURIComponent(path))) : file;
    const text = read(to);
    if (text === undefined) {
      problems.push(`${file}: ${target}: no file or folder ${to}`);
      continue;
    }
    if (anchor !== undefined && to.endsWith('.md') && !anchors(text).has(anchor)) problems.push(`${file}: ${target}: no heading #${anchor} in ${to}`);
  }
  return problems;
}

/** A file's text, '' for a folder, undefined when there is nothing at that path. */
const readRepo = (path: string): string | undefined => {
  const full = join(ROOT, path);
  if (!existsSync(full)) return undefined;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
};

describe('links in the README and docs/', () => {
  it('reads the README and every guide, each with links (the check is not vacuous)', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'docs/configuration.md', 'docs/contributing.md', 'docs/integrations.md', 'docs/practices-and-directory.md', 'docs/privacy-and-security.md']));
    for (const f of DOCS) expect(links(readRepo(f)!).length, f).toBeGreaterThan(0);
  });

  it('would notice a missing file, a missing heading and a missing anchor in the same file', () => {
    const md = '# Title\n\n## Two words\n\n[a](#two-words) [b](#nope) [c](docs/gone.md) [d](README.md#no-such-heading) [e](https://example.com/x#y)\n\n```md\n[f](ignored.md)\n```';
    expect(brokenLinks('README.md', md, (p) => (p === 'README.md' ? md : readRepo(p)))).toEqual([
      'README.md: #nope: no heading #nope in README.md',
      'README.md: docs/gone.md: no file or folder docs/gone.md',
      'README.md: README.md#no-such-heading: no heading #no-such-heading in README.md',
    ]);
  });

  it('makes GitHub anchors from headings with code, punctuation and repeats', () => {
    expect([...anchors('## Look: theme, colours and contrast\n## `copy` & more\n## Same\n## Same')]).toEqual(['look-theme-colours-and-contrast', 'copy--more', 'same', 'same-1']);
  });

  it.each(DOCS)('%s links only to files and headings that exist', (file) => {
    expect(brokenLinks(file, readRepo(file)!, readRepo)).toEqual([]);
  });
});
