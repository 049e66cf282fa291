/** The analytics Web Worker: one AnalyticsEngine, exposed with comlink. */
import { expose } from 'comlink';
import { AnalyticsEngine } from './analytics-engine';

expose(new AnalyticsEngine());
