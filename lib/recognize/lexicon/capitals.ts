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
]);
