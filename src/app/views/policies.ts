import { Type, type Static } from '@sinclair/typebox';
import { VM_NETWORKS, VM_STARTUPS, type Policy as PolicyDoc, type PolicySettings as Settings } from '../../domain/policy.ts';
import { DateTime, Id, literals, Nullable, type Holds, type Same } from './common.ts';

const flag = (description: string) => Type.Boolean({ description });

/** The nine settings of a policy (a PUT sends all of them, nothing else: domain/policy.ts). */
export const policySettingsProperties = {
  corporateVmsOnly: flag('Only corporate virtual machines (from the golden image) may run.'),
  oneCorporateVmPerUser: flag('At most one corporate virtual machine per user.'),
  preventVmRemoval: flag('Corporate virtual machines cannot be removed.'),
  blockMajorUpgrades: flag('No upgrade to a new major version of the app.'),
  lockVmConfiguration: flag("The virtual machines' configuration cannot be changed."),
  showDeveloperTools: flag('Developer tools are shown (the default: true).'),
  disableToolsAutoUpdate: flag('Guest tools are not updated automatically.'),
  vmStartup: literals(VM_STARTUPS),
  network: literals(VM_NETWORKS),
};

export const PolicySettings = Type.Object(policySettingsProperties, { additionalProperties: false, description: 'A policy: every setting, nothing else.' });

export const Policy = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'Grows with every change of the policy the key has (its own, or the default it inherits); never goes back.' }),
    inherited: Type.Boolean({ description: 'True when the key has no policy of its own and has the account default (the primary key’s).' }),
    ...policySettingsProperties,
  },
  { description: 'A policy, as the API answers it and as a certificate carries it (claim `policy`).' },
);
export type PolicyView = Static<typeof Policy>;
export type _PolicySame = Holds<Same<PolicyView, PolicyDoc>>;
export type _SettingsSame = Holds<Same<Static<typeof PolicySettings>, Settings>>;

export const KeyPolicy = Type.Object({
  keyId: Id,
  policy: Policy,
  accountDefault: Policy,
  updatedAt: Nullable(DateTime),
});
export type KeyPolicyView = Static<typeof KeyPolicy>;
