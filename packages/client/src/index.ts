/** Allot's client SDK (docs/client.md): TO BE BUILT. */
export const SDK_VERSION = '0.1.0';
