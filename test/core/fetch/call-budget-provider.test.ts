import { describe, expect, it } from 'vitest';
import { OPEN_METEO_CALL_BUDGET, type BudgetVerdict } from '../../../main/core/fetch/call-budget.ts';
import { billedByOpenMeteo, callBudgetFor, type SpendCalls } from '../../../main/core/fetch/call-budget-provider.ts';

const forecast = (origin: string): URL => new URL(`${origin}/v1/forecast?latitude=1&longitude=2&hourly=a,b,c,d,e,f,g,h,i,j,k,l`);

describe('which budget a provider keeps', () => {
  it("counts only what Open-Meteo's free servers bill", () => {
    expect(billedByOpenMeteo(new URL('https://api.open-meteo.com/v1/forecast'))).toBe(true);
    expect(billedByOpenMeteo(new URL('https://geocoding-api.open-meteo.com/v1/search'))).toBe(true);
    expect(billedByOpenMeteo(new URL('https://customer-api.open-meteo.com/v1/forecast'))).toBe(false);
    expect(billedByOpenMeteo(new URL('https://weather.example.org/v1/forecast'))).toBe(false);
    expect(billedByOpenMeteo(new URL('https://open-meteo.com.example.org/v1/forecast'))).toBe(false);
  });

  it('weighs public Open-Meteo requests against the published-minus-margin budget, and spends for Open-Meteo', () => {
    const spent: [string, number][] = [];
    const spend: SpendCalls = (provider, weight): BudgetVerdict => (spent.push([provider, weight]), { fits: true });
    const budget = callBudgetFor('open-meteo', spend);
    expect(budget?.limits).toBe(OPEN_METEO_CALL_BUDGET);
    expect(budget?.weigh(forecast('https://api.open-meteo.com'))).toBeCloseTo(1.2, 10);
    expect(budget?.weigh(forecast('http://192.168.1.5:8080'))).toBe(0); // self-hosted: no limit to keep
    budget?.spend(1.2, 0);
    expect(spent).toEqual([['open-meteo', 1.2]]);
  });

  it('with limits given, weighs every request, the local provider included', () => {
    const budget = callBudgetFor('open-meteo', () => ({ fits: true }), { minute: 1, hour: 2, day: 3 });
    expect(budget?.weigh(forecast('http://127.0.0.1:4000'))).toBeCloseTo(1.2, 10);
  });

  it('OpenWeatherMap keeps none of ours', () => {
    expect(callBudgetFor('openweathermap', () => ({ fits: true }))).toBeNull();
  });
});
