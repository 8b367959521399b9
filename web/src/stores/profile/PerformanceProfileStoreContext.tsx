/**
 * React context selecting which profiler store the hook and panel use. Without a provider they use the app
 * singleton; tests and multi-editor pages provide their own store from `createPerformanceProfileStore()`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { usePerformanceProfileStore, type PerformanceProfileStore } from '../PerformanceProfileStore';

const PerformanceProfileStoreContext = createContext<PerformanceProfileStore | null>(null);

export interface PerformanceProfileStoreProviderProps {
  store: PerformanceProfileStore;
  children: ReactNode;
}

/** Makes `store` the profiler store of everything below it. */
export function PerformanceProfileStoreProvider({ store, children }: PerformanceProfileStoreProviderProps) {
  return (
    <PerformanceProfileStoreContext.Provider value={store}>
      {children}
    </PerformanceProfileStoreContext.Provider>
  );
}

/** The profiler store in scope: the provided one, else the app singleton. */
export function useProfileStoreApi(): PerformanceProfileStore {
  return useContext(PerformanceProfileStoreContext) ?? usePerformanceProfileStore;
}
