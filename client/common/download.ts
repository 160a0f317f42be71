// Report downloads for the staff views: fetch with the key in a header (never in the URL), then
// hand the file to the browser.
export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'csvAudience', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function downloadReport(code: string, key: string, format: ReportFormat): Promise<boolean> {
  const r = await fetch(`/api/sessions/${encodeURIComponent(code)}/report?format=${format}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  if (!r.ok) return false;
  const blob = await r.blob();
  const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? `report-${code}.${format}`;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return true;
}
