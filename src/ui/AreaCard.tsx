import type { AreaResult } from '../engine/types';
import { fill, useWords } from './strings';

/** One area's treatment and the engine's reasons for it, word for word. */
export function AreaCard({ result }: { result: AreaResult }) {
  const { ui, medical } = useWords();
  return (
    <li class="card area">
      <h4>{medical.areas[result.area].label}</h4>
      <p class={`treatment t-${result.treatment}`}>{fill(ui.suggested, { name: medical.treatments[result.treatment].name })}</p>
      <ul class="reasons">
        {result.reasons.map((r) => (
          <li key={r.rule}>{r.text}</li>
        ))}
      </ul>
    </li>
  );
}
