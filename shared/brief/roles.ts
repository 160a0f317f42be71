// Job titles, to cut an affiliation line into role and organization: "Délégué général, iesMed",
// "Chambre régionale … (CRESS) Mayotte Délégué national, ESS France Outre-mer". Matched with and
// without accents, and with accents mangled to "?" by the extraction ("D?l?gu?").
import { foldKey, squashKey } from './fold.js';

const ROLE_WORDS = `président présidente presidenta president director directora directeur directrice délégué déléguée
  delegate delegado delegada commissaire commissioner comisionado comisionada coordinator coordinateur coordinatrice
  coordonnateur coordonnatrice coordinador coordinadora chargé chargée responsable manager head chief ceo cfo coo founder
  cofounder fondateur fondatrice cofondateur cofondatrice fundador fundadora cofundador cofundadora secretary secrétaire
  secretario conseiller conseillère advisor adviser asesor asesora officer professor professeur professeure profesor
  profesora researcher chercheur chercheuse investigador investigadora consultant consultante consultor consultora
  gerente jefe jefa member membre miembro mayor maire alcalde alcaldesa minister ministre ministro ministra deputy
  député députée diputado diputada senator sénateur sénatrice senador senadora expert experte experto experta
  representative représentant représentante representante executive administrateur administratrice administrator
  administrador administradora chair chairman chairwoman chairperson treasurer trésorier trésorière tesorero tesorera
  animateur animatrice facilitator facilitateur facilitatrice specialist spécialiste especialista analyst analyste analista`
  .split(/\s+/)
  .filter(Boolean);

const FOLDED = new Set(ROLE_WORDS.map(foldKey));
const SQUASHED = new Set(ROLE_WORDS.map(squashKey));

function isRoleWord(token: string): boolean {
  // "Vice-présidente": each part of a hyphenated word counts.
  return token.split(/[-'’]/).some((p) => p !== '' && (FOLDED.has(foldKey(p)) || SQUASHED.has(squashKey(p))));
}

/** The part opens with a job title within its first three words ("Vice-présidente à …", "Directeur exécutif"). */
export function startsWithRole(part: string): boolean {
  return part.trim().split(/\s+/).slice(0, 3).some(isRoleWord);
}

/**
 * Index of a capitalised job title inside the text (not at its start), or -1: where the
 * organization ends in "Chambre régionale … Mayotte Délégué national".
 */
export function findRoleStart(text: string): number {
  for (const m of text.matchAll(/[\p{L}\uFFFD][\p{L}\uFFFD?'’-]*/gu)) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0])) continue;
    if (isRoleWord(m[0])) return m.index;
  }
  return -1;
}
