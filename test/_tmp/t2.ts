import { run, doc, ind } from './dbg3';
const d = doc({ org: 'msb', year: 2023, title: 'Snabb myndighetsutövning', indicators: [
  ind('h', 'Genomsnittlig handläggningstid för bygglov', 'dagar', 'lower', [['2020', 48], ['2021', 44], ['2022', 39], ['2023', 35]], [['2023', 'etappmal', 40]]),
  ind('i', 'Antal inspekterade förorenade områden', 'antal', 'higher', [['2021', 120], ['2022', 105], ['2023', 95]])] });
run(d, [
 'Handläggningstiden för bygglov har kortats från 48 dagar 2020 till 35 dagar 2023.', 'Handläggningstiden för bygglov har kortats från 44 dagar 2020 till 35 dagar 2023.',
 'Från 2020 till 2023 sjönk handläggningstiden för bygglov från 48 till 35 dagar.', 'Från 2020 till 2023 sjönk handläggningstiden för bygglov från 44 till 35 dagar.',
 'Handläggningstiden för bygglov minskade mellan 2020 och 2023, från 48 till 35 dagar.', 'Handläggningstiden för bygglov minskade mellan 2020 och 2023, från 44 till 35 dagar.',
 'Mellan 2020 och 2023 minskade handläggningstiden för bygglov med 13 dagar.', 'Mellan 2020 och 2023 minskade handläggningstiden för bygglov med 9 dagar.',
 'Handläggningstiden för bygglov var 48 dagar 2020 och 35 dagar 2023.', 'Handläggningstiden för bygglov var 44 dagar 2020 och 35 dagar 2023.',
 'Handläggningstiden för bygglov har gått från 48 dagar (2020) till 35 dagar (2023).', 'Handläggningstiden för bygglov har gått från 44 dagar (2020) till 35 dagar (2023).',
 '2020 var handläggningstiden för bygglov 48 dagar och 2023 var den 35 dagar.', '2020 var handläggningstiden för bygglov 44 dagar och 2023 var den 35 dagar.',
 'Under perioden 2020 till 2023 har handläggningstiden för bygglov minskat från 48 till 35 dagar.', 'Under perioden 2020 till 2023 har handläggningstiden för bygglov minskat från 44 till 35 dagar.',
 'Antalet inspekterade förorenade områden har minskat med 25 sedan 2021.', 'Antalet inspekterade förorenade områden har minskat med 15 sedan 2021.',
 'Mellan 2020 och 2021 ökade handläggningstiden för bygglov.', 'Mellan 2020 och 2021 minskade handläggningstiden för bygglov.',
 'Handläggningstiden för bygglov har halverats sedan 2020.', 'Antalet inspekterade förorenade områden ökade från 120 år 2021 till 95 år 2023.',
 'Antalet inspekterade förorenade områden gick från 120 stycken år 2021 till 95 stycken år 2023.', 'Antalet inspekterade förorenade områden gick från 105 stycken år 2021 till 95 stycken år 2023.',
]);
