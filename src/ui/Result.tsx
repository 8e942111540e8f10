import type { ResolvedConfig } from '../config/validate';
import { resultWords } from '../content/result';
import { recommend } from '../recommend';
import { AreaCard } from './AreaCard';
import { Comparison } from './Comparison';
import { ErrorBoundary } from './ErrorBoundary';
import { Heading } from './Heading';
import { LeadForm } from './leads/lazy';
import { Practices, Share } from './result-parts';
import type { ResultSlotProps } from './slots';
import type { Emit, Quiz } from './state';
import { useWords } from './strings';

interface Props {
  readonly quiz: Quiz;
  readonly config: ResolvedConfig;
  readonly emit: Emit;
  readonly onError: (error: unknown) => void;
}

/** The engine's answer, explained: the UI only shows what `recommend` decided. */
export function Result({ quiz, config, emit, onError }: Props) {
  const { ui, medical, locale } = useWords();
  const recommendation = recommend(quiz.answers.value, { locale, rules: config.rules });
  const overall = medical.treatments[recommendation.overall];
  const slot: ResultSlotProps = { recommendation, config, locale, emit };
  // Not now (pregnancy, an infection, under 18): what to do instead, the comparison to learn
  // from, and no practice, booking button or lead form.
  const notNow = recommendation.overall === 'not-now';
  return (
    <section class="step result" aria-labelledby="tq-title">
      <Heading focus={quiz.moved.peek()}>{ui.resultTitle}</Heading>
      <div class={`card overall t-${recommendation.overall}`}>
        {/* A heading, so people who move by headings land on the answer itself. */}
        <h3 class="overall-name">{overall.name}</h3>
        <p>{overall.summary}</p>
      </div>
      <p class="disclaimer">{recommendation.disclaimer}</p>
      {recommendation.cautions.length > 0 && (
        <section class="card cautions" aria-labelledby="tq-cautions">
          <h3 id="tq-cautions">{notNow ? ui.notNowTitle : ui.cautionsTitle}</h3>
          <ul>
            {recommendation.cautions.map((c) => (
              <li key={c.flag}>{c.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="tq-areas">
        <h3 id="tq-areas">{ui.resultAreas}</h3>
        <ul class="cards">
          {recommendation.areas.map((a) => (
            <AreaCard key={a.area} result={a} />
          ))}
        </ul>
      </section>
      <Comparison />
      <section class="risks" aria-labelledby="tq-risks">
        <h3 id="tq-risks">{ui.risksTitle}</h3>
        <p>{resultWords[locale].comparison.risks}</p>
      </section>
      {!notNow && (
        <ErrorBoundary onError={onError}>
          <Practices {...slot} />
        </ErrorBoundary>
      )}
      {config.leads && !notNow && (
        <ErrorBoundary onError={onError}>
          <LeadForm {...slot} />
        </ErrorBoundary>
      )}
      <ErrorBoundary onError={onError}>
        <Share {...slot} />
      </ErrorBoundary>
      <div class="nav">
        <button type="button" class="button secondary" onClick={quiz.back}>
          {ui.back}
        </button>
        <button type="button" class="button primary" onClick={quiz.restart}>
          {ui.restart}
        </button>
      </div>
    </section>
  );
}
