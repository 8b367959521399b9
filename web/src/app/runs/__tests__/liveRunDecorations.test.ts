import { createTheme } from '@mui/material/styles';
import { buildLiveRunDecorations, LIVE_STATE_CLASS, mergeDecorations } from '../liveRunDecorations';

const theme = createTheme();

describe('live run decorations', () => {
  it('gives every reported node its state class and an outline in the state colour', () => {
    const d = buildLiveRunDecorations({ a: 'running', b: 'completed', c: 'error' }, theme);
    expect(d.a!.className).toBe(LIVE_STATE_CLASS.running);
    expect(String(d.b!.style!.outline)).toContain(theme.palette.success.main);
    expect(String(d.c!.style!.outline)).toContain(theme.palette.error.main);
    expect(Object.keys(d)).toEqual(['a', 'b', 'c']);
  });

  it('merges over the heat overlay: both class names, the tint kept, the outline added', () => {
    const heat = { a: { className: 'heat', style: { backgroundColor: 'red' } }, z: { className: 'heat' } };
    const merged = mergeDecorations(heat, buildLiveRunDecorations({ a: 'running', b: 'error' }, theme));
    expect(merged.a!.className).toBe(`heat ${LIVE_STATE_CLASS.running}`);
    expect(merged.a!.style).toMatchObject({ backgroundColor: 'red' });
    expect(merged.a!.style!.outline).toBeDefined();
    expect(merged.b!.className).toBe(LIVE_STATE_CLASS.error);
    expect(merged.z).toBe(heat.z);
    expect(mergeDecorations(heat, {})).toBe(heat);
  });
});
