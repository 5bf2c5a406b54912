import { run, doc, ind } from './dbg3';
const d = doc({ org: 'kf', year: 2024, scale: 'three', title: 'Fler besöker kulturen', indicators: [
  ind('b', 'Förändring i antal besök på biblioteken, procent', '%', 'higher', [['2022', 6.5], ['2023', -2.1], ['2024', 4.8]]),
  ind('u', 'Utlån per invånare', 'antal', 'higher', [['2023', 5.2], ['2024', 5.4]])] });
run(d, [
 'Besöken på biblioteken ökade med 4,8 procent 2024.', 'Besöken på biblioteken ökade med 8,4 procent 2024.',
 'Antalet biblioteksbesök ökade med 4,8 procent jämfört med 2023, då besöken minskade med 2,1 procent.', 'Antalet biblioteksbesök ökade med 4,8 procent jämfört med 2023, då besöken minskade med 1,2 procent.',
 'Biblioteken hade 4,8 procent fler besök än året innan.', 'Biblioteken hade 4,8 procent färre besök än året innan.', 'Biblioteken hade 6,5 procent fler besök än året innan.',
 'Förändringen av antalet besök på biblioteken var +4,8 procent.', 'Förändringen av antalet besök på biblioteken var −4,8 procent.',
 'Besöken på biblioteken minskade 2023 men ökade igen 2024.', 'Besöken på biblioteken ökade 2023 men minskade 2024.',
 'Efter en minskning med 2,1 procent 2023 ökade besöken med 4,8 procent 2024.', 'Efter en ökning med 2,1 procent 2023 ökade besöken med 4,8 procent 2024.',
 'Ökningen av biblioteksbesöken var 4,8 procent.', 'Ökningen av biblioteksbesöken var 6,5 procent 2024.',
 'Biblioteksbesöken ökade med drygt 6 procent 2022.', 'Biblioteksbesöken ökade med nästan 5 procent.', 'Biblioteksbesöken ökade med drygt 8 procent.',
]);
