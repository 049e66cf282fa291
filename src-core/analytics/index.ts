/** The analytics of src-core: pure functions over the columnar order data. */
export * from './periods';
export * from './filters';
export * from './frame';
export * from './kpis';
export * from './overview';
export * from './cohorts';
export * from './crr';
export * from './customers';
export * from './clv';
