// Countries and the words that point at them in news text: names, short forms, demonyms, capitals used as
// metonyms ("Beijing said"), and government bodies ("the Pentagon", "the Kremlin"). The build uses it to
// give every role a canonical country; the lookup uses it to read country evidence out of the story's
// context words and role phrases. Hand-written; first entry of each line is the canonical name.
import { fold } from './normalize';

const COUNTRY_LINES = `
United States|US|U.S.|U.S.A.|USA|United States of America|America|American|Americans|Washington|White House|Pentagon|State Department|Department of State|Treasury|Congress|Senate|House of Representatives|FBI|CIA|NSC|National Security Council|Federal Reserve|Fed|Capitol|Justice Department|Department of Justice|Department of Defense|Defense Department|Homeland Security|Supreme Court of the United States|GOP
Afghanistan|Afghan|Afghans|Kabul|Taliban
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran
Angola|Angolan|Luanda
Antigua and Barbuda|Antiguan
Argentina|Argentine|Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Azeri|Baku
Bahamas|The Bahamas|Bahamian
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Barbados|Barbadian
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana|Botswanan|Motswana
Brazil|Brazilian|Brasilia
Brunei|Bruneian
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe
Burma|Myanmar|Burmese|Naypyidaw
Burundi|Burundian
Cabo Verde|Cape Verde|Cape Verdean
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Central African Republic|Central African
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China|Chinese|PRC|People's Republic of China|Beijing|Chinese Communist Party|CCP
Colombia|Colombian|Bogota
Comoros|Comoran
Congo, Democratic Republic of the|Democratic Republic of the Congo|DRC|DR Congo|Congolese|Kinshasa
Congo, Republic of the|Republic of the Congo|Congo-Brazzaville|Brazzaville
Costa Rica|Costa Rican
Cote d'Ivoire|Ivory Coast|Ivorian
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czechia|Czech Republic|Czech|Prague
Denmark|Danish|Dane|Copenhagen
Djibouti|Djiboutian
Dominica|Dominican
Dominican Republic|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini|Swaziland|Swazi
Ethiopia|Ethiopian|Addis Ababa
European Union|EU|E.U.|European Commission|European Council|European Parliament|Brussels
Fiji|Fijian
Finland|Finnish|Finn|Helsinki
France|French|Paris|Elysee
Gabon|Gabonese
Gambia|The Gambia|Gambian
Georgia|Georgian|Tbilisi
Germany|German|Berlin|Bundestag
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Grenada|Grenadian
Guatemala|Guatemalan
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|Haitian|Port-au-Prince
Holy See|Vatican|Holy See (Vatican City)|Pope
Honduras|Honduran|Tegucigalpa
Hong Kong|Hongkonger
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi|Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Israelis|Jerusalem|Knesset|IDF
Italy|Italian|Rome
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kiribati
Korea, North|North Korea|North Korean|DPRK|Pyongyang
Korea, South|South Korea|South Korean|Republic of Korea|ROK|Seoul
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao|Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut|Hezbollah
Lesotho|Basotho
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Liechtenstein
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish
Madagascar|Malagasy
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian
Mali|Malian|Bamako
Malta|Maltese
Marshall Islands|Marshallese
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican|Mexico City
Micronesia, Federated States of|Micronesia|Micronesian
Moldova|Moldovan|Chisinau
Monaco|Monegasque
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Namibia|Namibian|Windhoek
Nauru|Nauruan
Nepal|Nepali|Nepalese|Kathmandu
Netherlands|Dutch|The Netherlands|Holland|The Hague|Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Macedonia|Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palau|Palauan
Palestine|Palestinian|Palestinians|Palestinian Authority|PLO|Palestine Liberation Organization|West Bank|Gaza|Gaza Strip|Ramallah|Hamas
Panama|Panamanian
Papua New Guinea|Papua New Guinean
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Philippine|Filipino|Manila
Poland|Polish|Pole|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Russians|Russian Federation|Moscow|Kremlin|Duma
Rwanda|Rwandan|Kigali
Saint Kitts and Nevis|Kittitian
Saint Lucia|Saint Lucian
Saint Vincent and the Grenadines|Vincentian
Samoa|Samoan
San Marino|Sammarinese
Sao Tome and Principe|Santomean
Saudi Arabia|Saudi|Saudis|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Serb|Belgrade
Seychelles|Seychellois
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Slovene|Ljubljana
Solomon Islands|Solomon Islander
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria|Johannesburg|Cape Town|ANC|African National Congress|Durban|Hawks|MK Party
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese
Sweden|Swedish|Swede|Stockholm
Switzerland|Swiss|Bern|Geneva
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei|Republic of China
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Timor-Leste|East Timor|Timorese
Togo|Togolese|Lome
Tonga|Tongan
Trinidad and Tobago|Trinidadian
Tunisia|Tunisian|Tunis
Turkey|Turkiye|Türkiye|Turkish|Turk|Ankara
Turkmenistan|Turkmen|Ashgabat
Tuvalu|Tuvaluan
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Verkhovna Rada
United Arab Emirates|UAE|Emirati|Abu Dhabi|Dubai
United Kingdom|UK|U.K.|Britain|Great Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|London|Downing Street|Westminster
United Nations|UN|U.N.|UN Security Council|UN General Assembly
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vanuatu|Ni-Vanuatu
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni|Sanaa|Houthi|Houthis
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
NATO|North Atlantic Treaty Organization
Abkhazia|Abkhaz|Sukhumi
Northern Cyprus|Turkish Cypriot
Somaliland
Transnistria
Western Sahara|Sahrawi
Greenland|Greenlandic|Nuuk
Faroe Islands|Faroese
Puerto Rico|Puerto Rican
Macau|Macao
Aruba
Curacao
Bermuda
Cayman Islands
Gibraltar
`;

/** US states by postal code, for US sources and for context words ("Kentucky" → United States). */
export const US_STATES: Record<string, string> = {
  al: 'Alabama', ak: 'Alaska', az: 'Arizona', ar: 'Arkansas', ca: 'California', co: 'Colorado', ct: 'Connecticut',
  de: 'Delaware', fl: 'Florida', ga: 'Georgia', hi: 'Hawaii', id: 'Idaho', il: 'Illinois', in: 'Indiana', ia: 'Iowa',
  ks: 'Kansas', ky: 'Kentucky', la: 'Louisiana', me: 'Maine', md: 'Maryland', ma: 'Massachusetts', mi: 'Michigan',
  mn: 'Minnesota', ms: 'Mississippi', mo: 'Missouri', mt: 'Montana', ne: 'Nebraska', nv: 'Nevada',
  nh: 'New Hampshire', nj: 'New Jersey', nm: 'New Mexico', ny: 'New York', nc: 'North Carolina',
  nd: 'North Dakota', oh: 'Ohio', ok: 'Oklahoma', or: 'Oregon', pa: 'Pennsylvania', ri: 'Rhode Island',
  sc: 'South Carolina', sd: 'South Dakota', tn: 'Tennessee', tx: 'Texas', ut: 'Utah', vt: 'Vermont',
  va: 'Virginia', wa: 'Washington', wv: 'West Virginia', wi: 'Wisconsin', wy: 'Wyoming',
  dc: 'District of Columbia', pr: 'Puerto Rico', gu: 'Guam', vi: 'U.S. Virgin Islands', as: 'American Samoa',
  mp: 'Northern Mariana Islands',
};

let table: Map<string, string> | null = null;
let maxWords = 1;

/** folded word sequence → canonical country. */
function countryTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const line of COUNTRY_LINES.split('\n')) {
    if (!line.trim()) continue;
    const names = line.split('|');
    const canon = names[0]!;
    for (const n of names) {
      const k = fold(n);
      if (!k) continue;
      if (!table.has(k)) table.set(k, canon);
      maxWords = Math.max(maxWords, k.split(' ').length);
    }
  }
  for (const [code, state] of Object.entries(US_STATES)) {
    const k = fold(state);
    // Georgia and Washington are also a country and a city: the country lines win.
    if (!table.has(k)) table.set(k, 'United States');
    void code;
  }
  return table;
}

/** The canonical country for a name, demonym or metonym ("Chinese" → "China"), or null. */
export function canonicalCountry(s: string | null | undefined): string | null {
  if (!s) return null;
  return countryTable().get(fold(s)) ?? null;
}

const memo = new Map<string, string[]>();

/** Countries named anywhere in a phrase ("former U.S. ambassador to Israel" → United States, Israel). */
export function countriesIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const hit = memo.get(text);
  if (hit) return hit;
  const out = findCountries(text);
  if (memo.size > 5000) memo.clear();
  memo.set(text, out);
  return out;
}

function findCountries(text: string): string[] {
  const t = countryTable();
  const toks = fold(text.replace(/['’]s\b/g, '')).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (let n = Math.min(maxWords, toks.length - i); n >= 1; n--) {
      const c = t.get(toks.slice(i, i + n).join(' '));
      if (c) {
        if (!out.includes(c)) out.push(c);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** Every canonical country name the lexicon knows. */
export function allCountries(): string[] {
  return [...new Set(countryTable().values())].sort();
}
