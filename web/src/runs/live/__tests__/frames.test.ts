/** @jest-environment node */
import fc from 'fast-check';
import { pack } from 'msgpackr';
import { decodeFrame, encodeFrame } from '../frames';

describe('frames', () => {
  it('replaces bytes inside a msgpack message by the "__binary__ N bytes" marker', () => {
    const packed = pack({
      type: 'output_update',
      value: { data: new Uint8Array(3000) },
      list: [new Uint8Array(2)],
    });
    expect(
      decodeFrame(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength)),
    ).toEqual({
      frame: 'binary',
      msg: { type: 'output_update', value: { data: '__binary__ 3000 bytes' }, list: ['__binary__ 2 bytes'] },
    });
  });

  it('keeps an undecodable frame as a marker instead of throwing', () => {
    expect(decodeFrame('{not json')).toEqual({ frame: 'text', msg: '__undecodable__ 9 chars' });
    expect(decodeFrame(new Uint8Array([0x92, 0x01]))).toEqual({
      frame: 'binary',
      msg: '__undecodable__ 2 bytes',
    });
  });

  it('decodes what it encodes, in both formats (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('json' as const, 'msgpack' as const), (value, format) => {
        const plain = JSON.parse(JSON.stringify(value)) as unknown;
        const decoded = decodeFrame(encodeFrame(plain, format));
        expect(decoded).toEqual({ frame: format === 'json' ? 'text' : 'binary', msg: plain });
      }),
    );
  });
});
