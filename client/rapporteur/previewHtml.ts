// The report preview's HTML, in a module of its own so the report model and its charts (d3, the
// word stemmers) load with the first preview rather than with the rapporteur's view.
import { renderHtml } from '../../shared/report/html.js';
import { buildReport } from '../../shared/report/model.js';
import type { SessionState } from '../../shared/state.js';

export function previewHtml(state: SessionState, now: number, photoSrcs: string[]): string {
  return renderHtml(buildReport(state, now), { photoSrcs });
}
