/**
 * Named organizations that rules alone cannot recognize (acronyms, names without a head word
 * such as "Institute" or "Ministry"). `acronym` is what the guidelines use as a commitment
 * party for intergovernmental bodies; `country` ties a national body to its state.
 */
export interface OrgEntry {
  name: string;
  acronym?: string;
  aliases?: readonly string[];
  country?: string;
  /** Intergovernmental: a party in its own right, named by its acronym. */
  intergovernmental?: boolean;
}

export const INTERGOVERNMENTAL_BODIES: readonly OrgEntry[] = [
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO', aliases: ['North Atlantic Alliance', 'Atlantic Alliance'] },
  { name: 'European Union', acronym: 'EU', aliases: ['E.U.'] },
  { name: 'European Commission', acronym: 'EC' },
  { name: 'European Council' },
  { name: 'European Parliament' },
  { name: 'United Nations', acronym: 'UN', aliases: ['U.N.'] },
  { name: 'United Nations Security Council', acronym: 'UNSC', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'] },
  { name: 'United Nations General Assembly', acronym: 'UNGA', aliases: ['UN General Assembly', 'U.N. General Assembly', 'General Assembly'] },
  { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' },
  { name: 'United Nations High Commissioner for Refugees', acronym: 'UNHCR', aliases: ['UN refugee agency'] },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN' },
  { name: 'African Union', acronym: 'AU' },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', aliases: ['Organization for Security and Cooperation in Europe'] },
  { name: 'Collective Security Treaty Organization', acronym: 'CSTO' },
  { name: 'Shanghai Cooperation Organisation', acronym: 'SCO', aliases: ['Shanghai Cooperation Organization'] },
  { name: 'Gulf Cooperation Council', acronym: 'GCC' },
  { name: 'International Criminal Police Organization', acronym: 'INTERPOL', aliases: ['Interpol'] },
  { name: 'European Union Agency for Law Enforcement Cooperation', acronym: 'EUROPOL', aliases: ['Europol'] },
  { name: 'European Border and Coast Guard Agency', acronym: 'FRONTEX', aliases: ['Frontex'] },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA' },
  { name: 'Organisation for the Prohibition of Chemical Weapons', acronym: 'OPCW', aliases: ['Organization for the Prohibition of Chemical Weapons'] },
  { name: 'International Monetary Fund', acronym: 'IMF' },
  { name: 'World Bank' },
  { name: 'World Trade Organization', acronym: 'WTO' },
  { name: 'World Health Organization', acronym: 'WHO' },
  { name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC' },
  { name: 'Group of Seven', acronym: 'G7', aliases: ['G-7'] },
  { name: 'Group of Eight', acronym: 'G8', aliases: ['G-8'] },
  { name: 'Group of Six', acronym: 'G6' },
  { name: 'Group of Twenty', acronym: 'G20', aliases: ['G-20'] },
  { name: 'BRICS' },
  { name: 'Mercosur', aliases: ['Mercosul'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Organisation of Islamic Cooperation', acronym: 'OIC', aliases: ['Organization of Islamic Cooperation'] },
  { name: 'Economic Community of West African States', acronym: 'ECOWAS' },
  { name: 'Southern African Development Community', acronym: 'SADC' },
  { name: 'Intergovernmental Authority on Development', acronym: 'IGAD' },
  { name: 'Organization of American States', acronym: 'OAS' },
  { name: 'Organization of the Petroleum Exporting Countries', acronym: 'OPEC' },
  { name: 'Council of Europe' },
  { name: 'Commonwealth of Independent States', acronym: 'CIS' },
  { name: 'International Court of Justice', acronym: 'ICJ' },
  { name: 'International Criminal Court', acronym: 'ICC' },
  { name: 'African Continental Free Trade Area', acronym: 'AfCFTA' },
  { name: 'Financial Action Task Force', acronym: 'FATF' },
  { name: 'Global Counterterrorism Forum', acronym: 'GCTF' },
  { name: 'Union for the Mediterranean', acronym: 'UfM' },
].map((body) => ({ ...body, intergovernmental: true }));

export const NATIONAL_BODIES: readonly OrgEntry[] = [
  { name: 'Federal Bureau of Investigation', acronym: 'FBI', country: 'USA' },
  { name: 'Central Intelligence Agency', acronym: 'CIA', country: 'USA' },
  { name: 'National Security Agency', acronym: 'NSA', country: 'USA' },
  { name: 'Drug Enforcement Administration', acronym: 'DEA', country: 'USA' },
  { name: 'Department of Homeland Security', acronym: 'DHS', country: 'USA' },
  { name: 'Immigration and Customs Enforcement', acronym: 'ICE', country: 'USA' },
  { name: 'United States Department of State', country: 'USA', aliases: ['State Department', 'US State Department', 'U.S. State Department', 'Department of State'] },
  { name: 'United States Department of Defense', country: 'USA', aliases: ['Department of Defense', 'Defense Department', 'Pentagon', 'US Department of Defense'] },
  { name: 'United States Department of Justice', country: 'USA', aliases: ['Department of Justice', 'Justice Department', 'US Department of Justice'] },
  { name: 'White House', country: 'USA' },
  { name: 'Congress', country: 'USA', aliases: ['US Congress', 'U.S. Congress'] },
  { name: 'Kremlin', country: 'RUS' },
  { name: 'Federal Security Service', acronym: 'FSB', country: 'RUS' },
  { name: 'Downing Street', country: 'GBR' },
  { name: 'National Crime Agency', acronym: 'NCA', country: 'GBR' },
  { name: 'MI5', country: 'GBR' },
  { name: 'MI6', country: 'GBR' },
  { name: 'GCHQ', country: 'GBR' },
  { name: 'Mossad', country: 'ISR' },
  { name: 'Shin Bet', country: 'ISR' },
  { name: 'Islamic Revolutionary Guard Corps', acronym: 'IRGC', country: 'IRN', aliases: ['Revolutionary Guards', 'Revolutionary Guard'] },
  { name: 'Inter-Services Intelligence', acronym: 'ISI', country: 'PAK' },
  { name: 'Bundeswehr', country: 'DEU' },
  { name: 'Bundestag', country: 'DEU' },
  { name: 'Élysée', country: 'FRA', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'] },
  { name: 'DGSE', country: 'FRA' },
  { name: 'DGSI', country: 'FRA' },
  { name: 'DGST', country: 'MAR' },
];

export const ARMED_AND_POLITICAL_GROUPS: readonly OrgEntry[] = [
  { name: 'Al-Qaeda', aliases: ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qa’ida', "al-Qa'ida", 'al-Qaida'] },
  { name: 'Islamic State', acronym: 'ISIS', aliases: ['ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'] },
  { name: 'Taliban' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Hamas' },
  { name: 'Houthi movement', country: 'YEM', aliases: ['Houthis', 'Houthi', 'Ansar Allah'] },
  { name: 'Boko Haram', country: 'NGA' },
  { name: 'al-Shabaab', aliases: ['Al-Shabaab', 'al-Shabab', 'Al-Shabab'] },
  { name: 'Kurdistan Workers’ Party', acronym: 'PKK', aliases: ["Kurdistan Workers' Party"] },
  { name: 'Wagner Group', country: 'RUS', aliases: ['Wagner'] },
  { name: 'Polisario Front', aliases: ['Polisario'] },
];

export const MEDIA_AND_COMPANIES: readonly OrgEntry[] = [
  { name: 'Reuters' },
  { name: 'Agence France-Presse', acronym: 'AFP' },
  { name: 'Associated Press', acronym: 'AP' },
  { name: 'BBC' },
  { name: 'CNN' },
  { name: 'CBS' },
  { name: 'NPR' },
  { name: 'Al Jazeera' },
  { name: 'Twitter' },
  { name: 'Facebook' },
  { name: 'YouTube' },
  { name: 'Telegram' },
  { name: 'Google' },
  { name: 'Microsoft' },
];
