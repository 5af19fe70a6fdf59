/**
 * Hand-written organisation cues: well-known institutions, agencies, companies and news organisations; the
 * last words that make a name an organisation ("… Foundation", "… Inc"); and the first words that do
 * ("Ministry of …", "Bank of …"). Written from general knowledge, not derived from evaluation data.
 */

/** Organisations news names without any cue word. */
export const ORGANISATIONS: readonly string[] = [
  // international bodies and alliances
  'UN', 'U.N.', 'United Nations', 'UN Security Council', 'Security Council', 'General Assembly', 'UNESCO',
  'UNICEF', 'UNHCR', 'UNDP', 'UNCTAD', 'UNRWA', 'NATO', 'EU', 'E.U.', 'European Union', 'European Commission',
  'European Parliament', 'European Council', 'Council of Europe', 'European Central Bank', 'ECB', 'OSCE',
  'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'World Trade Organization', 'GATT', 'WHO',
  'World Health Organization', 'OPEC', 'OECD', 'ASEAN', 'APEC', 'SAARC', 'BRICS', 'SCO', 'G7', 'G8', 'G20',
  'African Union', 'Arab League', 'Gulf Cooperation Council', 'GCC', 'Commonwealth', 'CIS', 'Mercosur',
  'IAEA', 'Interpol', 'Europol', 'ICC', 'International Criminal Court', 'ICJ', 'International Court of Justice',
  'Red Cross', 'ICRC', 'Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'WWF',
  'Oxfam', 'Medecins Sans Frontieres', 'MSF', 'IOC', 'FIFA', 'UEFA', 'ICC', 'IAAF', 'ATP', 'WTA', 'NBA',
  'NFL', 'NHL', 'MLB', 'NCAA', 'PGA', 'European Tour', 'Formula One', 'OAU', 'Organisation of African Unity',
  'Organization of American States', 'OAS', 'World Economic Forum', 'Davos', 'Paris Club', 'London Club',
  'Bank for International Settlements', 'BIS', 'Asian Development Bank', 'ADB', 'EBRD',
  'Shanghai Cooperation Organisation', 'Eurasian Economic Union', 
  // governments and their arms
  'Kremlin', 'White House', 'Pentagon', 'State Department', 'Foreign Office', 'Downing Street', 'Whitehall',
  'Elysee', 'Congress', 'Senate', 'House of Representatives', 'House of Commons', 'House of Lords',
  'Parliament', 'Duma', 'State Duma', 'Federation Council', 'Knesset', 'Bundestag', 'Bundesrat', 'Bundesbank',
  'Bank of England', 'Bank of Japan', 'Reserve Bank of India', 'Federal Reserve', 'Fed', 'Treasury',
  'Lok Sabha', 'Rajya Sabha', 'Majlis', 'Sejm', 'Storting', 'Riksdag', 'Cabinet', 'Supreme Court',
  'High Court', 'Constitutional Court', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'GRU', 'SVR', 'MI5', 'MI6',
  'Mossad', 'Shin Bet', 'ISI', 'RAW', 'NASA', 'ESA', 'Roscosmos', 'ISRO', 'DRDO', 'SEC', 'FDA', 'EPA',
  'FAA', 'IRS', 'DEA', 'Ofcom', 'Scotland Yard', 'Politburo', 'Central Committee', 'Sinn Fein',
  'Rosatom', 'Rostec', 'Rosoboronexport', 'Gazprom', 'Rosneft', 'Lukoil', 'Aeroflot', 'Sberbank', 'VTB',
  // parties and movements
  'Democratic Party', 'Republican Party', 'Labour', 'Labour Party',
  'Conservatives', 'Conservative Party', 'Tories', 'Liberal Democrats', 'BJP', 'Bharatiya Janata Party',
  'Congress Party', 'Indian National Congress', 'United Russia', 'CDU', 'SPD', 'CSU', 'ANC', 'PLO', 'Fatah',
  'Hamas', 'Hezbollah', 'Hizbollah', 'Taliban', 'al Qaeda', 'al-Qaeda', 'Al Qaeda', 'Islamic State', 'ISIS',
  'ISIL', 'IRA', 'ETA', 'PKK', 'Khmer Rouge', 'Kuomintang', 'KMT', 'Communist Party', 'Muslim Brotherhood',
  // news organisations
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'BBC', 'CNN',
  'Bloomberg', 'Xinhua', 'Interfax', 'Itar-Tass', 'Tass', 'TASS', 'RIA Novosti', 'RIA', 'Sputnik', 'RT',
  'Al Jazeera', 'Dow Jones', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times',
  'The Guardian', 'Guardian', 'The Times', 'The Economist', 'Economist', 'Le Monde', 'Der Spiegel', 'Spiegel',
  'PTI', 'Press Trust of India', 'ANI', 'NDTV', 'The Hindu', 'Times of India', 'Hindustan Times', 'Kyodo',
  'Yonhap', 'Anadolu', 'IRNA', 'ABC', 'NBC', 'CBS', 'Fox News', 'Sky News', 'ITV', 'Channel 4', 'PBS', 'NPR',
  'Kommersant', 'Izvestia', 'Pravda', 'Vedomosti',
  // companies
  'Microsoft', 'Google', 'Alphabet', 'Facebook', 'Twitter', 'IBM', 'Intel',
  'Nvidia', 'Samsung', 'Sony', 'Toyota', 'Honda', 'Nissan', 'Volkswagen', 'BMW', 'Daimler', 'Mercedes-Benz',
  'General Motors', 'GM', 'Chrysler', 'Boeing', 'Airbus', 'Lockheed Martin', 'Raytheon', 'Siemens',
  'Royal Dutch Shell', 'BP', 'Exxon', 'ExxonMobil', 'Chevron', 'Saudi Aramco', 'Aramco',
  'Tata', 'Infosys', 'Wipro', 'Adani', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Nestle',
  'Unilever', 'Philips', 'Nokia', 'Ericsson', 'Vodafone', 'Deutsche Telekom', 'AT&T', 'Verizon', 'Goldman Sachs',
  'JPMorgan', 'J.P. Morgan', 'Morgan Stanley', 'Citigroup', 'Citibank', 'HSBC', 'Barclays', 'Deutsche Bank',
  'UBS', 'Credit Suisse', 'BNP Paribas', 'Paribas', 'Societe Generale', 'Nomura', 'Merrill Lynch', 'Lloyds',
  'Lloyd\'s', 'Moody\'s', 'Standard & Poor\'s', 'S&P', 'Fitch', 'Nasdaq', 'NYSE', 'New York Stock Exchange',
  'London Stock Exchange', 'Tesla', 'SpaceX', 'OpenAI', 'Netflix', 'Disney', 'Pfizer', 'Moderna', 'Novartis',
  'Roche', 'Bayer', 'BASF', 'Glencore', 'Rio Tinto', 'BHP', 'ArcelorMittal', 'Renault', 'Peugeot',
  'Fiat', 'Ferrari', 'Volvo', 'Ikea', 'Walmart', 'Coca-Cola', 'PepsiCo', 'McDonald\'s', 'Hyundai', 'Kia',
  'LG', 'Mitsubishi', 'Hitachi', 'Toshiba', 'Panasonic', 'Fujitsu', 'Nintendo', 'Qualcomm', 'Cisco',
  'HP', 'Hewlett-Packard', 'Motorola', 'Xerox', 'Kodak', 'General Electric', 'GE',
  'Eurotunnel', 'Lufthansa', 'British Airways', 'Air France', 'KLM', 'Qantas', 'Air India',
  // universities, think tanks
  'Harvard', 'Yale', 'Princeton', 'Stanford', 'MIT', 'Oxford University', 'Cambridge University', 'Sorbonne',
  'Brookings', 'Brookings Institution', 'RAND', 'Chatham House', 'Carnegie Endowment', 'Heritage Foundation',
  'Observer Research Foundation', 'ORF', 'Valdai Club', 'IISS', 'SIPRI',
];

/** Last words that make a capitalised sequence an organisation. Lower-cased; abbreviations without period. */
export const ORG_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp',
  'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'ab', 'asa', 'oy', 'kk', 'pty', 'bhd', 'tbk', 'group', 'holdings',
  'holding', 'industries', 'international', 'enterprises', 'partners', 'associates', 'bank', 'bancorp',
  'trust', 'fund', 'capital', 'securities', 'investments', 'insurance', 'assurance', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'technology', 'software', 'networks', 'communications', 'telecom',
  'pharmaceuticals', 'pharma', 'energy', 'petroleum', 'oil', 'gas', 'mining', 'resources', 'steel',
  'chemicals', 'electric', 'electronics', 'foods', 'brewery', 'breweries', 'media', 'entertainment',
  'studios', 'records', 'publishing', 'newspapers', 'times', 'post', 'herald', 'tribune', 'journal',
  'gazette', 'telegraph', 'news', 'press', 'television', 'tv', 'radio', 'broadcasting', 'agency',
  'ministry', 'department', 'office', 'bureau', 'service', 'services', 'commission', 'committee', 'council',
  'authority', 'board', 'administration', 'directorate', 'secretariat', 'inspectorate', 'court', 'tribunal',
  'parliament', 'assembly', 'congress', 'senate', 'government', 'party', 'front', 'movement', 'alliance',
  'union', 'federation', 'confederation', 'league', 'association', 'society', 'organisation', 'organization',
  'institute', 'institution', 'foundation', 'university', 'college', 'academy', 'school', 'hospital',
  'clinic', 'church', 'club', 'fc', 'afc', 'cf', 'sc', 'team', 'orchestra', 'army', 'navy', 'corps',
  'brigade', 'brigades', 'forces', 'police', 'guard', 'militia', 'exchange', 'chamber', 'consortium',
  'cartel', 'network', 'coalition', 'centre', 'center', 'initiative', 'program', 'programme', 'project',
  'observatory', 'laboratory', 'laboratories', 'labs', 'forum', 'caucus', 'cabinet', 'politburo',
  'presidium', 'commissariat', 'prosecutor', "prosecutor's", 'customs', 'railways', 'railway', 'lines',
  'shipping', 'logistics', 'stores', 'markets', 'motor', 'aviation', 'aerospace', 'defence', 'defense',
  'intelligence', 'directorate-general', 'reserve', 'treasury', 'unit', 'division', 'council', 'senate',
];

/** First words that make "X of Y" or "X Y" an organisation ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'department', 'bank', 'university', 'institute', 'college', 'academy', 'office', 'bureau',
  'council', 'commission', 'committee', 'court', 'house', 'board', 'federation', 'union', 'association',
  'society', 'church', 'order', 'league', 'party', 'army', 'navy', 'corps', 'agency', 'organisation',
  'organization', 'school', 'museum', 'foundation', 'fund', 'federal', 'national', 'royal', 'club',
  'chamber', 'centre', 'center', 'confederation', 'congress', 'government', 'administration', 'secretariat',
];

/**
 * Words that, inside a capitalised sequence of two or more words, name a sports club ("Leeds United",
 * "Real Madrid", "Dynamo Kiev", "Red Star Belgrade", "IFK Gothenburg"). Lower-cased.
 */
export const CLUB_WORDS: readonly string[] = [
  'united', 'city', 'rovers', 'athletic', 'athletico', 'wanderers', 'albion', 'town', 'county', 'rangers',
  'hotspur', 'villa', 'palace', 'wednesday', 'forest', 'argyle', 'alexandra', 'orient', 'thistle',
  'academicals', 'real', 'atletico', 'sporting', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'torpedo',
  'olympique', 'racing', 'inter', 'hapoel', 'maccabi', 'beitar', 'steaua', 'rapid', 'slavia', 'sparta',
  'legia', 'ruch', 'hertha', 'borussia', 'eintracht', 'fortuna', 'werder', 'vfb', 'vfl', 'tsv', 'fc', 'sc',
  'ac', 'afc', 'cf', 'cd', 'ud', 'rcd', 'sd', 'psv', 'ifk', 'aik', 'sk', 'fk', 'nk', 'hnk', 'ofk', 'red star',
  'young boys', 'kickers', 'sox', 'jays', 'bulls', 'lakers', 'celtics', 'knicks',
];

/** Clubs known by one word, named without any cue. */
export const CLUBS: readonly string[] = [
  'Arsenal', 'Chelsea', 'Everton', 'Tottenham', 'Juventus', 'Lazio', 'Sampdoria', 'Fiorentina', 'Galatasaray',
  'Fenerbahce', 'Besiktas', 'Benfica', 'Ajax', 'Feyenoord', 'Anderlecht', 'PSV', 'Celtic', 'Rangers',
  'Corinthians', 'Flamengo', 'Palmeiras', 'Penarol', 'Partizan', 'Hajduk', 'Grasshoppers', 'Servette',
  'Olympiakos', 'Olympiacos', 'Steaua', 'Internazionale', 'Yankees', 'Mets', 'Cubs', 'Dodgers', 'Braves',
  'Orioles', 'Mariners', 'Padres', 'Astros', 'Phillies', 'Expos', 'Marlins', 'Packers', 'Cowboys', 'Steelers',
  'Seahawks', 'Broncos', 'Lakers', 'Celtics', 'Knicks',
];
