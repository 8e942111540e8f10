import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A step's heading. When the visitor moved to this step it takes focus, so screen readers
 * read where they are and keyboard users continue from the top; never on first page load.
 */
export function Heading({ focus, children }: { focus: boolean; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <h2 id="tq-title" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
