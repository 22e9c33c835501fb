export * from './calendar';
export * from './dates';
export * from './terms';
