import { resultWords } from '../content/result';
import { useWords } from './strings';

const ROWS = ['howItWorks', 'treats', 'onset', 'lasts', 'brands'] as const;

/**
 * Botox-vs-filler side by side. A definition list per row rather than a table: at 320 px the
 * two answers stack under each other with nothing to scroll sideways.
 */
export function Comparison() {
  const { medical, locale } = useWords();
  const c = resultWords[locale].comparison;
  const names = { neuromodulator: medical.treatments.neuromodulator.name, filler: medical.treatments.filler.name };
  return (
    <section class="card comparison" aria-labelledby="tq-compare">
      <h3 id="tq-compare">{c.title}</h3>
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
    </section>
  );
}
