// How much the log says: a setting the user picks and the logger obeys. Imports nothing, so the
// settings (which the window's types reach) need not bring the logger along.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
