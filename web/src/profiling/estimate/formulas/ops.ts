/**
 * Light operations: costs proportional to pixels / samples / rows, and latency constants for I/O and network.
 * ALL CONSTANTS HERE ARE ASSUMPTIONS (order-of-magnitude, single-threaded Pillow / NumPy / ffmpeg on a desktop
 * CPU), shown on every node that uses them.
 */

/** ns per pixel for Pillow-class image operations by kind. */
export const IMAGE_NS_PER_PIXEL = { point: 8, resize: 15, filter: 35, composite: 12, encode: 25 } as const;
export type ImageOpKind = keyof typeof IMAGE_NS_PER_PIXEL;

/** Image op time, ms: fixed 1 ms + pixels × ns/pixel. */
export function computeImageOpMs(pixels: number, kind: ImageOpKind): number {
  return 1 + (Math.max(0, pixels) * IMAGE_NS_PER_PIXEL[kind]) / 1e6;
}

/** Image memory: RGBA 8-bit input + output + one temporary, bytes. */
export function computeImageOpBytes(pixels: number): number {
  return Math.max(0, pixels) * 4 * 3;
}

/** Audio op time: 1 ms + samples × 20 ns (NumPy/pydub-class); memory: float32 samples × 3. */
export function computeAudioOpMs(samples: number): number {
  return 1 + (Math.max(0, samples) * 20) / 1e6;
}
export function computeAudioOpBytes(samples: number): number {
  return Math.max(0, samples) * 4 * 3;
}

/** Video op: ffmpeg-class decode/encode ≈ 4 ms per 1080p frame (≈ 250 fps on a desktop CPU), ∝ pixels. */
export function computeVideoOpMs(frames: number, pixelsPerFrame: number): number {
  return 20 + Math.max(0, frames) * 4 * (Math.max(0, pixelsPerFrame) / (1920 * 1080));
}

/** Latency constants, ms (ASSUMPTIONS): typical round trips on a home connection. */
export const LATENCY_MS = {
  localFile: 5,
  http: 600,
  search: 1500,
  browser: 3000,
  mailSearch: 1200,
  mailAction: 400,
  database: 20,
  vectorQuery: 40,
  vectorWritePerDoc: 15,
} as const;
