import { Type } from '@sinclair/typebox';
import { DOMAIN_NAME_MAX_CHARS } from '../../domain/limits.ts';
import { closed } from './common.ts';

export const AddDomainBody = Type.Object(
  {
    // One character more than a name may have: its trailing dot, which is dropped.
    domain: Type.String({ minLength: 1, maxLength: DOMAIN_NAME_MAX_CHARS + 1, description: 'Such as example.com: kept in lower case, without a trailing dot. No IP address, no wildcard.' }),
  },
  closed,
);
