/** The runtime's own log lines (not the handlers'): a console by default, silent or captured in tests. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[local] ${message}`),
  warn: (message) => console.warn(`[local] ${message}`),
  error: (message, error) => console.error(`[local] ${message}`, ...(error === undefined ? [] : [error])),
};
