/** The import Web Worker: one ImportEngine, exposed with comlink. All parsing happens here. */
import { expose } from 'comlink';
import { ImportEngine } from './import-engine';

expose(new ImportEngine());
