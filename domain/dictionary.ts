// A Map as a JSON object without a prototype: a key taken from input (a formation code, a task type) is
// then only ever an own property, so `__proto__` or `constructor` cannot reach Object.prototype.

/** The entries of `map` as a null-prototype object, which res.json() writes like any plain object. */
export function dictionaryOf<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [k, v] of map) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
  return out;
}
