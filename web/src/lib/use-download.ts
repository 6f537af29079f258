import { useState } from 'react';
import { notifyFailure } from './notify';

/** A file download in progress (for a button's spinner), with its failure told. */
export function useDownload(failure: string) {
  const [busy, setBusy] = useState(false);
  const run = async (download: () => Promise<void>) => {
    setBusy(true);
    try {
      await download();
    } catch (error) {
      notifyFailure(failure, error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
