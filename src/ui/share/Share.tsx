import { useId, useState } from 'preact/hooks';
import { SHARE_NETWORKS, type ShareNetwork } from '../../config/share-networks';
import type { ResultSlotProps } from '../slots';
import { usePartWords } from '../words';
import { fill, useWords } from '../strings';
import { LINK_OUT } from '../../match/links';
import { shareHref, shareTarget } from './share-links';

type CopyState = 'idle' | 'copied' | 'manual';

// Brand names, the same in every language.
const NETWORK_NAMES: { readonly [N in ShareNetwork]: string } = { facebook: 'Facebook', x: 'X (Twitter)', linkedin: 'LinkedIn', pinterest: 'Pinterest' };

const pageUrl = () => (typeof location !== 'undefined' ? location.href : '');

/** Old browsers and non-secure pages have no async clipboard: a hidden textarea and execCommand. */
function legacyCopy(text: string, near: Element): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  near.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Share the result type (never the answers): the native share sheet, or plain network links and copy link. */
export function Share({ recommendation, config, emit }: ResultSlotProps) {
  const s = usePartWords('share');
  const { medical } = useWords();
  const id = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const url = shareTarget(config.share?.url, pageUrl());
  if (!url) return null;
  // Only the interest is shared (never what a health answer changed); an owner rule's
  // "see a provider" or "not now" is not named either.
  const overall = recommendation.interest.overall;
  const text = overall === 'consult-first' || overall === 'not-now' ? s.title : fill(s.text, { treatment: medical.treatments[overall].name });
  const networks: readonly ShareNetwork[] = config.share?.networks ?? SHARE_NETWORKS;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const nativeShare = () => {
    navigator.share({ title: s.title, text, url }).then(
      () => emit('share', { network: 'native' }),
      () => undefined, // the visitor closed the share sheet
    );
  };

  const copyLink = (e: Event) => {
    const button = e.currentTarget as HTMLElement;
    const done = (ok: boolean) => {
      setCopy(ok ? 'copied' : 'manual');
      if (ok) emit('share', { network: 'copy' });
    };
    const fallback = () => done(!!button.parentElement && legacyCopy(url, button.parentElement));
    try {
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(() => done(true), fallback);
      else fallback();
    } catch {
      fallback();
    }
  };

  // One button: the browser's own share sheet where it has one, else a small menu.
  if (canShare)
    return (
      <div class="tq-share">
        <button class="button secondary" type="button" onClick={nativeShare}>
          {s.share}
        </button>
      </div>
    );
  return (
    <details class="tq-share">
      <summary class="button secondary">{s.share}</summary>
      <div class="tq-share-links">
        {networks.map((n) => (
          <a key={n} class="button secondary tq-link" href={shareHref(n, url, text)} {...LINK_OUT} onClick={() => emit('share', { network: n })}>
            {NETWORK_NAMES[n]}
            <span class="sr-only"> {s.newTab}</span>
          </a>
        ))}
        <button class="button secondary" type="button" onClick={copyLink}>
          {s.copy}
        </button>
      </div>
      <p class="tq-status" role="status">
        {copy === 'copied' ? s.copied : ''}
      </p>
      {copy === 'manual' ? (
        <p>
          <label for={`${id}-url`}>{s.copyManually}</label>{' '}
          <input id={`${id}-url`} class="tq-copy-url" type="url" readOnly value={url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </p>
      ) : null}
    </details>
  );
}
