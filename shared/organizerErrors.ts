// The organizer pages' refusals, in the three interface languages (answered by
// server/http/organizerRoutes.ts as { error, message }).
import type { Language } from './definition.js';

export const ORGANIZER_ERRORS = {
  login_required: {
    en: 'Please log in again.',
    fr: 'Veuillez vous reconnecter.',
    es: 'Vuelva a iniciar sesión.',
  },
  login_failed: {
    en: 'Wrong e-mail address or password.',
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    es: 'Correo electrónico o contraseña incorrectos.',
  },
  csrf: {
    en: 'This form has expired. Reload the page and try again.',
    fr: 'Ce formulaire a expiré. Rechargez la page et réessayez.',
    es: 'Este formulario ha caducado. Recargue la página e inténtelo de nuevo.',
  },
  rate_limited: {
    en: 'Too many attempts. Wait a few minutes.',
    fr: 'Trop de tentatives. Patientez quelques minutes.',
    es: 'Demasiados intentos. Espere unos minutos.',
  },
  setup_done: {
    en: 'An organizer account already exists. Log in instead.',
    fr: 'Un compte organisateur existe déjà. Connectez-vous.',
    es: 'Ya existe una cuenta de organizador. Inicie sesión.',
  },
  bad_email: {
    en: 'Enter a valid e-mail address.',
    fr: 'Saisissez une adresse e-mail valide.',
    es: 'Escriba un correo electrónico válido.',
  },
  email_taken: {
    en: 'An organizer already has this e-mail address.',
    fr: 'Un organisateur a déjà cette adresse e-mail.',
    es: 'Un organizador ya tiene este correo electrónico.',
  },
  password_short: {
    en: 'The password needs at least 8 characters.',
    fr: 'Le mot de passe doit compter au moins 8 caractères.',
    es: 'La contraseña necesita al menos 8 caracteres.',
  },
  password_long: {
    en: 'The password is too long (200 characters at most).',
    fr: 'Le mot de passe est trop long (200 caractères au plus).',
    es: 'La contraseña es demasiado larga (200 caracteres como máximo).',
  },
  wrong_password: {
    en: 'The current password is wrong.',
    fr: 'Le mot de passe actuel est incorrect.',
    es: 'La contraseña actual es incorrecta.',
  },
  forum_not_found: {
    en: 'No forum of yours has this address.',
    fr: 'Aucun de vos forums n’a cette adresse.',
    es: 'Ninguno de sus foros tiene esta dirección.',
  },
  invalid: {
    en: 'Some fields are not valid. Nothing was changed.',
    fr: 'Certains champs ne sont pas valides. Rien n’a été modifié.',
    es: 'Algunos campos no son válidos. No se cambió nada.',
  },
  no_organizer: {
    en: 'No organizer has this e-mail address.',
    fr: 'Aucun organisateur n’a cette adresse e-mail.',
    es: 'Ningún organizador tiene este correo electrónico.',
  },
  invite_invalid: {
    en: 'This invitation was already used or has expired.',
    fr: 'Cette invitation a déjà servi ou a expiré.',
    es: 'Esta invitación ya se usó o ha caducado.',
  },
  bad_link: {
    en: 'This is not a moderator link of a session on this server.',
    fr: 'Ce n’est pas un lien de modération d’une session de ce serveur.',
    es: 'No es un enlace de moderación de una sesión de este servidor.',
  },
  in_a_forum: {
    en: 'This session already belongs to a forum.',
    fr: 'Cette session appartient déjà à un forum.',
    es: 'Esta sesión ya pertenece a un foro.',
  },
  confirm_name: {
    en: 'Type the forum’s name exactly to confirm.',
    fr: 'Saisissez exactement le nom du forum pour confirmer.',
    es: 'Escriba exactamente el nombre del foro para confirmar.',
  },
  render_busy: {
    en: 'Other reports are being prepared right now. Try again in a minute.',
    fr: 'D’autres rapports sont en cours de préparation. Réessayez dans une minute.',
    es: 'Se están preparando otros informes en este momento. Vuelva a intentarlo en un minuto.',
  },
  session_not_in_forum: {
    en: 'This forum has no session with this code.',
    fr: 'Ce forum n’a pas de session avec ce code.',
    es: 'Este foro no tiene ninguna sesión con este código.',
  },
  confirm_code: {
    en: 'Type the session’s code to confirm.',
    fr: 'Saisissez le code de la session pour confirmer.',
    es: 'Escriba el código de la sesión para confirmar.',
  },
  not_found: {
    en: 'Not found.',
    fr: 'Introuvable.',
    es: 'No encontrado.',
  },
  internal: {
    en: 'Something went wrong on the server. Nothing was changed; try again.',
    fr: 'Une erreur est survenue sur le serveur. Rien n’a été modifié ; réessayez.',
    es: 'Algo falló en el servidor. No se cambió nada; inténtelo de nuevo.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type OrganizerError = keyof typeof ORGANIZER_ERRORS;

export const organizerMessage = (code: OrganizerError, lang: Language): string => ORGANIZER_ERRORS[code][lang];
