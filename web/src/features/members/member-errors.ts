import { errorCode, errorMessage } from '../../lib/errors';

/** The API's refusal, with the last-administrator rule spelled out. */
export function memberErrorMessage(error: unknown): string {
  if (errorCode(error) === 'LAST_ACCOUNT_ADMIN')
    return 'An account always keeps at least one active Account Administrator. Make another member an Account Administrator first, then try again.';
  return errorMessage(error);
}
