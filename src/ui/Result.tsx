import { useRef } from 'preact/hooks';
import type { ResolvedConfig } from '../config/validate';
import { evaluate } from '../engine/evaluate';
import { AreaLine } from './AreaLine';
import { Comparison } from './Comparison';
import { ErrorBoundary } from './ErrorBoundary';
import { groupReasons } from './group-reasons';
import { Heading } from './Heading';
import css from './result.css?inline';
import { usePart } from './lazy';
import { LeadForm, Practices, Share } from './parts';
import { partWords, useResultWords } from './words';
import type { ResultSlotProps } from './slots';
import type { Emit } from './events';
import type { Quiz } from './state';
import { useWords } from './strings';
import { useAdoptedSheet } from './theme/adopt';

interface Props {
  readonly quiz: Quiz;
  readonly config: ResolvedConfig;
  readonly emit: Emit;
  readonly onError: (error: unknown) => void;
}

/**
 * The engine's answer, explained: the UI only shows what `recommend` decided. One decision
 * first (the treatment, then the practice to book with), then the why, then the details, each
 * one tap away in a disclosure; the disclaimer and a one-line risk summary always show.
 */
export function Result({ quiz, config, emit, onError }: Props) {
  const { ui, medical, locale } = useWords();
  // The result page's CSS comes with this file, not in the widget's first download.
  const root = useRef<HTMLElement>(null);
  useAdoptedSheet(root, css);
  // Its words too (fetched on the last question, so usually here already).
  const words = useResultWords();
  const parts = usePart(partWords[locale]);
  if (!words || !parts) return null;
  const recommendation = evaluate(quiz.answers.value, config.rules, { ...medical, ...words }, locale);
  const overall = medical.treatments[recommendation.overall];
  const slot: ResultSlotProps = { recommendation, config, emit };
  const { groups, safety } = groupReasons(recommendation, config.rules);
  const c = words.comparison;
  // Not now (pregnancy, an infection, under 18): what to do instead, the comparison to learn
  // from, and no practice, booking button or lead form.
  const notNow = recommendation.overall === 'not-now';
  const advice = safety.length > 0 || recommendation.cautions.length > 0;
  return (
    <section ref={root} class="step result" aria-labelledby="tq-title">
      <Heading focus={quiz.moved.peek()}>{ui.resultTitle}</Heading>
      <div class="verdict">
        {/* A heading, so people who move by headings land on the answer itself. */}
        <h3 class="verdict-name">{overall.name}</h3>
        <p>{overall.summary}</p>
      </div>
      {!notNow && (
        <ErrorBoundary onError={onError}>
          <Practices {...slot} />
        </ErrorBoundary>
      )}
      {!notNow && (
        <section aria-labelledby="tq-areas">
          <h3 id="tq-areas">{ui.resultAreas}</h3>
          <ul class="why">
            {groups.map((g) => (
              <AreaLine key={g.areas.join()} group={g} />
            ))}
          </ul>
        </section>
      )}
      {advice && (
        <section class="advice" aria-labelledby="tq-cautions">
          <h3 id="tq-cautions">{notNow ? ui.notNowTitle : ui.cautionsTitle}</h3>
          {/* The health answers' effect, said once for all areas, with what to do about each. */}
          {safety.map((r) => (
            <p key={r.rule} class="advice-why">
              {r.text}
            </p>
          ))}
          <ul>
            {recommendation.cautions.map((caution) => (
              <li key={caution.flag}>{caution.text}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="disclaimer">{recommendation.disclaimer}</p>
      <p class="risk-line">{c.riskSummary}</p>
      <div class="more">
        <details>
          <summary>{c.title}</summary>
          <Comparison areas={recommendation.areas.map((a) => a.area)} />
        </details>
        <details>
          <summary>{ui.risksTitle}</summary>
          <p>{c.risks}</p>
        </details>
      </div>
      {config.leads && !notNow && (
        <ErrorBoundary onError={onError}>
          <LeadForm {...slot} />
        </ErrorBoundary>
      )}
      <ErrorBoundary onError={onError}>
        <Share {...slot} />
      </ErrorBoundary>
      <div class="result-nav">
        <button type="button" class="button tertiary" onClick={quiz.back}>
          {ui.back}
        </button>
        <button type="button" class="button tertiary" onClick={quiz.restart}>
          {ui.restart}
        </button>
      </div>
    </section>
  );
}
