/**
 * Capitals that news uses to stand for their governments ("Beijing imposed controls"). Only
 * these are matched at all, and only in that use (see senses/english.ts): the capitals of small
 * states are too often ordinary words or other places (Male, Victoria, Kingston, Santiago).
 */
export const METONYM_CAPITALS: ReadonlySet<string> = new Set([
  'Washington', 'Beijing', 'Moscow', 'Tokyo', 'Canberra', 'Astana', 'Kyiv', 'Kiev', 'Ankara', 'Abu Dhabi', 'Manila',
  'Jakarta', 'New Delhi', 'Ottawa', 'London', 'Paris', 'Berlin', 'Seoul', 'Pyongyang', 'Tehran', 'Riyadh', 'Kinshasa',
  'Kigali', 'Pretoria', 'Brasília', 'Brasilia', 'Buenos Aires', 'Tashkent', 'Hanoi', 'Taipei', 'Islamabad', 'Kabul',
  'Baghdad', 'Damascus', 'Cairo', 'Rome', 'Madrid', 'Warsaw', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Bern',
  'Vienna', 'Lisbon', 'Dublin', 'Wellington', 'Bangkok', 'Kuala Lumpur', 'Naypyidaw', 'Ulaanbaatar', 'Bishkek',
  'Dushanbe', 'Ashgabat', 'Baku', 'Yerevan', 'Tbilisi', 'Minsk', 'Caracas', 'Havana', 'Bogotá', 'Bogota', 'Nairobi',
  'Addis Ababa', 'Abuja', 'Lusaka', 'Harare', 'Luanda', 'Maputo', 'Doha', 'Muscat',
  // Governments that mineral news quotes (bauxite, phosphate, uranium, lithium, copper), and other
  // capitals that name little else in English text (not Lima, Santiago, Sofia, Colombo or La Paz: a
  // bean, a saint, given names and a surname, and Bolivia's seat of government that the dataset does
  // not give as its capital; nor Mexico City, whose own government news quotes more than Mexico's).
  'Amman', 'Beirut', 'Rabat', 'Algiers', 'Tunis', 'Khartoum', 'Accra', 'Dakar', 'Conakry', 'Bamako', 'Niamey',
  'Ouagadougou', 'Windhoek', 'Gaborone', 'Kampala', 'Dodoma', 'Budapest', 'Prague', 'Bucharest', 'Belgrade', 'Athens',
  'Dhaka', 'Kathmandu', 'Phnom Penh', 'Vientiane', 'Quito', 'Montevideo',
]);
