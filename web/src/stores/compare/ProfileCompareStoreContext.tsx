/** React context selecting which compare store the panel uses: the provided one, else the app singleton. */
import { createContext, useContext, type ReactNode } from 'react';
import { profileCompareStore } from '../ProfileCompareStore';
import type { ProfileCompareStoreApi } from './storeTypes';

const ProfileCompareStoreContext = createContext<ProfileCompareStoreApi | null>(null);

export function ProfileCompareStoreProvider({
  store,
  children,
}: {
  store: ProfileCompareStoreApi;
  children: ReactNode;
}) {
  return <ProfileCompareStoreContext.Provider value={store}>{children}</ProfileCompareStoreContext.Provider>;
}

/** The compare store in scope. */
export function useProfileCompareStoreApi(): ProfileCompareStoreApi {
  return useContext(ProfileCompareStoreContext) ?? profileCompareStore;
}
