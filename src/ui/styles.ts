/// <reference types="vite/client" />
import base from './widget.css?inline';

// The widget's CSS as text, for a constructable stylesheet. A part of the UI with its own
// folder (practices/, share/, …) may add a .css file there: it is appended after the base.
const parts = import.meta.glob<string>('./*/*.css', { query: '?inline', import: 'default', eager: true });

export const widgetCss: string = [base, ...Object.values(parts)].join('\n');
