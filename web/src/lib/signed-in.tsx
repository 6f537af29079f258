import { createContext, useContext } from 'react';
import type { Session } from '../api/types';

/**
 * The session of the signed-in area, given by its layout. A page keeps the session it was
 * rendered with until the layout, seeing the session end, replaces it with the sign-in page.
 */
export const SignedInContext = createContext<Session | null>(null);

export function useSignedIn(): Session {
  const session = useContext(SignedInContext);
  if (!session) throw new Error('useSignedIn outside the signed-in area');
  return session;
}
