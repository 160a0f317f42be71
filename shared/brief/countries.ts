// Country names (English, French, Spanish) for telling "CRESS Mayotte (France)" apart from
// "Organisation … (OJEDD)": a trailing country is the speaker's country, an acronym is not.
import { isAllCaps } from './casing.js';
import { foldKey } from './fold.js';

const NAMES = `Afghanistan|Albania|Albanie|Algeria|Algérie|Argelia|Andorra|Andorre|Angola|Argentina|Argentine|Armenia|Arménie|
Australia|Australie|Austria|Autriche|Bangladesh|Belgium|Belgique|Bélgica|Benin|Bénin|Benín|Bolivia|Bolivie|Bosnia|Brazil|Brésil|
Brasil|Bulgaria|Bulgarie|Burkina Faso|Burundi|Cambodia|Cambodge|Camboya|Cameroon|Cameroun|Camerún|Canada|Canadá|Cape Verde|
Cap-Vert|Cabo Verde|Central African Republic|République centrafricaine|Chad|Tchad|Chile|Chili|China|Chine|Colombia|Colombie|
Comoros|Comores|Congo|DR Congo|RDC|République démocratique du Congo|Costa Rica|Côte d'Ivoire|Ivory Coast|Costa de Marfil|
Croatia|Croatie|Cuba|Cyprus|Chypre|Czech Republic|Czechia|République tchèque|Denmark|Danemark|Dinamarca|Djibouti|
Dominican Republic|République dominicaine|República Dominicana|Ecuador|Équateur|Egypt|Égypte|Egipto|El Salvador|Estonia|
Estonie|Ethiopia|Éthiopie|Etiopía|Finland|Finlande|Finlandia|France|Francia|Gabon|Gabón|Gambia|Gambie|Germany|Allemagne|
Alemania|Ghana|Greece|Grèce|Grecia|Guatemala|Guinea|Guinée|Guinea-Bissau|Guinée-Bissau|Haiti|Haïti|Haití|Honduras|Hungary|
Hongrie|Hungría|India|Inde|Indonesia|Indonésie|Iran|Iraq|Irak|Ireland|Irlande|Irlanda|Israel|Israël|Italy|Italie|Italia|
Jamaica|Jamaïque|Japan|Japon|Japón|Jordan|Jordanie|Jordania|Kenya|Kenia|Korea|South Korea|Republic of Korea|Corée|
Corée du Sud|Corea|Corea del Sur|Lebanon|Liban|Líbano|Liberia|Libéria|Libya|Libye|Libia|Luxembourg|Luxemburgo|Madagascar|
Malawi|Malaysia|Malaisie|Malasia|Mali|Malta|Malte|Mauritania|Mauritanie|Mauritius|Maurice|Mauricio|Mexico|Mexique|México|
Morocco|Maroc|Marruecos|Mozambique|Namibia|Namibie|Nepal|Népal|Netherlands|Pays-Bas|Países Bajos|New Zealand|
Nouvelle-Zélande|Nueva Zelanda|Nicaragua|Niger|Níger|Nigeria|Nigéria|Norway|Norvège|Noruega|Pakistan|Palestine|Palestina|
Panama|Panamá|Paraguay|Peru|Pérou|Perú|Philippines|Filipinas|Poland|Pologne|Polonia|Portugal|Puerto Rico|Porto Rico|
Quebec|Québec|Romania|Roumanie|Rumania|Russia|Russie|Rusia|Rwanda|Ruanda|Senegal|Sénégal|Serbia|Serbie|Sierra Leone|
Singapore|Singapour|Singapur|Slovakia|Slovaquie|Slovenia|Slovénie|South Africa|Afrique du Sud|Sudáfrica|Spain|Espagne|
España|Sri Lanka|Sudan|Soudan|Sudán|Sweden|Suède|Suecia|Switzerland|Suisse|Suiza|Syria|Syrie|Siria|Taiwan|Tanzania|
Tanzanie|Thailand|Thaïlande|Tailandia|Togo|Tunisia|Tunisie|Túnez|Turkey|Turquie|Turquía|Türkiye|Uganda|Ouganda|Ukraine|
Ucrania|United Kingdom|UK|Royaume-Uni|Reino Unido|England|Angleterre|Inglaterra|Scotland|Écosse|Escocia|Wales|
United States|USA|US|États-Unis|Estados Unidos|EEUU|EE. UU.|Uruguay|Venezuela|Vietnam|Viet Nam|Viêt Nam|Yemen|Zambia|
Zambie|Zimbabwe|Mayotte|Réunion|La Réunion|Guadeloupe|Martinique|Guyane|French Guiana|New Caledonia|Nouvelle-Calédonie|
Polynésie française|French Polynesia|Greenland|Groenland|Groenlandia|Aruba|Catalonia|Catalogne|Cataluña|Basque Country|
Pays basque|País Vasco|Euskadi`;

const KNOWN = new Set(NAMES.split('|').map((n) => foldKey(n)));
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'la', 'le', 'of', 'the', "d'"]);

export function isCountry(s: string): boolean {
  return KNOWN.has(foldKey(s));
}

/** A parenthesised "(Somewhere)" that is probably a place, not an acronym or a note. */
function looksLikeCountry(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (isAllCaps(s) || /\d/.test(s) || words.length > 3) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w.toLowerCase())));
}

/** "CRESS Mayotte (France)" → rest "CRESS Mayotte", country "France"; "…, Québec, Canada" → country "Canada". */
export function splitCountry(text: string): { rest: string; country: string } {
  const t = text.trim();
  const paren = /^(.*?)\s*\(([^()]{1,60})\)\s*$/.exec(t);
  if (paren) {
    const before = paren[1] ?? '';
    const inner = (paren[2] ?? '').trim();
    if (isCountry(inner) || looksLikeCountry(inner)) return { rest: before, country: inner };
    const parts = inner.split(/\s*,\s*/);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length > 1 && isCountry(last)) return { rest: [before, ...parts.slice(0, -1)].join(', '), country: last };
    return { rest: t, country: '' };
  }
  const tail = /^(.*\S)\s*(?:,|\s[–—-]\s)\s*([^,]{2,40})$/.exec(t);
  if (tail && isCountry(tail[2] ?? '')) return { rest: tail[1] ?? '', country: (tail[2] ?? '').trim() };
  if (isCountry(t)) return { rest: '', country: t };
  return { rest: t, country: '' };
}
