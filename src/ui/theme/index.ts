// Theming: owner colours -> checked palettes -> CSS custom properties on the widget's host.
export { contrast, luminance, parseHex, readableOn, type Rgb } from './color';
export { AA, SCHEMES, linkColour, onAccent, paletteFor, schemesOf, type Palette, type Scheme } from './palette';
export { checkTheme } from './check';
export { DEFAULT_FONT, DEFAULT_RADIUS, themeCss } from './css';
