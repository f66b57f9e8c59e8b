import {
  type DigitSet,
  IMAGE_HEADER_BYTES,
  IMAGE_MAGIC,
  IMAGE_PIXELS,
  IMAGE_SIDE,
  LABEL_HEADER_BYTES,
  LABEL_MAGIC,
} from "@digit-lab/model";

/** A set as MNIST's two IDX files (images: count x 28 x 28 unsigned bytes; labels: count bytes), uncompressed. */
export function encodeIdx(set: DigitSet): { images: Uint8Array; labels: Uint8Array } {
  const images = new Uint8Array(IMAGE_HEADER_BYTES + set.count * IMAGE_PIXELS);
  const imageHeader = new DataView(images.buffer);
  imageHeader.setUint32(0, IMAGE_MAGIC);
  imageHeader.setUint32(4, set.count);
  imageHeader.setUint32(8, IMAGE_SIDE);
  imageHeader.setUint32(12, IMAGE_SIDE);
  images.set(set.images.subarray(0, set.count * IMAGE_PIXELS), IMAGE_HEADER_BYTES);
  const labels = new Uint8Array(LABEL_HEADER_BYTES + set.count);
  const labelHeader = new DataView(labels.buffer);
  labelHeader.setUint32(0, LABEL_MAGIC);
  labelHeader.setUint32(4, set.count);
  labels.set(set.labels.subarray(0, set.count), LABEL_HEADER_BYTES);
  return { images, labels };
}
