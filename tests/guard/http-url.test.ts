// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fetchUrl, httpUrl } from '../../src/config/schema';
import { safeHttpUrl, withUtm } from '../../src/match/links';
import { absoluteUrl } from '../../src/ui/practices/fetch-json';

// One http(s) check (src/guard/http-url.ts) behind every place an address is accepted: a link the
// config accepts is one the widget draws, and a script address is refused by all of them alike.

const PAGE = 'https://spa.example/quiz/';

/** Each place, asked the same question: would it use this address? */
const places = {
  'config: a full address (httpUrl)': (s: string) => v.is(httpUrl, s),
  'config: an address on this site or a full one (fetchUrl)': (s: string) => v.is(fetchUrl, s),
  'practice links (safeHttpUrl)': (s: string) => safeHttpUrl(s) !== undefined,
  'outbound links (withUtm)': (s: string) => withUtm(s, { content: 'filler' }) !== undefined,
  'fetched config addresses (absoluteUrl)': (s: string) => absoluteUrl(s, PAGE) !== undefined,
};
const FULL_ONLY = ['config: a full address (httpUrl)', 'practice links (safeHttpUrl)', 'outbound links (withUtm)'];

describe('the http(s) address check', () => {
  it.each(['https://spa.example/p', 'HTTP://spa.example', 'http://spa.example:8080/a?b=1#c', '  https://spa.example  '])('every place accepts %j', (s) => {
    for (const [place, accepts] of Object.entries(places)) expect(accepts(s), place).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'blob:https://spa.example/1', 'ftp://spa.example/p', 'mailto:a@b.example', 'https://', ''])(
    'every place refuses %j',
    (s) => {
      for (const [place, accepts] of Object.entries(places)) expect(accepts(s), place).toBe(false);
    },
  );

  it.each(['/quiz/practices.json', 'practices.json', '//cdn.example/p.json'])('%j: an address on this site, accepted only where one is meant', (s) => {
    for (const [place, accepts] of Object.entries(places)) expect(accepts(s), place).toBe(!FULL_ONLY.includes(place));
  });
});
