// The country a source's jurisdiction belongs to: sub-national units of the Peppercat pages and the
// spellings of the Factbook / CIA lists mapped onto the canonical names of lib/dataset/countries.ts.
import { canonicalCountry, US_STATES } from '../../lib/dataset/countries';

const PARENT: Record<string, string> = {};
const add = (country: string, units: string) => {
  for (const u of units.split('|')) PARENT[u] = country;
};
add('India', 'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal');
add('Germany', 'Baden-Württemberg|Bavaria|Berlin|Brandenburg|Bremen|Hamburg|Hesse|Lower Saxony|Mecklenburg-Western Pomerania|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|Schleswig-Holstein|Thuringia');
add('Canada', 'Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Northwest Territories|Nova Scotia|Nunavut|Ontario|Prince Edward Island|Quebec|Saskatchewan|Yukon');
add('Australia', 'Australian Capital Territory|New South Wales|Northern Territory|Queensland|South Australia|Tasmania|Victoria|Western Australia');
add('United Kingdom', 'Scotland|Wales|Northern Ireland');
add('United States', 'Georgia (US)|Washington|Guam');
add('Finland', 'Åland');
add('Congo, Democratic Republic of the', 'Congo-Kinshasa|Congo, Democratic Republic of the|Democratic Republic of the Congo');
add('Congo, Republic of the', 'Congo-Brazzaville|Congo, Republic of the');
add('Micronesia, Federated States of', 'Federated States of Micronesia');
add('Sao Tome and Principe', 'São Tomé and Príncipe');
add('Korea, South', 'South Korea|Korea, South');
add('Korea, North', 'North Korea|Korea, North');
add('Burma', 'Myanmar|Burma');
for (const s of Object.values(US_STATES)) if (!(s in PARENT) && s !== 'Georgia') PARENT[s] = 'United States';

/** The canonical country of a jurisdiction name, or null when it is not a country (or unknown). */
export function countryOf(jurisdiction: string | null | undefined): string | null {
  if (!jurisdiction) return null;
  const j = jurisdiction.trim();
  if (j === 'World') return null;
  return PARENT[j] ?? canonicalCountry(j) ?? null;
}
