/**
 * Where the editor's Run button sends workflows: the NodeTool server URL and the frame format, kept in
 * localStorage. A stored value that cannot be read is left where it is (never overwritten until the user
 * saves new settings) and the defaults are used, with the reason returned for the settings form to show.
 */

/** localStorage key of the live-run settings. */
export const SERVER_SETTINGS_KEY = 'wpp-nodetool-server';
const VERSION = 1;

/** NodeTool's default WebSocket endpoint (`nodetool serve`). */
export const DEFAULT_SERVER_URL = 'ws://127.0.0.1:7777/ws';

export interface ServerSettings {
  url: string;
  /** msgpack (default: image and audio messages arrive) or JSON text frames (drops messages with bytes). */
  format: 'msgpack' | 'json';
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = { url: DEFAULT_SERVER_URL, format: 'msgpack' };

/** Why a URL cannot be used, or null when it can. */
export function checkServerUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'Not a URL. NodeTool listens on ws://127.0.0.1:7777/ws by default.';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:')
    return `The URL must start with ws:// or wss:// (got ${parsed.protocol}//).`;
  return null;
}

export interface LoadedServerSettings {
  settings: ServerSettings;
  /** Set when a stored value was present but unreadable (the defaults are used; the stored value is kept). */
  problem: string | null;
}

export function loadServerSettings(storage: Storage | undefined): LoadedServerSettings {
  let raw: string | null;
  try {
    raw = storage?.getItem(SERVER_SETTINGS_KEY) ?? null;
  } catch {
    return { settings: DEFAULT_SERVER_SETTINGS, problem: 'The browser storage cannot be read.' };
  }
  if (raw === null) return { settings: DEFAULT_SERVER_SETTINGS, problem: null };
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value === 'object' && value !== null) {
      const { version, url, format } = value as Record<string, unknown>;
      if (version === VERSION && typeof url === 'string' && checkServerUrl(url) === null) {
        return { settings: { url, format: format === 'json' ? 'json' : 'msgpack' }, problem: null };
      }
      if (typeof version === 'number' && version > VERSION)
        return {
          settings: DEFAULT_SERVER_SETTINGS,
          problem: `The saved server settings come from a newer version of the app (version ${version}); they are kept unchanged.`,
        };
    }
  } catch {
    // fall through
  }
  return {
    settings: DEFAULT_SERVER_SETTINGS,
    problem: 'The saved server settings could not be read; the defaults are used until you save new ones.',
  };
}

/** Saves settings; returns an error message when the storage refuses. */
export function saveServerSettings(storage: Storage | undefined, settings: ServerSettings): string | null {
  try {
    storage?.setItem(SERVER_SETTINGS_KEY, JSON.stringify({ version: VERSION, ...settings }));
    return null;
  } catch (error) {
    return `The settings could not be saved (${error instanceof Error ? error.name : 'storage error'}); they apply to this session only.`;
  }
}
