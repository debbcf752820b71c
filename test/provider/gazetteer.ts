// Real cities for the local provider: name, first-level region, country, coordinates, IANA zone,
// population. Several share a name on purpose (Springfield, Portland, Paris, London) so that
// search results must be told apart by region and country.

export type City = Readonly<{
  id: number;
  name: string;
  admin1: string;
  country: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  timezone: string;
  population: number;
}>;

const ROWS = `
Berlin|Land Berlin|Germany|DE|52.52437|13.41053|Europe/Berlin|3426354
Hamburg|Hamburg|Germany|DE|53.55073|9.99302|Europe/Berlin|1739117
Munich|Bavaria|Germany|DE|48.13743|11.57549|Europe/Berlin|1260391
Cologne|North Rhine-Westphalia|Germany|DE|50.93333|6.95|Europe/Berlin|963395
Frankfurt am Main|Hesse|Germany|DE|50.11552|8.68417|Europe/Berlin|650000
Vienna|Vienna|Austria|AT|48.20849|16.37208|Europe/Vienna|1691468
Zurich|Zurich|Switzerland|CH|47.36667|8.55|Europe/Zurich|341730
Geneva|Geneva|Switzerland|CH|46.20222|6.14569|Europe/Zurich|183981
Paris|Île-de-France|France|FR|48.85341|2.3488|Europe/Paris|2138551
Lyon|Auvergne-Rhône-Alpes|France|FR|45.74846|4.84671|Europe/Paris|472317
Marseille|Provence-Alpes-Côte d'Azur|France|FR|43.29695|5.38107|Europe/Paris|870018
London|England|United Kingdom|GB|51.50853|-0.12574|Europe/London|8961989
Manchester|England|United Kingdom|GB|53.48095|-2.23743|Europe/London|395515
Edinburgh|Scotland|United Kingdom|GB|55.95206|-3.19648|Europe/London|464990
Glasgow|Scotland|United Kingdom|GB|55.86515|-4.25763|Europe/London|591620
Dublin|Leinster|Ireland|IE|53.33306|-6.24889|Europe/Dublin|1024027
Amsterdam|North Holland|Netherlands|NL|52.37403|4.88969|Europe/Amsterdam|741636
Rotterdam|South Holland|Netherlands|NL|51.9225|4.47917|Europe/Amsterdam|598199
Brussels|Brussels Capital|Belgium|BE|50.85045|4.34878|Europe/Brussels|1019022
Luxembourg|Luxembourg|Luxembourg|LU|49.61167|6.13|Europe/Luxembourg|76684
Copenhagen|Capital Region|Denmark|DK|55.67594|12.56553|Europe/Copenhagen|1153615
Oslo|Oslo|Norway|NO|59.91273|10.74609|Europe/Oslo|580000
Bergen|Vestland|Norway|NO|60.39299|5.32415|Europe/Oslo|213585
Tromsø|Troms|Norway|NO|69.6489|18.95508|Europe/Oslo|77544
Stockholm|Stockholm|Sweden|SE|59.32938|18.06871|Europe/Stockholm|1515017
Gothenburg|Västra Götaland|Sweden|SE|57.70716|11.96679|Europe/Stockholm|572799
Helsinki|Uusimaa|Finland|FI|60.16952|24.93545|Europe/Helsinki|558457
Reykjavík|Capital Region|Iceland|IS|64.13548|-21.89541|Atlantic/Reykjavik|118918
Tallinn|Harjumaa|Estonia|EE|59.43696|24.75353|Europe/Tallinn|394024
Riga|Riga|Latvia|LV|56.946|24.10589|Europe/Riga|742572
Vilnius|Vilnius|Lithuania|LT|54.68916|25.2798|Europe/Vilnius|542366
Warsaw|Masovia|Poland|PL|52.22977|21.01178|Europe/Warsaw|1702139
Kraków|Lesser Poland|Poland|PL|50.06143|19.93658|Europe/Warsaw|755050
Prague|Prague|Czechia|CZ|50.08804|14.42076|Europe/Prague|1165581
Bratislava|Bratislava Region|Slovakia|SK|48.14816|17.10674|Europe/Bratislava|423737
Budapest|Budapest|Hungary|HU|47.49835|19.04045|Europe/Budapest|1696128
Ljubljana|Ljubljana|Slovenia|SI|46.05108|14.50513|Europe/Ljubljana|255115
Zagreb|City of Zagreb|Croatia|HR|45.81444|15.97798|Europe/Zagreb|698966
Belgrade|Central Serbia|Serbia|RS|44.80401|20.46513|Europe/Belgrade|1273651
Bucharest|Bucureşti|Romania|RO|44.43225|26.10626|Europe/Bucharest|1877155
Sofia|Sofia-Capital|Bulgaria|BG|42.69751|23.32415|Europe/Sofia|1152556
Athens|Attica|Greece|GR|37.98376|23.72784|Europe/Athens|664046
Istanbul|Istanbul|Turkey|TR|41.01384|28.94966|Europe/Istanbul|15462452
Ankara|Ankara|Turkey|TR|39.91987|32.85427|Europe/Istanbul|5503985
Rome|Lazio|Italy|IT|41.89193|12.51133|Europe/Rome|2318895
Milan|Lombardy|Italy|IT|45.46427|9.18951|Europe/Rome|1371498
Naples|Campania|Italy|IT|40.85216|14.26811|Europe/Rome|909048
Madrid|Madrid|Spain|ES|40.4165|-3.70256|Europe/Madrid|3255944
Barcelona|Catalonia|Spain|ES|41.38879|2.15899|Europe/Madrid|1620343
Seville|Andalusia|Spain|ES|37.38283|-5.97317|Europe/Madrid|684234
Lisbon|Lisbon|Portugal|PT|38.71667|-9.13333|Europe/Lisbon|517802
Porto|Porto|Portugal|PT|41.14961|-8.61099|Europe/Lisbon|249633
Kyiv|Kyiv City|Ukraine|UA|50.45466|30.5238|Europe/Kyiv|2797553
Moscow|Moscow|Russia|RU|55.75222|37.61556|Europe/Moscow|10381222
Saint Petersburg|St.-Petersburg|Russia|RU|59.93863|30.31413|Europe/Moscow|5351935
Cairo|Cairo|Egypt|EG|30.06263|31.24967|Africa/Cairo|9606916
Casablanca|Casablanca-Settat|Morocco|MA|33.58831|-7.61138|Africa/Casablanca|3144909
Lagos|Lagos|Nigeria|NG|6.45407|3.39467|Africa/Lagos|9000000
Nairobi|Nairobi Area|Kenya|KE|-1.28333|36.81667|Africa/Nairobi|2750547
Addis Ababa|Addis Ababa|Ethiopia|ET|9.02497|38.74689|Africa/Addis_Ababa|2757729
Johannesburg|Gauteng|South Africa|ZA|-26.20227|28.04363|Africa/Johannesburg|2026469
Cape Town|Western Cape|South Africa|ZA|-33.92584|18.42322|Africa/Johannesburg|3433441
Accra|Greater Accra|Ghana|GH|5.55602|-0.1969|Africa/Accra|1963264
Dakar|Dakar|Senegal|SN|14.6937|-17.44406|Africa/Dakar|2476400
Tunis|Tunis|Tunisia|TN|36.81897|10.16579|Africa/Tunis|693210
Dubai|Dubai|United Arab Emirates|AE|25.07725|55.30927|Asia/Dubai|3790000
Riyadh|Riyadh Region|Saudi Arabia|SA|24.68773|46.72185|Asia/Riyadh|4205961
Tehran|Tehran|Iran|IR|35.69439|51.42151|Asia/Tehran|7153309
Jerusalem|Jerusalem|Israel|IL|31.76904|35.21633|Asia/Jerusalem|801000
Karachi|Sindh|Pakistan|PK|24.8608|67.0104|Asia/Karachi|11624219
Delhi|Delhi|India|IN|28.65195|77.23149|Asia/Kolkata|10927986
Mumbai|Maharashtra|India|IN|19.07283|72.88261|Asia/Kolkata|12691836
Bengaluru|Karnataka|India|IN|12.97194|77.59369|Asia/Kolkata|5104047
Kolkata|West Bengal|India|IN|22.56263|88.36304|Asia/Kolkata|4631392
Kathmandu|Bagmati Province|Nepal|NP|27.70169|85.3206|Asia/Kathmandu|1442271
Dhaka|Dhaka Division|Bangladesh|BD|23.7104|90.40744|Asia/Dhaka|10356500
Colombo|Western Province|Sri Lanka|LK|6.93548|79.84868|Asia/Colombo|648034
Bangkok|Bangkok|Thailand|TH|13.75398|100.50144|Asia/Bangkok|5104476
Hanoi|Hanoi|Vietnam|VN|21.0245|105.84117|Asia/Bangkok|8053663
Ho Chi Minh City|Ho Chi Minh|Vietnam|VN|10.82302|106.62965|Asia/Ho_Chi_Minh|3467331
Singapore|Singapore|Singapore|SG|1.28967|103.85007|Asia/Singapore|3547809
Kuala Lumpur|Kuala Lumpur|Malaysia|MY|3.1412|101.68653|Asia/Kuala_Lumpur|1453975
Jakarta|Jakarta|Indonesia|ID|-6.21462|106.84513|Asia/Jakarta|8540121
Manila|Metro Manila|Philippines|PH|14.6042|120.9822|Asia/Manila|1600000
Hong Kong|Hong Kong|Hong Kong|HK|22.27832|114.17469|Asia/Hong_Kong|7012738
Taipei|Taipei|Taiwan|TW|25.04776|121.53185|Asia/Taipei|7871900
Shanghai|Shanghai|China|CN|31.22222|121.45806|Asia/Shanghai|22315474
Beijing|Beijing|China|CN|39.9075|116.39723|Asia/Shanghai|18960744
Guangzhou|Guangdong|China|CN|23.11667|113.25|Asia/Shanghai|16096724
Seoul|Seoul|South Korea|KR|37.566|126.9784|Asia/Seoul|10349312
Tokyo|Tokyo|Japan|JP|35.6895|139.69171|Asia/Tokyo|9733276
Osaka|Osaka|Japan|JP|34.69374|135.50218|Asia/Tokyo|2592413
Sapporo|Hokkaido|Japan|JP|43.06667|141.35|Asia/Tokyo|1883027
Ulaanbaatar|Ulaanbaatar|Mongolia|MN|47.90771|106.88324|Asia/Ulaanbaatar|844818
Almaty|Almaty|Kazakhstan|KZ|43.25|76.91667|Asia/Almaty|2000900
Sydney|New South Wales|Australia|AU|-33.86785|151.20732|Australia/Sydney|4627345
Melbourne|Victoria|Australia|AU|-37.814|144.96332|Australia/Melbourne|4246375
Brisbane|Queensland|Australia|AU|-27.46794|153.02809|Australia/Brisbane|2189878
Perth|Western Australia|Australia|AU|-31.95224|115.8614|Australia/Perth|1896548
Adelaide|South Australia|Australia|AU|-34.92866|138.59863|Australia/Adelaide|1225235
Darwin|Northern Territory|Australia|AU|-12.46113|130.84185|Australia/Darwin|129062
Hobart|Tasmania|Australia|AU|-42.87936|147.32941|Australia/Hobart|216656
Auckland|Auckland|New Zealand|NZ|-36.84853|174.76349|Pacific/Auckland|417910
Wellington|Wellington|New Zealand|NZ|-41.28664|174.77557|Pacific/Auckland|381900
Honolulu|Hawaii|United States|US|21.30694|-157.85833|Pacific/Honolulu|371657
Anchorage|Alaska|United States|US|61.21806|-149.90028|America/Anchorage|291826
Seattle|Washington|United States|US|47.60621|-122.33207|America/Los_Angeles|749256
Portland|Oregon|United States|US|45.52345|-122.67621|America/Los_Angeles|652503
Portland|Maine|United States|US|43.65737|-70.2589|America/New_York|68408
San Francisco|California|United States|US|37.77493|-122.41942|America/Los_Angeles|864816
Los Angeles|California|United States|US|34.05223|-118.24368|America/Los_Angeles|3971883
San Diego|California|United States|US|32.71571|-117.16472|America/Los_Angeles|1394928
Las Vegas|Nevada|United States|US|36.17497|-115.13722|America/Los_Angeles|641676
Phoenix|Arizona|United States|US|33.44838|-112.07404|America/Phoenix|1680992
Denver|Colorado|United States|US|39.73915|-104.9847|America/Denver|715522
Salt Lake City|Utah|United States|US|40.76078|-111.89105|America/Denver|200567
Dallas|Texas|United States|US|32.78306|-96.80667|America/Chicago|1300092
Houston|Texas|United States|US|29.76328|-95.36327|America/Chicago|2296224
Austin|Texas|United States|US|30.26715|-97.74306|America/Chicago|961855
Paris|Texas|United States|US|33.66094|-95.55551|America/Chicago|24782
Chicago|Illinois|United States|US|41.85003|-87.65005|America/Chicago|2720546
Springfield|Illinois|United States|US|39.80172|-89.64371|America/Chicago|116565
Springfield|Missouri|United States|US|37.21533|-93.29824|America/Chicago|166810
Springfield|Massachusetts|United States|US|42.10148|-72.58981|America/New_York|155929
Springfield|Oregon|United States|US|44.04624|-123.02203|America/Los_Angeles|62256
Minneapolis|Minnesota|United States|US|44.97997|-93.26384|America/Chicago|429954
Detroit|Michigan|United States|US|42.33143|-83.04575|America/Detroit|677116
Atlanta|Georgia|United States|US|33.749|-84.38798|America/New_York|498044
Miami|Florida|United States|US|25.77427|-80.19366|America/New_York|470914
Washington|District of Columbia|United States|US|38.89511|-77.03637|America/New_York|689545
New York|New York|United States|US|40.71427|-74.00597|America/New_York|8804190
Boston|Massachusetts|United States|US|42.35843|-71.05977|America/New_York|675647
Toronto|Ontario|Canada|CA|43.70011|-79.4163|America/Toronto|2600000
London|Ontario|Canada|CA|42.98339|-81.23304|America/Toronto|422324
Montreal|Quebec|Canada|CA|45.50884|-73.58781|America/Toronto|1762949
Vancouver|British Columbia|Canada|CA|49.24966|-123.11934|America/Vancouver|631486
Calgary|Alberta|Canada|CA|51.05011|-114.08529|America/Edmonton|1019942
St. John's|Newfoundland and Labrador|Canada|CA|47.56494|-52.70931|America/St_Johns|99182
Mexico City|Mexico City|Mexico|MX|19.42847|-99.12766|America/Mexico_City|12294193
Havana|La Habana|Cuba|CU|23.13302|-82.38304|America/Havana|2163824
Bogotá|Bogota D.C.|Colombia|CO|4.60971|-74.08175|America/Bogota|7674366
Lima|Lima region|Peru|PE|-12.04318|-77.02824|America/Lima|7737002
Quito|Pichincha|Ecuador|EC|-0.22985|-78.52495|America/Guayaquil|1399814
Santiago|Santiago Metropolitan|Chile|CL|-33.45694|-70.64827|America/Santiago|4837295
Buenos Aires|Buenos Aires F.D.|Argentina|AR|-34.61315|-58.37723|America/Argentina/Buenos_Aires|13076300
Montevideo|Montevideo|Uruguay|UY|-34.90328|-56.18816|America/Montevideo|1270737
São Paulo|São Paulo|Brazil|BR|-23.5475|-46.63611|America/Sao_Paulo|10021295
Rio de Janeiro|Rio de Janeiro|Brazil|BR|-22.90642|-43.18223|America/Sao_Paulo|6023699
Manaus|Amazonas|Brazil|BR|-3.10194|-60.025|America/Manaus|1598210
Caracas|Capital|Venezuela|VE|10.48801|-66.87919|America/Caracas|3000000
Nuuk|Sermersooq|Greenland|GL|64.18347|-51.72157|America/Nuuk|17984
Longyearbyen|Svalbard|Svalbard and Jan Mayen|SJ|78.2186|15.64007|Arctic/Longyearbyen|2060
`;

export const CITIES: readonly City[] = ROWS.trim()
  .split('\n')
  .map((row, index) => {
    const [name = '', admin1 = '', country = '', countryCode = '', lat = '', lon = '', timezone = '', population = ''] = row.split('|');
    return {
      id: 2_000_000 + index,
      name,
      admin1,
      country,
      countryCode,
      latitude: Number(lat),
      longitude: Number(lon),
      timezone,
      population: Number(population),
    };
  });

/**
 * Names in other languages, as Open-Meteo's geocoding has them from GeoNames' alternate names:
 * "Return translated results, if available, otherwise return english or the native location
 * name" (https://open-meteo.com/en/docs/geocoding-api), and any of a place's names finds it.
 */
type Translated = Readonly<{ name?: string; admin1?: string; country?: string }>;
const TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, Translated>>>> = {
  Munich: {
    de: { name: 'München', admin1: 'Bayern', country: 'Deutschland' },
    ja: { name: 'ミュンヘン', admin1: 'バイエルン州', country: 'ドイツ' },
    fr: { admin1: 'Bavière', country: 'Allemagne' },
  },
  Cologne: { de: { name: 'Köln', admin1: 'Nordrhein-Westfalen', country: 'Deutschland' }, ja: { name: 'ケルン', country: 'ドイツ' } },
  Berlin: { de: { admin1: 'Berlin', country: 'Deutschland' }, ja: { name: 'ベルリン', admin1: 'ベルリン', country: 'ドイツ' } },
  Vienna: { de: { name: 'Wien', admin1: 'Wien', country: 'Österreich' }, ja: { name: 'ウィーン', country: 'オーストリア' } },
};

/** A city as named in `language` (lower-case ISO 639-1), English where no translation is known. */
export function cityIn(city: City, language: string): City {
  return { ...city, ...TRANSLATIONS[city.name]?.[language] };
}

const namesOf = (city: City): string[] => [city.name, ...Object.values(TRANSLATIONS[city.name] ?? {}).flatMap((t) => (t.name ? [t.name] : []))];

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Cities one of whose names starts with `query` (accents and case ignored), most populous first. */
export function searchCities(query: string, count: number): City[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  return CITIES.filter((c) => namesOf(c).some((name) => fold(name).startsWith(q)))
    .sort((a, b) => b.population - a.population)
    .slice(0, count);
}

/** The nearest city, for `timezone=auto` and OpenWeatherMap's city block. */
export function nearestCity(latitude: number, longitude: number): City {
  let best = CITIES[0] as City;
  let bestDistance = Infinity;
  for (const c of CITIES) {
    const d = (c.latitude - latitude) ** 2 + ((c.longitude - longitude) * Math.cos((latitude * Math.PI) / 180)) ** 2;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
