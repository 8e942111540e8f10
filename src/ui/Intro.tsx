import { useEffect } from 'preact/hooks';
import { preloadSteps, SharedComparison } from './screens';
import { sharedView } from './share/shared-view';
import { Heading } from './Heading';
import type { Quiz } from './state';
import { useWords } from './strings';

export function Intro({ quiz, analytics = false }: { quiz: Quiz; analytics?: boolean }) {
  const { ui, medical, locale } = useWords();
  // The questions and the face drawing are files of their own: fetch them while the visitor reads this.
  useEffect(() => preloadSteps(locale), [locale]);
  return (
    <section class="step intro" aria-labelledby="tq-title">
      <Heading focus={quiz.moved.peek()}>{ui.introTitle}</Heading>
      <p>{ui.introBody}</p>
      <ol class="how">
        <li>{ui.introStep1}</li>
        <li>{ui.introStep2}</li>
        <li>{ui.introStep3}</li>
      </ol>
      <div class="nav">
        <button type="button" class="button primary" onClick={quiz.start}>
          {ui.start}
        </button>
        <p class="meta">{ui.introTime}</p>
      </div>
      <p class="meta">{analytics ? ui.privacyAnalytics : ui.privacy}</p>
      {/* A shared result link (?tq=compare) opens on the comparison (once the words it names have
          arrived, just after the first paint); the quiz is one click away. */}
      {medical && sharedView(location) === 'compare' && <SharedComparison />}
    </section>
  );
}
