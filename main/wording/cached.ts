// Intl's formatters and compiled messages are slow to make and cheap to use: make each once.

/** `make` for each key once; later calls with the same key get the same value. */
export function cached<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    const found = made.get(key);
    if (found !== undefined) return found;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
