/**
 * Makes a `switch` over a discriminated union exhaustive: adding a new block type makes
 * every switch that forgot it fail to compile, and fail loudly if reached at run time.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
