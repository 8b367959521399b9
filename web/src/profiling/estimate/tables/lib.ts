/**
 * lib.* (nodetool-lib-*): Pillow, mail, HTTP, browser, NumPy, JSON, Markdown, PDF/Office documents, audio
 * libraries, OCR, HTML parsing, SQLite, charts, RSS, secrets.
 */
import { audioOp, dataOp, imageOp, ioNode, latency } from '../estimators/light';
import { LATENCY_MS } from '../formulas/ops';
import type { NodeMetricDefinition } from '../types';
import { countParam, namespaceRule, rule } from './define';

type Rules = ReadonlyArray<[string, NodeMetricDefinition]>;

const http = (ms: number, label: string) =>
  rule('http', latency({ category: 'http', ms, label, device: 'remote', baseComplexity: 2 }), label);

export const LIB_RULES: Rules = [
  ['lib.*', namespaceRule('lib.*', 'data')],
  ['lib.pillow.*', rule('image-op', imageOp('point'), 'Pillow operation')],
  ['lib.pillow.enhance.*', rule('image-op', imageOp('point'), 'Pillow enhance (point op)')],
  ['lib.pillow.enhance.Sharpen', rule('image-op', imageOp('filter'), 'Pillow sharpen (3×3 filter)')],
  [
    'lib.pillow.enhance.AutoContrast',
    rule('image-op', imageOp('point'), 'Pillow autocontrast (histogram + LUT)'),
  ],
  ['lib.pillow.filter.*', rule('image-op', imageOp('filter'), 'Pillow filter')],
  ['lib.pillow.filter.Canny', rule('image-op', imageOp('filter'), 'Canny edge detection')],
  ['lib.pillow.draw.*', rule('image-op', imageOp('composite'), 'Pillow drawing')],
  ['lib.pillow.__init__.*', rule('image-op', imageOp('composite'), 'Pillow operation')],
  ['lib.grid.*', rule('image-op', imageOp('composite'), 'image grid')],
  [
    'lib.ocr.*',
    rule(
      'image-op',
      latency({
        category: 'image-op',
        ms: 1200,
        label: 'OCR of one page (CPU)',
        memoryMb: 400,
        baseComplexity: 4,
      }),
      'OCR',
    ),
  ],
  ['lib.mail.*', http(LATENCY_MS.mailAction, 'mail API call')],
  [
    'lib.mail.GmailSearch',
    rule(
      'http',
      latency({
        category: 'http',
        ms: LATENCY_MS.mailSearch,
        label: 'Gmail IMAP search',
        device: 'remote',
        baseComplexity: 2,
        perItem: { keys: ['max_results'], ms: 150, fallback: 50, label: 'Messages fetched' },
      }),
      'Gmail search (streams messages)',
      { emitsItems: countParam(['max_results']) },
    ),
  ],
  ['lib.mail.AddLabel', http(LATENCY_MS.mailAction, 'Gmail add label')],
  ['lib.http.*', http(LATENCY_MS.http, 'HTTP request')],
  ['lib.requests.*', http(LATENCY_MS.http, 'HTTP request')],
  ['lib.browser.*', http(LATENCY_MS.browser, 'headless browser page load')],
  ['lib.rss.*', http(LATENCY_MS.http, 'fetch an RSS feed')],
  ['lib.supabase.*', http(200, 'Supabase query')],
  ['lib.numpy.*', rule('data', dataOp(), 'NumPy operation')],
  ['lib.json.*', rule('data', dataOp(), 'JSON operation')],
  ['lib.beautifulsoup.*', rule('data', dataOp(), 'HTML parsing')],
  ['lib.svg.*', rule('data', dataOp(), 'SVG operation')],
  ['lib.date.*', rule('data', dataOp(), 'date operation')],
  ['lib.uuid.*', rule('data', dataOp(), 'UUID')],
  ['lib.secret.*', rule('input', ioNode('input'), 'secret lookup')],
  ['lib.markdown.*', rule('document', dataOp('document'), 'Markdown processing')],
  [
    'lib.markitdown.*',
    rule(
      'document',
      latency({
        category: 'document',
        ms: 400,
        label: 'convert a document to Markdown',
        memoryMb: 150,
        baseComplexity: 2,
      }),
      'MarkItDown conversion',
    ),
  ],
  [
    'lib.pdfplumber.*',
    rule(
      'document',
      latency({
        category: 'document',
        ms: 500,
        label: 'parse a PDF (~10 pages)',
        memoryMb: 150,
        baseComplexity: 2,
      }),
      'PDF parsing',
    ),
  ],
  [
    'lib.pymupdf.*',
    rule(
      'document',
      latency({
        category: 'document',
        ms: 150,
        label: 'parse a PDF with PyMuPDF (~10 pages)',
        memoryMb: 120,
        baseComplexity: 2,
      }),
      'PDF parsing',
    ),
  ],
  [
    'lib.docx.*',
    rule(
      'document',
      latency({ category: 'document', ms: 120, label: 'read/write a .docx', memoryMb: 60 }),
      'Word document',
    ),
  ],
  [
    'lib.excel.*',
    rule(
      'document',
      latency({ category: 'document', ms: 150, label: 'read/write a spreadsheet', memoryMb: 80 }),
      'spreadsheet',
    ),
  ],
  [
    'lib.openpyxl.*',
    rule(
      'document',
      latency({ category: 'document', ms: 150, label: 'read/write a spreadsheet', memoryMb: 80 }),
      'spreadsheet',
    ),
  ],
  ['lib.librosa.*', rule('audio-op', audioOp(), 'librosa audio analysis')],
  ['lib.audio.*', rule('audio-op', audioOp(), 'audio processing')],
  ['lib.pydub.*', rule('audio-op', audioOp(), 'audio processing')],
  [
    'lib.ffmpeg.*',
    rule(
      'video-op',
      latency({
        category: 'video-op',
        ms: 2500,
        label: 'ffmpeg transcode (10 s 1080p clip)',
        memoryMb: 300,
        baseComplexity: 3,
      }),
      'ffmpeg',
    ),
  ],
  [
    'lib.sqlite.*',
    rule('io', latency({ category: 'io', ms: LATENCY_MS.database, label: 'SQLite query' }), 'SQLite'),
  ],
  [
    'lib.os.*',
    rule(
      'io',
      latency({ category: 'io', ms: LATENCY_MS.localFile, label: 'local file operation' }),
      'file operation',
    ),
  ],
  [
    'lib.seaborn.*',
    rule(
      'image-op',
      latency({ category: 'image-op', ms: 400, label: 'render a chart', memoryMb: 120, baseComplexity: 2 }),
      'chart rendering',
    ),
  ],
  [
    'lib.matplotlib.*',
    rule(
      'image-op',
      latency({ category: 'image-op', ms: 400, label: 'render a chart', memoryMb: 120, baseComplexity: 2 }),
      'chart rendering',
    ),
  ],
];
