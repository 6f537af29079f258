import { createContext, useContext } from 'react';
import type { OperatorSession } from '../api/operator';

/** The operator session of the vendor's area, given by its layout. */
export const OperatorContext = createContext<OperatorSession | null>(null);

export function useOperator(): OperatorSession {
  const session = useContext(OperatorContext);
  if (!session) throw new Error('useOperator outside the operator area');
  return session;
}
