// The file a site owner's <script> tag loads (dist/treatment-quiz.js). It stays a classic
// script, so it works with `async`, in Google Tag Manager and in any site builder, and it
// loads the quiz as ES modules from the folder beside it (dist/widget/): the first screen
// downloads only what it needs, and parts most visitors never reach are separate files.
// Module files from another origin need CORS headers, which public CDNs send.

/** The first screen's files, entry first: written in by the build from its manifest. */
declare const __TQ_FIRST_SCREEN__: readonly string[];
/** The config validator's and theme checks' files, needed first whenever the page gives settings. */
declare const __TQ_SETTINGS__: readonly string[];

/** A quiz on the page (parsed so far) that names a config file or carries inline settings. */
const SETTINGS = 'treatment-quiz[config],[data-treatment-quiz][data-config],treatment-quiz>script[type="application/json"],[data-treatment-quiz]>script[type="application/json"]';

try {
  const me = document.currentScript as HTMLScriptElement | null;
  const src = me?.src || document.querySelector<HTMLScriptElement>('script[src*="treatment-quiz"]')?.src || document.baseURI;
  // All at once: the entry's own imports would otherwise be found only after it arrives.
  const files = document.querySelector(SETTINGS) ? [...__TQ_FIRST_SCREEN__, ...__TQ_SETTINGS__] : __TQ_FIRST_SCREEN__;
  // One error, not one per file: a missing widget/ folder fails every file at once, and the
  // owner needs to see the address that was tried (the browser's own 404 lines remain).
  let told = false;
  for (const file of files) {
    const url = new URL(`widget/${file}`, src).href;
    import(/* @vite-ignore */ url).catch((e: unknown) => {
      if (!told) console.error(`treatment-quiz: could not load ${url}; is the widget/ folder next to the script?`, e);
      told = true;
    });
  }
} catch (e) {
  console.error('treatment-quiz: could not start', e);
}
