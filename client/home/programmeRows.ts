import type { ProgrammePreviewResponse } from '../../shared/programme/http.js';

/** A previewed row with the file it came from (several briefs make several files). */
export type PreviewedRow = ProgrammePreviewResponse['rows'][number] & {
  file: string;
  kind: ProgrammePreviewResponse['kind'];
};
