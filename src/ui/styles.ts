/// <reference types="vite/client" />
import base from './widget.css?inline';

// The widget's first-screen CSS as text, for a constructable stylesheet. The lazy parts
// (result page, practices, face map, …) bring their own sheets with them.
export const widgetCss: string = base;
