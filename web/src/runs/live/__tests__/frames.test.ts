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
      fc.property(
        // "__proto__" keys have their own test below (msgpackr renames them).
        fc.jsonValue().filter((value) => !JSON.stringify(value).includes('"__proto__"')),
        fc.constantFrom('json' as const, 'msgpack' as const),
        (value, format) => {
          const plain = JSON.parse(JSON.stringify(value)) as unknown;
          const decoded = decodeFrame(encodeFrame(plain, format));
          expect(decoded).toEqual({ frame: format === 'json' ? 'text' : 'binary', msg: plain });
        },
      ),
    );
  });

  it('never lets a "__proto__" key of a server message reach a prototype', () => {
    const hostile = JSON.parse('{"type":"node_update","__proto__":{"polluted":1}}') as unknown;
    for (const format of ['json', 'msgpack'] as const) {
      const { msg } = decodeFrame(encodeFrame(hostile, format));
      expect(Object.getPrototypeOf(msg)).toBe(Object.prototype);
      expect((msg as { polluted?: unknown }).polluted).toBeUndefined();
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });
});
