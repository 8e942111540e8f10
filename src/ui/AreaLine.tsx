import type { AreaGroup } from './group-reasons';
import { useWords } from './strings';

/** "Forehead lines · Crow's feet — Neuromodulator", then the engine's reasons word for word, once. */
export function AreaLine({ group }: { readonly group: AreaGroup }) {
  const { medical } = useWords();
  return (
    <li>
      <p class="why-line">
        <strong>{group.areas.map((a) => medical.areas[a].label).join(' · ')}</strong> — {medical.treatments[group.treatment].name}
      </p>
      {group.reasons.map((r) => (
        <p key={r.rule}>{r.text}</p>
      ))}
    </li>
  );
}
