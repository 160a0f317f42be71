// A definition on its way to the setup editor, and where it came from (the review page says).
import type { BriefWarning } from '../../shared/brief/warnings.js';
import type { SessionDefinition } from '../../shared/definition.js';

export type Source =
  | { kind: 'brief' }
  | { kind: 'file'; name: string }
  | { kind: 'template'; title: string }
  | { kind: 'json'; name: string }
  | { kind: 'blank' };

export interface Review {
  definition: SessionDefinition;
  warnings: BriefWarning[];
  unrecognized: string[];
  source: Source;
}
