// What the request log says about one provider, for the diagnostics view and report.

export type ProviderStats = Readonly<{
  provider: string;
  requests: number;
  retries: number;
  failures: number;
  lastAt: number | null;
  lastError: string | null;
}>;
