// A definition as a JSON file: download it (a template to reuse), read one back.
import { definitionFromJson, toEditable } from './model.js';
import type { SessionDefinition } from '../../shared/definition.js';

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ReadDefinitionResult =
  | { ok: true; definition: SessionDefinition }
  | { ok: false; reason: 'json' | 'shape' };

/** Reads a .json file holding a definition, or a session archive (its definition is taken). */
export async function readJsonDefinition(file: Blob): Promise<ReadDefinitionResult> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { ok: false, reason: 'json' };
  }
  const d = definitionFromJson(json);
  if (!d) return { ok: false, reason: 'shape' };
  return { ok: true, definition: toEditable(d) };
}
