/** The worker reads a picked file with FileReaderSync (Chromium's workers have it: the e2e import tests use it). */
import { expect, it } from 'vitest';
import { openBlob } from '../../src-renderer/worker/blob-source';

it('says so when the environment cannot read files synchronously (no FileReaderSync)', () => {
  expect(() => openBlob(new Blob(['a,b\n']))).toThrow(/FileReaderSync/);
});
