/**
 * Reusable typed arrays for the per-pixel passes. Allocating a fresh 300 KB typed array costs
 * about as much as a whole pass over it (calloc, page faults, GC of external memory), so the
 * synchronous part of the pipeline borrows these instead. A borrowed array is only valid until
 * the next borrow of the same name and must never be held across an `await`.
 */
type TypedArrayConstructor = Uint8ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

const pools = new Map<string, ArrayBuffer>();

function borrow<T extends TypedArrayConstructor>(name: string, type: T, length: number): InstanceType<T> {
  const bytes = length * type.BYTES_PER_ELEMENT;
  let buffer = pools.get(name);
  if (!buffer || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(Math.max(bytes, 1024));
    pools.set(name, buffer);
  }
  const view = new type(buffer, 0, length) as InstanceType<T>;
  view.fill(0);
  return view;
}

/** A zero-filled scratch array of `length` elements, shared by every caller using `name`. */
export const scratch = {
  uint8: (name: string, length: number): Uint8Array => borrow(name, Uint8Array, length),
  int32: (name: string, length: number): Int32Array => borrow(name, Int32Array, length),
  uint32: (name: string, length: number): Uint32Array => borrow(name, Uint32Array, length),
  float32: (name: string, length: number): Float32Array => borrow(name, Float32Array, length),
  float64: (name: string, length: number): Float64Array => borrow(name, Float64Array, length),
};
