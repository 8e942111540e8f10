import type { Locale } from '../../engine/types';

// Wording of the "send me my result" form. The consent line says exactly what the visitor
// agrees to; the form's intro says what is and is not sent.
export interface LeadStrings {
  readonly title: string;
  readonly intro: string;
  readonly name: string;
  readonly contact: string;
  readonly contactHint: string;
  readonly consent: string;
  readonly privacy: string;
  readonly submit: string;
  readonly sending: string;
  readonly sent: string;
  readonly queued: string;
  /** The browser would not let us store the lead: say so, never "saved". */
  readonly unsaved: string;
  readonly rejected: string;
  /** Followed by the practice's phone number as a link. */
  readonly call: string;
  /** When the owner gave no phone number. */
  readonly contactDirectly: string;
  readonly nameError: string;
  readonly contactError: string;
  readonly consentError: string;
}

export const leadStrings: { readonly [L in Locale]: LeadStrings } = {
  en: {
    title: 'Send me my result',
    intro: 'The practice sends you this result and can answer your questions. Your health answers are not sent.',
    name: 'Your name',
    contact: 'Email or phone',
    contactHint: 'For example ana@example.com or (505) 555-0123',
    consent: 'I agree that the practice may contact me about my result.',
    privacy: 'Privacy policy (opens in a new tab)',
    submit: 'Send me my result',
    sending: 'Sending…',
    sent: 'Sent. The practice will be in touch.',
    queued: 'Saved on this device. It will be sent as soon as the connection works, even if you close this page.',
    unsaved: 'Not sent yet, and this browser would not let us save it. We keep trying while this page is open; if you close it, it is lost.',
    rejected: 'It could not be sent.',
    call: 'Please call the practice:',
    contactDirectly: 'Please contact the practice directly.',
    nameError: 'Enter your name.',
    contactError: 'Enter an email address or a phone number.',
    consentError: 'Tick the box to agree, or the practice cannot contact you.',
  },
  es: {
    title: 'Enviarme mi resultado',
    intro: 'La clínica le envía este resultado y puede responder sus preguntas. Sus respuestas de salud no se envían.',
    name: 'Su nombre',
    contact: 'Correo electrónico o teléfono',
    contactHint: 'Por ejemplo ana@ejemplo.com o (505) 555-0123',
    consent: 'Acepto que la clínica me contacte sobre mi resultado.',
    privacy: 'Política de privacidad (se abre en otra pestaña)',
    submit: 'Enviarme mi resultado',
    sending: 'Enviando…',
    sent: 'Enviado. La clínica se pondrá en contacto con usted.',
    queued: 'Guardado en este dispositivo. Se enviará en cuanto funcione la conexión, aunque cierre esta página.',
    unsaved: 'Todavía no se ha enviado y este navegador no nos permite guardarlo. Seguiremos intentándolo mientras esta página esté abierta; si la cierra, se perderá.',
    rejected: 'No se pudo enviar.',
    call: 'Llame a la clínica:',
    contactDirectly: 'Comuníquese directamente con la clínica.',
    nameError: 'Escriba su nombre.',
    contactError: 'Escriba un correo electrónico o un número de teléfono.',
    consentError: 'Marque la casilla para aceptar; si no, la clínica no puede contactarle.',
  },
};
