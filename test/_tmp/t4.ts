import { run, doc, ind } from './dbg3';
const d = doc({ org: 'kf', year: 2024, scale: 'three', title: 'Fler besöker kulturen', indicators: [
  ind('b', 'Förändring i antal besök på biblioteken, procent', '%', 'higher', [['2022', 6.5], ['2023', -2.1], ['2024', 4.8]]),
  ind('u', 'Utlån per invånare', 'antal', 'higher', [['2023', 5.2], ['2024', 5.4]])] });
run(d, ['Efter en ökning med 2,1 procent 2023 ökade besöken med 4,8 procent 2024.', 'Besöken på biblioteken ökade med 2,1 procent 2023.', 'Besöken på biblioteken ökade med 2,1 procent.', 'Besöken på biblioteken ökade med 2,2 procent 2023.']);
