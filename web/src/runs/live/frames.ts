import { pack, unpack } from 'msgpackr';
import type { LiveRunFormat } from './types';

/** A decoded WebSocket frame: its kind and the message it carried. */
export interface DecodedFrame {
  frame: 'text' | 'binary';
  msg: unknown;
}

/**
 * Replaces byte payloads (msgpack `bin`, decoded as Uint8Array/Buffer) by the marker the shared recordings
 * use, `"__binary__ N bytes"`, so a recording stays JSON.
 */
export function replaceBinaryPayloads(value: unknown): unknown {
  if (value instanceof Uint8Array) return `__binary__ ${value.byteLength} bytes`;
  if (value instanceof ArrayBuffer) return `__binary__ ${value.byteLength} bytes`;
  if (Array.isArray(value)) return value.map(replaceBinaryPayloads);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = replaceBinaryPayloads(inner);
    return out;
  }
  return value;
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

/**
 * Decodes one received frame: a string is a JSON text frame, bytes are a msgpack binary frame. A frame that
 * does not decode is kept as a marker string rather than dropped, so the recording shows it arrived.
 */
export function decodeFrame(data: unknown): DecodedFrame {
  if (typeof data === 'string') {
    try {
      return { frame: 'text', msg: JSON.parse(data) };
    } catch {
      return { frame: 'text', msg: `__undecodable__ ${data.length} chars` };
    }
  }
  const bytes = toBytes(data);
  if (bytes === null) return { frame: 'binary', msg: '__undecodable__ frame of unknown kind' };
  try {
    return { frame: 'binary', msg: replaceBinaryPayloads(unpack(bytes)) };
  } catch {
    return { frame: 'binary', msg: `__undecodable__ ${bytes.byteLength} bytes` };
  }
}

/** Encodes a message as a JSON text frame or a msgpack binary frame (plain maps, no msgpackr records). */
export function encodeFrame(msg: unknown, format: LiveRunFormat): string | Uint8Array<ArrayBuffer> {
  // Copied into a plain Uint8Array: msgpackr returns a Node Buffer where one exists, which the DOM's
  // `send` type does not accept.
  return format === 'json' ? JSON.stringify(msg) : new Uint8Array(pack(msg));
}
