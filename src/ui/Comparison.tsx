import { useRef } from 'preact/hooks';
import type { AreaId } from '../engine/types';
import css from './result.css?inline';
import { useResultWords } from './words';
import { useWords } from './strings';
import { useAdoptedSheet } from './theme/adopt';

const ROWS = ['howItWorks', 'treats', 'onset', 'lasts', 'brands'] as const;

/**
 * Botox-vs-filler side by side, then what the FDA approved for the visitor's own areas and the
 * trademark notice. A definition list per row rather than a table: at 320 px the two answers
 * stack under each other with nothing to scroll sideways.
 */
export function Comparison({ areas = [] }: { readonly areas?: readonly AreaId[] }) {
  const { medical } = useWords();
  const words = useResultWords();
  if (!words) return null;
  const c = words.comparison;
  const names = { neuromodulator: medical.treatments.neuromodulator.name, filler: medical.treatments.filler.name };
  return (
    <div class="comparison">
      {ROWS.map((key) => {
        const row = c.rows[key];
        return (
          <div key={key} class="row">
            <h4>{row.label}</h4>
            <dl>
              {(['neuromodulator', 'filler'] as const).map((t) => (
                <div key={t}>
                  <dt>{names[t]}</dt>
                  <dd>{row[t]}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
      {areas.length > 0 && (
        <div class="row">
          <h4>{c.approvalsTitle}</h4>
          <ul class="approvals">
            {areas.map((a) => (
              <li key={a}>
                <strong>{medical.areas[a].label}:</strong> {words.approvals[a]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="fine">{c.trademarks}</p>
    </div>
  );
}

/** What a shared link opens (?tq=compare): the comparison on its own, under its title. */
export function SharedComparison() {
  const { medical } = useWords();
  // The intro does not carry the result page's styles: they come with this file.
  const root = useRef<HTMLElement>(null);
  useAdoptedSheet(root, css);
  const words = useResultWords();
  if (!words) return null;
  return (
    <section ref={root} class="card shared-comparison" aria-labelledby="tq-compare">
      <h3 id="tq-compare">{words.comparison.title}</h3>
      <Comparison />
      {/* Educational, not medical advice: the shared view says so too. */}
      <p class="disclaimer">{medical.disclaimer}</p>
    </section>
  );
}
