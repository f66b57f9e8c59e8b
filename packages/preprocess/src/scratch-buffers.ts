/**
 * Reusable typed arrays for the per-pixel passes. Allocating a fresh 300 KB typed array costs
 * about as much as a whole pass over it (calloc, page faults, GC of external memory), so the
 * synchronous part of the pipeline borrows these instead. A borrowed array is only valid until
 * the next borrow of the same name and must never be held across an `await`.
 */
type TypedArrayConstructor = Uint8ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

const pools = new Map<string, ArrayBuffer>();

function borrow<T extends TypedArrayConstructor>(name: string, type: T, length: number, zeroed: boolean): InstanceType<T> {
  const bytes = length * type.BYTES_PER_ELEMENT;
  let buffer = pools.get(name);
  if (!buffer || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(Math.max(bytes, 1024));
    pools.set(name, buffer);
  }
  const view = new type(buffer, 0, length) as InstanceType<T>;
  if (zeroed) view.fill(0);
  return view;
}

/** A scratch array of `length` elements, shared by every caller using `name`: zero-filled unless `zeroed` is false (then it holds leftovers). */
export const scratch = {
  uint8: (name: string, length: number, zeroed = true): Uint8Array => borrow(name, Uint8Array, length, zeroed),
  int32: (name: string, length: number, zeroed = true): Int32Array => borrow(name, Int32Array, length, zeroed),
  uint32: (name: string, length: number, zeroed = true): Uint32Array => borrow(name, Uint32Array, length, zeroed),
  float32: (name: string, length: number, zeroed = true): Float32Array => borrow(name, Float32Array, length, zeroed),
  float64: (name: string, length: number, zeroed = true): Float64Array => borrow(name, Float64Array, length, zeroed),
};
