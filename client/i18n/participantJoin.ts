import { defineDict, makeT } from './i18n.js';

/** The participant's join and profile forms (loaded with them). */
export const participantJoin = defineDict({
  en: {
    joinTitle: 'Join a session',
    joinIntro: 'Type the code shown on the screen.',
    codeLabel: 'Session code',
    codeHint: '6 letters and digits, for example K7M Q2P',
    codeInvalid:
      'A session code has 6 letters and digits: A to Z without I, L or O, and 2 to 9 (no 0 or 1). Check it and try again.',
    join: 'Join',
    checking: 'Checking…',
    profileTitle: 'About you',
    profileNamed: 'The report lists each answer with its author’s name, organization and country.',
    profileOptional:
      'The report shows your name, organization and country with your answers, or you may stay anonymous.',
    profileAnonymous: 'This session is anonymous: no name is asked.',
    name: 'Name',
    organization: 'Organization',
    country: 'Country',
    requiredMark: 'required',
    optionalMark: 'optional',
    stayAnonymous: 'Stay anonymous',
    missing_name: 'Enter your name.',
    missing_organization: 'Enter your organization.',
    missing_country: 'Enter your country.',
  },
  fr: {
    joinTitle: 'Rejoindre une session',
    joinIntro: 'Saisissez le code affiché à l’écran.',
    codeLabel: 'Code de la session',
    codeHint: '6 lettres et chiffres, par exemple K7M Q2P',
    codeInvalid:
      'Un code de session a 6 lettres et chiffres : de A à Z sans I, L ni O, et de 2 à 9 (ni 0 ni 1). Vérifiez-le et réessayez.',
    join: 'Rejoindre',
    checking: 'Vérification…',
    profileTitle: 'À propos de vous',
    profileNamed: 'Le rapport cite chaque réponse avec le nom, l’organisation et le pays de son auteur.',
    profileOptional:
      'Le rapport cite vos réponses avec votre nom, votre organisation et votre pays, ou vous restez anonyme.',
    profileAnonymous: 'Cette session est anonyme : aucun nom n’est demandé.',
    name: 'Nom',
    organization: 'Organisation',
    country: 'Pays',
    requiredMark: 'obligatoire',
    optionalMark: 'facultatif',
    stayAnonymous: 'Rester anonyme',
    missing_name: 'Indiquez votre nom.',
    missing_organization: 'Indiquez votre organisation.',
    missing_country: 'Indiquez votre pays.',
  },
  es: {
    joinTitle: 'Unirse a una sesión',
    joinIntro: 'Escriba el código que aparece en la pantalla.',
    codeLabel: 'Código de la sesión',
    codeHint: '6 letras y cifras, por ejemplo K7M Q2P',
    codeInvalid:
      'Un código de sesión tiene 6 letras y cifras: de la A a la Z sin I, L ni O, y del 2 al 9 (ni 0 ni 1). Revíselo e inténtelo de nuevo.',
    join: 'Unirse',
    checking: 'Comprobando…',
    profileTitle: 'Sobre usted',
    profileNamed: 'El informe cita cada respuesta con el nombre, la organización y el país de su autor.',
    profileOptional: 'El informe cita sus respuestas con su nombre, organización y país, o puede permanecer anónimo.',
    profileAnonymous: 'Esta sesión es anónima: no se pide ningún nombre.',
    name: 'Nombre',
    organization: 'Organización',
    country: 'País',
    requiredMark: 'obligatorio',
    optionalMark: 'opcional',
    stayAnonymous: 'Permanecer anónimo',
    missing_name: 'Indique su nombre.',
    missing_organization: 'Indique su organización.',
    missing_country: 'Indique su país.',
  },
});

export const tj = makeT(participantJoin);
