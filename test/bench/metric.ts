export type Metric = Readonly<{ metric: string; value: number; unit: string }>;
