// Numbers and clock times in the viewer's language, through Intl.
import { lang } from '../i18n/i18n.js';

export const formatNumber = (n: number): string => new Intl.NumberFormat(lang()).format(n);

/** A wall-clock time (hours and minutes) on this device for a server instant. */
export const formatTime = (serverInstant: number, offsetMs: number): string =>
  new Intl.DateTimeFormat(lang(), { hour: '2-digit', minute: '2-digit' }).format(new Date(serverInstant - offsetMs));
