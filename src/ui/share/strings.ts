import type { Locale } from '../../engine/types';
import type { ShareNetwork } from '../../config/schema';

export interface ShareStrings {
  /** The shared text: names the result type only, never the answers. */
  readonly text: string;
  readonly title: string;
  /** The one share button: opens the share sheet, or the menu of networks and Copy link. */
  readonly share: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyManually: string;
  readonly newTab: string;
  readonly networks: { readonly [N in ShareNetwork]: string };
}

export const shareStrings: { readonly [L in Locale]: ShareStrings } = {
  en: {
    text: 'My quiz result: {treatment}. Botox or filler? Find out in about a minute.',
    title: 'Botox or filler? Take the quiz',
    share: 'Share this quiz',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyManually: 'Copy this link:',
    newTab: '(opens in a new tab)',
    networks: { facebook: 'Facebook', x: 'X (Twitter)', linkedin: 'LinkedIn', pinterest: 'Pinterest' },
  },
  es: {
    text: 'Mi resultado: {treatment}. ¿Botox o relleno? Descúbralo en un minuto.',
    title: '¿Botox o relleno? Haga el cuestionario',
    share: 'Compartir',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyManually: 'Copie este enlace:',
    newTab: '(se abre en una pestaña nueva)',
    networks: { facebook: 'Facebook', x: 'X (Twitter)', linkedin: 'LinkedIn', pinterest: 'Pinterest' },
  },
};
