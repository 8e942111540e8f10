interface Props {
  readonly id: string;
  readonly type: 'checkbox' | 'radio';
  readonly name?: string;
  readonly checked: boolean;
  readonly label: string;
  readonly hint?: string;
  readonly onChange: (checked: boolean) => void;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
}

/**
 * A native checkbox or radio in a large label. The accessible name is the label alone (the
 * hint is its description), so assistive tech and tests find "Lips", not a paragraph.
 */
export function Choice({ id, type, name, checked, label, hint, onChange, onFocus, onBlur }: Props) {
  return (
    <label class={checked ? 'choice on' : 'choice'}>
      <input
        type={type}
        id={id}
        name={name}
        checked={checked}
        aria-labelledby={`${id}-l`}
        aria-describedby={hint ? `${id}-h` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
        onFocus={onFocus}
        onBlur={onBlur}
      />
      <span class="text">
        <span id={`${id}-l`} class="label">
          {label}
        </span>
        {hint && (
          <span id={`${id}-h`} class="hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
