import files from 'virtual:treatment-quiz/loader-files';
import { localesOf, WITH_SETTINGS } from './markup';

// The file a site owner's <script> tag loads (dist/treatment-quiz.js). It stays a classic
// script, so it works with `async`, in Google Tag Manager and in any site builder, and it
// loads the quiz as ES modules from the folder beside it (dist/widget/). It fetches everything
// the first screen needs at once: the entry, the words of the page's language, and, when the
// page gives settings, the settings checks (src/parts.ts; the build writes the file names in).
// Module files from another origin need CORS headers, which public CDNs send.

try {
  const me = document.currentScript as HTMLScriptElement | null;
  const src = me?.src || document.querySelector<HTMLScriptElement>('script[src*="treatment-quiz"]')?.src || document.baseURI;
  const wanted = [...files.entry, ...localesOf(document).flatMap((l) => files.words[l]), ...(document.querySelector(WITH_SETTINGS) ? files.settings : [])];
  // One error, not one per file: a missing widget/ folder fails every file at once, and the
  // owner needs to see the address that was tried (the browser's own 404 lines remain).
  let told = false;
  for (const file of new Set(wanted)) {
    const url = new URL(`widget/${file}`, src).href;
    import(/* @vite-ignore */ url).catch((e: unknown) => {
      if (!told) console.error(`treatment-quiz: could not load ${url}; is the widget/ folder next to the script?`, e);
      told = true;
    });
  }
} catch (e) {
  console.error('treatment-quiz: could not start', e);
}
