import {
  checkServerUrl,
  DEFAULT_SERVER_SETTINGS,
  loadServerSettings,
  saveServerSettings,
  SERVER_SETTINGS_KEY,
} from '../serverSettings';

describe('live-run server settings', () => {
  beforeEach(() => localStorage.clear());

  it('uses the NodeTool default until settings are saved, then keeps them across reloads', () => {
    expect(loadServerSettings(localStorage)).toEqual({ settings: DEFAULT_SERVER_SETTINGS, problem: null });
    expect(saveServerSettings(localStorage, { url: 'ws://gpu-box:7777/ws', format: 'json' })).toBeNull();
    expect(loadServerSettings(localStorage).settings).toEqual({
      url: 'ws://gpu-box:7777/ws',
      format: 'json',
    });
  });

  it('checks URLs', () => {
    expect(checkServerUrl('ws://127.0.0.1:7777/ws')).toBeNull();
    expect(checkServerUrl('wss://example.org/ws')).toBeNull();
    expect(checkServerUrl('http://127.0.0.1:7777')).toMatch(/ws:\/\/ or wss:\/\//);
    expect(checkServerUrl('not a url')).toMatch(/Not a URL/);
  });

  it('leaves an unreadable or newer stored value in place and says why', () => {
    localStorage.setItem(SERVER_SETTINGS_KEY, '{broken');
    const broken = loadServerSettings(localStorage);
    expect(broken.settings).toEqual(DEFAULT_SERVER_SETTINGS);
    expect(broken.problem).toMatch(/could not be read/);
    expect(localStorage.getItem(SERVER_SETTINGS_KEY)).toBe('{broken');

    localStorage.setItem(SERVER_SETTINGS_KEY, JSON.stringify({ version: 9, url: 'ws://x/ws' }));
    expect(loadServerSettings(localStorage).problem).toMatch(/newer version/);
  });

  it('reports a storage that refuses to save', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(saveServerSettings(full, DEFAULT_SERVER_SETTINGS)).toMatch(/QuotaExceededError/);
  });
});
