/**
 * Hand-written person cues: common given names across cultures, titles and the words that build them, and
 * role nouns that name a person's job. Written from general knowledge, not derived from evaluation data.
 */

/** Common given names (English, European, Slavic, South Asian, Arabic, East Asian, African, Latin American). */
export const GIVEN_NAMES: readonly string[] = [
  // English-speaking
  'Aaron', 'Adam', 'Alan', 'Albert', 'Alex', 'Alexander', 'Alfred', 'Alice', 'Alison', 'Allan', 'Amanda',
  'Amy', 'Andrew', 'Andy', 'Angela', 'Ann', 'Anna', 'Anne', 'Anthony', 'Arthur', 'Barbara', 'Barry', 'Ben',
  'Benjamin', 'Bernard', 'Betty', 'Bill', 'Billy', 'Bob', 'Bobby', 'Brad', 'Brendan', 'Brian', 'Bruce',
  'Bryan', 'Carl', 'Carol', 'Caroline', 'Catherine', 'Charles', 'Charlie', 'Chris', 'Christine',
  'Christopher', 'Clare', 'Colin', 'Craig', 'Dan', 'Daniel', 'Danny', 'Darren', 'Dave', 'David', 'Dean',
  'Deborah', 'Dennis', 'Derek', 'Diana', 'Dick', 'Don', 'Donald', 'Doug', 'Douglas', 'Duncan', 'Ed', 'Eddie',
  'Edward', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Frank', 'Fred', 'Gary', 'Gavin', 'Geoff', 'Geoffrey',
  'George', 'Gerald', 'Glenn', 'Gordon', 'Graham', 'Greg', 'Gregory', 'Harold', 'Harry', 'Heather', 'Helen',
  'Henry', 'Howard', 'Hugh', 'Ian', 'Jack', 'Jackie', 'Jake', 'James', 'Jamie', 'Jane', 'Janet', 'Jason',
  'Jeff', 'Jeffrey', 'Jennifer', 'Jeremy', 'Jerry', 'Jessica', 'Jim', 'Jimmy', 'Joan', 'Joe', 'John',
  'Johnny', 'Jon', 'Jonathan', 'Joseph', 'Joshua', 'Judith', 'Julia', 'Julie', 'Justin', 'Karen', 'Kate',
  'Katherine', 'Keith', 'Kelly', 'Ken', 'Kenneth', 'Kevin', 'Kim', 'Larry', 'Laura', 'Lee', 'Les', 'Linda',
  'Lisa', 'Louise', 'Lucy', 'Luke', 'Malcolm', 'Margaret', 'Maria', 'Mark', 'Martin', 'Mary', 'Matt',
  'Matthew', 'Michael', 'Michelle', 'Mick', 'Mike', 'Nancy', 'Neil', 'Nicholas', 'Nick', 'Nicola', 'Nigel',
  'Oliver', 'Pat', 'Patricia', 'Patrick', 'Paul', 'Peter', 'Phil', 'Philip', 'Phillip', 'Ralph', 'Ray',
  'Raymond', 'Rebecca', 'Richard', 'Rick', 'Rob', 'Robert', 'Robin', 'Roger', 'Ron', 'Ronald', 'Ross', 'Roy',
  'Russell', 'Ruth', 'Ryan', 'Sally', 'Sam', 'Samuel', 'Sandra', 'Sarah', 'Scott', 'Sean', 'Sharon',
  'Simon', 'Stephen', 'Steve', 'Steven', 'Stuart', 'Susan', 'Terry', 'Thomas', 'Tim', 'Timothy', 'Tom',
  'Tommy', 'Tony', 'Trevor', 'Victoria', 'Walter', 'Warren', 'Wayne', 'William', 'Willie', 'Hillary',
  'Kamala', 'Joe', 'Barack', 'Rishi', 'Keir', 'Boris', 'Theresa', 'Nelson', 'Ronnie', 'Graeme', 'Shane',
  'Glen', 'Clive', 'Nasser', 'Mervyn', 'Alec', 'Dominic', 'Ted', 'Fiona', 'Gillian', 'Hannah', 'Jill',
  // French, Spanish, Portuguese, Italian
  'Alain', 'Andre', 'Antoine', 'Bernard', 'Christophe', 'Claude', 'Emmanuel', 'Francois', 'Frederic',
  'Gerard', 'Guy', 'Henri', 'Jacques', 'Jean', 'Jean-Claude', 'Jean-Luc', 'Jean-Marie', 'Jean-Pierre',
  'Laurent', 'Louis', 'Marc', 'Marcel', 'Michel', 'Nicolas', 'Olivier', 'Patrice', 'Philippe', 'Pierre',
  'Rene', 'Thierry', 'Yves', 'Marine', 'Nathalie', 'Sophie', 'Valerie', 'Herve', 'Lionel', 'Dominique',
  'Alberto', 'Alejandro', 'Antonio', 'Carlos', 'Diego', 'Eduardo', 'Enrique', 'Felipe', 'Fernando',
  'Francisco', 'Gabriel', 'Gonzalo', 'Javier', 'Jorge', 'Jose', 'Juan', 'Luis', 'Manuel', 'Miguel', 'Pablo',
  'Pedro', 'Rafael', 'Ramon', 'Ricardo', 'Roberto', 'Sergio', 'Carmen', 'Isabel', 'Lucia', 'Pilar',
  'Joao', 'Paulo', 'Luiz', 'Marcelo', 'Fabio', 'Rodrigo', 'Gustavo', 'Hugo', 'Ernesto', 'Raul', 'Fidel',
  'Andrea', 'Angelo', 'Carlo', 'Enrico', 'Fabrizio', 'Francesco', 'Giorgio', 'Giovanni', 'Giuseppe',
  'Lorenzo', 'Luca', 'Marco', 'Mario', 'Massimo', 'Matteo', 'Paolo', 'Pietro', 'Romano', 'Silvio', 'Stefano',
  'Giorgia', 'Sergio', 'Roberto', 'Gianni', 'Gianluca', 'Alessandro', 'Salvatore', 'Vincenzo',
  // German, Dutch, Nordic
  'Angela', 'Dieter', 'Franz', 'Friedrich', 'Gerhard', 'Gunter', 'Hans', 'Heinz', 'Helmut', 'Horst',
  'Joachim', 'Jurgen', 'Juergen', 'Karl', 'Klaus', 'Manfred', 'Matthias', 'Olaf', 'Rolf', 'Stefan', 'Thomas',
  'Uwe', 'Werner', 'Wolfgang', 'Ursula', 'Annalena', 'Friedrich', 'Jan', 'Pieter', 'Willem', 'Hendrik',
  'Mark', 'Anders', 'Lars', 'Nils', 'Erik', 'Sven', 'Olav', 'Bjorn', 'Magnus', 'Henrik', 'Jens', 'Mette',
  'Ulf', 'Per', 'Jonas', 'Mikael', 'Jukka', 'Mika', 'Sauli', 'Kari', 'Tarja', 'Goran', 'Stig', 'Ingrid',
  // Slavic, Baltic, Balkan, Greek, Hungarian, Romanian
  'Aleksandr', 'Alexander', 'Alexei', 'Aleksei', 'Alexey', 'Anatoly', 'Andrei', 'Andrey', 'Anton', 'Boris',
  'Dmitry', 'Dmitri', 'Dmitriy', 'Evgeny', 'Yevgeny', 'Gennady', 'Grigory', 'Igor', 'Ilya', 'Ivan', 'Konstantin',
  'Leonid', 'Maxim', 'Mikhail', 'Nikolai', 'Nikolay', 'Oleg', 'Pavel', 'Pyotr', 'Roman', 'Ruslan', 'Sergei',
  'Sergey', 'Vadim', 'Valentin', 'Valery', 'Viktor', 'Vitaly', 'Vladimir', 'Vladislav', 'Vyacheslav',
  'Yuri', 'Yury', 'Anna', 'Elena', 'Yelena', 'Irina', 'Maria', 'Natalia', 'Natalya', 'Olga', 'Svetlana',
  'Tatiana', 'Tatyana', 'Valentina', 'Yulia', 'Ekaterina', 'Lyudmila', 'Galina', 'Marina', 'Volodymyr',
  'Petro', 'Oleksandr', 'Viktor', 'Vitali', 'Dmytro', 'Andriy', 'Mykola', 'Taras', 'Alexandr', 'Nursultan',
  'Lech', 'Jaroslaw', 'Donald', 'Andrzej', 'Tomasz', 'Piotr', 'Krzysztof', 'Marek', 'Pavel', 'Vaclav',
  'Milos', 'Slobodan', 'Radovan', 'Ratko', 'Franjo', 'Alija', 'Zoran', 'Dragan', 'Milan', 'Vojislav',
  'Nikos', 'Andreas', 'Kostas', 'Giorgos', 'Yannis', 'Alexis', 'Viktor', 'Laszlo', 'Istvan', 'Gyula',
  'Ion', 'Nicolae', 'Traian', 'Klaus', 'Vladas', 'Algirdas', 'Guntis', 'Edgar', 'Lennart', 'Toomas',
  // South Asian
  'Narendra', 'Rahul', 'Sonia', 'Indira', 'Rajiv', 'Manmohan', 'Atal', 'Amit', 'Arvind', 'Anand', 'Ajit',
  'Ashok', 'Deepak', 'Gautam', 'Harish', 'Krishna', 'Kumar', 'Mukesh', 'Nitin', 'Pranab', 'Prakash',
  'Priya', 'Rajesh', 'Rajnath', 'Ram', 'Ramesh', 'Ravi', 'Sachin', 'Sanjay', 'Sunil', 'Suresh', 'Sushma',
  'Vijay', 'Vikram', 'Vinod', 'Yogi', 'Droupadi', 'Nirmala', 'Piyush', 'Subrahmanyam', 'Smriti', 'Mamata',
  'Arun', 'Anil', 'Ratan', 'Shashi', 'Lalu', 'Nitish', 'Mayawati', 'Akhilesh', 'Uddhav', 'Sharad',
  'Imran', 'Nawaz', 'Shehbaz', 'Benazir', 'Asif', 'Pervez', 'Bilawal', 'Sheikh', 'Khaleda', 'Hasina',
  'Mahinda', 'Gotabaya', 'Ranil', 'Chandrika', 'Wasim', 'Waqar', 'Inzamam', 'Saeed', 'Salim', 'Javed',
  'Sourav', 'Rahul', 'Virat', 'Rohit', 'Sunil', 'Kapil', 'Anil', 'Javagal', 'Venkatesh', 'Mohammad',
  // Arabic, Persian, Turkish, Hebrew
  'Abdul', 'Abdullah', 'Ahmed', 'Ahmad', 'Ali', 'Bashar', 'Fahd', 'Faisal', 'Hafez', 'Hamad', 'Hassan',
  'Hosni', 'Hussein', 'Ibrahim', 'Khalid', 'Khaled', 'Mahmoud', 'Mohamed', 'Mohammed', 'Muhammad',
  'Mustafa', 'Omar', 'Osama', 'Rafik', 'Saddam', 'Salman', 'Tariq', 'Yasser', 'Yousef', 'Youssef', 'Ayman',
  'Hamid', 'Hasan', 'Hossein', 'Akbar', 'Mahmoud', 'Ebrahim', 'Javad', 'Mohsen', 'Ali-Akbar', 'Recep',
  'Tayyip', 'Ahmet', 'Mehmet', 'Mesut', 'Suleyman', 'Tansu', 'Necmettin', 'Bulent', 'Benjamin', 'Yitzhak',
  'Shimon', 'Ehud', 'Ariel', 'Moshe', 'David', 'Naftali', 'Yair', 'Benny', 'Avigdor', 'Yossi', 'Yigal',
  // East and Southeast Asian
  'Xi', 'Li', 'Wang', 'Hu', 'Jiang', 'Deng', 'Zhou', 'Mao', 'Wen', 'Jinping', 'Keqiang', 'Jintao', 'Zemin',
  'Shinzo', 'Fumio', 'Yoshihide', 'Junichiro', 'Ryutaro', 'Taro', 'Yukio', 'Naoto', 'Kim', 'Moon', 'Park',
  'Jae-in', 'Jong-un', 'Jong-il', 'Il-sung', 'Lee', 'Nguyen', 'Thaksin', 'Yingluck', 'Joko',
  'Susilo', 'Megawati', 'Mahathir', 'Anwar', 'Najib', 'Rodrigo', 'Ferdinand', 'Corazon', 'Fidel', 'Gloria',
  'Aung', 'Hun', 'Ma', 'Tsai', 'Chen', 'Lin', 'Zhang', 'Liu', 'Yang', 'Huang',
  // African, Latin American, other
  'Nelson', 'Thabo', 'Jacob', 'Cyril', 'Kofi', 'Olusegun', 'Goodluck', 'Muhammadu', 'Bola', 'Uhuru',
  'Jomo', 'Daniel', 'Yoweri', 'Paul', 'Robert', 'Emmerson', 'Jakaya', 'Abiy', 'Meles', 'Kagame', 'Joseph',
  'Laurent', 'Felix', 'Ellen', 'George', 'Lula', 'Dilma', 'Jair', 'Cristina', 'Nestor',
  'Mauricio', 'Javier', 'Evo', 'Hugo', 'Nicolas', 'Andres', 'Manuel', 'Gabriel', 'Ivan', 'Alvaro',
];

/**
 * Heads of titles that stand before a person's name ("President Vladimir Putin", "Dr. Anand Sharma").
 * Lower-cased; abbreviations without the final period.
 */
export const TITLE_HEADS: readonly string[] = [
  'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'undersecretary', 'under-secretary', 'undersecretary-general', 'king', 'queen',
  'prince', 'princess', 'emperor', 'empress', 'emir', 'sultan', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rev', 'reverend', 'father', 'sister', 'brother', 'imam', 'ayatollah', 'rabbi',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'judge', 'justice', 'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'major', 'maj', 'capt',
  'captain', 'admiral', 'adm', 'sgt', 'sergeant', 'commander', 'marshal', 'corporal', 'cpl', 'private',
  'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo',
  'coo', 'executive', 'director', 'director-general', 'spokesman', 'spokeswoman', 'spokesperson', 'mr', 'mrs', 'ms',
  'mister', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'count', 'duke', 'duchess', 'coach', 'detective', 'inspector', 'superintendent', 'supt', 'officer',
  'agent', 'speaker', 'attorney-general', 'mufti', 'patriarch', 'metropolitan', 'dalai', 'crown',
  'mullah', 'maulana', 'shri', 'smt', 'sri', 'herr', 'frau', 'monsieur', 'madame', 'senor', 'senora',
  'mme', 'mlle', 'governor-general', 'prime', 'deputy', 'chief', 'leader', 'head', 'dean', 'rector',
  'provost', 'principal', 'councillor', 'councilman', 'councilwoman', 'alderman', 'magistrate', 'sheriff',
  'consul', 'attache', 'nuncio', 'primate', 'elder', 'pastor', 'deacon', 'vicar', 'canon', 'pilot',
];

/**
 * Words that may stand before a title head, forming a longer title ("Defense Minister", "Prime Minister",
 * "Deputy Foreign Minister", "Interior Ministry" is not a title). Lower-cased.
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'prime', 'foreign', 'defense', 'defence', 'finance', 'interior', 'home', 'trade', 'commerce', 'farm',
  'agriculture', 'health', 'education', 'energy', 'oil', 'justice', 'economy', 'economic', 'economics',
  'labour', 'labor', 'transport', 'industry', 'environment', 'culture', 'sport', 'sports', 'information',
  'communications', 'external', 'affairs', 'deputy', 'vice', 'acting', 'former', 'chief', 'senior', 'junior',
  'first', 'second', 'executive', 'general', 'state', 'security', 'national', 'emergency', 'emergencies',
  'petroleum', 'mines', 'mining', 'water', 'housing', 'social', 'development', 'planning', 'tourism',
  'fisheries', 'science', 'technology', 'public', 'works', 'railways', 'railway', 'civil', 'aviation',
  'shipping', 'power', 'coal', 'steel', 'textiles', 'telecommunications', 'urban', 'rural', 'women', 'youth',
  'human', 'rights', 'treasury', 'budget', 'tax', 'revenue', 'managing', 'assistant', 'under', 'cabinet',
  'supreme', 'opposition', 'party', 'army', 'navy', 'air', 'force', 'military', 'police', 'regional',
  'federal', 'provincial', 'privatisation', 'privatization', 'industry', 'investment', 'reconstruction',
  'relations', 'cooperation', 'integration', 'european', 'nationalities', 'welfare', 'family', 'labour',
  'employment', 'commissioner', 'lieutenant', 'lt', 'brigadier', 'major', 'rear', 'field', 'staff',
  'joint', 'commanding', 'group', 'managing', 'finance', 'high', 'grand', 'special', 'independent',
  'commerce', 'cultural', 'religious', 'crown', 'dalai', 'attorney', 'solicitor', 'surgeon', 'inspector',
  'detective', 'chief', 'presidential', 'elect', 'outgoing', 'incoming', 'interim', 'caretaker',
];

/**
 * Lower-case role nouns that, just before a name, mark the name as a person ("spokesman Shen Guofang",
 * "striker Roy Keane"). Not kept as titles.
 */
export const ROLE_NOUNS: readonly string[] = [
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'judge',
  'general', 'colonel', 'commander', 'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman',
  'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'deputy', 'official', 'aide',
  'adviser', 'advisor', 'analyst', 'economist', 'strategist', 'lawyer', 'attorney', 'prosecutor',
  'counsel', 'founder', 'owner', 'executive', 'manager', 'coach', 'captain', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'winger', 'batsman', 'bowler', 'all-rounder', 'spinner', 'opener',
  'wicketkeeper', 'keeper', 'pitcher', 'catcher', 'outfielder', 'infielder', 'quarterback', 'champion',
  'teammate', 'rider', 'driver', 'cyclist', 'sprinter', 'runner', 'jumper', 'thrower', 'swimmer', 'skier',
  'golfer', 'player', 'veteran', 'rookie', 'newcomer', 'compatriot', 'countryman', 'rival', 'opponent',
  'seed', 'qualifier', 'international', 'stand-in', 'substitute', 'actor', 'actress', 'singer', 'author',
  'writer', 'novelist', 'poet', 'artist', 'director', 'producer', 'journalist', 'reporter', 'correspondent',
  'editor', 'columnist', 'photographer', 'historian', 'professor', 'scientist', 'researcher', 'fellow',
  'doctor', 'surgeon', 'nurse', 'priest', 'cleric', 'bishop', 'pastor', 'imam', 'rabbi', 'monk', 'activist',
  'dissident', 'campaigner', 'candidate', 'lawmaker', 'legislator', 'deputy', 'mp', 'politician',
  'diplomat', 'negotiator', 'mediator', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'banker',
  'investor', 'trader', 'dealer', 'broker', 'mr', 'mrs', 'ms', 'president-elect', 'incumbent', 'nominee',
  'successor', 'predecessor', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother',
  'uncle', 'nephew', 'cousin', 'widow', 'suspect', 'defendant', 'victim', 'witness', 'hostage', 'rebel',
  'commander', 'warlord', 'militant', 'gunman', 'guard', 'soldier', 'officer', 'policeman', 'detective',
  'inspector', 'sergeant', 'trainer', 'jockey', 'boxer', 'fighter', 'wrestler', 'skipper', 'vice-captain',
  'defenceman', 'tailback', 'receiver', 'shortstop', 'hitter', 'slugger', 'right-hander',
  'left-hander', 'lefthander', 'righthander', 'left-winger', 'right-winger', 'centre-back', 'centre-forward',
  'full-back', 'fullback', 'sweeper', 'playmaker', 'marksman', 'scorer', 'finisher', 'seamer', 'paceman',
  'leg-spinner', 'off-spinner', 'batter', 'hooker', 'flanker', 'fly-half', 'scrum-half',
  'grandmaster', 'ace', 'star', 'legend', 'hero', 'stalwart',
];
