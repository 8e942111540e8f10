import { validateConfig, type ConfigError } from '../src/config/validate';
import type { TreatmentQuizGlobal } from '../src/embed/auto';
import type { MountHandle } from '../src/embed/mount';
import { checkTheme } from '../src/ui/theme/check';
import { version } from '../package.json';
import { snippet, type ScriptHost } from './snippet';

// The embed builder (demo/builder.html): form -> config -> the same validator the widget uses
// -> live preview, snippet and config JSON. Problems show beside the field they belong to.

const COLOURS = ['accent', 'text', 'background'] as const;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $(id).value.trim();

type Settings = Record<string, unknown>;

/** The owner's settings from the form; empty fields are left out. */
export function settingsFromForm(): Settings {
  const config: Settings = {};
  config.locale = value('locale');
  const mode = (document.querySelector('input[name="mode"]:checked') as HTMLInputElement | null)?.value ?? 'inline';
  if (mode === 'launcher') {
    config.mode = 'launcher';
    config.launcher = { position: value('position') };
  }
  const theme: Settings = {};
  for (const c of COLOURS) if (value(c)) theme[c] = value(c);
  if (value('radius')) theme.radius = Number(value('radius'));
  if (value('scheme') !== 'light') theme.scheme = value('scheme');
  if (Object.keys(theme).length) config.theme = theme;

  const practice: Settings = {};
  for (const key of ['name', 'url', 'phone', 'city', 'state', 'zip']) if (value(`practice-${key}`)) practice[key] = value(`practice-${key}`);
  if (Object.keys(practice).length) {
    const id = String(practice.name ?? 'my-practice').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-practice';
    config.practices = [{ id, ...practice, featured: true }];
  }
  if ($('analytics').checked) config.analytics = 'datalayer';
  if (value('leads-endpoint') || value('leads-privacy')) config.leads = { endpoint: value('leads-endpoint'), privacyUrl: value('leads-privacy') };
  return config;
}

/** Which form field a config path belongs to ("practices[0].url" -> "practice-url"). */
export function fieldFor(path: string): string | undefined {
  const practice = /^practices\[0\]\.(\w+)/.exec(path);
  if (practice) return `practice-${practice[1]}`;
  const theme = /^theme\.(\w+)/.exec(path);
  if (theme) return theme[1];
  if (path === 'leads.endpoint') return 'leads-endpoint';
  if (path === 'leads.privacyUrl') return 'leads-privacy';
  return undefined;
}

function showProblems(errors: readonly ConfigError[], warnings: readonly string[]) {
  for (const el of document.querySelectorAll<HTMLElement>('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const list = $<HTMLUListElement>('problems');
  list.replaceChildren();
  const item = (text: string, cls: string) => {
    const li = document.createElement('li');
    li.className = cls;
    li.textContent = text;
    list.append(li);
  };
  for (const e of errors) {
    item(`${e.path}: ${e.message}`, 'problem');
    const field = fieldFor(e.path);
    if (!field) continue;
    const out = $<HTMLParagraphElement>(`${field}-error`);
    if (out) {
      out.textContent = e.message;
      out.hidden = false;
    }
    $(field)?.setAttribute('aria-invalid', 'true');
  }
  for (const w of warnings) item(w, 'warning');
  if (!errors.length && !warnings.length) item('No problems: the settings are valid and every colour pair meets WCAG AA contrast.', 'ok');
}

let handle: MountHandle | undefined;
let previewed = '';

function update() {
  const settings = settingsFromForm();
  const { errors } = validateConfig(settings);
  const warnings = checkTheme((settings.theme ?? {}) as Parameters<typeof checkTheme>[0]);
  showProblems(errors, warnings);
  const kind = $<HTMLSelectElement>('snippet-kind').value as 'element' | 'div';
  const host = $<HTMLSelectElement>('snippet-host').value as ScriptHost;
  $<HTMLTextAreaElement>('snippet').value = snippet(settings, kind, host);
  $('host-self').hidden = host !== 'self';
  $('host-cdn').hidden = host !== 'cdn';
  blockCopy(errors.length);
  $<HTMLTextAreaElement>('config-json').value = `${JSON.stringify(settings, null, 2)}\n`;
  $('position').disabled = settings.mode !== 'launcher';

  const note = $<HTMLParagraphElement>('preview-note');
  if (errors.length) {
    note.textContent = 'The preview keeps your last valid settings until the problems below are fixed.';
    return;
  }
  note.textContent = settings.mode === 'launcher' ? 'Launcher mode: the quiz button floats at the bottom of this page.' : '';
  const key = JSON.stringify(settings);
  if (key === previewed) return;
  previewed = key;
  // The widget script loads its modules asynchronously: it defines <treatment-quiz> (and
  // window.TreatmentQuiz) when ready. A fixed storage key keeps test answers off the real site.
  void customElements.whenDefined('treatment-quiz').then(() => {
    if (key !== previewed) return; // a newer change already took over
    handle?.destroy();
    const quiz = (window as { TreatmentQuiz?: TreatmentQuizGlobal }).TreatmentQuiz;
    handle = quiz?.mount($('preview'), { config: settings, locale: String(settings.locale), storageKey: 'treatment-quiz:builder-preview' });
  });
}

/** Code with mistakes in it must not reach the owner's site: Copy waits until they are fixed. */
function blockCopy(problems: number) {
  const reason = $<HTMLParagraphElement>('copy-blocked');
  reason.hidden = !problems;
  reason.textContent = problems
    ? `Copy is off until the ${problems === 1 ? 'problem' : `${problems} problems`} under Checks ${problems === 1 ? 'is' : 'are'} fixed: the code would carry ${problems === 1 ? 'it' : 'them'} to your site.`
    : '';
  for (const id of ['copy-snippet', 'copy-config']) $<HTMLButtonElement>(id).disabled = problems > 0;
  if (problems) $<HTMLParagraphElement>('copy-status').textContent = '';
}

async function copy(from: string) {
  const text = $<HTMLTextAreaElement>(from).value;
  const status = $<HTMLParagraphElement>('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard permission (an http page, an old browser): select it for Ctrl+C instead.
    $<HTMLTextAreaElement>(from).select();
    status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected text.';
  }
}

function start() {
  const form = $<HTMLFormElement>('builder');
  for (const c of COLOURS) {
    const picker = $(`${c}-picker`);
    // The picker and the text field mirror each other; the text field is the one validated.
    picker.addEventListener('input', () => {
      $(c).value = picker.value;
      update();
    });
    $(c).addEventListener('input', () => {
      if (/^#[0-9a-f]{6}$/i.test(value(c))) picker.value = value(c).toLowerCase();
    });
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('snippet-kind').addEventListener('change', update);
  $('snippet-host').addEventListener('change', update);
  // The site kit `npm run build` writes beside the widget (served from dist/ by the demo server).
  const kit = $<HTMLAnchorElement>('kit-download');
  kit.href = `/dist/treatment-quiz-site-${version}.zip`;
  kit.download = '';
  $('copy-snippet').addEventListener('click', () => void copy('snippet'));
  $('copy-config').addEventListener('click', () => void copy('config-json'));
  update();
}

start();
