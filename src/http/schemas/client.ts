import { Type } from '@sinclair/typebox';
import { Id, Nullable } from '../../app/views/common.ts';
import { closed, Text } from './common.ts';

export const DeviceBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'Computer name' }),
    os: Type.String({ minLength: 1, maxLength: 100 }),
    serial: Type.Optional(Nullable(Text(100))),
    mac: Type.Optional(Nullable(Text(64))),
    appVersion: Type.Optional(Nullable(Text(50))),
  },
  closed,
);
export const Fingerprint = Type.String({ minLength: 1, maxLength: 256, description: 'The hardware fingerprint the client computes.' });

export const ActivateBody = Type.Object(
  { key: Type.String({ minLength: 1, maxLength: 64 }), fingerprint: Fingerprint, device: DeviceBody },
  closed,
);
export const CheckInBody = Type.Object(
  { activationId: Id, fingerprint: Fingerprint, device: Type.Optional(Type.Partial(DeviceBody)) },
  closed,
);
export const DeactivateBody = Type.Object({ activationId: Id, fingerprint: Fingerprint }, closed);
