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
  for (const file of files) {
    import(/* @vite-ignore */ new URL(`widget/${file}`, src).href).catch((e: unknown) => {
      console.error('treatment-quiz: could not load the quiz files', e);
    });
  }
} catch (e) {
  console.error('treatment-quiz: could not start', e);
}
