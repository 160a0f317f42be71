// Column roles of a speaker table extracted as tab-separated lines. The header row says which
// column holds what ("Organization (Country)", "Name", "Presentation Description"; "Nom et bio de
// l'intervenant(e)", "Description de la présentation"); without one, cells are guessed from content.
import { splitCountry } from './countries.js';
import { foldKey } from './fold.js';
import { cleanInline } from './normalize.js';
import { isNameLike } from './people.js';

export type Column =
  | 'label'
  | 'name'
  | 'org'
  | 'orgCountry'
  | 'country'
  | 'nameBio'
  | 'bio'
  | 'description'
  | 'title'
  | 'other';

const NAME =
  /\b(?:name|names|nom|noms|nombre|nombres|speaker|speakers|intervenant|intervenante|intervenants|intervenant e|intervenant e s|ponente|ponentes|orador|oradora|panelist)\b/;
const BIO = /\b(?:bio|bios|biography|biographie|biografia|cv|profile|profil|perfil)\b/;
const ORG =
  /\b(?:organi[sz]ation|organizacion|institution|institucion|entidad|structure|company|entreprise|empresa|affiliation)\b/;
const COUNTRY = /\b(?:country|pays|pais)\b/;
const DESCRIPTION =
  /\b(?:description|descripcion|presentation|presentacion|topic|talk|sujet|tema|theme|abstract|resume|resumen|intervention|intervencion|ponencia|contribution)\b/;
const TITLE = /\b(?:title|titre|titulo)\b/;
const LABEL = /^(?:no|n|num|number|numero|nr)$/;

function classifyHeader(cell: string): Column {
  const f = foldKey(cell);
  if (!f) return 'label';
  if (NAME.test(f) && BIO.test(f)) return 'nameBio';
  if (BIO.test(f)) return 'bio';
  if (ORG.test(f)) return COUNTRY.test(f) ? 'orgCountry' : 'org';
  if (COUNTRY.test(f)) return 'country';
  if (TITLE.test(f)) return 'title';
  if (DESCRIPTION.test(f)) return 'description';
  if (NAME.test(f)) return 'name';
  if (LABEL.test(f)) return 'label';
  return 'other';
}

/** Column roles if this row is a header row (short cells, most of them known column names), else null. */
export function headerColumns(cells: string[]): Column[] | null {
  const clean = cells.map(cleanInline);
  const filled = clean.filter(Boolean);
  if (filled.length < 2 || filled.some((c) => c.length > 60)) return null;
  const roles = clean.map(classifyHeader);
  const known = roles.filter((r, i) => clean[i] && r !== 'other' && r !== 'label').length;
  return known >= 2 && known * 3 >= filled.length * 2 ? roles : null;
}

/** Column roles for a table without a header row, from what each cell looks like. */
export function guessColumns(cells: string[]): Column[] {
  let haveName = false;
  return cells.map((raw) => {
    const c = cleanInline(raw);
    if (!c) return 'other';
    if (/^(?:speaker|intervenant\w*|ponente|orador\w*)?\s*\d{1,2}$/i.test(c)) return 'label';
    if (c.length > 120) return 'description';
    if (splitCountry(c).country) return 'orgCountry';
    if (!haveName && isNameLike(c, 2)) {
      haveName = true;
      return 'name';
    }
    return c.length > 60 ? 'description' : 'org';
  });
}
