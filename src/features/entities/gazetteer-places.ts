/**
 * Hand-written place names: countries (with common variants), regions, major cities, US states and other
 * first-level divisions, seas and landmarks that news names often. Written from general knowledge, not
 * derived from any evaluation data. Lookups are case-insensitive (see `placeKind`).
 */

/** Sovereign states and other territories news treats as countries, with short and old forms. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua', 'Antigua and Barbuda', 'Argentina',
  'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus',
  'Byelorussia', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Bosnia and Herzegovina',
  'Bosnia-Herzegovina', 'Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China',
  'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia',
  'Czechoslovakia', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'East Timor', 'Timor-Leste',
  'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Swaziland',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece',
  'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland',
  'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', "Cote d'Ivoire",
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan',
  'Kirghizia', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Macedonia', 'North Macedonia', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco',
  'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma', 'Namibia', 'Nauru', 'Nepal',
  'Netherlands', 'Holland', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'South Korea',
  'Korea', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay',
  'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Russian Federation', 'Rwanda',
  'Saint Lucia', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone',
  'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Sudan', 'Spain',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania',
  'Thailand', 'Togo', 'Tonga', 'Trinidad', 'Tobago', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkiye',
  'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK',
  'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ulster',
  'United States', 'United States of America', 'US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'Uruguay',
  'Uzbekistan', 'Vanuatu', 'Vatican', 'Vatican City', 'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen',
  'Yugoslavia', 'Zaire', 'Zambia', 'Zimbabwe', 'Soviet Union', 'USSR', 'Hong Kong', 'Macau', 'Macao',
  'Puerto Rico', 'West Indies', 'Greenland', 'Faroe Islands', 'Gibraltar', 'Bermuda', 'Cayman Islands', 'Kashmir',
  'Tibet', 'Chechnya', 'Crimea', 'Abkhazia', 'Kurdistan', 'Western Sahara', 'Gaza', 'Gaza Strip',
  'West Bank', 'Golan Heights', 'Donbass', 'Donbas', 'Transnistria', 'Nagorno-Karabakh', 'Dagestan',
  'Ingushetia', 'Tatarstan', 'Siberia', 'Xinjiang', 'Lapland', 'Scandinavia', 'Flanders', 'Wallonia',
  'Catalonia', 'Basque Country', 'Corsica', 'Sardinia', 'Sicily', 'Bavaria', 'Tasmania', 'Quebec',
];

/** Continents, world regions, seas, oceans, mountain ranges and rivers. */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'North America',
  'South America', 'Latin America', 'Central America', 'Central Asia', 'South Asia', 'Southeast Asia',
  'South-East Asia', 'East Asia', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Middle East', 'Near East',
  'Far East', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Balkans', 'Caucasus', 'North Caucasus',
  'Baltics', 'Caribbean', 'Maghreb', 'Sahel', 'Sahara', 'Horn of Africa', 'West Africa', 'East Africa',
  'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Central Europe', 'Eastern Europe',
  'Western Europe', 'Northern Europe', 'Southern Europe', 'Mediterranean', 'Atlantic', 'Pacific', 'Arctic',
  'Indian Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Arctic Ocean', 'Black Sea', 'Caspian Sea', 'Caspian',
  'Baltic Sea', 'Baltic', 'North Sea', 'Red Sea', 'Dead Sea', 'South China Sea', 'East China Sea',
  'Sea of Japan', 'Sea of Azov', 'Aegean', 'Aegean Sea', 'Adriatic', 'Adriatic Sea', 'Gulf of Mexico',
  'Gulf of Aden', 'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'Suez Canal', 'Panama Canal',
  'English Channel', 'Himalayas', 'Alps', 'Andes', 'Urals', 'Rockies', 'Amazon', 'Nile', 'Danube', 'Rhine',
  'Volga', 'Dnieper', 'Thames', 'Ganges', 'Yangtze', 'Mekong', 'Euphrates', 'Tigris', 'Mississippi',
  'Sinai', 'Negev', 'Anatolia', 'Patagonia', 'Punjab', 'Bengal', 'Ladakh', 'Kashmir Valley',
  'Mount Everest', 'Everest', 'Maidan', 'Kilimanjaro', 'Silicon Valley', 'Wall Street', 'Midwest', 'New England',
];

/** US states, Canadian provinces, Australian states and other first-level divisions often named alone. */
export const DIVISIONS: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'Ontario', 'British Columbia',
  'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Yukon',
  'New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Northern Territory',
  'Uttar Pradesh', 'Maharashtra', 'Gujarat', 'Rajasthan', 'Kerala', 'Tamil Nadu', 'Karnataka', 'Bihar',
  'West Bengal', 'Andhra Pradesh', 'Telangana', 'Odisha', 'Assam', 'Madhya Pradesh', 'Haryana', 'Goa',
  'Jammu', 'Sindh', 'Balochistan', 'Baluchistan', 'Khyber Pakhtunkhwa', 'Kurdistan Region',
  'Saxony', 'Hesse', 'Lower Saxony', 'Brandenburg', 'Normandy', 'Brittany', 'Provence', 'Alsace',
  'Tuscany', 'Lombardy', 'Andalusia', 'Galicia', 'Guangdong', 'Sichuan', 'Hubei', 'Yunnan', 'Fujian',
  'Zhejiang', 'Jiangsu', 'Shandong', 'Henan', 'Hokkaido', 'Okinawa', 'Kyushu', 'Mindanao', 'Luzon',
  'Java', 'Sumatra', 'Borneo', 'Bali', 'Aceh', 'Papua', 'Kent', 'Essex', 'Surrey', 'Sussex',
  'Yorkshire', 'Lancashire', 'Cornwall', 'Devon',
];

/** Capitals and other large or often-named cities. */
export const CITIES: readonly string[] = [
  // Europe
  'London', 'Paris', 'Berlin', 'Bonn', 'Madrid', 'Barcelona', 'Rome', 'Milan', 'Naples', 'Turin', 'Florence',
  'Venice', 'Genoa', 'Bologna', 'Palermo', 'Vienna', 'Brussels', 'Antwerp', 'Amsterdam', 'Rotterdam',
  'The Hague', 'Hague', 'Luxembourg', 'Geneva', 'Zurich', 'Basel', 'Bern', 'Berne', 'Lausanne', 'Lisbon',
  'Porto', 'Oporto', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Cardiff', 'Manchester', 'Liverpool',
  'Birmingham', 'Leeds', 'Sheffield', 'Bristol', 'Newcastle', 'Nottingham', 'Leicester', 'Oxford',
  'Cambridge', 'Southampton', 'Brighton', 'Aberdeen', 'Copenhagen', 'Stockholm', 'Gothenburg', 'Oslo',
  'Bergen', 'Helsinki', 'Reykjavik', 'Tallinn', 'Riga', 'Vilnius', 'Warsaw', 'Krakow', 'Gdansk', 'Prague',
  'Brno', 'Bratislava', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana', 'Sarajevo',
  'Skopje', 'Tirana', 'Podgorica', 'Pristina', 'Athens', 'Thessaloniki', 'Nicosia', 'Valletta', 'Chisinau',
  'Kiev', 'Kyiv', 'Kharkiv', 'Kharkov', 'Odessa', 'Odesa', 'Lviv', 'Donetsk', 'Luhansk', 'Mariupol',
  'Sevastopol', 'Minsk', 'Moscow', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Leningrad',
  'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Vladivostok', 'Murmansk', 'Kaliningrad', 'Grozny', 'Sochi',
  'Volgograd', 'Stalingrad', 'Frankfurt', 'Munich', 'Hamburg', 'Cologne', 'Stuttgart', 'Dusseldorf',
  'Duesseldorf', 'Dresden', 'Leipzig', 'Hanover', 'Hannover', 'Nuremberg', 'Bremen', 'Lyon', 'Marseille',
  'Marseilles', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Lille', 'Nantes', 'Monte Carlo', 'Seville',
  'Valencia', 'Bilbao', 'Malaga', 'Salzburg', 'Innsbruck', 'Istanbul', 'Ankara', 'Izmir', 'Tbilisi',
  'Yerevan', 'Baku',
  // Americas
  'New York', 'New York City', 'Washington', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix',
  'San Antonio', 'San Diego', 'Dallas', 'San Francisco', 'San Jose', 'Austin', 'Seattle', 'Boston', 'Denver',
  'Detroit', 'Atlanta', 'Miami', 'Orlando', 'Tampa', 'New Orleans', 'Las Vegas', 'Baltimore', 'Pittsburgh',
  'Cleveland', 'Cincinnati', 'Minneapolis', 'St. Louis', 'St Louis', 'Kansas City', 'Milwaukee', 'Nashville',
  'Memphis', 'Portland', 'Sacramento', 'Salt Lake City', 'Honolulu', 'Anchorage', 'Buffalo', 'Indianapolis',
  'Charlotte', 'Oakland', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Hollywood', 'Toronto', 'Montreal',
  'Vancouver', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg', 'Mexico City', 'Guadalajara', 'Monterrey',
  'Tijuana', 'Havana', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Panama City', 'Managua',
  'San Salvador', 'Tegucigalpa', 'Guatemala City', 'Bogota', 'Medellin', 'Caracas', 'Quito', 'Guayaquil',
  'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo', 'Asuncion', 'Brasilia', 'Rio de Janeiro',
  'Rio', 'Sao Paulo', 'Salvador', 'Recife', 'Porto Alegre', 'Belo Horizonte',
  // Asia and Oceania
  'Beijing', 'Peking', 'Shanghai', 'Guangzhou', 'Canton', 'Shenzhen', 'Tianjin', 'Chongqing', 'Wuhan',
  'Chengdu', 'Nanjing', 'Xian', "Xi'an", 'Harbin', 'Hangzhou', 'Lhasa', 'Urumqi', 'Taipei', 'Kaohsiung',
  'Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Kobe', 'Hiroshima', 'Nagasaki', 'Sapporo', 'Seoul',
  'Busan', 'Pusan', 'Pyongyang', 'Ulan Bator', 'Ulaanbaatar', 'Manila', 'Jakarta', 'Surabaya', 'Kuala Lumpur',
  'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Phnom Penh', 'Vientiane', 'Yangon', 'Rangoon',
  'Naypyidaw', 'Dhaka', 'Dacca', 'Kathmandu', 'Thimphu', 'Colombo', 'New Delhi', 'Delhi', 'Mumbai',
  'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Ahmedabad',
  'Pune', 'Jaipur', 'Lucknow', 'Kanpur', 'Srinagar', 'Amritsar', 'Varanasi', 'Islamabad', 'Karachi',
  'Lahore', 'Peshawar', 'Rawalpindi', 'Quetta', 'Kabul', 'Kandahar', 'Herat', 'Tashkent', 'Samarkand',
  'Almaty', 'Alma-Ata', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Tehran', 'Isfahan', 'Mashhad',
  'Baghdad', 'Basra', 'Mosul', 'Erbil', 'Kirkuk', 'Damascus', 'Aleppo', 'Homs', 'Beirut', 'Amman',
  'Jerusalem', 'Tel Aviv', 'Haifa', 'Ramallah', 'Hebron', 'Nablus', 'Jericho', 'Bethlehem', 'Riyadh',
  'Jeddah', 'Mecca', 'Medina', 'Dubai', 'Abu Dhabi', 'Doha', 'Manama', 'Muscat', 'Kuwait City', 'Sanaa',
  'Aden', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Canberra', 'Hobart',
  'Darwin', 'Auckland', 'Wellington', 'Christchurch', 'Port Moresby', 'Suva',
  // Africa
  'Cairo', 'Alexandria', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Oran', 'Rabat', 'Casablanca',
  'Marrakesh', 'Khartoum', 'Juba', 'Addis Ababa', 'Asmara', 'Mogadishu', 'Nairobi', 'Mombasa', 'Kampala',
  'Kigali', 'Bujumbura', 'Dar es Salaam', 'Dodoma', 'Lusaka', 'Harare', 'Bulawayo', 'Maputo', 'Lilongwe',
  'Gaborone', 'Windhoek', 'Johannesburg', 'Pretoria', 'Cape Town', 'Durban', 'Soweto', 'Luanda',
  'Kinshasa', 'Brazzaville', 'Lagos', 'Abuja', 'Kano', 'Accra', 'Abidjan', 'Dakar', 'Bamako', 'Niamey',
  'Ouagadougou', 'Conakry', 'Freetown', 'Monrovia', 'Lome', 'Cotonou', 'Yaounde', 'Douala', 'Libreville',
  'Ndjamena', "N'Djamena", 'Bangui', 'Nouakchott', 'Antananarivo',
];

/**
 * Nationalities, demonyms, peoples and religious groups (singular and plural). News uses them as adjectives
 * ("Russian Defense Minister"); they are not entities (CoNLL calls them MISC).
 */
export const DEMONYMS: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Andorran', 'Angolan', 'Argentine', 'Argentinian', 'Armenian',
  'Australian', 'Austrian', 'Azerbaijani', 'Azeri', 'Bahraini', 'Bangladeshi', 'Belarusian', 'Belgian',
  'Beninese', 'Bhutanese', 'Bolivian', 'Bosnian', 'Brazilian', 'British', 'Briton', 'Bruneian', 'Bulgarian',
  'Burmese', 'Burundian', 'Cambodian', 'Cameroonian', 'Canadian', 'Chadian', 'Chilean', 'Chinese',
  'Colombian', 'Congolese', 'Croatian', 'Croat', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dane', 'Dutch',
  'Dutchman', 'Ecuadorean', 'Ecuadorian', 'Egyptian', 'Emirati', 'English', 'Englishman', 'Eritrean',
  'Estonian', 'Ethiopian', 'Fijian', 'Filipino', 'Finnish', 'Finn', 'French', 'Frenchman', 'Gabonese',
  'Gambian', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Guatemalan', 'Guinean', 'Haitian', 'Honduran',
  'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish', 'Irishman', 'Israeli',
  'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar',
  'Kuwaiti', 'Kyrgyz', 'Lao', 'Laotian', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian',
  'Luxembourgish', 'Macedonian', 'Malagasy', 'Malawian', 'Malaysian', 'Maldivian', 'Malian', 'Maltese',
  'Mauritanian', 'Mexican', 'Moldovan', 'Mongolian', 'Montenegrin', 'Moroccan', 'Mozambican', 'Namibian',
  'Nepalese', 'Nepali', 'Nicaraguan', 'Nigerian', 'Nigerien', 'Norwegian', 'Omani', 'Pakistani',
  'Palestinian', 'Panamanian', 'Paraguayan', 'Peruvian', 'Philippine', 'Polish', 'Pole', 'Portuguese',
  'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Saudi', 'Scottish', 'Scot', 'Scots',
  'Senegalese', 'Serbian', 'Serb', 'Sierra Leonean', 'Singaporean', 'Slovak', 'Slovakian', 'Slovenian',
  'Slovene', 'Somali', 'Spanish', 'Spaniard', 'Sri Lankan', 'Sudanese', 'Swedish', 'Swede', 'Swiss',
  'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Togolese', 'Tunisian', 'Turkish', 'Turk',
  'Turkmen', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni',
  'Yugoslav', 'Zambian', 'Zimbabwean', 'Soviet', 'Chechen', 'Kurdish', 'Kurd', 'Tibetan', 'Uighur',
  'Uyghur', 'Tamil', 'Sikh', 'Hindu', 'Muslim', 'Moslem', 'Islamic', 'Christian', 'Catholic', 'Protestant',
  'Orthodox', 'Jewish', 'Jew', 'Arab', 'Arabic', 'Persian', 'Pashtun', 'Baloch', 'Bengali', 'Punjabi',
  'Kashmiri', 'Sunni', 'Shia', 'Shiite', "Shi'ite", 'Alawite', 'Druze', 'Maronite', 'Coptic', 'Copt',
  'Buddhist', 'Hutu', 'Tutsi', 'Zulu', 'Berber', 'Bedouin', 'Basque', 'Catalan', 'Corsican', 'Sicilian',
  'Bavarian', 'Flemish', 'Walloon', 'Quebecois', 'Texan', 'Californian', 'Latino', 'Hispanic', 'Asian',
  'African', 'European', 'Latin American', 'Middle Eastern', 'Nordic', 'Scandinavian', 'Balkan',
  'Caucasian', 'Slavic', 'Anglo', 'Western', 'Eastern', 'Northern', 'Southern', 'Westerner', 'Sino',
  'Indo', 'Afro', 'Euro', 'Nazi', 'Communist',
  'Marxist', 'Maoist', 'Islamist', 'Zionist', 'Deutsche', 'Republican', 'Democrat', 'Democratic',
  'Socialist', 'Conservative', 'Liberal', 'Gaullist', 'Bolshevik', 'Olympic', 'Paralympic', 'Kiwi', 'Aussie', 'Yankee', 'Cossack', 'Bosniak',
];

/** Demonym plural forms not made by adding -s (the matcher also accepts DEMONYM + 's'). */
export const DEMONYM_PLURALS: readonly string[] = [
  'Frenchmen', 'Englishmen', 'Irishmen', 'Dutchmen', 'Chinese', 'Japanese', 'Swiss', 'Portuguese',
  'Vietnamese', 'Lebanese', 'Sudanese', 'Senegalese', 'Congolese', 'Burmese', 'Nepalese', 'Maltese',
];
