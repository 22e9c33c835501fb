export * from './calendar';
export * from './clock-ops';
export * from './dates';
export * from './exam-date';
export * from './religious-holidays';
export * from './terms';
