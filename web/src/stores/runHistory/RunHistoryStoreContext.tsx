/**
 * React context selecting which run-history store the panel uses: the provided one, else the app singleton.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { runHistoryStore } from '../RunHistoryStore';
import type { RunHistoryStoreApi } from './storeTypes';

const RunHistoryStoreContext = createContext<RunHistoryStoreApi | null>(null);

export interface RunHistoryStoreProviderProps {
  store: RunHistoryStoreApi;
  children: ReactNode;
}

/** Makes `store` the run-history store of everything below it. */
export function RunHistoryStoreProvider({ store, children }: RunHistoryStoreProviderProps) {
  return <RunHistoryStoreContext.Provider value={store}>{children}</RunHistoryStoreContext.Provider>;
}

/** The run-history store in scope. */
export function useRunHistoryStoreApi(): RunHistoryStoreApi {
  return useContext(RunHistoryStoreContext) ?? runHistoryStore;
}
