/// <reference types="vite/client" />
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AREA_IDS, type AreaId } from '../../engine/types';
import type { FaceMapProps } from './props';
import { useWords } from '../strings';
import { useAdoptedSheet } from '../theme/adopt';
import { HAIR, LINE_ART, SKIN, VIEW_H, VIEW_W } from './line-art';
import { REGIONS } from './regions';
// In a subfolder so src/ui/styles.ts does not put it in every widget's base sheet.
import base from './styles/face-map.css?inline';

const MIRROR = `matrix(-1 0 0 1 ${VIEW_W} 0)`;
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

// Each pill's place, as CSS (no style attributes under a strict CSP). Shifting a pill by the
// same share of its width as its anchor's share of the map keeps it inside the map.
const css =
  base +
  AREA_IDS.map((a) => {
    const [x, y] = REGIONS[a].pill;
    return `.p-${a}{left:${pct(x, VIEW_W)}%;top:${pct(y, VIEW_H)}%;translate:-${pct(x, VIEW_W)}% -50%}`;
  }).join('');

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function FaceDrawing({ selected, focused, onToggle }: FaceMapProps) {
  const { medical } = useWords();
  const [hovered, setHovered] = useState<AreaId>();
  const [tucked, setTucked] = useState<readonly AreaId[]>([]);
  const box = useRef<HTMLDivElement>(null);
  useAdoptedSheet(box, css);
  const hot = hovered ?? focused.value;
  // Pills name the chosen regions and the one pointed at, which comes last (drawn on top).
  const named = [...selected.filter((a) => a !== hot), ...(hot ? [hot] : [])];

  // Chosen regions close together would stack their pills: the pointed-at one, then the others
  // from the top of the face down, keep theirs; a pill that would cover a placed one hides.
  useLayoutEffect(() => {
    const placed: DOMRect[] = [];
    const hide: AreaId[] = [];
    for (const a of [named.at(-1), ...named.slice(0, -1)]) {
      const r = a && box.current?.querySelector(`.p-${a}`)?.getBoundingClientRect();
      if (!r) continue;
      if (placed.some((p) => overlaps(p, r))) hide.push(a);
      else placed.push(r);
    }
    if (hide.join() !== tucked.join()) setTucked(hide);
  });

  return (
    <div class="face-art" ref={box}>
      <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} focusable="false">
        <path class="skin" d={SKIN} />
        <path class="hair" d={HAIR} />
        {AREA_IDS.map((area) => {
          const { shape, hit = shape, pair } = REGIONS[area];
          const twice = (d: string, cls: string) => [<path class={cls} d={d} />, pair && <path class={cls} d={d} transform={MIRROR} />];
          return (
            <g
              key={area}
              class={`region${selected.includes(area) ? ' on' : ''}${hot === area ? ' hot' : ''}`}
              data-area={area}
              onClick={() => onToggle(area)}
              onPointerEnter={() => setHovered(area)}
              onPointerLeave={() => setHovered((h) => (h === area ? undefined : h))}
            >
              {twice(hit, 'hit')}
              {twice(shape, 'shape')}
            </g>
          );
        })}
        <g class="art">
          {LINE_ART.map((d) => (
            <path key={d} d={d} />
          ))}
        </g>
      </svg>
      {named.map((a) => (
        <span key={a} class={`pill p-${a}${tucked.includes(a) ? ' tucked' : ''}`}>
          {/* Without a gloss in brackets ("Jaw muscle (masseter)"), to stay small. */}
          {medical.areas[a].label.replace(/\s*\(.*\)$/, '')}
        </span>
      ))}
    </div>
  );
}
