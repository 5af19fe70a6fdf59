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
  'champions', 'holders', 'leaders', 'rivals', 'visitors', 'hosts', 'opponents',
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
  'ibn', 'al', 'el', 'ter', 'ten', 'af', 'zu', 'bint', 'ben', 'abu', 'degli', 'dei', "d'", 'st',
]);

/** Function words: never names on their own, whatever their case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'not', 'no', 'yes', 'if', 'so', 'up', 'out', 'off',
  'over', 'after', 'before', 'into', 'about', 'than', 'then', 'there', 'here', 'when', 'where', 'who', 'what',
  'which', 'how', 'why', 'all', 'any', 'some', 'more', 'most', 'vs', 'v', 'per', 'via', 'amid',
  'against', 'between', 'under', 'while', 'also', 'just', 'only', 'said', 'says',
]);

/** Months, weekdays and their abbreviations: capitalised, never entities. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst',
  'pdt', 'ist', 'msk',
]);
