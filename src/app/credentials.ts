/** Member credentials shared by the use-cases that set a password or count sign-ins. */
import { passwordProblem } from '../domain/members.ts';
import type { AppDeps } from './context.ts';
import { invalid } from './validate.ts';

/** The password, when the password rules accept it; otherwise INVALID_REQUEST on `field`. */
export function checkPassword(password: string, field = 'password'): string {
  const problem = passwordProblem(password);
  if (problem) throw invalid(`The password ${problem}.`, field);
  return password;
}

/** Where failed sign-ins of an address are counted. */
export const throttleKey = (deps: Pick<AppDeps, 'vault'>, email: string): string => deps.vault.lookupHash(`sign-in:${email}`);
