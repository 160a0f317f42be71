/** Compile-time proof that a switch over a discriminated union handled every case. */
export function exhaustive(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
