/**
 * Word lists for quote attribution. Lower-cased; looked up per token near a quote, never over the whole text.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that attribute speech or writing, every inflection spelled out (no stemming: 'state' and 'note' are
 * nouns as often as verbs, so only their unambiguous forms are listed; a listed form right after a
 * determiner — 'the notes', 'a claim' — is read as a noun by the caller).
 */
export const CUE_VERBS = set(`
  say says said
  tell tells told
  add adds added
  noted
  warn warns warned
  explain explains explained
  insist insists insisted
  claimed
  stated
  argue argues argued
  write writes wrote
  stress stresses stressed
  emphasise emphasises emphasised emphasize emphasizes emphasized
  acknowledge acknowledges acknowledged
  admit admits admitted
  observe observes observed
  remark remarks remarked
  continue continues continued
  announce announces announced
  tweeted
  posted
  ask asks asked
  replies replied
  respond responds responded
  declare declares declared
  recall recalls recalled
  exclaim exclaims exclaimed
  shout shouts shouted
  yell yells yelled
  scream screams screamed
  cried
  joked
  quipped
  predict predicts predicted
  suggest suggests suggested
  conclude concludes concluded
  concede concedes conceded
  complain complains complained
  boasts boasted
  brags bragged
  vowed
  promises promised
  recount recounts recounted
  testify testifies testified
  answered
  countered
  retort retorts retorted
  muse muses mused
  charged
  assert asserts asserted
  contend contends contended
  maintain maintains maintained
  lament laments lamented
  confirm confirms confirmed
  reiterate reiterates reiterated
  agree agrees agreed
  mentioned
  whisper whispers whispered
  chanted
  opine opines opined
  emailed
  reported
  begin begins began
  interject interjects interjected
  wondered
  caution cautions cautioned
  proclaim proclaims proclaimed
  thundered
  notes claims tweets posts jokes quips answers counters vows charges writes
  bark barks barked confess confesses confessed echo echoes echoed read reads gush gushes gushed
  rave raves raved mock mocks mocked tease teases teased taunt taunts taunted scold scolds scolded
  lecture lectures lectured implore implores implored beg begs begged grumble grumbles grumbled
  gripe gripes griped snipe snipes sniped bellow bellows bellowed holler hollers hollered intone
  intones intoned sneer sneers sneered scoffed snapped cautioned deadpanned deadpans recalls
  elaborate elaborates elaborated recommend recommends recommended
  snapped
  scoffed
  sighed
  laughed
  urged
  plead pleads pleaded
  allege alleges alleged
  pronounce pronounces pronounced
`);

/** Verbs that attribute only with their particle: 'points out', 'shot back', 'chimed in', 'went on'. */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['wrote', 'back'], ['hit', 'back'],
  ['chimed', 'in'], ['chimes', 'in'], ['went', 'on'], ['goes', 'on'], ['summed', 'up'], ['sums', 'up'],
  ['spoke', 'up'], ['piped', 'up'], ['put', 'it'], ['puts', 'it'],
]);

/** Participles that continue a speaker already named in the sentence: '…, adding, “…”'. */
export const CUE_PARTICIPLES = set(`
  saying adding noting writing explaining telling continuing arguing insisting warning stressing
  declaring asking replying answering concluding tweeting posting emphasizing emphasising acknowledging
  observing remarking claiming stating recalling quipping joking
`);

/**
 * Words that may sit between a speaker and the cue verb ('Trump also said', 'officials have said') or
 * between the verb and its adjunct; they are not part of the speaker.
 */
export const AUXILIARIES = set(`
  also later then previously recently once has have had would will later earlier again further
  simply quickly often frequently repeatedly famously reportedly publicly privately reportedly
  flatly bluntly angrily firmly calmly quietly sharply loudly jokingly proudly repeatedly
  has had have did does do would could might may should shall will can just now still
  added
`);

/** Words that open a clause: a speaker phrase never starts with one and stops before one. */
export const CLAUSE_WORDS = set(`
  and but or nor so yet that which who whom whose where when while as because since if unless although
  though than whether after before until once whereas
  is are was were be been being has have had do does did will would can could may might should must
  shall not
  what how why
`);

/** Prepositions and time words that end a speaker phrase written after the verb ('said Trump in a …'). */
export const NP_STOPPERS = set(`
  in on to during after before at with without by about over under via through into onto upon since
  according referring speaking citing
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow
  earlier later last this next recently
`);

/** Determiners and quantifiers that begin a noun phrase. */
export const DETERMINERS = set(`
  a an the one some several many two three four five six seven eight nine ten few most all both
  his her their its our my your this that these those another other each every
  no
`);

/** Personal pronouns that can stand as a speaker. */
export const PRONOUNS = set(`he she they it we i you`);

/** Titles that may precede a name; with a period they are abbreviations, not sentence ends. */
export const TITLE_ABBREVIATIONS = set(`
  dr mr mrs ms prof sen rep gov gen lt col maj capt sgt adm cmdr supt insp det rev fr sr jr st hon pres
  messrs mme mlle
`);

/** Other abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = set(`
  u.s u.k u.n e.u d.c u.s.a a.m p.m inc corp ltd co no vs etc jan feb mar apr jun jul aug sep sept oct
  nov dec ave blvd mt ft approx dept est govt
`);

/**
 * Capitalised words that do not make a speaker named on their own: nationalities, creeds, parties as
 * groups, titles and generic capitalised roles ('a Russian diplomat', 'the President', 'Republicans').
 */
export const GENERIC_CAPITALS = set(`
  american americans russian russians indian indians chinese british briton britons english french german
  germans israeli israelis palestinian palestinians ukrainian ukrainians european europeans western eastern
  asian asians african africans mexican mexicans canadian canadians iranian iranians iraqi iraqis syrian
  syrians afghan afghans pakistani pakistanis japanese korean koreans turkish turk turks saudi saudis
  arab arabs muslim muslims christian christians jewish jew jews catholic catholics hindu hindus sikh
  sikhs latino latinos latina latinas hispanic hispanics cuban cubans irish scottish welsh italian
  italians spanish polish dutch swiss swedish norwegian danish greek greeks egyptian egyptians
  libyan libyans yemeni nigerian kenyan brazilian brazilians australian australians sino-indian
  democrat democrats democratic republican republicans gop conservative conservatives liberal liberals
  labour tory tories progressive progressives evangelical evangelicals
  president vice minister secretary senator sen rep representative congressman congresswoman governor
  gov mayor chairman chairwoman chair director general judge justice officer chief prime foreign defense
  defence deputy ambassador spokesman spokeswoman spokesperson mr mrs ms dr prof professor
  commander sergeant captain colonel lieutenant admiral pope bishop cardinal king queen prince princess
  former senior official officials
`);

/**
 * Plural or singular role nouns, capitalised only when they open a sentence ('Officials said …'):
 * never a name.
 */
export const ROLE_NOUNS = set(`
  official officials analyst analysts expert experts source sources critic critics observer observers
  resident residents officer officers witness witnesses authority authorities police prosecutor
  prosecutors investigator investigators lawmaker lawmakers legislator legislators senator senators
  economist economists diplomat diplomats researcher researchers scientist scientists doctor doctors
  voter voters supporter supporters protester protesters protesters aide aides adviser advisers advisor
  advisors spokesman spokeswoman spokesperson leader leaders member members activist activists
  people person man woman men women someone somebody participant participants organizer organizers
  organisers student students teacher teachers worker workers executive executives employee employees
  parent parents user users poll polls survey surveys report reports study studies statement
  aide strategist strategists pollster pollsters commentator commentators reporter reporters
  insider insiders friend friends neighbor neighbors neighbour neighbours campaign
`);

/** Head nouns that make a speaker anonymous by themselves ('Kremlin sources', 'a source close to …'). */
export const ANONYMOUS_HEADS = set(`source sources insider insiders`);

/**
 * Words that make a capitalised sequence an organisation or place rather than a person (for pronoun
 * resolution, which looks for people).
 */
export const NON_PERSON_WORDS = set(`
  ministry department house university college school party times news post journal foundation
  commission council congress senate court union committee association institute center centre bank
  company inc corp corporation group city county state states republic kingdom street avenue
  office agency service services administration government army navy force forces church hospital
  network press media television radio daily weekly magazine review club league federation
  organization organisation board bureau authority fund trust alliance coalition campaign caucus
  assembly parliament duma kremlin pentagon capitol airport station river island islands valley
  north south east west northern southern eastern western new united america europe asia africa
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  the a an in on at of for and but or to from by with as
`);

/** Phrases that mark a source as explicitly anonymous, matched against the speaker phrase and its context. */
export const ANONYMITY_PATTERN =
  /\b(?:anonymity|anonymously|anonymous|unnamed|declined to be (?:named|identified)|refused to be (?:named|identified)|asked not to be (?:named|identified)|requested not to be (?:named|identified)|did not want to be (?:named|identified)|didn[’']t want to be (?:named|identified)|would not be (?:named|identified)|not authori[sz]ed to (?:speak|discuss|comment|talk)|(?:people|persons?|sources?|officials?) (?:familiar|close|with (?:direct )?knowledge|briefed|knowledgeable)|on (?:the )?condition (?:that|of)|spoke on background|speaking on background|sources? said|sources? say)\b/i;
