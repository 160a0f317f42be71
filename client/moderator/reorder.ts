// Moving one id in an order: by one place (keyboard) or to a drop position (drag and drop). Pure.

export function moveBy(order: readonly string[], id: string, delta: number): string[] | null {
  const i = order.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= order.length) return null;
  const out = [...order];
  out.splice(i, 1);
  out.splice(j, 0, id);
  return out;
}

/** Drops `id` before the item at `beforeIndex` (order.length: at the end). */
export function moveTo(order: readonly string[], id: string, beforeIndex: number): string[] | null {
  const i = order.indexOf(id);
  if (i < 0) return null;
  const out = order.filter((x) => x !== id);
  const at = beforeIndex > i ? beforeIndex - 1 : beforeIndex;
  out.splice(Math.max(0, Math.min(out.length, at)), 0, id);
  return out.every((x, k) => x === order[k]) ? null : out;
}
