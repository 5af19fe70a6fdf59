/** Small closed word lists used as context cues by the entity extractor. Lower-cased. */

/** Verbs of saying: "X said" leans person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'argued', 'explained', 'noted',
  'insisted', 'replied', 'warned', 'recalled', 'admitted', 'acknowledged', 'complained', 'declared',
  'conceded', 'asked', 'urged', 'suggested', 'stressed', 'thinks', 'believes', 'claimed', 'denied',
  'testified', 'quipped', 'joked', 'smiled', 'laughed', 'shouted', 'yelled', 'whispered', 'sighed',
]);

/** Prepositions that lean place when they precede a name: "in Moscow", "near Grozny". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'into', 'across', 'throughout', 'outside', 'inside', 'towards', 'toward', 'via',
  'around', 'to', 'through', 'within', 'over', 'off', 'beyond', 'across', 'northern', 'southern', 'eastern',
  'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south',
  'east', 'west', 'visit', 'visited', 'visiting', 'reached', 'entered', 'fled', 'left',
]);

/** Nouns that name a kind of place: "the city of Oran", "the Chechen capital Grozny". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'capital', 'province', 'state', 'region', 'island', 'islands', 'district', 'port',
  'suburb', 'county', 'republic', 'kingdom', 'municipality', 'enclave', 'neighbourhood', 'neighborhood',
  'resort', 'hamlet', 'township', 'oblast', 'prefecture', 'emirate', 'territory', 'borough', 'outskirts',
  'archipelago', 'peninsula', 'settlement', 'stronghold', 'commune', 'countries', 'country', 'nations',
  'cities', 'towns', 'villages', 'provinces', 'states',
]);

/** Nouns that name a kind of organisation: "the company X", "the group X". */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'party', 'agency', 'newspaper', 'daily', 'weekly', 'magazine',
  'broadcaster', 'network', 'carrier', 'airline', 'insurer', 'lender', 'maker', 'manufacturer', 'retailer',
  'brokerage', 'conglomerate', 'club', 'side', 'team', 'outfit', 'organisation', 'organization', 'movement',
  'union', 'association', 'subsidiary', 'unit', 'affiliate', 'parent', 'operator', 'producer', 'exporter',
  'importer', 'refiner', 'miner', 'developer', 'distributor', 'supplier', 'contractor', 'consortium',
  'publisher', 'channel', 'station', 'institute', 'university', 'think-tank', 'charity', 'rebels', 'faction',
]);

/** Nouns after a name that make it a place: "Zadar police", "Uppsala airport", "Gaza residents". */
export const PLACE_AFTER_NOUNS: ReadonlySet<string> = new Set([
  'police', 'residents', 'airport', 'railway', 'province', 'region', 'border', 'port', 'harbour', 'harbor',
  'embassy', 'consulate', 'mayor', 'citizens', 'inhabitants', 'villagers', 'district', 'suburb', 'streets',
  'municipality', 'countryside', 'coast', 'coastline', 'valley', 'refinery', 'oilfield', 'field', 'mine',
  'basin', 'delta', 'plateau', 'river', 'estuary', 'lowlands', 'highlands', 'peninsula',
]);

/** First words of a headline that make a document a team-sport report (clubs are organisations). */
export const TEAM_SPORTS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'cricket', 'rugby', 'baseball', 'basketball', 'hockey', 'nfl', 'nba', 'nhl',
  'volleyball', 'handball', 'polo', 'netball', 'lacrosse', 'softball', 'futsal', 'rules', 'league', 'union',
]);

/** First words of a headline that make a document an individual-sport report (names are people). */
export const INDIVIDUAL_SPORTS: ReadonlySet<string> = new Set([
  'tennis', 'golf', 'athletics', 'cycling', 'boxing', 'motor', 'motor-racing', 'motorcycling', 'formula',
  'skiing', 'swimming', 'racing', 'horse', 'rowing', 'sailing', 'squash', 'badminton', 'chess', 'snooker',
  'darts', 'triathlon', 'judo', 'wrestling', 'gymnastics', 'skating', 'marathon', 'equestrianism',
  'equestrian', 'shooting', 'archery', 'fencing', 'weightlifting', 'diving', 'bowls', 'motocross', 'rally',
  'rallying', 'athletic', 'speedway', 'luge', 'bobsleigh', 'biathlon', 'canoeing', 'karate', 'taekwondo',
]);

/** Sports verbs and prepositions that mark a team or player: "Leicestershire beat Somerset". */
export const CONTEST_WORDS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'drew', 'draw', 'lost', 'lose', 'won', 'win', 'against', 'v', 'vs', 'versus',
  'play', 'played', 'plays', 'host', 'hosts', 'hosted', 'face', 'faces', 'meet', 'meets', 'trail', 'trailed',
  'lead', 'led', 'leads', 'edged', 'routed', 'thrashed', 'crushed', 'overcame', 'held', 'scored', 'score',
  'bowled', 'batting', 'batted', 'fielding', 'toured', 'signed', 'joined', 'joins', 'rejoined', 'midfielder',
  'striker', 'defender', 'goalkeeper', 'captain', 'coach', 'manager', 'champions',
]);

/** Lower-case name particles inside person names: "Nikolaus van der Pas", "Loyola de Palacio". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'dos', 'das', 'do', 'bin',
  'ibn', 'al', 'el', 'ter', 'ten', 'af', 'zu', 'bint', 'ben', 'abu', 'degli', 'dei', "d'",
]);

/** Function words: never names on their own, whatever their case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'not', 'no', 'yes', 'if', 'so', 'up', 'out', 'off',
  'over', 'after', 'before', 'into', 'about', 'than', 'then', 'there', 'here', 'when', 'where', 'who', 'what',
  'which', 'how', 'why', 'all', 'any', 'some', 'more', 'most', 'vs', 'v', 'per', 'via', 'amid',
  'against', 'between', 'under', 'while', 'also', 'just', 'only', 'said', 'says',
  // Sentence adverbs and number words: film subtitles (the case prior) mostly write them capitalised.
  'however', 'therefore', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'apparently',
  'instead', 'otherwise', 'besides', 'thus', 'hence', 'indeed', 'perhaps', 'maybe', 'although', 'though',
  'whereas', 'despite', 'unlike', 'alternatively', 'additionally', 'consequently', 'accordingly', 'similarly',
  'likewise', 'overall', 'still', 'yet', 'finally', 'firstly', 'secondly', 'thirdly', 'lastly', 'eventually',
  'ultimately', 'initially', 'currently', 'recently', 'previously', 'earlier', 'later', 'once', 'twice',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'dozens', 'several', 'many', 'few', 'both', 'each', 'every', 'neither', 'either', 'such', 'whether',
  'unless', 'until', 'since', 'because', 'during', 'within', 'without', 'according', 'following', 'amid',
  // Acronyms of common things, not of names.
  'gdp', 'gnp', 'tv', 'hiv', 'aids', 'dna', 'cpi', 'vat', 'gst', 'fm', 'pc', 'pcs', 'cd', 'dvd', 'ipo', 'fdi',
  'ngo', 'ngos', 'mps', 'agm', 'atm', 'gps', 'lng', 'lpg', 'icbm', 'uav', 'wmd', 'mvp', 'era', 'rbi', 'ok',
  'bp', 'frn', 'eps', 'faq',
]);

/** Last words of event names (CoNLL's MISC, not entities here): "World Cup", "U.S. Open", "Grand Prix". */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'cup', 'open', 'championship', 'championships', 'games', 'olympics', 'olympiad', 'prix', 'series', 'trophy',
  'tournament', 'classic', 'masters', 'rally', 'prize', 'awards', 'festival', 'war', 'challenge', 'slam',
  'invitational', 'biennale', 'expo', 'marathon', 'paralympics', 'jubilee', 'grand-prix', 'world-cup',
]);

/**
 * Nouns after a name (or after its "'s") that make it an organisation: "Unita deputies", "Cofinec's outlook".
 */
export const ORG_AFTER_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'executives',
  'employees', 'officials', 'members', 'deputies', 'troops', 'forces', 'fighters', 'rebels', 'guerrillas',
  'militants', 'delegates', 'lawmakers', 'board', 'headquarters', 'plant', 'plants', 'factory', 'factories',
  'brand', 'products', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'outlook',
  'operations', 'stake', 'chairman', 'management', 'workforce', 'shareholding', 'bonds', 'debt', 'dividend',
  'results', 'net', 'turnover', 'bid', 'merger', 'takeover', 'subscribers', 'customers', 'network', 'fleet',
]);

/** Months, weekdays and their abbreviations: capitalised, never entities. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst',
  'pdt', 'ist', 'msk',
]);
