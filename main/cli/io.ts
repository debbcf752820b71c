/** Where the CLI writes: the terminal in use, a buffer in tests. */
export type Io = Readonly<{ out: (text: string) => void; err: (text: string) => void }>;
